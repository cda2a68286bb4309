#pragma once

#include "auth/Actor.h"
#include "domain/DashboardService.h"

#include <QAtomicInt>
#include <QDate>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPainter;
class QPrinter;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace nov {

namespace db {
class Database;
class ChangeWatcher;
} // namespace db
class DashboardWorker;
class ErrorLabel;

// The manager dashboard: KPI tiles and three charts over the filter (date range, okrug,
// district), read by a worker thread; refreshed when the window records a change (reload())
// and when another connection commits (db::ChangeWatcher: LISTEN/NOTIFY on PostgreSQL,
// PRAGMA data_version on SQLite). Exports to PNG,
// to a one-page PDF and prints through a preview, for roles with ExportDashboard.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    DashboardPage(db::Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The office's day (default: the system date); tests and screenshots fix it.
    void setToday(const QDate &today);
    void setFilter(const DashboardService::Filter &filter);
    DashboardService::Filter filter() const;

    // True once the answer to the latest request has been shown.
    bool isSettled() const { return m_shownGeneration == m_generation && m_generation > 0; }
    // Runs the event loop until settled; false on timeout.
    bool waitUntilSettled(int timeoutMs);
    const DashboardService::Dashboard &dashboard() const { return m_dashboard; }
    QChartView *cumulativeView() const { return m_cumulative; }
    QChartView *monthlyView() const { return m_monthly; }
    QChartView *areasView() const { return m_areas; }
    QWidget *content() const { return m_content; }
    QLabel *tileValue(const QString &name) const;

    // Rebuilds tiles and charts from `dashboard` (what an answer from the worker does).
    void display(const DashboardService::Dashboard &dashboard);

    // Exports; each checks the role and writes an audit entry first. The returned text is
    // empty on success, else the reason.
    QString exportPng(const QString &file);
    QString exportPdf(const QString &file);
    // The one-page report (title, date, filters, tiles, charts) on any paint device's page.
    void paintReport(QPainter &painter, const QRectF &page);
    // What the print preview paints, on its printer (and what its Print button prints).
    void printReport(QPrinter &printer);
    QString filterText() const;

public slots:
    void reload();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilterBar(QWidget *bar);
    QWidget *buildTiles();
    QWidget *tile(const QString &name, const QString &title, QLabel **note);
    void periodChanged();
    void okrugChanged();
    void rebuildMonthly();
    void onLoaded(int generation, const nov::DashboardService::Dashboard &dashboard);
    void onFailed(int generation, const QString &message);
    void exportPngInteractive();
    void exportPdfInteractive();
    void printPreview();
    QString recordExport(const QString &format, const QString &file);

    db::Database &m_db;
    Actor m_actor;
    QDate m_today;
    std::shared_ptr<QAtomicInt> m_latest;
    QThread *m_thread;
    DashboardWorker *m_worker;
    std::unique_ptr<db::ChangeWatcher> m_changes;
    bool m_stale = false;
    int m_generation = 0;
    int m_shownGeneration = 0;
    bool m_filling = false;
    bool m_chartsMade = false; // the views hold charts of DashboardCharts
    DashboardService::Dashboard m_dashboard;

    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_okrug;
    QComboBox *m_district;
    QCheckBox *m_byOkrug;
    QPushButton *m_export;
    ErrorLabel *m_error;
    QWidget *m_content;
    QHash<QString, QLabel *> m_values;
    QLabel *m_residentsNote = nullptr;
    QLabel *m_householdsNote = nullptr;
    QLabel *m_milestoneNote = nullptr;
    QLabel *m_forecastNote = nullptr;
    QLabel *m_vehiclesNote = nullptr;
    QLabel *m_overdueNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QChartView *m_cumulative;
    QChartView *m_monthly;
    QChartView *m_areas;
};

} // namespace nov
