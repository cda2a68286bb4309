#include "ChangeWatcher.h"

#include "Database.h"

#include <QSqlQuery>

namespace nov::db {

ChangeWatcher::ChangeWatcher(std::unique_ptr<Database> db, int pollMs, int settleMs)
    : m_db(std::move(db)) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeWatcher::changed);
    if (m_db->backend() == Backend::Postgres) {
        QSqlDriver *driver = m_db->connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                    if (name == QLatin1String(kChannel))
                        noticed();
                });
        driver->subscribeToNotification(QString::fromLatin1(kChannel));
    } else {
        m_poll.setInterval(pollMs);
        connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
        poll();
        m_poll.start();
    }
}

ChangeWatcher::~ChangeWatcher() {
    if (m_db && m_db->backend() == Backend::Postgres)
        m_db->connection().driver()->unsubscribeFromNotification(QString::fromLatin1(kChannel));
}

Result<std::unique_ptr<ChangeWatcher>> ChangeWatcher::watch(const Database &database, int pollMs,
                                                            int settleMs) {
    auto own = database.reconnect();
    if (!own)
        return own.error();
    return std::unique_ptr<ChangeWatcher>(
        new ChangeWatcher(std::move(own.value()), pollMs, settleMs));
}

Status ChangeWatcher::notify(Database &db) {
    if (db.backend() != Backend::Postgres)
        return {};
    return db.execute(QStringLiteral("NOTIFY novoselye_changes"));
}

void ChangeWatcher::poll() {
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        noticed();
    m_dataVersion = version;
}

void ChangeWatcher::noticed() {
    if (!m_settle.isActive())
        m_settle.start();
}

} // namespace nov::db
