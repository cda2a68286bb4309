#include "DemoGenerator.h"

#include "BulkLoad.h"
#include "BulkWriter.h"
#include "Database.h"
#include "DemoCatalog.h"
#include "DemoGifts.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "DemoTimeline.h"
#include "GeographyRepository.h"
#include "HouseholdRepository.h"
#include "HousingRepository.h"
#include "RelocationRepository.h"
#include "ServerAddress.h"
#include "SettingsRepository.h"
#include "Transaction.h"
#include "UserRepository.h"
#include "auth/PasswordHasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <cmath>
#include <future>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::DemoGenerator", text);
}

#define NOV_TRY(expr)                                                                              \
    do {                                                                                           \
        if (auto _r = (expr); !_r)                                                                 \
            return _r.error();                                                                     \
    } while (false)

constexpr int kOldBuildingsFullScale = 5176;
constexpr double kInProgressShare = 0.08; // old buildings whose households are on the way
// More residents than an old building holds (at most 100 flats, ≈2.5 people a household):
// while fewer remain to the special milestone, the next building to resettle is taken from
// Golyanovo, so the household that crosses it lives there.
constexpr qint64 kLargestBuildingResidents = 600;

double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}

struct OldBuilding {
    qint64 id = 0;
    int district = 0;
    int entrances = 4;
    int floors = 5;
    QDate includedOn;
};

struct NewBuilding {
    qint64 id = 0;
    int floors = 17;
    int perFloor = 6;
    int capacity = 0;
    int used = 0;
    int occupied = 0;
};

// What happens to one household in the demo: it moved already, is on its way, or waits.
struct HouseholdPlan {
    enum Phase { Relocated, InProgress, Waiting } phase = Waiting;
    int size = 1;
    QString status;
    QDate notifiedOn, statusChanged;
    QDate refusedLetter, refusedViewed, refusedDecided; // an earlier refused offer, if any
    QDate letter, viewed, decided;                      // the current offer, if any
    QDate drafted, signedOn;                            // the contract, if any
    QDate scheduled, handover;                          // the key handover, if any
};

// Writes one demo database; the state of a run.
class DemoBuilder {
public:
    DemoBuilder(db::Database &db, const DemoCatalog &catalog, const DemoGenerator::Options &o,
                const DemoGenerator::Progress &progress)
        : m_db(db)
        , m_catalog(catalog)
        , m_options(o)
        , m_progress(progress)
        , m_rng(o.seed)
        , m_people(catalog, o.seed, o.today)
        , m_scale(double(DemoGenerator::residentsFor(o.scale)) / 1e6)
        , m_timeline(m_scale, o.today)
        , m_geo(db)
        , m_housing(db)
        , m_households(db)
        , m_relocation(db) {}

    Result<DemoGenerator::Summary> run();

private:
    Status geography();
    Status oldBuildings();
    Status settle(const OldBuilding &b);
    HouseholdPlan plan(const OldBuilding &b);
    Status writeHousehold(const OldBuilding &b, const db::ApartmentRecord &old,
                          const HouseholdPlan &p);
    Status offerPath(const OldBuilding &b, const db::ApartmentRecord &old, qint64 household,
                     const HouseholdPlan &p);
    Result<qint64> offer(qint64 household, qint64 apartment, const QDate &letter,
                         const QDate &viewed, const QString &decision, const QDate &decided);
    Result<db::ApartmentRecord> newApartment(int district, const db::ApartmentRecord &like,
                                             const QString &status);
    Result<qint64> newBuilding(int district);
    QString uniqueAddress(int district, bool isNew);
    Status event(qint64 household, const QDate &on, const QString &from, const QString &to);
    Status finishBuildings();
    Status demoUsers(const QList<Result<QString>> &hashes);
    bool report(int percent, const QString &stage);

    db::Database &m_db;
    const DemoCatalog &m_catalog;
    DemoGenerator::Options m_options;
    DemoGenerator::Progress m_progress;
    DemoRandom m_rng;
    DemoPeople m_people;
    double m_scale;
    DemoTimeline m_timeline;
    db::GeographyRepository m_geo;
    db::HousingRepository m_housing;
    db::HouseholdRepository m_households;
    db::RelocationRepository m_relocation;
    DemoGifts::Handovers m_handed; // relocated households in counter order

