// The relocation workflow as a clerk records it: each step in its place, its role and its
// dates, the case history and the audit log, nothing half-written when a step fails, and the
// overdue list.
#include "AuditRepository.h"
#include "CounterRepository.h"
#include "IncentiveRepository.h"
#include "RelocationFixture.h"
#include "SettingsRepository.h"
#include "domain/HouseholdWorkflow.h"

#include <QSqlQuery>

using namespace nov;
using namespace nov::test;

TEST_F(Relocation, EveryStepFromInclusionToTheVacatedOldApartment) {
    const qint64 h = household(oldFlat, 3);
    ASSERT_TRUE(service->notify(clerk, h, kNotified).ok());
    EXPECT_EQ(status(h), QStringLiteral("notified"));
    const qint64 flat = equivalentFlat();
    auto offer = service->sendOffer(clerk, h, flat, kLetter);
    ASSERT_TRUE(offer.ok()) << offer.error().toText().toStdString();
    EXPECT_EQ(status(h), QStringLiteral("offer_sent"));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("reserved"));
    ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
    ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
    EXPECT_EQ(value(QStringLiteral("SELECT decision || ' ' || decided_on FROM offer WHERE id = %1")
                        .arg(offer.value()))
                  .toString(),
              QStringLiteral("consented 2024-02-10"));
    auto contract = service->draftContract(clerk, h, QStringLiteral(" ДМ-2024-000123 "),
                                           QStringLiteral("exchange"), kDrafted);
    ASSERT_TRUE(contract.ok()) << contract.error().toText().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT number FROM contract")).toString(),
              QStringLiteral("ДМ-2024-000123"));
    ASSERT_TRUE(service->signContract(clerk, h, kSigned).ok());
    auto scheduled = service->scheduleKeyHandover(clerk, h, QDate(2024, 2, 28), 2);
    ASSERT_TRUE(scheduled.ok()) << scheduled.error().toText().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT residents_count FROM key_handover")).toInt(), 3)
        << "defaults to the household's members";
    EXPECT_EQ(status(h), QStringLiteral("contract_signed")) << "an appointment keeps the status";
    auto handover = service->recordKeyHandover(clerk, h, kHandedOver, 3);
    ASSERT_TRUE(handover.ok()) << handover.error().toText().toStdString();
    EXPECT_EQ(handover->keyHandoverId, scheduled.value()) << "the appointment row is completed";
    EXPECT_EQ(value(QStringLiteral("SELECT handed_over_on || ' ' || scheduled_for || ' ' || "
                                   "key_sets || ' ' || recorded_by FROM key_handover"))
                  .toString(),
              QStringLiteral("2024-03-01 2024-02-28 3 %1").arg(clerk.userId));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("occupied"));
    ASSERT_TRUE(service->markOldApartmentVacated(clerk, h, QDate(2024, 3, 20)).ok());
    EXPECT_EQ(status(h), QStringLiteral("old_apartment_vacated"));
    EXPECT_EQ(apartmentStatus(oldFlat), QStringLiteral("vacated"));

    // The case history: every status change, from → to, by whom.
    QSqlQuery events(db->connection());
    ASSERT_TRUE(events.exec(QStringLiteral("SELECT COALESCE(from_status, '-') || '>' || to_status, "
                                           "user_id FROM household_event ORDER BY id")));
    QStringList history;
    while (events.next()) {
        history << events.value(0).toString();
        EXPECT_EQ(events.value(1).toLongLong(), clerk.userId);
    }
    EXPECT_EQ(
        history,
        strings({"included>notified", "notified>offer_sent", "offer_sent>viewed",
                 "viewed>consented", "consented>contract_drafted",
                 "contract_drafted>contract_signed", "contract_signed>contract_signed",
                 "contract_signed>keys_handed_over", "keys_handed_over>old_apartment_vacated"}));
    // One audit record per step (and the act issued with the handover), chained and intact.
    QSqlQuery audit(db->connection());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
    QStringList actions;
    while (audit.next())
        actions << audit.value(0).toString();
    EXPECT_EQ(actions, strings({"household.notify", "offer.send", "offer.viewing", "offer.consent",
                                "contract.draft", "contract.sign", "key_handover.schedule",
                                "key_handover.record", "certificate.issue", "household.vacate"}));
    auto chain = db::AuditRepository(*db).verify();
    ASSERT_TRUE(chain.ok());
    EXPECT_FALSE(chain.value().has_value());
}

