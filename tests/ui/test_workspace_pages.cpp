// The relocations page, the audit page and what each role's window offers, the themes, and
// the tab order of the sign-in and resident forms.
#include "BrowseTestSupport.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "Transaction.h"
#include "auth/AuditLog.h"
#include "auth/AuditReader.h"
#include "browse/BrowseCatalog.h"
#include "browse/BrowseDefinition.h"
#include "household/HouseholdCard.h"
#include "household/ResidentDialog.h"
#include "i18n/Translator.h"
#include "io/Importer.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace nov;

namespace {

class WorkspacePages : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::isolateSettings();
        QSettings().remove(QStringLiteral("browse"));
        s_dir = new test::TempDir;
        s_path = test::smallDemo(*s_dir, QStringLiteral("workspace.db"));
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }

    std::unique_ptr<MainWindow> window(Role role) {
        auto db = test::openDatabase(s_path);
        const QString login = Actor::roleName(role);
        const qint64 id =
            test::scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'")
                                  .arg(login)) // the demo's accounts are named after roles
                .toLongLong();
        EXPECT_GT(id, 0) << login.toStdString();
        return std::make_unique<MainWindow>(std::move(db), Actor{id, login, role});
    }
    static BrowsePage *open(MainWindow &w, const char *name) {
        EXPECT_TRUE(w.showPage(QString::fromLatin1(name)));
        w.show();
        BrowsePage *page = w.browsePage(QString::fromLatin1(name));
        EXPECT_TRUE(page);
        if (!page)
            return nullptr;
        page->filters()->setDebounce(0);
        EXPECT_TRUE(test::waitSettled(*page->model()));
        return page;
    }
    static QString cell(BrowsePage *page, int row, const char *key) {
        const LazyTableModel *m = page->model();
        return m->index(row, m->definition().columnIndex(QString::fromLatin1(key)))
            .data()
            .toString();
    }
    static QVariant raw(BrowsePage *page, int row, const char *key) {
        const LazyTableModel *m = page->model();
        return m->index(row, m->definition().columnIndex(QString::fromLatin1(key)))
            .data(LazyTableModel::RawValueRole);
    }
    static void chooseStatus(BrowsePage *page, const char *value) {
        const auto combos = page->filters()->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            const int index = combo->findData(QString::fromLatin1(value));
            if (index >= 0) {
                combo->setCurrentIndex(index);
                break;
            }
        }
        ASSERT_TRUE(test::waitSettled(*page->model()));
    }

    static test::TempDir *s_dir;
    static QString s_path;
};

test::TempDir *WorkspacePages::s_dir = nullptr;
QString WorkspacePages::s_path;

TEST_F(WorkspacePages, RelocationsShowEachCaseWithItsApartmentAndDeadline) {
    auto w = window(Role::Clerk);
    BrowsePage *page = open(*w, "relocations");
    ASSERT_TRUE(page);
    EXPECT_EQ(
        page->model()->rowCount(),
        test::scalar(w->database(), QStringLiteral("SELECT COUNT(*) FROM household")).toLongLong());

    // Cases waiting for a decision: each has its offered apartment and a decision deadline
    // that is the letter's day plus the office's days.
    chooseStatus(page, "offer_sent");
    const int rows = page->model()->rowCount();
    ASSERT_GT(rows, 0);
    EXPECT_EQ(rows, test::scalar(w->database(), QStringLiteral("SELECT COUNT(*) FROM household "
                                                               "WHERE status = 'offer_sent'"))
                        .toLongLong());
    const int days =
        test::scalar(w->database(),
                     QStringLiteral("SELECT COALESCE((SELECT value FROM settings WHERE key = "
                                    "'decision_deadline_days'), 20)"))
            .toInt();
    bool sawOverdue = false;
    for (int row = 0; row < std::min(rows, 15); ++row) {
        EXPECT_EQ(raw(page, row, "status").toString(), QStringLiteral("offer_sent"));
        EXPECT_FALSE(cell(page, row, "new_address").isEmpty()) << row;
        const QDate letter =
            QDate::fromString(raw(page, row, "offer_letter_on").toString(), Qt::ISODate);
        ASSERT_TRUE(letter.isValid()) << row;
        EXPECT_EQ(raw(page, row, "next_deadline").toDate(), letter.addDays(days)) << row;
        const qint64 left = raw(page, row, "days_left").toLongLong();
        EXPECT_EQ(left, QDate::currentDate().daysTo(letter.addDays(days)));
        const QModelIndex leftCell = page->model()->index(
            row, page->model()->definition().columnIndex(QStringLiteral("days_left")));
        // overdue rows are marked in the theme's alert colour, others are not
        EXPECT_EQ(leftCell.data(Qt::ForegroundRole).isValid(), left < 0) << row;
        sawOverdue = sawOverdue || left < 0;
    }
    Q_UNUSED(sawOverdue);

    // Signed contracts show the contract's date and no decision deadline.
    chooseStatus(page, "contract_signed");
    ASSERT_GT(page->model()->rowCount(), 0);
    EXPECT_FALSE(cell(page, 0, "contract_signed_on").isEmpty());
    EXPECT_TRUE(cell(page, 0, "next_deadline").isEmpty());
}

