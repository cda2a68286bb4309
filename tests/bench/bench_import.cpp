#include "Database.h"
#include "ImportBenchmarks.h"
#include "Records.h"
#include "browse/BrowseCatalog.h"
#include "domain/Validators.h"
#include "io/CsvWriter.h"
#include "io/ImportService.h"
#include "io/TableExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>
#include <sys/resource.h>

using namespace nov;

namespace {

// NOVOSELYE_BENCH_IMPORT_ROWS=50000 makes a smaller file (for profiling); the figures the
// README quotes are for the million.
const qint64 Rows = qEnvironmentVariableIsSet("NOVOSELYE_BENCH_IMPORT_ROWS")
                        ? qEnvironmentVariable("NOVOSELYE_BENCH_IMPORT_ROWS").toLongLong()
                        : 1000000;

qint64 peakKilobytes() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// CPU seconds (user + sys) of this process, or of its finished children: the machine is
// shared, so wall time says more about the neighbours than about the code.
double cpuSeconds(int who = RUSAGE_SELF) {
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void removeDatabase(const QString &path) {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Residents of ~400,000 old apartments in 5,000 buildings, as an office registry: cp1251, ';',
// dd.mm.yyyy, decimal commas, some quoted fields.
bool writeResidents(const QString &demoPath, const QString &file, const QString &utf8File) {
    QList<QPair<QString, QString>> districts;
    {
        auto db = db::Database::open(demoPath, {false, false});
        if (!db)
            return false;
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT okrug_code, name FROM district ORDER BY id"));
        while (q.next())
            districts.append({q.value(0).toString(), q.value(1).toString()});
    }
    if (districts.isEmpty())
        return false;
    const QStringList surnames =
        QStringLiteral(
            "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров "
            "Морозов "
            "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев")
            .split(QLatin1Char(' '));
    const QStringList men = QStringLiteral("Александр Сергей Дмитрий Андрей Алексей Иван Михаил")
                                .split(QLatin1Char(' '));
    const QStringList women =
        QStringLiteral("Елена Ольга Наталья Татьяна Ирина Анна Мария").split(QLatin1Char(' '));
    QFile out(file), plain(utf8File);
    if (!out.open(QIODevice::WriteOnly) || !plain.open(QIODevice::WriteOnly))
        return false;
    CsvWriter writer(&out, TextEncoding::Windows1251);
    CsvWriter utf8(&plain, TextEncoding::Utf8);
    const QStringList header =
        QStringLiteral(
            "Фамилия;Имя;Отчество;Пол;Дата рождения;СНИЛС;Паспорт;Телефон;Округ;Район;Адрес;"
            "Квартира;Этаж;Комнат;Общая площадь;Жилая площадь")
            .split(QLatin1Char(';'));
    writer.writeRow(header);
    utf8.writeRow(header);
    quint32 seed = 12345;
    auto next = [&seed] {
        return seed = seed * 1664525u + 1013904223u;
    };
    qint64 row = 0;
    for (qint64 apartment = 0; row < Rows; ++apartment) {
        const qint64 building = apartment / 80;
        const auto &[okrug, district] = districts.at(building % districts.size());
        const QString address = QStringLiteral("ул. Импортная, д. %1, корп. %2")
                                    .arg(building / 10 + 1)
                                    .arg(building % 10 + 1);
        const int people = 1 + int(next() % 4);
        const int rooms = 1 + int(apartment % 3);
        const double total = 30.0 + rooms * 12.5;
        for (int p = 0; p < people && row < Rows; ++p, ++row) {
            const bool man = next() % 2;
            const QString surname =
                surnames.at(next() % surnames.size()) + (man ? QString() : QStringLiteral("а"));
            const QString nine = QStringLiteral("%1").arg(100000000 + row, 9, 10, QLatin1Char('0'));
            const QDate born = QDate(1930, 1, 1).addDays(qint64(next() % 30000));
            const QStringList fields = {
                surname,
                man ? men.at(next() % men.size()) : women.at(next() % women.size()),
                man ? QStringLiteral("Петрович") : QStringLiteral("Петровна"),
                man ? QStringLiteral("М") : QStringLiteral("Ж"),
                born.toString(QStringLiteral("dd.MM.yyyy")),
                nine.left(3) + QLatin1Char('-') + nine.mid(3, 3) + QLatin1Char('-') +
                    nine.mid(6, 3) + QLatin1Char(' ') + Validators::snilsCheckDigits(nine),
                QStringLiteral("45 %1").arg(10000000 + row, 8, 10, QLatin1Char('0')),
                QStringLiteral("+7 916 %1").arg(1000000 + row % 9000000),
                okrug,
                district,
                address,
                QString::number(apartment % 80 + 1),
                QString::number(apartment % 80 / 16 + 1),
                QString::number(rooms),
                QString::number(total, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')),
                QString::number(total * 0.6, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))};
            writer.writeRow(fields);
            utf8.writeRow(fields);
        }
    }
    return writer.finish().ok() && utf8.finish().ok();
}

// A database with the demo's okrugs and districts and nothing else.
bool emptyWithGeography(const QString &demoPath, const QString &path) {
    removeDatabase(path);
    auto db = db::Database::open(path);
    if (!db)
        return false;
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("ATTACH '%1' AS src").arg(demoPath)) && // SQL-SAFE: bench path
           q.exec(QStringLiteral("INSERT INTO okrug SELECT * FROM src.okrug")) &&
           q.exec(QStringLiteral("INSERT INTO district SELECT * FROM src.district")) &&
           q.exec(QStringLiteral("DETACH src"));
}

double wallSeconds(const QString &program, const QStringList &arguments, const QByteArray &input,
                   QByteArray *output = nullptr) {
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForStarted())
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        return -1;
    if (output)
        *output = p.readAllStandardOutput();
    return double(timer.nsecsElapsed()) / 1e9;
}

// The floor under the import's time: the sqlite3 tool loading the same residents already
// converted to the resident table's columns (no decoding, no checks, no households, apartments
// or buildings), the way a first import loads: the secondary indexes dropped and built again,
// check constraints and foreign keys off, one transaction. Returns the tool's wall and CPU
// seconds; the conversion before it is not timed.
struct Floor {
    double wall = -1;
    double cpu = 0;
};

Floor importFloor(const QString &utf8File, const QString &dir) {
    const QString clean = QDir(dir).filePath(QStringLiteral("residents-clean.csv"));
    const QString path = QDir(dir).filePath(QStringLiteral("floor-import.db"));
    removeDatabase(path);
    qint64 rows = 0;
    {
        QFile in(utf8File), out(clean);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return {};
        in.readLine(); // the header (the file is written without quotes: no field needs them)
        qint64 household = 0;
        QByteArray lastHome;
        QTextStream w(&out);
        while (!in.atEnd()) {
            const QString line = QString::fromUtf8(in.readLine()).trimmed();
            const QStringList f = line.split(QLatin1Char(';'));
            if (f.size() != 16)
                return {};
            const QByteArray home = (f.at(10) + QLatin1Char('/') + f.at(11)).toUtf8();
            const bool head = home != lastHome;
            household += head ? 1 : 0;
            lastHome = home;
            const QString &born = f.at(4); // dd.mm.yyyy
            auto digits = [](QString v) {
                v.remove(QRegularExpression(QStringLiteral("[^0-9]")));
                return v;
            };
            w << ++rows << ';' << household << ';' << f.at(0) << ';' << f.at(1) << ';' << f.at(2)
              << ';' << db::ResidentRecord::nameKey(f.at(0), f.at(1)) << ';'
              << (f.at(3) == QStringLiteral("М") ? 'M' : 'F') << ';' << born.mid(6, 4) << '-'
              << born.mid(3, 2) << '-' << born.left(2) << ';' << (head ? "head" : "other") << ';'
              << digits(f.at(5)) << ';' << digits(f.at(6)) << ';' << digits(f.at(7)) << '\n';
        }
    }
    QString drop, create;
    {
        auto db = db::Database::open(path); // the schema, migrated as the import's target is
        if (!db)
            return {};
        QSqlQuery q(db.value()->connection());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = "
                              "'resident' AND sql IS NOT NULL AND type IN ('index', 'trigger')"));
        while (q.next()) {
            // SQL-SAFE: names and definitions come from sqlite_master (benchmark script)
            drop += QStringLiteral("DROP %1 \"%2\";\n")
                        .arg(q.value(0).toString().toUpper(), q.value(1).toString());
            if (q.value(0).toString() == QLatin1String("index"))
                create += q.value(2).toString() + QStringLiteral(";\n");
        }
    }
    const double before = cpuSeconds(RUSAGE_CHILDREN);
    Floor floor;
    floor.wall = wallSeconds(
        QStringLiteral("sqlite3"), {path},
        (QStringLiteral("PRAGMA cache_size = -24576;\nPRAGMA ignore_check_constraints = ON;\n"
                        "PRAGMA foreign_keys = OFF;\n") +
         drop +
         QStringLiteral(".mode csv\n.separator ;\nBEGIN;\n.import '%1' resident\n").arg(clean) +
         create + QStringLiteral("COMMIT;\n"))
            .toUtf8());
    floor.cpu = cpuSeconds(RUSAGE_CHILDREN) - before;
    { // a figure only when the tool stored every row
        auto db = db::Database::open(path);
        QSqlQuery q(db ? db.value()->connection() : QSqlDatabase());
        if (!db || !q.exec(QStringLiteral("SELECT COUNT(*) FROM resident")) || !q.next() ||
            q.value(0).toLongLong() != rows)
            floor.wall = -1;
    }
    removeDatabase(path);
    QFile::remove(clean);
    return floor;
}

} // namespace