TEST_F(Relocation, IllegalStepsAreRefusedNamingTheStatusAndWhatIsPossible) {
    const qint64 h = notifiedHousehold();
    auto consentTooEarly = service->consent(clerk, h, kDecided);
    ASSERT_FALSE(consentTooEarly.ok());
    EXPECT_TRUE(mentions(consentTooEarly.error(), QStringLiteral("«Notified»")))
        << consentTooEarly.error().toText().toStdString();
    EXPECT_TRUE(mentions(consentTooEarly.error(), QStringLiteral("send an offer")));
    EXPECT_TRUE(consentTooEarly.error().where.contains(QLatin1String("case 2023-")));

    ASSERT_TRUE(service->sendOffer(clerk, h, equivalentFlat(), kLetter).ok());
    auto secondOffer = service->sendOffer(clerk, h, equivalentFlat(), kLetter);
    ASSERT_FALSE(secondOffer.ok());
    EXPECT_TRUE(mentions(secondOffer.error(), QStringLiteral("«Offer sent»")));
    EXPECT_TRUE(mentions(secondOffer.error(), QStringLiteral("record the viewing")));
    EXPECT_EQ(rows(QStringLiteral("offer")), 1);

    ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
    ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
    auto keysTooEarly = service->recordKeyHandover(clerk, h, kHandedOver, 2);
    ASSERT_FALSE(keysTooEarly.ok());
    EXPECT_TRUE(mentions(keysTooEarly.error(), QStringLiteral("«Consented»")));
    EXPECT_TRUE(mentions(keysTooEarly.error(), QStringLiteral("draft the contract")));
    auto scheduleTooEarly = service->scheduleKeyHandover(clerk, h, kHandedOver, 2);
    ASSERT_FALSE(scheduleTooEarly.ok());
    EXPECT_EQ(rows(QStringLiteral("key_handover")), 0);

    auto notifyAgain = service->notify(clerk, h, kDecided);
    ASSERT_FALSE(notifyAgain.ok());
    EXPECT_TRUE(mentions(notifyAgain.error(), QStringLiteral("«Consented»")));
}

TEST_F(Relocation, SideBranchesAllowNoWorkflowStep) {
    const qint64 h = household(oldFlat);
    ASSERT_TRUE(test::runs(
        *db, QStringLiteral("UPDATE household SET status = 'court' WHERE id = %1").arg(h)));
    auto s = service->notify(clerk, h, kNotified);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(mentions(s.error(), QStringLiteral("«Court»")));
    EXPECT_TRUE(HouseholdWorkflow::allowedSteps(QStringLiteral("court")).isEmpty());
}

