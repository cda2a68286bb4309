#include "ScreenshotCommand.h"

#include "Database.h"
#include "DialogGallery.h"
#include "MainWindow.h"
#include "Theme.h"
#include "cli/CommandLine.h"
#include "dashboard/DashboardPage.h"
#include "io/ImportWizard.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ScreenshotCommand", text);
}

const QString kCommand = QStringLiteral("screenshot");
constexpr int kTimeoutMs = 60000;
constexpr int kLargest = 8192;

void settle(QDeadlineTimer deadline) {
    // Layouts and paints are posted events; run them until none are left.
    for (int i = 0; i < 5 && !deadline.hasExpired(); ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

void ScreenshotCommand::registerCommand() {
    CommandLine::addCommand({kCommand,
                             tr("render a page to a PNG: screenshot PAGE --out FILE.png "
                                "[--size WxH]"),
                             &ScreenshotCommand::run, true});
}

QSize ScreenshotCommand::parseSize(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX×](\\d{2,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return QSize();
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > kLargest ||
        size.height() > kLargest)
        return QSize();
    return size;
}

bool ScreenshotCommand::waitForPage(MainWindow &window, const QString &page, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    settle(deadline);
    if (auto *dashboard = window.findChild<DashboardPage *>(page)) {
        if (!dashboard->waitUntilSettled(int(deadline.remainingTime())))
            return false;
        settle(deadline);
        return true;
    }
    BrowsePage *browse = window.browsePage(page);
    if (!browse)
        return true;
    browse->activate();
    LazyTableModel *model = browse->model();
    // Settled twice in a row: after the first rows come, the view paints and may ask for more.
    QTimer tick; // wakes the loop when nothing else does
    tick.start(20);
    int settledRounds = 0;
    while (settledRounds < 2) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        settledRounds = model->isSettled() ? settledRounds + 1 : 0;
    }
    settle(deadline);
    return true;
}

namespace {
// The import wizard on its dry-run page, over the file given with --file.
int importWizardShot(const QCommandLineParser &parser) {
    const QString out = parser.value(QStringLiteral("out"));
    const QSize size = ScreenshotCommand::parseSize(parser.value(QStringLiteral("size")));
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db || out.isEmpty() || !size.isValid()) {
        CommandLine::printError(
            db ? Error{QCoreApplication::translate("nov::ScreenshotCommand",
                                                   "--out FILE.png and --file are needed."),
                       kCommand, QString()}
               : db.error());
        return CommandLine::Failure;
    }
    ImportWizard wizard(*db.value(), Actor::system());
    wizard.setAttribute(Qt::WA_DontShowOnScreen);
    wizard.resize(size);
    wizard.show();
    wizard.setFile(parser.value(QStringLiteral("file")), ImportKind::Residents);
    for (int i = 0; i < 3; ++i)
        wizard.next();
    QElapsedTimer timer;
    timer.start();
    while ((wizard.isRunning() || wizard.currentId() != ImportWizard::CheckPage) &&
           timer.elapsed() < kTimeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    if (!wizard.grab().toImage().save(out, "PNG"))
        return CommandLine::Failure;
    CommandLine::print(QStringLiteral("%1\n").arg(QDir::toNativeSeparators(out)));
    return CommandLine::Success;
}
// The windowed program, the colours of --theme and the database of --db, which every kind of
// shot needs; nullptr with `*code` set (and the message printed) when one is missing.
std::unique_ptr<db::Database> openForShot(const QCommandLineParser &parser, int *code) {
    *code = CommandLine::Failure;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        CommandLine::printError({tr("Screenshots need the windowed program's libraries."), kCommand,
                                 tr("Run it as: novoselye screenshot …")});
        return nullptr;
    }
    Theme::Choice theme = Theme::Choice::Light;
    if (!Theme::fromName(parser.value(QStringLiteral("theme")), &theme)) {
        *code = CommandLine::usageError(tr("--theme is light, dark or system."), kCommand);
        return nullptr;
    }
    Theme::apply(theme);
    db::Database::Options options;
    options.create = false;
    auto db = db::Database::open(CommandLine::databaseLocation(parser), options);
    if (!db) {
        CommandLine::printError(db.error());
        return nullptr;
    }
    return std::move(db.value());
}

// One dialog of the gallery (or all of them into the folder --out) at its own size.
int dialogShots(const QCommandLineParser &parser, const QString &name) {
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CommandLine::usageError(tr("--out FILE.png is needed."), kCommand);
    int code = CommandLine::Success;
    std::unique_ptr<db::Database> db = openForShot(parser, &code);
    if (!db)
        return code;
    const QDate today = parser.isSet(QStringLiteral("today"))
                            ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
                            : QDate::currentDate();
    DialogGallery gallery(*db, today.isValid() ? today : QDate::currentDate());
    const bool all = name == QLatin1String("dialogs");
    if (all && !QDir().mkpath(out)) {
        CommandLine::printError(
            {tr("The folder cannot be created."), out, tr("Check that you may write there.")});
        return CommandLine::Failure;
    }
    int written = 0;
    for (const QString &dialogName : all ? DialogGallery::names() : QStringList{name}) {
        DialogGallery::Shown shown = gallery.create(dialogName);
        if (!shown.dialog) {
            CommandLine::printError({tr("The database has nothing this dialog could show."),
                                     dialogName, tr("Use a demo database: novoselye demo …")});
            continue;
        }
        shown.dialog->setAttribute(Qt::WA_DontShowOnScreen);
        shown.dialog->show();
        settle(QDeadlineTimer(2000));
        const QString file = all ? QDir(out).filePath(dialogName + QStringLiteral(".png")) : out;
        if (!shown.dialog->grab().toImage().save(file, "PNG")) {
            CommandLine::printError(
                {tr("The picture cannot be written."),
                 QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()),
                 tr("Check that the folder exists and that you may write there.")});
            return CommandLine::Failure;
        }
        CommandLine::print(QStringLiteral("%1\n").arg(QDir::toNativeSeparators(file)));
        ++written;
    }
    return written > 0 ? CommandLine::Success : CommandLine::Failure;
}

} // namespace

int ScreenshotCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Renders the main window with PAGE selected and its rows loaded to a PNG file, or "
           "a dialog (\"dialogs\": every dialog into the folder --out).\n"
           "Pages: %1.\nDialogs: %2.")
            .arg(MainWindow::pageNames().join(QStringLiteral(", ")),
                 DialogGallery::names().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("out"), tr("The PNG file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("size"), tr("Window size (default: 1280x800)."), tr("WxH"),
                      QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("theme"), tr("Colours: light (default), dark or system."),
                      tr("THEME"), QStringLiteral("light")});
    parser.addOption({QStringLiteral("status"),
                      tr("Show only the rows with this status (a list page's status filter)."),
                      tr("STATUS")});
    parser.addPositionalArgument(tr("PAGE"), tr("The page to render."));
    parser.addOption(
        {QStringLiteral("file"),
         tr("import: the CSV file the import wizard checks (its dry-run page is shown)."),
         tr("FILE")});
    parser.addOption({QStringLiteral("today"),
                      tr("Dialogs: the office's today (step dates), YYYY-MM-DD."), tr("DATE")});
    if (int code = CommandLine::parse(parser, arguments, kCommand); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QStringList pages = MainWindow::pageNames();
    if (positional.size() < 2)
        return CommandLine::usageError(
            tr("which page? Name one of: %1.").arg(pages.join(QStringLiteral(", "))), kCommand);
    if (positional.size() > 2)
        return CommandLine::usageError(tr("unexpected argument '%1'.").arg(positional.at(2)),
                                       kCommand);
    const QString page = positional.at(1);
    if (page == QLatin1String("import") && parser.isSet(QStringLiteral("file")))
        return importWizardShot(parser);
    if (page == QLatin1String("dialogs") || DialogGallery::names().contains(page))
        return dialogShots(parser, page);
    if (!pages.contains(page))
        return CommandLine::usageError(
            tr("unknown page '%1'; the pages are: %2.").arg(page, pages.join(QStringLiteral(", "))),
            kCommand);
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CommandLine::usageError(tr("--out FILE.png is needed."), kCommand);
    const QSize size = parseSize(parser.value(QStringLiteral("size")));
    if (!size.isValid())
        return CommandLine::usageError(
            tr("--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).").arg(kLargest),
            kCommand);
    int code = CommandLine::Success;
    std::unique_ptr<db::Database> db = openForShot(parser, &code);
    if (!db)
        return code;
    // No account: nothing the page shows is recorded. The audit page is one only the
    // auditor's and the admin's windows have.
    Actor viewer;
    if (page == QLatin1String("audit"))
        viewer.role = Role::Auditor;
    MainWindow window(std::move(db), viewer);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.showPage(page);
    if (BrowsePage *browse = window.browsePage(page);
        browse && parser.isSet(QStringLiteral("status")))
        for (QComboBox *combo : browse->filters()->findChildren<QComboBox *>())
            if (const int i = combo->findData(parser.value(QStringLiteral("status"))); i >= 0)
                combo->setCurrentIndex(i);
    window.resize(size);
    window.show();
    if (!waitForPage(window, page, kTimeoutMs)) {
        CommandLine::printError(
            {tr("The page's rows did not arrive within %1 seconds.").arg(kTimeoutMs / 1000), page,
             tr("Check the database with: novoselye stats")});
        return CommandLine::Failure;
    }
    QImage image = window.grab().toImage();
    // at a scale factor (QT_SCALE_FACTOR=2) the picture has the screen's pixels
    if (image.size() != size * image.devicePixelRatio())
        image = image.scaled(size * image.devicePixelRatio(), Qt::IgnoreAspectRatio,
                             Qt::SmoothTransformation);
    if (!image.save(out, "PNG")) {
        CommandLine::printError({tr("The picture cannot be written."),
                                 QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()),
                                 tr("Check that the folder exists and that you may write there.")});
        return CommandLine::Failure;
    }
    CommandLine::print(tr("%1: %2×%3 pixels\n")
                           .arg(QDir::toNativeSeparators(out))
                           .arg(size.width())
                           .arg(size.height()));
    return CommandLine::Success;
}

} // namespace nov