    QList<qint64> m_districtIds;
    QList<double> m_districtWeights; // cumulative
    QList<OldBuilding> m_old;
    QHash<int, NewBuilding> m_currentNew; // district -> building being filled
    QList<NewBuilding> m_finishedNew;
    QSet<QString> m_addresses;
    QHash<qint64, int> m_oldRelocated; // old building id -> relocated households
    QHash<qint64, int> m_oldHouseholds;
    QHash<qint64, QDate> m_oldLastHandover;
    QSet<qint64> m_startedOld; // old buildings whose households are on the way

    qint64 m_nextApartment = 1, m_nextHousehold = 1, m_nextResident = 1, m_nextBuilding = 1;
    qint64 m_nextOffer = 1, m_nextContract = 1, m_nextHandover = 1;
    qint64 m_relocatedResidents = 0;
    int m_inProgressBuildings = 0; // buildings left to be put "on the way" after the movers
    int m_golyanovo = -1;
    bool m_historyForThisHousehold = false;
    DemoGenerator::Summary m_summary;
};

bool DemoBuilder::report(int percent, const QString &stage) {
    return !m_progress || m_progress(percent, stage);
}

Status DemoBuilder::geography() {
    int order = 0;
    QHash<QString, int> okrugWeight, okrugDistricts;
    for (const auto &o : m_catalog.okrugs) {
        if (Status s = m_geo.insertOkrug({o.code, o.name, o.nameEn, ++order}); !s)
            return s;
        okrugWeight[o.code] = o.weight;
    }
    for (const auto &d : m_catalog.districts)
        ++okrugDistricts[d.okrugCode];
    double cumulative = 0;
    for (const auto &d : m_catalog.districts) {
        auto id = m_geo.insertDistrict({0, d.okrugCode, d.name, d.nameEn});
        if (!id)
            return id.error();
        if (d.name == QStringLiteral("Гольяново"))
            m_golyanovo = int(m_districtIds.size());
        m_districtIds.append(id.value());
        cumulative += double(okrugWeight.value(d.okrugCode)) / okrugDistricts.value(d.okrugCode);
        m_districtWeights.append(cumulative);
    }
    return {};
}

QString DemoBuilder::uniqueAddress(int district, bool isNew) {
    Q_UNUSED(district)
    for (;;) {
        const auto &street = m_catalog.streets.at(m_rng.below(int(m_catalog.streets.size())));
        QString address = QStringLiteral("%1 %2, д. %3")
                              .arg(street.type, street.name)
                              .arg(isNew ? m_rng.range(1, 60) : m_rng.range(1, 120));
        if (m_rng.chance(isNew ? 0.5 : 0.3))
            address += QStringLiteral(", корп. %1").arg(m_rng.range(1, 6));
        if (!m_addresses.contains(address)) {
            m_addresses.insert(address);
            return address;
        }
    }
}

Status DemoBuilder::oldBuildings() {
    const int count = std::max(8, int(std::lround(kOldBuildingsFullScale * m_scale)));
    for (int i = 0; i < count; ++i) {
        OldBuilding b;
        b.district = m_rng.weighted(m_districtWeights);
        b.entrances = m_rng.range(2, 5);
        b.floors = m_rng.chance(0.9) ? 5 : 4;
        // the programme's list was approved on 1 August 2017; some houses joined later
        b.includedOn = m_rng.chance(0.93) ? QDate(2017, 8, 1)
                                          : QDate(2017, 8, 1).addDays(m_rng.range(200, 1100));
        db::BuildingRecord r;
        r.id = m_nextBuilding++;
        r.kind = QStringLiteral("old");
        r.districtId = m_districtIds.at(b.district);
        r.address = uniqueAddress(b.district, false);
        r.unom = 10000 + r.id * 17 + m_rng.below(17);
        r.floors = b.floors;
        r.builtYear = m_rng.range(1957, 1968);
        r.status = QStringLiteral("included");
        auto id = m_housing.insertBuilding(r);
        if (!id)
            return id.error();
        b.id = id.value();
        m_old.append(b);
    }
    m_summary.oldBuildings = count;
    return {};
}

Result<qint64> DemoBuilder::newBuilding(int district) {
    NewBuilding n;
    n.floors = m_rng.range(12, 25);
    n.perFloor = m_rng.range(4, 8);
    n.capacity = (n.floors - 1) * n.perFloor;
    db::BuildingRecord r;
    r.id = m_nextBuilding++;
    r.kind = QStringLiteral("new");
    r.districtId = m_districtIds.at(district);
    r.address = uniqueAddress(district, true);
    r.unom = 10000 + r.id * 17 + m_rng.below(17);
    r.floors = n.floors;
    r.builtYear = m_rng.range(2017, 2026);
    r.status = QStringLiteral("commissioned");
    auto id = m_housing.insertBuilding(r);
    if (!id)
        return id.error();
    n.id = id.value();
    if (m_currentNew.contains(district))
        m_finishedNew.append(m_currentNew.value(district));
    m_currentNew.insert(district, n);
    ++m_summary.newBuildings;
    return n.id;
}

