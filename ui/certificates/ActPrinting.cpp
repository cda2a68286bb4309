#include "ActPrinting.h"

#include "domain/HandoverActPrinter.h"

#include <QApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

namespace nov {

QPrinter &ActPrinting::printer() {
    static QPrinter *printer = [] {
        auto *p = new QPrinter(QPrinter::HighResolution);
        p->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 20, 10, 15), QPageLayout::Millimeter));
        return p;
    }();
    return *printer;
}

bool ActPrinting::preview(QWidget *parent, db::Database &db, const Actor &actor,
                          const QList<CertificateService::Source> &sources) {
    CertificateService service(db);
    auto acts = service.acts(actor, sources);
    if (!acts) {
        QMessageBox::warning(parent, tr("Print act"), acts.error().toText());
        return false;
    }
    // The dialog paints on the session's printer: what is chosen in the preview (page size,
    // orientation) is what Print uses, now and next time.
    QPrintPreviewDialog dialog(&printer(), parent);
    dialog.setWindowTitle(acts->size() == 1 ? tr("Act %1").arg(acts->first().record.number)
                                            : tr("%n act(s)", nullptr, int(acts->size())));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *p) { HandoverActPrinter::paint(*p, acts.value()); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto counted = service.recordPrinted(actor, acts.value()); !counted) {
        QMessageBox::warning(parent, tr("Print act"), counted.error().toText());
        return false;
    }
    return true;
}

bool ActPrinting::writeBatch(QWidget *parent, db::Database &db, const Actor &actor,
                             const QList<CertificateService::Source> &sources,
                             const QString &path) {
    CertificateService service(db);
    QProgressDialog progress(tr("Preparing %n act(s)…", nullptr, int(sources.size())), tr("Cancel"),
                             0, int(sources.size()) + 1, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QApplication::processEvents();
    auto acts = service.acts(actor, sources);
    if (!acts) {
        QMessageBox::warning(parent, tr("Print acts"), acts.error().toText());
        return false;
    }
    progress.setLabelText(tr("Writing %n act(s) to PDF…", nullptr, int(acts->size())));
    // Painting stays on the GUI thread (fonts); between acts the events run, so the bar moves
    // and Cancel is heard.
    auto written = HandoverActPrinter::writePdf(path, acts.value(), [&](int done) {
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!written) {
        if (!progress.wasCanceled())
            QMessageBox::warning(parent, tr("Print acts"), written.error().toText());
        return false;
    }
    if (auto counted = service.recordPrinted(actor, acts.value()); !counted) {
        QMessageBox::warning(parent, tr("Print acts"), counted.error().toText());
        return false;
    }
    progress.setValue(progress.maximum());
    return true;
}

} // namespace nov
