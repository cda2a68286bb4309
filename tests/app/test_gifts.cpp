// Milestone targets kept by managers, gift vehicles reserved and handed over (never twice,
// in the service and in the database), the vehicle inventory and the milestone planner.
#include "MilestoneFixture.h"
#include "VehicleRepository.h"
#include "demo/DemoGifts.h"
#include "domain/GiftService.h"
#include "domain/MilestonePlanner.h"
#include "domain/MilestoneService.h"
#include "domain/VehicleService.h"

#include <QSqlQuery>
#include <array>

using namespace nov;
using Kind = MilestoneTracker::Change::Kind;

namespace {

const QDate kMarch1(2024, 3, 1);
const QDate kMarch2(2024, 3, 2);
const QDate kToday(2024, 6, 1);

class Gifts : public test::MilestoneFixture {
protected:
    qint64 vehicle(int productionNo, const QString &model = QStringLiteral("Moskvich 3")) {
        db::VehicleRecord v;
        const bool electric = model == QLatin1String("Moskvich 3e");
        v.vin = DemoGifts::vin(electric, false, productionNo, 2024);
        v.model = model;
        v.powertrain = electric ? QStringLiteral("electric") : QStringLiteral("petrol_cvt");
        v.engine = QStringLiteral("1.5T, 150 hp, CVT");
        v.colour = QStringLiteral("white");
        v.productionNo = productionNo;
        v.producedOn = QDate(2024, 1, 1).addDays(productionNo);
        auto id = VehicleService(*db).add(manager, v);
        EXPECT_TRUE(id.ok()) << id.error().toText().toStdString();
        return id.ok() ? id.value() : 0;
    }
    qint64 milestoneId(qint64 target) {
        return test::scalar(
                   *db, QStringLiteral("SELECT id FROM milestone WHERE target = %1").arg(target))
            .toLongLong();
    }
    QString vehicleStatus(qint64 id) {
        return test::scalar(*db, QStringLiteral("SELECT status FROM vehicle WHERE id = %1").arg(id))
            .toString();
    }
    // Milestone 3 reached by a household of three (resident 3 = its third member).
    qint64 reachedMilestone() {
        milestone(3);
        reacher = family(3);
        handOver(reacher, kMarch1);
        return milestoneId(3);
    }
    GiftService gifts() {
        GiftService service(*db);
        service.setToday(kToday);
        return service;
    }

    Family reacher;
    Actor clerk{0, QStringLiteral("clerk"), Role::Clerk};
};

} // namespace

// --- milestone targets ---------------------------------------------------------------

TEST_F(Gifts, AManagerAddsATargetAndASeriesClerksMayNot) {
    MilestoneService service(*db);
    auto refused = service.addTarget(clerk, 1000, QString());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(service.addTarget(manager, 1000, QStringLiteral("Тысячный житель")).ok());
    auto series = service.addSeries(manager, 500, 2000); // 500, 1000 (kept), 1500, 2000
    ASSERT_TRUE(series.ok()) << series.error().toText().toStdString();
    QStringList targets;
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT target FROM milestone ORDER BY target")));
    while (q.next())
        targets << q.value(0).toString();
    EXPECT_EQ(targets.join(u','), QStringLiteral("500,1000,1500,2000"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT title FROM milestone WHERE target = 1000"))
                  .toString(),
              QStringLiteral("Тысячный житель"))
        << "the series keeps a target that was there";
    EXPECT_EQ(audited(QStringLiteral("milestone.add")), 4);
    EXPECT_FALSE(service.addTarget(manager, 1500, QString()).ok()) << "duplicate target";
    EXPECT_FALSE(service.addSeries(manager, 1, 5000).ok()) << "more than 1000 targets";
}

TEST_F(Gifts, ATargetTheCounterHasPassedIsReachedAtOnce) {
    const Family a = family(2), b = family(4);
    handOver(a, kMarch1);
    handOver(b, kMarch2);
    auto changes = MilestoneService(*db).addTarget(manager, 5, QString());
    ASSERT_TRUE(changes.ok()) << changes.error().toText().toStdString();
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().kind, Kind::Reached);
    EXPECT_EQ(recorded(5),
              std::make_tuple(b.household, b.residents[2], QStringLiteral("2024-03-02")));
}

