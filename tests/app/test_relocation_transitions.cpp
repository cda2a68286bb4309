// The workflow's transition table as the service enforces it: every step tried in every status.
// The steps HouseholdWorkflow allows go through; every other one is refused with a message that
// names the status and what may follow, and writes nothing. And two clerks on two connections
// offering one free apartment at the same moment: one offer, the other refused.
#include "RelocationFixture.h"
#include "domain/HouseholdWorkflow.h"

#include <QSet>
#include <QSqlQuery>
#include <latch>
#include <thread>

using namespace nov;
using namespace nov::test;

namespace {

using Step = WorkflowStep;

const QList<Step> kEveryStep = {Step::Notify,
                                Step::SendOffer,
                                Step::RecordViewing,
                                Step::Consent,
                                Step::Refuse,
                                Step::DraftContract,
                                Step::SignContract,
                                Step::ScheduleKeyHandover,
                                Step::RecordKeyHandover,
                                Step::MarkOldApartmentVacated};

class Transitions : public Relocation {
protected:
    // Records `step` for household h on `on`, with plausible inputs (a fresh equivalent flat
    // for an offer, the first refusal reason, a contract number of the case).
    Status run(Step step, qint64 h, const QDate &on) {
        auto asStatus = [](const auto &result) {
            return result ? Status() : Status(result.error());
        };
        switch (step) {
        case Step::Notify:
            return service->notify(clerk, h, on);
        case Step::SendOffer:
            return asStatus(service->sendOffer(clerk, h, equivalentFlat(), on));
        case Step::RecordViewing:
            return service->recordViewing(clerk, h, on);
        case Step::Consent:
            return service->consent(clerk, h, on);
        case Step::Refuse:
            return service->refuse(clerk, h, on, RelocationService::refusalReasons().first());
        case Step::DraftContract:
            return asStatus(service->draftContract(clerk, h, QStringLiteral("ДМ-%1").arg(h),
                                                   QStringLiteral("exchange"), on));
        case Step::SignContract:
            return service->signContract(clerk, h, on);
        case Step::ScheduleKeyHandover:
            return asStatus(service->scheduleKeyHandover(clerk, h, on, 2));
        case Step::RecordKeyHandover:
            return asStatus(service->recordKeyHandover(clerk, h, on, 2));
        case Step::MarkOldApartmentVacated:
            return service->markOldApartmentVacated(clerk, h, on);
        }
        return Error{QStringLiteral("unknown step")};
    }

    // Everything a refused step must leave as it was.
    QString snapshot(qint64 h) {
        return value(QStringLiteral(
                         "SELECT (SELECT status || ' ' || status_changed_on FROM household "
                         "WHERE id = %1) || ' offers ' || (SELECT COUNT(*) FROM offer) || "
                         "' contracts ' || (SELECT COUNT(*) FROM contract) || ' handovers ' || "
                         "(SELECT COUNT(*) FROM key_handover) || ' events ' || (SELECT COUNT(*) "
                         "FROM household_event) || ' audit ' || (SELECT COUNT(*) FROM audit_log) "
                         "|| ' taken flats ' || (SELECT COUNT(*) FROM apartment WHERE status <> "
                         "'free')")
                         .arg(h))
            .toString();
    }

    // Tries every step the status does not allow: each is refused, names the status and
    // changes nothing.
    void everyOtherStepIsRefused(qint64 h) {
        const QString current = status(h);
        for (Step step : kEveryStep) {
            if (HouseholdWorkflow::allows(current, step))
                continue;
            const QString before = snapshot(h);
            const Status s = run(step, h, kToday);
            ASSERT_FALSE(s.ok()) << HouseholdWorkflow::stepTitle(step).toStdString() << " in "
                                 << current.toStdString();
            const QString title =
                QStringLiteral("«%1»").arg(HouseholdWorkflow::statusTitle(current));
            EXPECT_TRUE(mentions(s.error(), title))
                << current.toStdString() << ": " << s.error().toText().toStdString();
            // … and what may be done instead
            EXPECT_TRUE(mentions(s.error(), HouseholdWorkflow::allowedStepsText(current)))
                << current.toStdString() << ": " << s.error().toText().toStdString();
            EXPECT_EQ(snapshot(h), before) << HouseholdWorkflow::stepTitle(step).toStdString()
                                           << " in " << current.toStdString();
        }
        tried.insert(current);
    }

    // Records an allowed step and remembers that this transition was taken.
    void legal(Step step, qint64 h, const QDate &on) {
        const QString from = status(h);
        ASSERT_TRUE(HouseholdWorkflow::allows(from, step)) << from.toStdString();
        const Status s = run(step, h, on);
        ASSERT_TRUE(s.ok()) << from.toStdString() << ": " << s.error().toText().toStdString();
        const QString target = HouseholdWorkflow::targetStatus(step);
        EXPECT_EQ(status(h), target.isEmpty() ? from : target);
        taken.insert(from + QLatin1Char('/') + HouseholdWorkflow::stepTitle(step));
    }

