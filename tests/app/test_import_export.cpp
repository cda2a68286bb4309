// Importing office spreadsheets and exporting lists, as a manager does it: every bad row told
// with its row, column and reason; nothing stored twice; nothing left behind by a cancel.
#include "RowReader.h"
#include "TestSupport.h"
#include "browse/BrowseCatalog.h"
#include "domain/Validators.h"
#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "io/TableExporter.h"

#include <QFile>
#include <QProcess>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QXmlStreamReader>
#include <map>

namespace {

using namespace nov;
using nov::test::scalar;

// Test text from UTF-8 literals or QStrings alike.
struct Text {
    Text(const char *utf8)
        : value(QString::fromUtf8(utf8)) {}
    Text(const QString &s)
        : value(s) {}
    QString value;
};

QString snilsFor(int n) {
    const QString nine = QStringLiteral("%1").arg(500000000 + n, 9, 10, QLatin1Char('0'));
    return nine + Validators::snilsCheckDigits(nine);
}

class ImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        path = nov::test::smallDemo(dir);
        db = nov::test::openDatabase(path);
        manager = actorFor(QStringLiteral("manager"), Role::Manager);
        const QString sql = QStringLiteral(
            "SELECT o.code, d.name FROM district d JOIN okrug o ON o.code = d.okrug_code "
            "ORDER BY d.id LIMIT 1");
        auto q = db->run(sql, {}, QStringLiteral("district"));
        EXPECT_TRUE(q.ok() && q->next());
        okrug = q->value(0).toString();
        district = q->value(1).toString();
    }
    Actor actorFor(const QString &login, Role role) {
        return Actor{scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'")
                                     .arg(login)) // SQL-SAFE: fixed test logins
                         .toLongLong(),
                     login, role};
    }
    QString write(const QString &name, const QString &text, bool windows1251 = true) {
        const QString file = dir.path(name);
        QStringEncoder encoder =
            windows1251 ? QStringEncoder("windows-1251") : QStringEncoder(QStringEncoder::Utf8);
        nov::test::writeFile(file, encoder.encode(text));
        return file;
    }
    QString residentsHeader() const {
        return QStringLiteral("Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Округ;Район;Адрес;Кв.;"
                              "Этаж;Комнат;Общая площадь;Жилая площадь\r\n");
    }
    QString resident(const Text &last, const Text &birth, const Text &snils, const Text &address,
                     const Text &apt, const Text &living = "30,0", const Text &o = QString(),
                     const Text &d = QString()) const {
        return QStringLiteral("%1;Иван;Петрович;%2;%3;%4;%5;%6;%7;2;2;45,5;%8\r\n")
            .arg(last.value, birth.value, snils.value, o.value.isEmpty() ? okrug : o.value,
                 d.value.isEmpty() ? district : d.value, address.value, apt.value, living.value);
    }
    std::map<std::string, qint64> counts() {
        std::map<std::string, qint64> out;
        for (const char *table : {"building", "apartment", "household", "household_event",
                                  "resident", "vehicle", "audit_log"})
            out[table] = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM %1") // SQL-SAFE: fixed
                                         .arg(QString::fromLatin1(table)))
                             .toLongLong();
        return out;
    }
    ImportReport import(const QString &file, ImportOptions options = {}) {
        options.today = QDate(2026, 11, 27);
        auto r = ImportService(*db).run(manager, file, options);
        EXPECT_TRUE(r.ok()) << r.error().toText().toStdString();
        return r.ok() ? r.value() : ImportReport();
    }

    nov::test::TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    Actor manager;
    QString okrug, district;
};

TEST_F(ImportTest, EachBadRowIsReportedWithRowColumnAndReason) {
    const QString existingSnils =
        scalar(*db, QStringLiteral("SELECT snils FROM resident WHERE snils IS NOT NULL LIMIT 1"))
            .toString();
    QString bad = snilsFor(2);
    bad[10] = bad[10] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const QString text =
        residentsHeader() + resident("Годный", "01.02.1960", snilsFor(1), "ул. Новая, д. 1", "1") +
        resident("Контрольный", "01.02.1960", bad, "ул. Новая, д. 1", "2") +
        resident("Февральский", "31.02.1980", snilsFor(3), "ул. Новая, д. 1", "3") +
        resident("Площадной", "01.02.1960", snilsFor(4), "ул. Новая, д. 1", "4", "50,0") +
        resident("Окружной", "01.02.1960", snilsFor(5), "ул. Новая, д. 1", "5", "30,0", "ЖАО") +
        resident("Районный", "01.02.1960", snilsFor(6), "ул. Новая, д. 1", "6", "30,0", QString(),
                 "Атлантида") +
        QStringLiteral(";Пустой;;01.02.1960;;%1;%2;ул. Новая, д. 1;7;2;2;45;30\r\n")
            .arg(okrug, district) +
        QStringLiteral("Короткий;Ряд\r\n") +
        resident("Двойник", "01.02.1960", existingSnils, "ул. Новая, д. 1", "9");
    ImportOptions options;
    options.errorReportPath = dir.path(QStringLiteral("errors.csv"));
    const ImportReport r = import(write(QStringLiteral("residents.csv"), text), options);
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(r.added, 1);
    EXPECT_EQ(r.rejected, 8);
    auto problemAt = [&](qint64 row) {
        for (const RowProblem &p : r.problems)
            if (p.row == row)
                return p;
        return RowProblem{};
    };
    EXPECT_EQ(problemAt(2).column, QStringLiteral("СНИЛС"));
    EXPECT_TRUE(problemAt(2).reason.contains(QLatin1String("check digits")));
    EXPECT_EQ(problemAt(3).column, QStringLiteral("Дата рождения"));
    EXPECT_TRUE(problemAt(3).reason.contains(QLatin1String("not a real calendar date")));
    EXPECT_EQ(problemAt(4).column, QStringLiteral("Жилая площадь"));
    EXPECT_TRUE(problemAt(4).reason.contains(QLatin1String("larger than the total area")));
    EXPECT_EQ(problemAt(5).column, QStringLiteral("Округ"));
    EXPECT_TRUE(problemAt(5).reason.contains(QLatin1String("Unknown okrug")));
    EXPECT_EQ(problemAt(6).column, QStringLiteral("Район"));
    EXPECT_TRUE(problemAt(6).reason.contains(QLatin1String("Unknown district")));
    EXPECT_EQ(problemAt(7).column, QStringLiteral("Фамилия"));
    EXPECT_TRUE(problemAt(7).reason.contains(QLatin1String("Required")));
    EXPECT_TRUE(problemAt(8).column.isEmpty());
    EXPECT_TRUE(problemAt(8).reason.contains(QLatin1String("2 columns, the header has 13")));
    EXPECT_EQ(problemAt(9).column, QStringLiteral("СНИЛС"));
    EXPECT_TRUE(problemAt(9).reason.contains(QLatin1String("Another person")));
    EXPECT_EQ(problemAt(9).line, 10);

    // the error report holds the bad rows, as they were, with the reasons last; fixed, it imports
    QFile report(r.errorReportPath);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    nov::CsvReader reader(&report, {});
    ASSERT_TRUE(reader.start().ok());
    nov::CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields.last(), QStringLiteral("Error"));
    int rows = 0;
    while (reader.next(record))
        ++rows;
    EXPECT_EQ(rows, 8);
}

