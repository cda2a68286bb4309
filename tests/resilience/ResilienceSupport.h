#pragma once

// Helpers shared by the backup, hostile-file and crash-safety tests.
#include "DatabaseBackup.h"
#include "TestSupport.h"
#include "auth/Actor.h"

#include <QProcess>
#include <QStringList>

namespace nov::test {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

// Runs the real novoselye binary (offscreen, the demo admin's password in the environment).
CliRun novoselye(const QStringList &arguments, const QByteArray &password = "admin-2018");

// The demo account `login` as an Actor (its id and role from app_user).
Actor demoActor(db::Database &db, const QString &login);

// Runs SQL on a file with the sqlite3 library directly, as another tool would: foreign keys
// off, no Novoselye checks. Fails the test when a statement fails.
void rawSql(const QString &path, const QString &sql);

// The problems DatabaseBackup::check finds, as text (empty: sound).
QString findings(const QString &path);

} // namespace nov::test
