#include "HandoverActPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <qrencode.h>

namespace nov {

namespace {

// lupdate files this helper's strings under the context "nov"; translating in that context
// keeps words that other screens translate differently (a contract's name in the genitive).
QString tr(const char *text, const char *disambiguation = nullptr) {
    return QCoreApplication::translate("nov", text, disambiguation);
}

// The document is laid out in 96-dpi units whatever the device, so the layout (and the
// golden text) is the same on screen, printer and PDF; the painter scales to the device.
constexpr double kLayoutDpi = 96.0;
constexpr double kFooterMm = 34.0;
constexpr double kQrMm = 26.0;
const QString kFontFamily = QStringLiteral("Liberation Serif");

double mmToLayout(double mm) {
    return mm / 25.4 * kLayoutDpi;
}

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString actDate(const QString &iso) {
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return QLocale().toString(date, tr("MMMM d, yyyy", "date format of acts"));
}

QString shortDate(const QDate &date) {
    return QLocale().toString(date, tr("MM/dd/yyyy", "short date format of acts"));
}

QString contractTitle(const QString &type) {
    if (type == QLatin1String("extra_purchase"))
        return tr("exchange contract with purchase of extra space", "in an act: under the …");
    if (type == QLatin1String("compensation"))
        return tr("compensation contract", "in an act: under the …");
    return tr("exchange contract", "in an act: under the …");
}

QString colourTitle(const QString &colour) {
    if (colour == QLatin1String("white"))
        return tr("white", "car colour");
    if (colour == QLatin1String("black"))
        return tr("black", "car colour");
    if (colour == QLatin1String("red"))
        return tr("red", "car colour");
    if (colour == QLatin1String("grey"))
        return tr("grey", "car colour");
    return tr("blue", "car colour");
}

QString powertrainTitle(const QString &powertrain) {
    if (powertrain == QLatin1String("electric"))
        return tr("electric");
    if (powertrain == QLatin1String("petrol_mt"))
        return tr("petrol, manual gearbox");
    return tr("petrol, CVT");
}

QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td width=\"42%\">%1</td><td>%2</td></tr>")
        .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : esc(value));
}

QString table(const QString &rows) {
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"border-collapse: collapse; border-color: #000;\">%1</table>")
        .arg(rows);
}

QString signatures(const QString &leftRole, const QString &leftName, const QString &rightRole,
                   const QString &rightName) {
    const QString cell = QStringLiteral("<td width=\"50%\"><b>%1</b><br>%2<br><br>"
                                        "______________________ <span style=\"font-size: "
                                        "8pt;\">%3</span></td>");
    const QString hint = tr("(signature)");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                          "style=\"margin-top: 14px;\"><tr>%1%2</tr></table>"
                          "<p style=\"margin-top: 10px;\">%3</p>")
        .arg(cell.arg(esc(leftRole),
                      esc(leftName.isEmpty() ? QStringLiteral("______________________") : leftName),
                      esc(hint)),
             cell.arg(esc(rightRole), esc(rightName), esc(hint)), esc(tr("Stamp here (М.П.)")));
}

QString header(const CertificateService::Act &act, const QString &title, const QString &subject) {
    const QJsonObject &p = act.payload;
    QString html;
    if (act.copy)
        html += QStringLiteral("<p align=\"center\" style=\"color: #b00000; font-size: 13pt;\">"
                               "<b>КОПИЯ / DUPLICATE</b> — %1</p>")
                    .arg(esc(tr("reprinted on %1").arg(shortDate(act.copyPrintedOn))));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 15pt; margin-bottom: 0;\">"
                           "<b>%1</b></p><p align=\"center\" style=\"font-size: 12pt; "
                           "margin-top: 2px;\"><b>%2</b><br>№ %3</p>")
                .arg(esc(title), esc(subject), esc(act.record.number));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top: 8px; margin-bottom: 8px;\"><tr><td>%1</td>"
                           "<td align=\"right\">%2</td></tr></table>")
                .arg(esc(tr("Moscow", "city line of an act")),
                     esc(actDate(p.value(QStringLiteral("date")).toString())));
    return html;
}

