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
// older generations. checkForChanges() asks SQLite's PRAGMA data_version, which moves when
// another connection (this window's own, or another program's) commits: a cheap poll.
class DashboardWorker : public QObject {
    Q_OBJECT

public:
    DashboardWorker(const db::Database &database, std::shared_ptr<QAtomicInt> latest);
    ~DashboardWorker() override;

    void load(int generation, const nov::DashboardService::Filter &filter, const QDate &today);
    void checkForChanges();

signals:
    void loaded(int generation, const nov::DashboardService::Dashboard &dashboard);
    void failed(int generation, const QString &message);
    // Someone else committed since the last look.
    void databaseChanged();

private:
    bool connect(QString *error);
    qint64 dataVersion();

    const db::Database &m_source;
    std::shared_ptr<QAtomicInt> m_latest;
    std::unique_ptr<db::Database> m_db;
    qint64 m_dataVersion = -1;
};

} // namespace nov
