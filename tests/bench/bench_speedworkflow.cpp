// The clerk's day at programme scale, with CPU time beside wall time (the benchmark machine is
// often shared, so wall time alone says little): one key handover committed with its act, the
// relocations page's first rows, the audit page filtered to one day, and a batch of 1,000
// acts written to one PDF. Each figure stands beside a baseline measured in the same run.
#include "BenchData.h"
#include "BrowseBenchSupport.h"
#include "CertificateBenchmarks.h"
#include "Database.h"
#include "WorkflowSpeedBenchmarks.h"
#include "WorkspaceBenchmarks.h"
#include "browse/BrowseCatalog.h"
#include "domain/CertificateService.h"
#include "domain/HandoverActPrinter.h"
#include "domain/RelocationService.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTextDocument>
#include <algorithm>
#include <sqlite3.h>
#include <time.h>

using namespace nov;
using namespace nov::bench;

namespace {

double cpuSeconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Wall and CPU time of one piece of work: the process's CPU (all its threads).
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

class Stopwatch {
public:
    Stopwatch() {
        m_wall.start();
        m_cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    }
    Timing elapsed() const {
        return {msSince(m_wall), (cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - m_cpu) * 1000};
    }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

Timing timed(const std::function<void()> &work) {
    Stopwatch watch;
    work();
    return watch.elapsed();
}

Timing medianOf(const QList<Timing> &runs) {
    QList<double> wall, cpu;
    for (const Timing &t : runs) {
        wall << t.wallMs;
        cpu << t.cpuMs;
    }
    return {median(wall), median(cpu)};
}

// The sqlite3 tool on `sql`: ".timer on" real and user+sys time summed, in milliseconds.
Timing sqliteCli(const QString &database, const QString &sql) {
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {QStringLiteral("-cmd"), QStringLiteral(".timer on"), database});
    if (!p.waitForStarted())
        return {-1, -1};
    p.write(sql.toUtf8());
    p.write("\n.quit\n");
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0)
        return {-1, -1};
    static const QRegularExpression times(
        QStringLiteral(R"(Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+))"));
    Timing t;
    auto it = times.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext()) {
        const auto m = it.next();
        t.wallMs += m.captured(1).toDouble() * 1000;
        t.cpuMs += (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000;
    }
    return t;
}

Timing sqliteCliMedian(const QString &database, const QString &sql, int rounds = kRounds) {
    QList<Timing> runs;
    for (int i = 0; i < rounds; ++i)
        runs << sqliteCli(database, sql);
    return medianOf(runs);
}

class Lines {
public:
    explicit Lines(QTextStream &out)
        : m_out(out) {
        m_out << QStringLiteral("  %1%2%3%4%5%6\n")
                     .arg(QStringLiteral("figure"), -46)
                     .arg(QStringLiteral("wall"), 11)
                     .arg(QStringLiteral("CPU"), 11)
                     .arg(QStringLiteral("target"), 10)
                     .arg(QStringLiteral("sqlite3 wall/CPU"), 20)
                     .arg(QStringLiteral("ratio (CPU)"), 13);
    }
    void line(const QString &figure, Timing mine, const QString &target, Timing baseline,
              double scale = 1.0) {
        auto ms = [&](double v) {
            return v < 0 ? QStringLiteral("-") : QStringLiteral("%1 ms").arg(v / scale, 0, 'f', 1);
        };
        const QString base =
            baseline.wallMs < 0
                ? QStringLiteral("-")
                : QStringLiteral("%1 / %2").arg(ms(baseline.wallMs), ms(baseline.cpuMs));
        const QString ratio =
            baseline.cpuMs > 0 && mine.cpuMs >= 0
                ? QStringLiteral("%1× (%2×)")
                      .arg(mine.wallMs / std::max(baseline.wallMs, 0.001), 0, 'f', 1)
                      .arg(mine.cpuMs / baseline.cpuMs, 0, 'f', 1)
                : QStringLiteral("-");
        m_out << QStringLiteral("  %1%2%3%4%5%6\n")
                     .arg(figure, -46)
                     .arg(ms(mine.wallMs), 11)
                     .arg(ms(mine.cpuMs), 11)
                     .arg(target, 10)
                     .arg(base, 20)
                     .arg(ratio, 13)
              << Qt::flush;
    }

private:
    QTextStream &m_out;
};

