// Import and export as a manager or an auditor meets them in the window: the import wizard
// over a Windows-1251 registry (what it detects, how it maps, the dry run's bad rows, the
// commit), and File → Export… of a filtered residents list with hidden columns and masking.
#include "BrowseTestSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "browse/BrowseDefinition.h"
#include "domain/Validators.h"
#include "io/CsvReader.h"
#include "io/ImportWizard.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace nov;

namespace {

// Spins the event loop until `done` or the deadline.
template <typename F> bool waitFor(F done, int timeoutMs = 60000) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

QTableWidget *tableWithHeader(QWidget *page, const QString &lastTitle) {
    for (QTableWidget *t : page->findChildren<QTableWidget *>()) {
        const int last = t->columnCount() - 1;
        if (last >= 0 && t->horizontalHeaderItem(last) &&
            t->horizontalHeaderItem(last)->text() == lastTitle)
            return t;
    }
    return nullptr;
}

class ImportExportUi : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::isolateSettings();
        s_dir = new test::TempDir;
        s_path = test::smallDemo(*s_dir, QStringLiteral("io-ui.db"));
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    Actor actor(const char *login, Role role, db::Database &db) {
        return Actor{test::scalar(db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'")
                                          .arg(QLatin1String(login))) // SQL-SAFE: test logins
                         .toLongLong(),
                     QString::fromLatin1(login), role};
    }
    static test::TempDir *s_dir;
    static QString s_path;
};

test::TempDir *ImportExportUi::s_dir = nullptr;
QString ImportExportUi::s_path;

TEST_F(ImportExportUi, WizardDetectsMapsChecksAndImportsAWindows1251Registry) {
    const QString copy = s_dir->path(QStringLiteral("wizard.db"));
    ASSERT_TRUE(QFile::copy(s_path, copy));
    auto db = test::openDatabase(copy);
    auto place = db->run(QStringLiteral("SELECT d.okrug_code, d.name FROM district d ORDER BY d.id "
                                        "LIMIT 1"),
                         {}, QStringLiteral("district"));
    ASSERT_TRUE(place.ok() && place->next());
    const QString okrug = place->value(0).toString(), district = place->value(1).toString();
    place->finish();
    auto snils = [](int n) {
        const QString nine = QStringLiteral("%1").arg(600000000 + n, 9, 10, QLatin1Char('0'));
        return nine + Validators::snilsCheckDigits(nine);
    };
    QString bad = snils(3);
    bad[10] = bad.at(10) == u'0' ? u'1' : u'0'; // a mistyped check digit
    QString text = QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Округ;Район;Адрес;"
                                  "Кв.;Этаж;Комнат;Общая площадь;Жилая площадь\r\n");
    const QStringList surnames = {QStringLiteral("Мастеров"), QStringLiteral("Мастерова"),
                                  QStringLiteral("Ошибкин")};
    const QStringList patronymics = {QStringLiteral("Петрович"), QStringLiteral("Петровна"),
                                     QStringLiteral("Петрович")};
    for (int i = 0; i < 3; ++i)
        text += QStringLiteral("%1;Иван;%2;0%3.02.1961;%4;%5;%6;ул. Мастерская, д. 7;12;3;2;"
                               "48,5;30,0\r\n")
                    .arg(surnames.at(i), patronymics.at(i))
                    .arg(i + 1)
                    .arg(i == 2 ? bad : snils(i), okrug, district);
    const QString file = s_dir->path(QStringLiteral("registry.csv"));
    test::writeFile(file, QStringEncoder("windows-1251").encode(text));
    const qint64 before =
        test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong();

    ImportWizard wizard(*db, actor("manager", Role::Manager, *db));
    wizard.show();
    wizard.setFile(file, ImportKind::Residents);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::FormatPage);
    QStringList labels;
    for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
        labels << label->text();
    EXPECT_TRUE(labels.join(QLatin1Char('\n')).contains(QStringLiteral("windows-1251")))
        << labels.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(labels.join(QLatin1Char('\n')).contains(QStringLiteral("“;”")));
    auto *preview = wizard.currentPage()->findChild<QTableWidget *>();
    ASSERT_TRUE(preview);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Фамилия"));
    EXPECT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("Мастеров")) << "decoded from cp1251";

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    auto *mapping = wizard.currentPage()->findChild<QTableWidget *>();
    ASSERT_TRUE(mapping);
    QMap<QString, QString> mapped;
    for (int r = 0; r < mapping->rowCount(); ++r)
        if (auto *box = qobject_cast<QComboBox *>(mapping->cellWidget(r, 1)))
            mapped.insert(mapping->item(r, 0)->text(), box->currentText());
    EXPECT_EQ(mapped.value(QStringLiteral("Birth date *")), QStringLiteral("Дата рождения"));
    EXPECT_EQ(mapped.value(QStringLiteral("SNILS")), QStringLiteral("СНИЛС"));
    EXPECT_EQ(mapped.value(QStringLiteral("Apartment *")), QStringLiteral("Кв."));

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::CheckPage);
    // The check runs on a worker thread; its summary names the counts when it has finished.
    auto pageSays = [&wizard](const QString &words) {
        for (QLabel *label : wizard.currentPage()->findChildren<QLabel *>())
            if (label->text().contains(words))
                return true;
        return false;
    };
    ASSERT_TRUE(waitFor([&] { return pageSays(QStringLiteral("Bad: 1.")); }));
    EXPECT_TRUE(pageSays(QStringLiteral("Good, to be stored: 2.")));
    QTableWidget *problems = tableWithHeader(wizard.currentPage(), QStringLiteral("Reason"));
    ASSERT_TRUE(problems);
    ASSERT_EQ(problems->rowCount(), 1);
    EXPECT_EQ(problems->item(0, 0)->text(), QStringLiteral("3")) << "the third data row";
    EXPECT_EQ(problems->item(0, 2)->text(), QStringLiteral("СНИЛС"));
    EXPECT_TRUE(problems->item(0, 3)->text().contains(QStringLiteral("check digits")))
        << problems->item(0, 3)->text().toStdString();
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong(),
              before)
        << "the dry run stores nothing";

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ImportPage);
    ASSERT_TRUE(waitFor([&] { return pageSays(QStringLiteral("Stored: 2 rows.")); }));
    EXPECT_TRUE(wizard.lastReport().committed);
    EXPECT_EQ(wizard.lastReport().added, 2);
    EXPECT_EQ(wizard.lastReport().rejected, 1);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong(),
              before + 2);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident r JOIN household h "
                                               "ON h.id = r.household_id JOIN apartment a ON "
                                               "a.id = h.old_apartment_id WHERE r.last_name IN "
                                               "('Мастеров', 'Мастерова') AND a.number = '12'"))
                  .toLongLong(),
              2);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident WHERE last_name = "
                                               "'Ошибкин'"))
                  .toLongLong(),
              0);
}

