#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// The figures of `novoselye stats`: rows per table, the programme counter, milestones.
class StatsService {
public:
    struct Stats {
        QString location;
        int schemaVersion = 0;
        QList<QPair<QString, qint64>> tables;
        qint64 relocatedResidents = 0;
        qint64 relocatedHouseholds = 0;
        qint64 milestonesReached = 0;
        qint64 milestonesTotal = 0;
        qint64 nextTarget = 0; // 0 when every target is reached

        QJsonObject toJson() const;
        QString toText() const;
    };

    static Result<Stats> collect(db::Database &db);
};

} // namespace nov
