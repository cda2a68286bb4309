#include "BackupActions.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "MainWindow.h"
#include "domain/BackupService.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent>

namespace nov {

BackupActions::BackupActions(MainWindow *window)
    : QObject(window)
    , m_window(window) {}

void BackupActions::install(MainWindow *window, QMenu *file, QMenu *help) {
    auto *actions = new BackupActions(window);
    if (window->actor().can(Permission::BackupRestore)) {
        QAction *backup =
            file->addAction(tr("&Back up the database…"), actions, &BackupActions::backUp);
        backup->setObjectName(QStringLiteral("backupAction"));
        backup->setToolTip(tr("A verified copy of the database; clerks can keep working"));
        QAction *restore =
            file->addAction(tr("&Restore from a backup…"), actions, &BackupActions::restore);
        restore->setObjectName(QStringLiteral("restoreAction"));
        file->addSeparator();
    }
    QAction *check = help->addAction(tr("&Check the database"), actions, &BackupActions::check);
    check->setObjectName(QStringLiteral("checkAction"));
}

void BackupActions::backUp() {
    db::Database &db = m_window->database();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("novoselye-%1.db").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"),
                                                        suggested, tr("Novoselye databases (*.db)"),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QProgressDialog progress(tr("Copying the database…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto copied = BackupService(db).backup(m_window->actor(), target, [&](int done, int total) {
        progress.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!copied) {
        QMessageBox::warning(m_window, tr("Backup"), copied.error().toText());
        return;
    }
    QMessageBox::information(
        m_window, tr("Backup"),
        tr("The backup is written and verified:\n%1\n\n%2")
            .arg(QDir::toNativeSeparators(target), BackupService::describe(copied.value())));
}

void BackupActions::restore() {
    // a server database: said before a file is chosen, and the window stays open
    if (Status s = BackupService::restorableInto(m_window->database().location()); !s) {
        QMessageBox::warning(m_window, tr("Restore"), s.error().toText());
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Restore from a backup"),
        BackupService::automaticFolder(m_window->database().location()),
        tr("Novoselye databases (*.db);;All files (*)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto offered = db::DatabaseBackup::verify(file);
    QApplication::restoreOverrideCursor();
    if (!offered) {
        QMessageBox::warning(
            m_window, tr("Restore"),
            tr("This file cannot be restored.\n\n%1").arg(offered.error().toText()));
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Restore"),
        tr("Replace the database with this backup?\n%1\n%2\n\nThe current database is kept as "
           "%3. Novoselye closes the window, restores, and asks you to sign in again. Other "
           "clerks must close Novoselye first.")
            .arg(QDir::toNativeSeparators(file), BackupService::describe(offered.value()),
                 QDir::toNativeSeparators(
                     BackupService::keptPreviousPath(m_window->database().location()))));
    if (answer != QMessageBox::Yes)
        return;
    m_window->requestRestore(file);
}

void BackupActions::check() {
    db::Database &db = m_window->database();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (db.backend() == db::Backend::Postgres) {
        // A server keeps its pages and foreign keys sound: the office's rules remain, a few
        // queries the server answers on the window's own connection.
        const auto findings = db::DatabaseBackup::checkRules(db);
        QApplication::restoreOverrideCursor();
        showFindings(findings);
        return;
    }
    const QString location = db.location();
    auto *watcher = new QFutureWatcher<Result<QList<db::DatabaseBackup::Finding>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        QApplication::restoreOverrideCursor();
        const auto findings = watcher->result();
        watcher->deleteLater();
        showFindings(findings);
    });
    watcher->setFuture(
        QtConcurrent::run([location] { return db::DatabaseBackup::check(location); }));
}

void BackupActions::showFindings(const Result<QList<db::DatabaseBackup::Finding>> &findings) {
    if (!findings) {
        QMessageBox::warning(m_window, tr("Check the database"), findings.error().toText());
    } else if (findings->isEmpty()) {
        QMessageBox::information(m_window, tr("Check the database"),
                                 tr("The database is sound: the integrity and foreign key "
                                    "checks pass and every office rule holds."));
    } else {
        QStringList lines;
        for (const auto &finding : findings.value())
            lines << tr("%1: %2 (for example %3)")
                         .arg(finding.problem)
                         .arg(finding.count)
                         .arg(finding.examples);
        QMessageBox::warning(m_window, tr("Check the database"),
                             tr("The database has problems:\n\n%1\n\nRestore a backup taken "
                                "before the damage or have the rows corrected.")
                                 .arg(lines.join(QStringLiteral("\n"))));
    }
}

} // namespace nov