// File → Export… on the residents page: the file holds the rows the search left and only the
// shown columns, in their order; the auditor's copy has SNILS masked.
TEST_F(ImportExportUi, FileExportWritesTheFilteredListWithItsShownColumnsMaskedByRole) {
    for (const auto &[login, role, masked] : {std::tuple{"auditor", Role::Auditor, true},
                                              std::tuple{"manager", Role::Manager, false}}) {
        auto db = test::openDatabase(s_path);
        const Actor who = actor(login, role, *db);
        MainWindow window(std::move(db), who);
        ASSERT_TRUE(window.showPage(QStringLiteral("residents")));
        window.show();
        BrowsePage *page = window.browsePage(QStringLiteral("residents"));
        ASSERT_TRUE(page);
        ASSERT_TRUE(test::waitSettled(*page->model()));
        const qint64 all = page->model()->rowCount();
        page->filters()->setDebounce(10);
        const QString prefix =
            test::scalar(window.database(), QStringLiteral("SELECT substr(last_name, 1, 3) FROM "
                                                           "resident ORDER BY id LIMIT 1"))
                .toString();
        page->searchBox()->setText(prefix);
        QTest::qWait(40);
        ASSERT_TRUE(test::waitSettled(*page->model()));
        const qint64 shown = page->model()->rowCount();
        ASSERT_GT(shown, 0);
        ASSERT_LT(shown, all) << "the search narrows the list";
        QHeaderView *header = page->view()->horizontalHeader();
        const int patronymic = page->definition().columnIndex(QStringLiteral("patronymic"));
        header->setSectionHidden(patronymic, true);
        QStringList titles;
        for (const QString &key : page->visibleColumns())
            titles << page->definition().columns.at(page->definition().columnIndex(key)).title;
        ASSERT_FALSE(titles.contains(QStringLiteral("Patronymic")));

        const QString file = s_dir->path(QStringLiteral("export-%1.csv").arg(QLatin1String(login)));
        QString message;
        QTimer answer; // plays the user: the save dialog, then the message at the end
        QObject::connect(&answer, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (!w->isVisible())
                    continue;
                if (auto *dialog = qobject_cast<QFileDialog *>(w)) {
                    for (const QString &filter : dialog->nameFilters())
                        if (filter.startsWith(QStringLiteral("CSV, UTF-8")) &&
                            dialog->selectedNameFilter() != filter)
                            dialog->selectNameFilter(filter);
                    // Typed into the dialog's name field, as a user does: selectFile() alone
                    // can be overridden by the dialog filling in its default name.
                    dialog->selectFile(file);
                    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        name->setText(file);
                    static_cast<QDialog *>(dialog)->accept(); // Save
                } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                    message = box->text();
                    box->accept();
                }
            }
        });
        answer.start(20);
        QAction *exportAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("&Export…"))
                exportAction = a;
        ASSERT_TRUE(exportAction && exportAction->isEnabled());
        exportAction->trigger();
        ASSERT_TRUE(waitFor([&] { return !message.isEmpty(); })) << login;
        answer.stop();
        EXPECT_TRUE(message.contains(file)) << message.toStdString();

        QFile csv(file);
        ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
        CsvReader reader(&csv, {TextEncoding::Auto, QChar()});
        ASSERT_TRUE(reader.start().ok());
        EXPECT_EQ(reader.encoding(), TextEncoding::Utf8);
        CsvRecord record;
        ASSERT_TRUE(reader.next(record));
        EXPECT_EQ(record.fields, titles) << "the shown columns in their order";
        const int surname = int(titles.indexOf(QStringLiteral("Surname")));
        const int snils = int(titles.indexOf(QStringLiteral("SNILS")));
        ASSERT_GE(surname, 0);
        ASSERT_GE(snils, 0);
        qint64 rows = 0, maskedRows = 0, withSnils = 0;
        while (reader.next(record)) {
            ++rows;
            EXPECT_TRUE(record.fields.at(surname).startsWith(prefix))
                << record.fields.at(surname).toStdString();
            if (!record.fields.at(snils).isEmpty()) {
                ++withSnils;
                maskedRows += record.fields.at(snils).contains(QStringLiteral("***"));
            }
        }
        EXPECT_EQ(rows, shown) << "the rows the search left, no more";
        ASSERT_GT(withSnils, 0);
        EXPECT_EQ(maskedRows, masked ? withSnils : 0) << login;
        header->setSectionHidden(patronymic, false);
        page->saveHeader();
    }
}

} // namespace
