#include "browse/BrowseCatalog.h"

#include "GeographyRepository.h"
#include "PageSources.h"
#include "auth/AuditReader.h"
#include "domain/OfficeSettings.h"
#include "domain/RelocationService.h"

#include <QCoreApplication>
#include <QLocale>

namespace nov {

namespace {

using Format = BrowseDefinition::Format;
using Match = BrowseDefinition::Match;
using Column = BrowseDefinition::Column;
using Choice = BrowseDefinition::Choice;

QString tr(const char *text) {
    return QCoreApplication::translate("nov::BrowseCatalog", text);
}

Column column(const char *key, const QString &title, Format format, int width, bool shown = true) {
    Column c;
    c.key = QString::fromLatin1(key);
    c.title = title;
    c.format = format;
    c.width = width;
    c.shownByDefault = shown;
    return c;
}

Column labelled(const char *key, const QString &title, const QList<Choice> &choices, int width,
                bool shown = true) {
    Column c = column(key, title, Format::Label, width, shown);
    for (const Choice &choice : choices)
        c.labels.insert(choice.value, choice.label);
    return c;
}

Choice choice(const char *value, const QString &label) {
    return {QString::fromLatin1(value), label};
}

std::function<QString(qint64)> counter(const char *text) {
    return [text](qint64 n) {
        return tr(text).arg(QLocale().toString(n));
    };
}

QList<Choice> householdStatuses() {
    return {choice("included", tr("Included")),
            choice("notified", tr("Notified")),
            choice("offer_sent", tr("Offer sent")),
            choice("viewed", tr("Apartment viewed")),
            choice("consented", tr("Consented")),
            choice("refused", tr("Refused")),
            choice("contract_drafted", tr("Contract drafted")),
            choice("contract_signed", tr("Contract signed")),
            choice("keys_handed_over", tr("Keys handed over")),
            choice("old_apartment_vacated", tr("Old apartment vacated")),
            choice("extra_space_purchase", tr("Extra space purchase")),
            choice("compensation", tr("Monetary compensation")),
            choice("court", tr("Court"))};
}

QList<Choice> stockKinds() {
    return {choice("old", tr("Old (to vacate)")), choice("new", tr("New"))};
}

Column okrugColumn() {
    return column("okrug", tr("Okrug"), Format::Text, 64);
}
Column districtColumn() {
    return column("district", tr("District"), Format::Text, 165);
}
// A household's case is found by its number, a member's surname or its old address (the
// households and relocations pages).
QList<BrowseDefinition::SearchMode> caseSearchModes() {
    return {{QStringLiteral("case"), tr("Case number"), tr("Case number: 2019-00012"),
             Match::TextPrefix},
            {QStringLiteral("name"), tr("Member's surname"), tr("Surname of a member: Иванов"),
             Match::NamePrefix},
            {QStringLiteral("address"), tr("Address"), tr("Part of the old address: Перовская"),
             Match::Contains}};
}
Column addressColumn(const QString &title) {
    return column("address", title, Format::Text, 260);
}

BrowseDefinition residents() {
    BrowseDefinition d;
    d.key = QStringLiteral("residents");
    d.title = tr("Residents");
    d.source = &db::PageSources::residents();
    const QList<Choice> relations = {
        choice("head", tr("Head")),           choice("spouse", tr("Spouse")),
        choice("child", tr("Child")),         choice("parent", tr("Parent")),
        choice("sibling", tr("Sibling")),     choice("grandchild", tr("Grandchild")),
        choice("other", tr("Other relative"))};
    d.statuses = householdStatuses();
    d.columns = {
        column("last_name", tr("Surname"), Format::Text, 130),
        column("first_name", tr("First name"), Format::Text, 110),
        column("patronymic", tr("Patronymic"), Format::Text, 140),
        column("birth_date", tr("Born"), Format::Date, 115),
        labelled("sex", tr("Sex"), {choice("M", tr("M")), choice("F", tr("F"))}, 40, false),
        labelled("relation", tr("Relation"), relations, 145, false),
        column("snils", tr("SNILS"), Format::Snils, 115),
        column("passport", tr("Passport"), Format::Passport, 100, false),
        column("phone", tr("Phone"), Format::Phone, 130, false),
        column("case_number", tr("Case"), Format::Text, 105),
        labelled("status", tr("Case status"), d.statuses, 210, false),
        addressColumn(tr("Old address")),
        column("apartment", tr("Apt."), Format::Text, 50),
        districtColumn(),
        okrugColumn()};
    d.searchModes = {{QStringLiteral("name"), tr("Surname"),
                      tr("Surname, then first name: Иванов Ив"), Match::NamePrefix},
                     {QStringLiteral("snils"), tr("SNILS"), tr("SNILS digits: 123-456-789"),
                      Match::DigitsPrefix},
                     {QStringLiteral("case"), tr("Case number"), tr("Case number: 2019-00012"),
                      Match::TextPrefix},
                     {QStringLiteral("address"), tr("Address"),
                      tr("Part of the old address: Перовская"), Match::Contains}};
    d.byPlace = true;
    d.dateLabel = tr("Born");
    d.defaultSort = QStringLiteral("last_name");
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Residents: %1"));
    return d;
}

BrowseDefinition households() {
    BrowseDefinition d;
    d.key = QStringLiteral("households");
    d.title = tr("Households");
    d.source = &db::PageSources::households();
    d.statuses = householdStatuses();
    d.columns = {column("case_number", tr("Case"), Format::Text, 105),
                 column("head", tr("Head of household"), Format::Text, 250),
                 column("members", tr("Members"), Format::Number, 70),
                 labelled("status", tr("Status"), d.statuses, 210),
                 column("status_changed_on", tr("Status date"), Format::Date, 95),
                 column("included_on", tr("Included"), Format::Date, 95, false),
                 addressColumn(tr("Old address")),
                 column("apartment", tr("Apt."), Format::Text, 50),
                 column("rooms", tr("Rooms"), Format::Number, 60, false),
                 column("total_area", tr("Area, m²"), Format::Area, 75, false),
                 districtColumn(),
                 okrugColumn()};
    d.searchModes = caseSearchModes();
    d.byPlace = true;
    d.dateLabel = tr("Status date");
    d.defaultSort = QStringLiteral("case_number");
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Households: %1"));
    return d;
}

BrowseDefinition apartments() {
    BrowseDefinition d;
    d.key = QStringLiteral("apartments");
    d.title = tr("Apartments");
    d.source = &db::PageSources::apartments();
    d.kinds = stockKinds();
    d.kindLabel = tr("Stock:");
    d.statuses = {choice("free", tr("Free")), choice("reserved", tr("Reserved (offer)")),
                  choice("occupied", tr("Occupied")), choice("vacated", tr("Vacated"))};
    d.columns = {labelled("kind", tr("Stock"), d.kinds, 170),
                 addressColumn(tr("Address")),
                 column("number", tr("Apt."), Format::Text, 50),
                 column("floor", tr("Floor"), Format::Number, 50),
                 column("rooms", tr("Rooms"), Format::Number, 60),
                 column("total_area", tr("Total, m²"), Format::Area, 80),
                 column("living_area", tr("Living, m²"), Format::Area, 80),
                 column("cadastral_number", tr("Cadastral number"), Format::Text, 150),
                 labelled("status", tr("Status"), d.statuses, 210),
                 districtColumn(),
                 okrugColumn()};
    d.searchModes = {{QStringLiteral("address"), tr("Address"),
                      tr("Part of the address: Перовская"), Match::Contains},
                     {QStringLiteral("cadastral"), tr("Cadastral number"),
                      tr("Cadastral number: 77:03:0001"), Match::TextPrefix}};
    d.byPlace = true;
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Apartments: %1"));
    return d;
}

BrowseDefinition buildings() {
    BrowseDefinition d;
    d.key = QStringLiteral("buildings");
    d.title = tr("Buildings");
    d.source = &db::PageSources::buildings();
    d.kinds = stockKinds();
    d.kindLabel = tr("Stock:");
    d.statuses = {choice("included", tr("Included")),
                  choice("vacating", tr("Being vacated")),
                  choice("vacated", tr("Vacated")),
                  choice("demolished", tr("Demolished")),
                  choice("under_construction", tr("Under construction")),
                  choice("commissioned", tr("Commissioned")),
                  choice("settling", tr("Settling")),
                  choice("settled", tr("Settled"))};
    d.columns = {labelled("kind", tr("Stock"), d.kinds, 170),
                 addressColumn(tr("Address")),
                 column("unom", tr("UNOM"), Format::Text, 70),
                 districtColumn(),
                 okrugColumn(),
                 column("floors", tr("Floors"), Format::Number, 55),
                 column("built_year", tr("Built"), Format::Text, 55),
                 labelled("status", tr("Status"), d.statuses, 165),
                 column("apartments", tr("Apartments"), Format::Number, 85)};
    d.searchModes = {{QStringLiteral("address"), tr("Address"),
                      tr("Part of the address: Перовская"), Match::Contains},
                     {QStringLiteral("unom"), tr("UNOM"), tr("UNOM: 10020"), Match::WholeNumber}};
    d.byPlace = true;
    d.defaultSort = QStringLiteral("address");
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Buildings: %1"));
    return d;
}

BrowseDefinition vehicles() {
    BrowseDefinition d;
    d.key = QStringLiteral("vehicles");
    d.title = tr("Vehicles");
    d.source = &db::PageSources::vehicles();
    d.kinds = {choice("Moskvich 3", tr("Moskvich 3")), choice("Moskvich 3e", tr("Moskvich 3e"))};
    d.kindLabel = tr("Model:");
    d.statuses = {choice("in_stock", tr("In stock")), choice("reserved", tr("Reserved")),
                  choice("handed_over", tr("Handed over"))};
    const QList<Choice> powertrains = {choice("petrol_cvt", tr("Petrol, CVT")),
                                       choice("petrol_mt", tr("Petrol, manual")),
                                       choice("electric", tr("Electric"))};
    const QList<Choice> colours = {choice("white", tr("White")), choice("black", tr("Black")),
                                   choice("red", tr("Red")), choice("grey", tr("Grey")),
                                   choice("blue", tr("Blue"))};
    d.variantLabel = tr("Colour:");
    d.variants = colours;
    d.columns = {column("vin", tr("VIN"), Format::Text, 160),
                 labelled("model", tr("Model"), d.kinds, 100),
                 labelled("powertrain", tr("Powertrain"), powertrains, 130),
                 column("engine", tr("Engine"), Format::Text, 150, false),
                 labelled("colour", tr("Colour"), colours, 70),
                 column("production_no", tr("Production no."), Format::Number, 125),
                 column("epts_number", tr("EPTS no."), Format::Text, 140),
                 column("produced_on", tr("Produced"), Format::Date, 90),
                 labelled("status", tr("Status"), d.statuses, 115),
                 column("milestone", tr("Milestone"), Format::Number, 85)};
    d.searchModes = {
        {QStringLiteral("vin"), tr("VIN"), tr("Part of the VIN: XMSM3"), Match::UpperContains},
        {QStringLiteral("number"), tr("Production no."), tr("Production number: 2000"),
         Match::WholeNumber},
        {QStringLiteral("epts"), tr("EPTS no."), tr("EPTS digits: 1643"), Match::DigitsPrefix}};
    d.dateLabel = tr("Produced");
    d.defaultSort = QStringLiteral("production_no");
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Vehicles: %1"));
    return d;
}

// The deadline a case runs against: its start (offer letter or consent) plus the office's days
// (the stored setting or its default).
QVariant deadlineDue(const QVariantList &in) {
    const QDate from = QDate::fromString(in.value(1).toString(), Qt::ISODate);
    if (!from.isValid())
        return {};
    const bool decision = in.value(0).toString() == QLatin1String("decision");
    const OfficeSettings::IntSetting &setting =
        decision ? OfficeSettings::decisionDeadlineDays() : OfficeSettings::contractDeadlineDays();
    bool ok = false;
    int days = in.value(2).toString().trimmed().toInt(&ok);
    if (!ok || days < setting.minimum || days > setting.maximum)
        days = setting.defaultValue;
    return from.addDays(days);
}

BrowseDefinition relocations() {
    BrowseDefinition d;
    d.key = QStringLiteral("relocations");
    d.title = tr("Relocations");
    d.source = &db::PageSources::relocations();
    d.statuses = householdStatuses();
    Column due = column("next_deadline", tr("Due on"), Format::Date, 90);
    due.inputs = {QStringLiteral("deadline_kind"), QStringLiteral("deadline_from"),
                  QStringLiteral("deadline_days")};
    due.compute = deadlineDue;
    Column left = column("days_left", tr("Days left"), Format::Number, 100);
    left.inputs = due.inputs;
    left.compute = [](const QVariantList &in) -> QVariant {
        const QVariant date = deadlineDue(in);
        if (date.isNull())
            return {};
        return QDate::currentDate().daysTo(date.toDate());
    };
    left.alert = [](const QVariant &raw) {
        return !raw.isNull() && raw.toLongLong() < 0;
    };
    d.columns = {
        column("case_number", tr("Case"), Format::Text, 105),
        column("head", tr("Head of household"), Format::Text, 240),
        labelled("status", tr("Step"), d.statuses, 210),
        column("status_changed_on", tr("Step date"), Format::Date, 90),
        labelled("deadline_kind", tr("Deadline for"),
                 {choice("decision", tr("decision")), choice("contract", tr("signed contract"))},
                 150),
        due,
        left,
        column("new_address", tr("New address"), Format::Text, 190),
        column("new_apartment", tr("Apt."), Format::Text, 45),
        column("new_rooms", tr("Rooms"), Format::Number, 60, false),
        column("new_area", tr("Area, m²"), Format::Area, 75, false),
        column("offer_letter_on", tr("Offer letter"), Format::Date, 95, false),
        column("contract_number", tr("Contract no."), Format::Text, 120, false),
        column("contract_drafted_on", tr("Contract drafted"), Format::Date, 120, false),
        column("contract_signed_on", tr("Contract signed"), Format::Date, 135),
        column("keys_scheduled_for", tr("Keys on"), Format::Date, 115),
        column("keys_handed_over_on", tr("Keys handed over"), Format::Date, 120, false),
        column("address", tr("Old address"), Format::Text, 260, false),
        districtColumn(),
        okrugColumn()};
    d.searchModes = caseSearchModes();
    d.byPlace = true;
    d.statusLabel = tr("S&tep:");
    d.dateLabel = tr("Step date");
    // the cases moved last first: where the day's work is
    d.defaultSort = QStringLiteral("status_changed_on");
    d.defaultOrder = Qt::DescendingOrder;
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Cases: %1"));
    return d;
}

// A code stored in an audit entry's details (a status, relation, colour …) as the list pages
// show it: the entity's own page decides («reserved» apartment or car), then any page that has
// a labelled column of that name.
QString auditValueTitle(const QString &entity, const QString &field, const QString &value) {
    if (field == QLatin1String("reason"))
        return RelocationService::refusalReasonTitle(value);
    if (field == QLatin1String("decision"))
        return RelocationService::decisionTitle(value);
    if (field == QLatin1String("personal_data"))
        return value == QLatin1String("full") ? tr("in full") : tr("masked");
    if (field == QLatin1String("kind") && entity == QLatin1String("certificate"))
        return value == QLatin1String("key_handover") ? tr("key handover act") : tr("gift car act");
    // An export's entity is the list it exported: its columns by their titles.
    const BrowseDefinition *exported = BrowseCatalog::find(entity);
    if (exported && field == QLatin1String("columns"))
        for (const Column &c : exported->columns)
            if (c.key == value)
                return c.title;
    static const QHash<QString, QString> pageOfEntity = {
        {QStringLiteral("household"), QStringLiteral("households")},
        {QStringLiteral("resident"), QStringLiteral("residents")},
        {QStringLiteral("apartment"), QStringLiteral("apartments")},
        {QStringLiteral("building"), QStringLiteral("buildings")},
        {QStringLiteral("vehicle"), QStringLiteral("vehicles")}};
    QString key = field;
    QStringList pages = {exported ? entity
                                  : pageOfEntity.value(entity, QStringLiteral("households"))};
    if (field == QLatin1String("apartment_status") ||
        field == QLatin1String("old_apartment_status")) {
        key = QStringLiteral("status");
        pages = {QStringLiteral("apartments")};
    }
    pages << QStringLiteral("residents") << QStringLiteral("vehicles");
    for (const QString &page : std::as_const(pages))
        if (const BrowseDefinition *d = BrowseCatalog::find(page))
            for (const Column &c : d->columns)
                if (c.key == key && c.labels.contains(value))
                    return c.labels.value(value);
    return value;
}

BrowseDefinition auditLog() {
    BrowseDefinition d;
    d.key = QStringLiteral("audit");
    d.title = tr("Audit log");
    d.source = &db::PageSources::auditLog();
    d.needs = Permission::ReadAuditLog;
    for (const QString &action : AuditReader::actions())
        d.kinds.append({action, AuditReader::actionTitle(action)});
    d.kindLabel = tr("A&ction:");
    for (const QString &entity : AuditReader::entities())
        d.statuses.append({entity, AuditReader::entityTitle(entity)});
    d.statusLabel = tr("&Entity:");
    const QList<Choice> roles = {choice("clerk", Actor::roleTitle(Role::Clerk)),
                                 choice("manager", Actor::roleTitle(Role::Manager)),
                                 choice("admin", Actor::roleTitle(Role::Admin)),
                                 choice("auditor", Actor::roleTitle(Role::Auditor))};
    Column details = column("details", tr("What changed"), Format::Text, 520);
    details.inputs = {QStringLiteral("entity"), QStringLiteral("details")};
    details.compute = [](const QVariantList &in) -> QVariant {
        const QString entity = in.value(0).toString();
        return AuditReader::describe(in.value(1).toString(),
                                     [&entity](const QString &field, const QString &value) {
                                         return auditValueTitle(entity, field, value);
                                     });
    };
    d.columns = {column("at", tr("Time"), Format::DateTime, 140),
                 column("login", tr("User"), Format::Text, 115),
                 column("full_name", tr("Name"), Format::Text, 160, false),
                 labelled("role", tr("Role"), roles, 90, false),
                 labelled("action", tr("Action"), d.kinds, 190),
                 labelled("entity", tr("Entity"), d.statuses, 110),
                 column("entity_id", tr("Entity no."), Format::Text, 75),
                 details,
                 column("row_id", tr("Entry no."), Format::Text, 75, false)};
    d.searchModes = {{QStringLiteral("text"), tr("Text"),
                      tr("Text in the details: 2019-00012, Иванов"), Match::Contains},
                     {QStringLiteral("user"), tr("User"), tr("Login: clerk"), Match::TextPrefix},
                     {QStringLiteral("entity_id"), tr("Entity no."), tr("Record number: 1234"),
                      Match::WholeNumber}};
    d.dateLabel = tr("Date");
    d.defaultSort = QStringLiteral("at");
    d.defaultOrder = Qt::DescendingOrder;
    d.countText = counter(QT_TRANSLATE_NOOP("nov::BrowseCatalog", "Audit entries: %1"));
    return d;
}

} // namespace

const QList<const BrowseDefinition *> &BrowseCatalog::all() {
    static const QList<BrowseDefinition> definitions = [] {
        QList<BrowseDefinition> list = {residents(), households(), relocations(), apartments(),
                                        buildings(), vehicles(),   auditLog()};
        for (BrowseDefinition &d : list) {
            const bool resolved = d.resolve();
            Q_ASSERT(resolved);
            Q_UNUSED(resolved);
        }
        return list;
    }();
    static const QList<const BrowseDefinition *> pointers = [] {
        QList<const BrowseDefinition *> list;
        for (const BrowseDefinition &d : definitions)
            list.append(&d);
        return list;
    }();
    return pointers;
}

const BrowseDefinition *BrowseCatalog::find(const QString &key) {
    for (const BrowseDefinition *d : all())
        if (d->key == key)
            return d;
    return nullptr;
}

Result<QList<Choice>> BrowseCatalog::okrugs(db::Database &database) {
    db::GeographyRepository geography(database);
    auto okrugs = geography.okrugs();
    if (!okrugs)
        return okrugs.error();
    QList<Choice> list;
    for (const db::OkrugRecord &o : okrugs.value())
        list.append({o.code, o.code});
    return list;
}

Result<QList<Choice>> BrowseCatalog::districts(db::Database &database, const QString &okrugCode) {
    db::GeographyRepository geography(database);
    auto districts = geography.districts(okrugCode);
    if (!districts)
        return districts.error();
    QList<Choice> list;
    for (const db::DistrictRecord &d : districts.value())
        list.append({QString::number(d.id), d.name});
    return list;
}

} // namespace nov
