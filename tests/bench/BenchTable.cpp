#include "BenchTable.h"

#include <algorithm>

QString BenchTable::seconds(double s) {
    if (s < 1.0)
        return QStringLiteral("%1 ms").arg(s * 1000.0, 0, 'f', s < 0.01 ? 2 : 1);
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

void BenchTable::addTimed(const QString &figure, double s, double baseline, const QString &target) {
    add({figure, seconds(s), baseline > 0 ? seconds(baseline) : QString(),
         baseline > 0 ? QStringLiteral("%1×").arg(s / baseline, 0, 'f', 2) : QString(), target});
}

void BenchTable::print(QTextStream &out) const {
    const QStringList headers = {QStringLiteral("figure"), QStringLiteral("Novoselye"),
                                 QStringLiteral("baseline (sqlite3 CLI)"), QStringLiteral("ratio"),
                                 QStringLiteral("target")};
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const Row &r : m_rows) {
        const QStringList cells = {r.figure, r.value, r.baseline, r.ratio, r.target};
        for (int i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], int(cells[i].size()));
    }
    auto line = [&](const QStringList &cells) {
        out << "| ";
        for (int i = 0; i < cells.size(); ++i)
            out << cells[i].leftJustified(widths[i]) << (i + 1 < cells.size() ? " | " : " |\n");
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    line(rule);
    for (const Row &r : m_rows)
        line({r.figure, r.value, r.baseline, r.ratio, r.target});
    out.flush();
}
