#pragma once

#include "browse/BrowseRequest.h"

#include <QAbstractTableModel>
#include <QAtomicInt>
#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantList>
#include <memory>

class QThread;

namespace nov {

namespace db {
class Database;
}
class BrowseDefinition;
class BrowseWorker;

// A table model over a big table that never holds it: a worker thread with its own database
// connection counts the rows and reads blocks of rows around what the view shows. Rows not
// read yet show a placeholder ("…"); sort() sorts in SQL. Every new request (search, filter,
// sort) starts a new generation, and answers of older generations are dropped.
class LazyTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { RawValueRole = Qt::UserRole + 1 }; // the value as stored (dates ISO)

    // Nothing is read until setRequest() or reload().
    LazyTableModel(const db::Database &database, const BrowseDefinition &definition,
                   QObject *parent = nullptr);
    ~LazyTableModel() override;

    const BrowseDefinition &definition() const { return m_definition; }
    const BrowseRequest &request() const { return m_request; }
    void setRequest(const BrowseRequest &request);
    void reload();
    // Rows per block read from the database.
    void setBlockSize(int rows) { m_blockSize = qMax(10, rows); }
    int blockSize() const { return m_blockSize; }

    qint64 totalRows() const { return m_total; } // -1 while counting
    bool hasFirstRows() const { return m_firstRows; }
    // First rows and count are in and nothing is being read.
    bool isSettled() const;
    bool isLoaded(int row) const;
    int generation() const { return m_generation; }
    const QString &lastError() const { return m_error; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_request.sortOrder; }
    static QString placeholder();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts by a column the database keeps in order; other columns are left as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalRowsChanged(qint64 rows); // -1: counting
    void firstRowsLoaded();
    void settled();
    void failed(const QString &message);

private:
    void restart();
    void want(qint64 block) const;
    void sendWanted();
    void onCounted(int generation, qint64 rows);
    void onFetched(int generation, qint64 offset, const QList<QVariantList> &rows);
    void onFailed(int generation, const QString &message);
    void growTo(qint64 rows);
    void evictFarFrom(qint64 block);
    void checkSettled();
    const QVariantList *row(int row) const;

    const BrowseDefinition &m_definition;
    BrowseRequest m_request;
    std::shared_ptr<QAtomicInt> m_latest;
    QThread *m_thread;
    BrowseWorker *m_worker;
    int m_generation = 0;
    int m_blockSize = 100;
    int m_rows = 0;      // rows the view has been told of
    qint64 m_total = -1; // the count, -1 while counting
    bool m_firstRows = false;
    QString m_error;
    QHash<qint64, QList<QVariantList>> m_blocks;
    mutable QList<qint64> m_wanted; // blocks the view asked for, the latest last
    mutable bool m_sendQueued = false;
    QSet<qint64> m_inFlight;
};

} // namespace nov
