#include "gifts/VehicleDialog.h"

#include "Theme.h"
#include "domain/Validators.h"
#include "domain/VehicleService.h"
#include "household/ErrorLabel.h"
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
#include <algorithm>

namespace nov {

QString VehicleDialog::powertrainTitle(const QString &value) {
    if (value == QLatin1String("petrol_cvt"))
        return tr("Petrol, CVT");
    if (value == QLatin1String("petrol_mt"))
        return tr("Petrol, manual");
    return tr("Electric");
}

QString VehicleDialog::modelTitle(const QString &model) {
    return model == QLatin1String("Moskvich 3e") ? tr("Moskvich 3e") : tr("Moskvich 3");
}

QString VehicleDialog::colourTitle(const QString &value) {
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("white"), QT_TRANSLATE_NOOP("nov::VehicleDialog", "White")},
        {QStringLiteral("black"), QT_TRANSLATE_NOOP("nov::VehicleDialog", "Black")},
        {QStringLiteral("red"), QT_TRANSLATE_NOOP("nov::VehicleDialog", "Red")},
        {QStringLiteral("grey"), QT_TRANSLATE_NOOP("nov::VehicleDialog", "Grey")},
        {QStringLiteral("blue"), QT_TRANSLATE_NOOP("nov::VehicleDialog", "Blue")}};
    return tr(titles.value(value, ""));
}

VehicleDialog::VehicleDialog(db::Database &db, const Actor &actor, const db::VehicleRecord &vehicle,
                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_vehicle(vehicle)
    , m_model(new QComboBox(this))
    , m_powertrain(new QComboBox(this))
    , m_engine(new QLineEdit(this))
    , m_colour(new QComboBox(this))
    , m_productionNo(new QSpinBox(this))
    , m_vin(new QLineEdit(this))
    , m_vinProblem(new QLabel(this))
    , m_epts(new QLineEdit(this))
    , m_producedOn(new QDateEdit(this))
    , m_error(new ErrorLabel(this)) {
    setObjectName(QStringLiteral("vehicleDialog"));
    setWindowTitle(vehicle.id > 0 ? tr("Edit vehicle %1").arg(vehicle.vin) : tr("Add vehicle"));
    for (const QString &model : VehicleService::models())
        m_model->addItem(modelTitle(model), model);
    for (const QString &colour : VehicleService::colours())
        m_colour->addItem(colourTitle(colour), colour);
    m_productionNo->setRange(1, 9999999);
    m_vin->setMaxLength(17);
    m_vin->setPlaceholderText(tr("17 characters, no I, O, Q"));
    m_vinProblem->setObjectName(QStringLiteral("vinProblem"));
    m_vinProblem->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::alertText().name()));
    m_vinProblem->setWordWrap(true);
    m_vinProblem->hide();
    // The standard engine texts are shown whole, not scrolled: the field is as wide as the
    // longest of them (in the font in use, so at any scale).
    m_engine->setObjectName(QStringLiteral("engine"));
    int engineWidth = 0;
    for (const QString &powertrain : VehicleService::powertrains())
        engineWidth = std::max(engineWidth, m_engine->fontMetrics().horizontalAdvance(
                                                VehicleService::standardEngine(powertrain)));
    m_engine->setMinimumWidth(engineWidth + m_engine->fontMetrics().averageCharWidth() * 3);
    m_epts->setMaxLength(15);
    m_epts->setPlaceholderText(tr("15 digits"));
    m_producedOn->setCalendarPopup(true);
    m_producedOn->setDisplayFormat(QLatin1String(Formats::kDateFormat));

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Powertrain:"), m_powertrain);
    form->addRow(tr("&Engine or motor:"), m_engine);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("Production &no.:"), m_productionNo);
    form->addRow(tr("&VIN:"), m_vin);
    form->addRow(QString(), m_vinProblem);
    form->addRow(tr("EP&TS no.:"), m_epts);
    form->addRow(tr("Produced &on:"), m_producedOn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(vehicle.id > 0 ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VehicleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_model->setCurrentIndex(std::max(0, m_model->findData(vehicle.model)));
    fillPowertrains();
    m_powertrain->setCurrentIndex(std::max(0, m_powertrain->findData(vehicle.powertrain)));
    m_engine->setText(vehicle.engine.isEmpty()
                          ? VehicleService::standardEngine(m_powertrain->currentData().toString())
                          : vehicle.engine);
    m_colour->setCurrentIndex(std::max(0, m_colour->findData(vehicle.colour)));
    m_productionNo->setValue(std::max(1, vehicle.productionNo));
    m_vin->setText(vehicle.vin);
    m_epts->setText(vehicle.eptsNumber);
    m_producedOn->setDate(vehicle.producedOn.isValid() ? vehicle.producedOn : QDate::currentDate());
    connect(m_model, &QComboBox::currentIndexChanged, this, &VehicleDialog::fillPowertrains);
    connect(m_powertrain, &QComboBox::currentIndexChanged, this, [this] {
        m_engine->setText(VehicleService::standardEngine(m_powertrain->currentData().toString()));
    });
    connect(m_vin, &QLineEdit::textChanged, this, &VehicleDialog::checkVin);
}

// The Moskvich 3e is electric, the Moskvich 3 has a petrol engine.
void VehicleDialog::fillPowertrains() {
    const bool electric = m_model->currentData().toString() == QLatin1String("Moskvich 3e");
    const QSignalBlocker blocker(m_powertrain);
    m_powertrain->clear();
    for (const QString &p : VehicleService::powertrains())
        if ((p == QLatin1String("electric")) == electric)
            m_powertrain->addItem(powertrainTitle(p), p);
    m_engine->setText(VehicleService::standardEngine(m_powertrain->currentData().toString()));
}

void VehicleDialog::checkVin() {
    const QString text = m_vin->text().trimmed();
    // While the VIN is being typed only wrong characters are a problem, not its length.
    auto vin = Validators::vin(text.leftJustified(17, QLatin1Char('0')));
    const bool show = !text.isEmpty() && !vin;
    m_vinProblem->setText(show ? vin.error().message : QString());
    m_vinProblem->setVisible(show);
}

db::VehicleRecord VehicleDialog::entered() const {
    db::VehicleRecord v = m_vehicle;
    v.vin = m_vin->text();
    v.model = m_model->currentData().toString();
    v.powertrain = m_powertrain->currentData().toString();
    v.engine = m_engine->text();
    v.colour = m_colour->currentData().toString();
    v.productionNo = m_productionNo->value();
    v.eptsNumber = m_epts->text();
    v.producedOn = m_producedOn->date();
    return v;
}

void VehicleDialog::accept() {
    const db::VehicleRecord v = entered();
    VehicleService service(m_db);
    if (m_vehicle.id > 0) {
        if (Status s = service.edit(m_actor, v); !s) {
            m_error->showError(s.error());
            return;
        }
    } else {
        auto id = service.add(m_actor, v);
        if (!id) {
            m_error->showError(id.error());
            return;
        }
        m_vehicle.id = id.value();
    }
    QDialog::accept();
}

} // namespace nov
