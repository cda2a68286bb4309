// The database itself refuses rows that break the domain's rules, whoever writes them.
#include "Database.h"
#include "TestSupport.h"

using namespace nov;

namespace {

class SchemaConstraints : public ::testing::Test {
protected:
    void SetUp() override {
        db = test::openDatabase(dir.path(QStringLiteral("c.db")));
        ASSERT_TRUE(db);
        for (const char *sql : {
                 "INSERT INTO okrug VALUES ('ВАО', 'Восточный административный округ', "
                 "'Eastern', 1)",
                 "INSERT INTO district (id, okrug_code, name, name_en) VALUES "
                 "(1, 'ВАО', 'Гольяново', 'Golyanovo')",
                 "INSERT INTO building (id, kind, district_id, address, floors, status) VALUES "
                 "(1, 'old', 1, 'ул. Байкальская, д. 30', 5, 'vacating'),"
                 "(2, 'new', 1, 'ул. Хабаровская, д. 2', 17, 'settling')",
                 "INSERT INTO apartment (id, building_id, number, floor, rooms, total_area, "
                 "living_area, status) VALUES (1, 1, '12', 3, 2, 44.5, 30.1, 'occupied'),"
                 "(2, 2, '101', 9, 2, 55.0, 33.0, 'reserved'),"
                 "(3, 2, '102', 9, 2, 56.0, 33.5, 'free')",
                 "INSERT INTO household (id, case_number, old_apartment_id, status, included_on, "
                 "status_changed_on) VALUES (1, '2017-0000001', 1, 'contract_signed', "
                 "'2017-08-01', '2022-12-01'), (2, '2017-0000002', 1, 'included', "
                 "'2017-08-01', '2017-08-01')",
                 "INSERT INTO resident (id, household_id, last_name, first_name, name_key, sex, "
                 "birth_date, relation, snils) VALUES (1, 1, 'Иванова', 'Мария', "
                 "'ИВАНОВА МАРИЯ', 'F', '1948-03-08', 'head', '11223344595')",
                 "INSERT INTO offer (id, household_id, new_apartment_id, letter_on, decision, "
                 "decided_on) VALUES (1, 1, 2, '2022-10-01', 'consented', '2022-10-10')",
                 "INSERT INTO contract (id, household_id, offer_id, number, type, drafted_on, "
                 "signed_on) VALUES (1, 1, 1, 'ДМ-2022-000001', 'exchange', '2022-10-20', "
                 "'2022-10-25')",
                 "INSERT INTO key_handover (id, household_id, new_apartment_id, contract_id, "
                 "scheduled_for, handed_over_on, residents_count) VALUES "
                 "(1, 1, 2, 1, '2023-01-10', '2023-01-10', 1)",
                 "INSERT INTO vehicle (id, vin, model, powertrain, engine, colour, "
                 "production_no) VALUES (1, 'XMSM3C150PM002000', 'Moskvich 3', 'petrol_cvt', "
                 "'1.5T', 'white', 2000)",
                 "INSERT INTO milestone (id, target, reached_on, key_handover_id, household_id, "
                 "resident_id, vehicle_id) VALUES (1, 1, '2023-01-10', 1, 1, 1, 1)",
             })
            ASSERT_TRUE(test::runs(*db, QString::fromUtf8(sql))) << sql;
    }

    bool accepts(const char *sql) { return test::runs(*db, QString::fromUtf8(sql)); }

    test::TempDir dir;
    std::unique_ptr<db::Database> db;
};

} // namespace

