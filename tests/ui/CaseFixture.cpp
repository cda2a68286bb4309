#include "CaseFixture.h"

#include "HouseholdRepository.h"
#include "domain/Validators.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nov::test {

void CaseFixture::SetUp() {
    m_db = openDatabase(smallDemo(m_dir));
    ASSERT_TRUE(m_db);
    m_clerk = Actor{insertUser(QStringLiteral("ivanova"), QStringLiteral("clerk")),
                    QStringLiteral("ivanova"), Role::Clerk};
    m_manager = Actor{insertUser(QStringLiteral("smirnov"), QStringLiteral("manager")),
                      QStringLiteral("smirnov"), Role::Manager};
    // A two-room old apartment in a district where free new apartments both meet and miss
    // the equivalence rule (one-room ones miss it).
    m_oldApartmentId =
        value(QStringLiteral("SELECT a.id FROM apartment a JOIN building b ON b.id = a.building_id "
                             "WHERE b.kind = 'old' AND a.rooms = 2 AND b.district_id IN ("
                             "  SELECT nb.district_id FROM apartment na "
                             "  JOIN building nb ON nb.id = na.building_id "
                             "  WHERE nb.kind = 'new' AND nb.status <> 'under_construction' "
                             "  AND na.status = 'free' GROUP BY nb.district_id "
                             "  HAVING MIN(na.rooms) = 1 AND MAX(na.rooms) >= 2) "
                             "ORDER BY a.total_area, a.id LIMIT 1"))
            .toLongLong();
    ASSERT_GT(m_oldApartmentId, 0);
}

qint64 CaseFixture::insertUser(const QString &login, const QString &role) {
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO app_user (login, full_name, role, password_hash, "
                             "created_at) VALUES (?, ?, ?, 'x', '2026-01-01T00:00:00Z')"));
    q.addBindValue(login);
    q.addBindValue(login);
    q.addBindValue(role);
    EXPECT_TRUE(q.exec()) << q.lastError().text().toStdString();
    return q.lastInsertId().toLongLong();
}

qint64 CaseFixture::freshHousehold(int members, const QDate &includedOn) {
    ++m_households;
    db::HouseholdRepository repo(*m_db);
    db::HouseholdRecord h;
    h.caseNumber = QStringLiteral("2026-T%1").arg(m_households, 6, 10, QLatin1Char('0'));
    h.oldApartmentId = m_oldApartmentId;
    h.status = QStringLiteral("included");
    h.includedOn = includedOn;
    h.statusChangedOn = includedOn;
    auto id = repo.insertHousehold(h);
    EXPECT_TRUE(id.ok()) << id.error().toText().toStdString();
    static const char *firstNames[] = {"Пётр", "Мария", "Анна", "Олег", "Вера", "Илья"};
    for (int i = 0; i < members; ++i) {
        db::ResidentRecord r;
        r.householdId = id.value();
        r.lastName = i % 2 ? QStringLiteral("Кузнецова") : QStringLiteral("Кузнецов");
        r.firstName = QString::fromUtf8(firstNames[i % 6]);
        r.sex = i % 2 ? QLatin1Char('F') : QLatin1Char('M');
        r.birthDate = QDate(1950 + 10 * i, 3, 1 + i);
        r.relation = i == 0 ? QStringLiteral("head") : QStringLiteral("child");
        const QString nine = QStringLiteral("9%1%2")
                                 .arg(m_households, 3, 10, QLatin1Char('0'))
                                 .arg(i, 5, 10, QLatin1Char('0'));
        r.snils = nine + Validators::snilsCheckDigits(nine);
        r.passport = QStringLiteral("99%1%2")
                         .arg(m_households, 2, 10, QLatin1Char('0'))
                         .arg(i, 6, 10, QLatin1Char('0'));
        auto resident = repo.insertResident(r);
        EXPECT_TRUE(resident.ok()) << resident.error().toText().toStdString();
    }
    return id.value();
}

QList<qint64> CaseFixture::memberIds(qint64 householdId) {
    auto members = db::HouseholdRepository(*m_db).members(householdId);
    QList<qint64> ids;
    for (const auto &r : members.value())
        ids << r.id;
    return ids;
}

QString CaseFixture::householdStatus(qint64 householdId) {
    return db::HouseholdRepository(*m_db).household(householdId).value().status;
}

QVariant CaseFixture::value(const QString &sql, const QVariantList &binds) {
    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &bind : binds)
        q.addBindValue(bind);
    if (!q.exec() || !q.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return {};
    }
    return q.value(0);
}

} // namespace nov::test