TEST_F(Relocation, DatesMustFollowEachOtherAndNotBeInTheFuture) {
    const qint64 h = household(oldFlat);
    auto beforeInclusion = service->notify(clerk, h, kIncluded.addDays(-1));
    ASSERT_FALSE(beforeInclusion.ok());
    EXPECT_TRUE(mentions(beforeInclusion.error(), QStringLiteral("inclusion")));
    auto future = service->notify(clerk, h, kToday.addDays(1));
    ASSERT_FALSE(future.ok());
    EXPECT_TRUE(mentions(future.error(), QStringLiteral("future")));
    ASSERT_TRUE(service->notify(clerk, h, kNotified).ok());

    auto letterBeforeNotice = service->sendOffer(clerk, h, equivalentFlat(), kNotified.addDays(-1));
    ASSERT_FALSE(letterBeforeNotice.ok());
    EXPECT_TRUE(mentions(letterBeforeNotice.error(), QStringLiteral("notification")));
    ASSERT_TRUE(service->sendOffer(clerk, h, equivalentFlat(), kLetter).ok());
    auto viewingBeforeLetter = service->recordViewing(clerk, h, kLetter.addDays(-1));
    ASSERT_FALSE(viewingBeforeLetter.ok());
    EXPECT_TRUE(mentions(viewingBeforeLetter.error(), QStringLiteral("before the offer letter")))
        << viewingBeforeLetter.error().toText().toStdString();
    EXPECT_FALSE(service->recordViewing(clerk, h, QDate()).ok()) << "no date";
    ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
    EXPECT_FALSE(service->consent(clerk, h, kViewed.addDays(-1)).ok());
    ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
    EXPECT_FALSE(service
                     ->draftContract(clerk, h, QStringLiteral("ДМ-1"), QStringLiteral("exchange"),
                                     kDecided.addDays(-1))
                     .ok());
    ASSERT_TRUE(
        service
            ->draftContract(clerk, h, QStringLiteral("ДМ-1"), QStringLiteral("exchange"), kDrafted)
            .ok());
    auto signedBeforeDraft = service->signContract(clerk, h, kDrafted.addDays(-1));
    ASSERT_FALSE(signedBeforeDraft.ok());
    EXPECT_TRUE(mentions(signedBeforeDraft.error(), QStringLiteral("contract draft")));
    ASSERT_TRUE(service->signContract(clerk, h, kSigned).ok());
    EXPECT_FALSE(service->scheduleKeyHandover(clerk, h, kSigned.addDays(-1), 2).ok());
    EXPECT_TRUE(service->scheduleKeyHandover(clerk, h, kToday.addDays(14), 2).ok())
        << "an appointment may be in the future";
    EXPECT_FALSE(service->recordKeyHandover(clerk, h, kToday.addDays(14), 2).ok())
        << "a handover may not";
    ASSERT_TRUE(service->recordKeyHandover(clerk, h, kHandedOver, 2).ok());
    auto vacatedBeforeKeys = service->markOldApartmentVacated(clerk, h, kHandedOver.addDays(-1));
    ASSERT_FALSE(vacatedBeforeKeys.ok());
    EXPECT_TRUE(mentions(vacatedBeforeKeys.error(), QStringLiteral("key handover")));
}

TEST_F(Relocation, ContractNumberAndTypeAreChecked) {
    const qint64 a = notifiedHousehold();
    walkToSignedContract(a); // contract ДМ-<a>
    const qint64 b =
        notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
    ASSERT_TRUE(service->sendOffer(clerk, b, equivalentFlat(), kLetter).ok());
    ASSERT_TRUE(service->recordViewing(clerk, b, kViewed).ok());
    ASSERT_TRUE(service->consent(clerk, b, kDecided).ok());
    auto taken = service->draftContract(clerk, b, QStringLiteral("ДМ-%1").arg(a),
                                        QStringLiteral("exchange"), kDrafted);
    ASSERT_FALSE(taken.ok());
    EXPECT_TRUE(mentions(taken.error(), QStringLiteral("already used in case 2023-")));
    EXPECT_FALSE(
        service->draftContract(clerk, b, QStringLiteral("  "), QStringLiteral("exchange"), kDrafted)
            .ok());
    auto type =
        service->draftContract(clerk, b, QStringLiteral("ДМ-X"), QStringLiteral("gift"), kDrafted);
    ASSERT_FALSE(type.ok());
    EXPECT_TRUE(mentions(type.error(), QStringLiteral("extra_purchase")));
    EXPECT_TRUE(service
                    ->draftContract(clerk, b, QStringLiteral("ДМ-X"),
                                    QStringLiteral("extra_purchase"), kDrafted)
                    .ok());
}

