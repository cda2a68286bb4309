#include "Transaction.h"

#include "ChangeWatcher.h"
#include "Database.h"

#include <QThread>

namespace nov::db {

namespace {
// How often a write transaction that could not start because another writer held the lock
// longer than the busy timeout is tried again, and the pause before the first retry.
constexpr int kBeginAttempts = 5;
constexpr int kFirstPauseMs = 50;
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db) {
    // One writer at a time on both backends (see SqlDialect::beginWrite): SQLite's BEGIN
    // IMMEDIATE waits up to the busy timeout for the write lock, PostgreSQL's advisory lock
    // waits as long as it takes. A normal conflict therefore only waits; should the wait end
    // with "busy", the begin is tried again a few times before the clerk sees the error.
    const QStringList begin = SqlDialect::beginWrite(m_db.backend());
    for (int attempt = 1;; ++attempt) {
        Status s;
        for (const QString &statement : begin) {
            s = m_db.execute(statement);
            if (!s)
                break;
        }
        if (s) {
            m_active = true;
            return;
        }
        if (m_db.backend() == Backend::Postgres)
            (void)m_db.execute(QStringLiteral("ROLLBACK"));
        m_error = s.error();
        if (!m_error.retryable || attempt == kBeginAttempts)
            return;
        QThread::msleep(kFirstPauseMs << (attempt - 1));
    }
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return m_error;
    // Open views elsewhere read again once this commits (PostgreSQL LISTEN/NOTIFY).
    Status s = ChangeWatcher::notify(m_db);
    if (s)
        s = m_db.execute(QStringLiteral("COMMIT"));
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
