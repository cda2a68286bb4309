#pragma once

#include <QDate>
#include <QString>
#include <optional>

// Plain rows of the core tables, as the repositories read and write them. Ids are 0 until
// stored (or may be set by bulk writers that number rows themselves).
namespace nov::db {

struct OkrugRecord {
    QString code; // ЦАО, САО, ...
    QString name;
    QString nameEn;
    int sortOrder = 0;
};

struct DistrictRecord {
    qint64 id = 0;
    QString okrugCode;
    QString name;
    QString nameEn;
};

struct BuildingRecord {
    qint64 id = 0;
    QString kind; // old | new
    qint64 districtId = 0;
    QString address;
    qint64 unom = 0;
    int floors = 5;
    int builtYear = 0;
    QString status;
};

struct ApartmentRecord {
    qint64 id = 0;
    qint64 buildingId = 0;
    QString number;
    int floor = 1;
    int rooms = 1;
    double totalArea = 0;
    double livingArea = 0;
    QString cadastralNumber;
    QString status;
};

struct HouseholdRecord {
    qint64 id = 0;
    QString caseNumber;
    qint64 oldApartmentId = 0;
    QString status;
    QDate includedOn;
    QDate statusChangedOn;
    QDate notifiedOn;
};

struct ResidentRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    QString lastName;
    QString firstName;
    QString patronymic;
    QChar sex; // 'M' | 'F'
    QDate birthDate;
    QString relation;
    QString snils;    // 11 digits or empty
    QString passport; // 10 digits or empty
    QString phone;    // 11 digits or empty

    // 'LAST FIRST' upper-cased, Ё as Е: what name search and sort use.
    static QString nameKey(const QString &last, const QString &first);
};

struct HouseholdEventRecord {
    qint64 householdId = 0;
    QDate happenedOn;
    QString fromStatus;
    QString toStatus;
    qint64 userId = 0;
    QString note;
};

struct OfferRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 newApartmentId = 0;
    QDate letterOn;
    QDate viewedOn;
    QString decision = QStringLiteral("pending");
    QDate decidedOn;
    QString refusalReason;
};

struct ContractRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 offerId = 0;
    QString number;
    QString type = QStringLiteral("exchange");
    QDate draftedOn;
    QDate signedOn;
};

struct KeyHandoverRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 newApartmentId = 0;
    qint64 contractId = 0;
    QDate scheduledFor;
    QDate handedOverOn;
    int residentsCount = 1;
    int keySets = 2;
};

struct VehicleRecord {
    qint64 id = 0;
    QString vin;
    QString model;
    QString powertrain;
    QString engine;
    QString colour;
    int productionNo = 0;
    QString eptsNumber;
    QDate producedOn;
    QString status = QStringLiteral("in_stock");
};

struct MilestoneRecord {
    qint64 id = 0;
    qint64 target = 0;
    QString title;
    QDate reachedOn;
    qint64 keyHandoverId = 0;
    qint64 householdId = 0;
    qint64 residentId = 0;
    qint64 vehicleId = 0;
    qint64 giftRecipientId = 0;
    QDate giftHandedOverOn;
};

} // namespace nov::db