// A new apartment in the district's current new building, equivalent to (or better than) the
// old one: rooms, total and living area not less.
Result<db::ApartmentRecord> DemoBuilder::newApartment(int district, const db::ApartmentRecord &like,
                                                      const QString &status) {
    if (!m_currentNew.contains(district) ||
        m_currentNew[district].used >= m_currentNew[district].capacity)
        NOV_TRY(newBuilding(district));
    NewBuilding &n = m_currentNew[district];
    const int number = ++n.used;
    if (status == QLatin1String("occupied"))
        ++n.occupied;
    db::ApartmentRecord a;
    a.id = m_nextApartment++;
    a.buildingId = n.id;
    a.number = QString::number(number);
    a.floor = 2 + (number - 1) / n.perFloor;
    a.rooms = std::min(7, like.rooms + (m_rng.chance(0.15) ? 1 : 0));
    a.totalArea = round1(like.totalArea * m_rng.uniform(1.12, 1.45));
    a.livingArea = std::max(like.livingArea, round1(a.totalArea * m_rng.uniform(0.52, 0.62)));
    a.cadastralNumber = QStringLiteral("77:%1:%2:%3")
                            .arg(district + 1, 2, 10, QLatin1Char('0'))
                            .arg(n.id, 7, 10, QLatin1Char('0'))
                            .arg(number);
    a.status = status;
    NOV_TRY(m_housing.insertApartment(a));
    ++m_summary.apartments;
    // Some stock stays free: what the offer picker shows to clerks.
    if (m_rng.chance(0.08) && n.used < n.capacity) {
        db::ApartmentRecord spare = a;
        spare.id = m_nextApartment++;
        spare.number = QString::number(++n.used);
        spare.floor = 2 + (n.used - 1) / n.perFloor;
        spare.cadastralNumber = QStringLiteral("77:%1:%2:%3")
                                    .arg(district + 1, 2, 10, QLatin1Char('0'))
                                    .arg(n.id, 7, 10, QLatin1Char('0'))
                                    .arg(n.used);
        spare.status = QStringLiteral("free");
        NOV_TRY(m_housing.insertApartment(spare));
        ++m_summary.apartments;
    }
    return a;
}

Status DemoBuilder::event(qint64 household, const QDate &on, const QString &from,
                          const QString &to) {
    if (!m_options.withHistory || !m_historyForThisHousehold)
        return {};
    ++m_summary.rows;
    return m_households.insertEvent({household, on, from, to, 0, QString()});
}

Result<qint64> DemoBuilder::offer(qint64 household, qint64 apartment, const QDate &letter,
                                  const QDate &viewed, const QString &decision,
                                  const QDate &decided) {
    static const QStringList reasons = {QStringLiteral("technical_condition"),
                                        QStringLiteral("layout"),
                                        QStringLiteral("more_area"),
                                        QStringLiteral("several_apartments"),
                                        QStringLiteral("another_building"),
                                        QStringLiteral("another_district"),
                                        QStringLiteral("floor"),
                                        QStringLiteral("other")};
    db::OfferRecord o;
    o.id = m_nextOffer++;
    o.householdId = household;
    o.newApartmentId = apartment;
    o.letterOn = letter;
    o.viewedOn = viewed;
    o.decision = decision;
    o.decidedOn = decided;
    if (decision == QLatin1String("refused"))
        o.refusalReason = reasons.at(m_rng.below(int(reasons.size())));
    ++m_summary.rows;
    return m_relocation.insertOffer(o);
}

