#include "ResidentDialog.h"

#include "ErrorLabel.h"
#include "Theme.h"
#include "domain/PersonalData.h"
#include "domain/ResidentService.h"
#include "domain/Validators.h"
#include "i18n/Formats.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

namespace nov {

namespace {

const QString kDateFormat = QLatin1String(Formats::kDateFormat);

// Field checks share one shape: the typed text in, the stored form or an Error out.
template <typename Check> std::optional<Error> problemOf(const QString &text, Check check) {
    if (text.trimmed().isEmpty())
        return std::nullopt; // optional fields may stay empty
    auto result = check(text);
    if (result)
        return std::nullopt;
    return result.error();
}

} // namespace

ResidentDialog::ResidentDialog(const db::ResidentRecord &resident, const QDate &today,
                               Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_resident(resident)
    , m_today(today)
    , m_submit(std::move(submit)) {
    setWindowTitle(resident.id > 0
                       ? tr("Correct resident — %1").arg(ResidentService::fullName(resident))
                       : tr("Add a resident"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_lastName = addLine(QStringLiteral("lastName"), tr("&Last name:"), resident.lastName, {});
    m_firstName = addLine(QStringLiteral("firstName"), tr("&First name:"), resident.firstName, {});
    m_patronymic =
        addLine(QStringLiteral("patronymic"), tr("&Patronymic:"), resident.patronymic, {});
    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("male"), QStringLiteral("M"));
    m_sex->addItem(tr("female"), QStringLiteral("F"));
    m_sex->setCurrentIndex(resident.sex == QLatin1Char('F') ? 1 : 0);
    addRow(tr("S&ex:"), m_sex); // Alt+S is Save
    m_birthDate = addLine(QStringLiteral("birthDate"), tr("&Birth date:"),
                          resident.birthDate.toString(kDateFormat), tr("dd.mm.yyyy"));
    m_relation = new QComboBox;
    m_relation->setObjectName(QStringLiteral("relation"));
    for (const QString &relation : ResidentService::relations())
        m_relation->addItem(ResidentService::relationTitle(relation), relation);
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(resident.relation)));
    addRow(tr("&Relation:"), m_relation);
    m_snils = addLine(QStringLiteral("snils"), tr("S&NILS:"), formatSnils(resident.snils),
                      tr("112-233-445 95"));
    m_passport = addLine(QStringLiteral("passport"), tr("P&assport:"),
                         formatPassport(resident.passport), tr("45 12 345678"));
    m_phone = addLine(QStringLiteral("phone"), tr("P&hone:"), formatPhone(resident.phone),
                      tr("+7 495 123-45-67"));

    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("serviceError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit :
         {m_lastName, m_firstName, m_patronymic, m_birthDate, m_snils, m_passport, m_phone}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_touched.insert(edit); });
        connect(edit, &QLineEdit::textChanged, this, &ResidentDialog::validate);
    }
    validate();
    Theme::initialWidth(this, 460);
}

QLineEdit *ResidentDialog::addLine(const QString &name, const QString &label, const QString &text,
                                   const QString &placeholder) {
    auto *edit = new QLineEdit(text);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    addRow(label, edit);
    return edit;
}

void ResidentDialog::addRow(const QString &label, QWidget *editor) {
    auto *problem = new QLabel;
    problem->setObjectName(editor->objectName() + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alertText().name()));
    problem->hide();
    m_problems.insert(editor, problem);
    auto *cell = new QVBoxLayout;
    cell->setSpacing(2);
    cell->addWidget(editor);
    cell->addWidget(problem);
    m_form->addRow(label, cell);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(cell)))
        buddy->setBuddy(editor);
}

bool ResidentDialog::mark(QWidget *editor, const Error *error) {
    QLabel *problem = m_problems.value(editor);
    const auto *edit = qobject_cast<QLineEdit *>(editor);
    const bool quiet = edit && edit->text().isEmpty() && !m_touched.contains(editor);
    problem->setVisible(error && !quiet);
    if (!error)
        return true;
    problem->setText(error->message);
    problem->setToolTip(error->hint);
    return false;
}

void ResidentDialog::validate() {
    const auto required = [](const QLineEdit *edit, const QString &message) {
        return edit->text().trimmed().isEmpty() ? std::optional<Error>(Error{message})
                                                : std::nullopt;
    };
    const auto lastName = required(m_lastName, tr("Enter the last name."));
    const auto firstName = required(m_firstName, tr("Enter the first name."));
    std::optional<Error> birth = required(m_birthDate, tr("Enter the birth date (dd.mm.yyyy)."));
    if (auto date = Validators::birthDate(m_birthDate->text(), m_today); !date && !birth)
        birth = date.error();
    const auto snils = problemOf(m_snils->text(), &Validators::snils);
    const auto passport = problemOf(m_passport->text(), &Validators::passport);
    const auto phone = problemOf(m_phone->text(), &Validators::phone);

    bool valid = true;
    valid &= mark(m_lastName, lastName ? &*lastName : nullptr);
    valid &= mark(m_firstName, firstName ? &*firstName : nullptr);
    valid &= mark(m_birthDate, birth ? &*birth : nullptr);
    valid &= mark(m_snils, snils ? &*snils : nullptr);
    valid &= mark(m_passport, passport ? &*passport : nullptr);
    valid &= mark(m_phone, phone ? &*phone : nullptr);
    m_valid = valid;
    m_save->setEnabled(valid);
    m_error->clearError();
    growToFit();
}

bool ResidentDialog::isValid() const {
    return m_valid;
}

db::ResidentRecord ResidentDialog::record() const {
    db::ResidentRecord r = m_resident;
    r.lastName = m_lastName->text().simplified();
    r.firstName = m_firstName->text().simplified();
    r.patronymic = m_patronymic->text().simplified();
    r.sex = m_sex->currentData().toString().front();
    r.relation = m_relation->currentData().toString();
    auto birth = Validators::birthDate(m_birthDate->text(), m_today);
    r.birthDate = birth ? birth.value() : QDate();
    const auto stored = [](const QLineEdit *edit, Result<QString> (*check)(const QString &)) {
        if (edit->text().trimmed().isEmpty())
            return QString();
        auto value = check(edit->text());
        return value ? value.value() : edit->text().trimmed();
    };
    r.snils = stored(m_snils, &Validators::snils);
    r.passport = stored(m_passport, &Validators::passport);
    r.phone = stored(m_phone, &Validators::phone);
    return r;
}

void ResidentDialog::growToFit() {
    // Problems wrap to several lines; the window grows so that none is cut off.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ResidentDialog::save() {
    if (!m_valid)
        return;
    const Status status = m_submit(record());
    if (!status) {
        m_error->showError(status.error());
        growToFit();
        return;
    }
    accept();
}

QString ResidentDialog::formatSnils(const QString &d) {
    return PersonalData::formatSnils(d);
}

QString ResidentDialog::formatPassport(const QString &d) {
    return PersonalData::formatPassport(d);
}

QString ResidentDialog::formatPhone(const QString &d) {
    return PersonalData::formatPhone(d);
}

} // namespace nov