TEST_F(Relocation, KeyHandoverAppointmentCountsResidentsAndKeys) {
    const qint64 h = notifiedHousehold(0, 4);
    walkToSignedContract(h);
    auto tooMany = service->scheduleKeyHandover(clerk, h, kHandedOver, 2, 5);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(mentions(tooMany.error(), QStringLiteral("4 residents entered")));
    EXPECT_FALSE(service->scheduleKeyHandover(clerk, h, kHandedOver, 0).ok()) << "no keys";
    EXPECT_FALSE(service->scheduleKeyHandover(clerk, h, kHandedOver, 11).ok());
    auto first = service->scheduleKeyHandover(clerk, h, kHandedOver, 2, 3);
    ASSERT_TRUE(first.ok());
    auto moved = service->scheduleKeyHandover(clerk, h, kHandedOver.addDays(7), 3);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved.value(), first.value()) << "rescheduling moves the same appointment";
    EXPECT_EQ(value(QStringLiteral("SELECT scheduled_for || ' ' || key_sets || ' ' || "
                                   "residents_count FROM key_handover"))
                  .toString(),
              QStringLiteral("2024-03-08 3 4"));
    EXPECT_EQ(rows(QStringLiteral("key_handover")), 1);
}

TEST_F(Relocation, KeysMayBeHandedOverWithoutAnAppointment) {
    const qint64 h = notifiedHousehold(0, 3);
    const qint64 flat = walkToSignedContract(h);
    auto done = service->recordKeyHandover(clerk, h, kHandedOver, 2);
    ASSERT_TRUE(done.ok()) << done.error().toText().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT residents_count || ' ' || new_apartment_id || ' ' || "
                                   "COALESCE(CAST(scheduled_for AS TEXT), '-') FROM key_handover"))
                  .toString(),
              QStringLiteral("3 %1 -").arg(flat));
}

TEST_F(Relocation, ACommunalFlatIsVacatedWhenItsLastHouseholdLeaves) {
    const qint64 communal = apartment(oldBuilding, 3, 60.0, 40.0, QStringLiteral("occupied"));
    const qint64 a = notifiedHousehold(communal);
    const qint64 b = notifiedHousehold(communal);
    for (qint64 h : {a, b}) {
        const qint64 flat = apartment(newBuilding, 3, 61.0, 41.0);
        ASSERT_TRUE(service->sendOffer(clerk, h, flat, kLetter).ok());
        ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
        ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
        ASSERT_TRUE(service
                        ->draftContract(clerk, h, QStringLiteral("К-%1").arg(h),
                                        QStringLiteral("exchange"), kDrafted)
                        .ok());
        ASSERT_TRUE(service->signContract(clerk, h, kSigned).ok());
        ASSERT_TRUE(service->recordKeyHandover(clerk, h, kHandedOver, 2).ok());
    }
    ASSERT_TRUE(service->markOldApartmentVacated(clerk, a, QDate(2024, 3, 10)).ok());
    EXPECT_EQ(apartmentStatus(communal), QStringLiteral("occupied")) << "b still lives there";
    ASSERT_TRUE(service->markOldApartmentVacated(clerk, b, QDate(2024, 3, 12)).ok());
    EXPECT_EQ(apartmentStatus(communal), QStringLiteral("vacated"));
}

TEST_F(Relocation, AnAuditorChangesNothingAndIsToldWhichRoleIsNeeded) {
    const qint64 h = household(oldFlat);
    const int auditRows = rows(QStringLiteral("audit_log"));
    std::vector<Error> errors;
    auto collect = [&](const auto &result) {
        ASSERT_FALSE(result.ok());
        errors.push_back(result.error());
    };
    collect(service->notify(auditor, h, kNotified));
    collect(service->sendOffer(auditor, h, equivalentFlat(), kLetter));
    collect(service->recordViewing(auditor, h, kViewed));
    collect(service->consent(auditor, h, kDecided));
    collect(service->refuse(auditor, h, kDecided, QStringLiteral("floor")));
    collect(service->draftContract(auditor, h, QStringLiteral("1"), QStringLiteral("exchange"),
                                   kDrafted));
    collect(service->signContract(auditor, h, kSigned));
    collect(service->scheduleKeyHandover(auditor, h, kHandedOver, 2));
    collect(service->recordKeyHandover(auditor, h, kHandedOver, 2));
    collect(service->markOldApartmentVacated(auditor, h, kHandedOver));
    ASSERT_EQ(errors.size(), 10u);
    for (const Error &e : errors) {
        EXPECT_TRUE(e.message.contains(QLatin1String("auditor"))) << e.toText().toStdString();
        EXPECT_TRUE(e.hint.contains(QLatin1String("clerk"))) << e.toText().toStdString();
    }
    EXPECT_EQ(status(h), QStringLiteral("included"));
    EXPECT_EQ(rows(QStringLiteral("household_event")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), auditRows);
}

