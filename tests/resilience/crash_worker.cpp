// A clerk who never stops: moves households along the relocation workflow through the real
// RelocationService (one transaction per step) until nothing is left to do. The crash-safety
// test kills it with SIGKILL at random moments and checks the database after each kill.
//
//     novoselye_crash_worker DATABASE
#include "Database.h"
#include "domain/RelocationService.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <cstdio>

using namespace nov;

namespace {

const QDate kToday(2026, 11, 27);

Actor demoUser(db::Database &db, const QString &login, Role role) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM app_user WHERE login = ?"));
    q.addBindValue(login);
    Actor actor;
    actor.login = login;
    actor.role = role;
    if (q.exec() && q.next())
        actor.userId = q.value(0).toLongLong();
    return actor;
}

// One step for the household in `status`; false when it cannot move on.
bool step(RelocationService &service, const Actor &clerk, qint64 household, const QString &status) {
    if (status == QLatin1String("included"))
        return service.notify(clerk, household, kToday).ok();
    if (status == QLatin1String("notified") || status == QLatin1String("refused")) {
        auto places = service.equivalentFreeApartments(household, 1);
        if (!places || places->isEmpty())
            return false;
        return service.sendOffer(clerk, household, places->constFirst().id, kToday).ok();
    }
    if (status == QLatin1String("offer_sent"))
        return service.recordViewing(clerk, household, kToday).ok();
    if (status == QLatin1String("viewed"))
        return service.consent(clerk, household, kToday).ok();
    if (status == QLatin1String("consented"))
        return service
            .draftContract(clerk, household, QStringLiteral("КРАШ-%1").arg(household),
                           QStringLiteral("exchange"), kToday)
            .ok();
    if (status == QLatin1String("contract_drafted"))
        return service.signContract(clerk, household, kToday).ok();
    if (status == QLatin1String("contract_signed")) {
        if (!service.scheduleKeyHandover(clerk, household, kToday, 2))
            return false;
        return service.recordKeyHandover(clerk, household, kToday, 2).ok();
    }
    if (status == QLatin1String("keys_handed_over"))
        return service.markOldApartmentVacated(clerk, household, kToday).ok();
    return false;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: novoselye_crash_worker DATABASE\n");
        return 2;
    }
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toText()));
        return 1;
    }
    const Actor clerk = demoUser(*db.value(), QStringLiteral("clerk"), Role::Clerk);
    RelocationService service(*db.value());
    service.setToday(kToday);
    QSet<qint64> stuck;
    int steps = 0;
    for (;;) {
        QSqlQuery q(db.value()->connection());
        // The cases nearest to the keys first, so that handovers (and milestones) come soon.
        q.exec(QStringLiteral(
            "SELECT id, status FROM household WHERE status IN ('contract_signed', "
            "'contract_drafted', 'consented', 'viewed', 'offer_sent', 'notified', 'included', "
            "'keys_handed_over') ORDER BY CASE status WHEN 'contract_signed' THEN 0 WHEN "
            "'contract_drafted' THEN 1 WHEN 'consented' THEN 2 WHEN 'viewed' THEN 3 WHEN "
            "'offer_sent' THEN 4 WHEN 'keys_handed_over' THEN 6 ELSE 5 END, id LIMIT 200"));
        QList<QPair<qint64, QString>> cases;
        while (q.next())
            cases.append({q.value(0).toLongLong(), q.value(1).toString()});
        q.finish();
        bool moved = false;
        for (const auto &[household, status] : cases) {
            if (stuck.contains(household))
                continue;
            if (step(service, clerk, household, status)) {
                moved = true;
                std::printf("%d %lld %s\n", ++steps, household, qPrintable(status));
                std::fflush(stdout);
                break;
            }
            stuck.insert(household);
        }
        if (!moved)
            break;
    }
    std::printf("done after %d steps\n", steps);
    return 0;
}
