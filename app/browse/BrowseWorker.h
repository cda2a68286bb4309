#pragma once

#include "PageQuery.h"
#include "browse/BrowseRequest.h"

#include <QAtomicInt>
#include <QList>
#include <QObject>
#include <QVariantList>
#include <memory>
#include <optional>

namespace nov {

namespace db {
class Database;
}
class BrowseDefinition;

// Runs one browsing page's queries in a worker thread, on a connection of its own opened in
// that thread (Database::reconnect()). Requests and answers carry a generation number; a
// request older than `latest` (a newer search or sort was asked for meanwhile) is skipped,
// and the page drops answers of older generations.
class BrowseWorker : public QObject {
    Q_OBJECT

public:
    BrowseWorker(const db::Database &database, const BrowseDefinition &definition,
                 std::shared_ptr<QAtomicInt> latest);
    ~BrowseWorker() override;

    // A new search/sort: the first rows, then the count (the count first when filtered,
    // since it also steers how the pages are read).
    void open(int generation, const nov::BrowseRequest &request, int firstRows);
    // Rows [offset, offset + limit) of the current generation.
    void fetch(int generation, qint64 offset, int limit);

signals:
    void counted(int generation, qint64 rows);
    void fetched(int generation, qint64 offset, const QList<QVariantList> &rows);
    void failed(int generation, const QString &message);

private:
    bool stale(int generation) const { return generation != m_latest->loadAcquire(); }
    bool openConnection(int generation);
    bool count(int generation);
    bool fetchRows(int generation, qint64 offset, int limit);
    void openUnfiltered(int generation, int firstRows);

    const db::Database &m_source;
    const BrowseDefinition &m_definition;
    std::shared_ptr<QAtomicInt> m_latest;
    std::unique_ptr<db::Database> m_db;
    std::optional<db::PageQuery> m_query;
    int m_generation = -1;
};

} // namespace nov
