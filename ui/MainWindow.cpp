#include "MainWindow.h"

#include "Database.h"
#include "domain/StatsService.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nov {

MainWindow::MainWindow(std::unique_ptr<db::Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(database))
    , m_pages(new QTabWidget(this))
    , m_statusDatabase(new QLabel(this))
    , m_statusCounts(new QLabel(this)) {
    setWindowTitle(tr("Novoselye — relocation office"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(createOverviewPage(), tr("&Overview"));
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->addWidget(m_statusDatabase, 1);
    statusBar()->addPermanentWidget(m_statusCounts);
    m_statusDatabase->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db->location())));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    refreshOverview();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &MainWindow::refreshOverview);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the figures from the database again"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Novoselye"), this, [this] {
        QMessageBox::about(this, tr("About Novoselye"),
                           tr("<b>Novoselye %1</b><br>Relocation office of Moscow's housing "
                              "renovation programme: households, offers, contracts, key "
                              "handovers, milestones and gift vehicles.")
                               .arg(QApplication::applicationVersion()));
    });
}

QWidget *MainWindow::createOverviewPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_overviewSummary = new QLabel(page);
    m_overviewSummary->setTextFormat(Qt::RichText);
    m_overviewSummary->setWordWrap(true);
    layout->addWidget(m_overviewSummary);
    m_overviewTable = new QTableWidget(0, 2, page);
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
    m_statusCounts->setText(tr("%1 residents · %2 households")
                                .arg(locale.toString(residents), locale.toString(households)));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace nov