// The household's next step, decided in counter order so handover dates follow the pace.
HouseholdPlan DemoBuilder::plan(const OldBuilding &b) {
    HouseholdPlan p;
    p.size = m_people.householdSize();
    const QDate today = m_options.today;
    auto offerSteps = [&](const QDate &letter) {
        p.letter = letter;
        p.viewed = letter.addDays(m_rng.range(2, 6));
        p.decided = p.viewed.addDays(m_rng.range(1, 5));
    };
    if (m_relocatedResidents < m_timeline.totalRelocated()) {
        p.phase = HouseholdPlan::Relocated;
        p.handover = m_timeline.dateFor(m_relocatedResidents);
        p.scheduled = p.handover;
        m_relocatedResidents += p.size;
        offerSteps(p.handover.addDays(-m_rng.range(60, 90)));
        p.drafted = p.decided.addDays(m_rng.range(5, 12));
        p.signedOn = p.drafted.addDays(m_rng.range(3, 8));
        if (m_rng.chance(0.1)) {
            p.refusedLetter = p.letter.addDays(-m_rng.range(30, 50));
            p.refusedViewed = p.refusedLetter.addDays(m_rng.range(2, 7));
            p.refusedDecided = p.refusedViewed.addDays(m_rng.range(1, 5));
        }
        const QDate first = p.refusedLetter.isValid() ? p.refusedLetter : p.letter;
        p.notifiedOn = std::max(b.includedOn, first.addDays(-m_rng.range(10, 30)));
        const bool vacated = p.handover.daysTo(today) > 60;
        p.status =
            vacated ? QStringLiteral("old_apartment_vacated") : QStringLiteral("keys_handed_over");
        p.statusChanged = vacated ? p.handover.addDays(m_rng.range(10, 50)) : p.handover;
        return p;
    }
    if (m_inProgressBuildings > 0) {
        p.phase = HouseholdPlan::InProgress;
        static const QStringList statuses = {
            QStringLiteral("notified"),        QStringLiteral("offer_sent"),
            QStringLiteral("viewed"),          QStringLiteral("consented"),
            QStringLiteral("refused"),         QStringLiteral("contract_drafted"),
            QStringLiteral("contract_signed"), QStringLiteral("extra_space_purchase"),
            QStringLiteral("compensation"),    QStringLiteral("court")};
        static const int cumulative[] = {20, 35, 45, 55, 62, 72, 92, 95, 97, 100};
        const int step = m_rng.weighted(cumulative);
        p.status = statuses.at(step);
        static const int letterAge[][2] = {{0, 0},   {1, 35},   {6, 40}, {20, 80}, {20, 80},
                                           {40, 90}, {50, 100}, {0, 0},  {0, 0},   {0, 0}};
        if (letterAge[step][1] > 0) {
            offerSteps(today.addDays(-m_rng.range(letterAge[step][0], letterAge[step][1])));
            p.statusChanged = step == 1 ? p.letter : (step == 2 ? p.viewed : p.decided);
            p.notifiedOn = std::max(b.includedOn, p.letter.addDays(-m_rng.range(10, 40)));
        } else {
            p.notifiedOn = std::max(b.includedOn, today.addDays(-m_rng.range(5, 300)));
            p.statusChanged = step == 0
                                  ? p.notifiedOn
                                  : std::max(p.notifiedOn, today.addDays(-m_rng.range(5, 90)));
        }
        if (step == 5 || step == 6) {
            p.drafted = std::min(today, p.decided.addDays(m_rng.range(3, 10)));
            p.statusChanged = p.drafted;
        }
        if (step == 6) {
            p.signedOn = std::min(today, p.drafted.addDays(m_rng.range(3, 8)));
            p.statusChanged = p.signedOn;
            QDate when = today.addDays(m_rng.range(1, 45));
            while (when.dayOfWeek() > 5)
                when = when.addDays(1);
            p.scheduled = when;
        }
        return p;
    }
    p.phase = HouseholdPlan::Waiting;
    if (m_rng.chance(0.45)) {
        p.status = QStringLiteral("notified");
        p.notifiedOn = std::min(today, b.includedOn.addDays(m_rng.range(30, 2400)));
        p.statusChanged = p.notifiedOn;
    } else {
        p.status = QStringLiteral("included");
        p.statusChanged = b.includedOn;
    }
    return p;
}

