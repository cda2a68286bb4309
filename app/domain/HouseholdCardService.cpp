#include "HouseholdCardService.h"

#include "Equivalence.h"
#include "HouseholdRepository.h"
#include "OfficeSettings.h"
#include "WorkflowRepository.h"

namespace nov {

namespace {

HouseholdCardService::Deadline deadline(HouseholdCardService::Deadline::Kind kind,
                                        const QDate &since, int days, const QDate &metOn,
                                        const QDate &today) {
    HouseholdCardService::Deadline d;
    d.kind = kind;
    d.since = since;
    d.due = since.addDays(days);
    d.metOn = metOn;
    d.daysLeft = int(today.daysTo(d.due));
    // The same rule as RelocationService::overdue: late from the day after the last day.
    d.overdue = !metOn.isValid() && d.due < today;
    return d;
}

} // namespace

Result<HouseholdCardService::Card> HouseholdCardService::load(qint64 householdId,
                                                              const QDate &today) {
    Card card;
    db::HouseholdRepository households(m_db);
    auto household = households.household(householdId);
    if (!household)
        return household.error();
    card.household = household.value();
    auto old = db::ApartmentStockRepository(m_db).place(card.household.oldApartmentId);
    if (!old)
        return old.error();
    card.oldApartment = old.value();
    auto members = households.members(householdId);
    if (!members)
        return members.error();
    card.members = members.value();

    db::HouseholdCardRepository cards(m_db);
    auto offers = cards.offers(householdId);
    if (!offers)
        return offers.error();
    card.offers = offers.value();
    auto history = cards.events(householdId);
    if (!history)
        return history.error();
    card.history = history.value();

    db::WorkflowRepository workflow(m_db);
    auto contract = workflow.contract(householdId);
    if (!contract)
        return contract.error();
    card.contract = contract.value();
    auto handover = workflow.keyHandover(householdId);
    if (!handover)
        return handover.error();
    card.keyHandover = handover.value();

    auto due = deadlines(card, today);
    if (!due)
        return due.error();
    card.deadlines = due.value();
    return card;
}

Result<QList<HouseholdCardService::Deadline>> HouseholdCardService::deadlines(const Card &card,
                                                                              const QDate &today) {
    QList<Deadline> list;
    if (card.offers.isEmpty())
        return list;
    OfficeSettings settings(m_db);
    auto decisionDays = settings.value(OfficeSettings::decisionDeadlineDays());
    if (!decisionDays)
        return decisionDays.error();
    auto contractDays = settings.value(OfficeSettings::contractDeadlineDays());
    if (!contractDays)
        return contractDays.error();

    // The latest offer is the one the deadlines run for; earlier ones were refused.
    const db::OfferRecord &offer = card.offers.last().offer;
    list.append(deadline(Deadline::Kind::Decision, offer.letterOn, decisionDays.value(),
                         offer.decidedOn, today));
    if (offer.decision == QLatin1String("consented")) {
        const bool signedForThisOffer = card.contract && card.contract->offerId == offer.id;
        list.append(deadline(Deadline::Kind::Contract, offer.decidedOn, contractDays.value(),
                             signedForThisOffer ? card.contract->signedOn : QDate(), today));
    }
    return list;
}

Result<QList<db::ApartmentPlace>> HouseholdCardService::overrideCandidates(qint64 householdId,
                                                                           int limit) {
    auto household = db::HouseholdRepository(m_db).household(householdId);
    if (!household)
        return household.error();
    db::ApartmentStockRepository stock(m_db);
    auto old = stock.place(household->oldApartmentId);
    if (!old)
        return old.error();
    db::ApartmentStockRepository::Need anywhere = Equivalence::need(old.value());
    anywhere.rooms = 0;
    anywhere.totalArea = 0;
    anywhere.livingArea = 0;
    return stock.freeApartments(anywhere, limit);
}

Result<qint64> HouseholdCardService::householdByCase(const QString &caseNumber) {
    return db::HouseholdCardRepository(m_db).householdByCase(caseNumber);
}

} // namespace nov
