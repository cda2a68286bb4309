#pragma once

#include "auth/Actor.h"

#include <QObject>

class QMenu;

namespace nov {

class MainWindow;

// The File menu's "Back up…" and "Restore…" (administrators) and the Help menu's "Check the
// database" (everyone). Restoring needs the database closed: the window asks for it with
// MainWindow::requestRestore and GuiApplication does it after the window is gone.
class BackupActions : public QObject {
    Q_OBJECT
public:
    static void install(MainWindow *window, QMenu *file, QMenu *help);

    void backUp();
    void restore();
    void check();

private:
    explicit BackupActions(MainWindow *window);
    MainWindow *m_window;
};

} // namespace nov
