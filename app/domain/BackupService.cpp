#include "BackupService.h"

#include "Database.h"
#include "ServerAddress.h"
#include "Transaction.h"
#include "UserRepository.h"
#include "auth/AuditLog.h"
#include "domain/OfficeSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::BackupService", text);
}

QString automaticName(const QString &databasePath, const QDate &day) {
    return QStringLiteral("%1-%2.db")
        .arg(QFileInfo(databasePath).completeBaseName(), day.toString(Qt::ISODate));
}

} // namespace

QString BackupService::describe(const Summary &summary) {
    const QLocale locale;
    return tr("schema %1 · %2 households · %3 residents · %4 key handovers · %5")
        .arg(summary.schemaVersion)
        .arg(locale.toString(summary.rows(QStringLiteral("household"))),
             locale.toString(summary.rows(QStringLiteral("resident"))),
             locale.toString(summary.rows(QStringLiteral("key_handover"))),
             locale.formattedDataSize(summary.bytes));
}

QString BackupService::automaticFolder(const QString &databasePath) {
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString BackupService::keptPreviousPath(const QString &databasePath) {
    return databasePath + QStringLiteral(".before-restore");
}

QStringList BackupService::automaticBackups(const QString &databasePath) {
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QRegularExpression pattern(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.db$").arg(QRegularExpression::escape(base)));
    QStringList files;
    const QDir folder(automaticFolder(databasePath));
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(name).hasMatch())
            files << folder.filePath(name);
    }
    return files;
}

Result<BackupService::Summary> BackupService::backup(const Actor &actor, const QString &target,
                                                     const Progress &progress) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::BackupRestore, tr("Backing up the database")));
    // A server database is copied row by row into a new file (restored with migrate-to).
    auto copied = m_db.backend() == db::Backend::Postgres
                      ? db::DatabaseBackup::copyFromServer(m_db, target, progress)
                      : db::DatabaseBackup::copy(m_db.location(), target, progress);
    if (!copied)
        return copied.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(
        m_db, actor, QStringLiteral("database.backup"), QStringLiteral("database"), 0,
        {{QStringLiteral("file"), QFileInfo(target).absoluteFilePath()},
         {QStringLiteral("bytes"), double(copied->bytes)},
         {QStringLiteral("schema_version"), copied->schemaVersion}}));
    NOV_RETURN_IF_ERROR(tx.commit());
    return copied;
}

Result<std::optional<QString>> BackupService::dailyBackup(const QDate &today) {
    auto keep = OfficeSettings(m_db).value(OfficeSettings::automaticBackups());
    if (!keep)
        return keep.error();
    if (keep.value() == 0)
        return std::optional<QString>();
    const QString folder = automaticFolder(m_db.location());
    if (!QDir().mkpath(folder))
        return Error{tr("The folder for automatic backups cannot be created."),
                     QDir::toNativeSeparators(folder), tr("Check that you may write there.")};
    const QString target = QDir(folder).filePath(automaticName(m_db.location(), today));
    std::optional<QString> made;
    if (!QFileInfo::exists(target)) {
        auto copied = db::DatabaseBackup::copy(m_db.location(), target);
        if (!copied)
            return copied.error();
        made = target;
    }
    const QStringList all = automaticBackups(m_db.location());
    for (int i = keep.value(); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return made;
}

Status BackupService::restorableInto(const QString &current) {
    if (db::ServerAddress::isServerUrl(current))
        return Error{tr("A server database is not replaced by a file."),
                     db::Database::displayName(current),
                     tr("Copy the backup into a new server database with novoselye migrate-to "
                        "postgresql://USER@HOST/NEW_NAME --db FILE --user LOGIN and give the "
                        "clerks the new name.")};
    return {};
}

Result<BackupService::Summary> BackupService::restore(const Actor &actor, const QString &file,
                                                      const QString &current,
                                                      const Progress &progress) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::BackupRestore, tr("Restoring the database from a backup")));
    NOV_RETURN_IF_ERROR(restorableInto(current));
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(current).absoluteFilePath())
        return Error{tr("The backup file is the database itself."), QDir::toNativeSeparators(file),
                     tr("Choose a backup file.")};
    auto restored = db::DatabaseBackup::restore(file, current, keptPreviousPath(current), progress);
    if (!restored)
        return restored.error();
    // The restored database records who put it in place (the same account if it exists there).
    auto db = db::Database::open(current);
    if (!db)
        return db.error();
    Actor recorder = Actor::system();
    auto user = db::UserRepository(*db.value()).byLogin(actor.login);
    if (user && user->has_value() && user->value().id == actor.userId)
        recorder = actor;
    db::Transaction tx(*db.value());
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(
        *db.value(), recorder, QStringLiteral("database.restore"), QStringLiteral("database"), 0,
        {{QStringLiteral("file"), QFileInfo(file).absoluteFilePath()},
         {QStringLiteral("login"), actor.login},
         {QStringLiteral("previous_kept_as"), keptPreviousPath(current)}}));
    NOV_RETURN_IF_ERROR(tx.commit());
    return restored;
}

} // namespace nov
