#pragma once

#include "Result.h"

namespace nov::db {

class Database;

// A write transaction that rolls back unless commit() succeeds. One service call = one
// Transaction.
//
//     Transaction tx(db);
//     if (!tx.begun()) return tx.error();
//     ... statements ...
//     return tx.commit();
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begun() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace nov::db
