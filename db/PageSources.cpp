#include "PageSources.h"

namespace nov::db {

namespace {

using S = QString;

PageColumn shown(const char *key, const char *expression) {
    return {S::fromLatin1(key), S::fromLatin1(expression), S(), false, false};
}
PageColumn sorted(const char *key, const char *expression, bool nullable = false) {
    return {S::fromLatin1(key), S::fromLatin1(expression), S::fromLatin1(expression), false,
            nullable};
}
// Sorted through the joins: for the small tables only.
PageColumn joinSorted(const char *key, const char *expression) {
    return {S::fromLatin1(key), S::fromLatin1(expression), S::fromLatin1(expression), true, false};
}
PageCondition direct(const char *key, const char *sql) {
    return {S::fromLatin1(key), S::fromUtf8(sql), false, S(), false};
}
PageCondition narrow(const char *key, const char *sql) {
    return {S::fromLatin1(key), S::fromUtf8(sql), false, S(), true};
}
PageCondition scoped(const char *key, const char *sql, const char *needs) {
    return {S::fromLatin1(key), S::fromUtf8(sql), true, S::fromLatin1(needs), false};
}
PageJoin join(const char *alias, const char *sql) {
    return {S::fromLatin1(alias), S::fromLatin1(sql)};
}

const char *const kAddressLike = "b.address LIKE ? ESCAPE '\\' OR b.address LIKE ? ESCAPE '\\'";

PageSource makeResidents() {
    PageSource s;
    s.key = S::fromLatin1("residents");
    s.table = S::fromLatin1("resident r");
    s.idColumn = S::fromLatin1("r.id");
    s.joins = S::fromLatin1("JOIN household h ON h.id = r.household_id "
                            "JOIN apartment a ON a.id = h.old_apartment_id "
                            "JOIN building b ON b.id = a.building_id "
                            "JOIN district d ON d.id = b.district_id");
    PageColumn name = shown("last_name", "r.last_name");
    name.sortExpression = S::fromLatin1("r.name_key"); // index resident_name_key (0012)
    s.columns = {name,
                 shown("first_name", "r.first_name"),
                 shown("patronymic", "r.patronymic"),
                 sorted("birth_date", "r.birth_date"), // index resident_birth_date (0010)
                 shown("sex", "r.sex"),
                 shown("relation", "r.relation"),
                 sorted("snils", "r.snils", true), // unique index
                 shown("passport", "r.passport"),
                 shown("phone", "r.phone"),
                 shown("case_number", "h.case_number"),
                 shown("status", "h.status"),
                 shown("address", "b.address"),
                 shown("apartment", "a.number"),
                 shown("district", "d.name"),
                 shown("okrug", "d.okrug_code")};
    s.conditions = {narrow("name", "r.name_key >= ? AND r.name_key < ?"),
                    narrow("snils", "r.snils >= ? AND r.snils < ?"),
                    direct("date_from", "r.birth_date >= ?"),
                    direct("date_to", "r.birth_date <= ?"),
                    scoped("case", "h.case_number >= ? AND h.case_number < ?", "h"),
                    scoped("status", "h.status = ?", "h"),
                    scoped("address", kAddressLike, "b"),
                    scoped("district", "b.district_id = ?", "b"),
                    scoped("okrug", "d.okrug_code = ?", "d")};
    s.scope = {S::fromLatin1("r.household_id"),
               S::fromLatin1("h.id"),
               S::fromLatin1("household h"),
               {join("a", "JOIN apartment a ON a.id = h.old_apartment_id"),
                join("b", "JOIN building b ON b.id = a.building_id"),
                join("d", "JOIN district d ON d.id = b.district_id")}};
    return s;
}

PageSource makeHouseholds() {
    PageSource s;
    s.key = S::fromLatin1("households");
    s.table = S::fromLatin1("household h");
    s.idColumn = S::fromLatin1("h.id");
    s.joins = S::fromLatin1("JOIN apartment a ON a.id = h.old_apartment_id "
                            "JOIN building b ON b.id = a.building_id "
                            "JOIN district d ON d.id = b.district_id");
    s.columns = {sorted("case_number", "h.case_number"), // unique index
                 shown("head", "(SELECT x.last_name || ' ' || x.first_name || COALESCE(' ' || "
                               "x.patronymic, '') FROM resident x WHERE x.household_id = h.id AND "
                               "x.relation = 'head')"),
                 shown("members", "(SELECT COUNT(*) FROM resident x WHERE x.household_id = h.id)"),
                 shown("status", "h.status"),
                 sorted("status_changed_on", "h.status_changed_on"), // index household_status_date
                 shown("included_on", "h.included_on"),
                 shown("address", "b.address"),
                 shown("apartment", "a.number"),
                 shown("rooms", "a.rooms"),
                 shown("total_area", "a.total_area"),
                 shown("district", "d.name"),
                 shown("okrug", "d.okrug_code")};
    s.conditions = {narrow("case", "h.case_number >= ? AND h.case_number < ?"),
                    direct("status", "h.status = ?"),
                    direct("date_from", "h.status_changed_on >= ?"),
                    direct("date_to", "h.status_changed_on <= ?"),
                    direct("name", "h.id IN (SELECT x.household_id FROM resident x "
                                   "WHERE x.name_key >= ? AND x.name_key < ?)"),
                    scoped("address", kAddressLike, "b"),
                    scoped("district", "b.district_id = ?", "b"),
                    scoped("okrug", "d.okrug_code = ?", "d")};
    s.scope = {S::fromLatin1("h.old_apartment_id"),
               S::fromLatin1("a.id"),
               S::fromLatin1("apartment a"),
               {join("b", "JOIN building b ON b.id = a.building_id"),
                join("d", "JOIN district d ON d.id = b.district_id")}};
    return s;
}

PageSource makeApartments() {
    PageSource s;
    s.key = S::fromLatin1("apartments");
    s.table = S::fromLatin1("apartment a");
    s.idColumn = S::fromLatin1("a.id");
    s.joins = S::fromLatin1("JOIN building b ON b.id = a.building_id "
                            "JOIN district d ON d.id = b.district_id");
    s.columns = {shown("kind", "b.kind"),
                 shown("address", "b.address"),
                 shown("number", "a.number"),
                 shown("floor", "a.floor"),
                 shown("rooms", "a.rooms"),
                 sorted("total_area", "a.total_area"), // index apartment_total_area (0012)
                 shown("living_area", "a.living_area"),
                 sorted("cadastral_number", "a.cadastral_number", true), // unique index
                 shown("status", "a.status"),
                 shown("district", "d.name"),
                 shown("okrug", "d.okrug_code")};
    s.conditions = {direct("status", "a.status = ?"),
                    narrow("cadastral", "a.cadastral_number >= ? AND a.cadastral_number < ?"),
                    scoped("kind", "b.kind = ?", "b"),
                    scoped("address", kAddressLike, "b"),
                    scoped("district", "b.district_id = ?", "b"),
                    scoped("okrug", "d.okrug_code = ?", "d")};
    s.scope = {S::fromLatin1("a.building_id"),
               S::fromLatin1("b.id"),
               S::fromLatin1("building b"),
               {join("d", "JOIN district d ON d.id = b.district_id")}};
    return s;
}

PageSource makeBuildings() {
    PageSource s;
    s.key = S::fromLatin1("buildings");
    s.table = S::fromLatin1("building b");
    s.idColumn = S::fromLatin1("b.id");
    s.joins = S::fromLatin1("JOIN district d ON d.id = b.district_id");
    s.columns = {
        sorted("kind", "b.kind"),
        sorted("address", "b.address"),
        sorted("unom", "b.unom", true),
        joinSorted("district", "d.name"),
        joinSorted("okrug", "d.okrug_code"),
        sorted("floors", "b.floors"),
        sorted("built_year", "b.built_year", true),
        sorted("status", "b.status"),
        // counted per shown row; sorting on it would count for every building
        shown("apartments", "(SELECT COUNT(*) FROM apartment x WHERE x.building_id = b.id)"),
    };
    s.conditions = {direct("kind", "b.kind = ?"),
                    direct("status", "b.status = ?"),
                    direct("address", kAddressLike),
                    direct("unom", "b.unom = ?"),
                    direct("district", "b.district_id = ?"),
                    scoped("okrug", "d.okrug_code = ?", "d")};
    s.scope = {
        S::fromLatin1("b.district_id"), S::fromLatin1("d.id"), S::fromLatin1("district d"), {}};
    return s;
}

PageSource makeVehicles() {
    PageSource s;
    s.key = S::fromLatin1("vehicles");
    s.table = S::fromLatin1("vehicle v");
    s.idColumn = S::fromLatin1("v.id");
    s.joins = S::fromLatin1("LEFT JOIN milestone m ON m.vehicle_id = v.id");
    s.columns = {sorted("vin", "v.vin"),
                 sorted("model", "v.model"),
                 sorted("powertrain", "v.powertrain"),
                 shown("engine", "v.engine"),
                 sorted("colour", "v.colour"),
                 sorted("production_no", "v.production_no"),
                 sorted("epts_number", "v.epts_number", true),
                 sorted("produced_on", "v.produced_on", true),
                 sorted("status", "v.status"),
                 shown("milestone", "m.target")};
    s.conditions = {direct("vin", "v.vin LIKE ? ESCAPE '\\'"),
                    direct("number", "v.production_no = ?"),
                    direct("epts", "v.epts_number >= ? AND v.epts_number < ?"),
                    direct("kind", "v.model = ?"),
                    direct("status", "v.status = ?"),
                    direct("variant", "v.colour = ?"),
                    direct("date_from", "v.produced_on >= ?"),
                    direct("date_to", "v.produced_on <= ?")};
    return s;
}

// The cases on their way to a new apartment: the household with its live offer (at most one,
// index offer_live_household), its contract and its key handover (one each per household).
// Sorted like the households page on indexed columns; the deadline's start and length are
// read here, the due day and the days left are worked out per shown row (BrowseCatalog).
PageSource makeRelocations() {
    PageSource s = makeHouseholds();
    s.key = S::fromLatin1("relocations");
    s.joins += S::fromLatin1(
        " LEFT JOIN offer o ON o.household_id = h.id AND o.decision IN ('pending', 'consented')"
        " LEFT JOIN contract c ON c.household_id = h.id"
        " LEFT JOIN key_handover k ON k.household_id = h.id"
        " LEFT JOIN apartment na ON na.id = COALESCE(k.new_apartment_id, o.new_apartment_id)"
        " LEFT JOIN building nb ON nb.id = na.building_id");
    // the running deadline: the decision after a pending offer, the signature after consent
    const char *const decisionRuns = "o.decision = 'pending'";
    const char *const contractRuns =
        "o.decision = 'consented' AND (c.signed_on IS NULL OR c.offer_id <> o.id)";
    auto deadline = [&](const char *decision, const char *contract) {
        // SQL-SAFE: every piece is a literal of this file; nothing comes from a user
        return S::fromLatin1("CASE WHEN %1 THEN %2 WHEN %3 THEN %4 END")
            .arg(S::fromLatin1(decisionRuns), S::fromLatin1(decision), S::fromLatin1(contractRuns),
                 S::fromLatin1(contract));
    };
    PageColumn kind = shown("deadline_kind", "");
    kind.expression = deadline("'decision'", "'contract'");
    PageColumn from = shown("deadline_from", "");
    from.expression = deadline("o.letter_on", "o.decided_on");
    PageColumn days = shown("deadline_days", "");
    days.expression =
        deadline("(SELECT t.value FROM settings t WHERE t.key = 'decision_deadline_days')",
                 "(SELECT t.value FROM settings t WHERE t.key = 'contract_deadline_days')");
    s.columns += {shown("new_address", "nb.address"),
                  shown("new_apartment", "na.number"),
                  shown("new_rooms", "na.rooms"),
                  shown("new_area", "na.total_area"),
                  shown("offer_letter_on", "o.letter_on"),
                  shown("contract_number", "c.number"),
                  shown("contract_drafted_on", "c.drafted_on"),
                  shown("contract_signed_on", "c.signed_on"),
                  shown("keys_scheduled_for", "k.scheduled_for"),
                  shown("keys_handed_over_on", "k.handed_over_on"),
                  kind,
                  from,
                  days};
    return s;
}

// The audit log, newest first by default. Sorted on time (index audit_log_at; the id follows
// the time, rows are appended) or by id; filtered by user (audit_log_user), action, entity
// (audit_log_entity), day and a text in the details; migration 0009 indexes action and entity
// with the time.
PageSource makeAuditLog() {
    PageSource s;
    s.key = S::fromLatin1("audit");
    s.table = S::fromLatin1("audit_log l");
    s.idColumn = S::fromLatin1("l.id");
    s.joins = S::fromLatin1("LEFT JOIN app_user u ON u.id = l.user_id");
    s.columns = {sorted("at", "l.at"),
                 shown("login", "u.login"),
                 shown("full_name", "u.full_name"),
                 shown("role", "u.role"),
                 shown("action", "l.action"),
                 shown("entity", "l.entity"),
                 shown("entity_id", "l.entity_id"),
                 shown("details", "l.details"),
                 shown("row_id", "l.id")};
    s.conditions = {
        direct("user", "l.user_id IN (SELECT x.id FROM app_user x WHERE UPPER(x.login) >= ? AND "
                       "UPPER(x.login) < ?)"),
        direct("kind", "l.action = ?"), direct("status", "l.entity = ?"),
        direct("entity_id", "l.entity_id = ?"),
        direct("text", "l.details LIKE ? ESCAPE '\\' OR l.details LIKE ? ESCAPE '\\'"),
        direct("date_from", "l.at >= ?"),
        // timestamps are ISO text ('2026-11-27T09:30:00.000Z'): the day's own rows sort before
        // the day followed by 'U', and the comparison stays on the index audit_log_at
        direct("date_to", "l.at < ? || 'U'")};
    return s;
}

} // namespace

const PageSource &PageSources::residents() {
    static const PageSource source = makeResidents();
    return source;
}

const PageSource &PageSources::households() {
    static const PageSource source = makeHouseholds();
    return source;
}

const PageSource &PageSources::apartments() {
    static const PageSource source = makeApartments();
    return source;
}

const PageSource &PageSources::buildings() {
    static const PageSource source = makeBuildings();
    return source;
}

const PageSource &PageSources::vehicles() {
    static const PageSource source = makeVehicles();
    return source;
}

const PageSource &PageSources::relocations() {
    static const PageSource source = makeRelocations();
    return source;
}

const PageSource &PageSources::auditLog() {
    static const PageSource source = makeAuditLog();
    return source;
}

const PageSource *PageSources::find(const QString &key) {
    for (const PageSource *s : {&residents(), &households(), &apartments(), &buildings(),
                                &vehicles(), &relocations(), &auditLog()})
        if (s->key == key)
            return s;
    return nullptr;
}

} // namespace nov::db
