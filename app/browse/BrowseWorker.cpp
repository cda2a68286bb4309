#include "browse/BrowseWorker.h"

#include "Database.h"
#include "browse/BrowseDefinition.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBrowse, "novoselye.browse", QtWarningMsg)

namespace nov {

BrowseWorker::BrowseWorker(const db::Database &database, const BrowseDefinition &definition,
                           std::shared_ptr<QAtomicInt> latest)
    : m_source(database)
    , m_definition(definition)
    , m_latest(std::move(latest)) {}

BrowseWorker::~BrowseWorker() = default;

bool BrowseWorker::openConnection(int generation) {
    if (m_db)
        return true;
    QElapsedTimer timer;
    timer.start();
    auto db = m_source.reconnect();
    qCDebug(lcBrowse) << m_definition.key << "connected in" << timer.nsecsElapsed() / 1000 << "µs";
    if (!db) {
        emit failed(generation, db.error().toText());
        return false;
    }
    m_db = std::move(db.value());
    return true;
}

bool BrowseWorker::count(int generation) {
    QElapsedTimer timer;
    timer.start();
    auto rows = m_query->count(*m_db);
    qCDebug(lcBrowse) << m_definition.key << "counted in" << timer.nsecsElapsed() / 1000 << "µs";
    if (!rows) {
        emit failed(generation, rows.error().toText());
        return false;
    }
    emit counted(generation, rows.value());
    return true;
}

bool BrowseWorker::fetchRows(int generation, qint64 offset, int limit) {
    QElapsedTimer timer;
    timer.start();
    auto page = m_query->fetch(*m_db, offset, limit);
    qCDebug(lcBrowse) << m_definition.key << "rows" << offset << "+" << limit << "in"
                      << timer.nsecsElapsed() / 1000 << "µs";
    if (!page) {
        emit failed(generation, page.error().toText());
        return false;
    }
    emit fetched(generation, offset, page->rows);
    return true;
}

void BrowseWorker::open(int generation, const BrowseRequest &request, int firstRows) {
    if (stale(generation) || !openConnection(generation))
        return;
    auto query = m_definition.query(request);
    if (!query) {
        emit failed(generation, query.error().toText());
        return;
    }
    if (m_query)
        m_query->dropScopeTable(*m_db);
    m_query = std::move(query.value());
    m_generation = generation;
    if (m_query->hasConditions()) {
        if (count(generation) && !stale(generation))
            fetchRows(generation, 0, firstRows);
        return;
    }
    openUnfiltered(generation, firstRows);
}

void BrowseWorker::openUnfiltered(int generation, int firstRows) {
    QElapsedTimer timer;
    timer.start();
    auto page = m_query->fetch(*m_db, 0, firstRows);
    qCDebug(lcBrowse) << m_definition.key << "first rows in" << timer.nsecsElapsed() / 1000 << "µs";
    if (!page) {
        emit failed(generation, page.error().toText());
        return;
    }
    emit fetched(generation, 0, page->rows);
    if (page->rows.size() < firstRows) {
        m_query->setKnownCount(page->rows.size());
        emit counted(generation, page->rows.size());
    } else if (!stale(generation)) {
        count(generation);
    }
}

void BrowseWorker::fetch(int generation, qint64 offset, int limit) {
    if (stale(generation) || generation != m_generation || !m_query)
        return;
    fetchRows(generation, offset, limit);
}

} // namespace nov
