#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

// The concurrency stress run (issue 10): N worker processes (novoselye_stress_worker), each
// recording K key handovers and K/4 act prints through the real services against one
// database (an SQLite file or a PostgreSQL database), then an independent check of what they
// left behind.
namespace nov::stress {

struct Options {
    QString location;     // the database (made by prepare())
    QString workerBinary; // novoselye_stress_worker
    int workers = 4;
    int handoversPerWorker = 25;
    int printsPerWorker = 6;
};

struct Report {
    int handovers = 0;  // recorded by all workers together
    int prints = 0;     // act prints recorded
    int collisions = 0; // a handover another worker had just recorded, refused and skipped
    int retries = 0;    // busy answers the workers retried themselves (should stay 0)
    double seconds = 0; // wall time from the first worker's start to the last one's end
    double handoversPerSecond() const { return seconds > 0 ? handovers / seconds : 0; }
    QStringList workerErrors; // anything a worker printed as a failure
    QStringList problems;     // broken guarantees found by check()
};

// A small demo database at `location` plus a pool of workers * handovers households with a
// signed contract and an appointment for 2026-11-27, and milestone targets every few residents
// across what the pool will add. Returns the pool's size.
// Without `makeDemo` the demo database must exist already (tests copy a shared one).
Result<int> prepare(const QString &location, int households, bool makeDemo = true);

// Starts the workers, waits for them (at most timeoutMs), checks the database.
Result<Report> run(const Options &options, int timeoutMs = 600000);

// The guarantees, counted independently of the services: no apartment assigned twice, every
// pool household handed over exactly once, act numbers 1..n without gap or duplicate, print
// counts equal to the prints made, milestones equal to a recount of relocated residents.
Result<QStringList> check(const QString &location, int expectedHandovers, int expectedPrints);

} // namespace nov::stress