// Statement times of one transaction, from SQLite's profile hook (time spent stepping each
// statement, triggers included): where a handover's milliseconds go.
struct Profile {
    QList<std::pair<QString, double>> statements;
    static int hook(unsigned type, void *context, void *statement, void *nanoseconds) {
        if (type != SQLITE_TRACE_PROFILE)
            return 0;
        auto *self = static_cast<Profile *>(context);
        const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
        self->statements.append({QString::fromUtf8(sql ? sql : "?").simplified().left(110),
                                 double(*static_cast<qint64 *>(nanoseconds)) / 1e6});
        return 0;
    }
};

sqlite3 *handleOf(db::Database &db) {
    const QVariant v = db.connection().driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

void benchHandover(const QString &dbPath, db::Database &db, Lines &lines, QTextStream &out,
                   bool profile) {
    const QList<qint64> households = bench::scheduledHandovers(db, 12);
    if (households.size() < 12) {
        out << "  (fewer than 12 scheduled handovers left in this copy)\n";
        return;
    }
    RelocationService service(db);
    service.setToday(QDate(2026, 11, 27));
    const Actor clerk{3, QStringLiteral("clerk"), Role::Clerk};
    QList<Timing> runs;
    Profile trace;
    for (int i = 0; i < 11; ++i) {
        if (profile && i == 10)
            sqlite3_trace_v2(handleOf(db), SQLITE_TRACE_PROFILE, &Profile::hook, &trace);
        Stopwatch watch;
        auto done = service.recordKeyHandover(clerk, households.at(i), QDate(2026, 11, 27), 2);
        runs << watch.elapsed();
        if (!done)
            out << "  handover failed: " << done.error().toText() << "\n";
    }
    if (profile)
        sqlite3_trace_v2(handleOf(db), 0, nullptr, nullptr);
    const qint64 last = households.at(11);
    // The same row changes, without checks, history of milestones or act, by the sqlite3 tool.
    const Timing baseline = sqliteCli(dbPath, bench::handoverRowChangesSql(last));
    lines.line(QStringLiteral("one key handover + act committed (median of 11)"), medianOf(runs),
               QStringLiteral("≤ 20 ms"), baseline);
    if (profile) {
        double total = 0;
        for (const auto &[sql, ms] : std::as_const(trace.statements))
            total += ms;
        out << QStringLiteral("    profile of the last handover: %1 statements, %2 ms inside "
                              "SQLite (which counts whole milliseconds); the slowest:\n")
                   .arg(trace.statements.size())
                   .arg(total, 0, 'f', 2);
        auto sorted = trace.statements;
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.second > b.second; });
        for (int i = 0; i < std::min<qsizetype>(8, sorted.size()); ++i)
            out << QStringLiteral("    %1 ms  %2\n")
                       .arg(sorted.at(i).second, 7, 'f', 3)
                       .arg(sorted.at(i).first);
    }
}

void benchPages(const QString &dbPath, db::Database &db, Lines &lines) {
    fillAuditLog(db, 1000000);
    auto firstRows = [&](const BrowseDefinition &definition, const BrowseRequest &request) {
        QList<Timing> runs;
        for (int round = 0; round < kRounds; ++round) {
            LazyTableModel model(db, definition);
            Stopwatch watch;
            timeUntil(
                model, [&] { model.setRequest(request); }, [&] { return model.hasFirstRows(); });
            runs << watch.elapsed();
        }
        return medianOf(runs);
    };
    const BrowseDefinition &relocations = *BrowseCatalog::find(QStringLiteral("relocations"));
    const auto reference = relocations.query(relocations.defaultRequest());
    lines.line(QStringLiteral("relocations page → first rows"),
               firstRows(relocations, relocations.defaultRequest()), QStringLiteral("≤ 100 ms"),
               sqliteCliMedian(dbPath, inlined(reference->pageStatement(0, 100))));

    const BrowseDefinition &audit = *BrowseCatalog::find(QStringLiteral("audit"));
    BrowseRequest byDay = audit.defaultRequest();
    byDay.dateFrom = QDate(2020, 3, 1);
    byDay.dateTo = QDate(2020, 3, 1);
    QList<Timing> runs;
    for (int round = 0; round < kRounds; ++round) {
        LazyTableModel model(db, audit);
        timeUntil(
            model, [&] { model.setRequest(audit.defaultRequest()); },
            [&] { return model.isSettled(); });
        Stopwatch watch;
        timeUntil(
            model, [&] { model.setRequest(byDay); }, [&] { return model.isSettled(); });
        runs << watch.elapsed();
    }
    const auto day = audit.query(byDay);
    lines.line(QStringLiteral("audit page, one day → count, first rows"), medianOf(runs),
               QStringLiteral("≤ 100 ms"),
               sqliteCliMedian(dbPath, inlined(day->countStatement()) + QLatin1Char('\n') +
                                           inlined(day->pageStatement(0, 100))));
}

