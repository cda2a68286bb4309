#include "BenchTable.h"
#include "CertificateBenchmarks.h"
#include "Database.h"
#include "domain/CertificateService.h"
#include "domain/HandoverActPrinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTextDocument>
#include <algorithm>

using namespace nov;

// The baseline: `pages` pages of as much plain text as an act, laid out by QTextDocument and
// written by QPdfWriter (no tables, no QR, no database).
double plainActPages(const QString &path, int pages) {
    QElapsedTimer timer;
    timer.start();
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(300);
        QPainter painter(&pdf);
        const QString text =
            QStringLiteral("Акт приёма-передачи ключей от жилого помещения. ").repeated(40);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                pdf.newPage();
            QTextDocument doc;
            doc.setPlainText(text + QString::number(i));
            doc.setTextWidth(pdf.width());
            doc.drawContents(&painter);
        }
    }
    const double s = double(timer.nsecsElapsed()) / 1e9;
    QFile::remove(path);
    return s;
}

namespace {

double secondsSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e9;
}

QList<qint64> recentHandovers(db::Database &db, int count) {
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM key_handover WHERE handed_over_on IS NOT NULL "
                             "ORDER BY handed_over_on DESC, id DESC LIMIT ?"));
    q.addBindValue(count);
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

void runCertificateBenchmarks(const QString &dbPath, QTextStream &out) {
    auto db = db::Database::open(dbPath);
    if (!db) {
        out << "certificates: " << db.error().toText() << "\n";
        return;
    }
    const QList<qint64> ids = recentHandovers(*db.value(), 1005);
    if (ids.size() < 1005) {
        out << "certificates: fewer than 1,005 handovers in the database\n";
        return;
    }
    CertificateService service(*db.value());
    const Actor clerk{0, QStringLiteral("bench"), Role::Clerk};
    const QString pdf = QDir(QFileInfo(dbPath).absolutePath()).filePath(QStringLiteral("act.pdf"));
    BenchTable table;

    // One act: issue (number, snapshot, code), render, write the PDF. Median of 5.
    QList<double> one;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto act = service.acts(clerk, {{CertificateService::Kind::KeyHandover, ids.at(i)}});
        if (!act || !HandoverActPrinter::writePdf(pdf, act.value()).ok()) {
            out << "certificates: one act failed\n";
            return;
        }
        one << secondsSince(timer);
    }
    std::sort(one.begin(), one.end());
    QList<double> blank;
    for (int i = 0; i < 5; ++i)
        blank << plainActPages(pdf, 1);
    std::sort(blank.begin(), blank.end());
    table.addTimed(QStringLiteral("one act to PDF (median of 5)"), one.at(2), blank.at(2),
                   QStringLiteral("≤ 100 ms"));

    // A batch of 1,000 acts issued and written to one PDF.
    QList<CertificateService::Source> sources;
    for (int i = 5; i < 1005; ++i)
        sources.append({CertificateService::Kind::KeyHandover, ids.at(i)});
    QElapsedTimer timer;
    timer.start();
    auto acts = service.acts(clerk, sources);
    const double issued = secondsSince(timer);
    if (!acts || !HandoverActPrinter::writePdf(pdf, acts.value()).ok()) {
        out << "certificates: batch failed\n";
        return;
    }
    const double batch = secondsSince(timer);
    const double size = double(QFileInfo(pdf).size()) / 1e6;
    QFile::remove(pdf);
    const double baseline = plainActPages(pdf, 1000);
    table.addTimed(QStringLiteral("batch of 1,000 acts to one PDF"), batch, baseline,
                   QStringLiteral("≤ 30 s"));
    const QLocale l(QLocale::English);
    table.add({QStringLiteral("  acts/s (baseline: plain pages/s)"),
               l.toString(1000.0 / batch, 'f', 0), l.toString(1000.0 / baseline, 'f', 0), QString(),
               QString()});
    table.add({QStringLiteral("  of which issuing 1,000 acts (one transaction)"),
               BenchTable::seconds(issued), QString(), QString(), QString()});
    table.add({QStringLiteral("  PDF size of the batch"),
               QStringLiteral("%1 MB").arg(size, 0, 'f', 1), QString(), QString(), QString()});
    out << "\nKey-handover acts (PDF); the baseline column here is plain QTextDocument pages "
           "written by QPdfWriter in this run, not the sqlite3 tool:\n";
    table.print(out);
}
