#include "gifts/GiftDialog.h"

#include "VehicleRepository.h"
#include "domain/GiftService.h"
#include "gifts/VehicleDialog.h"
#include "household/ErrorLabel.h"
#include "i18n/Formats.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nov {

namespace {
constexpr int kVehiclesListed = 5000;
}

GiftDialog::GiftDialog(db::Database &db, const Actor &actor, Step step, qint64 milestoneId,
                       const QString &milestoneText, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_step(step)
    , m_milestoneId(milestoneId)
    , m_today(QDate::currentDate())
    , m_note(new QLabel(this))
    , m_choice(new QComboBox(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(QStringLiteral("giftDialog"));
    setWindowTitle(step == Step::Reserve ? tr("Reserve a gift vehicle")
                                         : tr("Record the gift handover"));
    m_note->setWordWrap(true);
    m_choice->setMinimumContentsLength(48);
    auto *form = new QFormLayout;
    form->addRow(tr("Milestone:"), new QLabel(milestoneText, this));
    if (step == Step::Reserve) {
        form->addRow(tr("&Vehicle:"), m_choice);
        fillVehicles();
    } else {
        m_date = new QDateEdit(m_today, this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QLatin1String(Formats::kDateFormat));
        form->addRow(tr("&Recipient:"), m_choice);
        form->addRow(tr("Handed over &on:"), m_date);
        fillRecipients();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void GiftDialog::setToday(const QDate &today) {
    m_today = today;
    if (m_date)
        m_date->setDate(today);
}

void GiftDialog::fillVehicles() {
    auto proposal = GiftService(m_db).propose(m_milestoneId);
    auto stock = db::VehicleRepository(m_db).inStock(kVehiclesListed);
    if (!proposal || !stock) {
        m_error->showError(proposal ? stock.error() : proposal.error());
        return;
    }
    auto text = [](const db::VehicleRecord &v) {
        return tr("%1 no. %2 · %3 · VIN %4")
            .arg(VehicleDialog::modelTitle(v.model))
            .arg(v.productionNo)
            .arg(VehicleDialog::colourTitle(v.colour), v.vin);
    };
    qint64 proposed = 0;
    if (proposal->has_value()) {
        proposed = proposal->value().id;
        m_choice->addItem(tr("%1 (proposed)").arg(text(proposal->value())), proposed);
        m_note->setText(tr("Proposed: the vehicle whose production number is the milestone's "
                           "ordinal, otherwise the one produced first."));
    } else {
        m_note->setText(tr("No vehicle is in stock. Add vehicles on the Vehicles page."));
    }
    for (const db::VehicleRecord &v : std::as_const(stock.value()))
        if (v.id != proposed)
            m_choice->addItem(text(v), v.id);
}

void GiftDialog::fillRecipients() {
    auto members = GiftService(m_db).recipients(m_milestoneId);
    if (!members) {
        m_error->showError(members.error());
        return;
    }
    for (const GiftService::Member &m : std::as_const(members.value()))
        m_choice->addItem(m.relation == QLatin1String("head")
                              ? tr("%1 (head of household)").arg(m.fullName)
                              : m.fullName,
                          m.residentId);
    m_note->setText(tr("By default the head of household receives the car; another member of the "
                       "household may be chosen."));
}

void GiftDialog::accept() {
    GiftService service(m_db);
    service.setToday(m_today);
    const qint64 chosen = m_choice->currentData().toLongLong();
    Status done = m_step == Step::Reserve ? service.reserve(m_actor, m_milestoneId, chosen)
                                          : [&]() -> Status {
        auto recipient = service.handOver(m_actor, m_milestoneId, chosen, m_date->date());
        return recipient ? Status() : Status(recipient.error());
    }();
    if (!done) {
        m_error->showError(done.error());
        return;
    }
    QDialog::accept();
}

} // namespace nov
