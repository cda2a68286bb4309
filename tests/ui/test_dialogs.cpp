// Every dialog of the program (ui/DialogGallery), as a user meets it on a demo database: its
// texts fit at the normal and at twice the font size (what 200 % scaling does to a layout
// whose sizes are fixed in pixels), Tab follows the visual order, every input has a label with
// a mnemonic, mnemonics are unique within the dialog, Esc closes it and Enter has a default
// button to press. The checks themselves are shown to fail on a dialog made wrong on purpose.
#include "DialogChecks.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>
#include <QWizard>

using namespace nov;

namespace {

const QDate kToday(2026, 11, 27);

// Runs `check` in every state the dialog can be looked at in: each tab of each tab widget.
QStringList inEveryTab(QWidget *dialog, const std::function<QStringList(QWidget *)> &check) {
    QStringList found = check(dialog);
    for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>()) {
        if (tabs->window() != dialog)
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current)
                continue;
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            for (const QString &f : check(dialog))
                found << QStringLiteral("[%1] %2").arg(tabs->tabText(i), f);
        }
        tabs->setCurrentIndex(current);
    }
    found.removeDuplicates();
    return found;
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// One test per check and language walks every dialog (a process per test under CTest: one
// demo database for all dialogs of a language).
class Dialogs : public ::testing::TestWithParam<QString> {
protected:
    static void SetUpTestSuite() {
        Theme::apply(Theme::Choice::Light);
        s_dir = new test::TempDir;
        s_db = test::openDatabase(test::smallDemo(*s_dir)).release();
        s_gallery = new DialogGallery(*s_db, kToday);
    }
    static void TearDownTestSuite() {
        delete s_gallery;
        delete s_db;
        delete s_dir;
    }

    void SetUp() override {
        ASSERT_TRUE(m_translator.loadLanguage(GetParam()));
        QCoreApplication::installTranslator(&m_translator);
    }
    DialogGallery::Shown show(const QString &name, double fontScale = 1.0) {
        QFont font = m_font;
        font.setPointSizeF(m_font.pointSizeF() * fontScale);
        QApplication::setFont(font);
        DialogGallery::Shown shown = s_gallery->create(name);
        EXPECT_TRUE(shown.dialog) << "the demo database has what " << name.toStdString()
                                  << " shows";
        if (shown.dialog) {
            shown.dialog->setAttribute(Qt::WA_DontShowOnScreen);
            shown.dialog->show();
            settle();
        }
        return shown;
    }
    void TearDown() override {
        QApplication::setFont(m_font);
        QCoreApplication::removeTranslator(&m_translator);
    }

    static inline test::TempDir *s_dir = nullptr;
    static inline db::Database *s_db = nullptr;
    static inline DialogGallery *s_gallery = nullptr;
    void enterAndEsc(DialogGallery::Shown &shown);

    QFont m_font = QApplication::font();
    Translator m_translator;
};

std::string joined(const QStringList &lines) {
    return lines.join(QLatin1Char('\n')).toStdString();
}

TEST_P(Dialogs, TextsFitAtNormalAndDoubleFontSize) {
    for (const QString &name : DialogGallery::names()) {
        for (double scale : {1.0, 2.0}) {
            DialogGallery::Shown shown = show(name, scale);
            if (!shown.dialog)
                continue;
            const QStringList clipped = inEveryTab(shown.dialog, test::clippedTexts);
            EXPECT_TRUE(clipped.isEmpty()) << name.toStdString() << ", font ×" << scale << ":\n"
                                           << joined(clipped);
        }
    }
}

TEST_P(Dialogs, TabFollowsTheVisualOrder) {
    for (const QString &name : DialogGallery::names()) {
        DialogGallery::Shown shown = show(name);
        if (!shown.dialog)
            continue;
        EXPECT_GE(test::tabChain(shown.dialog).size(), 1) << name.toStdString();
        const QStringList problems = inEveryTab(shown.dialog, test::tabOrderProblems);
        EXPECT_TRUE(problems.isEmpty()) << name.toStdString() << ":\n" << joined(problems);
    }
}

