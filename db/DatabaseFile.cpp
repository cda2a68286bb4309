#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace nov::db {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::DatabaseFile", text);
}
// A journal or write-ahead log left behind with content: SQLite will replay or roll it back.
bool hotFile(const QString &path) {
    const QFileInfo info(path);
    return info.isFile() && info.size() > 0;
}
} // namespace

Status DatabaseFile::inspect(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir())
        return Error{tr("The path is a folder, not a database file."), where,
                     tr("Choose a file name, for example novoselye.db.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The database file cannot be read."), where,
                     tr("Check that the file exists and that you may read and write it."),
                     file.errorString()};
    const qint64 size = file.size();
    if (size == 0)
        return Error{tr("The file is empty: it is not a Novoselye database, or it was "
                        "truncated."),
                     where, tr("Restore the database from a backup or choose another file.")};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{tr("The file is not a Novoselye database."), where,
                     tr("Choose a database file created by Novoselye, or a new file name.")};

    // Page size: 2 bytes big-endian at offset 16, the value 1 meaning 65536.
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeValid = pageSize >= 512 && (pageSize & (pageSize - 1)) == 0;
    // In-header page count is trustworthy when the "version-valid-for" number equals the
    // change counter (SQLite file format, section 1.3.7).
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (!pageSizeValid || size % pageSize != 0)
        return Error{tr("The database file is damaged (its size does not match its page "
                        "structure)."),
                     where, tr("Restore the database from a backup.")};
    // A crash in the middle of a checkpoint leaves page 1 (with the new page count) written and
    // later pages not yet: the write-ahead log still holds them all, and SQLite finishes the
    // work when it opens the file. Likewise a hot rollback journal restores the old size. Only
    // without either is a short file really truncated.
    const bool recoverable =
        hotFile(path + QStringLiteral("-wal")) || hotFile(path + QStringLiteral("-journal"));
    if (!recoverable && validFor == changeCounter && pageCount > 0 &&
        qint64(pageCount) * pageSize > size)
        return Error{tr("The database file is truncated: %1 of %2 bytes are there.")
                         .arg(size)
                         .arg(qint64(pageCount) * pageSize),
                     where, tr("Restore the database from a backup.")};
    return {};
}

Status DatabaseFile::createPrivate(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{tr("The database file cannot be created."), QDir::toNativeSeparators(path),
                     tr("Check that the folder exists and that you may write there."),
                     file.errorString()};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace nov::db
