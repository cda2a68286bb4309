#pragma once

#include "DatabaseBackup.h"
#include "auth/Actor.h"

#include <QObject>

class QMenu;

namespace nov {

class MainWindow;

// The File menu's "Back up…" and "Restore…" (administrators) and the Help menu's "Check the
// database" (everyone). Restoring needs the database closed: the window asks for it with
// MainWindow::requestRestore and GuiApplication does it after the window is gone. On a server
// database the backup is a new SQLite file, the check covers the office's rules, and restoring
// is refused at once (migrate-to into a new server database instead).
class BackupActions : public QObject {
    Q_OBJECT
public:
    static void install(MainWindow *window, QMenu *file, QMenu *help);

    void backUp();
    void restore();
    void check();

private:
    explicit BackupActions(MainWindow *window);
    void showFindings(const Result<QList<db::DatabaseBackup::Finding>> &findings);
    MainWindow *m_window;
};

} // namespace nov
