#pragma once

// For widget tests (they link Qt Widgets): the message box an action of a window shows.
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>
#include <gtest/gtest.h>

namespace nov::test {

// Triggers the action named `name` (its objectName) of `window`, accepts the message box it
// shows (at once or after a worker thread) and returns its text; empty when none came within
// the timeout.
inline QString messageOfAction(QWidget &window, const char *name, int timeoutMs = 60000) {
    QAction *action = window.findChild<QAction *>(QString::fromLatin1(name));
    EXPECT_NE(action, nullptr) << name;
    if (!action)
        return {};
    QString shown;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    poll.start(20);
    action->trigger();
    const QDeadlineTimer deadline(timeoutMs);
    while (shown.isEmpty() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_FALSE(shown.isEmpty()) << name << ": no message box";
    return shown;
}

} // namespace nov::test
