#include "Actor.h"

#include <QCoreApplication>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::Actor", text);
}

int rank(Role role) {
    switch (role) {
    case Role::Auditor:
        return 0;
    case Role::Clerk:
        return 1;
    case Role::Manager:
        return 2;
    case Role::Admin:
        return 3;
    }
    return 0;
}

} // namespace

Role Actor::lowestRoleWith(Permission permission) {
    switch (permission) {
    case Permission::EditHouseholds:
    case Permission::RecordWorkflow:
    case Permission::PrintActs:
    case Permission::RevealPersonalData:
        return Role::Clerk;
    case Permission::ManageMilestones:
    case Permission::AllocateGifts:
    case Permission::OverrideEquivalence:
    case Permission::ExportDashboard:
    case Permission::BulkImport:
        return Role::Manager;
    case Permission::ManageUsers:
    case Permission::ManageSettings:
    case Permission::BackupRestore:
        return Role::Admin;
    case Permission::ReadAuditLog:
        return Role::Auditor;
    }
    return Role::Admin;
}

bool Actor::can(Permission permission) const {
    if (permission == Permission::ReadAuditLog)
        return role == Role::Auditor || role == Role::Admin;
    if (role == Role::Auditor)
        return false; // reads everything, changes nothing
    return rank(role) >= rank(lowestRoleWith(permission));
}

Status Actor::require(Permission permission, const QString &action) const {
    if (can(permission))
        return {};
    return Error{tr("%1 is not allowed for the role %2.").arg(action, roleTitle(role)), login,
                 tr("This needs the role %1 or higher; ask a colleague who has it or an "
                    "administrator.")
                     .arg(roleTitle(lowestRoleWith(permission)))};
}

QString Actor::roleNeededText(Permission permission) {
    if (permission == Permission::ReadAuditLog)
        return tr("Needs the role %1 or %2.").arg(roleTitle(Role::Auditor), roleTitle(Role::Admin));
    return tr("Needs the role %1 or higher.").arg(roleTitle(lowestRoleWith(permission)));
}

QString Actor::roleName(Role role) {
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return QString();
}

QString Actor::roleTitle(Role role) {
    switch (role) {
    case Role::Clerk:
        return tr("clerk");
    case Role::Manager:
        return tr("manager");
    case Role::Admin:
        return tr("administrator");
    case Role::Auditor:
        return tr("auditor");
    }
    return QString();
}

bool Actor::roleFromName(const QString &name, Role *role) {
    for (Role r : {Role::Clerk, Role::Manager, Role::Admin, Role::Auditor}) {
        if (roleName(r) == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

Actor Actor::system() {
    return Actor{0, QStringLiteral("system"), Role::Admin};
}

} // namespace nov
