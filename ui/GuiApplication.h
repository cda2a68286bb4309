#pragma once

#include <QStringList>

class QApplication;

namespace nov {

// Starts the windowed program: parses --db/--lang, offers demo data on first start, opens
// the database (a readable message when it cannot) and shows the main window.
class GuiApplication {
public:
    static int run(QApplication &app);
};

} // namespace nov
