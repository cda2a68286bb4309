#include "Equivalence.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::Equivalence", text);
}

// Areas are stored with one decimal; compare them in tenths so 44.5 is never below 44.5.
qint64 tenths(double area) {
    return qRound64(area * 10);
}

QString area(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

bool Equivalence::okrugWide(const QString &okrugCode) {
    static const QStringList okrugs = {QStringLiteral("ЗелАО"), QStringLiteral("НАО"),
                                       QStringLiteral("ТАО")};
    return okrugs.contains(okrugCode);
}

QList<Equivalence::Shortfall> Equivalence::shortfalls(const db::ApartmentPlace &old,
                                                      const db::ApartmentPlace &offered) {
    QList<Shortfall> list;
    if (offered.rooms < old.rooms)
        list.append({Criterion::Rooms,
                     tr("%1 rooms instead of at least %2").arg(offered.rooms).arg(old.rooms)});
    if (tenths(offered.totalArea) < tenths(old.totalArea))
        list.append({Criterion::TotalArea, tr("total area %1 m² instead of at least %2 m²")
                                               .arg(area(offered.totalArea), area(old.totalArea))});
    if (tenths(offered.livingArea) < tenths(old.livingArea))
        list.append(
            {Criterion::LivingArea, tr("living area %1 m² instead of at least %2 m²")
                                        .arg(area(offered.livingArea), area(old.livingArea))});
    const bool sameOkrug = offered.okrugCode == old.okrugCode;
    if (offered.districtId != old.districtId && !(sameOkrug && okrugWide(old.okrugCode))) {
        const QString text =
            okrugWide(old.okrugCode)
                ? tr("okrug %1 instead of %2").arg(offered.okrugCode, old.okrugCode)
                : tr("district %1 instead of %2").arg(offered.districtName, old.districtName);
        list.append({Criterion::Location, text});
    }
    return list;
}

QString Equivalence::describe(const QList<Shortfall> &shortfalls) {
    QStringList texts;
    for (const Shortfall &s : shortfalls)
        texts << s.text;
    return texts.join(QStringLiteral("; "));
}

db::ApartmentStockRepository::Need Equivalence::need(const db::ApartmentPlace &old) {
    db::ApartmentStockRepository::Need need;
    need.rooms = old.rooms;
    need.totalArea = old.totalArea;
    need.livingArea = old.livingArea;
    need.districtId = old.districtId;
    if (okrugWide(old.okrugCode))
        need.okrugCode = old.okrugCode;
    return need;
}

} // namespace nov