TEST_F(Gifts, OnlyUnreachedTargetsMayBeEditedOrRemoved) {
    MilestoneService service(*db);
    const qint64 reached = reachedMilestone();
    milestone(50);
    const qint64 planned = milestoneId(50);
    EXPECT_FALSE(service.editTarget(manager, reached, 4, QString()).ok()) << "reached: frozen";
    EXPECT_FALSE(service.removeTarget(manager, reached).ok());
    EXPECT_FALSE(service.removeTarget(clerk, planned).ok()) << "clerks may not";
    ASSERT_TRUE(service.editTarget(manager, planned, 60, QStringLiteral("Шестидесятый")).ok());
    EXPECT_EQ(
        test::scalar(*db, QStringLiteral("SELECT target FROM milestone WHERE id = %1").arg(planned))
            .toInt(),
        60);
    ASSERT_TRUE(service.removeTarget(manager, planned).ok());
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM milestone")).toInt(), 1);
    EXPECT_EQ(audited(QStringLiteral("milestone.edit")), 1);
    EXPECT_EQ(audited(QStringLiteral("milestone.remove")), 1);
}

TEST_F(Gifts, ABackDatedHandoverLeavesANoticeForTheManager) {
    const qint64 id = reachedMilestone();
    const Family early = family(4);
    const auto changes = handOver(early, kMarch1.addDays(-1));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0].kind, Kind::RecipientChanged);
    EXPECT_EQ(recorded(3),
              std::make_tuple(early.household, early.residents[2], QStringLiteral("2024-02-29")));
    auto notices = MilestoneService(*db).notices();
    ASSERT_TRUE(notices.ok());
    ASSERT_EQ(notices->size(), 1);
    EXPECT_EQ(notices->first().milestoneId, id);
    EXPECT_EQ(notices->first().target, 3);
    EXPECT_FALSE(notices->first().conflict);
    EXPECT_EQ(notices->first().text, changes[0].describe());
}

// --- gift vehicles -------------------------------------------------------------------

TEST_F(Gifts, TheProposalMatchesTheMilestoneOrdinalElseTheOldestInStock) {
    const qint64 id = reachedMilestone();
    const qint64 oldest = vehicle(7);
    vehicle(9);
    auto proposal = gifts().propose(id);
    ASSERT_TRUE(proposal.ok());
    ASSERT_TRUE(proposal->has_value());
    EXPECT_EQ(proposal->value().id, oldest) << "no vehicle number 1: the oldest";
    const qint64 first = vehicle(1, QStringLiteral("Moskvich 3e"));
    proposal = gifts().propose(id);
    EXPECT_EQ(proposal->value().id, first) << "the 1st milestone, production number 1";
}

TEST_F(Gifts, ReserveReleaseAndHandOverToTheHeadOfHousehold) {
    const qint64 id = reachedMilestone();
    const qint64 car = vehicle(1);
    EXPECT_FALSE(gifts().reserve(clerk, id, car).ok()) << "clerks may not";
    ASSERT_TRUE(gifts().reserve(manager, id, car).ok());
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("reserved"));
    ASSERT_TRUE(gifts().release(manager, id).ok());
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("in_stock"));
    ASSERT_TRUE(gifts().reserve(manager, id, car).ok());
    EXPECT_FALSE(gifts().handOver(manager, id, 0, kToday.addDays(1)).ok()) << "in the future";
    EXPECT_FALSE(gifts().handOver(manager, id, 0, kMarch1.addDays(-1)).ok())
        << "before the milestone";
    auto recipient = gifts().handOver(manager, id, 0, QDate(2024, 3, 10));
    ASSERT_TRUE(recipient.ok()) << recipient.error().toText().toStdString();
    EXPECT_EQ(recipient.value(), reacher.residents[0]) << "the head of household by default";
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("handed_over"));
    EXPECT_EQ(audited(QStringLiteral("gift.handover")), 1);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT number FROM certificate WHERE kind = "
                                               "'vehicle_gift' AND milestone_id = %1")
                                    .arg(id))
                  .toString(),
              QStringLiteral("АКТ-А-2024-000001"))
        << "the gift act is numbered in the handover's transaction";
    auto lines = MilestoneService(*db).lines();
    ASSERT_TRUE(lines.ok());
    EXPECT_EQ(MilestoneService::stage(lines->first()), MilestoneService::Stage::GiftHandedOver);
    EXPECT_EQ(lines->first().vin, DemoGifts::vin(false, false, 1, 2024));
}