namespace {

// Makes every `event` (INSERT, UPDATE) on `table` fail with `message`, on either backend: the
// store breaking in the middle of a step.
bool breakTable(db::Database &db, const QString &table, const QString &event,
                const QString &message) {
    // SQL-SAFE: fixed table, event and message of the tests below.
    if (!test::onPostgres())
        return test::runs(db, QStringLiteral("CREATE TRIGGER break_%1 BEFORE %2 ON %1 BEGIN "
                                             "SELECT RAISE(ABORT, '%3'); END")
                                  .arg(table, event, message));
    return test::runs(db, QStringLiteral("CREATE FUNCTION break_%1() RETURNS trigger AS $$ BEGIN "
                                         "RAISE EXCEPTION '%2'; END $$ LANGUAGE plpgsql")
                              .arg(table, message)) &&
           test::runs(db, QStringLiteral("CREATE TRIGGER break_%1 BEFORE %2 ON %1 FOR EACH ROW "
                                         "EXECUTE FUNCTION break_%1()")
                              .arg(table, event));
}

bool mendTable(db::Database &db, const QString &table) {
    // SQL-SAFE: fixed table names of the tests below.
    return test::runs(db, test::onPostgres()
                              ? QStringLiteral("DROP TRIGGER break_%1 ON %1").arg(table)
                              : QStringLiteral("DROP TRIGGER break_%1").arg(table));
}

} // namespace

TEST_F(Relocation, AFailingStepLeavesNothingHalfWritten) {
    const qint64 h = notifiedHousehold();
    const qint64 flat = equivalentFlat();
    const int events = rows(QStringLiteral("household_event"));
    const int audits = rows(QStringLiteral("audit_log"));
    // The offer, the reservation and the status are written before the history row fails.
    ASSERT_TRUE(breakTable(*db, QStringLiteral("household_event"), QStringLiteral("INSERT"),
                           QStringLiteral("history is broken")));
    auto failed = service->sendOffer(clerk, h, flat, kLetter);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(mentions(failed.error(), QStringLiteral("history is broken")));
    EXPECT_EQ(rows(QStringLiteral("offer")), 0);
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("free"));
    EXPECT_EQ(status(h), QStringLiteral("notified"));
    EXPECT_EQ(rows(QStringLiteral("household_event")), events);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audits);

    ASSERT_TRUE(mendTable(*db, QStringLiteral("household_event")));
    auto retried = service->sendOffer(clerk, h, flat, kLetter);
    EXPECT_TRUE(retried.ok()) << "the same step succeeds once the store accepts it";
}

TEST_F(Relocation, AHandoverWhoseMilestoneCannotBeWrittenIsNotRecorded) {
    const qint64 h = notifiedHousehold();
    const qint64 flat = walkToSignedContract(h);
    ASSERT_TRUE(test::runs(*db, QStringLiteral("INSERT INTO milestone (target) VALUES (1)")));
    ASSERT_TRUE(breakTable(*db, QStringLiteral("milestone"), QStringLiteral("UPDATE"),
                           QStringLiteral("milestones are broken")));
    auto failed = service->recordKeyHandover(clerk, h, kHandedOver, 2);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(rows(QStringLiteral("key_handover")), 0);
    EXPECT_EQ(status(h), QStringLiteral("contract_signed"));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("reserved"));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE "
                                   "'key_handover%'"))
                  .toInt(),
              0);
}

