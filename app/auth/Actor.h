#pragma once

#include "Result.h"

#include <QString>

namespace nov {

// Who calls a service: every data-changing service takes the Actor, checks its role and
// records it in the audit log.
enum class Role { Clerk, Manager, Admin, Auditor };

// What a role may do. Clerk: households, residents, offers, contracts, key handovers, printing
// acts. Manager: the clerk's rights plus milestones, gifts, overrides, dashboard exports and
// bulk import. Admin: the manager's plus users, settings, backup and restore. Auditor: reads
// everything and the audit log, changes nothing.
enum class Permission {
    EditHouseholds,
    RecordWorkflow,
    PrintActs,
    ManageMilestones,
    AllocateGifts,
    OverrideEquivalence,
    ExportDashboard,
    BulkImport,
    ManageUsers,
    ManageSettings,
    BackupRestore,
    ReadAuditLog,
    RevealPersonalData,
};

struct Actor {
    qint64 userId = 0; // 0: the system itself (demo data, migrations)
    QString login;
    Role role = Role::Clerk;

    bool can(Permission permission) const;
    // Ok, or an Error saying which role the action needs.
    Status require(Permission permission, const QString &action) const;

    static QString roleName(Role role);  // clerk, manager, admin, auditor
    static QString roleTitle(Role role); // translated, for people
    static bool roleFromName(const QString &name, Role *role);
    static Role lowestRoleWith(Permission permission);
    // For the tooltip of a disabled button: «Needs the role Clerk or higher.»
    static QString roleNeededText(Permission permission);
    // The program acting on its own behalf (demo generation, migrations).
    static Actor system();
};

} // namespace nov
