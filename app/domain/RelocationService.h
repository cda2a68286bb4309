#pragma once

#include "ApartmentStockRepository.h"
#include "HouseholdWorkflow.h"
#include "MilestoneTracker.h"
#include "Records.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nov {

class CaseStep;

namespace db {
class Database;
}

// The relocation workflow of a household, one method per step a clerk records (see
// HouseholdWorkflow for the order). Each step checks the caller's role, validates, runs in
// one transaction, writes the case history (household_event) and an audit record, and
// returns the result or an Error a person can read. Nothing is written when a step fails.
class RelocationService {
public:
    struct HandoverOutcome {
        qint64 keyHandoverId = 0;
        // Milestones this handover reached or moved (see MilestoneTracker): the UI tells the
        // manager about each.
        QList<MilestoneTracker::Change> milestones;
        QString actNumber; // the key-handover act issued with it (CertificateService)
    };
    struct OverdueCase {
        enum class Deadline { Decision, Contract };
        Deadline deadline = Deadline::Decision;
        qint64 householdId = 0;
        QString caseNumber;
        QString status;
        QDate since; // the offer letter (Decision) or the consent (Contract)
        QDate due;   // the last day of the deadline
        int daysOverdue = 0;
    };

    explicit RelocationService(db::Database &db)
        : m_db(db) {}

    // The office's "today" for date checks (a step cannot be dated in the future); the system
    // date unless set (tests).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    Status notify(const Actor &actor, qint64 householdId, const QDate &notifiedOn);
    // Offers a free apartment of a new building; it becomes reserved. An apartment that is not
    // equivalent to the old one is refused unless a manager gives `overrideReason`.
    Result<qint64> sendOffer(const Actor &actor, qint64 householdId, qint64 apartmentId,
                             const QDate &letterOn,
                             const std::optional<QString> &overrideReason = std::nullopt);
    Status recordViewing(const Actor &actor, qint64 householdId, const QDate &viewedOn);
    Status consent(const Actor &actor, qint64 householdId, const QDate &decidedOn);
    // `reason` is one of refusalReasons(); the offered apartment becomes free again.
    Status refuse(const Actor &actor, qint64 householdId, const QDate &decidedOn,
                  const QString &reason, const QString &note = QString());
    // `type` is one of contractTypes().
    Result<qint64> draftContract(const Actor &actor, qint64 householdId, const QString &number,
                                 const QString &type, const QDate &draftedOn);
    Status signContract(const Actor &actor, qint64 householdId, const QDate &signedOn);
    // Creates (or moves) the appointment; residentsCount defaults to the household's members.
    Result<qint64> scheduleKeyHandover(const Actor &actor, qint64 householdId,
                                       const QDate &scheduledFor, int keySets,
                                       std::optional<int> residentsCount = std::nullopt);
    // The household moves in: its residents count toward the programme and its milestones.
    Result<HandoverOutcome> recordKeyHandover(const Actor &actor, qint64 householdId,
                                              const QDate &handedOverOn, int keySets);
    Status markOldApartmentVacated(const Actor &actor, qint64 householdId, const QDate &vacatedOn);

    // Free apartments equivalent to the household's old one, smallest first: the offer picker.
    Result<QList<db::ApartmentPlace>> equivalentFreeApartments(qint64 householdId, int limit = 50);
    // Cases past the decision deadline (offer letter + decision_deadline_days, no decision),
    // then those past the contract deadline (consent + contract_deadline_days, no signed
    // contract); most overdue first, at most `limit` per deadline.
    Result<QList<OverdueCase>> overdue(const QDate &today, int limit = 500);

    static const QStringList &refusalReasons();
    static QString refusalReasonTitle(const QString &reason);
    // An offer's decision for people: «awaiting decision», «consented», …
    static QString decisionTitle(const QString &decision);
    static const QStringList &contractTypes();

private:
    Result<db::OfferRecord> liveOffer(CaseStep &step);
    Result<db::ContractRecord> contract(CaseStep &step);
    Status checkKeySets(CaseStep &step, int keySets);
    Result<int> residentsMoving(CaseStep &step, std::optional<int> requested);
    Result<qint64> writeAppointment(const Actor &actor, CaseStep &step,
                                    db::KeyHandoverRecord appointment);
    Result<qint64> writeHandover(const Actor &actor, CaseStep &step,
                                 db::KeyHandoverRecord handover);
    Status checkOfferedApartment(CaseStep &step, const db::ApartmentPlace &offered);
    Status checkEquivalence(const Actor &actor, CaseStep &step, const db::ApartmentPlace &old,
                            const db::ApartmentPlace &offered,
                            const std::optional<QString> &overrideReason, QString *usedReason);
    Status auditOverride(const Actor &actor, const CaseStep &step, qint64 offerId,
                         const QString &reason, const QString &shortfalls);
    Status checkContractNumber(CaseStep &step, const QString &number, const QString &type);
    Status decide(const Actor &actor, WorkflowStep kind, qint64 householdId, const QDate &decidedOn,
                  const QString &reason, const QString &note);
    Result<QList<OverdueCase>> overdueFor(OverdueCase::Deadline deadline, const QDate &today,
                                          int limit);

    db::Database &m_db;
    QDate m_today;
};

} // namespace nov
