#include "PageQuery.h"

#include "Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::PageQuery", text);
}

// Pages are about this long; the choice between walking the sort index and sorting the
// matches weighs one page against the count.
constexpr qint64 kTypicalPage = 128;
constexpr int kMaxAnchors = 4096;

// Starting from a fetched row costs a comparison per skipped index entry, a plain OFFSET
// does not: the keyset start must skip far fewer entries to be worth it.
bool worthIt(qint64 keysetSkip, qint64 plainSkip) {
    return keysetSkip * 2 < plainSkip;
}

int placeholders(const QString &sql) {
    return int(sql.count(QLatin1Char('?')));
}

QString direction(bool ascending) {
    return ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

Result<QSqlQuery> run(Database &db, const PageQuery::Statement &statement) {
    auto q = db.prepare(statement.sql);
    if (!q)
        return q.error();
    for (const QVariant &v : statement.values)
        q->addBindValue(v);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), statement.sql.simplified().left(120));
    return std::move(q.value());
}

} // namespace

PageQuery::PageQuery(const PageSource &source)
    : m_source(&source) {}

Status PageQuery::where(const QString &conditionKey, const QVariantList &values) {
    const PageCondition *condition = m_source->condition(conditionKey);
    if (!condition || placeholders(condition->sql) != values.size())
        return Error{tr("The list cannot be filtered this way."),
                     m_source->key + QLatin1Char('.') + conditionKey,
                     tr("Report this to the program's maintainers.")};
    (condition->scoped ? m_scoped : m_direct).append({condition, values});
    m_count = -1;
    m_scopeTable.clear(); // made again with the new condition
    m_anchors.clear();
    return {};
}

Status PageQuery::orderBy(const QString &columnKey, Qt::SortOrder order) {
    const PageColumn *column = columnKey.isEmpty() ? nullptr : m_source->column(columnKey);
    if (!columnKey.isEmpty() && (!column || !column->sortable()))
        return Error{tr("The list cannot be sorted by this column."),
                     m_source->key + QLatin1Char('.') + columnKey,
                     tr("Choose another column to sort by.")};
    m_sortColumn = column;
    m_order = order;
    m_anchors.clear();
    return {};
}

QString PageQuery::sortExpression() const {
    return m_sortColumn ? m_sortColumn->sortExpression : m_source->idColumn;
}

bool PageQuery::keysetAllowed() const {
    return !m_sortColumn || !m_sortColumn->sortNullable;
}

QString PageQuery::scopeSelect(QVariantList &values) const {
    const PageScope &scope = m_source->scope;
    int needed = -1;
    QStringList conditions;
    for (const Condition &c : m_scoped) {
        for (int i = 0; i < scope.joins.size(); ++i)
            if (scope.joins.at(i).alias == c.condition->needs)
                needed = qMax(needed, i);
        conditions << QLatin1Char('(') + c.condition->sql + QLatin1Char(')');
        values += c.values;
    }
    // SQL-SAFE: scope, joins and conditions are PageSources' text; the values are bound.
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(scope.select, scope.from);
    for (int i = 0; i <= needed; ++i)
        sql += QLatin1Char(' ') + scope.joins.at(i).sql;
    return sql + QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString PageQuery::scopeClause(QVariantList &values) const {
    if (m_scoped.isEmpty())
        return QString();
    // Unary plus keeps SQLite from driving the query through the scope's index, so that it
    // walks the sort index or a narrow range instead and tests the scope per row
    // (PostgreSQL's planner decides on its own; there `+` changes nothing).
    bool walk = m_denseScope;
    for (const Condition &c : m_direct)
        walk = walk || c.condition->narrow;
    const QString &column = m_source->scope.column;
    const QString tested = walk ? QLatin1Char('+') + column : column;
    // SQL-SAFE: the column is PageSources' text, the table a name made here.
    if (!m_scopeTable.isEmpty())
        return QStringLiteral("%1 IN (SELECT id FROM %2)").arg(tested, m_scopeTable);
    return QStringLiteral("%1 IN (%2)").arg(tested, scopeSelect(values));
}

Status PageQuery::makeScopeTable(Database &db) {
    if (m_scoped.isEmpty() || !m_scopeTable.isEmpty())
        return {};
    static QAtomicInt counter;
    const QString table = QStringLiteral("page_scope_%1").arg(counter.fetchAndAddRelaxed(1));
    const QString key = db.backend() == Backend::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                                        : QStringLiteral("BIGINT PRIMARY KEY");
    if (Status s = db.execute(QStringLiteral("CREATE TEMP TABLE %1 (id %2)").arg(table, key)); !s)
        return s;
    Statement fill; // SQL-SAFE: a table name made here and PageSources' text; values bound
    fill.sql = QStringLiteral("INSERT INTO %1 (id) %2").arg(table, scopeSelect(fill.values));
    if (auto q = run(db, fill); !q)
        return q.error();
    m_scopeTable = table;
    return {};
}

void PageQuery::dropScopeTable(Database &db) {
    if (m_scopeTable.isEmpty())
        return;
    (void)db.execute(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_scopeTable));
    m_scopeTable.clear();
}

