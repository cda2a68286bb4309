#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace nov {

namespace db {
class Database;
}

// The office's settings with their defaults, in one place. Values live in the settings table
// (shared by every clerk); a key that is not stored reads as its default.
class OfficeSettings {
public:
    struct IntSetting {
        QString key;
        int defaultValue = 0;
        int minimum = 0;
        int maximum = 0;
    };

    // Days a household has to decide after the offer letter.
    static const IntSetting &decisionDeadlineDays();
    // Days to sign the contract after the consent.
    static const IntSetting &contractDeadlineDays();
    // Automatic daily backups kept beside the database (0: none are taken).
    static const IntSetting &automaticBackups();
    static const QList<IntSetting> &intSettings();

    explicit OfficeSettings(db::Database &db)
        : m_db(db) {}

    // The stored value or the default; an Error when the stored text is not a number in range.
    Result<int> value(const IntSetting &setting);

private:
    db::Database &m_db;
};

} // namespace nov
