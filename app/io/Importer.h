#pragma once

#include "Result.h"
#include "io/ImportTypes.h"

#include <QDate>
#include <memory>
#include <vector>

namespace nov {

namespace db {
class BulkWriter;
class Database;
} // namespace db

// One data row of the file with its values reachable by field position.
class ImportRow {
public:
    ImportRow(const QStringList &fields, const std::vector<int> &columns)
        : m_fields(fields)
        , m_columns(columns) {}
    // The trimmed value of field `index` (empty when the column is absent).
    QString value(int index) const {
        const int column = m_columns.at(index);
        return column < 0 || column >= m_fields.size() ? QString() : m_fields.at(column).trimmed();
    }
    bool has(int index) const { return m_columns.at(index) >= 0; }

private:
    const QStringList &m_fields;
    const std::vector<int> &m_columns;
};

// What an import does with the rows of one kind (residents, apartments, vehicles): checks
// each against the rules and what is stored, and stores the good ones. Runs inside the
// import's transaction; lookups are loaded once in prepare() and kept in memory.
class Importer {
public:
    enum class Outcome { Added, AlreadyPresent, Rejected };
    struct Problem {
        int field = -1; // position in fields(); -1: the row as a whole
        QString reason;
    };

    virtual ~Importer() = default;
    virtual QList<ImportField> fields() const = 0;
    // Titles of the columns a stored row is previewed with.
    virtual QStringList storedColumns() const = 0;
    virtual Status prepare() = 0;
    // Checks the row; when good stores it and fills `stored` with its values as stored.
    virtual Outcome importRow(const ImportRow &row, QList<Problem> &problems,
                              QStringList &stored) = 0;
    // Rows created per table besides the main one (households, buildings, …).
    const QHash<QString, qint64> &created() const { return m_created; }
    // Whether importRow() must fill `stored` (only the preview's first rows need it).
    void setStoredWanted(bool wanted) { m_storedWanted = wanted; }
    // Hands the importer's inserts to a writer on another thread (after prepare(); null:
    // back to inserting directly). False when the importer cannot work that way; then it
    // keeps inserting itself. While a writer is attached the importer gives rows their ids
    // itself and reads nothing from the database without draining the writer first.
    virtual bool setBulkWriter(db::BulkWriter *writer) {
        Q_UNUSED(writer);
        return false;
    }

    static std::unique_ptr<Importer> create(ImportKind kind, db::Database &db, const QDate &today);
    static QList<ImportField> fieldsOf(ImportKind kind);
    static QString kindName(ImportKind kind); // residents, apartments, vehicles

protected:
    QHash<QString, qint64> m_created;
    bool m_storedWanted = true;
};

} // namespace nov
