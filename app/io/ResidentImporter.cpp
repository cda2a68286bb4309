#include "io/ResidentImporter.h"

#include "BulkWriter.h"
#include "Database.h"
#include "SqlValues.h"
#include "domain/Validators.h"
#include "io/ColumnMapping.h"
#include "io/ImportValues.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ResidentImporter", text);
}

enum Field {
    LastName,
    FirstName,
    Patronymic,
    Sex,
    BirthDate,
    Relation,
    Snils,
    Passport,
    Phone,
    Okrug,
    District,
    Address,
    Apartment,
    Floor,
    Rooms,
    TotalArea,
    LivingArea,
    CaseNumber,
    IncludedOn
};

} // namespace

ResidentImporter::ResidentImporter(db::Database &db, const QDate &today)
    : m_db(db)
    , m_today(today)
    , m_housing(db)
    , m_households(db) {}

QList<ImportField> ResidentImporter::describe() {
    return {
        {QStringLiteral("last_name"), tr("Surname"), true,
         ColumnMapping::names({"Фамилия", "Surname", "Last name", "Family name"})},
        {QStringLiteral("first_name"), tr("First name"), true,
         ColumnMapping::names({"Имя", "First name", "Given name", "Name"})},
        {QStringLiteral("patronymic"), tr("Patronymic"), false,
         ColumnMapping::names({"Отчество", "Patronymic", "Middle name"})},
        {QStringLiteral("sex"), tr("Sex"), false, ColumnMapping::names({"Пол", "Sex", "Gender"})},
        {QStringLiteral("birth_date"), tr("Birth date"), true,
         ColumnMapping::names({"Дата рождения", "Родился", "Родилась", "Рождён", "Born",
                               "Birth date", "Date of birth", "DOB"})},
        {QStringLiteral("relation"), tr("Relation"), false,
         ColumnMapping::names(
             {"Родство", "Степень родства", "Отношение", "Relation", "Relationship"})},
        {QStringLiteral("snils"), tr("SNILS"), false, ColumnMapping::names({"СНИЛС", "SNILS"})},
        {QStringLiteral("passport"), tr("Passport"), false,
         ColumnMapping::names(
             {"Паспорт", "Серия и номер паспорта", "Passport", "Passport number"})},
        {QStringLiteral("phone"), tr("Phone"), false,
         ColumnMapping::names({"Телефон", "Тел", "Phone", "Telephone"})},
        {QStringLiteral("okrug"), tr("Okrug"), true,
         ColumnMapping::names({"Округ", "АО", "Okrug"})},
        {QStringLiteral("district"), tr("District"), true,
         ColumnMapping::names({"Район", "District"})},
        {QStringLiteral("address"), tr("Old address"), true,
         ColumnMapping::names({"Адрес", "Старый адрес", "Адрес дома", "Address", "Old address"})},
        {QStringLiteral("apartment"), tr("Apartment"), true,
         ColumnMapping::names({"Квартира", "Кв", "Номер квартиры", "Apartment", "Apt", "Flat"})},
        {QStringLiteral("floor"), tr("Floor"), false, ColumnMapping::names({"Этаж", "Floor"})},
        {QStringLiteral("rooms"), tr("Rooms"), false,
         ColumnMapping::names({"Комнат", "Комнаты", "Число комнат", "Rooms"})},
        {QStringLiteral("total_area"), tr("Total area"), false,
         ColumnMapping::names({"Общая площадь", "Площадь", "Total area", "Area", "Total m2"})},
        {QStringLiteral("living_area"), tr("Living area"), false,
         ColumnMapping::names({"Жилая площадь", "Living area", "Living m2"})},
        {QStringLiteral("case_number"), tr("Case number"), false,
         ColumnMapping::names({"Номер дела", "Дело", "Case number", "Case"})},
        {QStringLiteral("included_on"), tr("Included on"), false,
         ColumnMapping::names({"Дата включения", "Включён", "Included on", "Included"})},
    };
}

QStringList ResidentImporter::storedColumns() const {
    return {tr("Surname"),    tr("First name"), tr("Patronymic"),  tr("Sex"),
            tr("Birth date"), tr("Relation"),   tr("SNILS"),       tr("Passport"),
            tr("Phone"),      tr("Household"),  tr("Old address"), tr("Apartment")};
}

