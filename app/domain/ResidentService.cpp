#include "ResidentService.h"

#include "Database.h"
#include "HouseholdRepository.h"
#include "ResidentRepository.h"
#include "Transaction.h"
#include "Validators.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResidents, "novoselye.residents", QtInfoMsg)

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::ResidentService", text);
}

// Validators return the canonical form of a non-empty field; empty stays empty (optional).
Status normaliseOptional(QString *field, Result<QString> (*check)(const QString &)) {
    if (field->trimmed().isEmpty()) {
        field->clear();
        return {};
    }
    auto value = check(*field);
    if (!value)
        return value.error();
    *field = value.value();
    return {};
}

} // namespace

QDate ResidentService::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Result<db::ResidentRecord> ResidentService::resident(qint64 residentId) {
    auto found = db::ResidentRepository(m_db).resident(residentId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("The resident does not exist (any more)."),
                     tr("resident %1").arg(residentId),
                     tr("Reopen the household card to see its current members.")};
    return found->value();
}

Result<db::ResidentRecord> ResidentService::normalised(const db::ResidentRecord &input) const {
    db::ResidentRecord r = input;
    r.lastName = r.lastName.simplified();
    r.firstName = r.firstName.simplified();
    r.patronymic = r.patronymic.simplified();
    if (r.lastName.isEmpty())
        return Error{tr("The last name is missing."), tr("Last name"),
                     tr("Enter the last name as in the passport.")};
    if (r.firstName.isEmpty())
        return Error{tr("The first name is missing."), tr("First name"),
                     tr("Enter the first name as in the passport.")};
    if (r.sex != QLatin1Char('M') && r.sex != QLatin1Char('F'))
        return Error{tr("The sex is not set."), tr("Sex"), tr("Choose male or female.")};
    if (!relations().contains(r.relation))
        return Error{tr("The relation “%1” is unknown.").arg(r.relation), tr("Relation"),
                     tr("Choose the relation to the head of the household.")};
    auto birth = Validators::birthDate(r.birthDate.toString(Qt::ISODate), today());
    if (!birth)
        return birth.error();
    if (auto status = normaliseOptional(&r.snils, &Validators::snils); !status)
        return status.error();
    if (auto status = normaliseOptional(&r.passport, &Validators::passport); !status)
        return status.error();
    if (auto status = normaliseOptional(&r.phone, &Validators::phone); !status)
        return status.error();
    return r;
}

Status ResidentService::checkUnique(const db::ResidentRecord &r) {
    db::ResidentRepository repo(m_db);
    const struct {
        QString column;
        QString value;
        QString field;
    } identities[] = {{QStringLiteral("snils"), r.snils, tr("SNILS")},
                      {QStringLiteral("passport"), r.passport, tr("Passport")}};
    for (const auto &identity : identities) {
        if (identity.value.isEmpty())
            continue;
        auto holder = repo.holderOf(identity.column, identity.value, r.id);
        if (!holder)
            return holder.error();
        if (holder->has_value())
            return Error{tr("This %1 already belongs to %2 (case %3).")
                             .arg(identity.field, holder->value().name, holder->value().caseNumber),
                         identity.field,
                         tr("Check the number on the document; one person is entered once.")};
    }
    return {};
}

