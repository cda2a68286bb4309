#pragma once

#include "DemoCatalog.h"
#include "DemoRandom.h"
#include "Records.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace nov {

// Makes plausible families: a head of household, spouse, children, parents, with surnames
// and patronymics in the right gender form, birth dates that fit the relations, and unique
// SNILS (valid check digits) and passport numbers.
class DemoPeople {
public:
    DemoPeople(const DemoCatalog &catalog, quint64 seed, const QDate &today);

    // Members of one household of `size` people (1-6); the head first. Ids are not set.
    QList<db::ResidentRecord> household(int size);
    // How many members a household has: 1-6, programme-like distribution (mean ≈ 2.5).
    int householdSize();

private:
    struct Person {
        bool male = true;
        int surname = 0;
        int firstName = 0; // index into maleNames or femaleNames
        int father = 0;    // index into maleNames, for the patronymic
        QDate born;
        QString relation;
    };
    db::ResidentRecord toRecord(const Person &p);
    QDate birthAtAge(int minAge, int maxAge);
    QString nextSnils();
    QString nextPassport(const QDate &born);

    const DemoCatalog &m_catalog;
    DemoRandom m_rng;
    QDate m_today;
    quint64 m_snils;                       // the last SNILS given, without check digits
    QHash<int, quint32> m_passportNumbers; // the last number given per series
};

} // namespace nov
