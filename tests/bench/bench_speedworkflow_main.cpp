// novoselye_bench_speedworkflow --db COPY.db [--only handover|pages|batch] [--profile]: the
// clerk's day figures alone (bench_speedworkflow.cpp), on a copy of a demo database.
#include "WorkflowSpeedBenchmarks.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("A copy of a demo database."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("handover, pages or batch."),
                      QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("Print the statements of one handover by time.")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        parser.showHelp(2);
    QTextStream out(stdout);
    runWorkflowSpeedBenchmarks(parser.value(QStringLiteral("db")), out,
                               parser.value(QStringLiteral("only")),
                               parser.isSet(QStringLiteral("profile")));
    return 0;
}
