#pragma once

#include "CertificateService.h"
#include "Result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace nov {

// Lays out key-handover and vehicle gift acts and paints them: the one path behind the print
// preview, the printer and PDF files. Each act fills one page of whatever size and
// orientation the device has (shrunk to fit when its list of residents is long); the page
// carries the act's QR code, its verification code and "page N of M". Labels follow the
// installed UI language; the data are the act's frozen snapshot.
class HandoverActPrinter {
public:
    // Called after each painted act with the number done; return false to stop.
    using Progress = std::function<bool(int done)>;

    // Paints `acts` on `device`, one per page, starting on its current page. Returns false
    // when `progress` cancelled.
    static bool paint(QPagedPaintDevice &device, const QList<CertificateService::Act> &acts,
                      const Progress &progress = {});
    // Writes an A4 PDF (fonts embedded); a cancelled or failed file is removed.
    static Status writePdf(const QString &path, const QList<CertificateService::Act> &acts,
                           const Progress &progress = {});
    // The act's body as HTML (what the page shows above its footer).
    static QString html(const CertificateService::Act &act);
    // The QR symbol of `text`: one pixel per module, no quiet zone; null on failure.
    static QImage qrModules(const QString &text);
};

} // namespace nov
