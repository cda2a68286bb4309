#pragma once

#include "CertificateRepository.h"
#include "Result.h"
#include "auth/Actor.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace nov {

namespace db {
class Database;
}

// Key-handover and vehicle gift acts (акты приёма-передачи).
//
// Number scheme: АКТ-К-YYYY-NNNNNN for apartment keys, АКТ-А-YYYY-NNNNNN for a gift car;
// YYYY is the year of the handover, NNNNNN counts from 000001 per kind and year without gaps
// (assigned inside the transaction that stores the act; UNIQUE (kind, year, seq)).
//
// Snapshot: the act's content is frozen as canonical JSON (payload) when it is issued; every
// print renders that payload, so a reprint is identical even when records change later. The
// first print is the original; each later one is a copy ("КОПИЯ / DUPLICATE" + its date) and
// counted in print_count (1 = the original only).
//
// Verification: code = HMAC-SHA256(office secret, payload), first 80 bits in Crockford base32,
// as XXXX-XXXX-XXXX-XXXX. The secret is 32 random bytes kept in settings
// (certificate_secret), made on first use, never printed. The QR carries
// "NOVOSELYE K-2026-000123 XXXX-XXXX-XXXX-XXXX" (ASCII, so every reader decodes it).
//
// Acts of handovers recorded before acts existed (demo data, older databases) are issued on
// their first print, numbered in the year of the handover.
class CertificateService {
public:
    enum class Kind { KeyHandover, VehicleGift };
    struct Source {
        Kind kind = Kind::KeyHandover;
        qint64 id = 0; // key_handover.id or milestone.id
    };
    // One act as it prints now.
    struct Act {
        db::CertificateRepository::Record record;
        QJsonObject payload;
        bool copy = false;   // the original was printed before: this is a duplicate
        QDate copyPrintedOn; // the date of this reprint (copies only)
        QString qrText() const;
    };
    struct Verification {
        bool genuine = false;
        QString reason; // why not, for people
        Act act;        // what it certified (genuine only)
    };

    explicit CertificateService(db::Database &db)
        : m_db(db) {}

    // Issues the key-handover act of a recorded handover inside the caller's open
    // transaction (RelocationService::recordKeyHandover); returns the existing one if any.
    static Result<db::CertificateRepository::Record>
    issueKeyAct(db::Database &db, const Actor &actor, qint64 keyHandoverId);
    // Issues the vehicle gift act of a milestone whose car was handed over, inside the
    // caller's open transaction (the gift handover service calls it after storing
    // milestone.gift_recipient_id / gift_handed_over_on); returns the existing one if any.
    static Result<db::CertificateRepository::Record>
    issueGiftAct(db::Database &db, const Actor &actor, qint64 milestoneId);

    // The acts of `sources` ready to print (issuing those missing); needs PrintActs.
    // Nothing is counted until recordPrinted().
    Result<QList<Act>> acts(const Actor &actor, const QList<Source> &sources);
    Result<Act> act(const Actor &actor, const Source &source);
    // The acts were printed (or written to PDF): counts copies, audits each print.
    Status recordPrinted(const Actor &actor, const QList<Act> &acts);

    // Sources for batches.
    Result<QList<Source>> actsOfDay(const QDate &day);
    Result<QList<Source>> actsOfBuilding(qint64 buildingId);

    // Checks a code or a QR text: genuine when an act with this code exists and its stored
    // content still yields the code under the office secret.
    Result<Verification> verify(const QString &codeOrQr);

    static QString number(Kind kind, int year, int seq);
    static QString kindName(Kind kind); // key_handover, vehicle_gift
    // Upper case, Crockford look-alikes folded, grouped XXXX-XXXX-XXXX-XXXX; empty if invalid.
    static QString normalizeCode(const QString &text);
    // HMAC-SHA256 of the canonical payload, shortened to the printed code.
    static QString codeFor(const QByteArray &secret, const QByteArray &payload);

    void setToday(const QDate &today) { m_today = today; }

private:
    static Result<QByteArray> secret(db::Database &db);
    static Result<db::CertificateRepository::Record> store(db::Database &db, const Actor &actor,
                                                           Kind kind, qint64 sourceId,
                                                           const QDate &on, QJsonObject payload);
    Result<Act> load(const Source &source, const Actor &actor);
    QDate today() const;

    db::Database &m_db;
    QDate m_today;
};

} // namespace nov
