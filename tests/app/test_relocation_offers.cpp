// Offers: the equivalence rule and the manager's override, which apartments may be offered,
// two households competing for one apartment, refusals, and the offer picker.
#include "RelocationFixture.h"
#include "domain/Equivalence.h"

#include <QSqlQuery>

using namespace nov;
using namespace nov::test;

TEST_F(Relocation, AuditRecordsTheStatusAndTheFieldsBeforeAndAfter) {
    const qint64 h = notifiedHousehold();
    const qint64 flat = equivalentFlat();
    auto offer = service->sendOffer(clerk, h, flat, kLetter);
    ASSERT_TRUE(offer.ok());
    const QString details =
        value(QStringLiteral("SELECT details FROM audit_log WHERE action = 'offer.send' AND "
                             "entity = 'offer' AND entity_id = %1 AND user_id = %2")
                  .arg(offer.value())
                  .arg(clerk.userId))
            .toString();
    EXPECT_TRUE(details.contains(
        QLatin1String("\"status\":{\"after\":\"offer_sent\",\"before\":\"notified\"}")))
        << details.toStdString();
    EXPECT_TRUE(details.contains(
        QLatin1String("\"apartment_status\":{\"after\":\"reserved\",\"before\":\"free\"}")))
        << details.toStdString();
}

