#include "DatabaseCopy.h"

#include "BulkLoad.h"
#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::DatabaseCopy", text);
}

// Rows per INSERT statement: fewer round trips to the server, well under PostgreSQL's limit
// of 65,535 parameters per statement.
constexpr int kRowsPerStatement = 200;

// Tables the migrations fill themselves (the programme counter's single row of zeros): a new
// database holds them, so they do not make it "not empty"; their rows are replaced by the
// source's like every table kept by triggers.
bool filledByMigrations(const QString &table) {
    return table == QLatin1String("programme_counter");
}

bool plainName(const QString &name) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

// The tables of a database in creation order (which is foreign-key order: a table only
// references tables created before it), without the migrations' own bookkeeping.
Result<QStringList> tablesOf(Database &db) {
    const QString sql =
        db.backend() == Backend::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")
            : QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
                             "c.relnamespace WHERE c.relkind = 'r' AND n.nspname = "
                             "current_schema() ORDER BY c.oid");
    auto q = db.run(sql, {}, QStringLiteral("tables"));
    if (!q)
        return q.error();
    QStringList tables;
    while (q->next()) {
        const QString name = q->value(0).toString();
        if (name != QLatin1String("schema_version"))
            tables << name;
    }
    return tables;
}

Result<QStringList> columnsOf(Database &db, const QString &table) {
    // SQL-SAFE: the table name passed plainName() (lower-case letters, digits, '_').
    auto q = db.run(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table), {}, table);
    if (!q)
        return q.error();
    QStringList columns;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i) {
        if (!plainName(record.fieldName(i)))
            return Error{tr("A column name cannot be copied."),
                         table + QLatin1Char('.') + record.fieldName(i)};
        columns << record.fieldName(i);
    }
    return columns;
}

Result<qint64> countOf(Database &db, const QString &table) {
    // SQL-SAFE: the table name passed plainName().
    auto q = db.run(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, table);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The rows of a table cannot be counted."), table};
    return q->value(0).toLongLong();
}

QString insertSql(const QString &table, const QStringList &columns, int rows) {
    const QString one = QLatin1Char('(') +
                        QStringList(columns.size(), QStringLiteral("?")).join(u',') +
                        QLatin1Char(')');
    // SQL-SAFE: table and column names passed plainName(); values are bound.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(u','), QStringList(rows, one).join(u','));
}

// Copies one table's rows; the target table is empty before (rows a trigger put there while
// other tables were copied are removed first: the source's rows are the truth).
// `done` counts the rows copied so far (of every table); `progress` is told after each
// statement and may cancel.
Status copyTable(Database &source, Database &target, const QString &table,
                 const QStringList &columns, qint64 &done, qint64 total,
                 const DatabaseCopy::Progress &progress) {
    auto existing = countOf(target, table);
    if (!existing)
        return existing.error();
    // SQL-SAFE: the table name passed plainName().
    if (existing.value() > 0)
        NOV_RETURN_IF_ERROR(target.execute(QStringLiteral("DELETE FROM %1").arg(table)));

    // SQL-SAFE: table and column names passed plainName().
    const QString select =
        QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(u','), table);
    auto rows = source.run(select, {}, table);
    if (!rows)
        return rows.error();
    auto full = target.prepare(insertSql(table, columns, kRowsPerStatement));
    if (!full)
        return full.error();
    QVariantList values;
    values.reserve(kRowsPerStatement * columns.size());
    int pending = 0;
    auto flush = [&](QSqlQuery &q) -> Status {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return Database::errorFrom(q.lastError(), table);
        done += pending;
        values.clear();
        pending = 0;
        if (progress && !progress(done, total))
            return Error{tr("The copy was cancelled; nothing was copied."), table};
        return {};
    };
    while (rows->next()) {
        for (int c = 0; c < columns.size(); ++c)
            values << rows->value(c);
        if (++pending == kRowsPerStatement)
            NOV_RETURN_IF_ERROR(flush(full.value()));
    }
    if (pending > 0) {
        auto tail = target.prepare(insertSql(table, columns, pending));
        if (!tail)
            return tail.error();
        NOV_RETURN_IF_ERROR(flush(tail.value()));
    }
    return {};
}

} // namespace

