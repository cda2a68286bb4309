#include "OfferPicker.h"

#include "domain/Equivalence.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nov {

namespace {

enum Column { Address, Number, Floor, Rooms, Total, Living, District, Lacks, ColumnCount };

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft) {
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QString area(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

OfferPicker::OfferPicker(const db::ApartmentPlace &old, QList<db::ApartmentPlace> equivalent,
                         bool mayOverride, Loader overrideCandidates, QWidget *parent)
    : QWidget(parent)
    , m_old(old)
    , m_equivalent(std::move(equivalent))
    , m_loadCandidates(std::move(overrideCandidates)) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("Equivalent to the old apartment: at least %n room(s), "
                              "%1 m² total and %2 m² living area, in %3.",
                              nullptr, old.rooms)
                               .arg(area(old.totalArea), area(old.livingArea), old.districtName));
    m_summary->setWordWrap(true);
    if (m_equivalent.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') +
                           tr("No such apartment is free at the moment."));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("apartments"));
    m_table->setHorizontalHeaderLabels({tr("Address"), tr("Apt."), tr("Floor"), tr("Rooms"),
                                        tr("Total, m²"), tr("Living, m²"), tr("District"),
                                        tr("Not equivalent in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OfferPicker::changed);

    m_override = new QCheckBox(tr("&Override equivalence: show every free apartment of the "
                                  "district"));
    m_override->setObjectName(QStringLiteral("override"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Required: why this apartment is offered anyway"));
    m_reason->setEnabled(false);
    layout->addWidget(m_override);
    auto *reasonRow = new QFormLayout;
    reasonRow->addRow(tr("Rea&son:"), m_reason);
    layout->addLayout(reasonRow);
    if (!mayOverride) {
        m_override->setEnabled(false);
        m_override->setToolTip(tr("Only a manager may offer an apartment that is not "
                                  "equivalent."));
        auto *note = new QLabel(tr("Only a manager may override the equivalence rule."));
        note->setObjectName(QStringLiteral("overrideNote"));
        note->setEnabled(false);
        layout->addWidget(note);
    }
    connect(m_override, &QCheckBox::toggled, this, &OfferPicker::setOverriding);
    connect(m_reason, &QLineEdit::textChanged, this, &OfferPicker::changed);
    fill(m_equivalent, false);
}

void OfferPicker::setOverriding(bool on) {
    m_reason->setEnabled(on);
    if (!on) {
        fill(m_equivalent, false);
        emit changed();
        return;
    }
    auto candidates = m_loadCandidates();
    if (!candidates) {
        emit failed(candidates.error());
        fill(m_equivalent, false);
    } else {
        fill(candidates.value(), true);
    }
    emit changed();
}

void OfferPicker::fill(const QList<db::ApartmentPlace> &apartments, bool withShortfalls) {
    m_table->setRowCount(0);
    m_table->setColumnHidden(Lacks, !withShortfalls);
    m_table->setRowCount(int(apartments.size()));
    const Qt::Alignment right = Qt::AlignRight;
    for (int row = 0; row < apartments.size(); ++row) {
        const db::ApartmentPlace &a = apartments.at(row);
        auto *address = cell(a.address);
        address->setData(Qt::UserRole, a.id);
        m_table->setItem(row, Address, address);
        m_table->setItem(row, Number, cell(a.number, right));
        m_table->setItem(row, Floor, cell(QString::number(a.floor), right));
        m_table->setItem(row, Rooms, cell(QString::number(a.rooms), right));
        m_table->setItem(row, Total, cell(area(a.totalArea), right));
        m_table->setItem(row, Living, cell(area(a.livingArea), right));
        m_table->setItem(row, District, cell(a.districtName));
        auto *lacks = cell(Equivalence::describe(Equivalence::shortfalls(m_old, a)));
        lacks->setToolTip(lacks->text());
        m_table->setItem(row, Lacks, lacks);
    }
    m_table->resizeColumnsToContents();
    // What an apartment lacks wraps within the table instead of widening it.
    m_table->horizontalHeader()->setSectionResizeMode(
        Lacks, withShortfalls ? QHeaderView::Stretch : QHeaderView::Interactive);
    m_table->resizeRowsToContents();
    if (!apartments.isEmpty())
        m_table->selectRow(0);
}

qint64 OfferPicker::selectedApartmentId() const {
    const auto rows = m_table->selectionModel()->selectedRows(Address);
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

bool OfferPicker::overriding() const {
    return m_override->isChecked();
}

std::optional<QString> OfferPicker::overrideReason() const {
    if (!overriding())
        return std::nullopt;
    return m_reason->text().trimmed();
}

bool OfferPicker::isComplete() const {
    return selectedApartmentId() > 0 && (!overriding() || !m_reason->text().trimmed().isEmpty());
}

int OfferPicker::apartmentCount() const {
    return m_table->rowCount();
}

} // namespace nov