TEST_F(WorkspacePages, RelocationsSearchByCaseAndOpenTheCardWithEnter) {
    auto w = window(Role::Clerk);
    BrowsePage *page = open(*w, "relocations");
    ASSERT_TRUE(page);
    const QString caseNumber =
        test::scalar(w->database(), QStringLiteral("SELECT case_number FROM household "
                                                   "WHERE status = 'viewed' LIMIT 1"))
            .toString();
    ASSERT_FALSE(caseNumber.isEmpty());
    page->searchBox()->setText(caseNumber);
    ASSERT_TRUE(test::waitSettled(*page->model()));
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(cell(page, 0, "case_number"), caseNumber);
    EXPECT_FALSE(cell(page, 0, "next_deadline").isEmpty()) << "viewed: the decision is due";

    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    HouseholdCard *card = w->findChild<HouseholdCard *>();
    ASSERT_TRUE(card) << "Enter opens the household's card";
    EXPECT_EQ(card->card().household.caseNumber, caseNumber);
    card->close();
}

TEST_F(WorkspacePages, TheAuditPageIsOnlyInTheAuditorsAndTheAdminsWindow) {
    for (Role role : {Role::Clerk, Role::Manager})
        EXPECT_FALSE(window(role)->browsePage(QStringLiteral("audit")))
            << Actor::roleName(role).toStdString();
    for (Role role : {Role::Auditor, Role::Admin})
        EXPECT_TRUE(window(role)->browsePage(QStringLiteral("audit")))
            << Actor::roleName(role).toStdString();
}

TEST_F(WorkspacePages, RolesThatMayNotEditSeeDisabledButtonsThatNameTheRole) {
    auto w = window(Role::Auditor);
    const qint64 household =
        test::scalar(w->database(), QStringLiteral("SELECT MIN(id) FROM household")).toLongLong();
    auto idOf = [&](const char *login) {
        return test::scalar(w->database(), QStringLiteral("SELECT id FROM app_user WHERE login "
                                                          "= '%1'")
                                               .arg(QLatin1String(login)))
            .toLongLong();
    };
    const Actor auditor{idOf("auditor"), QStringLiteral("auditor"), Role::Auditor};
    HouseholdCard card(w->database(), auditor, household);
    auto *add = card.findChild<QPushButton *>(QStringLiteral("addResident"));
    auto *next = card.findChild<QPushButton *>(QStringLiteral("nextStep"));
    ASSERT_TRUE(add && next);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(next->isEnabled());
    const QString clerk = Actor::roleTitle(Role::Clerk);
    EXPECT_TRUE(add->toolTip().contains(clerk)) << add->toolTip().toStdString();
    EXPECT_TRUE(next->toolTip().contains(clerk)) << next->toolTip().toStdString();

    HouseholdCard clerkCard(w->database(),
                            Actor{idOf("clerk"), QStringLiteral("clerk"), Role::Clerk}, household);
    add = clerkCard.findChild<QPushButton *>(QStringLiteral("addResident"));
    EXPECT_TRUE(add->isEnabled());
    EXPECT_TRUE(add->toolTip().isEmpty());
}

