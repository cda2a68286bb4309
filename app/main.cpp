#include "GuiApplication.h"
#include "ScreenshotCommand.h"
#include "cli/CommandLine.h"
#include "i18n/Translator.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication::setOrganizationName(QStringLiteral("Novoselye"));
    QCoreApplication::setApplicationName(QStringLiteral("novoselye"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVOSELYE_VERSION));

    nov::ScreenshotCommand::registerCommand();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // An unknown --lang is a usage error rather than a silent English window.
    if (const QString lang = nov::Translator::requestedLanguage(arguments);
        !lang.isEmpty() && !nov::Translator::languages().contains(lang))
        return nov::CommandLine::usageError(
            QCoreApplication::translate("nov::CommandLine",
                                        "unknown language '%1': use --lang ru or --lang en.")
                .arg(lang));
    const QString command = nov::CommandLine::commandName(arguments);
    const bool wantsHelp =
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    const nov::CommandLine::Command *known = nov::CommandLine::find(command);
    if (known && known->gui) {
        // Widgets without a display (a server, CI): draw offscreen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        nov::Translator::install(nov::Translator::chooseLanguage(arguments));
        return nov::CommandLine::run(app.arguments());
    }
    if (!command.isEmpty() || wantsHelp) {
        QCoreApplication app(argc, argv);
        nov::Translator::install(nov::Translator::chooseLanguage(arguments));
        return nov::CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    nov::Translator::install(nov::Translator::chooseLanguage(arguments));
    return nov::GuiApplication::run(app);
}
