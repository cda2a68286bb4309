#include "pages/BrowseFilterBar.h"

#include "browse/BrowseCatalog.h"
#include "i18n/Formats.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace nov {

namespace {
// Dates before this are "any": QDateEdit cannot be empty.
const QDate kAnyDate(1900, 1, 1);
constexpr int kDebounceMs = 250;
} // namespace

BrowseFilterBar::BrowseFilterBar(db::Database &database, const BrowseDefinition &definition,
                                 QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_definition(definition)
    , m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &BrowseFilterBar::changed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSearchRow());
    if (QWidget *filters = createFilterRow())
        layout->addWidget(filters);
}

void BrowseFilterBar::setDebounce(int ms) {
    m_debounce->setInterval(ms);
}

QWidget *BrowseFilterBar::createSearchRow() {
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Search by:"), row);
    m_mode = new QComboBox(row);
    for (const BrowseDefinition::SearchMode &mode : m_definition.searchModes)
        m_mode->addItem(mode.label, mode.key);
    label->setBuddy(m_mode);
    m_search = new QLineEdit(row);
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Results update as you type (Ctrl+F)"));
    layout->addWidget(label);
    layout->addWidget(m_mode);
    layout->addWidget(m_search, 1);
    updatePlaceholder();
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updatePlaceholder();
        if (!m_search->text().trimmed().isEmpty())
            emit changed();
    });
    return row;
}

QDateEdit *BrowseFilterBar::createDateEdit() {
    auto *edit = new QDateEdit(this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLatin1String(Formats::kDateFormat));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("any"));
    edit->setDate(kAnyDate);
    connect(edit, &QDateEdit::dateChanged, this, &BrowseFilterBar::changed);
    return edit;
}

QWidget *BrowseFilterBar::createFilterRow() {
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addCombo = [&](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, row);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &BrowseFilterBar::changed);
    };
    if (m_definition.byPlace) {
        m_okrug = new QComboBox(row);
        m_okrug->addItem(tr("All okrugs"));
        if (auto okrugs = BrowseCatalog::okrugs(m_db))
            for (const BrowseDefinition::Choice &c : okrugs.value())
                m_okrug->addItem(c.label, c.value);
        m_district = new QComboBox(row);
        m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillDistricts();
        connect(m_okrug, &QComboBox::currentIndexChanged, this, &BrowseFilterBar::fillDistricts);
        addCombo(tr("&Okrug:"), m_okrug);
        addCombo(tr("&District:"), m_district);
    }
    if (!m_definition.kinds.isEmpty()) {
        m_kind = new QComboBox(row);
        m_kind->addItem(tr("Any"));
        for (const BrowseDefinition::Choice &c : m_definition.kinds)
            m_kind->addItem(c.label, c.value);
        addCombo(m_definition.kindLabel, m_kind);
    }
    if (!m_definition.statuses.isEmpty()) {
        m_status = new QComboBox(row);
        // a page whose status filter is something else (the audit log's entity) says "Any"
        m_status->addItem(m_definition.statusLabel.isEmpty() ? tr("Any status") : tr("Any"));
        for (const BrowseDefinition::Choice &c : m_definition.statuses)
            m_status->addItem(c.label, c.value);
        addCombo(m_definition.statusLabel.isEmpty() ? tr("Stat&us:") : m_definition.statusLabel,
                 m_status);
    }
    if (!m_definition.variants.isEmpty()) {
        m_variant = new QComboBox(row);
        m_variant->addItem(tr("Any"));
        for (const BrowseDefinition::Choice &c : m_definition.variants)
            m_variant->addItem(c.label, c.value);
        addCombo(m_definition.variantLabel, m_variant);
    }
    if (!m_definition.dateLabel.isEmpty()) {
        m_from = createDateEdit();
        m_to = createDateEdit();
        auto *from = new QLabel(tr("%1 f&rom:").arg(m_definition.dateLabel), row);
        from->setBuddy(m_from);
        auto *to = new QLabel(tr("&to:"), row);
        to->setBuddy(m_to);
        layout->addWidget(from);
        layout->addWidget(m_from);
        layout->addWidget(to);
        layout->addWidget(m_to);
    }
    layout->addStretch(1);
    if (layout->count() == 1) {
        delete row;
        return nullptr;
    }
    return row;
}

void BrowseFilterBar::fillDistricts() {
    const QSignalBlocker blocker(m_district);
    m_district->clear();
    m_district->addItem(tr("All districts"));
    if (auto districts = BrowseCatalog::districts(m_db, m_okrug->currentData().toString()))
        for (const BrowseDefinition::Choice &c : districts.value())
            m_district->addItem(c.label, c.value);
}

void BrowseFilterBar::updatePlaceholder() {
    const BrowseDefinition::SearchMode *mode =
        m_definition.searchMode(m_mode->currentData().toString());
    m_search->setPlaceholderText(mode ? mode->placeholder : QString());
}

BrowseRequest BrowseFilterBar::request() const {
    BrowseRequest r;
    r.searchMode = m_mode->currentData().toString();
    r.searchText = m_search->text();
    if (m_okrug)
        r.okrug = m_okrug->currentData().toString();
    if (m_district)
        r.districtId = m_district->currentData().toLongLong();
    if (m_kind)
        r.kind = m_kind->currentData().toString();
    if (m_status)
        r.status = m_status->currentData().toString();
    if (m_variant)
        r.variant = m_variant->currentData().toString();
    if (m_from && m_from->date() > kAnyDate)
        r.dateFrom = m_from->date();
    if (m_to && m_to->date() > kAnyDate)
        r.dateTo = m_to->date();
    return r;
}

} // namespace nov
