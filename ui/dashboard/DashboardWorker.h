#pragma once

#include "domain/DashboardService.h"

#include <QAtomicInt>
#include <QObject>
#include <memory>

namespace nov {

namespace db {
class Database;
}

// Reads the dashboard in a worker thread, on a connection of its own opened in that thread
// (like BrowseWorker). A request older than `latest` is skipped; the page drops answers of
// older generations. (Changes committed elsewhere reach the page through db::ChangeWatcher.)
class DashboardWorker : public QObject {
    Q_OBJECT

public:
    DashboardWorker(const db::Database &database, std::shared_ptr<QAtomicInt> latest);
    ~DashboardWorker() override;

    void load(int generation, const nov::DashboardService::Filter &filter, const QDate &today);

signals:
    void loaded(int generation, const nov::DashboardService::Dashboard &dashboard);
    void failed(int generation, const QString &message);

private:
    bool connect(QString *error);

    const db::Database &m_source;
    std::shared_ptr<QAtomicInt> m_latest;
    std::unique_ptr<db::Database> m_db;
};

} // namespace nov