TEST_F(WorkspacePages, AuditPageFiltersReadablyAndVerifiesTheChain) {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("audit.db"));
    ASSERT_TRUE(QFile::copy(s_path, path));
    auto db = test::openDatabase(path);
    const qint64 auditorId =
        test::scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE login = 'auditor'"))
            .toLongLong();
    const Actor auditor{auditorId, QStringLiteral("auditor"), Role::Auditor};
    {
        db::Transaction tx(*db);
        ASSERT_TRUE(
            AuditLog::record(*db, auditor, QStringLiteral("resident.update"),
                             QStringLiteral("resident"), 42,
                             AuditLog::changes({{QStringLiteral("phone"), QStringLiteral("1")}},
                                               {{QStringLiteral("phone"), QStringLiteral("2")}}))
                .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const qint64 before =
        test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    MainWindow w(std::move(db), auditor);
    BrowsePage *page = open(w, "audit");
    ASSERT_TRUE(page);
    // opening the page is recorded once: the count shown includes it
    EXPECT_EQ(test::scalar(w.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log "
                                                        "WHERE action = 'audit.view'"))
                  .toLongLong(),
              1);
    page->reload();
    ASSERT_TRUE(test::waitSettled(*page->model()));
    EXPECT_EQ(page->model()->rowCount(), before + 1);
    // newest first
    EXPECT_EQ(raw(page, 0, "action").toString(), QStringLiteral("audit.view"));

    chooseStatus(page, "resident.update");
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(cell(page, 0, "details"), QStringLiteral("Phone: 1 → 2"));
    EXPECT_EQ(cell(page, 0, "action"), AuditReader::actionTitle(QStringLiteral("resident.update")));

    auto *verify = page->findChild<QPushButton *>(QStringLiteral("verifyChain"));
    auto *result = page->findChild<QLabel *>(QStringLiteral("verifyResult"));
    ASSERT_TRUE(verify && result);
    verify->click();
    EXPECT_TRUE(result->text().contains(QLatin1String("intact"))) << result->text().toStdString();

    // someone edits a row with the sqlite3 tool: the check names it
    const qint64 tampered =
        test::scalar(w.database(), QStringLiteral("SELECT MIN(id) FROM audit_log WHERE action = "
                                                  "'resident.update'"))
            .toLongLong();
    ASSERT_TRUE(test::runs(w.database(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
    ASSERT_TRUE(test::runs(w.database(), QStringLiteral("UPDATE audit_log SET details = "
                                                        "'{}' WHERE id = %1")
                                             .arg(tampered)));
    verify->click();
    EXPECT_TRUE(result->text().contains(QString::number(tampered))) << result->text().toStdString();
    EXPECT_FALSE(result->text().contains(QLatin1String("intact"))) << result->text().toStdString();
}

TEST(Appearance, TheDarkThemeIsAppliedAndKept) {
    test::isolateSettings();
    Theme::store(Theme::Choice::Dark);
    Theme::apply(Theme::stored());
    EXPECT_TRUE(Theme::isDark());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    EXPECT_EQ(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // the alert colour stays readable: far from the dark base
    const int base = QApplication::palette().color(QPalette::Base).lightness();
    EXPECT_GT(Theme::alertText().lightness() - base, 100);

    Theme::store(Theme::Choice::Light);
    Theme::apply(Theme::stored());
    EXPECT_FALSE(Theme::isDark());
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 180);
    EXPECT_GT(QApplication::palette().color(QPalette::Base).lightness() -
                  Theme::alertText().lightness(),
              100);
}

TEST(Appearance, TheViewMenuSwitchesTheTheme) {
    test::isolateSettings();
    test::TempDir dir;
    MainWindow w(test::openDatabase(test::smallDemo(dir)));
    auto *dark = w.findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *light = w.findChild<QAction *>(QStringLiteral("theme-light"));
    ASSERT_TRUE(dark && light);
    dark->trigger();
    EXPECT_TRUE(Theme::isDark());
    EXPECT_EQ(Theme::stored(), Theme::Choice::Dark);
    light->trigger();
    EXPECT_FALSE(Theme::isDark());
    EXPECT_EQ(Theme::stored(), Theme::Choice::Light);
}

// The editable fields a Tab walks through from the first, in order.
QList<QWidget *> tabChain(QWidget *first, const QWidget *dialog) {
    QList<QWidget *> chain;
    QWidget *w = first;
    do {
        if (w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)))
            chain << w;
        w = w->nextInFocusChain();
    } while (w && w != first && chain.size() < 50);
    return chain;
}

// Each field of the chain is below the one before (forms: one field per row).
void expectTopToBottom(const QList<QWidget *> &chain, const QWidget *dialog) {
    for (int i = 1; i < chain.size(); ++i)
        EXPECT_GT(chain.at(i)->mapTo(dialog, QPoint()).y(),
                  chain.at(i - 1)->mapTo(dialog, QPoint()).y())
            << chain.at(i - 1)->objectName().toStdString() << " → "
            << chain.at(i)->objectName().toStdString();
}

TEST(Appearance, TabFollowsTheFormsInTheLoginDialog) {
    test::TempDir dir;
    auto db = test::openDatabase(dir.path(QStringLiteral("empty.db")));
    LoginDialog dialog(*db, /*firstAdmin*/ true);
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("login"));
    ASSERT_TRUE(login);
    const QList<QWidget *> chain = tabChain(login, &dialog);
    ASSERT_EQ(chain.size(), 4);
    EXPECT_EQ(chain.at(1)->objectName(), QStringLiteral("fullName"));
    expectTopToBottom(chain, &dialog);
}

