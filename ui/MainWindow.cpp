#include "MainWindow.h"

#include "BackupActions.h"
#include "ChangeWatcher.h"
#include "Database.h"
#include "Theme.h"
#include "auth/AuditReader.h"
#include "browse/BrowseCatalog.h"
#include "certificates/ActBatchDialog.h"
#include "certificates/VerifyActDialog.h"
#include "dashboard/DashboardPage.h"
#include "domain/HouseholdCardService.h"
#include "domain/StatsService.h"
#include "gifts/MilestonesPage.h"
#include "gifts/VehicleActions.h"
#include "household/HouseholdCard.h"
#include "io/ExportCommand.h"
#include "io/ImportWizard.h"
#include "models/LazyTableModel.h"
#include "pages/BrowsePage.h"
#include "pages/OverduePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace nov {

MainWindow::MainWindow(std::unique_ptr<db::Database> database, const Actor &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(database))
    , m_actor(actor)
    , m_pages(new QTabWidget(this))
    , m_statusDatabase(new QLabel(this))
    , m_statusCounts(new QLabel(this)) {
    setWindowTitle(tr("Novoselye — relocation office"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createOverviewPage(), tr("Overview"));
    m_pages->widget(0)->setObjectName(QStringLiteral("overview"));
    for (const BrowseDefinition *definition : BrowseCatalog::all()) {
        if (definition->needs && !m_actor.can(*definition->needs))
            continue; // the audit log: not even its tab for roles that may not read it
        auto *page = new BrowsePage(*m_db, *definition, m_pages);
        m_pages->addTab(page, definition->title);
        connect(page, &BrowsePage::rowCountTextChanged, this, &MainWindow::updateStatusCounts);
        if (definition->columnIndex(QStringLiteral("case_number")) >= 0)
            connect(page, &BrowsePage::rowActivated, this,
                    [this, page](int row) { openHouseholdOfRow(page, row); });
        if (definition->key == QLatin1String("audit"))
            setUpAuditPage(page);
        if (definition->key == QLatin1String("vehicles")) {
            auto *actions = new VehicleActions(*m_db, m_actor, page);
            connect(actions, &VehicleActions::inventoryChanged, page, &BrowsePage::reload);
        }
    }
    auto *milestones = new MilestonesPage(*m_db, m_actor, m_pages);
    m_pages->addTab(milestones, tr("Milestones"));
    connect(milestones, &MilestonesPage::cardOpened, this, [this](HouseholdCard *card) {
        connect(card, &HouseholdCard::caseChanged, this, &MainWindow::caseChanged);
    });
    connect(milestones, &MilestonesPage::milestonesChanged, this, &MainWindow::caseChanged);
    auto *overdue = new OverduePage(*m_db, m_actor, m_pages);
    overdue->setObjectName(QStringLiteral("overdue"));
    m_pages->addTab(overdue, tr("Overdue"));
    connect(overdue, &OverduePage::cardOpened, this, [this](HouseholdCard *card) {
        connect(card, &HouseholdCard::caseChanged, this, &MainWindow::caseChanged);
    });
    // The dashboard: what managers open first every morning.
    auto *dashboard = new DashboardPage(*m_db, m_actor, m_pages);
    dashboard->setObjectName(QStringLiteral("dashboard"));
    const bool managing = m_actor.role == Role::Manager || m_actor.role == Role::Admin;
    m_pages->insertTab(managing ? 0 : m_pages->count(), dashboard, tr("Dashboard"));
    m_pages->setCurrentIndex(0);
    for (int i = 0; i < m_pages->count() && i < 9; ++i)
        m_pages->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::updateStatusCounts);
    setCentralWidget(m_pages);
    createMenus();
    createShortcuts();
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    m_statusDatabase->setText(
        m_actor.userId > 0
            ? tr("Database: %1 · signed in: %2 (%3)")
                  .arg(QDir::toNativeSeparators(db::Database::displayName(m_db->location())),
                       m_actor.login, Actor::roleTitle(m_actor.role))
            : tr("Database: %1")
                  .arg(QDir::toNativeSeparators(db::Database::displayName(m_db->location()))));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    refreshOverview();

    // Other clerks' changes appear in the open page (the dashboard watches for itself).
    if (auto watcher = db::ChangeWatcher::watch(*m_db)) {
        m_changes = std::move(watcher.value());
        connect(m_changes.get(), &db::ChangeWatcher::changed, this, [this] {
            refreshOverview();
            QWidget *current = m_pages->currentWidget();
            if (auto *page = qobject_cast<BrowsePage *>(current))
                page->reload();
            else if (auto *overdue = qobject_cast<OverduePage *>(current))
                overdue->reload();
            else if (auto *milestones = qobject_cast<MilestonesPage *>(current))
                milestones->reload();
        });
    }
}

