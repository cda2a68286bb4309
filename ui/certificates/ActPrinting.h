#pragma once

#include "domain/CertificateService.h"

#include <QCoreApplication>
#include <QList>

class QPrinter;
class QWidget;

namespace nov {

// Printing acts from the GUI: the print preview (whose printer prints the same pages), and
// batches written to one PDF with a progress bar that can be cancelled. A print is counted
// (and audited) only when the preview's Print was used or the file was written.
class ActPrinting {
    Q_DECLARE_TR_FUNCTIONS(nov::ActPrinting)

public:
    // Preview of `sources`' acts; returns true when they were printed.
    static bool preview(QWidget *parent, db::Database &db, const Actor &actor,
                        const QList<CertificateService::Source> &sources);
    // Writes the acts to `path`, one per page, showing progress; false when cancelled/failed.
    static bool writeBatch(QWidget *parent, db::Database &db, const Actor &actor,
                           const QList<CertificateService::Source> &sources, const QString &path);
    // The printer of this session: page size and orientation chosen once are kept.
    static QPrinter &printer();
};

} // namespace nov
