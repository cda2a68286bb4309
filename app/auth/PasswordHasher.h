#pragma once

#include "Result.h"

#include <QString>

namespace nov {

// Argon2id password hashes through libsodium (crypto_pwhash_str): the salt and the cost
// parameters are part of the stored string ($argon2id$v=19$m=...,t=...,p=1$...).
class PasswordHasher {
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Rules for a new password; Ok or an Error saying what is missing.
    static Status checkStrength(const QString &password);
};

} // namespace nov
