#include "DemoCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::DemoCatalog", text);
}

Result<QList<QStringList>> readTable(const QString &name, int columns) {
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The demo data list %1 is missing from the program.").arg(name), name,
                     tr("Reinstall Novoselye.")};
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() != columns)
            return Error{tr("The demo data list %1 has a malformed line.").arg(name), line,
                         tr("Reinstall Novoselye.")};
        rows.append(cells);
    }
    return rows;
}

} // namespace

Result<DemoCatalog> DemoCatalog::load() {
    DemoCatalog c;
    auto okrugs = readTable(QStringLiteral("okrugs.tsv"), 4);
    auto districts = readTable(QStringLiteral("districts.tsv"), 3);
    auto streets = readTable(QStringLiteral("streets.tsv"), 2);
    auto patronymics = readTable(QStringLiteral("patronymics.tsv"), 3);
    auto female = readTable(QStringLiteral("female_first_names.txt"), 1);
    auto surnames = readTable(QStringLiteral("surnames.tsv"), 2);
    for (const auto *table : {&okrugs, &districts, &streets, &patronymics, &female, &surnames})
        if (!*table)
            return table->error();
    for (const QStringList &r : okrugs.value())
        c.okrugs.append({r[0], r[1], r[2], r[3].toInt()});
    for (const QStringList &r : districts.value())
        c.districts.append({r[0], r[1], r[2]});
    for (const QStringList &r : streets.value())
        c.streets.append({r[0], r[1]});
    for (const QStringList &r : patronymics.value())
        c.maleNames.append({r[0], r[1], r[2]});
    for (const QStringList &r : female.value())
        c.femaleNames.append(r[0]);
    for (const QStringList &r : surnames.value())
        c.surnames.append({r[0], r[1]});
    return c;
}

} // namespace nov