Status ResidentImporter::prepare() {
    NOV_RETURN_IF_ERROR(m_housing.load());
    auto people = m_db.run(
        QStringLiteral("SELECT r.name_key, r.birth_date, h.old_apartment_id, r.snils, r.passport "
                       "FROM resident r JOIN household h ON h.id = r.household_id"),
        {}, QStringLiteral("resident"));
    if (!people)
        return people.error();
    people->setForwardOnly(true);
    while (people->next()) {
        m_people.insert(personKey(people->value(0).toString(), db::sql::toDate(people->value(1)),
                                  people->value(2).toLongLong()));
        if (const QVariant s = people->value(3); !s.isNull())
            m_snils.insert(s.toLongLong());
        if (const QVariant p = people->value(4); !p.isNull())
            m_passports.insert(p.toLongLong());
    }
    auto households =
        m_db.run(QStringLiteral("SELECT old_apartment_id, id, case_number FROM household"), {},
                 QStringLiteral("household"));
    if (!households)
        return households.error();
    households->setForwardOnly(true);
    while (households->next()) {
        m_householdOf.insert(households->value(0).toLongLong(), households->value(1).toLongLong());
        m_storedCases.insert(caseKey(households->value(2).toString()));
    }
    return {};
}

bool ResidentImporter::setBulkWriter(db::BulkWriter *writer) {
    if (writer && !writer->isAsync())
        return false; // ids are given here only where the writer runs on its own thread
    if (writer) {
        qint64 *last[] = {&m_lastBuilding, &m_lastApartment, &m_lastHousehold, &m_lastResident};
        const char *tables[] = {"building", "apartment", "household", "resident"};
        for (int i = 0; i < 4; ++i) {
            const QString table = QString::fromLatin1(tables[i]);
            // SQL-SAFE: one of four fixed table names
            auto q = m_db.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table), {},
                              table);
            if (!q || !q->next())
                return false;
            *last[i] = q->value(0).toLongLong();
        }
    }
    m_writer = writer;
    m_housing.setBulkWriter(writer);
    m_households.setBulkWriter(writer);
    return true;
}

quint64 ResidentImporter::caseKey(const QString &caseNumber) {
    return quint64(qHash(caseNumber, 0x636173));
}

bool ResidentImporter::caseNumberTaken(const QString &caseNumber) {
    if (m_caseNumbers.contains(caseNumber))
        return true;
    // Only a number that may be stored needs the database (and, with a writer, the writer
    // to catch up first): a new number is told by its hash alone.
    if (!m_storedCases.contains(caseKey(caseNumber)))
        return false;
    if (m_writer && !m_writer->drain())
        return true; // the import fails on the writer's error anyway
    auto q = m_db.run(QStringLiteral("SELECT 1 FROM household WHERE case_number = ?"), {caseNumber},
                      QStringLiteral("household"));
    return q && q->next();
}

quint64 ResidentImporter::personKey(const QString &nameKey, const QDate &birth,
                                    qint64 apartmentId) {
    return (quint64(qHash(nameKey, 0x6E6F76)) << 32) ^ (quint64(birth.toJulianDay()) << 20) ^
           quint64(apartmentId) ^ (quint64(qHash(nameKey, 0x1251)) >> 12);
}

QChar ResidentImporter::sexFrom(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {};
    const QChar c = t.at(0);
    if (c == u'м' || c == u'm')
        return QLatin1Char('M');
    if (c == u'ж' || c == u'f' || c == u'w')
        return QLatin1Char('F');
    return {};
}

QChar ResidentImporter::sexFromPatronymic(const QString &patronymic) {
    const QString p = patronymic.trimmed().toLower();
    if (p.endsWith(QStringLiteral("ич")) || p.endsWith(QStringLiteral("оглы")))
        return QLatin1Char('M');
    if (p.endsWith(QStringLiteral("на")) || p.endsWith(QStringLiteral("кызы")))
        return QLatin1Char('F');
    return {};
}

