// The milestones figures alone, on an existing demo database (use a copy: opening it brings its
// schema up to date): novoselye_bench_milestones DB
#include "MilestoneBenchmarks.h"
#include "Sqlite3Cli.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2 || !Sqlite3Cli::available()) {
        out << "usage: novoselye_bench_milestones DB (needs the sqlite3 tool)\n";
        return 1;
    }
    BenchTable table;
    runMilestoneBenchmarks(QString::fromLocal8Bit(argv[1]), table);
    table.print(out);
    return 0;
}
