#pragma once

#include "PageSource.h"

namespace nov::db {

// The SQL of the browsing pages: what each big table shows, sorts on and filters by.
// Sortable columns of the big tables are those an index keeps in order (see migrations 0005
// and 0006); the small tables (buildings, vehicles) sort on anything.
//
// Condition keys and their values:
//   name       name_key range (lower, upper)          snils     SNILS range (lower, upper)
//   case       case number range (lower, upper)        address   two LIKE patterns (ESCAPE '\')
//   okrug      okrug code                              district  district id
//   status     status text                             kind      'old' / 'new' (model for vehicles)
//   date_from  ISO date, inclusive                     date_to   ISO date, inclusive
//   cadastral  range (lower, upper)                    unom      whole number
//   vin        LIKE pattern                            number    production number
//   epts       range (lower, upper)
class PageSources {
public:
    static const PageSource &residents();
    static const PageSource &households();
    static const PageSource &apartments();
    static const PageSource &buildings();
    static const PageSource &vehicles();
    // households with their live offer, contract and key handover (keys as households')
    static const PageSource &relocations();
    // audit_log; conditions user (login range), kind (action), status (entity), entity_id,
    // text (two LIKE patterns on the details), date_from, date_to
    static const PageSource &auditLog();
    // nullptr for an unknown key
    static const PageSource *find(const QString &key);
};

} // namespace nov::db
