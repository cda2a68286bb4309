#include "pages/BrowsePage.h"

#include "Theme.h"
#include "browse/BrowseDefinition.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace nov {

BrowsePage::BrowsePage(db::Database &database, const BrowseDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_filters(new BrowseFilterBar(database, definition, this))
    , m_view(new QTableView(this))
    , m_rowCount(new QLabel(this))
    , m_model(new LazyTableModel(database, definition, this)) {
    setObjectName(definition.key);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    m_footer = new QHBoxLayout;
    m_footer->addWidget(m_rowCount, 1);
    layout->addLayout(m_footer);

    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit rowActivated(index.row()); });
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    restoreHeader();

    connect(header, &QHeaderView::sortIndicatorChanged, this, &BrowsePage::onSortIndicatorChanged);
    connect(header, &QWidget::customContextMenuRequested, this, &BrowsePage::showColumnMenu);
    connect(m_filters, &BrowseFilterBar::changed, this, &BrowsePage::applyFilters);
    connect(m_model, &LazyTableModel::totalRowsChanged, this, &BrowsePage::updateRowCount);
    connect(m_model, &LazyTableModel::failed, this, &BrowsePage::updateRowCount);
    updateRowCount();
}

BrowsePage::~BrowsePage() = default;

void BrowsePage::addActionBar(QWidget *bar) {
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, bar);
}

QLineEdit *BrowsePage::searchBox() const {
    return m_filters->searchBox();
}

QString BrowsePage::settingsKey(const char *name) const {
    return QStringLiteral("browse/%1/%2").arg(m_definition.key, QString::fromLatin1(name));
}

void BrowsePage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    activate();
}

void BrowsePage::activate() {
    if (m_active)
        return;
    m_active = true;
    applyFilters();
    emit activated();
}

void BrowsePage::addFooterWidget(QWidget *widget) {
    m_footer->addWidget(widget);
}

void BrowsePage::reload() {
    if (m_active)
        m_model->reload();
}

void BrowsePage::focusSearch() {
    searchBox()->setFocus(Qt::ShortcutFocusReason);
    searchBox()->selectAll();
}

BrowseRequest BrowsePage::currentRequest() const {
    BrowseRequest request = m_filters->request();
    const QHeaderView *header = m_view->horizontalHeader();
    request.sortColumn = m_definition.columns.value(header->sortIndicatorSection()).key;
    request.sortOrder = header->sortIndicatorOrder();
    return request;
}

QStringList BrowsePage::visibleColumns() const {
    QStringList keys;
    for (int i = 0; i < m_definition.columns.size(); ++i)
        if (!m_view->isColumnHidden(i))
            keys << m_definition.columns.at(i).key;
    return keys;
}

void BrowsePage::applyFilters() {
    if (!m_active)
        return;
    const BrowseRequest request = currentRequest();
    if (request == m_model->request() && m_model->generation() > 0)
        return;
    m_model->setRequest(request);
}

void BrowsePage::onSortIndicatorChanged(int section, Qt::SortOrder order) {
    if (!m_definition.sortable(section)) {
        // Sorting by this column would read the whole table; the indicator goes back to
        // where the rows are really sorted.
        QHeaderView *header = m_view->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    if (m_active)
        m_model->sort(section, order);
}

void BrowsePage::updateRowCount() {
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The list cannot be read: %1").arg(m_model->lastError());
    else if (m_model->totalRows() < 0)
        text = m_active ? tr("Counting…") : QString();
    else if (m_model->totalRows() == 0)
        text = tr("Nothing matches the search and filters.");
    else
        text = m_definition.countText(m_model->totalRows());
    m_rowCount->setText(text);
    emit rowCountTextChanged(text);
}

QString BrowsePage::rowCountText() const {
    return m_rowCount->text();
}

void BrowsePage::showColumnMenu(const QPoint &position) {
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    int shown = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        shown += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu.addAction(m_definition.columns.at(c).title);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(header->isSectionHidden(c) || shown > 1); // keep one column
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            if (on && header->sectionSize(c) < 20)
                header->resizeSection(c, defaultWidth(c));
            saveHeader();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("&Reset columns"), this, &BrowsePage::resetColumns);
    menu.exec(header->mapToGlobal(position));
}

int BrowsePage::defaultWidth(int column) const {
    // The definitions' widths are pixels at the usual 9-point font (16–17 px high): they grow
    // with a larger font (200 % scaling through the font's DPI), and the title always fits.
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    const double scale = Theme::fontScale(m_view);
    const int margin = m_view->style()->pixelMetric(QStyle::PM_HeaderMargin);
    const int title =
        metrics.horizontalAdvance(m_definition.columns.at(column).title) + 4 * margin + 12;
    return qMax(qRound(m_definition.columns.at(column).width * scale), title);
}

void BrowsePage::resetColumns() {
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->setSectionHidden(c, !m_definition.columns.at(c).shownByDefault);
        header->resizeSection(c, defaultWidth(c));
    }
    saveHeader();
}

void BrowsePage::restoreHeader() {
    QHeaderView *header = m_view->horizontalHeader();
    QSettings settings;
    const QByteArray state = settings.value(settingsKey("header")).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            header->setSectionHidden(c, !m_definition.columns.at(c).shownByDefault);
            header->resizeSection(c, defaultWidth(c));
        }
    }
    // The sort comes back with the header; applyFilters() reads it from there.
    const int section = header->sortIndicatorSection();
    if (state.isEmpty() || !m_definition.sortable(section))
        header->setSortIndicator(m_model->sortColumn(), m_definition.defaultOrder);
}

void BrowsePage::saveHeader() {
    QSettings settings;
    settings.setValue(settingsKey("header"), m_view->horizontalHeader()->saveState());
}

} // namespace nov
