// The window's backup, restore and check items: shown to the roles that may use them, and the
// check reports in a message box.
#include "Database.h"
#include "MainWindow.h"
#include "ResilienceSupport.h"
#include "WindowTestSupport.h"

#include <QAction>

using namespace nov::test;

namespace {

QAction *action(nov::MainWindow &window, const char *name) {
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

TEST(BackupActions, AdministratorsSeeBackupAndRestoreEveryoneSeesCheck) {
    TempDir dir;
    const QString path = smallDemo(dir);
    for (const char *login : {"admin", "clerk", "auditor"}) {
        auto db = openDatabase(path);
        const nov::Actor actor = demoActor(*db, QString::fromLatin1(login));
        nov::MainWindow window(std::move(db), actor);
        const bool admin = QLatin1String(login) == QLatin1String("admin");
        EXPECT_EQ(action(window, "backupAction") != nullptr, admin) << login;
        EXPECT_EQ(action(window, "restoreAction") != nullptr, admin) << login;
        EXPECT_NE(action(window, "checkAction"), nullptr) << login;
    }
}

TEST(BackupActions, CheckTellsTheDatabaseIsSoundOrWhatIsWrong) {
    TempDir dir;
    const QString path = smallDemo(dir);
    for (bool broken : {false, true}) {
        if (broken)
            rawSql(path, QStringLiteral("UPDATE resident SET relation = 'spouse' WHERE id = "
                                        "(SELECT MIN(id) FROM resident WHERE relation = 'head')"));
        auto db = openDatabase(path);
        nov::MainWindow window(std::move(db),
                               demoActor(*openDatabase(path), QStringLiteral("clerk")));
        window.show();
        const QString shown = messageOfAction(window, "checkAction");
        if (broken)
            EXPECT_TRUE(shown.contains(QLatin1String("one head"))) << shown.toStdString();
        else
            EXPECT_TRUE(shown.contains(QLatin1String("sound"))) << shown.toStdString();
    }
}

TEST(BackupActions, RestoreRequestClosesTheWindowAndRemembersTheFile) {
    TempDir dir;
    const QString path = smallDemo(dir);
    auto db = openDatabase(path);
    const nov::Actor admin = demoActor(*db, QStringLiteral("admin"));
    nov::MainWindow window(std::move(db), admin);
    window.show();
    ASSERT_TRUE(window.isVisible());
    window.requestRestore(dir.path(QStringLiteral("backup.db")));
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(window.pendingRestore(), dir.path(QStringLiteral("backup.db")));
}
