#include "GuiApplication.h"

#include "Database.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ServerAddress.h"
#include "Theme.h"
#include "cli/CommandLine.h"
#include "domain/BackupService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QStyleFactory>
#include <QtConcurrent>

namespace nov {

int GuiApplication::run(QApplication &app) {
    // One look on every desktop: Fusion, with the system's palette or the chosen theme's.
    Theme::apply(Theme::stored());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/novoselye-256.png")));
    // Wayland desktops find the launcher (name, icon) of the window by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("ru.novoselye.Novoselye"));
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::overview());
    const QStringList arguments = app.arguments();
    if (int code = CommandLine::parse(parser, arguments, QString()); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return CommandLine::usageError(
            QApplication::translate("nov::GuiApplication", "unexpected argument '%1'.")
                .arg(parser.positionalArguments().constFirst()));
    const QString location = CommandLine::databaseLocation(parser);

    const bool server = db::ServerAddress::isServerUrl(location);
    // PostgreSQL: libpq looks in the URL, PGPASSWORD and ~/.pgpass first; only when none of
    // them has the password is the clerk asked, before the database is opened.
    db::Database::setPasswordPrompt([](const QString &address) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QApplication::translate("nov::GuiApplication", "Database server"),
            QApplication::translate("nov::GuiApplication", "Password for %1:").arg(address),
            QLineEdit::Password, QString(), &ok);
        return ok ? password : QString();
    });

    if (!server && !QFileInfo::exists(location)) {
        FirstRunDialog welcome(location);
        if (welcome.exec() != QDialog::Accepted)
            return CommandLine::Success;
    }
    for (;;) {
        auto db = db::Database::open(location);
        if (!db) {
            QMessageBox::critical(nullptr,
                                  QApplication::translate("nov::GuiApplication", "Novoselye"),
                                  db.error().toText());
            return CommandLine::Failure;
        }
        Actor actor;
        if (!LoginDialog::signIn(*db.value(), &actor))
            return CommandLine::Success;
        QString restoreFile;
        {
            MainWindow window(std::move(db.value()), actor);
            // The day's automatic backup, off the GUI thread with its own connection.
            QFutureWatcher<Result<std::optional<QString>>> daily;
            QObject::connect(&daily, &QFutureWatcherBase::finished, &window, [&] {
                if (!daily.result())
                    window.statusBar()->showMessage(
                        QApplication::translate("nov::GuiApplication",
                                                "The automatic backup failed: %1")
                            .arg(daily.result().error().toText()));
            });
            // (a server database is backed up on the server, e.g. with pg_dump)
            if (!server)
                daily.setFuture(QtConcurrent::run([location]() -> Result<std::optional<QString>> {
                    db::Database::Options options;
                    options.create = false;
                    options.migrate = false;
                    auto own = db::Database::open(location, options);
                    if (!own)
                        return own.error();
                    return BackupService(*own.value()).dailyBackup(QDate::currentDate());
                }));
            window.show();
            const int code = app.exec();
            daily.waitForFinished();
            restoreFile = window.pendingRestore();
            if (restoreFile.isEmpty())
                return code;
        } // the window and its connections are gone: the file may be replaced
        QProgressDialog progress(
            QApplication::translate("nov::GuiApplication", "Restoring the database…"), QString(), 0,
            100);
        progress.setMinimumDuration(0);
        auto restored =
            BackupService::restore(actor, restoreFile, location, [&](int done, int total) {
                progress.setValue(total > 0 ? int(qint64(done) * 100 / total) : 0);
                return true;
            });
        progress.reset();
        if (restored)
            QMessageBox::information(
                nullptr, QApplication::translate("nov::GuiApplication", "Restore"),
                QApplication::translate("nov::GuiApplication",
                                        "The database is restored from %1. The previous one is "
                                        "kept as %2. Please sign in again.")
                    .arg(QDir::toNativeSeparators(restoreFile),
                         QDir::toNativeSeparators(BackupService::keptPreviousPath(location))));
        else
            QMessageBox::warning(nullptr, QApplication::translate("nov::GuiApplication", "Restore"),
                                 QApplication::translate("nov::GuiApplication",
                                                         "The database was not replaced.\n\n%1")
                                     .arg(restored.error().toText()));
    }
}

} // namespace nov
