#pragma once

#include "Result.h"

#include <QLabel>

namespace nov {

// A red box under a form showing a service's Error: what failed, where, and what to do.
// Hidden while there is nothing to say.
class ErrorLabel : public QLabel {
    Q_OBJECT

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const Error &error);
    // A one-line problem of a single field (inline validation).
    void showProblem(const QString &text);
    void clearError();

    // The Error as rich text: the message in bold, then the record/field and the hint.
    static QString html(const Error &error);
};

} // namespace nov
