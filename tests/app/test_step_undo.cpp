// Taking back the latest workflow step: each undoable step returns the case (and the offered
// apartment) to where it was, is itself recorded, and the final or outdated ones are refused.
#include "RelocationFixture.h"
#include "domain/StepUndo.h"

using namespace nov;
using namespace nov::test;

namespace {

class StepUndoTest : public Relocation {
protected:
    void SetUp() override {
        Relocation::SetUp();
        undo = std::make_unique<StepUndo>(*db);
        undo->setToday(kToday);
    }
    std::unique_ptr<StepUndo> undo;
};

TEST_F(StepUndoTest, EveryUndoableStepGoesBackAndCanBeRecordedAgain) {
    const qint64 h = notifiedHousehold();
    const qint64 flat = equivalentFlat();
    ASSERT_TRUE(service->sendOffer(clerk, h, flat, kLetter).ok());
    ASSERT_EQ(apartmentStatus(flat), QStringLiteral("reserved"));

    // the offer: withdrawn, the apartment free, the case notified again
    ASSERT_TRUE(undo->undo(clerk, h, WorkflowStep::SendOffer).ok());
    EXPECT_EQ(status(h), QStringLiteral("notified"));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("free"));
    EXPECT_EQ(value(QStringLiteral("SELECT decision FROM offer WHERE household_id = %1").arg(h))
                  .toString(),
              QStringLiteral("withdrawn"));
    EXPECT_EQ(value(QStringLiteral("SELECT status_changed_on FROM household WHERE id = %1").arg(h))
                  .toString(),
              kNotified.toString(Qt::ISODate));
    // redo is the step again: the same apartment can be offered
    ASSERT_TRUE(service->sendOffer(clerk, h, flat, kLetter).ok());
    ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());

    ASSERT_TRUE(undo->undo(clerk, h, WorkflowStep::RecordViewing).ok());
    EXPECT_EQ(status(h), QStringLiteral("offer_sent"));
    EXPECT_TRUE(value(QStringLiteral("SELECT viewed_on FROM offer WHERE decision = 'pending' AND "
                                     "household_id = %1")
                          .arg(h))
                    .isNull());
    ASSERT_TRUE(service->recordViewing(clerk, h, kViewed).ok());
    ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
    ASSERT_TRUE(undo->undo(clerk, h, WorkflowStep::Consent).ok());
    EXPECT_EQ(status(h), QStringLiteral("viewed"));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("reserved"));
    ASSERT_TRUE(service->consent(clerk, h, kDecided).ok());
    ASSERT_TRUE(
        service
            ->draftContract(clerk, h, QStringLiteral("ДМ-1"), QStringLiteral("exchange"), kDrafted)
            .ok());
    ASSERT_TRUE(service->signContract(clerk, h, kSigned).ok());
    ASSERT_TRUE(undo->undo(clerk, h, WorkflowStep::SignContract).ok());
    EXPECT_EQ(status(h), QStringLiteral("contract_drafted"));
    EXPECT_TRUE(
        value(QStringLiteral("SELECT signed_on FROM contract WHERE household_id = %1").arg(h))
            .isNull());

    // each undo is in the history and the audit log
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM household_event WHERE household_id = "
                                   "%1 AND note LIKE 'undone%'")
                        .arg(h))
                  .toInt(),
              4);
    EXPECT_EQ(
        value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE '%.undo'")).toInt(),
        4);
}

TEST_F(StepUndoTest, OnlyTheLatestStepAndOnlyWhileNothingFollowed) {
    const qint64 h = notifiedHousehold();
    const qint64 flat = walkToSignedContract(h);
    // the viewing is not the latest step any more
    Status refused = undo->undo(clerk, h, WorkflowStep::RecordViewing);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("latest")))
        << refused.error().message.toStdString();
    // a key handover appointment follows the signature: the signature stays
    ASSERT_TRUE(service->scheduleKeyHandover(clerk, h, kToday.addDays(3), 2).ok());
    refused = undo->undo(clerk, h, WorkflowStep::SignContract);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(status(h), QStringLiteral("contract_signed"));
    // final steps are never undone, and an auditor undoes nothing
    ASSERT_TRUE(service->recordKeyHandover(clerk, h, kToday, 2).ok());
    EXPECT_FALSE(undo->undo(clerk, h, WorkflowStep::RecordKeyHandover).ok());
    EXPECT_EQ(status(h), QStringLiteral("keys_handed_over"));
    EXPECT_EQ(apartmentStatus(flat), QStringLiteral("occupied"));
    const qint64 other = notifiedHousehold();
    refused = undo->undo(auditor, other, WorkflowStep::Notify);
    EXPECT_FALSE(refused.ok());
    EXPECT_EQ(status(other), QStringLiteral("notified"));
    ASSERT_TRUE(undo->undo(clerk, other, WorkflowStep::Notify).ok());
    EXPECT_EQ(status(other), QStringLiteral("included"));
}

} // namespace
