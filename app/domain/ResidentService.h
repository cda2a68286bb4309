#pragma once

#include "Records.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace nov {

namespace db {
class Database;
}

// Adds, corrects and removes the residents of a household (the household card's Members tab).
// Each call checks the role (EditHouseholds), validates and normalises every field through
// Validators, runs in one transaction and writes an audit record with the fields' values
// before and after.
class ResidentService {
public:
    explicit ResidentService(db::Database &db)
        : m_db(db) {}

    // "Today" for the birth date check; the system date unless set (tests).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    Result<db::ResidentRecord> resident(qint64 residentId);
    // Returns the new resident's id. A record with an id re-creates a removed resident under
    // its former id (undoing a removal).
    Result<qint64> add(const Actor &actor, const db::ResidentRecord &resident);
    // Stores every field of `resident` (found by its id); its household stays.
    Status update(const Actor &actor, const db::ResidentRecord &resident);
    // Refused while a milestone names the resident.
    Status remove(const Actor &actor, qint64 residentId);

    // The record as it would be stored (digits only, trimmed names), or the first problem.
    Result<db::ResidentRecord> normalised(const db::ResidentRecord &resident) const;

    // head, spouse, child, parent, sibling, grandchild, other
    static const QStringList &relations();
    static QString relationTitle(const QString &relation);
    static QString fullName(const db::ResidentRecord &resident);

private:
    Status checkUnique(const db::ResidentRecord &resident);
    static QJsonObject toJson(const db::ResidentRecord &resident);

    db::Database &m_db;
    QDate m_today;
};

} // namespace nov
