#include "DashboardPage.h"

#include "ChangeWatcher.h"
#include "Database.h"
#include "GeographyRepository.h"
#include "Theme.h"
#include "browse/BrowseCatalog.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardWorker.h"
#include "household/ErrorLabel.h"
#include "i18n/Formats.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace nov {

namespace {

QString number(qint64 value) {
    return QLocale().toString(value);
}

QString day(const QDate &d) {
    return Formats::date(d);
}

QChartView *chartView(QWidget *parent) {
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(200, 150);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void replaceChart(QChartView *view, QChart *chart) {
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardPage::DashboardPage(db::Database &db, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_latest(std::make_shared<QAtomicInt>(0))
    , m_thread(new QThread(this))
    , m_worker(new DashboardWorker(db, m_latest)) {
    qRegisterMetaType<DashboardService::Dashboard>();
    qRegisterMetaType<DashboardService::Filter>();
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::loaded, this, &DashboardPage::onLoaded);
    connect(m_worker, &DashboardWorker::failed, this, &DashboardPage::onFailed);
    m_thread->start();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);
    m_error = new ErrorLabel(this);
    layout->addWidget(m_error);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_content->setAutoFillBackground(true);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(4);
    content->addWidget(buildTiles());
    auto *charts = new QGridLayout;
    charts->setSpacing(4);
    m_cumulative = chartView(m_content);
    m_monthly = chartView(m_content);
    m_areas = chartView(m_content);
    // the okrug bars get the full height: twelve labels need room
    charts->addWidget(m_cumulative, 0, 0);
    charts->addWidget(m_monthly, 1, 0);
    charts->addWidget(m_areas, 0, 1, 2, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    charts->setRowStretch(0, 3);
    charts->setRowStretch(1, 2);
    content->addLayout(charts, 1);
    layout->addWidget(m_content, 1);

    // Another clerk's commit (LISTEN/NOTIFY on PostgreSQL, data_version on SQLite): read
    // again now when shown, else when shown next.
    if (auto watcher = db::ChangeWatcher::watch(db)) {
        m_changes = std::move(watcher.value());
        connect(m_changes.get(), &db::ChangeWatcher::changed, this, [this] {
            if (isVisible())
                reload();
            else
                m_stale = true;
        });
    }
    reload();
}

void DashboardPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

DashboardPage::~DashboardPage() {
    m_latest->storeRelease(-1); // skip whatever is still queued
    m_thread->quit();
    m_thread->wait();
}

void DashboardPage::buildFilterBar(QWidget *bar) {
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(bar);
    m_period->addItem(tr("Whole programme"), QStringLiteral("all"));
    m_period->addItem(tr("This year"), QStringLiteral("year"));
    m_period->addItem(tr("Last 12 months"), QStringLiteral("12m"));
    m_period->addItem(tr("Last 90 days"), QStringLiteral("90d"));
    m_period->addItem(tr("Dates…"), QStringLiteral("custom"));
    m_period->setToolTip(tr("Which key handovers count: by the day the keys were handed over"));
    m_from = new QDateEdit(bar);
    m_to = new QDateEdit(bar);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLatin1String(Formats::kDateFormat));
        edit->setMinimumDate(QDate(2018, 1, 1));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    }
    m_okrug = new QComboBox(bar);
    m_district = new QComboBox(bar);
    m_district->setMinimumContentsLength(18);
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_okrug->addItem(tr("All okrugs"), QString());
    if (auto okrugs = BrowseCatalog::okrugs(m_db)) {
        for (const auto &choice : okrugs.value())
            m_okrug->addItem(DashboardCharts::okrugLabel(choice.value), choice.value); // as charted
    }
    m_byOkrug = new QCheckBox(tr("Months by okrug"), bar);
    m_byOkrug->setObjectName(QStringLiteral("monthsByOkrug"));
    m_byOkrug->setToolTip(tr("Stack each month's bar by okrug"));
    m_export = new QPushButton(tr("Export"), bar);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Save as &PNG…"), this, &DashboardPage::exportPngInteractive);
    menu->addAction(tr("Save as P&DF report…"), this, &DashboardPage::exportPdfInteractive);
    menu->addAction(tr("Print pre&view…"), this, &DashboardPage::printPreview);
    m_export->setMenu(menu);
    m_export->setVisible(m_actor.can(Permission::ExportDashboard));

    row->addWidget(new QLabel(tr("Period:"), bar));
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addSpacing(8);
    row->addWidget(new QLabel(tr("Okrug:"), bar));
    row->addWidget(m_okrug);
    row->addWidget(new QLabel(tr("District:"), bar));
    row->addWidget(m_district, 1);
    row->addWidget(m_byOkrug);
    row->addWidget(m_export);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);
    connect(m_okrug, &QComboBox::currentIndexChanged, this, &DashboardPage::okrugChanged);
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reload();
    });
    connect(m_byOkrug, &QCheckBox::toggled, this, &DashboardPage::rebuildMonthly);
    okrugChanged();
    periodChanged();
}

