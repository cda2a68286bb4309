#include "Transaction.h"

#include "Database.h"

namespace nov::db {

Transaction::Transaction(Database &db)
    : m_db(db) {
    if (Status s = m_db.execute(SqlDialect::beginWrite(m_db.backend())); !s)
        m_error = s.error();
    else
        m_active = true;
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return m_error;
    Status s = m_db.execute(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    if (Status s = m_db.execute(QStringLiteral("ROLLBACK")); !s)
        qCWarning(lcDb) << "rollback failed:" << s.error().detail;
}

} // namespace nov::db
