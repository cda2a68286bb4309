#pragma once

#include <QByteArray>
#include <QString>

namespace nov::test {

// One fuzz input: `bytes` written as a database file in `folder`, then inspected, opened the
// way the program opens it, checked (DatabaseBackup::check) and, when it opens, read as the
// overview does. Nothing may crash; every refusal must carry a message. Returns false when an
// Error came without a message (the only failure a fuzzer cannot see by itself).
bool fuzzOpenDatabase(const QByteArray &bytes, const QString &folder);

// A small, valid Novoselye database (schema and a few rows) to mutate.
QByteArray fuzzSeedDatabase(const QString &folder);

} // namespace nov::test
