// One clerk of the concurrency stress run (tests/stress/StressRun.h): records HANDOVERS key
// handovers of the stress pool, in an order of its own, through the real RelocationService,
// and PRINTS act prints through the CertificateService (mostly of the same few acts, so that
// copies are counted concurrently). Prints "handovers prints collisions retries".
//
//     novoselye_stress_worker DATABASE WORKER HANDOVERS PRINTS
#include "Database.h"
#include "domain/CertificateService.h"
#include "domain/RelocationService.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace nov;

namespace {

const QDate kToday(2026, 11, 27);

int fail(const QString &what) {
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return fail(QStringLiteral("usage: novoselye_stress_worker DATABASE WORKER HANDOVERS "
                                   "PRINTS"));
    const int worker = QString::fromLocal8Bit(argv[2]).toInt();
    const int wanted = QString::fromLocal8Bit(argv[3]).toInt();
    const int printsWanted = QString::fromLocal8Bit(argv[4]).toInt();
    db::Database::Options options;
    options.create = false;
    options.migrate = false;
    auto opened = db::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened)
        return fail(opened.error().toText());
    db::Database &db = *opened.value();

    QList<qint64> pool;
    Actor clerk{0, QStringLiteral("clerk"), Role::Clerk};
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM app_user WHERE login = 'clerk'"));
        if (q.next())
            clerk.userId = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT h.id FROM household h JOIN apartment a ON a.id = "
                              "h.old_apartment_id JOIN building b ON b.id = a.building_id WHERE "
                              "b.address = 'Стресс-тест, дом old' ORDER BY h.id"));
        while (q.next())
            pool << q.value(0).toLongLong();
    }
    if (pool.isEmpty() || clerk.userId == 0)
        return fail(QStringLiteral("no stress pool or no clerk in this database"));
    // The acts everybody reprints: those of the first few pool households.
    const QList<qint64> popular = pool.mid(0, 8);
    QList<qint64> order = pool;
    QRandomGenerator random(quint32(1000 + worker));
    std::shuffle(order.begin(), order.end(), random);

    RelocationService relocation(db);
    relocation.setToday(kToday);
    CertificateService certificates(db);
    certificates.setToday(kToday);
    QList<qint64> mine; // key_handover ids this worker recorded
    int handovers = 0, prints = 0, collisions = 0, retries = 0;

    auto statusOf = [&](qint64 household) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT status FROM household WHERE id = ?"));
        q.addBindValue(household);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    auto handoverOf = [&](qint64 household) -> qint64 {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id FROM key_handover WHERE household_id = ? AND "
                                 "handed_over_on IS NOT NULL"));
        q.addBindValue(household);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    auto printOne = [&]() -> bool {
        qint64 act = handoverOf(popular.at(int(random.bounded(popular.size()))));
        if (act == 0)
            act = mine.last();
        for (int attempt = 0; attempt < 5; ++attempt) {
            auto acts = certificates.act(clerk, {CertificateService::Kind::KeyHandover, act});
            Status printed =
                acts ? certificates.recordPrinted(clerk, {acts.value()}) : Status(acts.error());
            if (printed) {
                ++prints;
                return true;
            }
            if (!printed.error().retryable)
                return fail(QStringLiteral("print: ") + printed.error().toText()) == 0;
            ++retries;
        }
        return fail(QStringLiteral("print: still busy after 5 attempts")) == 0;
    };

    const int printEvery = printsWanted > 0 ? std::max(1, wanted / printsWanted) : 0;
    for (qint64 household : std::as_const(order)) {
        if (handovers == wanted)
            break;
        if (statusOf(household) != QLatin1String("contract_signed"))
            continue; // another clerk's, already done (as the screen would show)
        bool done = false;
        for (int attempt = 0; attempt < 5 && !done; ++attempt) {
            auto outcome = relocation.recordKeyHandover(clerk, household, kToday, 2);
            if (outcome) {
                done = true;
                ++handovers;
                mine << outcome->keyHandoverId;
                if (printEvery > 0 && handovers % printEvery == 0 && prints < printsWanted &&
                    !printOne())
                    return 1;
                continue;
            }
            if (outcome.error().retryable) {
                ++retries;
                continue;
            }
            if (statusOf(household) == QLatin1String("keys_handed_over")) {
                ++collisions; // refused: someone else recorded it a moment ago
                break;
            }
            return fail(QStringLiteral("handover of household %1: %2")
                            .arg(household)
                            .arg(outcome.error().toText()));
        }
    }
    while (prints < printsWanted && !mine.isEmpty())
        if (!printOne())
            return 1;
    std::printf("%d %d %d %d\n", handovers, prints, collisions, retries);
    return handovers == wanted ? 0 : fail(QStringLiteral("the pool ran out"));
}