QWidget *DashboardPage::tile(const QString &name, const QString &title, QLabel **note) {
    auto *frame = new QFrame;
    frame->setObjectName(name);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(8, 4, 8, 4);
    box->setSpacing(1);
    auto *caption = new QLabel(title, frame);
    QFont small = caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    caption->setFont(small);
    caption->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    auto *value = new QLabel(QStringLiteral("…"), frame);
    value->setObjectName(name + QStringLiteral("Value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    *note = new QLabel(frame);
    (*note)->setFont(small);
    (*note)->setWordWrap(true);
    (*note)->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    box->addWidget(caption);
    box->addWidget(value);
    if (name == QLatin1String("milestone")) {
        m_progress = new QProgressBar(frame);
        m_progress->setMaximumHeight(10);
        m_progress->setTextVisible(false);
        box->addWidget(m_progress);
    }
    box->addWidget(*note);
    box->addStretch();
    m_values.insert(name, value);
    return frame;
}

QWidget *DashboardPage::buildTiles() {
    auto *tiles = new QWidget(m_content);
    auto *row = new QHBoxLayout(tiles);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(tile(QStringLiteral("residents"), tr("Residents relocated"), &m_residentsNote));
    row->addWidget(
        tile(QStringLiteral("households"), tr("Households relocated"), &m_householdsNote));
    row->addWidget(tile(QStringLiteral("milestone"), tr("Next milestone"), &m_milestoneNote));
    row->addWidget(
        tile(QStringLiteral("forecast"), tr("Forecast of the milestone"), &m_forecastNote));
    row->addWidget(tile(QStringLiteral("vehicles"), tr("Gift vehicles in stock"), &m_vehiclesNote));
    row->addWidget(tile(QStringLiteral("overdue"), tr("Overdue cases"), &m_overdueNote));
    return tiles;
}

QLabel *DashboardPage::tileValue(const QString &name) const {
    return m_values.value(name);
}

void DashboardPage::setToday(const QDate &today) {
    m_today = today;
    periodChanged();
}

void DashboardPage::periodChanged() {
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    const QString period = m_period->currentData().toString();
    const bool custom = period == QLatin1String("custom");
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        m_filling = true;
        m_to->setMaximumDate(today);
        m_to->setDate(today);
        if (period == QLatin1String("year"))
            m_from->setDate(QDate(today.year(), 1, 1));
        else if (period == QLatin1String("12m"))
            m_from->setDate(today.addYears(-1).addDays(1));
        else if (period == QLatin1String("90d"))
            m_from->setDate(today.addDays(-89));
        else
            m_from->setDate(m_from->minimumDate());
        m_filling = false;
    }
    reload();
}

void DashboardPage::okrugChanged() {
    m_filling = true;
    m_district->clear();
    m_district->addItem(tr("All districts"), qint64(0));
    // named as the district bars name them: in English once the UI is
    const bool russian = QLocale().language() == QLocale::Russian;
    if (auto districts =
            db::GeographyRepository(m_db).districts(m_okrug->currentData().toString())) {
        for (const auto &d : districts.value())
            m_district->addItem(russian || d.nameEn.isEmpty() ? d.name : d.nameEn, d.id);
    }
    m_filling = false;
    reload();
}

DashboardService::Filter DashboardPage::filter() const {
    DashboardService::Filter f;
    if (m_period->currentData().toString() != QLatin1String("all"))
        f.from = m_from->date();
    f.to = m_to->date();
    f.okrug = m_okrug->currentData().toString();
    f.districtId = m_district->currentData().toLongLong();
    return f;
}

void DashboardPage::setFilter(const DashboardService::Filter &filter) {
    m_filling = true;
    m_period->setCurrentIndex(m_period->findData(filter.from.isValid() || filter.to.isValid()
                                                     ? QStringLiteral("custom")
                                                     : QStringLiteral("all")));
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    m_okrug->setCurrentIndex(std::max(0, m_okrug->findData(filter.okrug)));
    m_filling = false;
    okrugChanged(); // fills the districts
    m_filling = true;
    m_district->setCurrentIndex(std::max(0, m_district->findData(filter.districtId)));
    m_filling = false;
    reload();
}

void DashboardPage::reload() {
    if (m_filling)
        return;
    const int generation = ++m_generation;
    m_latest->storeRelease(generation);
    const DashboardService::Filter f = filter();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    DashboardWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, generation, f, today] { worker->load(generation, f, today); });
}

