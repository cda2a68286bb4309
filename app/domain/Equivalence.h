#pragma once

#include "ApartmentStockRepository.h"

#include <QList>
#include <QString>

namespace nov {

// The programme's rule for an offer: the new apartment is "equivalent" to the old one when it
// has no fewer rooms, no less total and living area, and lies in the same district (in the
// okrugs ЗелАО, НАО and ТАО, the same okrug is enough). A manager may override it, with a
// reason.
class Equivalence {
public:
    enum class Criterion { Rooms, TotalArea, LivingArea, Location };
    struct Shortfall {
        Criterion criterion;
        QString text; // translated: "2 rooms instead of at least 3"
    };

    // True for okrugs where any district of the okrug counts as "the same place".
    static bool okrugWide(const QString &okrugCode);
    // What the offered apartment lacks; empty when it is equivalent.
    static QList<Shortfall> shortfalls(const db::ApartmentPlace &old,
                                       const db::ApartmentPlace &offered);
    static QString describe(const QList<Shortfall> &shortfalls);
    // What the offer picker searches for, given the old apartment.
    static db::ApartmentStockRepository::Need need(const db::ApartmentPlace &old);
};

} // namespace nov
