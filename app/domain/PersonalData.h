#pragma once

#include "auth/Actor.h"

#include <QString>

namespace nov {

namespace db {
class Database;
}

// How passport, SNILS and phone numbers are shown: in full to roles that handle cases, masked
// in lists and to roles that only read. Showing them in full is recorded in the audit log.
class PersonalData {
public:
    static QString formatSnils(const QString &digits);    // 112-233-445 95
    static QString formatPassport(const QString &digits); // 45 12 345678
    static QString formatPhone(const QString &digits);    // +7 916 123-45-67
    static QString maskSnils(const QString &digits);      // ***-***-445 95
    static QString maskPassport(const QString &digits);   // ** ** ***678
    static QString maskPhone(const QString &digits);      // +7 *** ***-45-67

    // Records that `actor` saw the household's personal data in full; refused (and so shown
    // masked) for roles without Permission::RevealPersonalData.
    static Status recordReveal(db::Database &db, const Actor &actor, qint64 householdId);
};

} // namespace nov