TEST(Appearance, TabFollowsTheFormInTheResidentDialog) {
    db::ResidentRecord blank;
    ResidentDialog dialog(blank, QDate(2026, 11, 27),
                          [](const db::ResidentRecord &) { return Status(); });
    dialog.show();
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("lastName"));
    ASSERT_TRUE(first);
    const QList<QWidget *> chain = tabChain(first, &dialog);
    EXPECT_EQ(chain.size(), 9);
    expectTopToBottom(chain, &dialog);
}

TEST(Appearance, TheWindowStartsInEachLanguageWithItsMenus) {
    test::isolateSettings();
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    auto titles = [&](const char *language) {
        Translator translator;
        EXPECT_TRUE(translator.loadLanguage(QString::fromLatin1(language)));
        QCoreApplication::installTranslator(&translator);
        MainWindow window(test::openDatabase(path));
        QStringList texts;
        for (QAction *action : window.menuBar()->actions())
            texts << action->text();
        // the list pages' titles are made once per run (BrowseCatalog), so ask for the title
        texts << QCoreApplication::translate("nov::BrowseCatalog", "Relocations");
        QCoreApplication::removeTranslator(&translator);
        return texts;
    };
    const QStringList russian = titles("ru");
    const QStringList english = titles("en");
    EXPECT_TRUE(english.contains(QStringLiteral("&View")));
    EXPECT_TRUE(english.contains(QStringLiteral("Relocations")));
    EXPECT_TRUE(russian.contains(QStringLiteral("&Вид"))) << russian.join(u' ').toStdString();
    EXPECT_TRUE(russian.contains(QStringLiteral("Переселение")))
        << russian.join(u' ').toStdString();
}

TEST(Appearance, AuditDetailsNameTheFieldsInTheUsersLanguage) {
    const QString details = QStringLiteral(
        R"({"apartment_status":{"before":"reserved","after":"occupied"},"key_sets":2,"x_new":1})");
    Translator translator;
    ASSERT_TRUE(translator.loadLanguage(QStringLiteral("ru")));
    QCoreApplication::installTranslator(&translator);
    const QString russian = AuditReader::describe(details);
    QCoreApplication::removeTranslator(&translator);
    // a field this version does not know (recorded by a newer one) is shown as stored
    EXPECT_EQ(russian, QStringLiteral("Статус квартиры: reserved → occupied; "
                                      "Комплектов ключей: 2; x_new: 1"));
    EXPECT_EQ(AuditReader::describe(details),
              QStringLiteral("Apartment status: reserved → occupied; Key sets: 2; x_new: 1"));
}

// The arguments of the call whose '(' is at `open`, split at its top-level commas.
QStringList callArguments(const QString &text, qsizetype open) {
    QStringList args(1);
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'\\')
                args.last() += text.at(i++);
            else if (c == u'"')
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (depth-- == 0)
                return args;
        } else if (c == u',' && depth == 0) {
            args.append(QString());
            continue;
        }
        args.last() += c;
    }
    return args;
}

