// novoselye_bench_workspace --db COPY.db: the relocations and audit page figures alone, on a
// copy of an existing demo database (it adds synthetic audit rows to it).
#include "WorkspaceBenchmarks.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("A copy of a demo database."),
                      QStringLiteral("PATH")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("db")))
        parser.showHelp(2);
    QTextStream out(stdout);
    runWorkspaceBenchmarks(parser.value(QStringLiteral("db")), out);
    return 0;
}