Status DemoBuilder::settle(const OldBuilding &b) {
    static const int roomsCumulative[] = {30, 75, 97, 100};
    static const double totals[][2] = {{30.0, 33.5}, {41.5, 46.5}, {55.0, 60.5}, {61.0, 66.0}};
    const int perFloor = 4;
    const int apartments = b.entrances * b.floors * perFloor;
    for (int n = 1; n <= apartments; ++n) {
        db::ApartmentRecord a;
        a.id = m_nextApartment++;
        a.buildingId = b.id;
        a.number = QString::number(n);
        a.floor = 1 + ((n - 1) % (b.floors * perFloor)) / perFloor;
        a.rooms = 1 + m_rng.weighted(roomsCumulative);
        a.totalArea = round1(m_rng.uniform(totals[a.rooms - 1][0], totals[a.rooms - 1][1]));
        a.livingArea = round1(a.totalArea * m_rng.uniform(0.56, 0.66));
        a.cadastralNumber = QStringLiteral("77:%1:%2:%3")
                                .arg(b.district + 1, 2, 10, QLatin1Char('0'))
                                .arg(b.id, 7, 10, QLatin1Char('0'))
                                .arg(n);
        // communal flats: two households share some larger apartments
        const int households = (a.rooms >= 2 && m_rng.chance(0.2)) ? 2 : 1;
        QList<HouseholdPlan> plans;
        bool allVacated = true;
        for (int h = 0; h < households; ++h) {
            plans.append(plan(b));
            allVacated =
                allVacated && plans.last().status == QLatin1String("old_apartment_vacated");
        }
        a.status = allVacated ? QStringLiteral("vacated") : QStringLiteral("occupied");
        NOV_TRY(m_housing.insertApartment(a));
        ++m_summary.apartments;
        ++m_summary.rows;
        for (const HouseholdPlan &p : std::as_const(plans))
            if (Status s = writeHousehold(b, a, p); !s)
                return s;
    }
    return {};
}

Status DemoBuilder::writeHousehold(const OldBuilding &b, const db::ApartmentRecord &old,
                                   const HouseholdPlan &p) {
    db::HouseholdRecord h;
    h.id = m_nextHousehold++;
    h.caseNumber =
        QStringLiteral("%1-%2").arg(b.includedOn.year()).arg(h.id, 7, 10, QLatin1Char('0'));
    h.oldApartmentId = old.id;
    h.status = p.status;
    h.includedOn = b.includedOn;
    h.notifiedOn = p.notifiedOn;
    h.statusChangedOn = p.statusChanged;
    NOV_TRY(m_households.insertHousehold(h));
    ++m_oldHouseholds[b.id];
    // Histories of cases clerks still look at: households on their way and those that moved
    // in the last year (older cases would only make the demo file bigger).
    m_historyForThisHousehold =
        p.phase == HouseholdPlan::InProgress ||
        (p.phase == HouseholdPlan::Relocated && p.handover.daysTo(m_options.today) <= 365);
    const qint64 firstResident = m_nextResident;
    QList<db::ResidentRecord> members = m_people.household(p.size);
    for (db::ResidentRecord &r : members) {
        r.id = m_nextResident++;
        r.householdId = h.id;
        NOV_TRY(m_households.insertResident(r));
    }
    m_summary.residents += members.size();
    ++m_summary.households;
    m_summary.rows += members.size() + 1;
    NOV_TRY(event(h.id, b.includedOn, QString(), QStringLiteral("included")));
    if (p.notifiedOn.isValid())
        NOV_TRY(event(h.id, p.notifiedOn, QStringLiteral("included"), QStringLiteral("notified")));
    if (p.phase == HouseholdPlan::Relocated) {
        m_handed.append({m_nextHandover, h.id, p.handover, p.size, firstResident});
        ++m_oldRelocated[b.id];
        m_oldLastHandover[b.id] = p.handover;
    }
    if (p.phase != HouseholdPlan::Waiting)
        return offerPath(b, old, h.id, p);
    return {};
}