TEST_F(ImportTest, OneHouseholdPerOldApartmentWithBuildingAndApartmentCreated) {
    auto before = counts();
    const QString text = residentsHeader() +
                         resident("Семенов", "01.02.1960", snilsFor(11), "ул. Тихая, д. 5", "7") +
                         resident("Семенова", "03.04.1962", snilsFor(12), "ул. Тихая, д. 5", "7") +
                         resident("Орлов", "05.06.1970", snilsFor(13), "ул. Тихая, д. 5", "8");
    const ImportReport r = import(write(QStringLiteral("families.csv"), text));
    EXPECT_EQ(r.added, 3);
    auto after = counts();
    EXPECT_EQ(after["building"] - before["building"], 1);
    EXPECT_EQ(after["apartment"] - before["apartment"], 2);
    EXPECT_EQ(after["household"] - before["household"], 2);
    EXPECT_EQ(after["resident"] - before["resident"], 3);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT household_id) FROM resident "
                                         "WHERE last_name IN ('Семенов', 'Семенова')")),
              1);
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT relation FROM resident WHERE last_name = 'Семенов'")),
        QStringLiteral("head"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT total_area FROM apartment a JOIN building b ON "
                                         "b.id = a.building_id WHERE b.address = 'ул. Тихая, д. 5' "
                                         "AND a.number = '7'"))
                  .toDouble(),
              45.5);
    EXPECT_EQ(after["audit_log"] - before["audit_log"], 1);
}

TEST_F(ImportTest, ReimportingTheSameFileAddsNothing) {
    const QString file = write(
        QStringLiteral("again.csv"),
        residentsHeader() + resident("Повторов", "01.02.1960", snilsFor(21), "ул. Эхо, д. 1", "1") +
            resident("Повторова", "01.02.1961", QString(), "ул. Эхо, д. 1", "1"));
    EXPECT_EQ(import(file).added, 2);
    auto once = counts();
    const ImportReport again = import(file);
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.alreadyPresent, 2);
    EXPECT_EQ(again.rejected, 0);
    auto twice = counts();
    twice.erase("audit_log");
    auto expected = once;
    expected.erase("audit_log");
    EXPECT_EQ(twice, expected);
}

TEST_F(ImportTest, AllOrNothingAndDryRunStoreNothing) {
    const QString file = write(
        QStringLiteral("mixed.csv"),
        residentsHeader() + resident("Первый", "01.02.1960", snilsFor(31), "ул. Одна, д. 1", "1") +
            resident("Плохой", "32.01.1960", snilsFor(32), "ул. Одна, д. 1", "2"));
    auto before = counts();
    ImportOptions options;
    options.allOrNothing = true;
    ImportReport r = import(file, options);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(r.rejected, 1);
    EXPECT_EQ(counts(), before);

    options = {};
    options.dryRun = true;
    r = import(file, options);
    EXPECT_FALSE(r.committed);
    EXPECT_EQ(counts(), before);
    ASSERT_EQ(r.preview.size(), 1);
    EXPECT_EQ(r.preview.first().at(0), QStringLiteral("Первый"));
    EXPECT_EQ(r.preview.first().at(4), QStringLiteral("1960-02-01")); // as stored
    EXPECT_EQ(r.preview.first().at(6), snilsFor(31));
}

TEST_F(ImportTest, CancelMidwayLeavesTheDatabaseAsItWas) {
    QString text = residentsHeader();
    for (int i = 0; i < 6000; ++i)
        text +=
            resident(QStringLiteral("Отменов%1").arg(i), "01.02.1960", snilsFor(1000 + i),
                     QStringLiteral("ул. Длинная, д. %1").arg(i / 50), QString::number(i % 50 + 1));
    const QString file = write(QStringLiteral("big.csv"), text);
    auto before = counts();
    ImportOptions options;
    options.today = QDate(2026, 11, 27);
    int calls = 0;
    auto r = ImportService(*db).run(manager, file, options, [&](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 2; // cancel at the second report, after thousands of rows were stored
    });
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->cancelled);
    EXPECT_FALSE(r->committed);
    EXPECT_GT(r->added, 2000);
    EXPECT_EQ(counts(), before);
}

