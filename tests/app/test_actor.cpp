#include "auth/Actor.h"

#include <gtest/gtest.h>

using nov::Actor;
using nov::Permission;
using nov::Role;

TEST(Actor, RolesGrowFromClerkToAdminAndAuditorOnlyReads) {
    const Actor clerk{1, QStringLiteral("petrova"), Role::Clerk};
    const Actor manager{2, QStringLiteral("sidorov"), Role::Manager};
    const Actor admin{3, QStringLiteral("admin"), Role::Admin};
    const Actor auditor{4, QStringLiteral("kontrol"), Role::Auditor};
    EXPECT_TRUE(clerk.can(Permission::RecordWorkflow));
    EXPECT_FALSE(clerk.can(Permission::AllocateGifts));
    EXPECT_TRUE(manager.can(Permission::AllocateGifts));
    EXPECT_FALSE(manager.can(Permission::ManageUsers));
    EXPECT_TRUE(admin.can(Permission::ManageUsers));
    EXPECT_TRUE(admin.can(Permission::RecordWorkflow));
    EXPECT_FALSE(auditor.can(Permission::RecordWorkflow));
    EXPECT_TRUE(auditor.can(Permission::ReadAuditLog));
    EXPECT_FALSE(clerk.can(Permission::ReadAuditLog));
}

TEST(Actor, ARefusalSaysWhichRoleIsNeeded) {
    const Actor clerk{1, QStringLiteral("petrova"), Role::Clerk};
    const nov::Status refused =
        clerk.require(Permission::AllocateGifts, QStringLiteral("Allocating a gift vehicle"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("clerk")));
    EXPECT_TRUE(refused.error().hint.contains(QLatin1String("manager")));
}