TEST_F(Relocation, TheHandoverReportsTheMilestoneItReaches) {
    ASSERT_TRUE(test::runs(*db, QStringLiteral("INSERT INTO milestone (target, title) VALUES "
                                               "(2, '2-й переселённый житель')")));
    const qint64 h = notifiedHousehold(0, 3);
    walkToSignedContract(h);
    auto done = service->recordKeyHandover(clerk, h, kHandedOver, 2);
    ASSERT_TRUE(done.ok()) << done.error().toText().toStdString();
    ASSERT_EQ(done->milestones.size(), 1);
    const auto &m = done->milestones.first();
    EXPECT_EQ(m.kind, MilestoneTracker::Change::Kind::Reached);
    EXPECT_EQ(m.householdId, h);
    EXPECT_EQ(m.residentName, QStringLiteral("Петров Жилец1"));
    EXPECT_TRUE(m.describe().contains(QStringLiteral("2-й переселённый житель")));
    EXPECT_EQ(value(QStringLiteral("SELECT reached_on FROM milestone")).toString(),
              QStringLiteral("2024-03-01"));
}

TEST_F(Relocation, OverdueCasesFollowTheDeadlinesInTheSettings) {
    // a: letter 2024-02-01, no decision; b: consent 2024-02-10, contract only drafted;
    // c: letter 2024-05-20, recent; d: contract signed.
    const qint64 a = notifiedHousehold();
    ASSERT_TRUE(service->sendOffer(clerk, a, equivalentFlat(), kLetter).ok());
    const qint64 b =
        notifiedHousehold(apartment(oldBuilding, 2, 44, 29, QStringLiteral("occupied")));
    ASSERT_TRUE(service->sendOffer(clerk, b, equivalentFlat(), kLetter).ok());
    ASSERT_TRUE(service->recordViewing(clerk, b, kViewed).ok());
    ASSERT_TRUE(service->consent(clerk, b, kDecided).ok());
    ASSERT_TRUE(
        service
            ->draftContract(clerk, b, QStringLiteral("Д-1"), QStringLiteral("exchange"), kDrafted)
            .ok());
    const qint64 c =
        notifiedHousehold(apartment(oldBuilding, 2, 44, 29, QStringLiteral("occupied")));
    ASSERT_TRUE(service->sendOffer(clerk, c, equivalentFlat(), QDate(2024, 5, 20)).ok());
    const qint64 d =
        notifiedHousehold(apartment(oldBuilding, 2, 44, 29, QStringLiteral("occupied")));
    walkToSignedContract(d);

    using Deadline = RelocationService::OverdueCase::Deadline;
    // Defaults: 20 days to decide (a: due 2024-02-21), 30 to sign (b: due 2024-03-11).
    auto onMarch1 = service->overdue(QDate(2024, 3, 1));
    ASSERT_TRUE(onMarch1.ok()) << onMarch1.error().toText().toStdString();
    ASSERT_EQ(onMarch1->size(), 1);
    EXPECT_EQ(onMarch1->at(0).householdId, a);
    EXPECT_EQ(onMarch1->at(0).deadline, Deadline::Decision);
    EXPECT_EQ(onMarch1->at(0).due, QDate(2024, 2, 21));
    EXPECT_EQ(onMarch1->at(0).daysOverdue, 9);
    EXPECT_EQ(onMarch1->at(0).status, QStringLiteral("offer_sent"));
    auto onDueDay = service->overdue(QDate(2024, 2, 21));
    ASSERT_TRUE(onDueDay.ok());
    EXPECT_TRUE(onDueDay->isEmpty()) << "the last day of a deadline is not overdue yet";

    auto onMarch12 = service->overdue(QDate(2024, 3, 12));
    ASSERT_TRUE(onMarch12.ok());
    ASSERT_EQ(onMarch12->size(), 2);
    EXPECT_EQ(onMarch12->at(1).householdId, b);
    EXPECT_EQ(onMarch12->at(1).deadline, Deadline::Contract);
    EXPECT_EQ(onMarch12->at(1).since, kDecided);
    EXPECT_EQ(onMarch12->at(1).daysOverdue, 1);

    // The office shortens the decision deadline to 10 days: c becomes overdue on 2024-06-01.
    db::SettingsRepository settings(*db);
    ASSERT_TRUE(
        settings.setValue(QStringLiteral("decision_deadline_days"), QStringLiteral("10")).ok());
    ASSERT_TRUE(
        settings.setValue(QStringLiteral("contract_deadline_days"), QStringLiteral("120")).ok());
    auto onJune1 = service->overdue(kToday);
    ASSERT_TRUE(onJune1.ok());
    QList<qint64> ids;
    for (const auto &o : onJune1.value())
        ids << o.householdId;
    EXPECT_EQ(ids, QList<qint64>({a, c})) << "b is within 120 days; d signed";

    ASSERT_TRUE(
        settings.setValue(QStringLiteral("decision_deadline_days"), QStringLiteral("twenty")).ok());
    auto broken = service->overdue(kToday);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().where, QStringLiteral("decision_deadline_days"));
    EXPECT_TRUE(mentions(broken.error(), QStringLiteral("default: 20")));
}

