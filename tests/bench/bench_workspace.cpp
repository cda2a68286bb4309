// The relocations page and the audit page at programme scale, through the page's model
// (worker thread, own connection), beside the same SQL run by the sqlite3 tool.
#include "BrowseBenchSupport.h"
#include "Database.h"
#include "WorkspaceBenchmarks.h"
#include "browse/BrowseCatalog.h"

#include <QLocale>
#include <QSqlQuery>

using namespace nov;
using namespace nov::bench;

// A demo database has a handful of audit rows; an office that has run the programme for years
// has millions. The benchmark adds synthetic ones (valid-looking rows, not a valid chain) so
// that the page pages over a realistic log.
qint64 fillAuditLog(db::Database &db, qint64 wanted) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 have = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (have >= wanted)
        return have;
    q.prepare(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ?) "
        "INSERT INTO audit_log (at, user_id, action, entity, entity_id, details, prev_hash, "
        "hash) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2018-01-01', '+' || (x * 4) || ' "
        "minutes'), (SELECT MIN(id) FROM app_user) + x % 4, "
        "CASE x % 5 WHEN 0 THEN 'offer.send' WHEN 1 THEN 'offer.viewing' WHEN 2 THEN "
        "'offer.consent' WHEN 3 THEN 'contract.sign' ELSE 'resident.update' END, "
        "CASE x % 5 WHEN 4 THEN 'resident' ELSE 'household' END, x % 250000 + 1, "
        "'{\"case\":\"' || (2018 + x % 8) || '-' || printf('%05d', x % 99991) || "
        "'\",\"status\":{\"before\":\"viewed\",\"after\":\"consented\"}}', "
        "printf('%064d', x), printf('%063dS', x) FROM c"));
    q.addBindValue(wanted - have);
    const bool ok = q.exec();
    return ok ? wanted : have;
}

namespace {

void page(const QString &dbPath, db::Database &db, const BrowseDefinition &definition,
          const QList<std::pair<QString, BrowseRequest>> &searches, Report &report) {
    auto reference = definition.query(definition.defaultRequest());
    QList<double> firstRows, counted;
    for (int round = 0; round < kRounds; ++round) {
        LazyTableModel model(db, definition);
        QElapsedTimer t;
        t.start();
        firstRows << timeUntil(
            model, [&] { model.setRequest(definition.defaultRequest()); },
            [&] { return model.hasFirstRows(); });
        timeUntil(
            model, [] {}, [&] { return model.totalRows() >= 0; });
        counted << msSince(t);
    }
    const auto first = reference->pageStatement(0, 100);
    report.line(QStringLiteral("open %1 page → first rows").arg(definition.key), median(firstRows),
                100, sqliteCliMs(dbPath, {inlined(first)}));
    report.line(QStringLiteral("  … → row count"), median(counted), 0,
                sqliteCliMs(dbPath, {inlined(first), inlined(reference->countStatement())}));

    LazyTableModel model(db, definition);
    timeUntil(
        model, [&] { model.setRequest(definition.defaultRequest()); },
        [&] { return model.isSettled(); });
    for (const auto &[figure, request] : searches) {
        QList<double> times;
        for (int round = 0; round < kRounds; ++round) {
            model.setRequest(definition.defaultRequest());
            timeUntil(
                model, [] {}, [&] { return model.isSettled(); });
            times << timeUntil(
                model, [&] { model.setRequest(request); }, [&] { return model.isSettled(); });
        }
        auto q = definition.query(request);
        report.line(
            QStringLiteral("  %1 → count, first rows").arg(figure), median(times), 50,
            sqliteCliMs(dbPath, {inlined(q->countStatement()), inlined(q->pageStatement(0, 100))}));
    }
}

} // namespace

void runWorkspaceBenchmarks(const QString &dbPath, QTextStream &out) {
    auto opened = db::Database::open(dbPath);
    if (!opened) {
        out << "workspace pages: " << opened.error().toText() << "\n";
        return;
    }
    db::Database &db = *opened.value();
    const qint64 auditRows = fillAuditLog(db, 1000000);
    const QLocale l(QLocale::English);
    out << "\nRelocations and audit pages (median of " << kRounds << "; the audit log filled to "
        << l.toString(auditRows) << " synthetic rows)\n";
    Report report(out);
    report.header();

    const BrowseDefinition &relocations = *BrowseCatalog::find(QStringLiteral("relocations"));
    BrowseRequest byCase = relocations.defaultRequest();
    byCase.searchMode = QStringLiteral("case");
    byCase.searchText = QStringLiteral("2019-01");
    BrowseRequest bySurname = relocations.defaultRequest();
    bySurname.searchMode = QStringLiteral("name");
    bySurname.searchText = QStringLiteral("Кузнецов");
    BrowseRequest offers = relocations.defaultRequest();
    offers.status = QStringLiteral("offer_sent");
    offers.sortColumn = QStringLiteral("status_changed_on");
    BrowseRequest inOkrug = offers;
    inOkrug.okrug = QStringLiteral("ЮВАО");
    page(dbPath, db, relocations,
         {{QStringLiteral("case number 2019-01"), byCase},
          {QStringLiteral("member surname Кузнецов"), bySurname},
          {QStringLiteral("step offer sent, by step date"), offers},
          {QStringLiteral("… and okrug ЮВАО"), inOkrug}},
         report);

    const BrowseDefinition &audit = *BrowseCatalog::find(QStringLiteral("audit"));
    BrowseRequest byUser = audit.defaultRequest();
    byUser.searchMode = QStringLiteral("user");
    byUser.searchText = QStringLiteral("clerk");
    BrowseRequest byAction = audit.defaultRequest();
    byAction.kind = QStringLiteral("contract.sign");
    BrowseRequest byEntity = audit.defaultRequest();
    byEntity.searchMode = QStringLiteral("entity_id");
    byEntity.searchText = QStringLiteral("1234");
    BrowseRequest byText = audit.defaultRequest();
    byText.searchText = QStringLiteral("2021-00012");
    BrowseRequest byDay = audit.defaultRequest();
    byDay.dateFrom = QDate(2020, 3, 1);
    byDay.dateTo = QDate(2020, 3, 1);
    page(dbPath, db, audit,
         {{QStringLiteral("user clerk"), byUser},
          {QStringLiteral("action contract signed"), byAction},
          {QStringLiteral("entity no. 1234"), byEntity},
          {QStringLiteral("one day"), byDay},
          {QStringLiteral("text 2021-00012 (scans)"), byText}},
         report);
}