QString ResidentImporter::relationFrom(const QString &text) {
    const QString t = text.trimmed().toLower().replace(QChar(0x0451), QChar(0x0435));
    struct Word {
        const char *prefix;
        const char *relation;
    };
    static const Word words[] = {
        {"head", "head"},
        {"глава", "head"},
        {"заявитель", "head"},
        {"spouse", "spouse"},
        {"супруг", "spouse"},
        {"муж", "spouse"},
        {"жена", "spouse"},
        {"child", "child"},
        {"сын", "child"},
        {"доч", "child"},
        {"ребенок", "child"},
        {"дети", "child"},
        {"parent", "parent"},
        {"мать", "parent"},
        {"отец", "parent"},
        {"родител", "parent"},
        {"sibling", "sibling"},
        {"брат", "sibling"},
        {"сестра", "sibling"},
        {"grandchild", "grandchild"},
        {"внук", "grandchild"},
        {"внучка", "grandchild"},
        {"other", "other"},
        {"другой", "other"},
        {"иной", "other"},
        {"прочие", "other"},
        {"other relative", "other"},
    };
    for (const Word &w : words)
        if (t.startsWith(QString::fromUtf8(w.prefix)))
            return QString::fromLatin1(w.relation);
    return QString();
}

Importer::Outcome ResidentImporter::importRow(const ImportRow &row, QList<Problem> &problems,
                                              QStringList &stored) {
    auto problem = [&](int field, const QString &reason) {
        problems.append({field, reason});
    };
    auto required = [&](int field) {
        const QString v = row.value(field);
        if (v.isEmpty())
            problem(field, tr("Required field is empty."));
        return v;
    };
    const QString lastName = required(LastName);
    const QString firstName = required(FirstName);
    const QString patronymic = row.value(Patronymic);
    const QString sexText = row.value(Sex);
    QChar sex = sexFrom(sexText);
    if (sex.isNull() && !sexText.isEmpty())
        problem(Sex, tr("'%1' is not a sex; write М or Ж (M or F).").arg(sexText));
    else if (sex.isNull()) {
        sex = sexFromPatronymic(patronymic);
        if (sex.isNull())
            problem(Sex, tr("Sex is missing and the patronymic does not tell it."));
    }
    QDate birth;
    if (const QString text = required(BirthDate); !text.isEmpty()) {
        if (auto d = Validators::birthDate(text, m_today); d)
            birth = d.value();
        else
            problem(BirthDate, d.error().message);
    }
    QString relation;
    if (const QString text = row.value(Relation); !text.isEmpty()) {
        relation = relationFrom(text);
        if (relation.isEmpty())
            problem(Relation, tr("'%1' is not a known relation (head, spouse, child, parent, "
                                 "sibling, grandchild, other).")
                                  .arg(text));
    }
    QString snils, passport, phone;
    if (const QString text = row.value(Snils); !text.isEmpty()) {
        if (auto s = Validators::snils(text); s)
            snils = s.value();
        else
            problem(Snils, s.error().message);
    }
    if (const QString text = row.value(Passport); !text.isEmpty()) {
        if (auto p = Validators::passport(text); p)
            passport = p.value();
        else
            problem(Passport, p.error().message);
    }
    if (const QString text = row.value(Phone); !text.isEmpty()) {
        if (auto p = Validators::phone(text); p)
            phone = p.value();
        else
            problem(Phone, p.error().message);
    }
    QDate includedOn = m_today;
    if (const QString text = row.value(IncludedOn); !text.isEmpty()) {
        if (auto d = Validators::date(text, tr("Included on")); d && d.value() >= QDate(2017, 1, 1))
            includedOn = d.value();
        else
            problem(IncludedOn, d ? tr("The programme started in 2017; '%1' is earlier.").arg(text)
                                  : d.error().message);
    }

    // where the person lives
    const qint64 districtId = m_housing.districtOf(row, Okrug, District, problems);
    const QString address = required(Address);
    const QString number = required(Apartment);
    const HousingLookup::Building *building =
        address.isEmpty() ? nullptr : m_housing.building(address);
    if (building && building->kind != QLatin1String("old"))
        problem(
            Address,
            tr("%1 is a new building; residents are imported at their old address.").arg(address));
    qint64 apartmentId =
        building && !number.isEmpty() ? m_housing.apartmentId(building->id, number) : 0;
    db::ApartmentRecord apartment;
    if (apartmentId == 0 && !number.isEmpty() && !address.isEmpty()) {
        // a new old apartment: the row must say what it is like
        apartment.number = number;
        apartment.status = QStringLiteral("occupied");
        ImportValues::apartmentShape(row, {Floor, Rooms, TotalArea, LivingArea}, apartment,
                                     problems);
    }
    if (!problems.isEmpty())
        return Outcome::Rejected;

    const QString nameKey = db::ResidentRecord::nameKey(lastName, firstName);
    if (apartmentId != 0 && m_people.contains(personKey(nameKey, birth, apartmentId)))
        return Outcome::AlreadyPresent;
    if (!snils.isEmpty() && m_snils.contains(snils.toLongLong()))
        problem(Snils, tr("Another person with this SNILS is already stored."));
    if (!passport.isEmpty() && m_passports.contains(passport.toLongLong()))
        problem(Passport, tr("Another person with this passport is already stored."));
    const QString caseNumber = row.value(CaseNumber);
    qint64 householdId = apartmentId ? m_householdOf.value(apartmentId) : 0;
    if (householdId == 0 && !caseNumber.isEmpty() && caseNumberTaken(caseNumber))
        problem(CaseNumber, tr("Case number %1 belongs to another household.").arg(caseNumber));
    if (!problems.isEmpty())
        return Outcome::Rejected;

    // store: building, apartment, household as needed, then the person
    if (!building) {
        db::BuildingRecord b;
        b.kind = QStringLiteral("old");
        b.districtId = districtId;
        b.address = address.simplified();
        b.floors = qMax(5, apartment.floor);
        b.status = QStringLiteral("included");
        if (m_writer)
            b.id = ++m_lastBuilding;
        auto id = m_housing.addBuilding(b);
        if (!id) {
            problem(Address, id.error().message);
            return Outcome::Rejected;
        }
        ++m_created[QStringLiteral("building")];
        building = m_housing.building(address);
    }
    if (apartmentId == 0) {
        apartment.buildingId = building->id;
        if (m_writer)
            apartment.id = ++m_lastApartment;
        auto id = m_housing.addApartment(apartment);
        if (!id) {
            problem(Apartment, id.error().message);
            return Outcome::Rejected;
        }
        apartmentId = id.value();
        ++m_created[QStringLiteral("apartment")];
    }
    bool newHousehold = false;
    if (householdId == 0) {
        db::HouseholdRecord h;
        h.caseNumber = caseNumber.isEmpty()
                           ? QStringLiteral("ИМП-%1").arg(apartmentId, 7, 10, QLatin1Char('0'))
                           : caseNumber;
        h.oldApartmentId = apartmentId;
        h.status = QStringLiteral("included");
        h.includedOn = includedOn;
        h.statusChangedOn = includedOn;
        if (caseNumber.isEmpty() && caseNumberTaken(h.caseNumber)) {
            problem(CaseNumber,
                    tr("Case number %1 belongs to another household.").arg(h.caseNumber));
            return Outcome::Rejected;
        }
        if (m_writer)
            h.id = ++m_lastHousehold;
        auto id = m_households.insertHousehold(h);
        if (!id) {
            problem(CaseNumber, id.error().message);
            return Outcome::Rejected;
        }
        householdId = id.value();
        m_householdOf.insert(apartmentId, householdId);
        if (!caseNumber.isEmpty())
            m_caseNumbers.insert(caseNumber);
        db::HouseholdEventRecord event;
        event.householdId = householdId;
        event.happenedOn = includedOn;
        event.toStatus = h.status;
        if (m_importedNote.isEmpty())
            m_importedNote = tr("Imported");
        event.note = m_importedNote;
        if (Status s = m_households.insertEvent(event); !s) {
            problem(-1, s.error().message);
            return Outcome::Rejected;
        }
        ++m_created[QStringLiteral("household")];
        newHousehold = true;
    }
    db::ResidentRecord r;
    r.householdId = householdId;
    r.lastName = lastName;
    r.firstName = firstName;
    r.patronymic = patronymic;
    r.sex = sex;
    r.birthDate = birth;
    r.relation = !relation.isEmpty() ? relation
                 : newHousehold      ? QStringLiteral("head")
                                     : QStringLiteral("other");
    r.snils = snils;
    r.passport = passport;
    r.phone = phone;
    if (m_writer)
        r.id = ++m_lastResident;
    auto id = m_households.insertResident(r);
    if (!id) {
        problem(-1, id.error().message);
        return Outcome::Rejected;
    }
    m_people.insert(personKey(nameKey, birth, apartmentId));
    if (!snils.isEmpty())
        m_snils.insert(snils.toLongLong());
    if (!passport.isEmpty())
        m_passports.insert(passport.toLongLong());
    if (!m_storedWanted)
        return Outcome::Added;
    stored = {lastName,
              firstName,
              patronymic,
              QString(sex),
              db::sql::isoDate(birth),
              r.relation,
              snils,
              passport,
              phone,
              QString::number(householdId),
              address.simplified(),
              number};
    return Outcome::Added;
}

} // namespace nov
