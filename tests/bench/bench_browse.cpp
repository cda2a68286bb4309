#include "BrowseBenchSupport.h"
#include "BrowseBenchmarks.h"
#include "Database.h"
#include "PageQuery.h"
#include "browse/BrowseCatalog.h"
#include "models/LazyTableModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace nov;
using namespace nov::bench;

namespace {

BrowseRequest search(const BrowseDefinition &residents, const QString &surname) {
    BrowseRequest r = residents.defaultRequest();
    r.searchText = surname;
    return r;
}

} // namespace

void runBrowseBenchmarks(const QString &dbPath, QTextStream &out) {
    QElapsedTimer timer;
    timer.start();
    auto opened = db::Database::open(dbPath);
    if (!opened) {
        out << "browse: " << opened.error().toText() << "\n";
        return;
    }
    db::Database &db = *opened.value();
    const double openMs = msSince(timer);
    const BrowseDefinition &residents = *BrowseCatalog::find(QStringLiteral("residents"));
    auto reference = residents.query(residents.defaultRequest());
    const qint64 total = reference->count(db).value();
    const QLocale l(QLocale::English);
    out << "\nBrowsing pages: Residents over " << l.toString(total) << " rows (median of "
        << kRounds << "; sqlite3 tool: the same SQL, its .timer)\n";
    Report report(out);
    report.header();
    report.line(QStringLiteral("open database (incl. migrations)"), openMs, 0, -1);

    // 1. A new page: thread, connection, first block; then the count.
    QList<double> firstRows, counted;
    for (int round = 0; round < kRounds; ++round) {
        LazyTableModel model(db, residents);
        QElapsedTimer t;
        t.start();
        firstRows << timeUntil(
            model, [&] { model.setRequest(residents.defaultRequest()); },
            [&] { return model.hasFirstRows(); });
        timeUntil(
            model, [] {}, [&] { return model.totalRows() >= 0; });
        counted << msSince(t);
    }
    const auto firstPage = reference->pageStatement(0, 100);
    report.line(QStringLiteral("open Residents page → first rows"), median(firstRows), 100,
                sqliteCliMs(dbPath, {inlined(firstPage)}));
    report.line(QStringLiteral("  … → row count"), median(counted), 0,
                sqliteCliMs(dbPath, {inlined(firstPage), inlined(reference->countStatement())}));

    LazyTableModel model(db, residents);
    timeUntil(
        model, [&] { model.setRequest(residents.defaultRequest()); },
        [&] { return model.isSettled(); });

    // 2. Surname prefix searches (count, then the first rows).
    const QStringList surnames = {QStringLiteral("Иванов"), QStringLiteral("Смирнова"),
                                  QStringLiteral("Кузнецов"), QStringLiteral("Попова"),
                                  QStringLiteral("Соколов")};
    QList<double> searches;
    QStringList searchSql;
    for (const QString &surname : surnames) {
        searches << timeUntil(
            model, [&] { model.setRequest(search(residents, surname)); },
            [&] { return model.isSettled(); });
        auto q = residents.query(search(residents, surname));
        searchSql << inlined(q->countStatement()) << inlined(q->pageStatement(0, 100));
    }
    report.line(QStringLiteral("surname search → count and first rows"), median(searches), 50,
                sqliteCliMs(dbPath, searchSql) / surnames.size());

    // Filters by place (no targets): the largest okrug, then with a surname too.
    auto filtered = [&](const QString &figure, const BrowseRequest &request) {
        QList<double> times;
        for (int round = 0; round < kRounds; ++round) {
            model.setRequest(residents.defaultRequest());
            timeUntil(
                model, [] {}, [&] { return model.isSettled(); });
            times << timeUntil(
                model, [&] { model.setRequest(request); }, [&] { return model.isSettled(); });
        }
        auto q = residents.query(request);
        report.line(
            figure, median(times), 0,
            sqliteCliMs(dbPath, {inlined(q->countStatement()), inlined(q->pageStatement(0, 100))}));
    };
    BrowseRequest inOkrug = residents.defaultRequest();
    inOkrug.okrug = QStringLiteral("ЮВАО");
    filtered(QStringLiteral("okrug ЮВАО → count and first rows"), inOkrug);
    inOkrug.searchText = QStringLiteral("Кузнец");
    filtered(QStringLiteral("okrug ЮВАО + surname → count, first rows"), inOkrug);
    BrowseRequest byAddress = residents.defaultRequest();
    byAddress.searchMode = QStringLiteral("address");
    byAddress.searchText = QStringLiteral("перовская");
    filtered(QStringLiteral("address contains 'перовская'"), byAddress);

    // 3. Re-sort by birth date (alternately ascending and descending).
    model.setRequest(residents.defaultRequest());
    timeUntil(
        model, [] {}, [&] { return model.isSettled(); });
    const int born = residents.columnIndex(QStringLiteral("birth_date"));
    const int surname = residents.columnIndex(QStringLiteral("last_name"));
    QList<double> sorts, sortsBack;
    for (int round = 0; round < kRounds; ++round) {
        const Qt::SortOrder order = round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        sorts << timeUntil(
            model, [&] { model.sort(born, order); }, [&] { return model.isSettled(); });
        sortsBack << timeUntil(
            model, [&] { model.sort(surname, order); }, [&] { return model.isSettled(); });
    }
    BrowseRequest byBirth = residents.defaultRequest();
    byBirth.sortColumn = QStringLiteral("birth_date");
    auto birthQuery = residents.query(byBirth);
    report.line(QStringLiteral("re-sort by birth date → first rows, count"), median(sorts), 150,
                sqliteCliMs(dbPath, {inlined(birthQuery->pageStatement(0, 100)),
                                     inlined(birthQuery->countStatement())}));
    report.line(QStringLiteral("re-sort back by surname"), median(sortsBack), 150, -1);

    // 4. Jumps: to the last row, and to the middle (from the first rows each time).
    auto jump = [&](int row) {
        QList<double> times;
        for (int round = 0; round < kRounds; ++round) {
            model.reload();
            timeUntil(
                model, [] {}, [&] { return model.isSettled(); });
            times << timeUntil(
                model, [&] { model.data(model.index(row, 0)); },
                [&] { return model.isLoaded(row); });
        }
        return median(times);
    };
    const int last = int(total - 1);
    reference->setKnownCount(total);
    report.line(QStringLiteral("scroll to the last row"), jump(last), 200,
                sqliteCliMs(dbPath, {inlined(reference->pageStatement(last / 100 * 100, 100))}));
    const int middle = int(total / 2);
    db::PageQuery fromStart = reference.value();
    report.line(QStringLiteral("jump to the middle row"), jump(middle), 0,
                sqliteCliMs(dbPath, {inlined(fromStart.pageStatement(middle / 100 * 100, 100))}));
}