void benchBatch(const QString &dbPath, db::Database &db, Lines &lines, QTextStream &out) {
    QList<CertificateService::Source> sources;
    QSqlQuery q(db.connection());
    // Handovers without an act yet: the batch issues them (number, snapshot, code) as well.
    q.exec(QStringLiteral("SELECT k.id FROM key_handover k WHERE k.handed_over_on IS NOT NULL "
                          "AND NOT EXISTS (SELECT 1 FROM certificate c WHERE c.key_handover_id = "
                          "k.id) ORDER BY k.handed_over_on DESC, k.id DESC LIMIT 1000"));
    while (q.next())
        sources.append({CertificateService::Kind::KeyHandover, q.value(0).toLongLong()});
    q.finish();
    if (sources.size() < 1000) {
        out << "  (fewer than 1,000 handovers without an act left in this copy)\n";
        return;
    }
    const QString pdf =
        QDir(QFileInfo(dbPath).absolutePath()).filePath(QStringLiteral("batch-acts.pdf"));
    CertificateService service(db);
    const Actor clerk{3, QStringLiteral("clerk"), Role::Clerk};
    Stopwatch watch;
    auto acts = service.acts(clerk, sources);
    const Timing issued = watch.elapsed();
    if (!acts || !HandoverActPrinter::writePdf(pdf, acts.value()).ok() ||
        !service.recordPrinted(clerk, acts.value()).ok()) {
        out << "  batch failed\n";
        return;
    }
    const Timing batch = watch.elapsed();
    const double size = double(QFileInfo(pdf).size()) / 1e6;
    QFile::remove(pdf);
    lines.line(QStringLiteral("batch of 1,000 acts to one PDF (issue+print)"), batch,
               QStringLiteral("≤ 30 s"), timed([&] { plainActPages(pdf, 1000); }));
    lines.line(QStringLiteral("  of which issuing the 1,000 acts"), issued, QString(), {-1, -1});
    out << QStringLiteral("    %1 acts/s wall, %2 acts/s of CPU; PDF %3 MB\n")
               .arg(1000.0 / (batch.wallMs / 1000), 0, 'f', 0)
               .arg(1000.0 / (batch.cpuMs / 1000), 0, 'f', 0)
               .arg(size, 0, 'f', 1);
}

