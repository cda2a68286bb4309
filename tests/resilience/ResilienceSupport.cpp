#include "ResilienceSupport.h"

#include "Database.h"

#include <QProcessEnvironment>
#include <sqlite3.h>

namespace nov::test {

CliRun novoselye(const QStringList &arguments, const QByteArray &password) {
    QProcess p;
    p.setProgram(QStringLiteral(NOVOSELYE_BINARY));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("NOVOSELYE_PASSWORD"), QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.start();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Actor demoActor(db::Database &db, const QString &login) {
    Actor actor;
    actor.login = login;
    actor.userId =
        scalar(db, QStringLiteral("SELECT id FROM app_user WHERE login = '%1'").arg(login))
            .toLongLong();
    const QString role =
        scalar(db, QStringLiteral("SELECT role FROM app_user WHERE login = '%1'").arg(login))
            .toString();
    EXPECT_TRUE(Actor::roleFromName(role, &actor.role)) << login.toStdString();
    return actor;
}

void rawSql(const QString &path, const QString &sql) {
    sqlite3 *handle = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &handle), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const std::string text = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(handle);
    ASSERT_EQ(rc, SQLITE_OK) << text << "\n" << sql.toStdString();
}

QString findings(const QString &path) {
    auto found = db::DatabaseBackup::check(path);
    if (!found)
        return QStringLiteral("ERROR: ") + found.error().toText();
    QStringList lines;
    for (const auto &finding : found.value())
        lines << QStringLiteral("%1: %2 (%3)")
                     .arg(finding.problem)
                     .arg(finding.count)
                     .arg(finding.examples);
    return lines.join(QLatin1Char('\n'));
}

} // namespace nov::test
