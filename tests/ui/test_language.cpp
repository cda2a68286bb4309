// Qt's own dialogs speak the chosen language too (qt6-translations-l10n's qt_ru.qm):
// standard buttons, the file dialog and the print preview of the acts.
#include "MainWindow.h"
#include "TestSupport.h"
#include "i18n/Translator.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace nov;

namespace {

bool cyrillic(const QString &text) {
    static const QRegularExpression letters(QStringLiteral("[А-Яа-яЁё]"));
    return text.contains(letters);
}

QString button(QDialogButtonBox::StandardButton which) {
    QDialogButtonBox box(which);
    return box.button(which)->text();
}

// The texts of the print preview's toolbar actions (next page, zoom, print…).
QStringList previewActions() {
    QPrintPreviewDialog dialog;
    QStringList texts;
    for (QAction *action : dialog.findChildren<QAction *>())
        if (!action->isSeparator() && !action->text().isEmpty())
            texts << action->text();
    return texts;
}

} // namespace

TEST(Language, QtsOwnDialogsAreRussianInTheRussianProgram) {
    ASSERT_TRUE(Translator::install(QStringLiteral("ru")))
        << "qt_ru.qm not found: is qt6-translations-l10n installed?";
    EXPECT_EQ(button(QDialogButtonBox::Cancel), QStringLiteral("Отмена"));
    EXPECT_EQ(button(QDialogButtonBox::Close), QStringLiteral("Закрыть"));
    EXPECT_EQ(button(QDialogButtonBox::Save), QStringLiteral("Сохранить"));
    EXPECT_EQ(button(QDialogButtonBox::Yes), QStringLiteral("&Да"));
    EXPECT_EQ(button(QDialogButtonBox::No), QStringLiteral("&Нет"));

    // Qt's own file dialog (the one used where the desktop offers none)
    QFileDialog files;
    files.setOption(QFileDialog::DontUseNativeDialog);
    files.setAcceptMode(QFileDialog::AcceptSave);
    for (auto label : {QFileDialog::LookIn, QFileDialog::FileName, QFileDialog::FileType,
                       QFileDialog::Accept, QFileDialog::Reject})
        EXPECT_TRUE(cyrillic(files.labelText(label))) << files.labelText(label).toStdString();

    const QStringList preview = previewActions();
    EXPECT_GE(preview.size(), 10);
    for (const QString &text : preview)
        EXPECT_TRUE(cyrillic(text)) << "English in the print preview: " << text.toStdString();
}

TEST(Language, SwitchingBackToEnglishLeavesNoRussian) {
    ASSERT_TRUE(Translator::install(QStringLiteral("ru")));
    ASSERT_EQ(button(QDialogButtonBox::Cancel), QStringLiteral("Отмена"));
    EXPECT_TRUE(Translator::install(QStringLiteral("en")));
    EXPECT_EQ(button(QDialogButtonBox::Cancel), QStringLiteral("Cancel"));
    EXPECT_EQ(QCoreApplication::translate("nov::MainWindow", "&File"), QStringLiteral("&File"));
    for (const QString &text : previewActions())
        EXPECT_FALSE(cyrillic(text)) << text.toStdString();
    EXPECT_EQ(QLocale().toString(44.5, 'f', 1), QStringLiteral("44.5"));
    Translator::install(QStringLiteral("ru"));
    EXPECT_EQ(QLocale().toString(44.5, 'f', 1), QStringLiteral("44,5"));
    EXPECT_EQ(QLocale().toString(QDate(2023, 1, 10), QLocale::ShortFormat),
              QStringLiteral("10.01.2023"));
}

// Every toolbar button says what it does, in the window's language, and names its keys.
TEST(Appearance, ToolbarButtonsHaveTooltipsInEachLanguageWithTheirKeys) {
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("en")}) {
        SCOPED_TRACE(language.toStdString());
        Translator::install(language);
        MainWindow window(test::openDatabase(path));
        auto *tools = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        ASSERT_TRUE(tools);
        ASSERT_GE(tools->actions().size(), 4);
        for (QAction *action : tools->actions()) {
            if (action->isSeparator())
                continue;
            const QString tip = action->toolTip();
            SCOPED_TRACE(tip.toStdString());
            // more than the button's own text, in the language of the window
            EXPECT_NE(QString(tip).remove(QLatin1Char('&')),
                      QString(action->text()).remove(QLatin1Char('&')));
            EXPECT_EQ(cyrillic(tip), language == QLatin1String("ru"));
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            if (!keys.isEmpty()) {
                EXPECT_TRUE(tip.contains(keys));
            }
        }
    }
}
