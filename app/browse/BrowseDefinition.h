#pragma once

#include "PageQuery.h"
#include "Result.h"
#include "auth/Actor.h"
#include "browse/BrowseRequest.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace nov {

// One browsing page as the clerk sees it: the columns with their titles and formats, how the
// search box is read, which filters there are, and how a BrowseRequest becomes a PageQuery.
// The SQL behind it is in db::PageSources; definitions only name its columns and conditions.
class BrowseDefinition {
public:
    enum class Format { Text, Date, DateTime, Number, Area, Snils, Passport, Phone, Label };
    // How typed text becomes the values of a search condition.
    enum class Match {
        NamePrefix,   // surname [first name] prefix on name_key
        DigitsPrefix, // the typed digits as a prefix (SNILS, ЭПТС)
        TextPrefix,   // the typed text, upper-cased, as a prefix (case and cadastral numbers)
        Contains,     // substring, as typed or capitalised (addresses)
        UpperContains,
        WholeNumber
    };

    struct Column {
        QString key; // a column of the page source
        QString title;
        Format format = Format::Text;
        QHash<QString, QString> labels; // Format::Label: stored value → shown text
        bool shownByDefault = true;
        int width = 110;
        int sourceIndex = -1; // position in the page source's rows
        // A column worked out from source columns (`inputs`, by key) for each shown row, e.g.
        // the days left to a deadline; `key` then names no source column and it is not
        // sortable. The function gets the inputs' values in order and returns the raw value.
        QStringList inputs;
        std::function<QVariant(const QVariantList &inputs)> compute;
        QList<int> inputIndexes;
        // Rows to bring to the clerk's eye in this column (overdue), from its raw value.
        std::function<bool(const QVariant &raw)> alert;
    };
    struct SearchMode {
        QString key; // the search condition of the page source
        QString label;
        QString placeholder;
        Match match = Match::TextPrefix;
    };
    struct Choice {
        QString value;
        QString label;
    };

    QString key; // residents, households, …
    // The permission the page needs (the audit log); without it the window leaves it out.
    std::optional<Permission> needs;
    QString title; // the tab's title
    const db::PageSource *source = nullptr;
    QList<Column> columns;
    QList<SearchMode> searchModes;
    bool byPlace = false; // okrug and district filters
    QString kindLabel;    // the kind filter's label; empty: no kind filter
    QList<Choice> kinds;
    QList<Choice> statuses; // empty: no status filter
    QString statusLabel;    // the status filter's label; empty: "Status:"
    QString variantLabel;   // a second choice filter (vehicles: colour); empty: none
    QList<Choice> variants;
    QString dateLabel;   // the date filter's label; empty: no date filter
    QString defaultSort; // column key; empty: by id
    Qt::SortOrder defaultOrder = Qt::AscendingOrder;
    std::function<QString(qint64)> countText; // '1 025 900 residents'

    // Links the columns to the page source; false when a key is not one of its columns.
    bool resolve();

    int columnIndex(const QString &columnKey) const;
    bool sortable(int column) const;
    const SearchMode *searchMode(const QString &modeKey) const;
    BrowseRequest defaultRequest() const;

    // The query for a request; an Error names what the request asked that the page lacks.
    Result<db::PageQuery> query(const BrowseRequest &request) const;

    QString display(int column, const QVariantList &row) const;
    QVariant raw(int column, const QVariantList &row) const;
    // The column asks for attention in this row (e.g. an overdue deadline).
    bool alert(int column, const QVariantList &row) const;
    Qt::Alignment alignment(int column) const;

private:
    Status addSearch(db::PageQuery &query, const BrowseRequest &request) const;
};

} // namespace nov
