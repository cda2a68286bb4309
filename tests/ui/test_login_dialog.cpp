#include "LoginDialog.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>

using namespace nov;

namespace {

QLineEdit *field(LoginDialog &dialog, const char *name) {
    return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
}

bool showsError(LoginDialog &dialog, const char *part) {
    for (QLabel *label : dialog.findChildren<QLabel *>())
        if (label->isVisibleTo(&dialog) && label->text().contains(QLatin1String(part)))
            return true;
    return false;
}

} // namespace

TEST(LoginDialog, FirstStartCreatesTheAdministrator) {
    test::TempDir dir;
    auto db = test::openDatabase(dir.path(QStringLiteral("new.db")));
    ASSERT_TRUE(db);
    LoginDialog dialog(*db, true);
    ASSERT_TRUE(field(dialog, "fullName") && field(dialog, "repeat"));
    field(dialog, "login")->setText(QStringLiteral("orlova"));
    field(dialog, "fullName")->setText(QStringLiteral("Орлова Наталья"));
    field(dialog, "password")->setText(QStringLiteral("first-admin-1"));
    field(dialog, "repeat")->setText(QStringLiteral("first-admin-2"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Rejected)) << "the passwords differ";
    EXPECT_TRUE(showsError(dialog, "differ"));
    field(dialog, "repeat")->setText(QStringLiteral("first-admin-1"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.actor().role, Role::Admin);
}

TEST(LoginDialog, WrongPasswordIsExplainedAndTheRightOneSignsIn) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    LoginDialog dialog(*db, false);
    EXPECT_FALSE(field(dialog, "repeat")) << "signing in asks login and password only";
    field(dialog, "login")->setText(QStringLiteral("clerk"));
    field(dialog, "password")->setText(QStringLiteral("wrong"));
    dialog.accept();
    EXPECT_NE(dialog.result(), int(QDialog::Accepted));
    EXPECT_TRUE(showsError(dialog, "Wrong login or password"));
    field(dialog, "password")->setText(QStringLiteral("clerk-2018"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.actor().role, Role::Clerk);
}

TEST(MainWindow, MenusAppearInTheChosenLanguage) {
    test::TempDir dir;
    const QString path = test::smallDemo(dir);
    auto titles = [&](const char *language) {
        Translator translator;
        EXPECT_TRUE(translator.loadLanguage(QString::fromLatin1(language)));
        QCoreApplication::installTranslator(&translator);
        auto db = test::openDatabase(path);
        MainWindow window(std::move(db));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCoreApplication::removeTranslator(&translator);
        return menus;
    };
    const QStringList russian = titles("ru");
    const QStringList english = titles("en");
    EXPECT_TRUE(english.contains(QStringLiteral("&File")));
    EXPECT_TRUE(russian.contains(QStringLiteral("&Файл"))) << russian.join(u' ').toStdString();
    EXPECT_FALSE(russian.contains(QStringLiteral("&File")));
}
