#pragma once

#include "browse/BrowseRequest.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace nov {

namespace db {
class Database;
}
class BrowseDefinition;

// The search box and filters above a browsing page's table. Typing is debounced; every
// change ends in changed() with the new request at hand in request().
class BrowseFilterBar : public QWidget {
    Q_OBJECT

public:
    BrowseFilterBar(db::Database &database, const BrowseDefinition &definition,
                    QWidget *parent = nullptr);

    // The request as the bar stands (the sort is the table's business).
    BrowseRequest request() const;
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *searchMode() const { return m_mode; }
    QComboBox *okrugFilter() const { return m_okrug; }
    QComboBox *districtFilter() const { return m_district; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *variantFilter() const { return m_variant; }
    // The date range (null on pages without a date column); their minimum means "any".
    QDateEdit *dateFromFilter() const { return m_from; }
    QDateEdit *dateToFilter() const { return m_to; }
    // Milliseconds between the last key typed and the search.
    void setDebounce(int ms);

signals:
    void changed();

private:
    QWidget *createSearchRow();
    QWidget *createFilterRow();
    void fillDistricts();
    void updatePlaceholder();
    QDateEdit *createDateEdit();

    db::Database &m_db;
    const BrowseDefinition &m_definition;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_okrug = nullptr;
    QComboBox *m_district = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_variant = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTimer *m_debounce;
};

} // namespace nov