bool DashboardPage::waitUntilSettled(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!isSettled()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    QCoreApplication::processEvents();
    return true;
}

void DashboardPage::onLoaded(int generation, const DashboardService::Dashboard &dashboard) {
    if (generation != m_generation)
        return; // a newer filter is on its way
    m_error->clearError();
    display(dashboard);
    m_shownGeneration = generation;
    emit refreshed();
}

void DashboardPage::onFailed(int generation, const QString &message) {
    if (generation != m_generation)
        return;
    m_error->showProblem(message);
    m_shownGeneration = generation;
}

void DashboardPage::display(const DashboardService::Dashboard &d) {
    m_dashboard = d;
    m_values[QStringLiteral("residents")]->setText(number(d.residents));
    m_residentsNote->setText(tr("%1 in %2")
                                 .arg(number(d.residentsThisMonth),
                                      QLocale().standaloneMonthName(d.asOf.month()) +
                                          QLatin1Char(' ') + QString::number(d.asOf.year())));
    m_values[QStringLiteral("households")]->setText(number(d.households));
    m_householdsNote->setText(
        d.households > 0 ? tr("%1 residents per household")
                               .arg(QLocale().toString(double(d.residents) / d.households, 'f', 2))
                         : QString());

    if (d.nextTarget > 0) {
        m_values[QStringLiteral("milestone")]->setText(number(d.nextTarget));
        m_progress->setRange(0, int(d.nextTarget - d.previousTarget));
        m_progress->setValue(int(d.programmeCount - d.previousTarget));
        m_progress->setToolTip(tr("%1 of %2 since the milestone %3")
                                   .arg(number(d.programmeCount - d.previousTarget),
                                        number(d.nextTarget - d.previousTarget),
                                        number(d.previousTarget)));
        m_milestoneNote->setText(tr("%1 residents to go (whole programme)")
                                     .arg(number(d.nextTarget - d.programmeCount)));
    } else {
        m_values[QStringLiteral("milestone")]->setText(tr("all reached"));
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_milestoneNote->setText(tr("every milestone target is reached"));
    }

    const Forecast::Reach &f = d.nextForecast;
    QLabel *forecast = m_values[QStringLiteral("forecast")];
    const QString pace = tr("%1 a week").arg(number(qint64(std::llround(f.pacePerWeek))));
    if (d.nextTarget == 0) {
        forecast->setText(QStringLiteral("—"));
        m_forecastNote->clear();
    } else if (f.reachable) {
        forecast->setText(day(f.expected));
        m_forecastNote->setText(
            f.earliest == f.latest ? tr("within a day · %1").arg(pace)
            : f.latest.isValid()
                ? tr("between %1 and %2 · %3").arg(day(f.earliest), day(f.latest), pace)
                : tr("from %1, the latest cannot be told · %2").arg(day(f.earliest), pace));
    } else {
        forecast->setText(QStringLiteral("—"));
        m_forecastNote->setText(tr("not in sight at the recent pace · %1").arg(pace));
    }
    m_values[QStringLiteral("forecast")]->setToolTip(
        tr("A straight line through the weekly counts of the last %1 weeks, continued; the "
           "range is where the count will be with 95 % confidence.")
            .arg(DashboardService::forecastOptions().weeks));

    m_values[QStringLiteral("vehicles")]->setText(number(d.vehicles.inStock));
    m_vehiclesNote->setText(tr("%1 reserved · %2 handed over")
                                .arg(number(d.vehicles.reserved), number(d.vehicles.handedOver)));
    m_values[QStringLiteral("overdue")]->setText(number(d.overdueCases));
    m_overdueNote->setText(tr("past a deadline today"));
    m_values[QStringLiteral("overdue")]->setStyleSheet(
        d.overdueCases > 0 ? QStringLiteral("color: #b00020;") : QString());

    // The charts made for the first dashboard stay in their views: the cumulative chart keeps
    // its series and axes and gets new points, the bar charts get new bars (their number
    // changes with the filter).
    if (!m_chartsMade) {
        replaceChart(m_cumulative, DashboardCharts::cumulative(d));
        replaceChart(m_areas, DashboardCharts::areas(d));
        replaceChart(m_monthly, DashboardCharts::monthly(d, m_byOkrug->isChecked()));
        m_chartsMade = true;
        return;
    }
    DashboardCharts::updateCumulative(m_cumulative->chart(), d, m_cumulative->width());
    DashboardCharts::areas(d, m_areas->chart());
    rebuildMonthly();
}