// The rows are written on a second thread: a row the database refuses in the middle of the file
// (here a trigger stands for any database error) stops the import and leaves nothing behind,
// and the same connection imports the file once the cause is gone.
TEST_F(ImportTest, AWriteFailingMidFileLeavesTheDatabaseAsItWas) {
    QString text = residentsHeader();
    for (int i = 0; i < 6000; ++i)
        text +=
            resident(i == 4500 ? QStringLiteral("Сбой") : QStringLiteral("Сбоев%1").arg(i),
                     "01.02.1960", snilsFor(20000 + i),
                     QStringLiteral("ул. Сбойная, д. %1").arg(i / 50), QString::number(i % 50 + 1));
    const QString file = write(QStringLiteral("failing.csv"), text);
    if (nov::test::onPostgres()) {
        ASSERT_TRUE(nov::test::runs(
            *db, QStringLiteral("CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF "
                                "NEW.last_name = 'Сбой' THEN RAISE EXCEPTION 'refused by the "
                                "test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql")));
        ASSERT_TRUE(nov::test::runs(
            *db, QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON resident FOR EACH "
                                "ROW EXECUTE FUNCTION refuse_one()")));
    } else {
        ASSERT_TRUE(nov::test::runs(
            *db, QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON resident "
                                "WHEN NEW.last_name = 'Сбой' "
                                "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    }
    auto before = counts();
    ImportOptions options;
    options.today = QDate(2026, 11, 27);
    auto r = ImportService(*db).run(manager, file, options);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toText().contains(QLatin1String("refused by the test")))
        << r.error().toText().toStdString();
    // the row is named by its line in the file (the header is line 1)
    EXPECT_TRUE(r.error().message.startsWith(QLatin1String("Row 4502 of the file")))
        << r.error().toText().toStdString();
    EXPECT_FALSE(r.error().hint.isEmpty());
    EXPECT_EQ(counts(), before);
    if (!nov::test::onPostgres()) {
        EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    ASSERT_TRUE(nov::test::runs(*db, nov::test::onPostgres()
                                         ? QStringLiteral("DROP TRIGGER refuse_one ON resident")
                                         : QStringLiteral("DROP TRIGGER refuse_one")));
    const ImportReport again = import(file);
    EXPECT_TRUE(again.committed);
    EXPECT_EQ(again.added, 6000);
    EXPECT_EQ(counts()["resident"], before["resident"] + 6000);
    EXPECT_EQ(counts()["household"], before["household"] + 6000);
    // every resident hangs on a household of the file's apartments
    EXPECT_EQ(
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident r JOIN household h ON "
                                   "h.id = r.household_id JOIN apartment a ON a.id = "
                                   "h.old_apartment_id JOIN building b ON b.id = a.building_id "
                                   "WHERE b.address LIKE 'ул. Сбойная%'"))
            .toInt(),
        6000);
}

// A case number given in the file that an earlier import stored is refused, also while the
// rows are written on the second thread.
TEST_F(ImportTest, ACaseNumberStoredBeforeIsRefused) {
    const QString header = residentsHeader().trimmed() + QStringLiteral(";Номер дела\r\n");
    auto row = [&](const Text &last, int n, const Text &address, const Text &caseNumber) {
        return resident(last, "01.02.1960", snilsFor(30000 + n), address, "1").trimmed() +
               QLatin1Char(';') + caseNumber.value + QStringLiteral("\r\n");
    };
    EXPECT_EQ(import(write(QStringLiteral("first.csv"),
                           header + row("Делов", 1, "ул. Дел, д. 1", "2026-77001")))
                  .added,
              1);
    const ImportReport r = import(write(QStringLiteral("second.csv"),
                                        header + row("Другов", 2, "ул. Дел, д. 2", "2026-77001") +
                                            row("Третьев", 3, "ул. Дел, д. 3", "2026-77002")));
    EXPECT_EQ(r.added, 1);
    ASSERT_EQ(r.rejected, 1);
    EXPECT_TRUE(r.problems.first().reason.contains(QLatin1String("2026-77001")));
}

TEST_F(ImportTest, ClerksMayNotImport) {
    const QString file = write(QStringLiteral("x.csv"), residentsHeader());
    auto r = ImportService(*db).run(actorFor(QStringLiteral("clerk"), Role::Clerk), file, {});
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().toText().contains(QLatin1String("import")));
}

TEST_F(ImportTest, VehiclesByVinAndMissingColumnsRefused) {
    const QString file =
        write(QStringLiteral("cars.csv"),
              QStringLiteral("VIN,Model,Colour,Production no.,Produced\n"
                             "XTAMSK3E0P0123456,Москвич 3e,white,990001,10.01.2023\n"
                             "XTAMSK3I0P0123457,Moskvich 3,red,990002,10.01.2023\n"),
              false);
    ImportOptions options;
    options.kind = ImportKind::Vehicles;
    ImportReport r = import(file, options);
    EXPECT_EQ(r.separator, QLatin1Char(','));
    EXPECT_EQ(r.added, 1);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().column, QStringLiteral("VIN"));
    EXPECT_TRUE(r.problems.first().reason.contains(QLatin1String("I, O or Q")));
    EXPECT_EQ(import(file, options).alreadyPresent, 1);

    const QString noVin = write(QStringLiteral("novin.csv"), QStringLiteral("Model;Colour\n"));
    auto refused = ImportService(*db).run(manager, noVin, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("VIN")));
}