TEST_F(SchemaConstraints, ApartmentAreasAndRooms) {
    EXPECT_FALSE(accepts("INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                         "living_area, status) VALUES (2, '200', 5, 2, 40, 41, 'free')"))
        << "living area above total";
    EXPECT_FALSE(accepts("INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                         "living_area, status) VALUES (2, '201', 5, 2, 0, 0, 'free')"))
        << "area must be above zero";
    EXPECT_FALSE(accepts("INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                         "living_area, status) VALUES (2, '202', 5, 8, 90, 60, 'free')"))
        << "rooms 1-7";
    EXPECT_FALSE(accepts("INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                         "living_area, status) VALUES (2, '101', 5, 2, 50, 30, 'free')"))
        << "one apartment number per building";
    EXPECT_TRUE(accepts("INSERT INTO apartment (building_id, number, floor, rooms, total_area, "
                        "living_area, status) VALUES (2, '203', 5, 7, 150, 100, 'free')"));
}

TEST_F(SchemaConstraints, StatusValuesAndKinds) {
    EXPECT_FALSE(accepts("UPDATE household SET status = 'moved' WHERE id = 2"));
    EXPECT_FALSE(accepts("UPDATE building SET status = 'settling' WHERE id = 1"))
        << "an old building is never 'settling'";
    EXPECT_FALSE(accepts("UPDATE vehicle SET status = 'sold' WHERE id = 1"));
    EXPECT_TRUE(accepts("UPDATE household SET status = 'notified' WHERE id = 2"));
}

TEST_F(SchemaConstraints, UniqueCaseNumberSnilsAndVin) {
    EXPECT_FALSE(accepts("INSERT INTO household (case_number, old_apartment_id, status, "
                         "included_on, status_changed_on) VALUES ('2017-0000001', 1, "
                         "'included', '2017-08-01', '2017-08-01')"));
    EXPECT_FALSE(accepts("INSERT INTO resident (household_id, last_name, first_name, name_key, "
                         "sex, birth_date, relation, snils) VALUES (2, 'Петров', 'Пётр', "
                         "'ПЕТРОВ ПЕТР', 'M', '1950-01-01', 'head', '11223344595')"));
    EXPECT_FALSE(accepts("INSERT INTO vehicle (vin, model, powertrain, engine, colour, "
                         "production_no) VALUES ('XMSM3C150PM002000', 'Moskvich 3', "
                         "'petrol_cvt', '1.5T', 'red', 2001)"));
}

TEST_F(SchemaConstraints, DigitsDatesAndVinCharacters) {
    NOV_SQLITE_ONLY("PostgreSQL's DATE also reads 01.02.1950; the program always writes ISO dates");
    EXPECT_FALSE(accepts("INSERT INTO resident (household_id, last_name, first_name, name_key, "
                         "sex, birth_date, relation, snils) VALUES (2, 'П', 'П', 'П П', 'M', "
                         "'1950-01-01', 'head', '1122334459X')"))
        << "SNILS is 11 digits";
    EXPECT_FALSE(accepts("INSERT INTO resident (household_id, last_name, first_name, name_key, "
                         "sex, birth_date, relation) VALUES (2, 'П', 'П', 'П П', 'M', "
                         "'1950-02-31', 'head')"))
        << "31 February";
    EXPECT_FALSE(accepts("INSERT INTO resident (household_id, last_name, first_name, name_key, "
                         "sex, birth_date, relation) VALUES (2, 'П', 'П', 'П П', 'M', "
                         "'01.02.1950', 'head')"))
        << "dates are stored as ISO";
    EXPECT_FALSE(accepts("INSERT INTO vehicle (vin, model, powertrain, engine, colour, "
                         "production_no) VALUES ('XMSM3C150PO002001', 'Moskvich 3', "
                         "'petrol_cvt', '1.5T', 'red', 2001)"))
        << "no letter O in a VIN";
    EXPECT_FALSE(accepts("INSERT INTO vehicle (vin, model, powertrain, engine, colour, "
                         "production_no) VALUES ('XMSM3E0E0PM500001', 'Moskvich 3', "
                         "'electric', 'e', 'red', 1)"))
        << "an electric car is a Moskvich 3e";
}

TEST_F(SchemaConstraints, OneHandoverPerHouseholdAndPerApartment) {
    EXPECT_FALSE(accepts("INSERT INTO key_handover (household_id, new_apartment_id, contract_id, "
                         "scheduled_for, residents_count) VALUES (1, 3, 1, '2023-02-01', 1)"))
        << "second handover for a household";
    ASSERT_TRUE(accepts("INSERT INTO offer (id, household_id, new_apartment_id, letter_on, "
                        "decision, decided_on) VALUES (2, 2, 3, '2022-10-01', 'consented', "
                        "'2022-10-10')"));
    ASSERT_TRUE(accepts("INSERT INTO contract (id, household_id, offer_id, number, type, "
                        "drafted_on) VALUES (2, 2, 2, 'ДМ-2022-000002', 'exchange', "
                        "'2022-10-20')"));
    EXPECT_FALSE(accepts("INSERT INTO key_handover (household_id, new_apartment_id, contract_id, "
                         "scheduled_for, residents_count) VALUES (2, 2, 2, '2023-02-01', 1)"))
        << "the new apartment already went to household 1";
}

TEST_F(SchemaConstraints, AnApartmentIsUnderOneLiveOfferAtMost) {
    EXPECT_FALSE(accepts("INSERT INTO offer (household_id, new_apartment_id, letter_on) VALUES "
                         "(2, 2, '2023-01-01')"))
        << "apartment 2 is consented to household 1";
    EXPECT_TRUE(accepts("INSERT INTO offer (household_id, new_apartment_id, letter_on) VALUES "
                        "(2, 3, '2023-01-01')"));
    EXPECT_FALSE(accepts("INSERT INTO offer (household_id, new_apartment_id, letter_on, "
                         "decision, decided_on) VALUES (2, 3, '2023-01-01', 'refused', "
                         "'2023-01-05')"))
        << "a refusal needs its reason";
}

TEST_F(SchemaConstraints, AVehicleGoesToOneMilestoneAndAMilestoneGetsOneVehicle) {
    EXPECT_FALSE(accepts("INSERT INTO milestone (target, reached_on, key_handover_id, "
                         "household_id, resident_id, vehicle_id) VALUES "
                         "(2, '2023-01-10', 1, 1, 1, 1)"));
    EXPECT_FALSE(accepts("INSERT INTO milestone (target, vehicle_id) VALUES (3, NULL), "
                         "(1, NULL)"))
        << "a target exists once";
}

TEST_F(SchemaConstraints, ForeignKeysHold) {
    EXPECT_FALSE(accepts("INSERT INTO resident (household_id, last_name, first_name, name_key, "
                         "sex, birth_date, relation) VALUES (99, 'П', 'П', 'П П', 'M', "
                         "'1950-01-01', 'head')"));
    EXPECT_FALSE(accepts("DELETE FROM household WHERE id = 1"));
}

TEST_F(SchemaConstraints, AuditLogIsAppendOnly) {
    ASSERT_TRUE(accepts("INSERT INTO audit_log (at, action, prev_hash, hash) VALUES "
                        "('2026-01-01T00:00:00Z', 'login', '0', 'abc')"));
    EXPECT_FALSE(accepts("UPDATE audit_log SET action = 'nothing'"));
    EXPECT_FALSE(accepts("DELETE FROM audit_log"));
}