// Offers, contract and key handover with the dates the plan drew; events for each step.
Status DemoBuilder::offerPath(const OldBuilding &b, const db::ApartmentRecord &old,
                              qint64 household, const HouseholdPlan &p) {
    QString last = QStringLiteral("notified");
    auto step = [&](const QDate &on, const QString &to) {
        Status s = event(household, on, last, to);
        last = to;
        return s;
    };
    if (p.refusedLetter.isValid()) {
        auto apartment = newApartment(b.district, old, QStringLiteral("free"));
        if (!apartment)
            return apartment.error();
        NOV_TRY(offer(household, apartment->id, p.refusedLetter, p.refusedViewed,
                      QStringLiteral("refused"), p.refusedDecided));
        NOV_TRY(step(p.refusedLetter, QStringLiteral("offer_sent")));
        NOV_TRY(step(p.refusedViewed, QStringLiteral("viewed")));
        NOV_TRY(step(p.refusedDecided, QStringLiteral("refused")));
    }
    if (!p.letter.isValid()) { // a side branch straight after notification
        if (p.status != QLatin1String("notified"))
            NOV_TRY(step(p.statusChanged, p.status));
        return {};
    }
    const bool refused = p.status == QLatin1String("refused");
    const bool pending =
        p.status == QLatin1String("offer_sent") || p.status == QLatin1String("viewed");
    const QString apartmentStatus = p.handover.isValid() ? QStringLiteral("occupied")
                                    : refused            ? QStringLiteral("free")
                                                         : QStringLiteral("reserved");
    auto apartment = newApartment(b.district, old, apartmentStatus);
    if (!apartment)
        return apartment.error();
    const bool viewed = p.status != QLatin1String("offer_sent");
    auto offerId =
        offer(household, apartment->id, p.letter, viewed ? p.viewed : QDate(),
              pending ? QStringLiteral("pending")
                      : (refused ? QStringLiteral("refused") : QStringLiteral("consented")),
              pending ? QDate() : p.decided);
    if (!offerId)
        return offerId.error();
    NOV_TRY(step(p.letter, QStringLiteral("offer_sent")));
    if (viewed)
        NOV_TRY(step(p.viewed, QStringLiteral("viewed")));
    if (!pending)
        NOV_TRY(step(p.decided, refused ? QStringLiteral("refused") : QStringLiteral("consented")));
    if (!p.drafted.isValid())
        return {};

    db::ContractRecord c;
    c.id = m_nextContract++;
    c.householdId = household;
    c.offerId = offerId.value();
    c.number = QStringLiteral("ДМ-%1-%2").arg(p.drafted.year()).arg(c.id, 6, 10, QLatin1Char('0'));
    c.draftedOn = p.drafted;
    c.signedOn = p.signedOn;
    NOV_TRY(m_relocation.insertContract(c));
    ++m_summary.rows;
    NOV_TRY(step(p.drafted, QStringLiteral("contract_drafted")));
    if (!p.signedOn.isValid())
        return {};
    NOV_TRY(step(p.signedOn, QStringLiteral("contract_signed")));

    db::KeyHandoverRecord k;
    k.id = m_nextHandover++;
    k.householdId = household;
    k.newApartmentId = apartment->id;
    k.contractId = c.id;
    k.scheduledFor = p.scheduled;
    k.handedOverOn = p.handover;
    k.residentsCount = p.size;
    k.keySets = p.size > 3 ? 3 : 2;
    NOV_TRY(m_relocation.insertKeyHandover(k));
    ++m_summary.rows;
    if (!p.handover.isValid())
        return {};
    ++m_summary.handovers;
    NOV_TRY(step(p.handover, QStringLiteral("keys_handed_over")));
    if (p.status == QLatin1String("old_apartment_vacated"))
        NOV_TRY(step(p.statusChanged, p.status));
    return {};
}

Status DemoBuilder::finishBuildings() {
    const QDate today = m_options.today;
    for (const OldBuilding &b : std::as_const(m_old)) {
        const int moved = m_oldRelocated.value(b.id);
        const int all = m_oldHouseholds.value(b.id);
        QString status = QStringLiteral("included");
        if (moved > 0 && moved == all)
            status = m_oldLastHandover.value(b.id).daysTo(today) > 400 && m_rng.chance(0.6)
                         ? QStringLiteral("demolished")
                         : QStringLiteral("vacated");
        else if (moved > 0 || m_startedOld.contains(b.id))
            status = QStringLiteral("vacating");
        if (status != QLatin1String("included"))
            NOV_TRY(m_housing.setBuildingStatus(b.id, status));
    }
    QList<NewBuilding> all = m_finishedNew;
    for (const NewBuilding &n : std::as_const(m_currentNew))
        all.append(n);
    for (const NewBuilding &n : std::as_const(all)) {
        const QString status = n.occupied == 0        ? QStringLiteral("commissioned")
                               : n.occupied == n.used ? QStringLiteral("settled")
                                                      : QStringLiteral("settling");
        NOV_TRY(m_housing.setBuildingStatus(n.id, status));
    }
    return {};
}

// The accounts the README lists, one per role, with their password hashes (in list order).
Status DemoBuilder::demoUsers(const QList<Result<QString>> &hashes) {
    db::UserRepository users(m_db);
    const QList<DemoGenerator::DemoUser> accounts = DemoGenerator::demoUsers();
    for (int i = 0; i < accounts.size(); ++i) {
        const DemoGenerator::DemoUser &u = accounts.at(i);
        const Result<QString> &hash = hashes.at(i);
        if (!hash)
            return hash.error();
        db::UserRecord r;
        r.login = u.login;
        r.fullName = u.fullName;
        r.role = u.role;
        r.passwordHash = hash.value();
        NOV_TRY(users.insert(r));
    }
    return {};
}

