#pragma once

#include "auth/Actor.h"

class QWidget;

namespace nov {

namespace db {
class Database;
}
class BrowsePage;

// File → Export…: asks where and in which format, then writes the page's rows with its
// current filter, sort and visible columns on a worker thread, with a progress dialog.
class ExportCommand {
public:
    static void run(QWidget *parent, db::Database &db, const Actor &actor, BrowsePage *page);
};

} // namespace nov
