#include "ResidentRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlError>

namespace nov::db {

namespace {

QString residentWhere(qint64 id) {
    return QStringLiteral("resident %1").arg(id);
}

} // namespace

Result<std::optional<ResidentRecord>> ResidentRepository::resident(qint64 id) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, household_id, last_name, first_name, patronymic, sex, birth_date, "
        "relation, snils, passport, phone FROM resident WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), residentWhere(id));
    if (!q->next())
        return std::optional<ResidentRecord>();
    ResidentRecord r;
    r.id = q->value(0).toLongLong();
    r.householdId = q->value(1).toLongLong();
    r.lastName = q->value(2).toString();
    r.firstName = q->value(3).toString();
    r.patronymic = q->value(4).toString();
    const QString sex = q->value(5).toString();
    r.sex = sex.isEmpty() ? QChar() : sex.front();
    r.birthDate = sql::toDate(q->value(6));
    r.relation = q->value(7).toString();
    r.snils = q->value(8).toString();
    r.passport = q->value(9).toString();
    r.phone = q->value(10).toString();
    return std::optional<ResidentRecord>(r);
}

Status ResidentRepository::update(const ResidentRecord &r) {
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE resident SET last_name = ?, first_name = ?, patronymic = ?, name_key = ?, "
        "sex = ?, birth_date = ?, relation = ?, snils = ?, passport = ?, phone = ? "
        "WHERE id = ?"));
    if (!q)
        return q.error();
    for (const QVariant &value :
         {QVariant(r.lastName), QVariant(r.firstName), sql::text(r.patronymic),
          QVariant(ResidentRecord::nameKey(r.lastName, r.firstName)), QVariant(QString(r.sex)),
          sql::date(r.birthDate), QVariant(r.relation), sql::text(r.snils), sql::text(r.passport),
          sql::text(r.phone), QVariant(r.id)})
        q->addBindValue(value);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), residentWhere(r.id));
    return {};
}

Status ResidentRepository::remove(qint64 id) {
    auto q = m_db.prepare(QStringLiteral("DELETE FROM resident WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(id);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), residentWhere(id));
    return {};
}

Result<std::optional<ResidentRepository::Holder>>
ResidentRepository::holderOf(const QString &column, const QString &value, qint64 exceptId) {
    if (column != QLatin1String("snils") && column != QLatin1String("passport"))
        return Error{QStringLiteral("Unknown identity column %1.").arg(column), column};
    // SQL-SAFE: the column name was checked against a fixed list just above; values are bound.
    auto q =
        m_db.prepare(QStringLiteral("SELECT r.id, r.last_name || ' ' || r.first_name || "
                                    "COALESCE(' ' || r.patronymic, ''), h.case_number "
                                    "FROM resident r JOIN household h ON h.id = r.household_id "
                                    "WHERE r.%1 = ? AND r.id <> ?")
                         .arg(column));
    if (!q)
        return q.error();
    q->addBindValue(value);
    q->addBindValue(exceptId);
    if (!q->exec())
        return Database::errorFrom(q->lastError(), column);
    if (!q->next())
        return std::optional<Holder>();
    return std::optional<Holder>(
        Holder{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
}

Result<int> ResidentRepository::milestoneReferences(qint64 residentId) {
    auto q = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM milestone WHERE resident_id = ? OR gift_recipient_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(residentId);
    q->addBindValue(residentId);
    if (!q->exec() || !q->next())
        return Database::errorFrom(q->lastError(), residentWhere(residentId));
    return q->value(0).toInt();
}

} // namespace nov::db
