#pragma once

#include "Actor.h"
#include "Result.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace nov {

namespace db {
class Database;
}

// What the audit page needs besides its rows: the names of actions and entities for people,
// the details (JSON) as a line a person reads, and the hash-chain check.
//
// Reading the log is itself recorded, but once per opening of the page (audit.view) and for
// each check of the chain (audit.verify with its result), not per filter or scroll: a record
// per keystroke would bury the log's real entries under its readers.
class AuditReader {
public:
    struct Verification {
        bool intact = true;
        qint64 brokenRowId = 0; // the first row whose hash or link does not match
        QString reason;
    };

    explicit AuditReader(db::Database &db)
        : m_db(db) {}

    // Records that `actor` opened the audit log; refused for roles that may not read it.
    Status recordOpened(const Actor &actor);
    // Checks the hash chain and records the check with its result.
    Result<Verification> verify(const Actor &actor);

    // The actions the program records (login, offer.send, …) and the entities, in menu order.
    static const QStringList &actions();
    static QString actionTitle(const QString &action);
    static const QStringList &entities();
    static QString entityTitle(const QString &entity);
    // A stored code (field, value) → what people read, e.g. ("status", "offer_sent") → «Offer
    // sent»; returns the value itself when it is not a code.
    using ValueTitle = std::function<QString(const QString &field, const QString &value)>;
    // «Status: Offer sent → Apartment viewed; Note: …» from {"status": {"before": …, "after":
    // …}, …}: field names in the user's language, coded values through `valueTitle`.
    static QString describe(const QString &detailsJson, const ValueTitle &valueTitle = {});

private:
    db::Database &m_db;
};

} // namespace nov