    QSet<QString> taken; // "status/step" of the allowed steps recorded
    QSet<QString> tried; // the statuses every other step was tried in
};

} // namespace

TEST_F(Transitions, EveryStepIsAllowedOrRefusedInEveryStatusAsTheTableSays) {
    // The main road, with a refusal and a second offer on the way.
    const qint64 h = household(oldFlat, 2);
    const QList<std::pair<Step, QDate>> road = {
        {Step::Notify, kNotified},
        {Step::SendOffer, kLetter},
        {Step::Refuse, QDate(2024, 2, 3)},
        {Step::SendOffer, QDate(2024, 2, 4)},
        {Step::RecordViewing, kViewed},
        {Step::Consent, kDecided},
        {Step::DraftContract, kDrafted},
        {Step::SignContract, kSigned},
        {Step::ScheduleKeyHandover, QDate(2024, 2, 28)},
        {Step::RecordKeyHandover, kHandedOver},
        {Step::MarkOldApartmentVacated, QDate(2024, 3, 20)}};
    for (const auto &[step, on] : road) {
        everyOtherStepIsRefused(h);
        legal(step, h, on);
    }
    everyOtherStepIsRefused(h); // old_apartment_vacated: nothing follows
    EXPECT_EQ(status(h), QStringLiteral("old_apartment_vacated"));

    // A refusal after the viewing (the road took the consent).
    const qint64 viewed =
        household(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
    legal(Step::Notify, viewed, kNotified);
    legal(Step::SendOffer, viewed, kLetter);
    legal(Step::RecordViewing, viewed, kViewed);
    legal(Step::Refuse, viewed, kDecided);

    // The side branches allow no step at all.
    for (const QString &side : {QStringLiteral("extra_space_purchase"),
                                QStringLiteral("compensation"), QStringLiteral("court")}) {
        const qint64 s =
            household(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
        ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE household SET status = '%1' WHERE id "
                                                   "= %2")
                                        .arg(side)
                                        .arg(s)));
        everyOtherStepIsRefused(s);
    }

    // Every transition of the table was taken, and every status was tried.
    for (const QString &from : HouseholdWorkflow::statuses())
        for (Step step : HouseholdWorkflow::allowedSteps(from))
            EXPECT_TRUE(
                taken.contains(from + QLatin1Char('/') + HouseholdWorkflow::stepTitle(step)))
                << "never taken: " << from.toStdString() << " → "
                << HouseholdWorkflow::stepTitle(step).toStdString();
    for (const QString &from : HouseholdWorkflow::statuses())
        EXPECT_TRUE(tried.contains(from)) << "no step tried in " << from.toStdString();
}

// Two clerks, each on a connection of their own, send offers of the same free apartment to two
// households at the same moment: one offer is recorded and reserves the apartment, the other
// is refused with the case that holds it, and its household stays where it was.
TEST_F(Transitions, TwoClerksOfferingOneApartmentAtOnceGetOneOfferAndOneRefusal) {
    for (int round = 0; round < 4; ++round) {
        const qint64 a =
            notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
        const qint64 b =
            notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
        const qint64 flat = equivalentFlat();
        std::latch start(2);
        auto clerkOffers = [&](qint64 household, Status *outcome) {
            auto mine = db::Database::open(db->location());
            if (!mine) {
                *outcome = mine.error();
                start.count_down();
                return;
            }
            RelocationService own(*mine.value());
            own.setToday(kToday);
            start.arrive_and_wait();
            auto offered = own.sendOffer(clerk, household, flat, kLetter);
            *outcome = offered ? Status() : Status(offered.error());
        };
        Status first, second;
        std::thread one(clerkOffers, a, &first), two(clerkOffers, b, &second);
        one.join();
        two.join();
        ASSERT_NE(first.ok(), second.ok())
            << "first: " << (first ? "ok" : first.error().toText().toStdString())
            << "; second: " << (second ? "ok" : second.error().toText().toStdString());
        const qint64 winner = first ? a : b;
        const qint64 loser = first ? b : a;
        const Error &refusal = first ? second.error() : first.error();
        const QString winnersCase =
            value(QStringLiteral("SELECT case_number FROM household WHERE id = %1").arg(winner))
                .toString();
        EXPECT_TRUE(
            mentions(refusal, QStringLiteral("already offered to case %1").arg(winnersCase)))
            << refusal.toText().toStdString();
        EXPECT_EQ(status(winner), QStringLiteral("offer_sent"));
        EXPECT_EQ(status(loser), QStringLiteral("notified"));
        EXPECT_EQ(apartmentStatus(flat), QStringLiteral("reserved"));
        EXPECT_EQ(
            value(
                QStringLiteral("SELECT COUNT(*) FROM offer WHERE new_apartment_id = %1").arg(flat))
                .toInt(),
            1);
        EXPECT_EQ(
            value(QStringLiteral("SELECT COUNT(*) FROM offer WHERE household_id = %1").arg(loser))
                .toInt(),
            0);
    }
}
