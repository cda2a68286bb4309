#pragma once

#include <QString>

// Runs SQL through the sqlite3 command-line tool, the baseline of every benchmark figure.
class Sqlite3Cli {
public:
    // Wall time of the statements alone (".timer on" figures summed), or -1 on failure.
    static double time(const QString &database, const QString &sql);
    static bool available();
};
