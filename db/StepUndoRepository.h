#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <optional>

namespace nov::db {

class Database;

// The row changes that take back the latest workflow step of a case (see app StepUndo). Each
// changes only rows still in the state the step left them, and says how many it changed.
class StepUndoRepository {
public:
    struct LastEvent {
        qint64 id = 0;
        QString fromStatus;
        QString toStatus;
        QDate previousChange; // when the case entered fromStatus (the event before, or inclusion)
    };

    explicit StepUndoRepository(Database &db)
        : m_db(db) {}

    Result<std::optional<LastEvent>> lastEvent(qint64 householdId);
    // Puts the household back in `status` as of `since` (no event written here).
    Status restoreStatus(qint64 householdId, const QString &status, const QDate &since);

    Result<int> clearNotified(qint64 householdId);
    // The pending, unviewed offer becomes withdrawn (decided on `on`); its apartment is free.
    Result<int> withdrawOffer(qint64 offerId, const QDate &on, qint64 apartmentId);
    Result<int> clearViewing(qint64 offerId);
    Result<int> reopenConsent(qint64 offerId);
    // Signed contract back to drafted, unless a key handover exists for the household.
    Result<int> unsignContract(qint64 householdId);

private:
    Result<int> changed(const QString &sql, const QVariantList &values, const QString &what);

    Database &m_db;
};

} // namespace nov::db
