#include "browse/BrowseDefinition.h"

#include "SqlValues.h"
#include "browse/SearchText.h"
#include "domain/PersonalData.h"
#include "i18n/Formats.h"

#include <QDateTime>
#include <QLocale>

namespace nov {

bool BrowseDefinition::resolve() {
    auto indexOf = [this](const QString &columnKey) {
        for (int i = 0; i < source->columns.size(); ++i)
            if (source->columns.at(i).key == columnKey)
                return i;
        return -1;
    };
    for (Column &c : columns) {
        c.sourceIndex = -1;
        c.inputIndexes.clear();
        if (c.compute) {
            for (const QString &input : std::as_const(c.inputs)) {
                c.inputIndexes.append(indexOf(input));
                if (c.inputIndexes.last() < 0)
                    return false;
            }
            continue;
        }
        c.sourceIndex = indexOf(c.key);
        if (c.sourceIndex < 0)
            return false;
    }
    return true;
}

int BrowseDefinition::columnIndex(const QString &columnKey) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == columnKey)
            return i;
    return -1;
}

bool BrowseDefinition::sortable(int column) const {
    if (column < 0 || column >= columns.size())
        return false;
    if (columns.at(column).compute)
        return false;
    const db::PageColumn *c = source->column(columns.at(column).key);
    return c && c->sortable();
}

const BrowseDefinition::SearchMode *BrowseDefinition::searchMode(const QString &modeKey) const {
    for (const SearchMode &m : searchModes)
        if (m.key == modeKey)
            return &m;
    return searchModes.isEmpty() ? nullptr : &searchModes.first();
}

BrowseRequest BrowseDefinition::defaultRequest() const {
    BrowseRequest request;
    request.searchMode = searchModes.isEmpty() ? QString() : searchModes.first().key;
    request.sortColumn = defaultSort;
    request.sortOrder = defaultOrder;
    return request;
}

Status BrowseDefinition::addSearch(db::PageQuery &query, const BrowseRequest &request) const {
    const SearchMode *mode = searchMode(request.searchMode);
    if (!mode || request.searchText.trimmed().isEmpty())
        return {};
    const QString text = request.searchText.trimmed();
    auto range = [&](const QString &prefix) {
        const auto [lower, upper] = SearchText::prefixRange(prefix);
        return query.where(mode->key, {lower, upper});
    };
    switch (mode->match) {
    case Match::NamePrefix:
        return range(SearchText::nameKey(request.searchText));
    case Match::DigitsPrefix:
        return range(SearchText::digits(text));
    case Match::TextPrefix:
        return range(text.toUpper());
    case Match::Contains:
        return query.where(mode->key, {SearchText::containsPattern(text),
                                       SearchText::containsPattern(SearchText::capitalised(text))});
    case Match::UpperContains:
        return query.where(mode->key, {SearchText::containsPattern(text.toUpper())});
    case Match::WholeNumber: {
        bool ok = false;
        const qint64 number = SearchText::digits(text).toLongLong(&ok);
        return query.where(mode->key, {ok ? number : -1});
    }
    }
    return {};
}

Result<db::PageQuery> BrowseDefinition::query(const BrowseRequest &request) const {
    db::PageQuery query(*source);
    if (Status s = addSearch(query, request); !s)
        return s.error();
    auto add = [&](bool wanted, const char *condition, const QVariant &value) -> Status {
        if (!wanted)
            return {};
        return query.where(QString::fromLatin1(condition), {value});
    };
    const bool dates = !dateLabel.isEmpty();
    for (Status s :
         {add(byPlace && !request.okrug.isEmpty(), "okrug", request.okrug),
          add(byPlace && request.districtId > 0, "district", request.districtId),
          add(!kinds.isEmpty() && !request.kind.isEmpty(), "kind", request.kind),
          add(!statuses.isEmpty() && !request.status.isEmpty(), "status", request.status),
          add(!variants.isEmpty() && !request.variant.isEmpty(), "variant", request.variant),
          add(dates && request.dateFrom.isValid(), "date_from", db::sql::isoDate(request.dateFrom)),
          add(dates && request.dateTo.isValid(), "date_to", db::sql::isoDate(request.dateTo))}) {
        if (!s)
            return s.error();
    }
    const int sortIndex = columnIndex(request.sortColumn);
    const QString sortKey = sortable(sortIndex) ? request.sortColumn : defaultSort;
    if (Status s = query.orderBy(sortKey, request.sortOrder); !s)
        return s.error();
    return query;
}

QVariant BrowseDefinition::raw(int column, const QVariantList &row) const {
    if (column < 0 || column >= columns.size())
        return {};
    const Column &c = columns.at(column);
    if (c.compute) {
        QVariantList inputs;
        for (int index : c.inputIndexes)
            inputs.append(row.value(index));
        return c.compute(inputs);
    }
    return row.value(c.sourceIndex);
}

bool BrowseDefinition::alert(int column, const QVariantList &row) const {
    if (column < 0 || column >= columns.size() || !columns.at(column).alert)
        return false;
    return columns.at(column).alert(raw(column, row));
}

QString BrowseDefinition::display(int column, const QVariantList &row) const {
    const QVariant value = raw(column, row);
    if (value.isNull())
        return QString();
    const Column &c = columns.at(column);
    const QLocale locale;
    switch (c.format) {
    case Format::Text:
        return value.toString();
    case Format::Date: {
        const QDate date =
            value.typeId() == QMetaType::QDate ? value.toDate() : db::sql::toDate(value);
        return date.isValid() ? Formats::date(date) : value.toString();
    }
    case Format::DateTime: {
        // stored as ISO UTC text; shown in the office's time
        QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
        return at.isValid() ? Formats::dateTime(at, true) : value.toString();
    }
    case Format::Number:
        return locale.toString(value.toLongLong());
    case Format::Area:
        return locale.toString(value.toDouble(), 'f', 1);
    // Lists of thousands of people show personal numbers masked; the household card shows
    // them in full to the roles that handle cases, and records that it did.
    case Format::Snils:
        return PersonalData::maskSnils(value.toString());
    case Format::Passport:
        return PersonalData::maskPassport(value.toString());
    case Format::Phone:
        return PersonalData::maskPhone(value.toString());
    case Format::Label:
        return c.labels.value(value.toString(), value.toString());
    }
    return value.toString();
}

Qt::Alignment BrowseDefinition::alignment(int column) const {
    if (column < 0 || column >= columns.size())
        return Qt::AlignLeft | Qt::AlignVCenter;
    switch (columns.at(column).format) {
    case Format::Number:
    case Format::Area:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

} // namespace nov