Result<QList<DatabaseCopy::TableCount>> DatabaseCopy::copy(Database &source, Database &target,
                                                           const Progress &progress) {
    if (source.schemaVersion() != target.schemaVersion())
        return Error{tr("The two databases have different schema versions (%1 and %2).")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion()),
                     Database::displayName(target.location()),
                     tr("Open the source once with this version of Novoselye so that it is "
                        "migrated, then copy again.")};
    auto sourceTables = tablesOf(source);
    if (!sourceTables)
        return sourceTables.error();
    auto targetTables = tablesOf(target);
    if (!targetTables)
        return targetTables.error();
    for (const QString &table : sourceTables.value()) {
        if (!plainName(table) || !targetTables->contains(table))
            return Error{tr("The target database has no table %1.").arg(table),
                         Database::displayName(target.location()),
                         tr("Copy into a database made by this version of Novoselye.")};
        auto rows = countOf(target, table);
        if (!rows)
            return rows.error();
        if (rows.value() > 0 && !filledByMigrations(table))
            return Error{QCoreApplication::translate(
                             "nov::db::DatabaseCopy",
                             "The target database is not empty (table %1 holds %n row(s)).",
                             nullptr, int(rows.value()))
                             .arg(table),
                         Database::displayName(target.location()),
                         tr("Copy into a new database: give a database name that does not exist "
                            "yet, it is created.")};
    }

    // The source is read in one snapshot (a read transaction), so clerks may keep working; a
    // server's default (READ COMMITTED) would give each table a snapshot of its own.
    NOV_RETURN_IF_ERROR(
        source.execute(source.backend() == Backend::Postgres
                           ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                           : QStringLiteral("BEGIN")));
    struct EndRead {
        Database &db;
        ~EndRead() { (void)db.execute(QStringLiteral("ROLLBACK")); }
    } endRead{source};

    QHash<QString, qint64> sourceCounts; // in the snapshot the copy reads
    qint64 total = 0;
    for (const QString &table : sourceTables.value()) {
        auto s = countOf(source, table);
        if (!s)
            return s.error();
        sourceCounts.insert(table, s.value());
        total += s.value();
    }
    if (progress && !progress(0, total))
        return Error{tr("The copy was cancelled; nothing was copied."),
                     Database::displayName(target.location())};

    Transaction tx(target);
    if (!tx.begun())
        return tx.error();
    qint64 done = 0;
    for (const QString &table : sourceTables.value()) {
        auto columns = columnsOf(source, table);
        if (!columns)
            return columns.error();
        auto targetColumns = columnsOf(target, table);
        if (!targetColumns)
            return targetColumns.error();
        for (const QString &column : columns.value())
            if (!targetColumns->contains(column))
                return Error{tr("The target database has no column %1.").arg(column), table,
                             tr("Copy into a database made by this version of Novoselye.")};
        NOV_RETURN_IF_ERROR(
            copyTable(source, target, table, columns.value(), done, total, progress));
    }
    NOV_RETURN_IF_ERROR(BulkLoad::advanceIdentities(target));

    QList<TableCount> counts;
    for (const QString &table : sourceTables.value()) {
        TableCount count{table};
        auto t = countOf(target, table);
        if (!t)
            return t.error();
        count.source = sourceCounts.value(table);
        count.target = t.value();
        if (count.source != count.target)
            return Error{tr("The copy of table %1 holds %2 rows instead of %3; nothing was "
                            "copied.")
                             .arg(table)
                             .arg(count.target)
                             .arg(count.source),
                         Database::displayName(target.location()),
                         tr("Make sure nobody writes to the new database during the copy and "
                            "try again.")};
        counts << count;
    }
    NOV_RETURN_IF_ERROR(tx.commit());
    return counts;
}

} // namespace nov::db