QString PageQuery::whereClause(const Start &start, QVariantList &values) const {
    QStringList parts;
    for (const Condition &c : m_direct) {
        parts << QLatin1Char('(') + c.condition->sql + QLatin1Char(')');
        values += c.values;
    }
    if (const QString scope = scopeClause(values); !scope.isEmpty())
        parts << scope;
    if (start.anchor) {
        const bool readAscending = (m_order == Qt::AscendingOrder) != start.reversed;
        const QString op = readAscending ? QStringLiteral(">") : QStringLiteral("<");
        if (sortExpression() == m_source->idColumn) {
            parts << QStringLiteral("%1 %2 ?").arg(m_source->idColumn, op);
            values << start.anchor->id;
        } else {
            parts << QStringLiteral("(%1, %2) %3 (?, ?)")
                         .arg(sortExpression(), m_source->idColumn, op);
            values << start.anchor->sort << start.anchor->id;
        }
    }
    // SQL-SAFE: PageSources' conditions and sort expressions; every value is bound.
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

PageQuery::Statement PageQuery::countStatement() const {
    Statement s; // SQL-SAFE: the source's table name; the conditions' values are bound
    s.sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(m_source->table) +
            whereClause(Start(), s.values);
    return s;
}

PageQuery::Statement PageQuery::keyStatement(const Start &start) const {
    const bool readAscending = (m_order == Qt::AscendingOrder) != start.reversed;
    const QString dir = direction(readAscending);
    const QString sort = sortExpression();
    // SQL-SAFE: sort expression, id column, table and joins come from PageSources (a
    // whitelist picked by key), the direction from direction(); values and limits are bound.
    Statement s;
    s.sql = QStringLiteral("SELECT %1 AS sort_key, %2 AS row_id FROM %3")
                .arg(sort, m_source->idColumn, m_source->table);
    if (m_sortColumn && m_sortColumn->sortNeedsJoins)
        s.sql += QLatin1Char(' ') + m_source->joins;
    s.sql += whereClause(start, s.values);
    s.sql += QStringLiteral(" ORDER BY %1 %2").arg(sort, dir); // SQL-SAFE: as above
    if (sort != m_source->idColumn)
        s.sql += QStringLiteral(", %1 %2").arg(m_source->idColumn, dir);
    // The limit is written in, not bound: with a bound LIMIT SQLite (3.40) plans for an
    // unknown number of rows and builds Bloom filters over the joined tables (the relocations
    // page scanned every live offer for 100 rows: 15 ms instead of 2).
    // SQL-SAFE: two integers.
    s.sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(start.limit).arg(start.skip);
    return s;
}

PageQuery::Statement PageQuery::pageStatement(qint64 offset, int limit) const {
    const Statement key = keyStatement(startFor(offset, limit));
    QStringList columns;
    for (const PageColumn &c : m_source->columns)
        columns << c.expression;
    const QString dir = direction(m_order == Qt::AscendingOrder);
    // SQL-SAFE: the columns, table and joins are PageSources' text; values are bound.
    Statement s;
    s.sql = QStringLiteral("SELECT k.sort_key, k.row_id, %1 FROM (%2) k JOIN %3 ON %4 = k.row_id "
                           "%5 ORDER BY k.sort_key %6, k.row_id %6")
                .arg(columns.join(QStringLiteral(", ")), key.sql, m_source->table,
                     m_source->idColumn, m_source->joins, dir);
    s.values = key.values;
    return s;
}

QStringList PageQuery::selectList(const QList<int> &wanted) const {
    QStringList columns;
    if (wanted.isEmpty())
        for (const PageColumn &c : m_source->columns)
            columns << c.expression;
    for (int i : wanted)
        columns << m_source->columns.at(i).expression;
    return columns;
}

QString PageQuery::orderClause() const {
    const QString dir = direction(m_order == Qt::AscendingOrder);
    const QString sort = sortExpression();
    // SQL-SAFE: the sort expression and id column come from PageSources (a whitelist picked
    // by key), the direction from direction().
    QString sql = QStringLiteral(" ORDER BY %1 %2").arg(sort, dir);
    if (sort != m_source->idColumn)
        sql += QStringLiteral(", %1 %2").arg(m_source->idColumn, dir); // SQL-SAFE: as above
    return sql;
}

PageQuery::Statement PageQuery::allStatement(const QList<int> &wanted, bool scanAndSort) const {
    Statement s;
    // SQL-SAFE: columns, table and joins come from PageSources; values are bound.
    s.sql = QStringLiteral("SELECT %1 FROM %2%3 %4")
                .arg(selectList(wanted).join(QStringLiteral(", ")), m_source->table,
                     scanAndSort ? QStringLiteral(" NOT INDEXED") : QString(), m_source->joins);
    s.sql += whereClause(Start(), s.values);
    s.sql += orderClause();
    return s;
}

PageQuery::SplitStatements PageQuery::splitStatements(const QList<int> &wanted) const {
    SplitStatements s;
    // SQL-SAFE: the id column, table and joins come from PageSources; values are bound.
    s.order.sql = QStringLiteral("SELECT %1 FROM %2").arg(m_source->idColumn, m_source->table);
    if (m_sortColumn && m_sortColumn->sortNeedsJoins)
        s.order.sql += QLatin1Char(' ') + m_source->joins;
    s.order.sql += whereClause(Start(), s.order.values);
    s.order.sql += orderClause();
    // SQL-SAFE: columns, table and joins come from PageSources; values are bound.
    s.rows.sql = QStringLiteral("SELECT %1, %2 FROM %3 NOT INDEXED %4")
                     .arg(m_source->idColumn, selectList(wanted).join(QStringLiteral(", ")),
                          m_source->table, m_source->joins);
    s.rows.sql += whereClause(Start(), s.rows.values);
    return s;
}

bool PageQuery::prefersScanAndSort(Database &db) {
    if (db.backend() != Backend::Sqlite || m_count < 0 || sortExpression() == m_source->idColumn)
        return false; // PostgreSQL plans it itself; by id the table is already in order
    if (!learnTableSize(db))
        return false;
    // A quarter of the table or more: the scan reads every page once, in order.
    return m_count > 0 && m_count * 4 >= m_tableRows;
}

Result<PageQuery::Statement> PageQuery::prepareAll(Database &db, const QList<int> &columns) {
    if (Status s = makeScopeTable(db); !s)
        return s.error();
    return allStatement(columns, prefersScanAndSort(db));
}

Result<std::optional<PageQuery::SplitStatements>>
PageQuery::prepareSplit(Database &db, const QList<int> &columns) {
    if (Status s = makeScopeTable(db); !s)
        return s.error();
    if (!prefersScanAndSort(db))
        return std::optional<SplitStatements>();
    return std::optional<SplitStatements>(splitStatements(columns));
}

Result<QSqlQuery> PageQuery::runAll(Database &db, const QList<int> &columns) {
    auto all = prepareAll(db, columns);
    if (!all)
        return all.error();
    const Statement &statement = all.value();
    auto q = db.prepare(statement.sql);
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    for (const QVariant &v : statement.values)
        q->addBindValue(v);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), statement.sql.simplified().left(120));
    return std::move(q.value());
}