MainWindow::~MainWindow() {
    // The pages' worker threads reconnect through m_db: they go first.
    delete takeCentralWidget();
}

QStringList MainWindow::pageNames() {
    QStringList names = {QStringLiteral("overview")};
    for (const BrowseDefinition *definition : BrowseCatalog::all())
        names << definition->key;
    names << QStringLiteral("milestones") << QStringLiteral("overdue")
          << QStringLiteral("dashboard");
    return names;
}

bool MainWindow::showPage(const QString &name) {
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == name) {
            m_pages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

BrowsePage *MainWindow::browsePage(const QString &name) const {
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *page = qobject_cast<BrowsePage *>(m_pages->widget(i));
        if (page && page->objectName() == name)
            return page;
    }
    return nullptr;
}

void MainWindow::openHouseholdOfRow(BrowsePage *page, int row) {
    const int column = page->definition().columnIndex(QStringLiteral("case_number"));
    const QString caseNumber =
        page->model()->index(row, column).data(LazyTableModel::RawValueRole).toString();
    if (caseNumber.isEmpty())
        return; // the row is not loaded yet
    auto id = HouseholdCardService(*m_db).householdByCase(caseNumber);
    if (!id || id.value() == 0) {
        QMessageBox::warning(this, tr("Household"),
                             id ? tr("The case %1 no longer exists.").arg(caseNumber)
                                : id.error().toText());
        return;
    }
    HouseholdCard *card = HouseholdCard::open(this, *m_db, m_actor, id.value());
    connect(card, &HouseholdCard::caseChanged, this, &MainWindow::caseChanged);
}

// A step or an edit in a card: the figures and the lists show it.
void MainWindow::caseChanged() {
    refreshOverview();
    for (int i = 0; i < m_pages->count(); ++i) {
        if (auto *page = qobject_cast<BrowsePage *>(m_pages->widget(i)))
            page->reload();
        else if (auto *overdue = qobject_cast<OverduePage *>(m_pages->widget(i)))
            overdue->reload();
        else if (auto *milestones = qobject_cast<MilestonesPage *>(m_pages->widget(i)))
            milestones->reload();
        else if (auto *dashboard = qobject_cast<DashboardPage *>(m_pages->widget(i)))
            dashboard->reload();
    }
}

// The audit page records that it was opened (once per window, for a signed-in user) and has
// the hash-chain check under its table.
void MainWindow::setUpAuditPage(BrowsePage *page) {
    connect(page, &BrowsePage::activated, this, [this] {
        if (m_actor.userId <= 0)
            return; // no account (tests, screenshots): nobody to record
        if (Status s = AuditReader(*m_db).recordOpened(m_actor); !s)
            QMessageBox::warning(this, tr("Audit log"), s.error().toText());
    });
    auto *verify = new QPushButton(tr("Verif&y chain"), page);
    verify->setObjectName(QStringLiteral("verifyChain"));
    verify->setToolTip(tr("Check that no audit entry was changed or deleted outside Novoselye"));
    auto *result = new QLabel(page);
    result->setObjectName(QStringLiteral("verifyResult"));
    page->addFooterWidget(result);
    page->addFooterWidget(verify);
    connect(verify, &QPushButton::clicked, this, [this, page, result] {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto checked = AuditReader(*m_db).verify(m_actor);
        QApplication::restoreOverrideCursor();
        if (!checked) {
            result->setStyleSheet(QStringLiteral("color: %1").arg(Theme::alertText().name()));
            result->setText(checked.error().message);
            return;
        }
        if (checked->intact) {
            result->setStyleSheet(QString());
            result->setText(tr("The audit log is intact: every entry matches its hash."));
        } else {
            result->setStyleSheet(
                QStringLiteral("color: %1; font-weight: bold;").arg(Theme::alertText().name()));
            result->setText(tr("The audit log was changed outside Novoselye from entry %1 on: %2.")
                                .arg(checked->brokenRowId)
                                .arg(checked->reason));
        }
        page->reload(); // the check is itself an entry
    });
}