TEST_P(Dialogs, MnemonicsAreUniqueAndEveryInputHasOne) {
    for (const QString &name : DialogGallery::names()) {
        DialogGallery::Shown shown = show(name);
        if (!shown.dialog)
            continue;
        const QStringList problems = inEveryTab(shown.dialog, test::mnemonicProblems);
        EXPECT_TRUE(problems.isEmpty()) << name.toStdString() << ":\n" << joined(problems);
    }
}

TEST_P(Dialogs, EnterHasADefaultButtonAndEscCloses) {
    for (const QString &name : DialogGallery::names()) {
        SCOPED_TRACE(name.toStdString());
        DialogGallery::Shown shown = show(name);
        if (!shown.dialog)
            continue;
        enterAndEsc(shown);
    }
}

void Dialogs::enterAndEsc(DialogGallery::Shown &shown) {
    // (the household card is a window with tabs: Enter belongs to its lists, only Esc closes)
    if (!qobject_cast<QWizard *>(shown.dialog.data()) &&
        !shown.dialog->findChildren<QDialogButtonBox *>().isEmpty()) {
        bool hasDefault = false;
        for (QPushButton *b : shown.dialog->findChildren<QPushButton *>())
            hasDefault |= b->window() == shown.dialog && b->isVisibleTo(shown.dialog) &&
                          (b->isDefault() || b->autoDefault());
        EXPECT_TRUE(hasDefault) << "Enter presses a default button";
    }
    QApplication::setActiveWindow(shown.dialog);
    QTest::keyClick(shown.dialog, Qt::Key_Escape);
    settle();
    EXPECT_TRUE(!shown.dialog || !shown.dialog->isVisible()) << "Esc closes the dialog";
}

INSTANTIATE_TEST_SUITE_P(Both, Dialogs,
                         ::testing::Values(QStringLiteral("ru"), QStringLiteral("en")),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

// The main window: its menus, tabs and the current page's filter labels share the Alt keys.
TEST(MainWindowKeys, MnemonicsAreUniqueOnEveryPage) {
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    for (const char *language : {"ru", "en"}) {
        Translator translator;
        ASSERT_TRUE(translator.loadLanguage(QString::fromLatin1(language)));
        QCoreApplication::installTranslator(&translator);
        {
            Actor auditor;
            auditor.role = Role::Admin;
            MainWindow window(test::openDatabase(path), auditor);
            window.setAttribute(Qt::WA_DontShowOnScreen);
            window.show();
            for (const QString &page : MainWindow::pageNames()) {
                window.showPage(page);
                settle();
                // (the search fields are labelled by their "Search by" combo box)
                const QStringList problems =
                    test::mnemonicProblems(&window).filter(QStringLiteral("Alt+"));
                EXPECT_TRUE(problems.isEmpty()) << language << ", " << page.toStdString() << ":\n"
                                                << joined(problems);
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

// A dialog made wrong on purpose: a label squeezed to 30 px, Tab running bottom-up, Alt+N
// twice and an input without a label. Each check must say so.
TEST(DialogChecks, FindWhatIsWrong) {
    QDialog dialog;
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    auto *form = new QFormLayout(&dialog);
    auto *squeezed = new QLabel(QStringLiteral("A long explanation that cannot fit"), &dialog);
    squeezed->setFixedWidth(30);
    form->addRow(squeezed);
    auto *first = new QLineEdit(&dialog);
    auto *second = new QLineEdit(&dialog);
    auto *unlabelled = new QLineEdit(&dialog);
    form->addRow(QStringLiteral("&Name:"), first);
    form->addRow(QStringLiteral("&Number:"), second);
    form->addRow(unlabelled);
    QWidget::setTabOrder(second, first);
    QWidget::setTabOrder(first, unlabelled);
    dialog.show();
    settle();
    EXPECT_FALSE(test::clippedTexts(&dialog).isEmpty());
    EXPECT_FALSE(test::tabOrderProblems(&dialog).isEmpty());
    const QString mnemonics = test::mnemonicProblems(&dialog).join(QLatin1Char('\n'));
    EXPECT_TRUE(mnemonics.contains(QLatin1String("Alt+N"))) << mnemonics.toStdString();
    EXPECT_TRUE(mnemonics.contains(QLatin1String("no label"))) << mnemonics.toStdString();

    QWidget::setTabOrder(first, second);
    QWidget::setTabOrder(second, unlabelled);
    EXPECT_TRUE(test::tabOrderProblems(&dialog).isEmpty());
}

} // namespace
