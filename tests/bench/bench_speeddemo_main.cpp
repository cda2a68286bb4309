// novoselye_bench_speeddemo: the demo generation and dashboard figures alone.
//   --dir DIR [--scale S]   generate the demo database in DIR (default scale moscow) and time it
//   --db PATH               the dashboard figures on an existing database (read only)
// Without --db the dashboard is measured on the database just generated.
#include "DashboardBenchmarks.h"
#include "DemoBenchmarks.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Generate the demo database here."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Demo scale (default: moscow)."),
                      QStringLiteral("SCALE"), QStringLiteral("moscow")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Measure the dashboard on this file."),
                      QStringLiteral("PATH")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("dir")) && !parser.isSet(QStringLiteral("db")))
        parser.showHelp(2);
    BenchTable table;
    QString path = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("dir"))) {
        QDir().mkpath(parser.value(QStringLiteral("dir")));
        QString generated;
        runDemoBenchmarks(parser.value(QStringLiteral("dir")),
                          parser.value(QStringLiteral("scale")), table, &generated);
        if (path.isEmpty())
            path = generated;
    }
    if (!path.isEmpty())
        runDashboardBenchmarks(path, table);
    QTextStream out(stdout);
    table.print(out);
    return 0;
}