// The export writes what the list shows; imported into an empty database it gives the same data.
TEST_F(ImportTest, ExportThenImportGivesTheSameApartmentsAndVehicles) {
    NOV_SQLITE_ONLY("copies the demo's buildings with ATTACH");
    const QString copy = dir.path(QStringLiteral("copy.db"));
    auto target = nov::test::openDatabase(copy);
    ASSERT_TRUE(nov::test::runs(
        *target, QStringLiteral("ATTACH '%1' AS src").arg(path))); // SQL-SAFE: test path
    ASSERT_TRUE(
        nov::test::runs(*target, QStringLiteral("INSERT INTO okrug SELECT * FROM src.okrug")));
    ASSERT_TRUE(nov::test::runs(*target,
                                QStringLiteral("INSERT INTO district SELECT * FROM src.district")));
    ASSERT_TRUE(nov::test::runs(*target, QStringLiteral("DETACH src")));

    const QString apartmentsSql = QStringLiteral(
        "SELECT b.kind, b.address, a.number, a.floor, a.rooms, a.total_area, a.living_area, "
        "COALESCE(a.cadastral_number, ''), a.status, b.district_id FROM apartment a "
        "JOIN building b ON b.id = a.building_id ORDER BY b.address, a.number");
    const QString vehiclesSql = QStringLiteral(
        "SELECT vin, model, powertrain, engine, colour, production_no, COALESCE(epts_number, ''), "
        "produced_on FROM vehicle ORDER BY vin");
    auto rows = [](db::Database &d, const QString &sql) {
        QStringList out;
        auto q = d.run(sql, {}, QStringLiteral("compare"));
        EXPECT_TRUE(q.ok());
        while (q->next()) {
            QStringList cells;
            for (int i = 0; i < q->record().count(); ++i)
                cells << q->value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    };
    const Actor admin = actorFor(QStringLiteral("admin"), Role::Admin);
    struct Table {
        const char *page;
        ImportKind kind;
        QStringList columns;
        const QString &sql;
    };
    const QList<Table> tables = {
        {"apartments", ImportKind::Apartments, {}, apartmentsSql},
        {"vehicles", ImportKind::Vehicles,
         QStringLiteral("vin,model,powertrain,engine,colour,production_no,epts_number,produced_on")
             .split(QLatin1Char(',')),
         vehiclesSql}};
    for (const Table &t : tables) {
        for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1251}) {
            const QString file = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(t.page)));
            TableExporter::Options options;
            options.encoding = encoding;
            options.columns = t.columns;
            const BrowseDefinition *page = BrowseCatalog::find(QString::fromLatin1(t.page));
            options.request = page->defaultRequest();
            auto written = TableExporter(*db).exportTo(admin, *page, options, file);
            ASSERT_TRUE(written.ok()) << written.error().toText().toStdString();
            ImportOptions importOptions;
            importOptions.kind = t.kind;
            auto r = ImportService(*target).run(Actor::system(), file, importOptions);
            ASSERT_TRUE(r.ok()) << r.error().toText().toStdString();
            EXPECT_EQ(r->rejected, 0)
                << (r->problems.isEmpty() ? std::string()
                                          : r->problems.first().reason.toStdString());
            EXPECT_EQ(r->added + r->alreadyPresent, written.value());
        }
        QStringList expected = rows(*db, t.sql);
        QStringList got = rows(*target, t.sql);
        if (t.kind == ImportKind::Apartments) {
            // statuses of stock in use are what the list said; buildings were new to the copy
            EXPECT_EQ(got.size(), expected.size());
        }
        EXPECT_EQ(got, expected);
    }
}

TEST_F(ImportTest, ExportMasksPersonalDataForReadOnlyRolesAndIsAudited) {
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    TableExporter::Options options;
    options.request = page->defaultRequest();
    const qint64 auditBefore =
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    for (const auto &[login, role, masked] : {std::tuple{"auditor", Role::Auditor, true},
                                              std::tuple{"manager", Role::Manager, false}}) {
        const QString file = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(login)));
        auto rows = TableExporter(*db).exportTo(actorFor(QString::fromLatin1(login), role), *page,
                                                options, file);
        ASSERT_TRUE(rows.ok()) << rows.error().toText().toStdString();
        EXPECT_GT(rows.value(), 0);
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_EQ(text.contains(QLatin1String("***-***-")), masked) << login;
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"))
                  .toLongLong(),
              2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
              auditBefore + 2);

    options.format = TableExporter::Format::Xlsx;
    const QString xlsx = dir.path(QStringLiteral("residents.xlsx"));
    auto rows = TableExporter(*db).exportTo(manager, *page, options, xlsx);
    ASSERT_TRUE(rows.ok());
    QFile f(xlsx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK"); // a zip: an Office Open XML workbook
}

// The cells of an XLSX sheet as Excel reads them: the text of string cells (inline or shared)
// or the number of numeric ones, and whether a number carries a style (dates do).
struct XlsxCell {
    bool number = false;
    bool styled = false;
    QString text;
};
using XlsxSheet = QMap<int, QMap<int, XlsxCell>>; // row → column → cell, both 0-based

QByteArray unzipped(const QString &file, const QString &member) {
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), file, member});
    EXPECT_TRUE(unzip.waitForFinished(60000)) << "unzip is needed (packaging lists it)";
    return unzip.readAllStandardOutput();
}

XlsxSheet readXlsx(const QString &file) {
    QStringList shared;
    QXmlStreamReader strings(unzipped(file, QStringLiteral("xl/sharedStrings.xml")));
    while (!strings.atEnd())
        if (strings.readNext() == QXmlStreamReader::StartElement && strings.name() == u"si")
            shared << strings.readElementText(QXmlStreamReader::IncludeChildElements);
    XlsxSheet sheet;
    QXmlStreamReader xml(unzipped(file, QStringLiteral("xl/worksheets/sheet1.xml")));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"c")
            continue;
        const QString ref = xml.attributes().value(QStringLiteral("r")).toString();
        const QString type = xml.attributes().value(QStringLiteral("t")).toString();
        XlsxCell cell;
        cell.styled = !xml.attributes().value(QStringLiteral("s")).isEmpty();
        cell.number = type.isEmpty() || type == u"n";
        const QString content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        cell.text = type == u"s" ? shared.value(content.toInt()) : content;
        int column = 0, i = 0;
        for (; i < ref.size() && ref.at(i).isLetter(); ++i)
            column = column * 26 + (ref.at(i).unicode() - u'A' + 1);
        sheet[ref.mid(i).toInt() - 1][column - 1] = cell;
    }
    return sheet;
}

// What an export wrote (the CSV file, or the XLSX workbook's sheet XML) and its row count;
// empty and -1 when it failed.
std::pair<QByteArray, qint64> exported(db::Database &db, const Actor &actor,
                                       const BrowseDefinition &page,
                                       const TableExporter::Options &options, const QString &file) {
    auto written = TableExporter(db).exportTo(actor, page, options, file);
    EXPECT_TRUE(written.ok()) << written.error().toText().toStdString();
    if (!written)
        return {QByteArray(), -1};
    if (options.format == TableExporter::Format::Xlsx)
        return {unzipped(file, QStringLiteral("xl/worksheets/sheet1.xml")), written.value()};
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return {f.readAll(), written.value()};
}

