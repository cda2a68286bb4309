#include "CertificateRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace nov::db {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::db::CertificateRepository", text);
}

const char *const kColumns = "id, kind, number, year, seq, issued_on, key_handover_id, "
                             "milestone_id, payload, verification_code, print_count, "
                             "last_printed_at";

CertificateRepository::Record recordFrom(const QSqlQuery &q) {
    CertificateRepository::Record r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.number = q.value(2).toString();
    r.year = q.value(3).toInt();
    r.seq = q.value(4).toInt();
    r.issuedOn = sql::toDate(q.value(5));
    r.keyHandoverId = q.value(6).toLongLong();
    r.milestoneId = q.value(7).toLongLong();
    r.payload = q.value(8).toString();
    r.verificationCode = q.value(9).toString();
    r.printCount = q.value(10).toInt();
    r.lastPrintedAt = q.value(11).toString();
    return r;
}

QString fullName(const QSqlQuery &q, int first) {
    QStringList parts{q.value(first).toString(), q.value(first + 1).toString()};
    if (!q.value(first + 2).toString().isEmpty())
        parts << q.value(first + 2).toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace

Result<int> CertificateRepository::nextSeq(const QString &kind, int year) {
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM certificate "
                                     "WHERE kind = ? AND year = ?"),
                      {kind, year}, QStringLiteral("certificate %1/%2").arg(kind).arg(year));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<qint64> CertificateRepository::insert(const Record &r) {
    auto q = m_db.run(
        QStringLiteral("INSERT INTO certificate (kind, number, year, seq, issued_on, "
                       "key_handover_id, milestone_id, payload, verification_code, print_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"),
        {r.kind, r.number, r.year, r.seq, sql::date(r.issuedOn), sql::id(r.keyHandoverId),
         sql::id(r.milestoneId), r.payload, r.verificationCode},
        QStringLiteral("certificate %1").arg(r.number));
    if (!q)
        return q.error();
    // RETURNING on both backends (lastInsertId() is an OID/lastval() on PostgreSQL)
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<std::optional<CertificateRepository::Record>>
CertificateRepository::one(const QString &where, const QVariant &value) {
    // SQL-SAFE: `where` is one of the fixed conditions of this file, the value is bound.
    auto q = m_db.run(
        QStringLiteral("SELECT %1 FROM certificate WHERE %2").arg(QLatin1String(kColumns), where),
        {value}, QStringLiteral("certificate"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Record>();
    return std::optional<Record>(recordFrom(q.value()));
}

Result<std::optional<CertificateRepository::Record>> CertificateRepository::byId(qint64 id) {
    return one(QStringLiteral("id = ?"), id);
}

Result<std::optional<CertificateRepository::Record>>
CertificateRepository::byHandover(qint64 keyHandoverId) {
    return one(QStringLiteral("key_handover_id = ?"), keyHandoverId);
}

Result<std::optional<CertificateRepository::Record>>
CertificateRepository::byMilestone(qint64 milestoneId) {
    return one(QStringLiteral("milestone_id = ?"), milestoneId);
}

Result<std::optional<CertificateRepository::Record>>
CertificateRepository::byCode(const QString &code) {
    return one(QStringLiteral("verification_code = ?"), code);
}

Status CertificateRepository::markPrinted(qint64 id, bool reprint, const QString &at) {
    const QString sqlText =
        reprint ? QStringLiteral("UPDATE certificate SET print_count = print_count + 1, "
                                 "last_printed_at = ? WHERE id = ?")
                : QStringLiteral("UPDATE certificate SET last_printed_at = ? WHERE id = ?");
    auto q = m_db.run(sqlText, {at, id}, QStringLiteral("certificate %1").arg(id));
    if (!q)
        return q.error();
    return {};
}

Result<CertificateRepository::HandoverFacts>
CertificateRepository::handoverFacts(qint64 keyHandoverId) {
    const QString what = QStringLiteral("key_handover %1").arg(keyHandoverId);
    auto q = m_db.run(
        QStringLiteral(
            "SELECT k.handed_over_on, k.key_sets, k.residents_count, h.case_number, c.number, "
            "c.type, c.signed_on, b.address, d.name, d.name_en, o.name, a.number, a.floor, "
            "a.rooms, a.total_area, a.living_area, a.cadastral_number, ob.address, oa.number, "
            "u.full_name, h.id, o.name_en "
            "FROM key_handover k JOIN household h ON h.id = k.household_id "
            "JOIN contract c ON c.id = k.contract_id "
            "JOIN apartment a ON a.id = k.new_apartment_id "
            "JOIN building b ON b.id = a.building_id JOIN district d ON d.id = b.district_id "
            "JOIN okrug o ON o.code = d.okrug_code "
            "JOIN apartment oa ON oa.id = h.old_apartment_id "
            "JOIN building ob ON ob.id = oa.building_id "
            "LEFT JOIN app_user u ON u.id = k.recorded_by WHERE k.id = ?"),
        {keyHandoverId}, what);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("No key handover has this number."), what,
                     tr("Choose a household whose keys were handed over.")};
    HandoverFacts f;
    f.keyHandoverId = keyHandoverId;
    f.handedOverOn = sql::toDate(q->value(0));
    f.keySets = q->value(1).toInt();
    f.residentsCount = q->value(2).toInt();
    f.caseNumber = q->value(3).toString();
    f.contractNumber = q->value(4).toString();
    f.contractType = q->value(5).toString();
    f.contractSignedOn = sql::toDate(q->value(6));
    f.address = q->value(7).toString();
    f.district = q->value(8).toString();
    f.districtEn = q->value(9).toString();
    f.okrug = q->value(10).toString();
    f.apartmentNumber = q->value(11).toString();
    f.floor = q->value(12).toInt();
    f.rooms = q->value(13).toInt();
    f.totalArea = q->value(14).toDouble();
    f.livingArea = q->value(15).toDouble();
    f.cadastralNumber = q->value(16).toString();
    f.oldAddress = q->value(17).toString();
    f.oldApartmentNumber = q->value(18).toString();
    f.clerkName = q->value(19).toString();
    const qint64 householdId = q->value(20).toLongLong();
    f.okrugEn = q->value(21).toString();
    q->finish();
    auto people =
        m_db.run(QStringLiteral("SELECT last_name, first_name, patronymic FROM resident "
                                "WHERE household_id = ? ORDER BY CASE relation WHEN 'head' THEN 0 "
                                "ELSE 1 END, id LIMIT ?"),
                 {householdId, f.residentsCount}, what);
    if (!people)
        return people.error();
    while (people->next())
        f.residents << fullName(people.value(), 0);
    return f;
}

Result<CertificateRepository::GiftFacts> CertificateRepository::giftFacts(qint64 milestoneId) {
    const QString what = QStringLiteral("milestone %1").arg(milestoneId);
    auto q =
        m_db.run(QStringLiteral("SELECT m.target, m.title, m.reached_on, m.gift_handed_over_on, "
                                "r.last_name, r.first_name, r.patronymic, h.case_number, v.model, "
                                "v.powertrain, v.engine, v.colour, v.vin, v.production_no, "
                                "v.epts_number, v.produced_on "
                                "FROM milestone m JOIN vehicle v ON v.id = m.vehicle_id "
                                "JOIN resident r ON r.id = m.gift_recipient_id "
                                "JOIN household h ON h.id = r.household_id "
                                "WHERE m.id = ? AND m.gift_handed_over_on IS NOT NULL"),
                 {milestoneId}, what);
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("This milestone's car has not been handed over."), what,
                     tr("Record the gift handover first.")};
    GiftFacts f;
    f.milestoneId = milestoneId;
    f.target = q->value(0).toLongLong();
    f.title = q->value(1).toString();
    f.reachedOn = sql::toDate(q->value(2));
    f.handedOverOn = sql::toDate(q->value(3));
    f.recipient = fullName(q.value(), 4);
    f.caseNumber = q->value(7).toString();
    f.model = q->value(8).toString();
    f.powertrain = q->value(9).toString();
    f.engine = q->value(10).toString();
    f.colour = q->value(11).toString();
    f.vin = q->value(12).toString();
    f.productionNo = q->value(13).toLongLong();
    f.eptsNumber = q->value(14).toString();
    f.producedOn = sql::toDate(q->value(15));
    return f;
}

Result<QList<qint64>> CertificateRepository::ids(const QString &sqlText, const QVariant &value,
                                                 const QString &what) {
    auto q = m_db.run(sqlText, {value}, what);
    if (!q)
        return q.error();
    QList<qint64> list;
    while (q->next())
        list << q->value(0).toLongLong();
    return list;
}

Result<QList<qint64>> CertificateRepository::handoversOn(const QDate &day) {
    return ids(QStringLiteral("SELECT id FROM key_handover WHERE handed_over_on = ? ORDER BY id"),
               sql::date(day), QStringLiteral("key handovers of %1").arg(sql::isoDate(day)));
}

Result<QList<qint64>> CertificateRepository::giftsOn(const QDate &day) {
    return ids(QStringLiteral("SELECT id FROM milestone WHERE gift_handed_over_on = ? "
                              "ORDER BY target"),
               sql::date(day), QStringLiteral("gifts of %1").arg(sql::isoDate(day)));
}

Result<QList<qint64>> CertificateRepository::handoversInBuilding(qint64 buildingId) {
    return ids(QStringLiteral("SELECT k.id FROM apartment a "
                              "JOIN key_handover k ON k.new_apartment_id = a.id "
                              "WHERE a.building_id = ? AND k.handed_over_on IS NOT NULL "
                              "ORDER BY k.handed_over_on, k.id"),
               buildingId, QStringLiteral("building %1").arg(buildingId));
}

Result<QList<QPair<qint64, QString>>> CertificateRepository::buildingsWithHandovers() {
    auto q = m_db.run(QStringLiteral("SELECT b.id, b.address FROM building b WHERE b.kind = 'new' "
                                     "AND EXISTS (SELECT 1 FROM apartment a JOIN key_handover k "
                                     "ON k.new_apartment_id = a.id WHERE a.building_id = b.id "
                                     "AND k.handed_over_on IS NOT NULL) ORDER BY b.address"),
                      {}, QStringLiteral("buildings"));
    if (!q)
        return q.error();
    QList<QPair<qint64, QString>> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

} // namespace nov::db
