#pragma once

#include "Result.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace nov::db {

class Database;

// Tells open views that someone (another clerk, another program, another connection of this
// one) committed a change to the store, so they read again.
//
// PostgreSQL: LISTEN novoselye_changes on a connection of its own; every write transaction
// sends NOTIFY novoselye_changes just before COMMIT (Transaction::commit), which the server
// delivers to all listeners when, and only when, the transaction commits.
// SQLite: PRAGMA data_version on a connection of its own, polled; it moves whenever another
// connection commits.
//
// A burst of commits (an import, a busy office) gives one changed() per `settleMs`.
// Lives in the thread that created it (an event loop is needed).
class ChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr const char *kChannel = "novoselye_changes";

    // Watches the store `database` is connected to.
    static Result<std::unique_ptr<ChangeWatcher>> watch(const Database &database, int pollMs = 1000,
                                                        int settleMs = 200);
    ~ChangeWatcher() override;

    // Sends the notification inside the caller's open transaction (delivered at commit);
    // nothing to do on SQLite.
    static Status notify(Database &db);

signals:
    void changed();

private:
    ChangeWatcher(std::unique_ptr<Database> db, int pollMs, int settleMs);
    void poll();
    void noticed();

    std::unique_ptr<Database> m_db;
    QTimer m_poll;
    QTimer m_settle;
    qint64 m_dataVersion = -1;
};

} // namespace nov::db