// Every action the program records with a literal name (AuditLog::record(db, actor, ACTION,
// ENTITY, …) in the sources) has a title on the audit page and in its Action filter, and its
// entity one in the Entity filter.
TEST(Appearance, EveryRecordedActionAndEntityHasATitle) {
    const QRegularExpression literal(QStringLiteral(R"re(QStringLiteral\("([a-z_.]+)"\))re"));
    const QString marker = QStringLiteral("AuditLog::record(");
    QDirIterator it(QStringLiteral(NOVOSELYE_SOURCE_DIR "/app"), {QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int calls = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (qsizetype at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            const QStringList args = callArguments(text, at + marker.size() - 1);
            if (args.size() < 5)
                continue; // the definition, not a call
            ++calls;
            for (auto l = literal.globalMatch(args.at(2)); l.hasNext();) {
                const QString action = l.next().captured(1);
                if (action.startsWith(u'.') || action.endsWith(u'.'))
                    continue; // a part: "import." + kind, action + ".undo" (titled whole)
                EXPECT_TRUE(AuditReader::actions().contains(action))
                    << action.toStdString() << " in " << it.fileName().toStdString();
            }
            for (auto l = literal.globalMatch(args.at(3)); l.hasNext();) {
                const QString entity = l.next().captured(1);
                EXPECT_TRUE(AuditReader::entities().contains(entity))
                    << entity.toStdString() << " in " << it.fileName().toStdString();
            }
        }
    }
    EXPECT_GT(calls, 15) << "the sources were found and read";
    for (ImportKind kind : {ImportKind::Residents, ImportKind::Apartments, ImportKind::Vehicles})
        EXPECT_TRUE(
            AuditReader::actions().contains(QStringLiteral("import.") + Importer::kindName(kind)));
    for (const QString &action : AuditReader::actions())
        EXPECT_NE(AuditReader::actionTitle(action), action);
}

TEST(Appearance, AuditDetailsShowCodedValuesAsThePagesDo) {
    // What the audit page's «What changed» column shows for an entry (entity, details).
    const BrowseDefinition *audit = BrowseCatalog::find(QStringLiteral("audit"));
    ASSERT_TRUE(audit);
    const auto details = std::find_if(audit->columns.cbegin(), audit->columns.cend(),
                                      [](const auto &c) { return bool(c.compute); });
    ASSERT_NE(details, audit->columns.cend());
    const auto shown = [&](const char *entity, const char *json) {
        return details->compute({QString::fromLatin1(entity), QString::fromUtf8(json)}).toString();
    };
    EXPECT_EQ(shown("household", R"({"status":{"before":"offer_sent","after":"viewed"}})"),
              QStringLiteral("Status: Offer sent → Apartment viewed"));
    // «reserved» is the apartment's or the car's, by the entry's entity
    EXPECT_EQ(shown("offer", R"({"apartment_status":{"before":"free","after":"reserved"},)"
                             R"("decision":"pending"})"),
              QStringLiteral("Apartment status: Free → Reserved (offer); Decision: awaiting "
                             "decision"));
    EXPECT_EQ(shown("vehicle", R"({"status":{"before":"in_stock","after":"reserved"},)"
                               R"("colour":"grey"})"),
              QStringLiteral("Colour: Grey; Status: In stock → Reserved"));
    EXPECT_EQ(shown("resident", R"({"relation":"spouse","reason":"layout"})"),
              QStringLiteral("Reason: layout; Relation: Spouse"));
    // an export names the list it exported: its columns by their titles
    EXPECT_EQ(shown("vehicles", R"({"columns":["vin","model"],"personal_data":"masked"})"),
              QStringLiteral("Columns: VIN, Model; Personal data: masked"));
    EXPECT_EQ(shown("certificate", R"({"kind":"key_handover","source_id":7})"),
              QStringLiteral("Kind: key handover act; Record no.: 7"));
    // not a code: names, numbers and values a newer version stored stay as they are
    EXPECT_EQ(shown("household", R"({"status":"moved_to_mars","last_name":"Иванов"})"),
              QStringLiteral("Surname: Иванов; Status: moved_to_mars"));
}

} // namespace