// On the generated demo city: a household moves in today and every milestone still names the
// resident an independent count gives.
TEST(RelocationOnDemoData, AHouseholdMovesInAndTheMilestonesAgreeWithTheCounter) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    const QDate today(2026, 11, 27);
    RelocationService service(*db);
    service.setToday(today);
    const Actor clerk{
        test::scalar(*db, QStringLiteral("SELECT id FROM app_user WHERE role = 'clerk'"))
            .toLongLong(),
        QStringLiteral("clerk"), Role::Clerk};

    QSqlQuery candidates(db->connection());
    ASSERT_TRUE(candidates.exec(QStringLiteral("SELECT id FROM household WHERE status = "
                                               "'notified' AND status_changed_on <= "
                                               "'2026-10-01' ORDER BY id")));
    qint64 h = 0, flat = 0;
    while (!flat && candidates.next()) {
        h = candidates.value(0).toLongLong();
        auto list = service.equivalentFreeApartments(h, 1);
        ASSERT_TRUE(list.ok()) << list.error().toText().toStdString();
        if (!list->isEmpty())
            flat = list->first().id;
    }
    ASSERT_GT(flat, 0) << "the demo keeps some free stock for offers";
    ASSERT_TRUE(service.sendOffer(clerk, h, flat, today.addDays(-20)).ok());
    ASSERT_TRUE(service.recordViewing(clerk, h, today.addDays(-15)).ok());
    ASSERT_TRUE(service.consent(clerk, h, today.addDays(-10)).ok());
    ASSERT_TRUE(service
                    .draftContract(clerk, h, QStringLiteral("ТЕСТ-1"), QStringLiteral("exchange"),
                                   today.addDays(-8))
                    .ok());
    ASSERT_TRUE(service.signContract(clerk, h, today.addDays(-5)).ok());
    auto moved = service.recordKeyHandover(clerk, h, today, 2);
    ASSERT_TRUE(moved.ok()) << moved.error().toText().toStdString();

    db::CounterRepository counter(*db);
    auto milestones = db::IncentiveRepository(*db).milestones();
    ASSERT_TRUE(milestones.ok());
    const qint64 total = counter.relocatedResidents().value();
    for (const auto &m : milestones.value()) {
        SCOPED_TRACE(m.target);
        EXPECT_EQ(m.reachedOn.isValid(), m.target <= total);
        if (!m.reachedOn.isValid())
            continue;
        auto nth = counter.locate(m.target);
        ASSERT_TRUE(nth.ok() && nth->has_value());
        EXPECT_EQ(m.keyHandoverId, nth.value()->keyHandoverId);
        EXPECT_EQ(m.residentId,
                  test::scalar(*db, QStringLiteral("SELECT id FROM resident WHERE household_id = "
                                                   "%1 ORDER BY id LIMIT 1 OFFSET %2")
                                        .arg(nth.value()->householdId)
                                        .arg(nth.value()->memberIndex))
                      .toLongLong());
    }
}