Result<DemoGenerator::Summary> DemoBuilder::run() {
    if (!report(0, tr("Okrugs and districts")))
        return Error{tr("Cancelled.")};
    NOV_TRY(geography());
    // The demo accounts' password hashes (memory-hard, a quarter of a second) are worked out
    // on a thread of their own while the rows are made: the writer, not this thread, sets
    // the pace of the load.
    std::future<QList<Result<QString>>> hashes = std::async(std::launch::async, [] {
        QList<Result<QString>> list;
        for (const DemoGenerator::DemoUser &u : DemoGenerator::demoUsers())
            list.append(PasswordHasher::hash(u.password));
        return list;
    });
    // From here rows are made on this thread and written on another.
    db::BulkWriter writer(m_db);
    m_housing.setBulkWriter(&writer);
    m_households.setBulkWriter(&writer);
    m_relocation.setBulkWriter(&writer);
    NOV_TRY(oldBuildings());

    // The order in which old buildings are resettled: seeded, houses added to the programme
    // later come later.
    QList<int> wave(m_old.size());
    for (int i = 0; i < wave.size(); ++i)
        wave[i] = i;
    for (int i = int(wave.size()) - 1; i > 0; --i)
        std::swap(wave[i], wave[m_rng.below(i + 1)]);
    std::stable_sort(wave.begin(), wave.end(), [this](int a, int b) {
        return m_old.at(a).includedOn < m_old.at(b).includedOn;
    });

    // The special milestone (the 100,000th at full scale) falls in a house in Golyanovo, as
    // it did in January 2023.
    const qint64 special = DemoGifts::specialTarget(m_scale);
    m_inProgressBuildings = std::max(1, int(std::lround(kInProgressShare * m_old.size())));
    int lastPercent = -1;
    for (int pos = 0; pos < wave.size(); ++pos) {
        const qint64 remaining = special - m_relocatedResidents;
        if (m_golyanovo >= 0 && remaining > 0 && remaining <= kLargestBuildingResidents &&
            m_old.at(wave[pos]).district != m_golyanovo) {
            for (int later = pos + 1; later < wave.size(); ++later) {
                if (m_old.at(wave[later]).district == m_golyanovo) {
                    std::swap(wave[pos], wave[later]);
                    break;
                }
            }
        }
        const bool relocating = m_relocatedResidents < m_timeline.totalRelocated();
        const OldBuilding &b = m_old.at(wave[pos]);
        NOV_TRY(settle(b));
        if (!relocating && m_inProgressBuildings > 0) {
            m_startedOld.insert(b.id);
            --m_inProgressBuildings;
        }
        const int percent = int(5 + 85 * qint64(pos + 1) / wave.size());
        if (percent != lastPercent) {
            lastPercent = percent;
            if (!report(percent, tr("Households and residents")))
                return Error{tr("Cancelled.")};
        }
    }
    if (Status s = writer.finish(); !s)
        return s.error();
    m_housing.setBulkWriter(nullptr);
    m_households.setBulkWriter(nullptr);
    m_relocation.setBulkWriter(nullptr);
    NOV_TRY(finishBuildings());
    if (!report(92, tr("Milestones and gift vehicles")))
        return Error{tr("Cancelled.")};
    NOV_TRY(demoUsers(hashes.get()));
    auto gifts = DemoGifts::write(m_db, m_options.seed, m_scale, m_options.today, m_handed);
    if (!gifts)
        return gifts.error();
    m_summary.vehicles = gifts->vehicles;
    m_summary.milestonesReached = gifts->reached;
    m_summary.relocatedResidents = m_relocatedResidents;
    m_summary.rows += gifts->rows + m_old.size() + m_summary.newBuildings;
    return m_summary;
}

} // namespace

QList<DemoGenerator::DemoUser> DemoGenerator::demoUsers() {
    return {{QStringLiteral("admin"), QStringLiteral("Орлова Наталья Викторовна"),
             QStringLiteral("admin"), QStringLiteral("admin-2018")},
            {QStringLiteral("manager"), QStringLiteral("Сидоров Пётр Андреевич"),
             QStringLiteral("manager"), QStringLiteral("manager-2018")},
            {QStringLiteral("clerk"), QStringLiteral("Петрова Анна Сергеевна"),
             QStringLiteral("clerk"), QStringLiteral("clerk-2018")},
            {QStringLiteral("auditor"), QStringLiteral("Козлов Игорь Михайлович"),
             QStringLiteral("auditor"), QStringLiteral("auditor-2018")}};
}

QStringList DemoGenerator::scales() {
    return {QStringLiteral("small"), QStringLiteral("district"), QStringLiteral("moscow")};
}