PageQuery::Start PageQuery::startFor(qint64 offset, int limit) const {
    Start best;
    best.skip = offset;
    best.limit = limit;
    if (m_count >= 0 && offset + limit >= m_count) {
        // The tail: read backwards from the end.
        Start tail;
        tail.reversed = true;
        tail.limit = int(qMax<qint64>(0, m_count - offset));
        tail.skip = 0;
        if (tail.limit > 0)
            return tail;
    }
    if (m_count >= 0 && m_count - offset - limit < best.skip) {
        best.reversed = true;
        best.skip = m_count - offset - limit;
    }
    if (!keysetAllowed() || m_anchors.isEmpty())
        return best;
    // The nearest fetched row before the window, and the nearest after it.
    auto after = m_anchors.lowerBound(offset + limit);
    if (after != m_anchors.end() && worthIt(after.key() - (offset + limit), best.skip)) {
        best.reversed = true;
        best.anchor = after.value();
        best.skip = after.key() - (offset + limit);
    }
    auto before = m_anchors.lowerBound(offset);
    if (before != m_anchors.begin()) {
        --before;
        if (worthIt(offset - before.key() - 1, best.skip)) {
            best.reversed = false;
            best.anchor = before.value();
            best.skip = offset - before.key() - 1;
        }
    }
    return best;
}