TEST_F(Gifts, ACarIsNotHandedOverBeforeItWasMade) {
    const qint64 id = reachedMilestone(); // reached on 1 March 2024
    const qint64 car = vehicle(100);      // made on 10 April 2024
    ASSERT_TRUE(gifts().reserve(manager, id, car).ok()) << "a car may be reserved ahead";
    auto early = gifts().handOver(manager, id, 0, QDate(2024, 3, 10));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("10.04.2024")))
        << early.error().toText().toStdString();
    EXPECT_FALSE(early.error().hint.isEmpty());
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("reserved")) << "nothing written";
    EXPECT_EQ(audited(QStringLiteral("gift.handover")), 0);
    ASSERT_TRUE(gifts().handOver(manager, id, 0, QDate(2024, 4, 10)).ok())
        << "on the day it was made";
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("handed_over"));
}

TEST_F(Gifts, AManagerMayChooseAnotherMemberButNotAStranger) {
    const qint64 id = reachedMilestone();
    ASSERT_TRUE(gifts().reserve(manager, id, vehicle(1)).ok());
    const Family stranger = family(1);
    EXPECT_FALSE(gifts().handOver(manager, id, stranger.residents[0], kMarch2).ok());
    auto recipient = gifts().handOver(manager, id, reacher.residents[2], kMarch2);
    ASSERT_TRUE(recipient.ok());
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT gift_recipient_id FROM milestone WHERE "
                                               "id = %1")
                                    .arg(id))
                  .toLongLong(),
              reacher.residents[2]);
}

TEST_F(Gifts, AVehicleIsNeverGivenTwiceNorAMilestoneGivenTwoVehicles) {
    const qint64 first = reachedMilestone();
    milestone(6);
    handOver(family(3), kMarch2);
    const qint64 second = milestoneId(6);
    const qint64 car = vehicle(1), other = vehicle(2);
    ASSERT_TRUE(gifts().reserve(manager, first, car).ok());
    EXPECT_FALSE(gifts().reserve(manager, first, other).ok()) << "one vehicle per milestone";
    EXPECT_FALSE(gifts().reserve(manager, second, car).ok()) << "the car is reserved";
    ASSERT_TRUE(gifts().handOver(manager, first, 0, kMarch2).ok());
    EXPECT_FALSE(gifts().reserve(manager, second, car).ok()) << "the car was given";
    EXPECT_FALSE(gifts().release(manager, first).ok()) << "a given gift stays given";
    EXPECT_FALSE(gifts().handOver(manager, first, 0, kMarch2).ok()) << "given once";
    EXPECT_EQ(vehicleStatus(other), QStringLiteral("in_stock"));
}

// Two managers (two connections, two threads) act on the same car at the same moment: both
// reserve it for their own milestone, ten times over (the winner releases it again), then both
// hand the reserved gift over. Each time exactly one succeeds and the other is refused with the
// reason, never a "busy" error; in the end one car, one recipient and one gift act. Runs on both
// backends (the single writer lock: BEGIN IMMEDIATE / pg_advisory_xact_lock).
TEST_F(Gifts, TwoManagersAtTheSameMomentNeverGiveOneVehicleTwice) {
    const qint64 first = reachedMilestone();
    milestone(6);
    handOver(family(3), kMarch2);
    const qint64 second = milestoneId(6);
    const qint64 car = vehicle(1);
    const qint64 milestones[2] = {first, second};
    // Two managers, each with a GiftService on a connection of their own.
    auto atOnce = [&](const std::function<Status(GiftService &, int)> &action) {
        return test::atTheSameMoment(db->location(), [&](db::Database &mine, int who) {
            GiftService service(mine);
            service.setToday(kToday);
            return action(service, who);
        });
    };
    auto expectOneWinner = [](const std::array<Status, 2> &outcome) {
        EXPECT_NE(outcome[0].ok(), outcome[1].ok());
        for (const Status &s : outcome)
            if (!s) {
                EXPECT_FALSE(s.error().retryable) << s.error().toText().toStdString();
                EXPECT_FALSE(s.error().toText().contains(QLatin1String("locked")))
                    << s.error().toText().toStdString();
            }
        return outcome[0].ok() ? 0 : 1;
    };
    for (int round = 0; round < 10; ++round) {
        SCOPED_TRACE(round);
        const int winner = expectOneWinner(atOnce([&](GiftService &service, int who) {
            return service.reserve(manager, milestones[who], car);
        }));
        EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM milestone WHERE "
                                                   "vehicle_id = %1")
                                        .arg(car)) // SQL-SAFE: a number
                      .toInt(),
                  1);
        if (round < 9) {
            ASSERT_TRUE(gifts().release(manager, milestones[winner]).ok());
        }
    }
    const qint64 reserved =
        test::scalar(*db, QStringLiteral("SELECT id FROM milestone WHERE vehicle_id = %1")
                              .arg(car)) // SQL-SAFE: a number
            .toLongLong();
    expectOneWinner(atOnce([&](GiftService &service, int) -> Status {
        auto given = service.handOver(manager, reserved, 0, kMarch2.addDays(10));
        return given ? Status() : Status(given.error());
    }));
    EXPECT_EQ(vehicleStatus(car), QStringLiteral("handed_over"));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM milestone WHERE "
                                               "gift_recipient_id IS NOT NULL"))
                  .toInt(),
              1);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate WHERE kind = "
                                               "'vehicle_gift'"))
                  .toInt(),
              1);
}

