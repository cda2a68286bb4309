#pragma once

#include "Records.h"
#include "Result.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QSet>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nov {

class ErrorLabel;

// The form for one resident of a household. Every field is checked as it is typed (through
// Validators) and its problem shown right under it; Save stays disabled until all fields are
// valid. Save hands the record to the submit function (the service call): its Error is shown
// in the form and the form stays open; on success the dialog is accepted.
class ResidentDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Status(const db::ResidentRecord &)>;

    // `resident` with id 0 is a new member of its household.
    ResidentDialog(const db::ResidentRecord &resident, const QDate &today, Submit submit,
                   QWidget *parent = nullptr);

    // The record as typed, its numbers in stored form (complete only while Save is enabled).
    db::ResidentRecord record() const;
    bool isValid() const;

    static QString formatSnils(const QString &digits);
    static QString formatPassport(const QString &digits);
    static QString formatPhone(const QString &digits);

private:
    QLineEdit *addLine(const QString &name, const QString &label, const QString &text,
                       const QString &placeholder);
    void addRow(const QString &label, QWidget *editor);
    void validate();
    // Shows the problem under the editor (or hides it); true when there is none.
    bool mark(QWidget *editor, const Error *error);
    void growToFit();
    void save();

    db::ResidentRecord m_resident;
    QDate m_today;
    Submit m_submit;
    QFormLayout *m_form;
    QHash<QWidget *, QLabel *> m_problems;
    QLineEdit *m_lastName;
    QLineEdit *m_firstName;
    QLineEdit *m_patronymic;
    QComboBox *m_sex;
    QLineEdit *m_birthDate;
    QComboBox *m_relation;
    QLineEdit *m_snils;
    QLineEdit *m_passport;
    QLineEdit *m_phone;
    ErrorLabel *m_error;
    QPushButton *m_save;
    QSet<QWidget *> m_touched; // problems of untouched empty fields stay quiet
    bool m_valid = false;
};

} // namespace nov