TEST_F(Relocation, RefusalFreesTheApartmentAndANewOfferMayFollow) {
    const qint64 h = notifiedHousehold();
    const qint64 first = equivalentFlat();
    ASSERT_TRUE(service->sendOffer(clerk, h, first, kLetter).ok());
    auto unknown = service->refuse(clerk, h, kDecided, QStringLiteral("too_far"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(mentions(unknown.error(), QStringLiteral("too_far")));
    auto otherWithoutNote =
        service->refuse(clerk, h, kDecided, QStringLiteral("other"), QStringLiteral(" "));
    ASSERT_FALSE(otherWithoutNote.ok());
    EXPECT_TRUE(mentions(otherWithoutNote.error(), QStringLiteral("note")));

    // Refused in writing without a viewing.
    auto refused = service->refuse(clerk, h, kDecided, QStringLiteral("floor"),
                                   QStringLiteral("не выше 5 этажа"));
    ASSERT_TRUE(refused.ok()) << refused.error().toText().toStdString();
    EXPECT_EQ(status(h), QStringLiteral("refused"));
    EXPECT_EQ(apartmentStatus(first), QStringLiteral("free"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT decision || ' ' || refusal_reason FROM offer")).toString(),
        QStringLiteral("refused floor"));
    EXPECT_EQ(value(QStringLiteral("SELECT note FROM household_event WHERE to_status = "
                                   "'refused'"))
                  .toString(),
              QStringLiteral("не выше 5 этажа"));

    auto early = service->sendOffer(clerk, h, equivalentFlat(), kDecided.addDays(-1));
    ASSERT_FALSE(early.ok()) << "a new letter cannot predate the refusal";
    const qint64 second = equivalentFlat();
    ASSERT_TRUE(service->sendOffer(clerk, h, second, QDate(2024, 3, 1)).ok());
    EXPECT_EQ(status(h), QStringLiteral("offer_sent"));
    // The freed apartment can go to another household.
    const qint64 other =
        notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
    EXPECT_TRUE(service->sendOffer(clerk, other, first, QDate(2024, 3, 1)).ok());
}

TEST_F(Relocation, EquivalenceRuleChecksEachCriterion) {
    struct Case {
        const char *name;
        int rooms;
        double total, living;
        bool otherDistrict;
        const char *expected;
    };
    const Case cases[] = {
        {"fewer rooms", 1, 52.0, 31.0, false, "1 rooms instead of at least 2"},
        {"less total area", 2, 44.4, 31.0, false, "total area 44.4 m² instead of at least 44.5"},
        {"less living area", 2, 52.0, 29.9, false, "living area 29.9 m² instead of at least 30.0"},
        {"another district", 2, 52.0, 31.0, true, "district Богородское instead of Гольяново"},
    };
    const qint64 otherBuilding = building(bogorodskoye, QStringLiteral("new"));
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const qint64 h = notifiedHousehold();
        const qint64 flat =
            apartment(c.otherDistrict ? otherBuilding : newBuilding, c.rooms, c.total, c.living);
        auto refused = service->sendOffer(clerk, h, flat, kLetter);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(mentions(refused.error(), QString::fromUtf8(c.expected)))
            << refused.error().toText().toStdString();
        EXPECT_TRUE(mentions(refused.error(), QStringLiteral("not equivalent")));
        EXPECT_EQ(apartmentStatus(flat), QStringLiteral("free"));
    }
    // Equal size in the same district is equivalent.
    EXPECT_TRUE(
        service
            ->sendOffer(clerk, notifiedHousehold(), apartment(newBuilding, 2, 44.5, 30.0), kLetter)
            .ok());
    EXPECT_EQ(rows(QStringLiteral("offer")), 1);
}

TEST_F(Relocation, InZelenogradNewMoscowAndTroitskTheSameOkrugIsEnough) {
    const qint64 nao1 = district(QStringLiteral("НАО"), QStringLiteral("Внуково"));
    const qint64 nao2 = district(QStringLiteral("НАО"), QStringLiteral("Сосенское"));
    const qint64 tao1 = district(QStringLiteral("ТАО"), QStringLiteral("Троицк"));
    const qint64 tao2 = district(QStringLiteral("ТАО"), QStringLiteral("Щаповское"));
    const std::pair<qint64, qint64> pairs[] = {{kryukovo, silino}, {nao1, nao2}, {tao1, tao2}};
    for (const auto &[from, to] : pairs) {
        const qint64 old = apartment(building(from, QStringLiteral("old")), 2, 44.5, 30.0,
                                     QStringLiteral("occupied"));
        const qint64 h = notifiedHousehold(old);
        const qint64 flat = apartment(building(to, QStringLiteral("new")), 2, 50.0, 31.0);
        auto offer = service->sendOffer(clerk, h, flat, kLetter);
        EXPECT_TRUE(offer.ok()) << offer.error().toText().toStdString();
    }
    // ...but not another okrug, nor for ВАО the okrug alone.
    const qint64 zelao = apartment(building(kryukovo, QStringLiteral("old")), 2, 44.5, 30.0,
                                   QStringLiteral("occupied"));
    auto otherOkrug =
        service->sendOffer(clerk, notifiedHousehold(zelao),
                           apartment(building(nao1, QStringLiteral("new")), 2, 50, 31), kLetter);
    ASSERT_FALSE(otherOkrug.ok());
    EXPECT_TRUE(mentions(otherOkrug.error(), QStringLiteral("okrug НАО instead of ЗелАО")));
    EXPECT_FALSE(Equivalence::okrugWide(QStringLiteral("ВАО")));
    EXPECT_TRUE(Equivalence::okrugWide(QStringLiteral("ТАО")));
}

TEST_F(Relocation, OnlyFreeApartmentsOfNewBuildingsCanBeOffered) {
    const qint64 h = notifiedHousehold();
    auto oldStock = service->sendOffer(clerk, h, apartment(oldBuilding, 3, 70, 50), kLetter);
    ASSERT_FALSE(oldStock.ok());
    EXPECT_TRUE(mentions(oldStock.error(), QStringLiteral("old building")));
    const qint64 unfinished =
        building(golyanovo, QStringLiteral("new"), QStringLiteral("under_construction"));
    auto unfinishedFlat = service->sendOffer(clerk, h, apartment(unfinished, 2, 52, 31), kLetter);
    ASSERT_FALSE(unfinishedFlat.ok());
    EXPECT_TRUE(mentions(unfinishedFlat.error(), QStringLiteral("under construction")));
    auto occupied = service->sendOffer(
        clerk, h, apartment(newBuilding, 2, 52, 31, QStringLiteral("occupied")), kLetter);
    ASSERT_FALSE(occupied.ok());
    EXPECT_TRUE(mentions(occupied.error(), QStringLiteral("not free")));
    auto missing = service->sendOffer(clerk, h, 999999, kLetter);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(mentions(missing.error(), QStringLiteral("does not exist")));
    EXPECT_EQ(rows(QStringLiteral("offer")), 0);
}

TEST_F(Relocation, AManagerMayOverrideTheEquivalenceRuleWithAReason) {
    const qint64 h = notifiedHousehold();
    const qint64 smaller = apartment(newBuilding, 1, 38.0, 20.0);
    const QString reason = QStringLiteral("семья просит однокомнатную, заявление от 20.01.2024");
    auto byClerk = service->sendOffer(clerk, h, smaller, kLetter, reason);
    ASSERT_FALSE(byClerk.ok());
    EXPECT_TRUE(mentions(byClerk.error(), QStringLiteral("manager")))
        << byClerk.error().toText().toStdString();
    auto noReason = service->sendOffer(manager, h, smaller, kLetter, QStringLiteral("  "));
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(mentions(noReason.error(), QStringLiteral("not equivalent")));
    EXPECT_EQ(rows(QStringLiteral("offer")), 0);

    auto byManager = service->sendOffer(manager, h, smaller, kLetter, reason);
    ASSERT_TRUE(byManager.ok()) << byManager.error().toText().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT override_reason FROM offer")).toString(), reason);
    EXPECT_EQ(value(QStringLiteral("SELECT override_by FROM offer")).toLongLong(), manager.userId);
    const QString audited =
        value(QStringLiteral("SELECT details FROM audit_log WHERE action = 'offer.override' "
                             "AND entity_id = %1 AND user_id = %2")
                  .arg(byManager.value())
                  .arg(manager.userId))
            .toString();
    EXPECT_TRUE(audited.contains(reason));
    EXPECT_TRUE(audited.contains(QLatin1String("1 rooms instead of at least 2")));

    // An equivalent apartment needs no override: the reason is not stored.
    const qint64 other =
        notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
    ASSERT_TRUE(service->sendOffer(manager, other, equivalentFlat(), kLetter, reason).ok());
    EXPECT_EQ(
        value(QStringLiteral("SELECT COUNT(*) FROM offer WHERE override_reason IS NULL")).toInt(),
        1);
}

TEST_F(Relocation, TwoHouseholdsCannotHoldOneApartment) {
    const qint64 a = notifiedHousehold();
    const qint64 b =
        notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")));
    const qint64 flat = equivalentFlat();
    ASSERT_TRUE(service->sendOffer(clerk, a, flat, kLetter).ok());
    auto second = service->sendOffer(clerk, b, flat, kLetter);
    ASSERT_FALSE(second.ok());
    const QString caseA =
        value(QStringLiteral("SELECT case_number FROM household WHERE id = %1").arg(a)).toString();
    EXPECT_TRUE(mentions(second.error(), QStringLiteral("already offered to case %1").arg(caseA)))
        << second.error().toText().toStdString();
    EXPECT_EQ(status(b), QStringLiteral("notified"));
    // The store itself refuses a second live offer of the apartment, whatever writes it.
    EXPECT_FALSE(test::runs(*db, QStringLiteral("INSERT INTO offer (household_id, "
                                                "new_apartment_id, letter_on) VALUES (%1, %2, "
                                                "'2024-02-01')")
                                     .arg(b)
                                     .arg(flat)));
}

// Two clerks (two connections, two threads) offer the same free apartment to two households
// at the same moment, five times over (the winner's household refuses, freeing it again):
// each time exactly one offer is made and the other clerk is told the apartment is offered,
// never a "busy" error. Runs on both backends.
TEST_F(Relocation, TwoClerksAtTheSameMomentNeverOfferOneApartmentTwice) {
    const qint64 flat = equivalentFlat();
    for (int round = 0; round < 5; ++round) {
        SCOPED_TRACE(round);
        const qint64 households[2] = {
            notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied"))),
            notifiedHousehold(apartment(oldBuilding, 2, 44.0, 29.0, QStringLiteral("occupied")))};
        const auto outcome =
            test::atTheSameMoment(db->location(), [&](db::Database &mine, int who) -> Status {
                RelocationService relocation(mine);
                relocation.setToday(kToday);
                auto offered = relocation.sendOffer(clerk, households[who], flat, kLetter);
                return offered ? Status() : Status(offered.error());
            });
        ASSERT_NE(outcome[0].ok(), outcome[1].ok());
        const int winner = outcome[0].ok() ? 0 : 1;
        const Error &refused = outcome[size_t(1 - winner)].error();
        EXPECT_TRUE(mentions(refused, QStringLiteral("already offered")))
            << refused.toText().toStdString();
        EXPECT_FALSE(refused.retryable);
        EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM offer WHERE new_apartment_id = %1 "
                                       "AND decision IN ('pending', 'consented')")
                            .arg(flat)) // SQL-SAFE: a number
                      .toInt(),
                  1);
        ASSERT_TRUE(
            service->refuse(clerk, households[winner], kDecided, QStringLiteral("floor")).ok());
    }
}