TEST_F(Gifts, TheDatabaseRefusesADoubleGiftEvenWithoutTheService) {
    const qint64 first = reachedMilestone();
    milestone(6);
    handOver(family(3), kMarch2);
    const qint64 second = milestoneId(6);
    const qint64 car = vehicle(1), other = vehicle(2);
    ASSERT_TRUE(gifts().reserve(manager, first, car).ok());
    ASSERT_TRUE(gifts().handOver(manager, first, 0, kMarch2).ok());
    auto sql = [&](const QString &statement) {
        return test::runs(*db, statement);
    };
    EXPECT_FALSE(sql(
        QStringLiteral("UPDATE milestone SET vehicle_id = %1 WHERE id = %2").arg(car).arg(second)))
        << "one milestone per vehicle (UNIQUE)";
    EXPECT_FALSE(sql(
        QStringLiteral("UPDATE milestone SET vehicle_id = %1 WHERE id = %2").arg(other).arg(first)))
        << "a handed-over gift cannot get another vehicle";
    EXPECT_FALSE(sql(QStringLiteral("UPDATE milestone SET vehicle_id = NULL, gift_recipient_id = "
                                    "NULL, gift_handed_over_on = NULL WHERE id = %1")
                         .arg(first)))
        << "nor be undone";
    EXPECT_FALSE(
        sql(QStringLiteral("UPDATE vehicle SET status = 'in_stock' WHERE id = %1").arg(car)))
        << "a given vehicle does not return to stock";
    EXPECT_FALSE(sql(QStringLiteral("DELETE FROM milestone WHERE id = %1").arg(first)));
    EXPECT_FALSE(sql(QStringLiteral("DELETE FROM vehicle WHERE id = %1").arg(car)));
    // A vehicle handed over (status) cannot be attached to another milestone either.
    ASSERT_TRUE(
        sql(QStringLiteral("UPDATE vehicle SET status = 'handed_over' WHERE id = %1").arg(other)));
    EXPECT_FALSE(sql(QStringLiteral("UPDATE milestone SET vehicle_id = %1 WHERE id = %2")
                         .arg(other)
                         .arg(second)));
}

// --- vehicle inventory ---------------------------------------------------------------

TEST_F(Gifts, AVehicleIsValidatedAndUniqueAndOnlyManagersChangeIt) {
    VehicleService service(*db);
    db::VehicleRecord v;
    v.vin = QStringLiteral("xmsm3c150pm002000");
    v.model = QStringLiteral("Moskvich 3");
    v.powertrain = QStringLiteral("petrol_cvt");
    v.engine = QStringLiteral("1.5T, 150 hp, CVT");
    v.colour = QStringLiteral("red");
    v.productionNo = 2000;
    v.eptsNumber = QStringLiteral("164301000000001");
    EXPECT_FALSE(service.add(clerk, v).ok()) << "clerks may not";
    auto id = service.add(manager, v);
    ASSERT_TRUE(id.ok()) << id.error().toText().toStdString();
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT vin FROM vehicle")).toString(),
              QStringLiteral("XMSM3C150PM002000"));
    auto duplicate = service.add(manager, v);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("XMSM3C150PM002000")));
    db::VehicleRecord bad = v;
    bad.vin = QStringLiteral("XMSM3C150PM00200O"); // letter O
    auto refused = VehicleService::validate(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1Char('O')));
    bad = v;
    bad.model = QStringLiteral("Moskvich 3e");
    EXPECT_FALSE(VehicleService::validate(bad).ok()) << "the 3e is electric";
    bad = v;
    bad.eptsNumber = QStringLiteral("1643");
    EXPECT_FALSE(VehicleService::validate(bad).ok());

    v.id = id.value();
    v.colour = QStringLiteral("blue");
    ASSERT_TRUE(service.edit(manager, v).ok());
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT colour FROM vehicle")).toString(),
              QStringLiteral("blue"));
    EXPECT_EQ(audited(QStringLiteral("vehicle.edit")), 1);
}

