#include "HouseholdRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>

namespace nov::db {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::HouseholdRepository", text);
}
} // namespace

QString ResidentRecord::nameKey(const QString &last, const QString &first) {
    QString key = (last.trimmed() + QLatin1Char(' ') + first.trimmed()).toUpper();
    key.replace(QChar(0x0401), QChar(0x0415)); // Ё -> Е, as people type it
    return key;
}

HouseholdRepository::HouseholdRepository(Database &db)
    : m_db(db)
    , m_household(db, QStringLiteral("household"),
                  {QStringLiteral("id"), QStringLiteral("case_number"),
                   QStringLiteral("old_apartment_id"), QStringLiteral("status"),
                   QStringLiteral("included_on"), QStringLiteral("status_changed_on"),
                   QStringLiteral("notified_on")})
    , m_resident(db, QStringLiteral("resident"),
                 {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("last_name"),
                  QStringLiteral("first_name"), QStringLiteral("patronymic"),
                  QStringLiteral("name_key"), QStringLiteral("sex"), QStringLiteral("birth_date"),
                  QStringLiteral("relation"), QStringLiteral("snils"), QStringLiteral("passport"),
                  QStringLiteral("phone")})
    , m_event(db, QStringLiteral("household_event"),
              {QStringLiteral("household_id"), QStringLiteral("happened_on"),
               QStringLiteral("from_status"), QStringLiteral("to_status"),
               QStringLiteral("user_id"), QStringLiteral("note")}) {}

Result<qint64> HouseholdRepository::insertHousehold(const HouseholdRecord &h) {
    return m_household.insert({sql::id(h.id), h.caseNumber, h.oldApartmentId, h.status,
                               sql::date(h.includedOn), sql::date(h.statusChangedOn),
                               sql::date(h.notifiedOn)});
}

Result<qint64> HouseholdRepository::insertResident(const ResidentRecord &r) {
    return m_resident.insert(
        {sql::id(r.id), r.householdId, r.lastName, r.firstName, sql::text(r.patronymic),
         ResidentRecord::nameKey(r.lastName, r.firstName), QString(r.sex), sql::date(r.birthDate),
         r.relation, sql::text(r.snils), sql::text(r.passport), sql::text(r.phone)});
}

Status HouseholdRepository::insertEvent(const HouseholdEventRecord &e) {
    auto r = m_event.insert({e.householdId, sql::date(e.happenedOn), sql::text(e.fromStatus),
                             e.toStatus, sql::id(e.userId), sql::text(e.note)});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> HouseholdRepository::firstWithStatus(const QString &status) {
    auto q = m_db.run(QStringLiteral("SELECT MIN(id) FROM household WHERE status = ?"), {status},
                      QStringLiteral("household"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<HouseholdRecord> HouseholdRepository::household(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("SELECT id, case_number, old_apartment_id, status, "
                                         "included_on, status_changed_on, notified_on "
                                         "FROM household WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("household %1").arg(id));
    if (!q->next())
        return Error{tr("The household does not exist."), QStringLiteral("household %1").arg(id)};
    return HouseholdRecord{q->value(0).toLongLong(), q->value(1).toString(),
                           q->value(2).toLongLong(), q->value(3).toString(),
                           sql::toDate(q->value(4)), sql::toDate(q->value(5)),
                           sql::toDate(q->value(6))};
}

Result<QList<ResidentRecord>> HouseholdRepository::members(qint64 householdId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, household_id, last_name, first_name, patronymic, sex, birth_date, "
        "relation, snils, passport, phone FROM resident WHERE household_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    q->addBindValue(householdId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), QStringLiteral("household %1").arg(householdId));
    QList<ResidentRecord> list;
    while (q->next()) {
        ResidentRecord r;
        r.id = q->value(0).toLongLong();
        r.householdId = q->value(1).toLongLong();
        r.lastName = q->value(2).toString();
        r.firstName = q->value(3).toString();
        r.patronymic = q->value(4).toString();
        r.sex = q->value(5).toString().front();
        r.birthDate = sql::toDate(q->value(6));
        r.relation = q->value(7).toString();
        r.snils = q->value(8).toString();
        r.passport = q->value(9).toString();
        r.phone = q->value(10).toString();
        list.append(r);
    }
    return list;
}

void HouseholdRepository::setBulkWriter(BulkWriter *writer) {
    m_household.setWriter(writer);
    m_resident.setWriter(writer);
    m_event.setWriter(writer);
}

} // namespace nov::db