TEST_F(Relocation, OfferPickerListsFreeEquivalentApartmentsSmallestFirst) {
    const qint64 h = notifiedHousehold();
    const qint64 big = apartment(newBuilding, 3, 70.0, 45.0);
    const qint64 snug = apartment(newBuilding, 2, 44.5, 30.0);
    const qint64 roomy = apartment(newBuilding, 2, 50.0, 32.0);
    apartment(newBuilding, 1, 60.0, 40.0);                               // fewer rooms
    apartment(newBuilding, 2, 60.0, 29.0);                               // less living area
    apartment(newBuilding, 2, 60.0, 40.0, QStringLiteral("reserved"));   // taken
    apartment(building(bogorodskoye, QStringLiteral("new")), 2, 60, 40); // other district
    apartment(oldBuilding, 2, 60.0, 40.0);                               // old stock
    auto list = service->equivalentFreeApartments(h);
    ASSERT_TRUE(list.ok()) << list.error().toText().toStdString();
    QList<qint64> ids;
    for (const auto &a : list.value())
        ids << a.id;
    EXPECT_EQ(ids, QList<qint64>({snug, roomy, big}));
    auto limited = service->equivalentFreeApartments(h, 2);
    ASSERT_TRUE(limited.ok());
    EXPECT_EQ(limited->size(), 2);

    const qint64 zelao = notifiedHousehold(apartment(building(kryukovo, QStringLiteral("old")), 2,
                                                     44.5, 30.0, QStringLiteral("occupied")));
    const qint64 silinoFlat = apartment(building(silino, QStringLiteral("new")), 2, 50, 31);
    auto okrugWide = service->equivalentFreeApartments(zelao);
    ASSERT_TRUE(okrugWide.ok());
    ASSERT_EQ(okrugWide->size(), 1);
    EXPECT_EQ(okrugWide->first().id, silinoFlat);
}

TEST_F(Relocation, OfferPickerReadsThePartialIndexOfFreeStock) {
    NOV_SQLITE_ONLY("EXPLAIN QUERY PLAN");
    QSqlQuery plan(db->connection());
    ASSERT_TRUE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                             db::ApartmentStockRepository::freeApartmentsSql()));
    for (const QVariant &v : {QVariant(2), QVariant(44.5), QVariant(30.0), QVariant(golyanovo),
                              QVariant(), QVariant(50)})
        plan.addBindValue(v);
    ASSERT_TRUE(plan.exec());
    QString text;
    while (plan.next())
        text += plan.value(3).toString() + QLatin1Char('\n');
    EXPECT_TRUE(text.contains(QLatin1String("apartment_free_stock"))) << text.toStdString();
}