void MainWindow::createShortcuts() {
    // Ctrl+F is the Find action's (File ▸ Find…).
    for (int i = 0; i < 9; ++i) {
        auto *go = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(go, &QShortcut::activated, this, [this, i] {
            if (i < m_pages->count())
                m_pages->setCurrentIndex(i);
        });
    }
}

void MainWindow::updateStatusCounts() {
    if (auto *page = qobject_cast<BrowsePage *>(m_pages->currentWidget()))
        m_statusCounts->setText(page->rowCountText());
    else
        m_statusCounts->setText(m_overviewCounts);
}

void MainWindow::requestRestore(const QString &file) {
    m_pendingRestore = file;
    close();
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, [this] {
        refreshOverview();
        if (auto *page = qobject_cast<BrowsePage *>(m_pages->currentWidget()))
            page->reload();
        else if (auto *dashboard = qobject_cast<DashboardPage *>(m_pages->currentWidget()))
            dashboard->reload();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the figures and lists from the database again"));
    QAction *find = file->addAction(tr("&Find…"), this, [this] {
        if (auto *page = qobject_cast<BrowsePage *>(m_pages->currentWidget()))
            page->focusSearch();
        else if (auto *residents = browsePage(QStringLiteral("residents"))) {
            showPage(QStringLiteral("residents"));
            residents->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Search residents, households, apartments…"));
    QAction *overdue = file->addAction(tr("&Overdue cases"), this,
                                       [this] { showPage(QStringLiteral("overdue")); });
    overdue->setToolTip(tr("Cases past the decision or contract deadline"));
    file->addSeparator();
    // Import and export (issue 7): the wizard for managers, Export… on every list page.
    QAction *importFile = file->addAction(tr("&Import from a spreadsheet…"), this, [this] {
        ImportWizard wizard(*m_db, m_actor, this);
        wizard.exec();
        refreshOverview();
        if (auto *page = qobject_cast<BrowsePage *>(m_pages->currentWidget()))
            page->reload();
    });
    importFile->setToolTip(tr("Residents, apartments or gift vehicles from a CSV file (managers)"));
    importFile->setEnabled(m_actor.userId == 0 || m_actor.can(Permission::BulkImport));
    QAction *exportPage = file->addAction(tr("&Export…"), this, [this] {
        ExportCommand::run(this, *m_db, m_actor,
                           qobject_cast<BrowsePage *>(m_pages->currentWidget()));
    });
    exportPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPage->setToolTip(tr("Save this list, as filtered, to Excel or CSV"));
    auto enableExport = [this, exportPage] {
        exportPage->setEnabled(qobject_cast<BrowsePage *>(m_pages->currentWidget()) != nullptr);
    };
    connect(m_pages, &QTabWidget::currentChanged, this, enableExport);
    enableExport();
    file->addSeparator();
    QMenu *language = file->addMenu(tr("&Language"));
    for (const auto &[code, name] : {std::pair{QStringLiteral("ru"), QStringLiteral("Русский")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *choice = language->addAction(name, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when Novoselye starts next time."));
        });
        choice->setCheckable(true);
        choice->setChecked(QLocale().language() ==
                           (code == QLatin1String("ru") ? QLocale::Russian : QLocale::English));
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    // Ctrl+Q where the platform names no key for quitting (Windows, the offscreen platform)
    quit->setShortcut(
        QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(refresh);
    tools->addAction(find);
    tools->addAction(overdue);
    tools->addAction(exportPage);
    // Every toolbar button's tooltip names its keys, in the system's words.
    for (QAction *action : tools->actions()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            action->setToolTip(tr("%1 (%2)").arg(action->toolTip(), keys));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(theme);
    const Theme::Choice current = Theme::stored();
    for (const auto &[choice, title] : {std::pair{Theme::Choice::System, tr("&System")},
                                        std::pair{Theme::Choice::Light, tr("&Light")},
                                        std::pair{Theme::Choice::Dark, tr("&Dark")}}) {
        QAction *action = theme->addAction(title, this, [choice = choice] {
            Theme::store(choice);
            Theme::apply(choice);
        });
        action->setObjectName(QStringLiteral("theme-") + Theme::name(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        themes->addAction(action);
    }
    QMenu *acts = menuBar()->addMenu(tr("A&cts"));
    acts->addAction(tr("Acts of a &day or building…"), this,
                    [this] { ActBatchDialog(*m_db, m_actor, this).exec(); })
        ->setEnabled(m_actor.can(Permission::PrintActs));
    acts->addAction(tr("&Verify act…"), this, [this] { VerifyActDialog(*m_db, this).exec(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    BackupActions::install(this, file, help);
    help->addAction(tr("&About Novoselye"), this,
                    [this] { QMessageBox::about(this, tr("About Novoselye"), aboutText()); });
}

QString MainWindow::aboutText() {
    return tr("<b>Novoselye %1</b><br>Relocation office of Moscow's housing "
              "renovation programme: households, offers, contracts, key "
              "handovers, milestones and gift vehicles.")
        .arg(QApplication::applicationVersion());
}

QWidget *MainWindow::createOverviewPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_overviewSummary = new QLabel(page);
    m_overviewSummary->setTextFormat(Qt::RichText);
    m_overviewSummary->setWordWrap(true);
    layout->addWidget(m_overviewSummary);
    m_overviewTable = new QTableWidget(0, 2, page);
    m_overviewTable->setObjectName(QStringLiteral("overviewTable"));
    m_overviewTable->setHorizontalHeaderLabels({tr("What"), tr("Records")});
    m_overviewTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_overviewTable->verticalHeader()->hide();
    m_overviewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overviewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_overviewTable);
    return page;
}

namespace {

// What a table holds, in the words of the office (the schema's name in brackets).
QString tableTitle(const QString &table) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("okrug"), QT_TRANSLATE_NOOP("nov::MainWindow", "Okrugs")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("nov::MainWindow", "Districts")},
        {QStringLiteral("building"), QT_TRANSLATE_NOOP("nov::MainWindow", "Buildings")},
        {QStringLiteral("apartment"), QT_TRANSLATE_NOOP("nov::MainWindow", "Apartments")},
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("nov::MainWindow", "Households")},
        {QStringLiteral("resident"), QT_TRANSLATE_NOOP("nov::MainWindow", "Residents")},
        {QStringLiteral("offer"), QT_TRANSLATE_NOOP("nov::MainWindow", "Offers")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("nov::MainWindow", "Contracts")},
        {QStringLiteral("key_handover"), QT_TRANSLATE_NOOP("nov::MainWindow", "Key handovers")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("nov::MainWindow", "Milestones")},
        {QStringLiteral("vehicle"), QT_TRANSLATE_NOOP("nov::MainWindow", "Gift vehicles")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("nov::MainWindow", "Certificates")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("nov::MainWindow", "User accounts")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("nov::MainWindow", "Audit log entries")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("nov::MainWindow", "Settings")},
        {QStringLiteral("household_event"),
         QT_TRANSLATE_NOOP("nov::MainWindow", "Case history entries")},
    };
    const char *title = titles.value(table);
    return title ? QStringLiteral("%1 (%2)").arg(MainWindow::tr(title), table) : table;
}

} // namespace

void MainWindow::refreshOverview() {
    auto stats = StatsService::collect(*m_db);
    if (!stats) {
        m_overviewSummary->setText(stats.error().toText().toHtmlEscaped());
        return;
    }
    const QLocale locale;
    QString summary = tr("<h2>%1 residents relocated</h2><p>in %2 households; milestones "
                         "reached: %3 of %4.</p>")
                          .arg(locale.toString(stats->relocatedResidents),
                               locale.toString(stats->relocatedHouseholds))
                          .arg(stats->milestonesReached)
                          .arg(stats->milestonesTotal);
    if (stats->nextTarget > 0)
        summary += tr("<p>Next milestone: the %1th resident, %2 to go.</p>")
                       .arg(locale.toString(stats->nextTarget),
                            locale.toString(stats->nextTarget - stats->relocatedResidents));
    m_overviewSummary->setText(summary);
    m_overviewTable->setRowCount(int(stats->tables.size()));
    qint64 residents = 0, households = 0;
    for (int row = 0; row < stats->tables.size(); ++row) {
        const auto &[table, count] = stats->tables.at(row);
        auto *nameItem = new QTableWidgetItem(tableTitle(table));
        nameItem->setData(Qt::UserRole, table);
        m_overviewTable->setItem(row, 0, nameItem);
        auto *countItem = new QTableWidgetItem(locale.toString(count));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overviewTable->setItem(row, 1, countItem);
        if (table == QLatin1String("resident"))
            residents = count;
        if (table == QLatin1String("household"))
            households = count;
    }
    m_overviewCounts = tr("%1 residents · %2 households")
                           .arg(locale.toString(residents), locale.toString(households));
    updateStatusCounts();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (BrowsePage *page : m_pages->findChildren<BrowsePage *>())
        page->saveHeader();
    event->accept();
}

} // namespace nov
