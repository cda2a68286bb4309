#pragma once

#include "Records.h"
#include "Result.h"

#include <QList>
#include <optional>

namespace nov::db {

class Database;

// The rows a household's relocation workflow reads and changes: its status, its live offer,
// the contract and the key handover. Every statement is prepared with bound values.
class WorkflowRepository {
public:
    struct NewOffer {
        qint64 householdId = 0;
        qint64 apartmentId = 0;
        QDate letterOn;
        QString overrideReason; // empty unless a manager overrode the equivalence rule
        qint64 overrideBy = 0;
    };
    // A case past a deadline: `since` is the offer letter or the consent.
    struct Waiting {
        qint64 householdId = 0;
        QString caseNumber;
        QString status;
        QDate since;
    };

    explicit WorkflowRepository(Database &db)
        : m_db(db) {}

    Result<int> memberCount(qint64 householdId);
    Status setStatus(qint64 householdId, const QString &status, const QDate &on);
    Status setNotifiedOn(qint64 householdId, const QDate &on);
    // Other households still living in the old apartment (a communal flat holds several).
    Result<int> householdsStillIn(qint64 oldApartmentId, qint64 exceptHouseholdId);

    // The pending or consented offer of the household (one at most, by the index).
    Result<std::optional<OfferRecord>> liveOffer(qint64 householdId);
    Result<qint64> insertOffer(const NewOffer &offer);
    Status setViewed(qint64 offerId, const QDate &on);
    Status decide(qint64 offerId, const QString &decision, const QDate &on,
                  const QString &refusalReason = QString());

    Result<std::optional<ContractRecord>> contract(qint64 householdId);
    // The case number of the household that has a contract with this number, if any.
    Result<std::optional<QString>> caseWithContractNumber(const QString &number);
    Result<qint64> insertContract(const ContractRecord &contract);
    Status signContract(qint64 contractId, const QDate &on);

    Result<std::optional<KeyHandoverRecord>> keyHandover(qint64 householdId);
    Result<qint64> insertKeyHandover(const KeyHandoverRecord &handover, qint64 recordedBy);
    Status reschedule(qint64 handoverId, const QDate &scheduledFor, int keySets,
                      int residentsCount);
    Status recordHandover(qint64 handoverId, const QDate &on, int keySets, qint64 recordedBy);

    // Pending offers whose letter went out before `letterBefore`, oldest first.
    Result<QList<Waiting>> pendingDecisions(const QDate &letterBefore, int limit);
    // Consents given before `consentBefore` still without a signed contract, oldest first.
    Result<QList<Waiting>> unsignedContracts(const QDate &consentBefore, int limit);

private:
    Status update(const QString &statement, const QVariantList &values, const QString &where);
    Result<qint64> insert(const QString &statement, const QVariantList &values,
                          const QString &where);
    Result<QList<Waiting>> waiting(const QString &statement, const QDate &before, int limit);

    Database &m_db;
};

} // namespace nov::db
