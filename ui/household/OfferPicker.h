#pragma once

#include "ApartmentStockRepository.h"
#include "Result.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace nov {

// Picks the apartment to offer. It lists the free apartments equivalent to the household's
// old one; a manager may switch to every free apartment of the district (override of the
// equivalence rule), which shows what each one lacks and needs a reason. For other roles
// the override is visible but disabled, saying who may use it.
class OfferPicker : public QWidget {
    Q_OBJECT

public:
    using Loader = std::function<Result<QList<db::ApartmentPlace>>()>;

    OfferPicker(const db::ApartmentPlace &old, QList<db::ApartmentPlace> equivalent,
                bool mayOverride, Loader overrideCandidates, QWidget *parent = nullptr);

    qint64 selectedApartmentId() const;
    bool overriding() const;
    // The manager's reason, when overriding.
    std::optional<QString> overrideReason() const;
    // Something is chosen, and a reason is given when overriding.
    bool isComplete() const;
    int apartmentCount() const;
    QTableWidget *table() const { return m_table; }

signals:
    void changed();
    // The candidates for an override could not be read.
    void failed(const Error &error);

private:
    void setOverriding(bool on);
    void fill(const QList<db::ApartmentPlace> &apartments, bool withShortfalls);

    db::ApartmentPlace m_old;
    QList<db::ApartmentPlace> m_equivalent;
    Loader m_loadCandidates;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_override;
    QLineEdit *m_reason;
};

} // namespace nov
