// `novoselye_bench_gui_memory DB`: opens the main window over DB (offscreen), visits every page
// until its first rows are on screen, and prints the process's peak resident set size in KiB.
// Run by bench_resilience.cpp as a child process, so the figure is the window's alone.
#include "Database.h"
#include "MainWindow.h"
#include "models/LazyTableModel.h"
#include "pages/BrowsePage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <cstdio>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    if (argc != 2)
        return 2;
    nov::db::Database::Options options;
    options.create = false;
    auto db = nov::db::Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db)
        return 1;
    nov::MainWindow window(std::move(db.value()));
    window.resize(1280, 720);
    window.show();
    for (const QString &name : nov::MainWindow::pageNames()) {
        window.showPage(name);
        QElapsedTimer clock;
        clock.start();
        auto *page = qobject_cast<nov::BrowsePage *>(window.pages()->currentWidget());
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        } while (clock.elapsed() < 10000 &&
                 (page ? !(page->model()->hasFirstRows() && page->model()->isSettled())
                       : clock.elapsed() < 500));
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            std::printf("%lld\n", line.mid(6).trimmed().split(' ').value(0).toLongLong());
            return 0;
        }
    }
    return 1;
}