void DashboardPage::rebuildMonthly() {
    if (m_chartsMade)
        DashboardCharts::monthly(m_dashboard, m_byOkrug->isChecked(), m_monthly->chart());
}

QString DashboardPage::filterText() const {
    const DashboardService::Filter f = filter();
    QStringList parts;
    parts << (f.from.isValid() ? tr("key handovers from %1 to %2").arg(day(f.from), day(f.to))
                               : tr("key handovers up to %1").arg(day(f.to)));
    parts << (f.okrug.isEmpty() ? tr("all okrugs") : m_okrug->currentText());
    if (f.districtId > 0)
        parts << m_district->currentText();
    return parts.join(QStringLiteral(" · "));
}

QString DashboardPage::recordExport(const QString &format, const QString &file) {
    Status s = DashboardService(m_db).recordExport(m_actor, format, filter(), file);
    return s ? QString() : s.error().toText();
}

QString DashboardPage::exportPng(const QString &file) {
    if (QString refused = recordExport(QStringLiteral("png"), file); !refused.isEmpty())
        return refused;
    if (!m_content->grab().save(file, "PNG"))
        return tr("The picture cannot be written to %1. Check that the folder exists and that "
                  "you may write there.")
            .arg(file);
    return QString();
}

void DashboardPage::paintReport(QPainter &painter, const QRectF &page) {
    painter.save();
    QFont title = font();
    title.setPointSizeF(14);
    title.setBold(true);
    painter.setFont(title);
    const QFontMetricsF titleMetrics(title, painter.device());
    QRectF line(page.left(), page.top(), page.width(), titleMetrics.height());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Novoselye — relocation dashboard"));
    QFont text = font();
    text.setPointSizeF(9);
    painter.setFont(text);
    const QFontMetricsF textMetrics(text, painter.device());
    painter.drawText(
        line, Qt::AlignRight | Qt::AlignVCenter,
        tr("As of %1 · made %2")
            .arg(day(m_dashboard.asOf), Formats::dateTime(QDateTime::currentDateTime())));
    line = QRectF(page.left(), line.bottom() + textMetrics.height() * 0.2, page.width(),
                  textMetrics.height());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, tr("Filter: %1").arg(filterText()));
    const QRectF area(page.left(), line.bottom() + textMetrics.height() * 0.6, page.width(),
                      page.bottom() - line.bottom() - textMetrics.height() * 0.6);
    const QSizeF size = m_content->size();
    const double scale = std::min(area.width() / size.width(), area.height() / size.height());
    painter.translate(area.left() + (area.width() - size.width() * scale) / 2, area.top());
    painter.scale(scale, scale);
    // Painted straight on a PDF or printer, Qt Charts drops all but the first entry of each
    // legend (and their colour markers); a picture at three times the screen's pixels (≈350
    // dpi on the A4 page) keeps everything as on screen.
    const qreal ratio = 3;
    QImage picture((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    picture.setDevicePixelRatio(ratio);
    picture.fill(palette().color(QPalette::Window));
    m_content->render(&picture, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), size), picture);
    painter.restore();
}

QString DashboardPage::exportPdf(const QString &file) {
    if (QString refused = recordExport(QStringLiteral("pdf"), file); !refused.isEmpty())
        return refused;
    QPdfWriter writer(file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Relocation dashboard"));
    writer.setCreator(QStringLiteral("Novoselye"));
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("The PDF cannot be written to %1. Check that the folder exists and that you "
                  "may write there.")
            .arg(file);
    paintReport(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())));
    painter.end();
    return QString();
}

void DashboardPage::exportPngInteractive() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the dashboard as a picture"),
        tr("dashboard-%1.png").arg(m_dashboard.asOf.toString(Qt::ISODate)), tr("PNG (*.png)"));
    if (file.isEmpty())
        return;
    if (QString problem = exportPng(file); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export"), problem);
}

void DashboardPage::exportPdfInteractive() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the dashboard as a PDF report"),
        tr("dashboard-%1.pdf").arg(m_dashboard.asOf.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QString problem = exportPdf(file); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export"), problem);
}

void DashboardPage::printPreview() {
    if (QString refused = recordExport(QStringLiteral("print"), QString()); !refused.isEmpty()) {
        QMessageBox::warning(this, tr("Print"), refused);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the dashboard"));
    // Preview and printer share one painting.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *p) { printReport(*p); });
    preview.exec();
}

void DashboardPage::printReport(QPrinter &printer) {
    QPainter painter(&printer);
    paintReport(painter, QRectF(QPointF(0, 0), printer.pageRect(QPrinter::DevicePixel).size()));
}

} // namespace nov
