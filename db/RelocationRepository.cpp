#include "RelocationRepository.h"

#include "SqlValues.h"

namespace nov::db {

RelocationRepository::RelocationRepository(Database &db)
    : m_offer(db, QStringLiteral("offer"),
              {QStringLiteral("id"), QStringLiteral("household_id"),
               QStringLiteral("new_apartment_id"), QStringLiteral("letter_on"),
               QStringLiteral("viewed_on"), QStringLiteral("decision"),
               QStringLiteral("decided_on"), QStringLiteral("refusal_reason")})
    , m_contract(db, QStringLiteral("contract"),
                 {QStringLiteral("id"), QStringLiteral("household_id"), QStringLiteral("offer_id"),
                  QStringLiteral("number"), QStringLiteral("type"), QStringLiteral("drafted_on"),
                  QStringLiteral("signed_on")})
    , m_handover(db, QStringLiteral("key_handover"),
                 {QStringLiteral("id"), QStringLiteral("household_id"),
                  QStringLiteral("new_apartment_id"), QStringLiteral("contract_id"),
                  QStringLiteral("scheduled_for"), QStringLiteral("handed_over_on"),
                  QStringLiteral("residents_count"), QStringLiteral("key_sets")}) {}

Result<qint64> RelocationRepository::insertOffer(const OfferRecord &o) {
    return m_offer.insert({sql::id(o.id), o.householdId, o.newApartmentId, sql::date(o.letterOn),
                           sql::date(o.viewedOn), o.decision, sql::date(o.decidedOn),
                           sql::text(o.refusalReason)});
}

Result<qint64> RelocationRepository::insertContract(const ContractRecord &c) {
    return m_contract.insert({sql::id(c.id), c.householdId, c.offerId, c.number, c.type,
                              sql::date(c.draftedOn), sql::date(c.signedOn)});
}

Result<qint64> RelocationRepository::insertKeyHandover(const KeyHandoverRecord &k) {
    return m_handover.insert({sql::id(k.id), k.householdId, k.newApartmentId, k.contractId,
                              sql::date(k.scheduledFor), sql::date(k.handedOverOn),
                              k.residentsCount, k.keySets});
}

void RelocationRepository::setBulkWriter(BulkWriter *writer) {
    m_offer.setWriter(writer);
    m_contract.setWriter(writer);
    m_handover.setWriter(writer);
}

} // namespace nov::db
