#include "WorkflowStepDialog.h"

#include "ErrorLabel.h"
#include "OfferPicker.h"
#include "Theme.h"
#include "domain/RelocationService.h"
#include "i18n/Formats.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nov {

namespace {

constexpr int kMaxKeySets = 10;          // key_handover.key_sets CHECK
constexpr int kMaxResidentsCounted = 30; // key_handover.residents_count CHECK

QString dateLabel(WorkflowStep step) {
    switch (step) {
    case WorkflowStep::Notify:
        return WorkflowStepDialog::tr("&Notified on:");
    case WorkflowStep::SendOffer:
        return WorkflowStepDialog::tr("Offer &letter of:");
    case WorkflowStep::RecordViewing:
        return WorkflowStepDialog::tr("&Viewed on:");
    case WorkflowStep::Consent:
        return WorkflowStepDialog::tr("&Consent given on:");
    case WorkflowStep::Refuse:
        return WorkflowStepDialog::tr("Re&fused on:");
    case WorkflowStep::DraftContract:
        return WorkflowStepDialog::tr("&Drafted on:");
    case WorkflowStep::SignContract:
        return WorkflowStepDialog::tr("&Signed on:");
    case WorkflowStep::ScheduleKeyHandover:
        return WorkflowStepDialog::tr("&Appointment on:");
    case WorkflowStep::RecordKeyHandover:
        return WorkflowStepDialog::tr("Keys &handed over on:");
    case WorkflowStep::MarkOldApartmentVacated:
        return WorkflowStepDialog::tr("&Vacated on:");
    }
    return WorkflowStepDialog::tr("&Date:");
}

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

WorkflowStepDialog::WorkflowStepDialog(WorkflowStep step, RelocationService &relocation,
                                       HouseholdCardService &cards, const Actor &actor,
                                       const HouseholdCardService::Card &card, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent)
    , m_step(step)
    , m_relocation(relocation)
    , m_cards(cards)
    , m_actor(actor)
    , m_householdId(card.household.id) {
    setWindowTitle(
        tr("%1 — case %2")
            .arg(capitalised(HouseholdWorkflow::stepTitle(step)), card.household.caseNumber));
    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(tr("<b>%1</b> — case %2, now «%3»")
                       .arg(capitalised(HouseholdWorkflow::stepTitle(step)).toHtmlEscaped(),
                            card.household.caseNumber.toHtmlEscaped(),
                            HouseholdWorkflow::statusTitle(card.household.status)));
    heading->setObjectName(QStringLiteral("heading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_date = new QDateEdit(today);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLatin1String(Formats::kDateFormat));
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (step != WorkflowStep::ScheduleKeyHandover)
        m_date->setMaximumDate(today); // a step is recorded once it has happened
    m_form->addRow(dateLabel(step), m_date);
    addStepFields(card);

    // Steps that cannot be undone say so before they are recorded: the handover counts the
    // residents toward the programme (milestones, certificates); a vacated apartment leaves
    // the stock. Recording is the confirmation.
    if (step == WorkflowStep::RecordKeyHandover || step == WorkflowStep::MarkOldApartmentVacated) {
        auto *final = new QLabel(
            step == WorkflowStep::RecordKeyHandover
                ? tr("This step cannot be undone: the residents count toward the programme and "
                     "its milestones at once. Check the date and the key sets before recording.")
                : tr("This step cannot be undone: the old apartment leaves the stock."));
        final->setObjectName(QStringLiteral("cannotUndo"));
        final->setWordWrap(true);
        QFont bold = final->font();
        bold.setBold(true);
        final->setFont(bold);
        layout->addWidget(final);
    }
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("stepError"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(tr("&Record"));
    m_record->setObjectName(QStringLiteral("record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkflowStepDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateRecordButton();
    Theme::initialWidth(this, 420);
    m_date->setFocus();
}

void WorkflowStepDialog::addStepFields(const HouseholdCardService::Card &card) {
    switch (m_step) {
    case WorkflowStep::SendOffer:
        addOfferPicker(card);
        break;
    case WorkflowStep::Refuse:
        addRefusalFields();
        break;
    case WorkflowStep::DraftContract:
        addContractFields();
        break;
    case WorkflowStep::ScheduleKeyHandover:
    case WorkflowStep::RecordKeyHandover:
        addKeyFields(card);
        break;
    default:
        break;
    }
}

void WorkflowStepDialog::addOfferPicker(const HouseholdCardService::Card &card) {
    auto equivalent = m_relocation.equivalentFreeApartments(m_householdId);
    if (!equivalent) {
        auto *problem = new ErrorLabel;
        problem->showError(equivalent.error());
        m_form->addRow(problem);
        return;
    }
    const qint64 id = m_householdId;
    m_picker = new OfferPicker(card.oldApartment, equivalent.value(),
                               m_actor.can(Permission::OverrideEquivalence),
                               [this, id] { return m_cards.overrideCandidates(id); });
    m_form->addRow(m_picker);
    connect(m_picker, &OfferPicker::changed, this, &WorkflowStepDialog::updateRecordButton);
    connect(m_picker, &OfferPicker::failed, this,
            [this](const Error &error) { m_error->showError(error); });
    resize(Theme::scaled(this, 900, 560));
}

void WorkflowStepDialog::addRefusalFields() {
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("refusalReason"));
    for (const QString &reason : RelocationService::refusalReasons())
        m_reason->addItem(RelocationService::refusalReasonTitle(reason), reason);
    m_form->addRow(tr("Re&ason:"), m_reason);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Required for “other”"));
    m_form->addRow(tr("N&ote:"), m_note);
    connect(m_reason, &QComboBox::currentIndexChanged, this,
            &WorkflowStepDialog::updateRecordButton);
    connect(m_note, &QLineEdit::textChanged, this, &WorkflowStepDialog::updateRecordButton);
}

void WorkflowStepDialog::addContractFields() {
    m_contractNumber = new QLineEdit;
    m_contractNumber->setObjectName(QStringLiteral("contractNumber"));
    m_contractNumber->setMaxLength(32);
    m_contractNumber->setPlaceholderText(tr("as printed on the contract"));
    m_form->addRow(tr("Contract &number:"), m_contractNumber);
    m_contractType = new QComboBox;
    m_contractType->setObjectName(QStringLiteral("contractType"));
    for (const QString &type : RelocationService::contractTypes())
        m_contractType->addItem(contractTypeTitle(type), type);
    m_form->addRow(tr("Contract &type:"), m_contractType);
    connect(m_contractNumber, &QLineEdit::textChanged, this,
            &WorkflowStepDialog::updateRecordButton);
}

void WorkflowStepDialog::addKeyFields(const HouseholdCardService::Card &card) {
    const auto &appointment = card.keyHandover;
    m_keySets = new QSpinBox;
    m_keySets->setObjectName(QStringLiteral("keySets"));
    m_keySets->setRange(1, kMaxKeySets);
    m_keySets->setValue(appointment ? appointment->keySets : 2);
    m_form->addRow(tr("&Key sets:"), m_keySets);
    const int members = int(card.members.size());
    if (m_step == WorkflowStep::ScheduleKeyHandover) {
        if (appointment && appointment->scheduledFor.isValid())
            m_date->setDate(appointment->scheduledFor);
        m_residents = new QSpinBox;
        m_residents->setObjectName(QStringLiteral("residentsMoving"));
        m_residents->setRange(1, std::max(1, std::min(members, kMaxResidentsCounted)));
        m_residents->setValue(appointment ? appointment->residentsCount : members);
        m_form->addRow(tr("Residents &moving in:"), m_residents);
        return;
    }
    const int moving =
        appointment ? appointment->residentsCount : std::min(members, kMaxResidentsCounted);
    auto *residents =
        new QLabel(tr("%n resident(s) move in and count toward the programme.", nullptr, moving));
    residents->setObjectName(QStringLiteral("residentsMoving"));
    m_form->addRow(tr("Residents:"), residents);
}

QString WorkflowStepDialog::contractTypeTitle(const QString &type) {
    if (type == QLatin1String("exchange"))
        return tr("exchange contract");
    if (type == QLatin1String("extra_purchase"))
        return tr("with purchase of extra space");
    if (type == QLatin1String("compensation"))
        return tr("monetary compensation");
    return type;
}

QDate WorkflowStepDialog::date() const {
    return m_date->date();
}

int WorkflowStepDialog::keySets() const {
    return m_keySets ? m_keySets->value() : 0;
}

int WorkflowStepDialog::residentsMoving() const {
    return m_residents ? m_residents->value() : 0;
}

std::function<Status()> WorkflowStepDialog::again() const {
    RelocationService *relocation = &m_relocation;
    const Actor actor = m_actor;
    const qint64 id = m_householdId;
    const QDate on = date();
    switch (m_step) {
    case WorkflowStep::Notify:
        return [=] {
            return relocation->notify(actor, id, on);
        };
    case WorkflowStep::SendOffer: {
        const qint64 apartment = m_picker ? m_picker->selectedApartmentId() : 0;
        const std::optional<QString> reason = m_picker ? m_picker->overrideReason() : std::nullopt;
        return [=]() -> Status {
            auto offer = relocation->sendOffer(actor, id, apartment, on, reason);
            return offer ? Status() : Status(offer.error());
        };
    }
    case WorkflowStep::RecordViewing:
        return [=] {
            return relocation->recordViewing(actor, id, on);
        };
    case WorkflowStep::Consent:
        return [=] {
            return relocation->consent(actor, id, on);
        };
    case WorkflowStep::SignContract:
        return [=] {
            return relocation->signContract(actor, id, on);
        };
    default:
        return {};
    }
}

void WorkflowStepDialog::updateRecordButton() {
    bool complete = true;
    if (m_step == WorkflowStep::SendOffer)
        complete = m_picker && m_picker->isComplete();
    if (m_contractNumber)
        complete = !m_contractNumber->text().trimmed().isEmpty();
    if (m_reason && m_reason->currentData().toString() == QLatin1String("other"))
        complete = !m_note->text().trimmed().isEmpty();
    m_record->setEnabled(complete);
}

Result<QList<MilestoneTracker::Change>> WorkflowStepDialog::run() {
    using Changes = QList<MilestoneTracker::Change>;
    const auto done = [](const Status &status) -> Result<Changes> {
        if (!status)
            return status.error();
        return Changes();
    };
    const auto idDone = [](const Result<qint64> &id) -> Result<Changes> {
        if (!id)
            return id.error();
        return Changes();
    };
    const QDate on = date();
    switch (m_step) {
    case WorkflowStep::Notify:
        return done(m_relocation.notify(m_actor, m_householdId, on));
    case WorkflowStep::SendOffer:
        return idDone(m_relocation.sendOffer(m_actor, m_householdId,
                                             m_picker->selectedApartmentId(), on,
                                             m_picker->overrideReason()));
    case WorkflowStep::RecordViewing:
        return done(m_relocation.recordViewing(m_actor, m_householdId, on));
    case WorkflowStep::Consent:
        return done(m_relocation.consent(m_actor, m_householdId, on));
    case WorkflowStep::Refuse:
        return done(m_relocation.refuse(m_actor, m_householdId, on,
                                        m_reason->currentData().toString(), m_note->text()));
    case WorkflowStep::DraftContract:
        return idDone(m_relocation.draftContract(m_actor, m_householdId, m_contractNumber->text(),
                                                 m_contractType->currentData().toString(), on));
    case WorkflowStep::SignContract:
        return done(m_relocation.signContract(m_actor, m_householdId, on));
    case WorkflowStep::ScheduleKeyHandover:
        return idDone(m_relocation.scheduleKeyHandover(m_actor, m_householdId, on, keySets(),
                                                       residentsMoving()));
    case WorkflowStep::RecordKeyHandover: {
        auto outcome = m_relocation.recordKeyHandover(m_actor, m_householdId, on, keySets());
        if (!outcome)
            return outcome.error();
        return outcome->milestones;
    }
    case WorkflowStep::MarkOldApartmentVacated:
        return done(m_relocation.markOldApartmentVacated(m_actor, m_householdId, on));
    }
    return Changes();
}

void WorkflowStepDialog::submit() {
    if (!m_record->isEnabled())
        return;
    auto milestones = run();
    if (!milestones) {
        m_error->showError(milestones.error());
        return;
    }
    emit recorded(m_step, milestones.value());
    accept();
}

} // namespace nov
