#include "DashboardWorker.h"

#include "Database.h"

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

void DashboardWorker::load(int generation, const DashboardService::Filter &filter,
                           const QDate &today) {
    if (generation != m_latest->loadAcquire())
        return;
    QString error;
    if (!connect(&error)) {
        emit failed(generation, error);
        return;
    }
    auto dashboard = DashboardService(*m_db).load(filter, today);
    if (!dashboard) {
        emit failed(generation, dashboard.error().toText());
        return;
    }
    emit loaded(generation, dashboard.value());
}

} // namespace nov
