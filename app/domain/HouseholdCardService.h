#pragma once

#include "ApartmentStockRepository.h"
#include "HouseholdCardRepository.h"
#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace nov {

namespace db {
class Database;
}

// Everything the household card shows, read in one go: the household and its old apartment,
// members, offers, contract, key handover, case history and the deadlines. Read-only; the
// changes go through RelocationService and ResidentService.
class HouseholdCardService {
public:
    struct Deadline {
        enum class Kind { Decision, Contract };
        Kind kind = Kind::Decision;
        QDate since; // the offer letter (Decision) or the consent (Contract)
        QDate due;   // the last day
        QDate metOn; // the decision or the signature; invalid while open
        bool overdue = false;
        int daysLeft = 0; // negative when overdue
    };
    struct Card {
        db::HouseholdRecord household;
        db::ApartmentPlace oldApartment;
        QList<db::ResidentRecord> members;
        QList<db::HouseholdCardRepository::OfferRow> offers;
        std::optional<db::ContractRecord> contract;
        std::optional<db::KeyHandoverRecord> keyHandover;
        QList<db::HouseholdCardRepository::EventRow> history;
        QList<Deadline> deadlines;
    };

    explicit HouseholdCardService(db::Database &db)
        : m_db(db) {}

    // `today` decides which deadlines are overdue.
    Result<Card> load(qint64 householdId, const QDate &today);
    // The household of a case number (0 when unknown): opening a card from a list row.
    Result<qint64> householdByCase(const QString &caseNumber);
    // Every free apartment of a commissioned new building in the household's district (its
    // okrug for ЗелАО, НАО, ТАО), equivalent or not: what a manager may offer with an override.
    Result<QList<db::ApartmentPlace>> overrideCandidates(qint64 householdId, int limit = 200);

private:
    Result<QList<Deadline>> deadlines(const Card &card, const QDate &today);

    db::Database &m_db;
};

} // namespace nov
