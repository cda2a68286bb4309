#pragma once

#include <QList>
#include <QString>

// What a browsing page may ask of one big table, written once in SQL here: the columns it can
// show, those it can sort on, and the conditions it can filter with. Callers pick them by key;
// no SQL text ever comes from what a user typed.
namespace nov::db {

struct PageColumn {
    QString key;
    QString expression;     // SQL expression shown in the column
    QString sortExpression; // SQL expression to sort on; empty: not sortable
    // the sort expression reads joined tables (then the key query needs the joins)
    bool sortNeedsJoins = false;
    bool sortNullable = false; // NULL sort values rule out keyset paging

    bool sortable() const { return !sortExpression.isEmpty(); }
};

// A named condition with `?` placeholders. A scoped condition lives inside the source's scope
// subquery (e.g. a resident's okrug is reached through household → apartment → building →
// district) and needs the scope's joins up to and including `needs`.
struct PageCondition {
    QString key;
    QString sql;
    bool scoped = false;
    QString needs; // alias of the last scope join it reads (scoped conditions only)
    // A prefix range on an index that matches few rows (a surname, a SNILS): with it, the
    // scope is tested per matching row rather than used to find the rows.
    bool narrow = false;
};

// One join of a scope chain: `JOIN apartment a ON a.id = h.old_apartment_id`, alias `a`.
struct PageJoin {
    QString alias;
    QString sql;
};

// The scope: `<column> IN (SELECT <select> FROM <from> <joins up to what is needed> WHERE …)`.
// Each join goes to the table's parent (many to one), so the selected ids are distinct.
struct PageScope {
    QString column; // base-table column compared, e.g. r.household_id
    QString select; // e.g. h.id
    QString from;   // e.g. household h
    QList<PageJoin> joins;
};

struct PageSource {
    QString key;      // residents, households, …
    QString table;    // base table with alias, e.g. "resident r"
    QString idColumn; // e.g. r.id
    QString joins;    // joins the shown columns read
    QList<PageColumn> columns;
    QList<PageCondition> conditions;
    PageScope scope;

    const PageColumn *column(const QString &columnKey) const {
        for (const PageColumn &c : columns)
            if (c.key == columnKey)
                return &c;
        return nullptr;
    }
    const PageCondition *condition(const QString &conditionKey) const {
        for (const PageCondition &c : conditions)
            if (c.key == conditionKey)
                return &c;
        return nullptr;
    }
};

} // namespace nov::db
