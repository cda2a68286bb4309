#include "VerifyActDialog.h"

#include "Theme.h"
#include "domain/CertificateService.h"
#include "domain/HandoverActPrinter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nov {

VerifyActDialog::VerifyActDialog(db::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_code(new QLineEdit)
    , m_result(new QTextBrowser) {
    setWindowTitle(tr("Verify act"));
    m_code->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX, or the text of the QR code"));
    m_code->setObjectName(QStringLiteral("verificationCode"));
    m_result->setObjectName(QStringLiteral("verificationResult"));
    auto *form = new QFormLayout;
    form->addRow(tr("Verification &code:"), m_code);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *check = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    check->setDefault(true);
    connect(check, &QPushButton::clicked, this, [this] { verify(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { verify(m_code->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    QWidget::setTabOrder(check, buttons->button(QDialogButtonBox::Close)); // as they are shown
    resize(Theme::scaled(this, 720, 640));
}

void VerifyActDialog::verify(const QString &code) {
    m_code->setText(code);
    auto result = CertificateService(m_db).verify(code);
    if (!result) {
        m_result->setHtml(
            QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(Theme::alertText().name(), result.error().toText().toHtmlEscaped()));
        return;
    }
    if (!result->genuine) {
        m_result->setHtml(QStringLiteral("<h3 style=\"color:%1\">%2</h3><p>%3</p>")
                              .arg(Theme::alertText().name(), tr("NOT genuine").toHtmlEscaped(),
                                   result->reason.toHtmlEscaped()));
        return;
    }
    // What the act certified, as it was printed.
    m_result->setHtml(QStringLiteral("<h3 style=\"color:%1\">%2</h3><hr>%3")
                          .arg(Theme::okText().name(),
                               tr("Genuine: act %1, issued by this office and unchanged.")
                                   .arg(result->act.record.number)
                                   .toHtmlEscaped(),
                               HandoverActPrinter::html(result->act)));
}

QString VerifyActDialog::resultText() const {
    return m_result->toPlainText();
}

} // namespace nov
