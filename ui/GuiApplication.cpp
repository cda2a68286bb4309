#include "GuiApplication.h"

#include "Database.h"
#include "FirstRunDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Theme.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStyleFactory>

namespace nov {

int GuiApplication::run(QApplication &app) {
    // One look on every desktop: Fusion, with the system's palette or the chosen theme's.
    Theme::apply(Theme::stored());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/novoselye-256.png")));
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

    if (!QFileInfo::exists(location)) {
        FirstRunDialog welcome(location);
        if (welcome.exec() != QDialog::Accepted)
            return CommandLine::Success;
    }
    auto db = db::Database::open(location);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("nov::GuiApplication", "Novoselye"),
                              db.error().toText());
        return CommandLine::Failure;
    }
    Actor actor;
    if (!LoginDialog::signIn(*db.value(), &actor))
        return CommandLine::Success;
    MainWindow window(std::move(db.value()), actor);
    window.show();
    return app.exec();
}

} // namespace nov
