#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nov::db {

class Database;

// Printed acts (table certificate) and the facts an act certifies. Every write runs inside
// the caller's transaction.
class CertificateRepository {
public:
    struct Record {
        qint64 id = 0;
        QString kind; // key_handover, vehicle_gift
        QString number;
        int year = 0;
        int seq = 0;
        QDate issuedOn;
        qint64 keyHandoverId = 0;
        qint64 milestoneId = 0;
        QString payload; // the frozen snapshot (canonical JSON)
        QString verificationCode;
        int printCount = 1;
        QString lastPrintedAt; // empty until the original has been printed
    };
    // What an apartment key-handover act certifies.
    struct HandoverFacts {
        qint64 keyHandoverId = 0;
        QDate handedOverOn;
        int keySets = 0;
        int residentsCount = 0;
        QString caseNumber;
        QString contractNumber;
        QString contractType;
        QDate contractSignedOn;
        QString address;
        QString district;
        QString districtEn;
        QString okrug;
        QString okrugEn;
        QString apartmentNumber;
        int floor = 0;
        int rooms = 0;
        double totalArea = 0;
        double livingArea = 0;
        QString cadastralNumber;
        QString oldAddress;
        QString oldApartmentNumber;
        QStringList residents; // full names, the head first; residentsCount of them
        QString clerkName;     // who recorded the handover
    };
    // What a vehicle gift act certifies.
    struct GiftFacts {
        qint64 milestoneId = 0;
        qint64 target = 0;
        QString title;
        QDate reachedOn;
        QDate handedOverOn;
        QString recipient;
        QString caseNumber;
        QString model;
        QString powertrain;
        QString engine;
        QString colour;
        QString vin;
        qint64 productionNo = 0;
        QString eptsNumber;
        QDate producedOn;
    };

    explicit CertificateRepository(Database &db)
        : m_db(db) {}

    // The next free sequence number of (kind, year): gap-free because it is read and used
    // inside one write transaction (SQLite: BEGIN IMMEDIATE serialises writers; PostgreSQL:
    // UNIQUE (kind, year, seq) refuses a concurrent duplicate, the transaction is retried).
    Result<int> nextSeq(const QString &kind, int year);
    Result<qint64> insert(const Record &record);
    Result<std::optional<Record>> byId(qint64 id);
    Result<std::optional<Record>> byHandover(qint64 keyHandoverId);
    Result<std::optional<Record>> byMilestone(qint64 milestoneId);
    Result<std::optional<Record>> byCode(const QString &code);
    // The original print sets last_printed_at; each later print counts one more copy.
    Status markPrinted(qint64 id, bool reprint, const QString &at);

    Result<HandoverFacts> handoverFacts(qint64 keyHandoverId);
    Result<GiftFacts> giftFacts(qint64 milestoneId);

    // Handovers and gifts for batches, in the order they happened.
    Result<QList<qint64>> handoversOn(const QDate &day);
    Result<QList<qint64>> giftsOn(const QDate &day);
    Result<QList<qint64>> handoversInBuilding(qint64 buildingId);
    // New buildings with at least one handover: id and address, by address (batch choice).
    Result<QList<QPair<qint64, QString>>> buildingsWithHandovers();

private:
    Result<std::optional<Record>> one(const QString &where, const QVariant &value);
    Result<QList<qint64>> ids(const QString &sql, const QVariant &value, const QString &what);

    Database &m_db;
};

} // namespace nov::db
