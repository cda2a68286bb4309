#pragma once

#include "InsertStatement.h"
#include "Records.h"

namespace nov::db {

class BulkWriter;

// A household's way to the new apartment: offers, the contract and the key handover.
class RelocationRepository {
public:
    explicit RelocationRepository(Database &db);
    // Queue inserts to a bulk writer thread (nullptr: write at once).
    void setBulkWriter(BulkWriter *writer);

    Result<qint64> insertOffer(const OfferRecord &offer);
    Result<qint64> insertContract(const ContractRecord &contract);
    Result<qint64> insertKeyHandover(const KeyHandoverRecord &handover);

private:
    InsertStatement m_offer;
    InsertStatement m_contract;
    InsertStatement m_handover;
};

} // namespace nov::db
