#pragma once

#include "HouseholdWorkflow.h"
#include "Records.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcWorkflow)

namespace nov {

namespace db {
class Database;
}

// The frame every workflow step shares, used inside the step's transaction: it loads the
// household and checks that the step may follow its status and that the step's date fits;
// at the end it moves the household to the step's status and writes the case history
// (household_event) and the audit record.
class CaseStep {
public:
    CaseStep(db::Database &db, const Actor &actor, WorkflowStep step, const QDate &today);

    // Loads the household; refuses a step its status does not allow, naming the status and
    // the steps that are possible.
    Status open(qint64 householdId);
    const db::HouseholdRecord &household() const { return m_household; }
    const QString &fromStatus() const { return m_household.status; }
    // "case 2023-0000012": the record an Error concerns.
    QString where() const;
    // A refusal of this step on this case, logged.
    Error refusal(const QString &message, const QString &hint) const;
    // The record a status implies (the live offer, the contract): its value, or a refusal
    // saying the case's history is inconsistent when it is missing.
    template <typename T>
    Result<T> required(Result<std::optional<T>> found, const QString &missing) const {
        if (!found)
            return found.error();
        if (!found.value().has_value())
            return refusal(missing, inconsistentHint());
        return *std::move(found.value());
    }
    static QString inconsistentHint();

    // `on` (what it is: "the viewing") must be a real date, not in the future unless allowed,
    // not before `earliest` (what that is: "the offer letter") and not before the case's last
    // status change.
    Status checkDate(const QDate &on, const QString &what, const QDate &earliest,
                     const QString &earliestWhat, bool futureAllowed = false) const;

    // Moves the household to the step's status (when the step has one) as of `on`, writes the
    // household_event (with `note`) and an audit record on (entity, entityId) whose details
    // are the fields that changed from `before` to `after`, plus the status change.
    Status finish(const QDate &on, const QString &entity, qint64 entityId,
                  const QJsonObject &before, const QJsonObject &after,
                  const QString &note = QString());

    static QString auditAction(WorkflowStep step);

private:
    db::Database &m_db;
    const Actor &m_actor;
    WorkflowStep m_step;
    QDate m_today;
    db::HouseholdRecord m_household;
};

} // namespace nov
