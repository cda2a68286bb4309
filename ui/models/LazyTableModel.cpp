#include "models/LazyTableModel.h"

#include "Database.h"
#include "Theme.h"
#include "browse/BrowseDefinition.h"
#include "browse/BrowseWorker.h"

#include <QColor>
#include <QThread>
#include <QTimer>

namespace nov {

namespace {
// Requests the worker has at once: one running, one queued behind it. More would be read
// after the view has moved on.
constexpr int kInFlight = 2;
// Blocks the view asked for and still waiting; older wishes are off screen by now.
constexpr int kWanted = 6;
// Blocks kept in memory.
constexpr int kKeptBlocks = 80;
} // namespace

LazyTableModel::LazyTableModel(const db::Database &database, const BrowseDefinition &definition,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_definition(definition)
    , m_request(definition.defaultRequest())
    , m_latest(std::make_shared<QAtomicInt>(0))
    , m_thread(new QThread(this))
    , m_worker(new BrowseWorker(database, definition, m_latest)) {
    m_thread->setObjectName(QStringLiteral("browse-") + definition.key);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &BrowseWorker::counted, this, &LazyTableModel::onCounted);
    connect(m_worker, &BrowseWorker::fetched, this, &LazyTableModel::onFetched);
    connect(m_worker, &BrowseWorker::failed, this, &LazyTableModel::onFailed);
    m_thread->start();
}

LazyTableModel::~LazyTableModel() {
    m_latest->storeRelease(-1); // whatever is queued is skipped
    m_thread->quit();
    m_thread->wait();
}

QString LazyTableModel::placeholder() {
    return QStringLiteral("…");
}

void LazyTableModel::setRequest(const BrowseRequest &request) {
    m_request = request;
    restart();
}

void LazyTableModel::reload() {
    restart();
}

void LazyTableModel::restart() {
    ++m_generation;
    m_latest->storeRelease(m_generation);
    beginResetModel();
    m_blocks.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_rows = 0;
    m_total = -1;
    m_firstRows = false;
    m_error.clear();
    endResetModel();
    emit totalRowsChanged(-1);
    const int generation = m_generation;
    const BrowseRequest request = m_request;
    const int first = m_blockSize;
    BrowseWorker *worker = m_worker;
    m_inFlight.insert(0);
    QMetaObject::invokeMethod(
        m_worker,
        [worker, generation, request, first] { worker->open(generation, request, first); },
        Qt::QueuedConnection);
}

bool LazyTableModel::isSettled() const {
    return (m_firstRows && m_total >= 0 && m_inFlight.isEmpty() && m_wanted.isEmpty()) ||
           !m_error.isEmpty();
}

const QVariantList *LazyTableModel::row(int row) const {
    const auto block = m_blocks.constFind(row / m_blockSize);
    if (block == m_blocks.constEnd())
        return nullptr;
    const int inBlock = row % m_blockSize;
    return inBlock < block->size() ? &block->at(inBlock) : nullptr;
}

bool LazyTableModel::isLoaded(int row) const {
    return this->row(row) != nullptr;
}

int LazyTableModel::sortColumn() const {
    const int column = m_definition.columnIndex(m_request.sortColumn);
    return column >= 0 ? column : m_definition.columnIndex(m_definition.defaultSort);
}

int LazyTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int LazyTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_definition.columns.size());
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const QVariantList *values = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!values) {
            want(index.row() / m_blockSize);
            return placeholder();
        }
        return m_definition.display(index.column(), *values);
    case RawValueRole:
        return values ? m_definition.raw(index.column(), *values) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_definition.alignment(index.column()));
    case Qt::ForegroundRole:
        if (!values)
            return QColor(Qt::gray);
        return m_definition.alert(index.column(), *values) ? QVariant(Theme::alertText())
                                                           : QVariant();
    default:
        return {};
    }
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_definition.columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_definition.columns.at(section).title;
    case Qt::ToolTipRole:
        return m_definition.sortable(section)
                   ? tr("%1: click to sort").arg(m_definition.columns.at(section).title)
                   : m_definition.columns.at(section).title;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_definition.alignment(section));
    default:
        return {};
    }
}

void LazyTableModel::sort(int column, Qt::SortOrder order) {
    if (!m_definition.sortable(column))
        return;
    const QString key = m_definition.columns.at(column).key;
    if (key == m_definition.columns.value(sortColumn()).key && order == m_request.sortOrder &&
        m_generation > 0)
        return;
    m_request.sortColumn = key;
    m_request.sortOrder = order;
    restart();
}

void LazyTableModel::want(qint64 block) const {
    if (m_inFlight.contains(block))
        return;
    m_wanted.removeOne(block);
    m_wanted.append(block);
    if (m_wanted.size() > kWanted)
        m_wanted.removeFirst();
    if (!m_sendQueued) {
        m_sendQueued = true;
        auto *self = const_cast<LazyTableModel *>(this);
        QTimer::singleShot(0, self, &LazyTableModel::sendWanted);
    }
}

void LazyTableModel::sendWanted() {
    m_sendQueued = false;
    while (m_inFlight.size() < kInFlight && !m_wanted.isEmpty()) {
        const qint64 block = m_wanted.takeLast();
        if (m_blocks.contains(block))
            continue;
        m_inFlight.insert(block);
        const int generation = m_generation;
        const int limit = m_blockSize;
        BrowseWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker,
            [worker, generation, block, limit] { worker->fetch(generation, block * limit, limit); },
            Qt::QueuedConnection);
    }
}

void LazyTableModel::growTo(qint64 rows) {
    const int target = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    } else if (target < m_rows) {
        beginRemoveRows(QModelIndex(), target, m_rows - 1);
        m_rows = target;
        endRemoveRows();
    }
}

void LazyTableModel::onCounted(int generation, qint64 rows) {
    if (generation != m_generation)
        return; // an answer to an older search
    m_total = rows;
    growTo(rows);
    emit totalRowsChanged(rows);
    if (rows == 0 && !m_firstRows) {
        m_firstRows = true;
        m_inFlight.clear();
        emit firstRowsLoaded();
    }
    checkSettled();
}

void LazyTableModel::onFetched(int generation, qint64 offset, const QList<QVariantList> &rows) {
    if (generation != m_generation)
        return; // an answer to an older search
    const qint64 block = offset / m_blockSize;
    m_inFlight.remove(block);
    m_blocks.insert(block, rows);
    evictFarFrom(block);
    if (m_total < 0)
        growTo(qMax<qint64>(m_rows, offset + rows.size())); // shown before the count is in
    const int first = int(offset);
    const int last = int(qMin<qint64>(offset + rows.size(), m_rows)) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    if (!m_firstRows) {
        m_firstRows = true;
        emit firstRowsLoaded();
    }
    sendWanted();
    checkSettled();
}

void LazyTableModel::onFailed(int generation, const QString &message) {
    if (generation != m_generation)
        return;
    m_error = message;
    m_inFlight.clear();
    emit failed(message);
}

void LazyTableModel::evictFarFrom(qint64 block) {
    while (m_blocks.size() > kKeptBlocks) {
        qint64 farthest = block;
        for (auto it = m_blocks.constBegin(); it != m_blocks.constEnd(); ++it)
            if (qAbs(it.key() - block) > qAbs(farthest - block))
                farthest = it.key();
        m_blocks.remove(farthest);
    }
}

void LazyTableModel::checkSettled() {
    if (isSettled())
        emit settled();
}

} // namespace nov