int runImportChild(const QStringList &arguments) {
    // arguments: FILE DB
    auto db = db::Database::open(arguments.value(1));
    if (!db)
        return 1;
    ImportOptions options;
    options.kind = ImportKind::Residents;
    options.today = QDate(2026, 11, 27);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const double threadBefore = cpuSeconds(RUSAGE_THREAD);
    auto report = ImportService(*db.value()).run(Actor::system(), arguments.value(0), options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    // the reading and checking thread (then indexes and commit); the rows are written on a
    // second thread meanwhile
    const double thread = cpuSeconds(RUSAGE_THREAD) - threadBefore;
    if (!report)
        return 1;
    QTextStream(stdout) << seconds << ' ' << report->added << ' ' << report->rejected << ' '
                        << peakKilobytes() << ' ' << cpu << ' ' << thread << '\n';
    return 0;
}

void runExportBenchmarks(const QString &dir, const QString &target, BenchTable &table);

void runImportBenchmarks(const QString &dir, const QString &demoPath, BenchTable &table) {
    QTextStream err(stderr);
    const QString file = QDir(dir).filePath(QStringLiteral("residents-1251.csv"));
    const QString utf8File = QDir(dir).filePath(QStringLiteral("residents-utf8.csv"));
    const QString target = QDir(dir).filePath(QStringLiteral("bench-import.db"));
    // NOVOSELYE_BENCH_EXPORT_ONLY=1: the export figures alone, from the database the last run
    // imported into (for profiling the export).
    if (qEnvironmentVariableIntValue("NOVOSELYE_BENCH_EXPORT_ONLY") == 1) {
        runExportBenchmarks(dir, target, table);
        return;
    }
    err << "  writing a 1,000,000-row Windows-1251 residents file\n" << Qt::flush;
    if (!writeResidents(demoPath, file, utf8File) || !emptyWithGeography(demoPath, target)) {
        err << "import benchmark: cannot prepare its files\n";
        return;
    }
    const QLocale l(QLocale::English);
    QByteArray childOut;
    const double childWall =
        wallSeconds(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--import-child"), file, target}, {}, &childOut);
    const QList<QByteArray> figures = childOut.trimmed().split(' ');
    if (childWall < 0 || figures.size() != 6) {
        err << "import benchmark: the import failed\n";
        return;
    }
    const double seconds = figures.at(0).toDouble();
    const qint64 added = figures.at(1).toLongLong();
    const double cpu = figures.at(4).toDouble();
    const double mainThreadCpu = figures.at(5).toDouble();
    // the baseline: the sqlite3 tool's .import of the same rows in UTF-8, no checks
    const QString scratch = QDir(dir).filePath(QStringLiteral("scratch-import.db"));
    removeDatabase(scratch);
    QFile utf8(utf8File);
    QString noBom = utf8File + QStringLiteral(".nobom");
    if (utf8.open(QIODevice::ReadOnly)) {
        QFile out(noBom);
        out.open(QIODevice::WriteOnly);
        utf8.read(3);
        while (!utf8.atEnd())
            out.write(utf8.read(1 << 20));
    }
    const double childrenBefore = cpuSeconds(RUSAGE_CHILDREN);
    const double baseline = wallSeconds(
        QStringLiteral("sqlite3"), {scratch},
        QStringLiteral(".mode csv\n.separator ;\n.import '%1' raw\n").arg(noBom).toUtf8());
    const double baselineCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenBefore;
    removeDatabase(scratch);
    QFile::remove(noBom);
    const QString million = l.toString(Rows);
    table.addTimed(QStringLiteral("import %1 residents (cp1251, full checks), CPU").arg(million),
                   cpu, baselineCpu, QStringLiteral("≤ 8 s, ≤ 3× .import"));
    table.addTimed(QStringLiteral("  … wall time (shared machine)"), seconds, baseline, QString());
    // With two free cores the wall time is about the longer thread's CPU time: this one
    // (the writer's is shorter), against the tool's CPU time.
    table.addTimed(
        QStringLiteral("  … CPU of the reading/checking thread (≈ wall on 2 free cores)"),
        mainThreadCpu, baselineCpu, QStringLiteral("≤ 8 s"));
    table.add({QStringLiteral("  import rows/s of CPU (stored %1)").arg(l.toString(added)),
               l.toString(qint64(double(Rows) / cpu)),
               baselineCpu > 0 ? l.toString(qint64(double(Rows) / baselineCpu)) : QString(),
               QString(), QString()});
    table.add({QStringLiteral("  import peak memory (VmHWM of the importing process)"),
               QStringLiteral("%1 MB").arg(figures.at(3).toDouble() / 1024, 0, 'f', 0), QString(),
               QString(), QStringLiteral("≤ 200 MB")});
    // The floor: without any check, the sqlite3 tool needs this long for the residents alone.
    const Floor floor = importFloor(utf8File, dir);
    if (floor.wall > 0) {
        table.addTimed(QStringLiteral("the sqlite3 tool loading the same residents, clean, into "
                                      "resident and its indexes (no checks), wall"),
                       floor.wall, baseline, QString());
        table.addTimed(QStringLiteral("  … CPU"), floor.cpu, baselineCpu, QString());
        table.addTimed(QStringLiteral("  the import's wall time against it"), seconds, floor.wall,
                       QStringLiteral("≤ 8 s"));
    }

    runExportBenchmarks(dir, target, table);
}

// The export of the million residents just imported, against sqlite3's CSV of the same
// columns in the same order.
void runExportBenchmarks(const QString &dir, const QString &target, BenchTable &table) {
    const QLocale l(QLocale::English);
    auto db = db::Database::open(target);
    if (!db)
        return;
    const BrowseDefinition *page = BrowseCatalog::find(QStringLiteral("residents"));
    TableExporter::Options options;
    options.request = page->defaultRequest();
    options.request.sortColumn.clear(); // the list's default order (surname), like the baseline
    // Wall time, CPU of all threads and of this one (formatting and writing; the rest is the
    // reader thread stepping SQLite): on 2 free cores the wall time is about the busier one.
    struct Run {
        qint64 rows = -1;
        double wall = 0, cpu = 0, thread = 0;
    };
    auto run = [&](const QString &file, TableExporter::Format format, bool park = true) {
        TableExporter::Options o = options;
        o.format = format;
        o.parkAndOrder = park;
        Run r;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        const double threadBefore = cpuSeconds(RUSAGE_THREAD);
        auto rows = TableExporter(*db.value()).exportTo(Actor::system(), *page, o, file);
        r.wall = double(timer.nsecsElapsed()) / 1e9;
        r.cpu = cpuSeconds() - cpuBefore;
        r.thread = cpuSeconds(RUSAGE_THREAD) - threadBefore;
        r.rows = rows ? rows.value() : -1;
        return r;
    };
    const QString csv = QDir(dir).filePath(QStringLiteral("export.csv"));
    const Run csvRun = run(csv, TableExporter::Format::Csv);
    if (csvRun.rows < 0)
        return;
    // the way before the park, in the same run: SQLite sorting whole rows
    const QString sorted = QDir(dir).filePath(QStringLiteral("export-sorted.csv"));
    const Run sortedRun = run(sorted, TableExporter::Format::Csv, false);
    QFile::remove(sorted);
    // (until 27 November 2026 this figure exported CSV under the name export.xlsx: the
    // options' format was never set)
    const QString xlsx = QDir(dir).filePath(QStringLiteral("export.xlsx"));
    const Run xlsxRun = run(xlsx, TableExporter::Format::Xlsx);
    QFile::remove(xlsx);
    // the statement the export runs for a whole list (PageQuery::prefersScanAndSort): the
    // table scanned and the rows sorted
    double childrenCpu = cpuSeconds(RUSAGE_CHILDREN);
    const double exportBaseline = wallSeconds(
        QStringLiteral("sqlite3"), {target},
        QStringLiteral(
            ".mode csv\n.separator ;\n.once '%1.baseline'\n"
            "SELECT r.last_name, r.first_name, r.patronymic, r.birth_date, r.snils, "
            "h.case_number, b.address, a.number, d.name, d.okrug_code FROM resident r NOT INDEXED "
            "JOIN household h ON h.id = r.household_id JOIN apartment a ON a.id = "
            "h.old_apartment_id JOIN building b ON b.id = a.building_id JOIN district d "
            "ON d.id = b.district_id ORDER BY r.name_key, r.id;\n")
            .arg(csv)
            .toUtf8());
    const double exportBaselineCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenCpu;
    QFile::remove(csv + QStringLiteral(".baseline"));
    const QString rows = l.toString(csvRun.rows);
    table.addTimed(QStringLiteral("export %1 residents to CSV, wall").arg(rows), csvRun.wall,
                   exportBaseline, QStringLiteral("≤ 5 s"));
    table.addTimed(QStringLiteral("  … CPU, all threads"), csvRun.cpu, exportBaselineCpu,
                   QString());
    table.addTimed(QStringLiteral("  … CPU of the formatting/writing thread"), csvRun.thread,
                   exportBaselineCpu, QString());
    table.addTimed(QStringLiteral("  … CPU of the reading thread (SQLite)"),
                   csvRun.cpu - csvRun.thread, exportBaselineCpu, QString());
    if (sortedRun.rows >= 0) {
        table.addTimed(QStringLiteral("  … one statement sorting whole rows (as before), wall"),
                       sortedRun.wall, exportBaseline, QString());
        table.addTimed(QStringLiteral("    … CPU, all threads (of the formatting thread %1)")
                           .arg(BenchTable::seconds(sortedRun.thread)),
                       sortedRun.cpu, exportBaselineCpu, QString());
    }
    table.add({QStringLiteral("  export rows/s of CPU"),
               l.toString(qint64(double(csvRun.rows) / csvRun.cpu)),
               exportBaselineCpu > 0 ? l.toString(qint64(double(csvRun.rows) / exportBaselineCpu))
                                     : QString(),
               QString(), QString()});
    if (xlsxRun.rows >= 0) {
        table.addTimed(
            QStringLiteral("export %1 residents to XLSX, wall").arg(l.toString(xlsxRun.rows)),
            xlsxRun.wall, exportBaseline, QStringLiteral("≤ 5 s"));
        table.addTimed(QStringLiteral("  … CPU, all threads"), xlsxRun.cpu, exportBaselineCpu,
                       QString());
        table.addTimed(QStringLiteral("  … CPU of the formatting/writing thread"), xlsxRun.thread,
                       exportBaselineCpu, QString());
    }
}
