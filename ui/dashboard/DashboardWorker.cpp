#include "DashboardWorker.h"

#include "Database.h"

#include <QSqlQuery>

namespace nov {

DashboardWorker::DashboardWorker(const db::Database &database, std::shared_ptr<QAtomicInt> latest)
    : m_source(database)
    , m_latest(std::move(latest)) {}

DashboardWorker::~DashboardWorker() = default;

bool DashboardWorker::connect(QString *error) {
    if (m_db)
        return true;
    auto db = m_source.reconnect();
    if (!db) {
        *error = db.error().toText();
        return false;
    }
    m_db = std::move(db.value());
    return true;
}

qint64 DashboardWorker::dataVersion() {
    if (m_db->backend() != db::Backend::Sqlite)
        return 0; // PostgreSQL: the timer's reload is the only source (LISTEN is to come)
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void DashboardWorker::load(int generation, const DashboardService::Filter &filter,
                           const QDate &today) {
    if (generation != m_latest->loadAcquire())
        return;
    QString error;
    if (!connect(&error)) {
        emit failed(generation, error);
        return;
    }
    m_dataVersion = dataVersion();
    auto dashboard = DashboardService(*m_db).load(filter, today);
    if (!dashboard) {
        emit failed(generation, dashboard.error().toText());
        return;
    }
    emit loaded(generation, dashboard.value());
}

void DashboardWorker::checkForChanges() {
    QString error;
    if (!connect(&error))
        return;
    const qint64 version = dataVersion();
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        m_dataVersion = version;
        emit databaseChanged();
    }
    m_dataVersion = version;
}

} // namespace nov