TEST_F(Gifts, AGivenVehicleIsNotEdited) {
    const qint64 id = reachedMilestone();
    const qint64 car = vehicle(1);
    ASSERT_TRUE(gifts().reserve(manager, id, car).ok());
    ASSERT_TRUE(gifts().handOver(manager, id, 0, kMarch2).ok());
    auto v = db::VehicleRepository(*db).vehicle(car);
    ASSERT_TRUE(v.ok());
    v->colour = QStringLiteral("red");
    EXPECT_FALSE(VehicleService(*db).edit(manager, v.value()).ok());
}

// --- planner -------------------------------------------------------------------------

TEST_F(Gifts, ThePlannerNamesTheAppointmentThatBringsTheNthResident) {
    milestone(4);
    milestone(9);
    milestone(1000);
    handOver(family(2), kMarch1); // residents 1-2
    // Appointments scheduled for the future, not in id order of their dates.
    const Family later = family(6), sooner = family(3), same = family(2);
    const qint64 laterId = scheduleOn(later, QDate(2024, 6, 20));
    scheduleOn(sooner, QDate(2024, 6, 10)); // residents 3-5: the 4th is its 2nd member
    scheduleOn(same, QDate(2024, 6, 20));   // same day as `later`, larger id: after it
    Q_UNUSED(laterId);
    auto plans = MilestonePlanner(*db).plan(kToday);
    ASSERT_TRUE(plans.ok()) << plans.error().toText().toStdString();
    ASSERT_EQ(plans->size(), 3);
    const auto &p4 = plans->at(0);
    EXPECT_TRUE(p4.byAppointment);
    EXPECT_EQ(p4.householdId, sooner.household);
    EXPECT_EQ(p4.residentId, sooner.residents[1]);
    EXPECT_EQ(p4.expectedOn, QDate(2024, 6, 10));
    EXPECT_EQ(p4.toGo, 1);
    const auto &p9 = plans->at(1); // 6-11 come with `later`: the 9th is its 4th member
    EXPECT_TRUE(p9.byAppointment);
    EXPECT_EQ(p9.householdId, later.household);
    EXPECT_EQ(p9.residentId, later.residents[3]);
    EXPECT_EQ(p9.expectedOn, QDate(2024, 6, 20));
    const auto &p1000 = plans->at(2);
    EXPECT_FALSE(p1000.byAppointment) << "the appointments bring 13 residents, not 1000";
}

TEST_F(Gifts, BeyondTheAppointmentsTheDateIsForecastFromTheRecentPace) {
    milestone(120);
    // The 12 weeks up to kToday: 8, 6, 6, 8, 8, 6, … residents — 7 a week with scatter but no
    // trend, 84 residents in all.
    for (int week = 0; week < 12; ++week) {
        const QDate last = kToday.addDays(-7 * (11 - week));
        const int handovers = (week % 4 == 0 || week % 4 == 3) ? 4 : 3;
        for (int i = 0; i < handovers; ++i)
            handOver(family(2), last.addDays(-i));
    }
    auto plans = MilestonePlanner(*db).plan(kToday);
    ASSERT_TRUE(plans.ok());
    ASSERT_EQ(plans->size(), 1);
    const auto &p = plans->first();
    EXPECT_FALSE(p.byAppointment);
    EXPECT_EQ(p.toGo, 120 - 84 - 1);
    // 36 residents to go at one a day.
    EXPECT_NEAR(double(kToday.daysTo(p.expectedOn)), 36.0, 1.0);
    EXPECT_LT(p.earliest, p.expectedOn);
    EXPECT_GT(p.latest, p.expectedOn);
}