Result<qint64> ResidentService::add(const Actor &actor, const db::ResidentRecord &input) {
    if (auto status = actor.require(Permission::EditHouseholds, tr("Adding a resident")); !status)
        return status.error();
    auto r = normalised(input);
    if (!r)
        return r.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::HouseholdRepository households(m_db);
    auto household = households.household(r->householdId);
    if (!household)
        return household.error();
    if (auto status = checkUnique(r.value()); !status)
        return status.error();
    auto id = households.insertResident(r.value());
    if (!id)
        return id.error();
    QJsonObject details = AuditLog::changes({}, toJson(r.value()));
    details.insert(QStringLiteral("case"), household->caseNumber);
    if (auto status = AuditLog::record(m_db, actor, QStringLiteral("resident.add"),
                                       QStringLiteral("resident"), id.value(), details);
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    qCInfo(lcResidents) << "resident" << id.value() << "added to" << household->caseNumber << "by"
                        << actor.login;
    return id;
}

Status ResidentService::update(const Actor &actor, const db::ResidentRecord &input) {
    if (auto status = actor.require(Permission::EditHouseholds, tr("Correcting a resident"));
        !status)
        return status.error();
    auto r = normalised(input);
    if (!r)
        return r.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto before = resident(r->id);
    if (!before)
        return before.error();
    r->householdId = before->householdId;
    const QJsonObject details = AuditLog::changes(toJson(before.value()), toJson(r.value()));
    if (details.isEmpty())
        return {}; // nothing changed: nothing to store or audit
    if (auto status = checkUnique(r.value()); !status)
        return status.error();
    if (auto status = db::ResidentRepository(m_db).update(r.value()); !status)
        return status.error();
    if (auto status = AuditLog::record(m_db, actor, QStringLiteral("resident.update"),
                                       QStringLiteral("resident"), r->id, details);
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    qCInfo(lcResidents) << "resident" << r->id << "corrected by" << actor.login << details.keys();
    return {};
}

Status ResidentService::remove(const Actor &actor, qint64 residentId) {
    if (auto status = actor.require(Permission::EditHouseholds, tr("Removing a resident")); !status)
        return status.error();
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    auto before = resident(residentId);
    if (!before)
        return before.error();
    db::ResidentRepository repo(m_db);
    auto milestones = repo.milestoneReferences(residentId);
    if (!milestones)
        return milestones.error();
    if (milestones.value() > 0)
        return Error{tr("%1 is named by a milestone of the programme and cannot be removed.")
                         .arg(fullName(before.value())),
                     tr("resident %1").arg(residentId), tr("Correct the resident's data instead.")};
    if (auto status = repo.remove(residentId); !status)
        return status.error();
    const QJsonObject removed = toJson(before.value());
    QJsonObject cleared; // every field goes from its value to null
    for (auto it = removed.begin(); it != removed.end(); ++it)
        cleared.insert(it.key(), QJsonValue());
    if (auto status = AuditLog::record(m_db, actor, QStringLiteral("resident.remove"),
                                       QStringLiteral("resident"), residentId,
                                       AuditLog::changes(removed, cleared));
        !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    qCInfo(lcResidents) << "resident" << residentId << "removed by" << actor.login;
    return {};
}

QJsonObject ResidentService::toJson(const db::ResidentRecord &r) {
    return {{QStringLiteral("household_id"), r.householdId},
            {QStringLiteral("last_name"), r.lastName},
            {QStringLiteral("first_name"), r.firstName},
            {QStringLiteral("patronymic"), r.patronymic},
            {QStringLiteral("sex"), QString(r.sex)},
            {QStringLiteral("birth_date"), AuditLog::date(r.birthDate)},
            {QStringLiteral("relation"), r.relation},
            {QStringLiteral("snils"), r.snils},
            {QStringLiteral("passport"), r.passport},
            {QStringLiteral("phone"), r.phone}};
}

const QStringList &ResidentService::relations() {
    static const QStringList list = {QStringLiteral("head"),    QStringLiteral("spouse"),
                                     QStringLiteral("child"),   QStringLiteral("parent"),
                                     QStringLiteral("sibling"), QStringLiteral("grandchild"),
                                     QStringLiteral("other")};
    return list;
}

QString ResidentService::relationTitle(const QString &relation) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("nov::ResidentService", "head of household")},
        {QStringLiteral("spouse"), QT_TRANSLATE_NOOP("nov::ResidentService", "spouse")},
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("nov::ResidentService", "child")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("nov::ResidentService", "parent")},
        {QStringLiteral("sibling"), QT_TRANSLATE_NOOP("nov::ResidentService", "brother or sister")},
        {QStringLiteral("grandchild"), QT_TRANSLATE_NOOP("nov::ResidentService", "grandchild")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("nov::ResidentService", "other relation")},
    };
    const char *title = titles.value(relation);
    return title ? tr(title) : relation;
}

QString ResidentService::fullName(const db::ResidentRecord &r) {
    QStringList parts{r.lastName, r.firstName};
    if (!r.patronymic.isEmpty())
        parts << r.patronymic;
    return parts.join(QLatin1Char(' '));
}

} // namespace nov