TEST_F(ImportTest, XlsxCellsHoldTheListsValuesWithDatesAsDatesAndNumbersAsNumbers) {
    const QDate excelEpoch(1899, 12, 30);
    for (const char *pageKey : {"residents", "apartments"}) {
        const BrowseDefinition *page = BrowseCatalog::find(QString::fromLatin1(pageKey));
        ASSERT_TRUE(page);
        TableExporter::Options options;
        options.request = page->defaultRequest();
        const QString csvFile = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(pageKey)));
        const QString xlsxFile = dir.path(QStringLiteral("%1.xlsx").arg(QLatin1String(pageKey)));
        auto csvRows = TableExporter(*db).exportTo(manager, *page, options, csvFile);
        ASSERT_TRUE(csvRows.ok()) << csvRows.error().toText().toStdString();
        options.format = TableExporter::Format::Xlsx;
        auto xlsxRows = TableExporter(*db).exportTo(manager, *page, options, xlsxFile);
        ASSERT_TRUE(xlsxRows.ok()) << xlsxRows.error().toText().toStdString();
        ASSERT_EQ(xlsxRows.value(), csvRows.value());

        QFile csv(csvFile);
        ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
        CsvReader reader(&csv, {TextEncoding::Auto, QChar()});
        ASSERT_TRUE(reader.start().ok());
        const XlsxSheet sheet = readXlsx(xlsxFile);
        ASSERT_EQ(sheet.size(), csvRows.value() + 1) << pageKey;
        QList<int> shown;
        for (int c = 0; c < page->columns.size(); ++c)
            if (page->columns.at(c).shownByDefault)
                shown << c;
        int dates = 0, numbers = 0, texts = 0;
        CsvRecord record;
        for (int row = 0; reader.next(record); ++row) {
            ASSERT_EQ(record.fields.size(), shown.size());
            for (int i = 0; i < shown.size(); ++i) {
                const QString expected = record.fields.at(i);
                const XlsxCell cell = sheet.value(row).value(i);
                if (expected.isEmpty() || row == 0) {
                    EXPECT_EQ(cell.text, expected) << pageKey << " row " << row << " col " << i;
                    continue;
                }
                switch (page->columns.at(shown.at(i)).format) {
                case BrowseDefinition::Format::Date: {
                    const QDate date = QDate::fromString(expected, QStringLiteral("dd.MM.yyyy"));
                    ASSERT_TRUE(date.isValid()) << expected.toStdString();
                    EXPECT_TRUE(cell.number && cell.styled) << "a date typed as a date";
                    EXPECT_EQ(cell.text.toLongLong(), excelEpoch.daysTo(date))
                        << expected.toStdString();
                    ++dates;
                    break;
                }
                case BrowseDefinition::Format::Number:
                case BrowseDefinition::Format::Area:
                    EXPECT_TRUE(cell.number) << "a number typed as a number";
                    EXPECT_DOUBLE_EQ(
                        cell.text.toDouble(),
                        QString(expected).replace(QLatin1Char(','), QLatin1Char('.')).toDouble())
                        << expected.toStdString();
                    ++numbers;
                    break;
                default:
                    EXPECT_FALSE(cell.number) << expected.toStdString();
                    EXPECT_EQ(cell.text, expected);
                    ++texts;
                }
            }
        }
        EXPECT_GT(texts, 0) << pageKey;
        if (QLatin1String(pageKey) == QLatin1String("residents"))
            EXPECT_GT(dates, 0);
        else
            EXPECT_GT(numbers, 0);
    }
    const QByteArray styles =
        unzipped(dir.path(QStringLiteral("residents.xlsx")), QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains("dd.mm.yyyy")) << "dates shown as the office writes them";
}

struct CliRun {
    int code;
    QString out;
    QString err;
};

CliRun novoselye(const QStringList &arguments, const QString &password = QString()) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("NOVOSELYE_PASSWORD"), password);
    else
        env.remove(QStringLiteral("NOVOSELYE_PASSWORD"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NOVOSELYE_BINARY), arguments);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

TEST_F(ImportTest, CommandLineExitCodes) {
    db.reset();
    const QString good = write(QStringLiteral("good.csv"),
                               residentsHeader() + resident("Консольный", "01.02.1960",
                                                            snilsFor(41), "ул. Cli, д. 1", "1"));
    const QString bad =
        write(QStringLiteral("bad.csv"),
              residentsHeader() + resident("Плохов", "01.02.1960", "123", "ул. Cli, д. 1", "2"));
    const QString pw = QStringLiteral("manager-2018");
    const QStringList common = {QStringLiteral("--db"),   path,
                                QStringLiteral("--user"), QStringLiteral("manager"),
                                QStringLiteral("--lang"), QStringLiteral("en")};
    CliRun r = novoselye(QStringList{QStringLiteral("import"), QStringLiteral("residents"), bad,
                                     QStringLiteral("--dry-run")} +
                             common,
                         pw);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.contains(QString::fromUtf8("row 1 (line 2), СНИЛС"))) << r.out.toStdString();
    r = novoselye(QStringList{QStringLiteral("import"), QStringLiteral("residents"), good} + common,
                  pw);
    EXPECT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    r = novoselye(QStringList{QStringLiteral("import"), QStringLiteral("people"), good} + common,
                  pw);
    EXPECT_EQ(r.code, 2);
    r = novoselye({QStringLiteral("import"), QStringLiteral("residents"), good,
                   QStringLiteral("--db"), path});
    EXPECT_EQ(r.code, 1); // changes data: needs --user
    const QString out = dir.path(QStringLiteral("out.xlsx"));
    r = novoselye(QStringList{QStringLiteral("export"), QStringLiteral("vehicles"),
                              QStringLiteral("--format"), QStringLiteral("xlsx"),
                              QStringLiteral("--out"), out} +
                      common,
                  pw);
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    r = novoselye(QStringList{QStringLiteral("export"), QStringLiteral("vehicles"),
                              QStringLiteral("--format"), QStringLiteral("pdf"),
                              QStringLiteral("--out"), out} +
                      common,
                  pw);
    EXPECT_EQ(r.code, 2);
}

} // namespace

namespace {

// The birth dates (column 2) of an exported residents CSV, in file order.
QStringList exportedBirthDates(const QString &file) {
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList dates;
    const QList<QStringList> rows = CsvReader::parse(text, QLatin1Char(';'));
    for (qsizetype i = 1; i < rows.size(); ++i)
        dates << rows.at(i).value(1);
    return dates;
}

} // namespace

