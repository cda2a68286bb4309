#pragma once

#include "models/LazyTableModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTimer>

namespace nov::test {

// Runs the event loop until the model has its count and rows and reads nothing more (twice
// in a row: after rows arrive, a view paints and may ask for more).
inline bool waitSettled(const LazyTableModel &model, int timeoutMs = 30000) {
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop when nothing else does
    tick.start(10);
    int rounds = 0;
    while (rounds < 3) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        rounds = model.isSettled() ? rounds + 1 : 0;
    }
    return true;
}

// Settings go to a test location, never to the user's.
inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace nov::test
