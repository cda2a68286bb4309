#pragma once

#include <QDate>
#include <QString>

namespace nov {

// What a clerk asked a browsing page for: the typed search, the filters and the sort. Empty
// fields filter nothing. Plain data: it travels to the page's worker thread by value.
struct BrowseRequest {
    QString searchMode; // key of one of the definition's search modes (empty: the first)
    QString searchText; // as typed
    QString okrug;      // okrug code, e.g. ВАО
    qint64 districtId = 0;
    QString kind;    // old/new stock; the model for vehicles
    QString status;  // status value as stored
    QString variant; // the second choice filter (colour for vehicles)
    QDate dateFrom;  // the definition's date column, inclusive
    QDate dateTo;
    QString sortColumn; // column key (empty: the definition's default)
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    bool operator==(const BrowseRequest &) const = default;
};

} // namespace nov