qint64 DemoGenerator::residentsFor(const QString &scale) {
    if (scale == QLatin1String("moscow"))
        return 1000000;
    if (scale == QLatin1String("district"))
        return 50000;
    if (scale == QLatin1String("small"))
        return 2000;
    return 0;
}

Result<DemoGenerator::Summary> DemoGenerator::generate(const QString &path, const Options &options,
                                                       const Progress &progress) {
    QElapsedTimer timer;
    timer.start();
    if (residentsFor(options.scale) == 0)
        return Error{tr("Unknown demo scale '%1'.").arg(options.scale), QStringLiteral("--scale"),
                     tr("Use one of: %1.").arg(scales().join(QStringLiteral(", ")))};
    auto catalog = DemoCatalog::load();
    if (!catalog)
        return catalog.error();

    // Fills an empty store in one transaction; the SQLite file gets bulk-load settings first.
    const auto build = [&](db::Database &d) -> Result<Summary> {
        const bool lite = d.backend() == db::Backend::Sqlite;
        // Bulk load: a crash leaves only the .partial file, which is never opened as is.
        for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                   "PRAGMA cache_size = -524288", "PRAGMA foreign_keys = OFF",
                                   "PRAGMA threads = 2", "PRAGMA ignore_check_constraints = ON"}) {
            if (!lite)
                break;
            if (Status s = d.execute(QString::fromLatin1(pragma)); !s)
                return s.error();
        }
        Result<Summary> result = Error{};
        {
            db::Transaction tx(d);
            if (!tx.begun())
                return tx.error();
            db::BulkLoad bulk(d);
            if (Status s = bulk.dropSecondaryIndexes(); !s)
                return s.error();
            DemoBuilder builder(d, catalog.value(), options, progress);
            result = builder.run();
            if (result && progress)
                progress(94, tr("Indexes"));
            if (result) {
                if (Status s = bulk.recreateIndexes(); !s)
                    result = s.error();
            }
            if (result) {
                if (Status s = tx.commit(); !s)
                    result = s.error();
            }
        }
        if (result) {
            if (progress)
                progress(96, tr("Statistics for the query planner"));
            const QStringList finish =
                lite ? QStringList{QStringLiteral("PRAGMA analysis_limit = 2000"),
                                   QStringLiteral("ANALYZE"),
                                   QStringLiteral("PRAGMA journal_mode = WAL")}
                     : QStringList{QStringLiteral("ANALYZE")};
            for (const QString &sql : finish) {
                if (Status s = d.execute(sql); !s)
                    return s.error();
            }
        }
        return result;
    };

    if (db::ServerAddress::isServerUrl(path)) {
        // A server database: created when missing, refused when it holds data already. One
        // transaction, so a failed build leaves the empty schema only.
        auto db = db::Database::open(path);
        if (!db)
            return db.error();
        auto q = db.value()->run(QStringLiteral("SELECT (SELECT COUNT(*) FROM app_user) + "
                                                "(SELECT COUNT(*) FROM household)"),
                                 {}, path);
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0)
            return Error{tr("The database already holds data; demo data goes into a new "
                            "database only."),
                         db.value()->location(), tr("Choose a new database name.")};
        q->finish();
        Result<Summary> summary = build(*db.value());
        if (summary) {
            summary.value().seconds = double(timer.nsecsElapsed()) / 1e9;
            if (progress)
                progress(100, tr("Done"));
        }
        return summary;
    }

    if (QFileInfo::exists(path))
        return Error{tr("The file already exists; demo data goes into a new database only."), path,
                     tr("Choose a new file name, or move the existing file away.")};

    // Build under a temporary name; only a complete database is moved into place.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &leftover :
         {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm"),
          partial + QStringLiteral("-journal")})
        QFile::remove(leftover);
    Result<Summary> summary = Error{};
    {
        // 8 KiB pages instead of SQLite's 4 KiB: the load's inserts split and balance half as
        // many pages (≈ 10 % less CPU at moscow scale, measured back to back) and the file is
        // a little smaller; lookups still read one small page per level.
        db::Database::Options options;
        options.newFilePageSize = 8192;
        auto db = db::Database::open(partial, options);
        if (!db)
            return db.error();
        summary = build(*db.value());
    }
    if (!summary) {
        QFile::remove(partial);
        return summary;
    }
    for (const QString &side : {partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(side);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{tr("The demo database could not be moved into place."), path,
                     tr("Check that you may write in that folder.")};
    }
    summary.value().seconds = double(timer.nsecsElapsed()) / 1e9;
    if (progress)
        progress(100, tr("Done"));
    return summary;
}

} // namespace nov