QString keyActHtml(const CertificateService::Act &act) {
    const QJsonObject &p = act.payload;
    const QJsonObject a = p.value(QStringLiteral("apartment")).toObject();
    const QJsonObject c = p.value(QStringLiteral("contract")).toObject();
    const QJsonObject old = p.value(QStringLiteral("old_apartment")).toObject();
    const QJsonArray residents = p.value(QStringLiteral("residents")).toArray();
    const QString head = residents.isEmpty() ? QString() : residents.first().toString();
    const QString clerk = p.value(QStringLiteral("clerk")).toString();
    const bool russian = QLocale().language() == QLocale::Russian;
    QString html = header(act, tr("ACT"), tr("of handover of the keys to a dwelling"));
    html += QStringLiteral("<p align=\"justify\">%1</p>")
                .arg(esc(tr("The Moscow Fund for the Renovation of Residential Development (the "
                            "Fund), represented by its officer %1, and %2 (the Recipient), acting "
                            "for the household of case No. %3, have drawn up this act: under the "
                            "%4 No. %5 of %6 the Fund has handed over and the Recipient has "
                            "received the keys to the dwelling described below.")
                             .arg(clerk.isEmpty() ? tr("on duty") : clerk, head,
                                  p.value(QStringLiteral("case_number")).toString(),
                                  contractTitle(c.value(QStringLiteral("type")).toString()),
                                  c.value(QStringLiteral("number")).toString(),
                                  actDate(c.value(QStringLiteral("signed_on")).toString()))));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("1. The dwelling")));
    html +=
        table(row(tr("Address"), a.value(QStringLiteral("address")).toString()) +
              row(tr("Apartment No."), a.value(QStringLiteral("number")).toString()) +
              row(tr("District, okrug"),
                  QStringLiteral("%1, %2").arg(
                      a.value(russian ? QStringLiteral("district") : QStringLiteral("district_en"))
                          .toString(),
                      // acts issued before okrug_en was kept show the Russian name
                      a.value(russian || !a.contains(QStringLiteral("okrug_en"))
                                  ? QStringLiteral("okrug")
                                  : QStringLiteral("okrug_en"))
                          .toString())) +
              row(tr("Floor"), QString::number(a.value(QStringLiteral("floor")).toInt())) +
              row(tr("Rooms"), QString::number(a.value(QStringLiteral("rooms")).toInt())) +
              row(tr("Total area, m²"),
                  QLocale().toString(a.value(QStringLiteral("total_area")).toString().toDouble(),
                                     'f', 1)) +
              row(tr("Living area, m²"),
                  QLocale().toString(a.value(QStringLiteral("living_area")).toString().toDouble(),
                                     'f', 1)) +
              row(tr("Cadastral number"), a.value(QStringLiteral("cadastral_number")).toString()) +
              row(tr("Apartment vacated"),
                  QStringLiteral("%1, %2 %3")
                      .arg(old.value(QStringLiteral("address")).toString(), tr("apt."),
                           old.value(QStringLiteral("number")).toString())));
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("2. Keys.")), esc(tr("Sets of keys handed over: %1.")
                                              .arg(p.value(QStringLiteral("key_sets")).toInt())));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("3. Residents moving in: %1.")
                             .arg(p.value(QStringLiteral("residents_count")).toInt())));
    QString people;
    for (int i = 0; i < residents.size(); ++i)
        people += QStringLiteral("<tr><td width=\"8%\" align=\"center\">%1</td><td>%2</td></tr>")
                      .arg(i + 1)
                      .arg(esc(residents.at(i).toString()));
    html += table(people);
    html += QStringLiteral("<p align=\"justify\">%1</p>")
                .arg(esc(tr("The Recipient has checked the dwelling and the keys; the parties "
                            "have no claims against each other. This act is made in two copies, "
                            "one for each party.")));
    html += signatures(tr("Handed over, for the Fund:"), clerk, tr("Received:"), head);
    return html;
}

QString giftActHtml(const CertificateService::Act &act) {
    const QJsonObject &p = act.payload;
    const QJsonObject m = p.value(QStringLiteral("milestone")).toObject();
    const QJsonObject v = p.value(QStringLiteral("vehicle")).toObject();
    const QString recipient = p.value(QStringLiteral("recipient")).toString();
    const qint64 target = m.value(QStringLiteral("target")).toInteger();
    QString html = header(act, tr("ACT"), tr("of handover of a gift car"));
    html += QStringLiteral("<p align=\"justify\">%1</p>")
                .arg(esc(tr("The Moscow Fund for the Renovation of Residential Development (the "
                            "Fund) and %1 (the Recipient, case No. %2), the %3th resident "
                            "relocated under the renovation programme (milestone reached on "
                            "%4), have drawn up this act: the Fund has handed over and the "
                            "Recipient has received as a gift the car described below.")
                             .arg(recipient, p.value(QStringLiteral("case_number")).toString(),
                                  QLocale().toString(target),
                                  actDate(m.value(QStringLiteral("reached_on")).toString()))));
    html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("1. The car")));
    const QString epts = v.value(QStringLiteral("epts_number")).toString();
    html += table(
        row(tr("Make and model"), v.value(QStringLiteral("model")).toString()) +
        row(tr("Powertrain"), powertrainTitle(v.value(QStringLiteral("powertrain")).toString())) +
        row(tr("Engine"), v.value(QStringLiteral("engine")).toString()) +
        row(tr("Colour"), colourTitle(v.value(QStringLiteral("colour")).toString())) +
        row(tr("VIN"), v.value(QStringLiteral("vin")).toString()) +
        row(tr("Production No."),
            QString::number(v.value(QStringLiteral("production_no")).toInteger())) +
        row(tr("Electronic vehicle passport (ЭПТС) No."), epts) +
        row(tr("Date of manufacture"),
            v.value(QStringLiteral("produced_on")).toString().isEmpty()
                ? QString()
                : actDate(v.value(QStringLiteral("produced_on")).toString())));
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("2. Keys.")), esc(tr("Keys handed over with the car: %1.")
                                              .arg(p.value(QStringLiteral("key_count")).toInt())));
    html += QStringLiteral("<p align=\"justify\">%1</p>")
                .arg(esc(tr("The Recipient has inspected the car and received it with its "
                            "documents; the parties have no claims against each other. This "
                            "act is made in two copies, one for each party.")));
    html += signatures(tr("Handed over, for the Fund:"), QString(), tr("Received:"), recipient);
    return html;
}

