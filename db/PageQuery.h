#pragma once

#include "PageSource.h"
#include "Result.h"

#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>

namespace nov::db {

class Database;

// Pages through a big table: `COUNT(*)` with the filters, and windows of rows in the order of
// a whitelisted sort column (then id), without loading the table.
//
// A page is read in two steps: a key query that walks the sort index and returns only ids
// (LIMIT/OFFSET), then the shown columns for those ids. The key query starts from the nearest
// place it knows: the start, the end (read backwards), or a row already fetched (keyset:
// `(sort, id) > (?, ?)`), so scrolling and jumping to the last row skip few index entries.
//
//     PageQuery q(PageSources::residents());
//     q.where(QStringLiteral("okrug"), {QStringLiteral("ВАО")});
//     q.orderBy(QStringLiteral("birth_date"), Qt::AscendingOrder);
//     auto total = q.count(db);
//     auto page = q.fetch(db, 0, 100);
//
// Not thread-safe; a worker thread keeps one per open page.
class PageQuery {
public:
    struct Page {
        qint64 offset = 0;
        QList<QVariantList> rows; // values in the order of source().columns
    };
    struct Statement {
        QString sql;
        QVariantList values;
    };

    explicit PageQuery(const PageSource &source);

    const PageSource &source() const { return *m_source; }

    // Adds a condition of the source by key with its values, one per `?`. Unknown keys and
    // wrong value counts are programming errors and are refused.
    Status where(const QString &conditionKey, const QVariantList &values);
    // Sorts by a sortable column of the source (an empty key: by id).
    Status orderBy(const QString &columnKey, Qt::SortOrder order);

    bool hasConditions() const { return !m_direct.isEmpty() || !m_scoped.isEmpty(); }
    Qt::SortOrder order() const { return m_order; }
    QString sortColumn() const { return m_sortColumn ? m_sortColumn->key : QString(); }

    // Counts the matching rows and remembers the count (it steers how pages are read).
    Result<qint64> count(Database &db);
    // Tells the query a count known from elsewhere (e.g. a page shorter than asked for).
    void setKnownCount(qint64 count) { m_count = count; }
    qint64 knownCount() const { return m_count; }

    // Rows [offset, offset + limit) in the query's order (fewer at the end).
    Result<Page> fetch(Database &db, qint64 offset, int limit);

    // The rows of the scope (e.g. the households of an okrug) are collected once into a
    // temporary table of the connection; count() and fetch() make it. Drop it when the query
    // is done with (a new search): it lives as long as the connection otherwise.
    void dropScopeTable(Database &db);

    // The statements as they would run now, for EXPLAIN QUERY PLAN and baselines.
    Statement countStatement() const;
    Statement pageStatement(qint64 offset, int limit) const;
    // Every matching row in the query's order in one statement, to be read forward only: an
    // export streams it instead of paging. The values are those of source().columns at the
    // positions `columns` in that order (empty: every column). `scanAndSort` (SQLite): read
    // the table in storage order and sort the rows, rather than walk the sort index.
    Statement allStatement(const QList<int> &columns = {}, bool scanAndSort = false) const;
    // Whether allStatement() had better scan and sort (SQLite, after count()): when many of
    // the table's rows match, walking the sort index means a random look-up per row in the
    // table and each joined one (9 s for a million residents), a scan and a sort far less.
    bool prefersScanAndSort(Database &db);
    // allStatement() as runAll() runs it (the scope table made first when needed), for a
    // caller that steps it itself.
    Result<Statement> prepareAll(Database &db, const QList<int> &columns = {});
    // Runs allStatement() forward only (the scope table made first when needed), scanning
    // and sorting when prefersScanAndSort().
    Result<QSqlQuery> runAll(Database &db, const QList<int> &columns = {});
    // Every matching row in two statements, for a caller that puts the rows in order itself
    // (an export parking them): `order` gives the ids in the query's order (walking the sort
    // index, or sorting only sort key and id), `rows` the id and then the values of
    // `columns` (as allStatement()) in the table's stored order. Cheaper than allStatement()
    // for a large share of a big table: no sort of whole rows (for a million residents the
    // sorter wrote ~200 MB to temporary files) and no random look-up per row.
    struct SplitStatements {
        Statement order;
        Statement rows;
    };
    SplitStatements splitStatements(const QList<int> &columns = {}) const;
    // splitStatements() when prefersScanAndSort() (the scope table made first when needed),
    // none otherwise (then prepareAll()'s one statement is as cheap).
    Result<std::optional<SplitStatements>> prepareSplit(Database &db,
                                                        const QList<int> &columns = {});
    // EXPLAIN QUERY PLAN lines of a statement (SQLite).
    static Result<QStringList> explain(Database &db, const Statement &statement);

private:
    struct Key {
        QVariant sort;
        qint64 id = 0;
    };
    struct Start {
        bool reversed = false;     // read backwards from the end or from an anchor
        std::optional<Key> anchor; // read from beyond this row (keyset)
        qint64 skip = 0;
        int limit = 0;
    };
    struct Condition {
        const PageCondition *condition;
        QVariantList values;
    };

    Start startFor(qint64 offset, int limit) const;
    QString sortExpression() const;
    bool keysetAllowed() const;
    QString whereClause(const Start &start, QVariantList &values) const;
    QString scopeSelect(QVariantList &values) const;
    QString scopeClause(QVariantList &values) const;
    Status makeScopeTable(Database &db);
    Statement keyStatement(const Start &start) const;
    QStringList selectList(const QList<int> &wanted) const;
    QString orderClause() const;
    void remember(qint64 position, const QVariant &sort, qint64 id);
    Status learnTableSize(Database &db);

    const PageSource *m_source;
    QList<Condition> m_direct;
    QList<Condition> m_scoped;
    const PageColumn *m_sortColumn = nullptr;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    qint64 m_count = -1;
    qint64 m_tableRows = -1;
    // The scope matches many rows: walk the sort index and test the scope per row, rather
    // than collect every match and sort them.
    bool m_denseScope = false;
    QMap<qint64, Key> m_anchors; // keys of rows already fetched, by position
    QString m_scopeTable;        // temporary table with the scope's ids, once made
};

} // namespace nov::db
