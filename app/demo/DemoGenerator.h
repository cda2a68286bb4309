#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace nov {

// Creates a deterministic, realistic demo database (see DESIGN.md, "Scale presets"):
// real okrugs and districts, old five-storey buildings and new ones, households with Russian
// names, valid SNILS, offers, contracts and key handovers at the programme's real pace,
// milestone targets and a Moskvich 3 / 3e gift inventory.
class DemoGenerator {
public:
    struct Options {
        QString scale = QStringLiteral("small"); // small | district | moscow
        quint64 seed = 2018;
        QDate today = QDate::currentDate(); // handovers end the working day before
        bool withHistory = true;            // household_event rows for every step
    };
    struct Summary {
        qint64 residents = 0;
        qint64 households = 0;
        qint64 oldBuildings = 0;
        qint64 newBuildings = 0;
        qint64 apartments = 0;
        qint64 relocatedResidents = 0;
        qint64 handovers = 0;
        qint64 vehicles = 0;
        qint64 milestonesReached = 0;
        qint64 rows = 0; // all rows written
        double seconds = 0;
    };
    // Called now and then with 0-100; return false to cancel (nothing is left behind).
    using Progress = std::function<bool(int percent, const QString &stage)>;

    struct DemoUser {
        QString login, fullName, role, password;
    };
    // Accounts every demo database has (passwords listed in the README).
    static QList<DemoUser> demoUsers();

    static QStringList scales();
    // Residents the preset aims at: small 2,000; district 50,000; moscow 1,000,000.
    static qint64 residentsFor(const QString &scale);

    // Writes a new database at `path`. Refuses an existing file that holds data. The database
    // is built next to it under a temporary name and moved into place only when complete.
    static Result<Summary> generate(const QString &path, const Options &options,
                                    const Progress &progress = {});
};

} // namespace nov
