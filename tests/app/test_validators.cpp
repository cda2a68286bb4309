#include "domain/Validators.h"

#include <gtest/gtest.h>

using nov::Validators;

TEST(Validators, SnilsCheckDigits) {
    auto ok = Validators::snils(QStringLiteral("112-233-445 95"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.value(), QStringLiteral("11223344595"));
    auto wrong = Validators::snils(QStringLiteral("112-233-445 96"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QLatin1String("95 expected")));
    EXPECT_FALSE(Validators::snils(QStringLiteral("112-233-445")).ok()) << "too short";
    EXPECT_FALSE(Validators::snils(QStringLiteral("112-233-44A 95")).ok()) << "a letter";
    // weighted sums of 100 and 101 give 00; above 101 the remainder of 101 counts
    EXPECT_EQ(Validators::snilsCheckDigits(QStringLiteral("100395040")), QStringLiteral("00"));
    EXPECT_EQ(Validators::snilsCheckDigits(QStringLiteral("100259245")), QStringLiteral("00"));
    EXPECT_EQ(Validators::snilsCheckDigits(QStringLiteral("103999780")), QStringLiteral("00"));
    EXPECT_EQ(Validators::snilsCheckDigits(QStringLiteral("999999999")), QStringLiteral("01"));
}

TEST(Validators, Passport) {
    EXPECT_EQ(Validators::passport(QStringLiteral("45 12 345678")).value(),
              QStringLiteral("4512345678"));
    EXPECT_EQ(Validators::passport(QStringLiteral("4512 № 345678")).value(),
              QStringLiteral("4512345678"));
    EXPECT_FALSE(Validators::passport(QStringLiteral("45 12 34567")).ok());
    EXPECT_FALSE(Validators::passport(QStringLiteral("45 12 34567Б")).ok());
}

TEST(Validators, Vin) {
    EXPECT_EQ(Validators::vin(QStringLiteral("xmsm3c150pm002000")).value(),
              QStringLiteral("XMSM3C150PM002000"));
    EXPECT_FALSE(Validators::vin(QStringLiteral("XMSM3C150PM00200")).ok()) << "16 characters";
    auto withO = Validators::vin(QStringLiteral("XMSM3C150PO002000"));
    ASSERT_FALSE(withO.ok());
    EXPECT_TRUE(withO.error().message.contains(QLatin1String("I, O or Q")));
    EXPECT_FALSE(Validators::vin(QStringLiteral("XMSM3C150PM00200Ж")).ok());
}

TEST(Validators, DatesAndBirthDates) {
    const QDate today(2026, 11, 27);
    EXPECT_EQ(Validators::date(QStringLiteral("10.01.2023"), QStringLiteral("d")).value(),
              QDate(2023, 1, 10));
    EXPECT_EQ(Validators::date(QStringLiteral("2023-01-10"), QStringLiteral("d")).value(),
              QDate(2023, 1, 10));
    EXPECT_FALSE(Validators::date(QStringLiteral("31.02.2023"), QStringLiteral("d")).ok());
    EXPECT_FALSE(Validators::date(QStringLiteral("10/01/2023"), QStringLiteral("d")).ok());
    EXPECT_TRUE(Validators::date(QStringLiteral("29.02.2024"), QStringLiteral("d")).ok());
    EXPECT_FALSE(Validators::date(QStringLiteral("29.02.2023"), QStringLiteral("d")).ok());
    EXPECT_FALSE(Validators::birthDate(QStringLiteral("28.11.2026"), today).ok()) << "future";
    EXPECT_FALSE(Validators::birthDate(QStringLiteral("31.12.1899"), today).ok());
    EXPECT_TRUE(Validators::birthDate(QStringLiteral("27.11.2026"), today).ok()) << "born today";
}

TEST(Validators, Areas) {
    EXPECT_DOUBLE_EQ(Validators::area(QStringLiteral("44,5"), QStringLiteral("a")).value(), 44.5);
    EXPECT_DOUBLE_EQ(Validators::area(QStringLiteral("44.5"), QStringLiteral("a")).value(), 44.5);
    EXPECT_FALSE(Validators::area(QStringLiteral("0"), QStringLiteral("a")).ok());
    EXPECT_FALSE(Validators::area(QStringLiteral("сорок"), QStringLiteral("a")).ok());
    EXPECT_TRUE(Validators::areas(44.5, 30.1).ok());
    EXPECT_FALSE(Validators::areas(44.5, 44.6).ok());
    EXPECT_FALSE(Validators::rooms(0).ok());
    EXPECT_FALSE(Validators::rooms(8).ok());
    EXPECT_TRUE(Validators::rooms(7).ok());
}

TEST(Validators, Phone) {
    EXPECT_EQ(Validators::phone(QStringLiteral("+7 (495) 123-45-67")).value(),
              QStringLiteral("74951234567"));
    EXPECT_EQ(Validators::phone(QStringLiteral("8 916 123 45 67")).value(),
              QStringLiteral("79161234567"));
    EXPECT_FALSE(Validators::phone(QStringLiteral("123-45-67")).ok());
}
