#include "PasswordHasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::PasswordHasher", text);
}

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> PasswordHasher::hash(const QString &password) {
    if (!sodiumReady())
        return Error{tr("The password library could not start."), QString(),
                     tr("Reinstall Novoselye.")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Argon2id with the library's interactive limits: about 0.1 s and 64 MiB per hash.
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{tr("Not enough memory to protect the password."), QString(),
                     tr("Close other programs and try again.")};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) {
    if (!sodiumReady() || !hash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

Status PasswordHasher::checkStrength(const QString &password) {
    if (password.size() < 8)
        return Error{tr("The password must have at least 8 characters."), tr("Password"),
                     tr("A short sentence is easy to remember and hard to guess.")};
    bool letter = false, digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return Error{tr("The password must contain letters and digits."), tr("Password"),
                     QString()};
    return {};
}

} // namespace nov