void paintQr(QPainter &painter, const QImage &modules, const QRectF &box) {
    if (modules.isNull())
        return;
    const double cell = box.width() / modules.width();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    // One rectangle per horizontal run of dark modules keeps the PDF small.
    for (int y = 0; y < modules.height(); ++y) {
        int x = 0;
        while (x < modules.width()) {
            if (modules.pixelIndex(x, y) == 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < modules.width() && modules.pixelIndex(x, y) == 1)
                ++x;
            painter.drawRect(
                QRectF(box.left() + start * cell, box.top() + y * cell, (x - start) * cell, cell));
        }
    }
    painter.restore();
}

void paintFooter(QPainter &painter, const CertificateService::Act &act, const QSizeF &page,
                 int pageNo, int pages) {
    const double qr = mmToLayout(kQrMm);
    const QRectF qrBox(page.width() - qr, page.height() - mmToLayout(kFooterMm) + mmToLayout(4), qr,
                       qr);
    paintQr(painter, HandoverActPrinter::qrModules(act.qrText()), qrBox);
    // In layout units: the painter is already scaled to the device.
    QFont font(kFontFamily);
    font.setPixelSize(qRound(8.5 * kLayoutDpi / 72.0));
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawLine(QPointF(0, qrBox.top() - mmToLayout(2)),
                     QPointF(page.width(), qrBox.top() - mmToLayout(2)));
    const QRectF text(0, qrBox.top(), page.width() - qr - mmToLayout(4), qr);
    painter.drawText(
        text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
        tr("Verification code: %1\nAct %2. Check that the act is genuine: scan the QR code or "
           "enter the code in Novoselye (Acts → Verify act…, or novoselye verify-certificate).")
            .arg(act.record.verificationCode, act.record.number));
    painter.drawText(QRectF(0, page.height() - mmToLayout(5), page.width(), mmToLayout(5)),
                     Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(pageNo).arg(pages));
}

} // namespace

QString HandoverActPrinter::html(const CertificateService::Act &act) {
    return act.record.kind == QLatin1String("vehicle_gift") ? giftActHtml(act) : keyActHtml(act);
}

QImage HandoverActPrinter::qrModules(const QString &text) {
    QRcode *code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return QImage();
    QImage image(code->width, code->width, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            image.setPixel(x, y, code->data[y * code->width + x] & 1);
    QRcode_free(code);
    return image;
}

bool HandoverActPrinter::paint(QPagedPaintDevice &device,
                               const QList<CertificateService::Act> &acts,
                               const Progress &progress) {
    QPainter painter(&device);
    const double scale = device.logicalDpiX() / kLayoutDpi;
    const QSizeF page(device.width() / scale, device.height() / scale);
    // A 96-dpi image as the layout's device: fonts measure the same on every printer.
    QImage metrics(1, 1, QImage::Format_Mono);
    metrics.setDotsPerMeterX(qRound(kLayoutDpi / 0.0254));
    metrics.setDotsPerMeterY(qRound(kLayoutDpi / 0.0254));
    QFont font(kFontFamily);
    font.setPointSizeF(11);
    const double bodyHeight = page.height() - mmToLayout(kFooterMm);
    for (int i = 0; i < acts.size(); ++i) {
        if (i > 0)
            device.newPage();
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&metrics);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        doc.setHtml(html(acts.at(i)));
        doc.setTextWidth(page.width());
        // One act, one page: a long list of residents shrinks the act rather than split it.
        const double fit = std::min(1.0, bodyHeight / doc.size().height());
        if (fit < 1.0)
            doc.setTextWidth(page.width() / fit);
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.scale(fit, fit);
        doc.drawContents(&painter);
        painter.restore();
        paintFooter(painter, acts.at(i), page, i + 1, int(acts.size()));
        painter.restore();
        if (progress && !progress(i + 1))
            return false;
    }
    return true;
}

Status HandoverActPrinter::writePdf(const QString &path, const QList<CertificateService::Act> &acts,
                                    const Progress &progress) {
    bool done = false;
    {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("Novoselye"));
        pdf.setTitle(acts.size() == 1 ? acts.first().record.number : tr("Handover acts"));
        pdf.setResolution(300);
        // ГОСТ Р 7.0.97: 20 mm left, top and bottom, 10 mm right.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 20, 10, 15), QPageLayout::Millimeter));
        done = paint(pdf, acts, progress);
    }
    if (!done) {
        QFile::remove(path);
        return Error{tr("Printing was cancelled; no file was written."), path, QString()};
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{tr("The PDF file could not be written."), path,
                     tr("Choose a folder you may write to.")};
    return {};
}

} // namespace nov
