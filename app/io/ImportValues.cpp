#include "io/ImportValues.h"

#include "browse/BrowseCatalog.h"
#include "domain/Validators.h"
#include "io/ColumnMapping.h"

#include <QCoreApplication>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::ImportValues", text);
}
} // namespace

int ImportValues::integer(const ImportRow &row, int field, int low, int high,
                          QList<Importer::Problem> &problems) {
    QString text = row.value(field);
    if (text.isEmpty()) {
        problems.append({field, tr("Required field is empty.")});
        return 0;
    }
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        problems.append({field, tr("'%1' is not a whole number from %2 to %3.")
                                    .arg(row.value(field))
                                    .arg(low)
                                    .arg(high)});
        return 0;
    }
    return value;
}

bool ImportValues::apartmentShape(const ImportRow &row, ShapeFields fields,
                                  db::ApartmentRecord &apartment,
                                  QList<Importer::Problem> &problems) {
    const qsizetype before = problems.size();
    if (!row.has(fields.floor) || !row.has(fields.rooms) || !row.has(fields.totalArea) ||
        !row.has(fields.livingArea)) {
        problems.append({-1, tr("The apartment is not stored yet and the file has no floor, rooms "
                                "and areas to create it; import the apartments first or add "
                                "these columns.")});
        return false;
    }
    apartment.floor = integer(row, fields.floor, 1, 99, problems);
    apartment.rooms = integer(row, fields.rooms, 1, 7, problems);
    const QString total = row.value(fields.totalArea);
    const QString living = row.value(fields.livingArea);
    if (total.isEmpty())
        problems.append({fields.totalArea, tr("Required field is empty.")});
    else if (auto a = Validators::area(total, tr("Total area")); a)
        apartment.totalArea = a.value();
    else
        problems.append({fields.totalArea, a.error().message});
    if (living.isEmpty())
        problems.append({fields.livingArea, tr("Required field is empty.")});
    else if (auto a = Validators::area(living, tr("Living area")); a)
        apartment.livingArea = a.value();
    else
        problems.append({fields.livingArea, a.error().message});
    if (apartment.totalArea > 0 && apartment.livingArea > 0)
        if (Status s = Validators::areas(apartment.totalArea, apartment.livingArea); !s)
            problems.append({fields.livingArea, s.error().message});
    return problems.size() == before;
}

QString ImportValues::storedValue(const QString &page, const QString &column, const QString &text) {
    const BrowseDefinition *definition = BrowseCatalog::find(page);
    if (!definition)
        return QString();
    const int index = definition->columnIndex(column);
    if (index < 0)
        return QString();
    const QString wanted = ColumnMapping::normalise(text);
    const auto &labels = definition->columns.at(index).labels;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (ColumnMapping::normalise(it.key()) == wanted ||
            ColumnMapping::normalise(it.value()) == wanted)
            return it.key();
    return QString();
}

} // namespace nov
