#include "AuditReader.h"

#include "AuditLog.h"
#include "AuditRepository.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::AuditReader", text);
}

// action or entity → its title (untranslated source text)
const QList<std::pair<QString, const char *>> &actionTitles() {
    static const QList<std::pair<QString, const char *>> list = {
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("nov::AuditReader", "Signed in")},
        {QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("nov::AuditReader", "Failed sign-in")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("nov::AuditReader", "Account created")},
        {QStringLiteral("user.password_reset"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Password reset")},
        {QStringLiteral("user.activate"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Account activated")},
        {QStringLiteral("user.deactivate"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Account deactivated")},
        {QStringLiteral("household.notify"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Household notified")},
        {QStringLiteral("offer.send"), QT_TRANSLATE_NOOP("nov::AuditReader", "Offer sent")},
        {QStringLiteral("offer.override"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Equivalence overridden")},
        {QStringLiteral("offer.viewing"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Viewing recorded")},
        {QStringLiteral("offer.consent"), QT_TRANSLATE_NOOP("nov::AuditReader", "Consent")},
        {QStringLiteral("offer.refuse"), QT_TRANSLATE_NOOP("nov::AuditReader", "Refusal")},
        {QStringLiteral("contract.draft"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Contract drafted")},
        {QStringLiteral("contract.sign"), QT_TRANSLATE_NOOP("nov::AuditReader", "Contract signed")},
        {QStringLiteral("key_handover.schedule"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Key handover scheduled")},
        {QStringLiteral("key_handover.record"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Keys handed over")},
        {QStringLiteral("household.vacate"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Old apartment vacated")},
        {QStringLiteral("resident.add"), QT_TRANSLATE_NOOP("nov::AuditReader", "Resident added")},
        {QStringLiteral("resident.update"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Resident changed")},
        {QStringLiteral("resident.remove"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Resident removed")},
        {QStringLiteral("personal_data.reveal"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Personal data shown")},
        {QStringLiteral("milestone.reached"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone reached")},
        {QStringLiteral("milestone.recipient"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone moved")},
        {QStringLiteral("milestone.conflict"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone conflict")},
        {QStringLiteral("audit.view"), QT_TRANSLATE_NOOP("nov::AuditReader", "Audit log opened")},
        {QStringLiteral("audit.verify"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Audit chain checked")},
        {QStringLiteral("account_locked"), QT_TRANSLATE_NOOP("nov::AuditReader", "Account locked")},
        {QStringLiteral("certificate.issue"), QT_TRANSLATE_NOOP("nov::AuditReader", "Act issued")},
        {QStringLiteral("certificate.print"), QT_TRANSLATE_NOOP("nov::AuditReader", "Act printed")},
        {QStringLiteral("certificate.reprint"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Act reprinted")},
        {QStringLiteral("gift.reserve"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Gift car reserved")},
        {QStringLiteral("gift.release"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Gift car reservation released")},
        {QStringLiteral("gift.handover"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Gift car handed over")},
        {QStringLiteral("vehicle.add"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicle added")},
        {QStringLiteral("vehicle.edit"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicle changed")},
        {QStringLiteral("milestone.add"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone target added")},
        {QStringLiteral("milestone.edit"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone target changed")},
        {QStringLiteral("milestone.remove"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone target removed")},
        {QStringLiteral("import.residents"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Residents imported")},
        {QStringLiteral("import.apartments"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Apartments imported")},
        {QStringLiteral("import.vehicles"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicles imported")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("nov::AuditReader", "List exported")},
        {QStringLiteral("dashboard.export"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Dashboard exported")},
        {QStringLiteral("database.backup"), QT_TRANSLATE_NOOP("nov::AuditReader", "Backup made")},
        {QStringLiteral("database.restore"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Database restored from a backup")},
    };
    return list;
}

const QList<std::pair<QString, const char *>> &entityTitles() {
    static const QList<std::pair<QString, const char *>> list = {
        {QStringLiteral("household"), QT_TRANSLATE_NOOP("nov::AuditReader", "Household")},
        {QStringLiteral("resident"), QT_TRANSLATE_NOOP("nov::AuditReader", "Resident")},
        {QStringLiteral("offer"), QT_TRANSLATE_NOOP("nov::AuditReader", "Offer")},
        {QStringLiteral("contract"), QT_TRANSLATE_NOOP("nov::AuditReader", "Contract")},
        {QStringLiteral("key_handover"), QT_TRANSLATE_NOOP("nov::AuditReader", "Key handover")},
        {QStringLiteral("milestone"), QT_TRANSLATE_NOOP("nov::AuditReader", "Milestone")},
        {QStringLiteral("vehicle"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicle")},
        {QStringLiteral("certificate"), QT_TRANSLATE_NOOP("nov::AuditReader", "Certificate")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("nov::AuditReader", "Account")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("nov::AuditReader", "Audit log")},
        {QStringLiteral("database"), QT_TRANSLATE_NOOP("nov::AuditReader", "Database")},
        {QStringLiteral("dashboard"), QT_TRANSLATE_NOOP("nov::AuditReader", "Dashboard")},
        {QStringLiteral("residents"), QT_TRANSLATE_NOOP("nov::AuditReader", "Residents")},
        {QStringLiteral("households"), QT_TRANSLATE_NOOP("nov::AuditReader", "Households")},
        {QStringLiteral("relocations"), QT_TRANSLATE_NOOP("nov::AuditReader", "Relocations")},
        {QStringLiteral("apartments"), QT_TRANSLATE_NOOP("nov::AuditReader", "Apartments")},
        {QStringLiteral("buildings"), QT_TRANSLATE_NOOP("nov::AuditReader", "Buildings")},
        {QStringLiteral("vehicles"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicles")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("nov::AuditReader", "Audit log page")},
    };
    return list;
}

// field of a record → its title (untranslated source text); a field not listed is shown as
// stored
const QList<std::pair<QString, const char *>> &fieldTitles() {
    static const QList<std::pair<QString, const char *>> list = {
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("nov::AuditReader", "Status")},
        {QStringLiteral("apartment_status"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Apartment status")},
        {QStringLiteral("case_number"), QT_TRANSLATE_NOOP("nov::AuditReader", "Case no.")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("nov::AuditReader", "Case no.")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("nov::AuditReader", "Note")},
        {QStringLiteral("old_apartment_status"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Old apartment status")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("nov::AuditReader", "Surname")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("nov::AuditReader", "First name")},
        {QStringLiteral("patronymic"), QT_TRANSLATE_NOOP("nov::AuditReader", "Patronymic")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("nov::AuditReader", "Birth date")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("nov::AuditReader", "Sex")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("nov::AuditReader", "Relation")},
        {QStringLiteral("snils"), QT_TRANSLATE_NOOP("nov::AuditReader", "SNILS")},
        {QStringLiteral("passport"), QT_TRANSLATE_NOOP("nov::AuditReader", "Passport")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("nov::AuditReader", "Phone")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("nov::AuditReader", "Address")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("nov::AuditReader", "Number")},
        {QStringLiteral("rooms"), QT_TRANSLATE_NOOP("nov::AuditReader", "Rooms")},
        {QStringLiteral("floor"), QT_TRANSLATE_NOOP("nov::AuditReader", "Floor")},
        {QStringLiteral("total_area"), QT_TRANSLATE_NOOP("nov::AuditReader", "Total area")},
        {QStringLiteral("living_area"), QT_TRANSLATE_NOOP("nov::AuditReader", "Living area")},
        {QStringLiteral("key_sets"), QT_TRANSLATE_NOOP("nov::AuditReader", "Key sets")},
        {QStringLiteral("residents_count"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Residents moving")},
        {QStringLiteral("handed_over_on"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Keys handed over on")},
        {QStringLiteral("scheduled_for"), QT_TRANSLATE_NOOP("nov::AuditReader", "Scheduled for")},
        {QStringLiteral("signed_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Signed on")},
        {QStringLiteral("drafted_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Drafted on")},
        {QStringLiteral("viewed_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Viewed on")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Decided on")},
        {QStringLiteral("notified_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Notified on")},
        {QStringLiteral("vacated_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vacated on")},
        {QStringLiteral("letter_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Letter on")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("nov::AuditReader", "Decision")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("nov::AuditReader", "Reason")},
        {QStringLiteral("new_apartment_id"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "New apartment")},
        {QStringLiteral("household_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Household")},
        {QStringLiteral("resident_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Resident")},
        {QStringLiteral("offer_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Offer")},
        {QStringLiteral("vehicle_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Vehicle")},
        {QStringLiteral("key_handover_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Key handover")},
        {QStringLiteral("vin"), QT_TRANSLATE_NOOP("nov::AuditReader", "VIN")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("nov::AuditReader", "Model")},
        {QStringLiteral("colour"), QT_TRANSLATE_NOOP("nov::AuditReader", "Colour")},
        {QStringLiteral("powertrain"), QT_TRANSLATE_NOOP("nov::AuditReader", "Powertrain")},
        {QStringLiteral("engine"), QT_TRANSLATE_NOOP("nov::AuditReader", "Engine")},
        {QStringLiteral("production_no"), QT_TRANSLATE_NOOP("nov::AuditReader", "Production no.")},
        {QStringLiteral("produced_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Produced on")},
        {QStringLiteral("epts_number"), QT_TRANSLATE_NOOP("nov::AuditReader", "EPTS no.")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("nov::AuditReader", "Target")},
        {QStringLiteral("reached_on"), QT_TRANSLATE_NOOP("nov::AuditReader", "Reached on")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("nov::AuditReader", "Kind")},
        {QStringLiteral("print_count"), QT_TRANSLATE_NOOP("nov::AuditReader", "Prints")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("nov::AuditReader", "Role")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("nov::AuditReader", "Login")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("nov::AuditReader", "File")},
        {QStringLiteral("rows"), QT_TRANSLATE_NOOP("nov::AuditReader", "Rows")},
        {QStringLiteral("errors"), QT_TRANSLATE_NOOP("nov::AuditReader", "Errors")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("nov::AuditReader", "Format")},
        {QStringLiteral("encoding"), QT_TRANSLATE_NOOP("nov::AuditReader", "Encoding")},
        {QStringLiteral("columns"), QT_TRANSLATE_NOOP("nov::AuditReader", "Columns")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("nov::AuditReader", "District")},
        {QStringLiteral("okrug"), QT_TRANSLATE_NOOP("nov::AuditReader", "Okrug")},
        {QStringLiteral("personal_data"), QT_TRANSLATE_NOOP("nov::AuditReader", "Personal data")},
        {QStringLiteral("search"), QT_TRANSLATE_NOOP("nov::AuditReader", "Search")},
        {QStringLiteral("source_id"), QT_TRANSLATE_NOOP("nov::AuditReader", "Record no.")},
        {QStringLiteral("bytes"), QT_TRANSLATE_NOOP("nov::AuditReader", "Size, bytes")},
        {QStringLiteral("previous_kept_as"),
         QT_TRANSLATE_NOOP("nov::AuditReader", "Previous file kept as")},
        {QStringLiteral("schema_version"), QT_TRANSLATE_NOOP("nov::AuditReader", "Schema version")},
        {QStringLiteral("series_every"), QT_TRANSLATE_NOOP("nov::AuditReader", "Series every")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("nov::AuditReader", "Title")},
        {QStringLiteral("attempt"), QT_TRANSLATE_NOOP("nov::AuditReader", "Attempt")},
    };
    return list;
}

QStringList keysOf(const QList<std::pair<QString, const char *>> &list) {
    QStringList keys;
    for (const auto &entry : list)
        keys << entry.first;
    return keys;
}

QString titleIn(const QList<std::pair<QString, const char *>> &list, const QString &key) {
    for (const auto &[k, title] : list)
        if (k == key)
            return tr(title);
    return key; // recorded by a newer version: shown as stored
}

QString valueText(const QJsonValue &v, const QString &field = QString(),
                  const AuditReader::ValueTitle &valueTitle = {}) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return v.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        if (v.toString().isEmpty())
            return QStringLiteral("—");
        return valueTitle ? valueTitle(field, v.toString()) : v.toString();
    case QJsonValue::Array:
        if (valueTitle) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << valueText(item, field, valueTitle);
            return items.join(QStringLiteral(", "));
        }
        [[fallthrough]];
    case QJsonValue::Object:
        return QString::fromUtf8(v.isArray()
                                     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

} // namespace

Status AuditReader::recordOpened(const Actor &actor) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::ReadAuditLog, tr("Reading the audit log")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("audit.view"),
                                         QStringLiteral("audit_log"), 0));
    return tx.commit();
}

Result<AuditReader::Verification> AuditReader::verify(const Actor &actor) {
    NOV_RETURN_IF_ERROR(
        actor.require(Permission::ReadAuditLog, tr("Checking the audit log's chain")));
    auto broken = db::AuditRepository(m_db).verify();
    if (!broken)
        return broken.error();
    Verification result;
    if (broken.value()) {
        result.intact = false;
        result.brokenRowId = broken.value()->id;
        result.reason = broken.value()->reason;
    }
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QJsonObject details{{QStringLiteral("intact"), result.intact}};
    if (!result.intact)
        details.insert(QStringLiteral("first_broken_row"), result.brokenRowId);
    NOV_RETURN_IF_ERROR(AuditLog::record(m_db, actor, QStringLiteral("audit.verify"),
                                         QStringLiteral("audit_log"), 0, details));
    NOV_RETURN_IF_ERROR(tx.commit());
    return result;
}

const QStringList &AuditReader::actions() {
    static const QStringList list = [] {
        QStringList keys = keysOf(actionTitles());
        // the steps StepUndo can take back
        for (const char *step :
             {"household.notify", "offer.send", "offer.viewing", "offer.consent", "contract.sign"})
            keys << QString::fromLatin1(step) + QStringLiteral(".undo");
        return keys;
    }();
    return list;
}

QString AuditReader::actionTitle(const QString &action) {
    static const QString undone = QStringLiteral(".undo");
    if (action.endsWith(undone))
        return tr("Undone: %1").arg(titleIn(actionTitles(), action.chopped(undone.size())));
    return titleIn(actionTitles(), action);
}

const QStringList &AuditReader::entities() {
    static const QStringList list = keysOf(entityTitles());
    return list;
}

QString AuditReader::entityTitle(const QString &entity) {
    return titleIn(entityTitles(), entity);
}

QString AuditReader::describe(const QString &detailsJson, const ValueTitle &valueTitle) {
    if (detailsJson.trimmed().isEmpty())
        return QString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(detailsJson.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return detailsJson;
    const QJsonObject object = doc.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject change = it.value().toObject();
        if (it.value().isObject() && change.contains(QStringLiteral("before")) &&
            change.contains(QStringLiteral("after")))
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(titleIn(fieldTitles(), it.key()),
                              valueText(change.value(QStringLiteral("before")), it.key(),
                                        valueTitle),
                              valueText(change.value(QStringLiteral("after")), it.key(),
                                        valueTitle));
        else
            parts << QStringLiteral("%1: %2").arg(titleIn(fieldTitles(), it.key()),
                                                  valueText(it.value(), it.key(), valueTitle));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace nov
