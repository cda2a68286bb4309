// Passport, SNILS and phone: masked in lists and for roles that only read; shown in full in the
// household card to the roles that handle cases, and every such showing is audited.
#include "TestSupport.h"
#include "domain/PersonalData.h"
#include "household/HouseholdCard.h"

#include <QTableWidget>

using namespace nov;

namespace {

QStringList snilsShown(HouseholdCard &card) {
    QStringList shown;
    for (QTableWidget *table : card.findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->item(r, c) && table->item(r, c)->text().contains(QLatin1Char('-')) &&
                    table->item(r, c)->text().size() == 14)
                    shown << table->item(r, c)->text();
    return shown;
}

} // namespace

TEST(PersonalData, MaskedFormsKeepOnlyTheLastDigits) {
    EXPECT_EQ(PersonalData::maskSnils(QStringLiteral("11223344595")),
              QStringLiteral("***-***-445 95"));
    EXPECT_EQ(PersonalData::maskPassport(QStringLiteral("4512345678")),
              QStringLiteral("** ** ***678"));
    EXPECT_EQ(PersonalData::maskPhone(QStringLiteral("79161234567")),
              QStringLiteral("+7 *** ***-45-67"));
    EXPECT_EQ(PersonalData::formatSnils(QStringLiteral("11223344595")),
              QStringLiteral("112-233-445 95"));
}

TEST(PersonalData, TheCardRevealsToAClerkWithAnAuditRecordAndMasksForAnAuditor) {
    test::TempDir dir;
    auto db = test::openDatabase(test::smallDemo(dir));
    ASSERT_TRUE(db);
    const qint64 household =
        test::scalar(*db, QStringLiteral("SELECT household_id FROM resident WHERE snils IS NOT "
                                         "NULL ORDER BY id LIMIT 1"))
            .toLongLong();
    const QString snils = PersonalData::formatSnils(
        test::scalar(*db, QStringLiteral("SELECT snils FROM resident WHERE household_id = %1 "
                                         "ORDER BY id LIMIT 1")
                              .arg(household))
            .toString());
    auto reveals = [&] {
        return test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                "'personal_data.reveal' AND entity_id = %1")
                                     .arg(household))
            .toInt();
    };

    const Actor clerk{3, QStringLiteral("clerk"), Role::Clerk};
    {
        HouseholdCard card(*db, clerk, household);
        EXPECT_TRUE(snilsShown(card).contains(snils));
    }
    EXPECT_EQ(reveals(), 1);

    const Actor auditor{4, QStringLiteral("auditor"), Role::Auditor};
    {
        HouseholdCard card(*db, auditor, household);
        EXPECT_FALSE(snilsShown(card).contains(snils));
    }
    EXPECT_EQ(reveals(), 1) << "nothing was revealed to the auditor";
}