// An export of the whole list scans the table and sorts (a narrow one walks the index): either
// way the file holds the rows in the order the list shows them.
// Text, date and personal-data cells go from SQLite's bytes to the file (no QString in
// between): the file is byte for byte the one the QString way writes, with separators, quotes,
// line breaks and Cyrillic in the names, in UTF-8 with BOM and in Windows-1251 (and the XLSX
// sheet the same), beside labels, full and masked personal data and a character Windows-1251
// lacks.
TEST_F(ImportTest, ExportFromSqliteBytesGivesTheSameFile) {
    NOV_SQLITE_ONLY("SQLite's bytes and PRAGMA ignore_check_constraints");
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    ASSERT_NE(page, nullptr);
    const QStringList names = {QStringLiteral("Иванов;Щ"), QStringLiteral("Петров \"Младший\""),
                               QStringLiteral("Сидорова\r\nЁлкина"), QStringLiteral("Ωмега"),
                               QStringLiteral("\"")};
    auto ids = db->run(QStringLiteral("SELECT id FROM resident ORDER BY id LIMIT 5"), {},
                       QStringLiteral("resident"));
    ASSERT_TRUE(ids.ok());
    QList<qint64> chosen;
    while (ids->next())
        chosen << ids->value(0).toLongLong();
    ASSERT_EQ(chosen.size(), names.size());
    for (int i = 0; i < names.size(); ++i)
        ASSERT_TRUE(
            db->run(QStringLiteral("UPDATE resident SET last_name = ?, first_name = ?, "
                                   "patronymic = ? WHERE id = ?"),
                    {names.at(i), names.at((i + 1) % names.size()), QString(), chosen.at(i)},
                    QStringLiteral("resident"))
                .ok());
    // Dates and personal data go from the bytes too, formatted or masked; values of another
    // shape than the stored one (past the checks, as an old database may hold them) go the
    // QString way and come out the same.
    ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA ignore_check_constraints = ON")).ok());
    const QList<QVariantList> odd = {
        {QStringLiteral("2021-02-30"), QStringLiteral("1234567890"), QStringLiteral("45 ab"),
         QStringLiteral("8916"), chosen.at(0)},
        {QStringLiteral("0999-01-01"), QVariant(), QStringLiteral("Ⅻ12345678"),
         QStringLiteral("+7(916)1234"), chosen.at(1)},
        {QStringLiteral("1990-1-01"), QStringLiteral("12345;78901"), QStringLiteral("1234567890"),
         QStringLiteral("79161234567"), chosen.at(2)},
        {QStringLiteral("1990-01-01 "), QStringLiteral("1234567890Щ"),
         QStringLiteral("12\"34567890"), QVariant(), chosen.at(3)},
        {QStringLiteral("1990-13-01"), QStringLiteral("12345678901"), QVariant(),
         QStringLiteral("7916123456Ж"), chosen.at(4)}};
    for (const QVariantList &values : odd)
        ASSERT_TRUE(db->run(QStringLiteral("UPDATE resident SET birth_date = ?, snils = ?, "
                                           "passport = ?, phone = ? WHERE id = ?"),
                            values, QStringLiteral("resident"))
                        .ok());
    ASSERT_TRUE(db->run(QStringLiteral("UPDATE resident SET first_name = CAST(x'49ff41' AS TEXT) "
                                       "WHERE id = ?"),
                        {chosen.at(4)}, QStringLiteral("resident"))
                    .ok()); // not UTF-8: the QString way's U+FFFD both ways
    ASSERT_TRUE(db->execute(QStringLiteral("PRAGMA ignore_check_constraints = OFF")).ok());
    for (const Actor &actor : {actorFor(QStringLiteral("admin"), Role::Admin), manager}) {
        // CSV in UTF-8 and Windows-1251, and the sheet's cells (dates typed) of an XLSX
        for (int format = 0; format < 3; ++format) {
            const TextEncoding encoding =
                format == 1 ? TextEncoding::Windows1251 : TextEncoding::Utf8;
            TableExporter::Options options;
            options.request = page->defaultRequest();
            options.format = format == 2 ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
            options.encoding = encoding;
            options.columns = {QStringLiteral("last_name"),  QStringLiteral("first_name"),
                               QStringLiteral("patronymic"), QStringLiteral("birth_date"),
                               QStringLiteral("sex"),        QStringLiteral("relation"),
                               QStringLiteral("snils"),      QStringLiteral("passport"),
                               QStringLiteral("phone"),      QStringLiteral("case_number"),
                               QStringLiteral("apartment")};
            QByteArray files[2];
            for (int way = 0; way < 2; ++way) {
                options.textFromBytes = way == 0;
                files[way] = exported(*db, actor, *page, options,
                                      dir.path(QStringLiteral("bytes-%1-%2").arg(way).arg(format)))
                                 .first;
            }
            EXPECT_GT(files[0].size(), 1000);
            EXPECT_TRUE(files[0] == files[1]) << format << ' ' << actor.login.toStdString();
            if (format == 2)
                continue;
            QStringEncoder encoder = encoding == TextEncoding::Utf8
                                         ? QStringEncoder(QStringEncoder::Utf8)
                                         : QStringEncoder("windows-1251");
            for (const char *quoted :
                 {"\"Иванов;Щ\";\"Петров \"\"Младший\"\"\";", "\"Сидорова\r\nЁлкина\";"})
                EXPECT_TRUE(
                    files[0].contains(QByteArray(encoder.encode(QString::fromUtf8(quoted)))))
                    << quoted;
            EXPECT_EQ(files[0].startsWith("\xEF\xBB\xBF"), encoding == TextEncoding::Utf8);
        }
    }
}

