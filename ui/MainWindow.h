#pragma once

#include "auth/Actor.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace nov {

namespace db {
class Database;
class ChangeWatcher;
} // namespace db
class BrowsePage;

// The main window: the pages as tabs, menus, and a status bar with the database and counts.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `actor` is the signed-in user; the default (no account) may only look.
    explicit MainWindow(std::unique_ptr<db::Database> database, const Actor &actor = Actor{},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    db::Database &database() { return *m_db; }
    const Actor &actor() const { return m_actor; }
    // Closes the window so that the backup `file` can replace the database (GuiApplication).
    void requestRestore(const QString &file);
    const QString &pendingRestore() const { return m_pendingRestore; }
    QTabWidget *pages() const { return m_pages; }

    // The pages by name, in tab order: overview, residents, households, …
    static QStringList pageNames();
    // Help ▸ About's text.
    static QString aboutText();
    // Makes the named page current; false for an unknown name.
    bool showPage(const QString &name);
    // The browsing page of that name, or nullptr (overview, unknown names).
    BrowsePage *browsePage(const QString &name) const;

public slots:
    void refreshOverview();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createShortcuts();
    QWidget *createOverviewPage();
    void updateStatusCounts();
    void openHouseholdOfRow(BrowsePage *page, int row);
    void setUpAuditPage(BrowsePage *page);
    void caseChanged();

    std::unique_ptr<db::Database> m_db;
    Actor m_actor;
    QTabWidget *m_pages;
    QTableWidget *m_overviewTable = nullptr;
    QLabel *m_overviewSummary = nullptr;
    QLabel *m_statusDatabase;
    QLabel *m_statusCounts;
    QString m_overviewCounts;
    QString m_pendingRestore;
    std::unique_ptr<db::ChangeWatcher> m_changes;
};

} // namespace nov
