// No SQL is built from user input: values are always bound. SQL text may be assembled only
// from identifiers the program itself owns (table and column names from fixed lists), and
// each such place says so with a "SQL-SAFE:" comment that a reviewer can check.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

struct Finding {
    QString file;
    int line;
    QString text;
};

QList<Finding> unmarkedSqlAssembly(const QString &root) {
    // SQL words inside a string literal that is then extended with .arg() or +, or a
    // prepared statement starting from a variable extended with +.
    static const QString words =
        QStringLiteral(R"(\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|ORDER BY|VALUES|SET|AND)\b)");
    static const QRegularExpression literalThenAssembled(
        QStringLiteral(R"("[^"]*)") + words + QStringLiteral(R"([^"]*"\)?\s*(\.arg\(|\+))"));
    static const QRegularExpression appendedLiteral(
        QStringLiteral(R"(\+\s*QStringLiteral\("[^"]*)") + words);
    static const QRegularExpression preparedFromVariable(QStringLiteral(R"(prepare\(\s*\w+\s*\+)"));
    static const QRegularExpression literalEnd(QStringLiteral(R"("[^"]*)") + words);
    static const QRegularExpression continuedArg(QStringLiteral(R"(^\s*\.arg\()"));
    QList<Finding> findings;
    for (const QString &layer : {QStringLiteral("db"), QStringLiteral("app")}) {
        QDirIterator it(QDir(root).filePath(layer), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QString &line = lines[i];
                const bool assembled = literalThenAssembled.match(line).hasMatch() ||
                                       appendedLiteral.match(line).hasMatch() ||
                                       preparedFromVariable.match(line).hasMatch() ||
                                       (i > 0 && continuedArg.match(line).hasMatch() &&
                                        literalEnd.match(lines[i - 1]).hasMatch());
                if (!assembled)
                    continue;
                bool marked = false;
                for (int j = std::max(0, i - 6); j <= i; ++j)
                    marked = marked || lines[j].contains(QLatin1String("SQL-SAFE:"));
                if (!marked)
                    findings.append({QDir(root).relativeFilePath(path), i + 1, lines[i].trimmed()});
            }
        }
    }
    return findings;
}

} // namespace

TEST(SqlSafety, SqlIsNeverAssembledWithoutAReviewedReason) {
    const QList<Finding> findings = unmarkedSqlAssembly(QStringLiteral(NOVOSELYE_SOURCE_DIR));
    for (const Finding &f : findings)
        ADD_FAILURE() << f.file.toStdString() << ":" << f.line << ": " << f.text.toStdString()
                      << "\n  bind values with ?; if only program-owned identifiers are inserted,"
                         " say so in a 'SQL-SAFE:' comment";
    EXPECT_TRUE(findings.isEmpty());
}