// Where an act's time goes: its HTML, the document's layout, the painting into a PDF, the QR
// symbol, for `count` stored acts (CPU milliseconds per act).
void splitPainting(db::Database &db, QTextStream &out, int count) {
    QList<CertificateService::Source> sources;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT key_handover_id FROM certificate WHERE key_handover_id IS "
                             "NOT NULL ORDER BY id DESC LIMIT ?"));
    q.addBindValue(count);
    q.exec();
    while (q.next())
        sources.append({CertificateService::Kind::KeyHandover, q.value(0).toLongLong()});
    q.finish();
    CertificateService service(db);
    auto acts = service.acts(Actor{3, QStringLiteral("clerk"), Role::Clerk}, sources);
    if (!acts || acts->isEmpty())
        return;
    const double n = double(acts->size());
    auto perAct = [&](const char *what, const std::function<void()> &work) {
        Stopwatch watch;
        work();
        out << QStringLiteral("    %1: %2 ms CPU per act\n")
                   .arg(QLatin1String(what))
                   .arg(watch.elapsed().cpuMs / n, 0, 'f', 2);
    };
    QImage metrics(1, 1, QImage::Format_Mono);
    metrics.setDotsPerMeterX(qRound(96 / 0.0254));
    metrics.setDotsPerMeterY(qRound(96 / 0.0254));
    QStringList html;
    perAct("HTML text", [&] {
        for (const auto &act : std::as_const(acts.value()))
            html << HandoverActPrinter::html(act);
    });
    perAct("QR symbol", [&] {
        for (const auto &act : std::as_const(acts.value()))
            HandoverActPrinter::qrModules(act.qrText());
    });
    perAct("document from HTML + layout", [&] {
        for (const QString &text : std::as_const(html)) {
            QTextDocument doc;
            doc.documentLayout()->setPaintDevice(&metrics);
            doc.setDocumentMargin(0);
            doc.setHtml(text);
            doc.setTextWidth(680);
            doc.size();
        }
    });
    const QString pdf = QDir::temp().filePath(QStringLiteral("novoselye-split.pdf"));
    perAct("whole act to PDF (HandoverActPrinter)",
           [&] { (void)HandoverActPrinter::writePdf(pdf, acts.value()); });
    QFile::remove(pdf);
}

// The first page's SQL of a list page with its plan on the program's connection (bound
// values), for comparing with the sqlite3 tool's plan of the inlined text.
void explainPage(db::Database &db, const QString &key, QTextStream &out) {
    const BrowseDefinition *definition = BrowseCatalog::find(key);
    if (!definition)
        return;
    auto query = definition->query(definition->defaultRequest());
    if (!query)
        return;
    const auto statement = query->pageStatement(0, 100);
    out << inlined(statement) << "\n";
    auto plan = db::PageQuery::explain(db, statement);
    if (plan)
        out << "  " << plan->join(QStringLiteral("\n  ")) << "\n";
    // What a page's worker pays: its own connection, then the first page cold and warm.
    for (int round = 0; round < 3; ++round) {
        Stopwatch connect;
        auto worker = db.reconnect();
        const Timing connected = connect.elapsed();
        if (!worker)
            return;
        Stopwatch cold;
        auto first = query->fetch(*worker.value(), 0, 100);
        const Timing coldPage = cold.elapsed();
        Stopwatch warm;
        (void)query->fetch(*worker.value(), 0, 100); // timed only: the first fetch is checked
        const Timing warmPage = warm.elapsed();
        out << QStringLiteral("  connect %1/%2 ms, first page cold %3/%4 ms, warm %5/%6 ms "
                              "(wall/CPU)\n")
                   .arg(connected.wallMs, 0, 'f', 1)
                   .arg(connected.cpuMs, 0, 'f', 1)
                   .arg(coldPage.wallMs, 0, 'f', 1)
                   .arg(coldPage.cpuMs, 0, 'f', 1)
                   .arg(warmPage.wallMs, 0, 'f', 1)
                   .arg(warmPage.cpuMs, 0, 'f', 1);
    }
}

} // namespace

void runWorkflowSpeedBenchmarks(const QString &dbPath, QTextStream &out, const QString &only,
                                bool profile) {
    auto opened = db::Database::open(dbPath);
    if (!opened) {
        out << "workflow speed: " << opened.error().toText() << "\n";
        return;
    }
    db::Database &db = *opened.value();
    if (only.startsWith(QLatin1String("explain:"))) {
        explainPage(db, only.mid(8), out);
        return;
    }
    out << "\nThe clerk's day (wall and CPU time of this process; medians; the ratio compares "
           "with the sqlite3 tool on the same row changes or query, or for the batch with "
           "plain QTextDocument pages):\n";
    Lines lines(out);
    if (only.isEmpty() || only == QLatin1String("handover"))
        benchHandover(dbPath, db, lines, out, profile);
    if (only.isEmpty() || only == QLatin1String("pages"))
        benchPages(dbPath, db, lines);
    if (only.isEmpty() || only == QLatin1String("batch"))
        benchBatch(dbPath, db, lines, out);
    if (only == QLatin1String("split"))
        splitPainting(db, out, 200);
}
