#include "ErrorLabel.h"

#include "Theme.h"

namespace nov {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(Theme::errorBoxStyle());
    hide();
}

void ErrorLabel::showError(const Error &error) {
    setText(html(error));
    show();
}

void ErrorLabel::showProblem(const QString &text) {
    setText(text.toHtmlEscaped());
    show();
}

void ErrorLabel::clearError() {
    clear();
    hide();
}

QString ErrorLabel::html(const Error &error) {
    QString text = QStringLiteral("<b>%1</b>").arg(error.message.toHtmlEscaped());
    if (!error.where.isEmpty())
        text += QStringLiteral("<br>") + tr("Concerns: %1").arg(error.where.toHtmlEscaped());
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br>") + error.hint.toHtmlEscaped();
    return text;
}

} // namespace nov
