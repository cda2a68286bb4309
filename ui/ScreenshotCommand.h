#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace nov {

class MainWindow;

// `novoselye screenshot PAGE --db PATH --out FILE.png [--size WxH]`: renders the main window
// with a page selected and its first rows loaded into a PNG, without showing anything on
// screen. For documentation, bug reports and checking pages at moscow scale.
class ScreenshotCommand {
public:
    // Adds the command to CommandLine; main() calls it before parsing the command line.
    static void registerCommand();
    static int run(const QStringList &arguments);

    // Waits until the page's rows are in (the overview needs no waiting); false on timeout.
    static bool waitForPage(MainWindow &window, const QString &page, int timeoutMs);
    // 'WxH' → size; an invalid size for anything else.
    static QSize parseSize(const QString &text);
};

} // namespace nov
