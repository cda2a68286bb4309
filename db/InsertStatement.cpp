#include "InsertStatement.h"

#include "BulkWriter.h"
#include "Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>
#include <sqlite3.h>

namespace nov::db {

InsertStatement::InsertStatement(Database &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(int(columns.size())) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    // SQL-SAFE: table and column names come from the repositories' code, values are bound.
    m_sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (db.backend() == Backend::Postgres && columns.contains(QStringLiteral("id"))) {
        m_sql += QStringLiteral(" RETURNING id");
        // A NULL id means "make one" on SQLite; PostgreSQL's identity column wants the
        // column left out instead.
        m_idColumn = int(columns.indexOf(QStringLiteral("id")));
        QStringList others = columns;
        others.removeAt(m_idColumn);
        marks.removeLast();
        // SQL-SAFE: table and column names come from the repositories' code, values are bound.
        m_sqlNewId =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                .arg(table, others.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }
}

InsertStatement::~InsertStatement() {
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<qint64> InsertStatement::insert(const QVariantList &values) {
    if (!m_writer)
        return insertNow(values);
    if (Status s = prepare(); !s) // on this thread: the writer only steps statements
        return s.error();
    if (Status s = m_writer->enqueue(this, values); !s)
        return s.error();
    return values.constFirst().toLongLong();
}

Status InsertStatement::prepare() {
    if (m_prepared)
        return {};
    const QVariant handle = m_db.connection().driver()->handle();
    if (m_db.backend() == Backend::Sqlite && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle) {
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            return sqliteError(m_sql);
    } else {
        m_query = QSqlQuery(m_db.connection());
        m_query.setForwardOnly(true);
        if (!m_query.prepare(m_sql))
            return Database::errorFrom(m_query.lastError(), m_sql);
    }
    m_prepared = true;
    return {};
}

Result<qint64> InsertStatement::insertNow(const QVariantList &values) {
    Q_ASSERT(values.size() == m_columns);
    if (Status s = prepare(); !s)
        return s.error();
    return m_handle ? insertSqlite(values) : insertGeneric(values);
}

InsertStatement::BoundRow InsertStatement::bound(const QVariantList &values) {
    BoundRow row;
    row.values.resize(values.size());
    row.text.reserve(512); // a resident's texts, as UTF-16 lengths times three, fit
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        BoundValue &b = row.values[i];
        if (v.isNull())
            continue;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::Bool:
            b.kind = BoundValue::Integer;
            b.integer = v.toLongLong();
            break;
        case QMetaType::Double:
            b.kind = BoundValue::Real;
            b.real = v.toDouble();
            break;
        default: {
            b.kind = BoundValue::Text;
            const QString text = v.toString();
            const qsizetype from = row.text.size();
            row.text.resize(from + utf8.requiredSpace(text.size()));
            char *end = utf8.appendToBuffer(row.text.data() + from, text);
            b.integer = from;
            b.size = int(end - (row.text.constData() + from));
            row.text.truncate(from + b.size);
        }
        }
    }
    return row;
}

Status InsertStatement::insertBound(const BoundRow &row) {
    Q_ASSERT(m_statement && int(row.values.size()) == m_columns);
    sqlite3_reset(m_statement);
    for (int i = 0; i < int(row.values.size()); ++i) {
        const BoundValue &b = row.values[i];
        int rc = SQLITE_OK;
        switch (b.kind) {
        case BoundValue::Null:
            rc = sqlite3_bind_null(m_statement, i + 1);
            break;
        case BoundValue::Integer:
            rc = sqlite3_bind_int64(m_statement, i + 1, b.integer);
            break;
        case BoundValue::Real:
            rc = sqlite3_bind_double(m_statement, i + 1, b.real);
            break;
        case BoundValue::Text:
            // the row outlives the step: SQLite need not copy the text
            rc = sqlite3_bind_text(m_statement, i + 1, row.text.constData() + b.integer, b.size,
                                   SQLITE_STATIC);
        }
        if (rc != SQLITE_OK)
            return sqliteError(m_table);
    }
    const int rc = sqlite3_step(m_statement);
    Error e = rc == SQLITE_DONE ? Error{} : sqliteError(m_table);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // no pointer into the row is kept past it
    if (rc != SQLITE_DONE)
        return e;
    return {};
}

Result<qint64> InsertStatement::insertSqlite(const QVariantList &values) {
    if (Status s = insertBound(bound(values)); !s)
        return s.error();
    return qint64(sqlite3_last_insert_rowid(m_handle));
}

Result<qint64> InsertStatement::insertGeneric(const QVariantList &values) {
    if (m_idColumn >= 0 && values.at(m_idColumn).isNull()) {
        if (!m_newIdPrepared) {
            m_queryNewId = QSqlQuery(m_db.connection());
            m_queryNewId.setForwardOnly(true);
            if (!m_queryNewId.prepare(m_sqlNewId))
                return Database::errorFrom(m_queryNewId.lastError(), m_sqlNewId);
            m_newIdPrepared = true;
        }
        for (int i = 0, bound = 0; i < values.size(); ++i) {
            if (i != m_idColumn)
                m_queryNewId.bindValue(bound++, values.at(i));
        }
        if (!m_queryNewId.exec() || !m_queryNewId.next())
            return Database::errorFrom(m_queryNewId.lastError(), m_table);
        return m_queryNewId.value(0).toLongLong();
    }
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (!m_query.exec())
        return Database::errorFrom(m_query.lastError(), m_table);
    if (m_query.isSelect() && m_query.next())
        return m_query.value(0).toLongLong(); // RETURNING id
    // No id column (natural key): never lastInsertId() on PostgreSQL, whose "SELECT lastval()"
    // fails without a sequence and so spoils the surrounding transaction.
    return 0;
}

Error InsertStatement::sqliteError(const QString &what) const {
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return Database::errorFrom(QSqlError(text, text, QSqlError::StatementError,
                                         QString::number(sqlite3_extended_errcode(m_handle))),
                               what);
}

} // namespace nov::db