// A large share of a list is read in the table's stored order beside the ids in the list's
// order, and the rows are put in that order through a temporary file (no sort of whole rows):
// the files are those one statement sorting whole rows gives, CSV in both encodings and XLSX,
// every column, ascending and descending, by a column with empty values and ties, for a
// clerk (masked) and an administrator, and with a place filter.
TEST_F(ImportTest, ExportPutInOrderThroughAParkGivesTheFileOfOneSortedStatement) {
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE resident SET snils = NULL WHERE id % 7 = 0 "
                                           "AND relation <> 'head'"))
                    .ok());
    // a resident with an id outside the others' range (the park keeps such ids apart)
    for (const char *sql :
         {"CREATE TEMP TABLE far AS SELECT * FROM resident WHERE id = (SELECT MIN(id) FROM "
          "resident)",
          "UPDATE far SET id = -5, snils = NULL, passport = NULL, relation = 'other'",
          "INSERT INTO resident SELECT * FROM far", "DROP TABLE far"})
        ASSERT_TRUE(db->execute(QString::fromLatin1(sql)).ok()) << sql;
    const QString populous =
        scalar(*db, QStringLiteral("SELECT d.okrug_code FROM resident r JOIN household h ON h.id "
                                   "= r.household_id JOIN apartment a ON a.id = "
                                   "h.old_apartment_id JOIN building b ON b.id = a.building_id "
                                   "JOIN district d ON d.id = b.district_id GROUP BY "
                                   "d.okrug_code ORDER BY COUNT(*) DESC LIMIT 1"))
            .toString();
    QStringList every;
    for (const BrowseDefinition::Column &c : page->columns)
        every << c.key;
    struct Case {
        QString sort;
        Qt::SortOrder order;
        QString okrug;
    };
    const QList<Case> cases = {{QString(), Qt::AscendingOrder, QString()},
                               {QStringLiteral("birth_date"), Qt::DescendingOrder, QString()},
                               {QStringLiteral("snils"), Qt::AscendingOrder, QString()},
                               {QStringLiteral("snils"), Qt::DescendingOrder, QString()},
                               {QString(), Qt::DescendingOrder, populous}};
    int parked = 0;
    for (const Case &c : cases) {
        TableExporter::Options options;
        options.request = page->defaultRequest();
        if (!c.sort.isEmpty())
            options.request.sortColumn = c.sort;
        options.request.sortOrder = c.order;
        options.request.okrug = c.okrug;
        options.columns = every;
        auto query = page->query(options.request);
        ASSERT_TRUE(query.ok());
        ASSERT_TRUE(query->count(*db).ok());
        if (db->backend() == db::Backend::Sqlite && query->prefersScanAndSort(*db))
            ++parked;
        query->dropScopeTable(*db);
        for (const Actor &actor : {actorFor(QStringLiteral("admin"), Role::Admin),
                                   actorFor(QStringLiteral("clerk"), Role::Clerk)}) {
            for (int format = 0; format < 3; ++format) {
                options.format =
                    format == 2 ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
                options.encoding = format == 1 ? TextEncoding::Windows1251 : TextEncoding::Utf8;
                QByteArray files[2];
                qint64 rows[2] = {0, 0};
                for (int way = 0; way < 2; ++way) {
                    options.parkAndOrder = way == 0;
                    std::tie(files[way], rows[way]) =
                        exported(*db, actor, *page, options,
                                 dir.path(QStringLiteral("park-%1.%2")
                                              .arg(way)
                                              .arg(format == 2 ? QStringLiteral("xlsx")
                                                               : QStringLiteral("csv"))));
                }
                EXPECT_GT(rows[0], 10) << c.sort.toStdString();
                EXPECT_EQ(rows[0], rows[1]) << c.sort.toStdString() << " format " << format;
                EXPECT_GT(files[0].size(), 1000);
                if (c.okrug.isEmpty()) { // the resident with id -5 is in the file
                    EXPECT_EQ(
                        rows[0],
                        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong());
                }
                EXPECT_TRUE(files[0] == files[1])
                    << c.sort.toStdString() << " order " << int(c.order) << " format " << format
                    << " " << actor.login.toStdString();
            }
        }
    }
    if (db->backend() == db::Backend::Sqlite) {
        EXPECT_GE(parked, 4) << "the whole lists are read through the park";
    }
    // what the audit records is the rows in the file
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"))
                  .toLongLong(),
              qint64(cases.size()) * 2 * 3 * 2);
}

// A parked export cancelled half-way leaves no file and no audit row, and its read
// transaction is over: the connection writes again.
TEST_F(ImportTest, AParkedExportCancelledLeavesNothing) {
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    ASSERT_NE(page, nullptr);
    const qint64 audits =
        scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    for (TableExporter::Format format : {TableExporter::Format::Csv, TableExporter::Format::Xlsx}) {
        TableExporter::Options options;
        options.request = page->defaultRequest();
        options.format = format;
        options.pageRows = 10;
        const QString file = dir.path(QStringLiteral("cancelled.out"));
        int calls = 0;
        auto written = TableExporter(*db).exportTo(
            manager, *page, options, file, [&calls](qint64, qint64) { return ++calls < 3; });
        ASSERT_FALSE(written.ok());
        EXPECT_EQ(calls, 3);
        EXPECT_FALSE(QFile::exists(file));
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits);
    // a lingering read transaction would keep showing the rows as they were
    auto other = nov::test::openDatabase(path);
    ASSERT_TRUE(other
                    ->execute(QStringLiteral("UPDATE resident SET phone = '79990001122' WHERE "
                                             "id = (SELECT MIN(id) FROM resident)"))
                    .ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT phone FROM resident WHERE id = (SELECT MIN(id) "
                                         "FROM resident)"))
                  .toString(),
              QStringLiteral("79990001122"));
}

