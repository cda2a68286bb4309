#include "DemoGifts.h"

#include "DemoRandom.h"
#include "IncentiveRepository.h"
#include "domain/VehicleService.h"

#include <QHash>
#include <cmath>

namespace nov {

namespace {

constexpr int kMoskvich3FullScale = 2200;
constexpr int kMoskvich3eFullScale = 300;
constexpr int kSpecialProductionNo = 2000; // the 2,000th Moskvich 3 went to the 100,000th
const QDate kProductionStart(2022, 11, 23);
const QDate kElectricStart(2023, 3, 1);

QChar yearCode(int year) {
    // VIN model-year letters from 2010 (A) skip I, O, Q, U, Z: ... N=2022 P=2023 R=2024 S=2025
    static const char codes[] = "ABCDEFGHJKLMNPRSTVWXY";
    const int i = year - 2010;
    return QLatin1Char(i >= 0 && i < 21 ? codes[i] : 'Y');
}

} // namespace

QList<qint64> DemoGifts::targets(double scale) {
    const qint64 step = std::max<qint64>(50, std::llround(50000 * scale));
    QList<qint64> list;
    for (int k = 1; k <= 20; ++k)
        list.append(step * k);
    return list;
}

qint64 DemoGifts::specialTarget(double scale) {
    return targets(scale).at(1);
}

QString DemoGifts::title(qint64 target) {
    QString digits = QString::number(target);
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x00A0));
    return QStringLiteral("%1-й переселённый житель").arg(digits);
}

QString DemoGifts::vin(bool electric, bool manual, int productionNo, int year) {
    const QString variant = electric ? QStringLiteral("E0") : QStringLiteral("15");
    const QChar gearbox =
        electric ? QLatin1Char('E') : (manual ? QLatin1Char('M') : QLatin1Char('C'));
    return QStringLiteral("XMSM3%1%2%3%4M%5")
        .arg(gearbox)
        .arg(variant)
        .arg(QLatin1Char('0'))
        .arg(yearCode(year))
        .arg(productionNo + (electric ? 500000 : 0), 6, 10, QLatin1Char('0'));
}

Result<DemoGifts::Written> DemoGifts::write(db::Database &db, quint64 seed, double scale,
                                            const QDate &today, const Handovers &handovers) {
    DemoRandom rng(seed ^ 0x4D4F534B5649ULL);
    db::IncentiveRepository repo(db);
    Written written;

    // Who reached which target: the first handover at which the running sum reaches it.
    struct Reached {
        qint64 target;
        const Handover *handover;
        qint64 resident;
    };
    QList<Reached> reached;
    const QList<qint64> goals = targets(scale);
    qint64 running = 0;
    int next = 0;
    for (const Handover &h : handovers) {
        while (next < goals.size() && running + h.size >= goals.at(next)) {
            reached.append({goals.at(next), &h, h.firstResident + (goals.at(next) - running - 1)});
            ++next;
        }
        running += h.size;
    }

    // The inventory, and which car each reached milestone got.
    const int n3 = std::max(12, int(std::lround(kMoskvich3FullScale * scale)));
    const int n3e = std::max(4, int(std::lround(kMoskvich3eFullScale * scale)));
    const int first3 = n3 >= kSpecialProductionNo ? 1 : kSpecialProductionNo + 1 - n3 / 2;
    QList<db::VehicleRecord> vehicles;
    static const QStringList colours = {QStringLiteral("white"), QStringLiteral("black"),
                                        QStringLiteral("grey"), QStringLiteral("blue"),
                                        QStringLiteral("red")};
    static const int colourWeights[] = {30, 55, 75, 90, 100};
    auto add = [&](bool electric, int productionNo) {
        db::VehicleRecord v;
        v.id = vehicles.size() + 1;
        const bool manual = !electric && rng.chance(0.15);
        v.model = electric ? QStringLiteral("Moskvich 3e") : QStringLiteral("Moskvich 3");
        v.powertrain = electric
                           ? QStringLiteral("electric")
                           : (manual ? QStringLiteral("petrol_mt") : QStringLiteral("petrol_cvt"));
        v.engine = VehicleService::standardEngine(v.powertrain);
        v.colour = colours.at(rng.weighted(colourWeights));
        v.productionNo = productionNo;
        v.producedOn = electric ? kElectricStart.addDays(productionNo / 5)
                                : kProductionStart.addDays(productionNo / 45);
        v.producedOn = std::min(v.producedOn, today.addDays(-1));
        v.vin = vin(electric, manual, productionNo, v.producedOn.year());
        v.eptsNumber = QStringLiteral("1643010%1").arg(v.id, 8, 10, QLatin1Char('0'));
        vehicles.append(v);
    };
    for (int no = first3; no < first3 + n3; ++no)
        add(false, no);
    for (int no = 1; no <= n3e; ++no)
        add(true, no);

    QList<int> pool; // vehicles that may be given, in a seeded order
    int special = -1;
    for (int i = 0; i < vehicles.size(); ++i) {
        if (vehicles[i].model == QLatin1String("Moskvich 3") &&
            vehicles[i].productionNo == kSpecialProductionNo)
            special = i;
        else
            pool.append(i);
    }
    for (int i = int(pool.size()) - 1; i > 0; --i)
        std::swap(pool[i], pool[rng.below(i + 1)]);

    QList<db::MilestoneRecord> milestones;
    int poolNext = 0;
    for (qint64 goal : goals) {
        db::MilestoneRecord m;
        m.id = milestones.size() + 1;
        m.target = goal;
        m.title = title(goal);
        milestones.append(m);
    }
    for (const Reached &r : std::as_const(reached)) {
        db::MilestoneRecord &m = milestones[goals.indexOf(r.target)];
        m.reachedOn = r.handover->on;
        m.keyHandoverId = r.handover->id;
        m.householdId = r.handover->household;
        m.residentId = r.resident;
        ++written.reached;
        // A milestone reached in the last month still waits for the manager to pick a car.
        if (m.reachedOn.daysTo(today) <= 30)
            continue;
        const int v =
            r.target == specialTarget(scale) && special >= 0 ? special : pool.at(poolNext++);
        // A few days after the milestone (the special car on the day itself), or, for one
        // reached before its car was made, a few days after the car left the factory; one whose
        // car is not a few days old yet waits.
        const QDate given =
            r.target == specialTarget(scale)
                ? std::max(m.reachedOn, vehicles[v].producedOn)
                : std::max(m.reachedOn, vehicles[v].producedOn).addDays(rng.range(3, 10));
        if (given > today) {
            --poolNext;
            continue;
        }
        m.vehicleId = vehicles[v].id;
        vehicles[v].status = QStringLiteral("handed_over");
        m.giftRecipientId = r.resident;
        m.giftHandedOverOn = given;
    }

    for (const db::VehicleRecord &v : std::as_const(vehicles))
        if (auto id = repo.insertVehicle(v); !id)
            return id.error();
    for (const db::MilestoneRecord &m : std::as_const(milestones))
        if (auto id = repo.insertMilestone(m); !id)
            return id.error();
    written.vehicles = vehicles.size();
    written.rows = vehicles.size() + milestones.size();
    return written;
}

} // namespace nov
