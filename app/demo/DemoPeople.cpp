#include "DemoPeople.h"

#include "domain/Validators.h"

#include <algorithm>

namespace nov {

namespace {
// SNILS and passport numbers grow with random gaps: unique by construction, and appended
// at the end of their unique indexes instead of scattered through them, which keeps a
// million-resident load fast and the index pages full.
constexpr quint64 kSnilsFirst = 2000000ULL; // the check digit rule starts above 001-001-998
constexpr int kSnilsMaxGap = 800;           // 1,000,000 people fit below 999-999-999
constexpr int kPassportMaxGap = 8;          // a series holds 999,999 numbers
} // namespace

DemoPeople::DemoPeople(const DemoCatalog &catalog, quint64 seed, const QDate &today)
    : m_catalog(catalog)
    , m_rng(seed ^ 0x5EED0F0E0F1EULL)
    , m_today(today)
    , m_snils(kSnilsFirst + DemoRandom(seed).next() % 1000000ULL) {}

int DemoPeople::householdSize() {
    static const int cumulative[] = {25, 55, 77, 92, 97, 100};
    return 1 + m_rng.weighted(cumulative);
}

QDate DemoPeople::birthAtAge(int minAge, int maxAge) {
    minAge = std::max(0, minAge);
    maxAge = std::max(minAge, std::min(maxAge, 99));
    const int ageDays = m_rng.range(minAge * 365 + 1, maxAge * 365 + 364);
    return m_today.addDays(-ageDays);
}

QString DemoPeople::nextSnils() {
    m_snils += 1 + quint64(m_rng.below(kSnilsMaxGap));
    const QString nine = QStringLiteral("%1").arg(m_snils, 9, 10, QLatin1Char('0'));
    return nine + Validators::snilsCheckDigits(nine);
}

QString DemoPeople::nextPassport(const QDate &born) {
    // Series: Moscow region code 45 + the last two digits of the year the passport was issued
    // (at 14, renewed at 20 and 45).
    const int age = born.daysTo(m_today) / 365;
    const int issuedAt = age >= 45 ? 45 : (age >= 20 ? 20 : 14);
    // passports of the current design exist since 1997; older people got theirs 1997-2005
    const int issueYear = std::max(born.year() + issuedAt, 1997 + m_rng.below(9));
    const int series = 4500 + issueYear % 100;
    quint32 &number = m_passportNumbers[series];
    number += 1 + quint32(m_rng.below(kPassportMaxGap));
    return QStringLiteral("%1%2")
        .arg(series, 4, 10, QLatin1Char('0'))
        .arg(number, 6, 10, QLatin1Char('0'));
}

db::ResidentRecord DemoPeople::toRecord(const Person &p) {
    const DemoCatalog::Surname &surname = m_catalog.surnames.at(p.surname);
    const DemoCatalog::MaleName &father = m_catalog.maleNames.at(p.father);
    db::ResidentRecord r;
    r.lastName = p.male ? surname.male : surname.female;
    r.firstName =
        p.male ? m_catalog.maleNames.at(p.firstName).name : m_catalog.femaleNames.at(p.firstName);
    r.patronymic = p.male ? father.patronymicMale : father.patronymicFemale;
    r.sex = p.male ? QLatin1Char('M') : QLatin1Char('F');
    r.birthDate = p.born;
    r.relation = p.relation;
    r.snils = nextSnils();
    if (p.born.daysTo(m_today) >= 14 * 365 + 4)
        r.passport = nextPassport(p.born);
    return r;
}

QList<db::ResidentRecord> DemoPeople::household(int size) {
    const int maleNames = int(m_catalog.maleNames.size());
    const int femaleNames = int(m_catalog.femaleNames.size());
    const int surname = m_rng.below(int(m_catalog.surnames.size()));
    auto person = [&](bool male, const QDate &born, const QString &relation, int father) {
        Person p;
        p.male = male;
        p.surname = surname;
        p.firstName = male ? m_rng.below(maleNames) : m_rng.below(femaleNames);
        p.father = father >= 0 ? father : m_rng.below(maleNames);
        p.born = born;
        p.relation = relation;
        return p;
    };

    QList<Person> people;
    const bool headMale = m_rng.chance(0.52);
    const int headMinAge = size >= 3 ? 28 : 20;
    people.append(person(headMale, birthAtAge(headMinAge, 88), QStringLiteral("head"), -1));
    const int headAge = people[0].born.daysTo(m_today) / 365;
    int childrenFather = headMale ? people[0].firstName : m_rng.below(maleNames);

    if (size >= 2) {
        if (m_rng.chance(0.75)) {
            const int age = std::clamp(headAge + m_rng.range(-6, 6), 19, 95);
            people.append(person(!headMale, birthAtAge(age, age), QStringLiteral("spouse"), -1));
            if (!headMale)
                childrenFather = people.last().firstName;
        } else if (headAge < 60 && m_rng.chance(0.6)) {
            // a single parent with a child: the child's father is someone else
        } else {
            const int age = std::min(headAge + m_rng.range(20, 30), 99);
            const bool male = m_rng.chance(0.3);
            people.append(person(male, birthAtAge(age, age), QStringLiteral("parent"), -1));
            if (male) // the head's patronymic comes from this father's name
                people.last().firstName = people[0].father;
        }
    }
    int children = 0;
    while (people.size() < size) {
        const int maxChildAge = headAge - 18;
        if (children < 3 && maxChildAge >= 0) {
            const int age = m_rng.range(0, std::min(maxChildAge, 35));
            people.append(person(m_rng.chance(0.5), birthAtAge(age, age), QStringLiteral("child"),
                                 childrenFather));
            ++children;
        } else if (headAge >= 45 && children > 0) {
            const int age = m_rng.range(0, std::max(0, headAge - 42));
            people.append(
                person(m_rng.chance(0.5), birthAtAge(age, age), QStringLiteral("grandchild"), -1));
        } else {
            const int age = std::clamp(headAge + m_rng.range(-8, 8), 14, 95);
            people.append(person(m_rng.chance(0.5), birthAtAge(age, age), QStringLiteral("sibling"),
                                 people[0].father));
        }
    }

    QList<db::ResidentRecord> records;
    records.reserve(people.size());
    for (const Person &p : std::as_const(people))
        records.append(toRecord(p));
    // About four in five heads leave a mobile phone number.
    if (m_rng.chance(0.8))
        records[0].phone = QStringLiteral("79%1").arg(
            m_rng.range(10000000, 99999999) * 10 + m_rng.below(10), 9, 10, QLatin1Char('0'));
    return records;
}

} // namespace nov