// The two statements of a split read: the order statement's ids first (all of them, in its
// order), then every row of the other.
TEST_F(ImportTest, RowReaderGivesTheOrderStatementsIdsAndTheRows) {
    db::RowReader reader(*db);
    if (!reader.available())
        GTEST_SKIP() << "SQLite connections only";
    QList<qint64> expected;
    auto q = db->run(QStringLiteral("SELECT id FROM resident ORDER BY birth_date DESC, id DESC"),
                     {}, QStringLiteral("resident"));
    ASSERT_TRUE(q.ok());
    while (q->next())
        expected << q->value(0).toLongLong();
    q->finish();
    ASSERT_TRUE(reader
                    .start(QStringLiteral("SELECT id FROM resident WHERE id > ? ORDER BY "
                                          "birth_date DESC, id DESC"),
                           {0},
                           QStringLiteral("SELECT id, last_name, birth_date, NULL, 1.5 FROM "
                                          "resident NOT INDEXED WHERE id > ?"),
                           {0})
                    .ok());
    QList<qint64> rows;
    db::RowReader::Batch batch;
    while (reader.next(batch)) {
        ASSERT_EQ(batch.columns, 5);
        for (size_t r = 0; r < batch.rows(); ++r) {
            const QVariant *row = batch.row(r);
            rows << row[0].toLongLong();
            EXPECT_FALSE(row[1].toString().isEmpty());
            EXPECT_TRUE(row[3].isNull());
            EXPECT_EQ(row[4].toDouble(), 1.5);
        }
    }
    ASSERT_TRUE(reader.finish().ok());
    EXPECT_EQ(QList<qint64>(reader.order().begin(), reader.order().end()), expected);
    std::sort(rows.begin(), rows.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(rows, expected);
    // the read transaction is over: the connection writes again
    EXPECT_TRUE(db->execute(QStringLiteral("UPDATE resident SET phone = phone")).ok());
}

// What the reader hands over equals what QSqlQuery gives for every SQLite type — integers,
// reals, text (Cyrillic, a character beyond the BMP, empty), blobs, NULL — and a keepUtf8
// column's text comes as its UTF-8 bytes with a null value beside it (NULL and numbers in
// that column stay values).
TEST_F(ImportTest, RowReaderValuesEqualQSqlQuerysForEveryType) {
    db::RowReader reader(*db);
    if (!reader.available())
        GTEST_SKIP() << "SQLite connections only";
    const QString sql = QStringLiteral(
        "SELECT 1, -9007199254740993, 2.25, 'Щука ёж 𝄞', '', x'00ff10', NULL, 'Щ' UNION ALL "
        "SELECT 2, 0, -0.5, NULL, 'a;\"b', NULL, 7, '' UNION ALL "
        "SELECT 3, 42, 1e300, 'x', NULL, x'', 'Ё', NULL");
    QList<QVariantList> expected;
    {
        auto q = db->run(sql, {}, QStringLiteral("types"));
        ASSERT_TRUE(q.ok());
        while (q->next()) {
            QVariantList row;
            for (int c = 0; c < 8; ++c)
                row << q->value(c);
            expected << row;
        }
    }
    ASSERT_EQ(expected.size(), 3);
    reader.keepUtf8({false, false, false, false, true, false, true, true});
    ASSERT_TRUE(reader.start(sql, {}).ok());
    QList<QVariantList> got;
    QList<QList<QByteArrayView>> views;
    db::RowReader::Batch batch;
    std::vector<db::RowReader::Batch> kept; // the views live as long as their batch
    while (reader.next(batch)) {
        ASSERT_EQ(batch.columns, 8);
        for (size_t r = 0; r < batch.rows(); ++r) {
            got << QVariantList(batch.row(r), batch.row(r) + 8);
            views << QList<QByteArrayView>(batch.rowBytes(r), batch.rowBytes(r) + 8);
        }
        kept.push_back(std::move(batch));
    }
    ASSERT_TRUE(reader.finish().ok());
    ASSERT_EQ(got.size(), expected.size());
    for (int r = 0; r < expected.size(); ++r)
        for (int c = 0; c < 8; ++c) {
            const QVariant &want = expected.at(r).at(c);
            const QByteArrayView bytes = views.at(r).at(c);
            if (c >= 4 && c != 5 && !want.isNull() && want.typeId() == QMetaType::QString) {
                ASSERT_NE(bytes.data(), nullptr) << r << " " << c;
                EXPECT_TRUE(got.at(r).at(c).isNull());
                EXPECT_EQ(QString::fromUtf8(bytes), want.toString()) << r << ' ' << c;
                continue;
            }
            EXPECT_EQ(bytes.data(), nullptr) << r << ' ' << c;
            EXPECT_EQ(got.at(r).at(c).isNull(), want.isNull()) << r << ' ' << c;
            if (!want.isNull()) { // (QSqlQuery types its NULLs by the column)
                EXPECT_EQ(got.at(r).at(c), want) << r << ' ' << c;
            }
        }
}

TEST_F(ImportTest, ExportKeepsTheListsOrderWhetherItScansOrWalksTheIndex) {
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    ASSERT_NE(page, nullptr);
    const Actor admin = actorFor(QStringLiteral("admin"), Role::Admin);
    TableExporter::Options options;
    options.request = page->defaultRequest();
    options.request.sortColumn = QStringLiteral("birth_date");
    options.request.sortOrder = Qt::DescendingOrder;
    options.columns = {QStringLiteral("last_name"), QStringLiteral("birth_date")};

    auto whole = page->query(options.request);
    ASSERT_TRUE(whole.ok());
    ASSERT_TRUE(whole->count(*db).ok());
    if (db->backend() == db::Backend::Sqlite) {
        EXPECT_TRUE(whole->prefersScanAndSort(*db));
    }
    const QString file = dir.path(QStringLiteral("all.csv"));
    auto written = TableExporter(*db).exportTo(admin, *page, options, file);
    ASSERT_TRUE(written.ok()) << written.error().toText().toStdString();
    QStringList expected;
    auto q = db->run(QStringLiteral("SELECT birth_date FROM resident ORDER BY birth_date DESC, "
                                    "id DESC"),
                     {}, QStringLiteral("resident"));
    ASSERT_TRUE(q.ok());
    while (q->next())
        expected << QDate::fromString(q->value(0).toString(), Qt::ISODate)
                        .toString(QStringLiteral("dd.MM.yyyy"));
    EXPECT_GT(expected.size(), 100);
    EXPECT_EQ(written.value(), expected.size());
    EXPECT_EQ(exportedBirthDates(file), expected);

    options.request.searchMode = QStringLiteral("name");
    options.request.searchText = scalar(*db, QStringLiteral("SELECT last_name FROM resident "
                                                            "ORDER BY id LIMIT 1"))
                                     .toString();
    auto narrow = page->query(options.request);
    ASSERT_TRUE(narrow.ok());
    ASSERT_TRUE(narrow->count(*db).ok());
    EXPECT_FALSE(narrow->prefersScanAndSort(*db));
    const QString some = dir.path(QStringLiteral("some.csv"));
    written = TableExporter(*db).exportTo(admin, *page, options, some);
    ASSERT_TRUE(written.ok());
    const QStringList dates = exportedBirthDates(some);
    EXPECT_EQ(dates.size(), written.value());
    EXPECT_GT(dates.size(), 0);
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QDate::fromString(a, QStringLiteral("dd.MM.yyyy")) >
               QDate::fromString(b, QStringLiteral("dd.MM.yyyy"));
    });
    EXPECT_EQ(dates, sorted);
}