Status PageQuery::learnTableSize(Database &db) {
    if (m_tableRows >= 0)
        return {};
    // SQL-SAFE: the source's id column and table name.
    auto q =
        run(db, {QStringLiteral("SELECT MAX(%1) FROM %2").arg(m_source->idColumn, m_source->table),
                 {}});
    if (!q)
        return q.error();
    m_tableRows = q->next() ? q->value(0).toLongLong() : 0;
    return {};
}

Result<qint64> PageQuery::count(Database &db) {
    if (Status s = makeScopeTable(db); !s)
        return s.error();
    auto q = run(db, countStatement());
    if (!q)
        return q.error();
    m_count = q->next() ? q->value(0).toLongLong() : 0;
    if (!m_scoped.isEmpty()) {
        if (Status s = learnTableSize(db); !s)
            return s.error();
        // Walking the sort index costs about limit / share rows per page; collecting the
        // matches costs the count. Walk when the matches are many.
        const double share = m_tableRows > 0 ? double(m_count) / double(m_tableRows) : 1.0;
        m_denseScope = share > 0 && double(kTypicalPage) / share < double(m_count) / 4.0;
    }
    return m_count;
}

void PageQuery::remember(qint64 position, const QVariant &sort, qint64 id) {
    if (m_anchors.size() >= kMaxAnchors)
        m_anchors.clear();
    m_anchors.insert(position, Key{sort, id});
}

Result<PageQuery::Page> PageQuery::fetch(Database &db, qint64 offset, int limit) {
    Page page;
    page.offset = offset;
    if (limit <= 0 || offset < 0 || (m_count >= 0 && offset >= m_count))
        return page;
    if (Status s = makeScopeTable(db); !s)
        return s.error();
    auto q = run(db, pageStatement(offset, limit));
    if (!q)
        return q.error();
    const int columns = int(m_source->columns.size());
    QVariant firstSort, lastSort;
    qint64 firstId = 0, lastId = 0;
    while (q->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q->value(c + 2));
        if (page.rows.isEmpty()) {
            firstSort = q->value(0);
            firstId = q->value(1).toLongLong();
        }
        lastSort = q->value(0);
        lastId = q->value(1).toLongLong();
        page.rows.append(std::move(row));
    }
    if (!page.rows.isEmpty() && keysetAllowed()) {
        remember(offset, firstSort, firstId);
        remember(offset + page.rows.size() - 1, lastSort, lastId);
    }
    return page;
}

Result<QStringList> PageQuery::explain(Database &db, const Statement &statement) {
    auto q = run(db, {QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.values});
    if (!q)
        return q.error();
    QStringList lines;
    while (q->next())
        lines << q->value(3).toString();
    return lines;
}

} // namespace nov::db
