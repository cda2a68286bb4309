#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nov {

// The lists demo data is made from (resources/demo/*): real okrugs and districts, Moscow
// street names, Russian first names, patronymics and surnames in both genders.
struct DemoCatalog {
    struct Okrug {
        QString code, name, nameEn;
        int weight = 1;
    };
    struct District {
        QString okrugCode, name, nameEn;
    };
    struct Street {
        QString type, name;
    };
    struct MaleName {
        QString name, patronymicMale, patronymicFemale;
    };
    struct Surname {
        QString male, female;
    };

    QList<Okrug> okrugs;
    QList<District> districts;
    QList<Street> streets;
    QList<MaleName> maleNames;
    QStringList femaleNames;
    QList<Surname> surnames;

    static Result<DemoCatalog> load();
};

} // namespace nov
