#pragma once

#include "browse/BrowseRequest.h"

#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace nov {

namespace db {
class Database;
}
class BrowseDefinition;
class BrowseFilterBar;
class LazyTableModel;

// A browsing page (residents, households, apartments, buildings, vehicles): search box and
// filters, the table over a LazyTableModel, and the row count. Loading starts when the page
// is first shown (or activate() is called). The shown columns, their widths and order, and
// the sort are kept in QSettings under browse/<page>/: saveHeader() when the window closes.
class BrowsePage : public QWidget {
    Q_OBJECT

public:
    BrowsePage(db::Database &database, const BrowseDefinition &definition,
               QWidget *parent = nullptr);
    ~BrowsePage() override;

    const BrowseDefinition &definition() const { return m_definition; }
    LazyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    BrowseFilterBar *filters() const { return m_filters; }
    QLineEdit *searchBox() const;
    // '1 025 900 residents', 'Counting…' or a problem.
    QString rowCountText() const;

    // What the page shows now: its filter and sort, and the keys of its visible columns in
    // the list's order (for Export…).
    BrowseRequest currentRequest() const;
    QStringList visibleColumns() const;

    // Starts loading (once).
    void activate();
    // Reads the rows again (after other clerks' changes).
    void reload();
    void focusSearch();
    // A button or label of the page's own (e.g. the audit page's chain check), placed right
    // of the row count.
    void addFooterWidget(QWidget *widget);
    void saveHeader();
    // Puts a row of buttons for the page's records between the filters and the table.
    void addActionBar(QWidget *bar);

signals:
    void rowCountTextChanged(const QString &text);
    // Enter or double-click on a row.
    void rowActivated(int row);
    // The page started loading (first shown or activated).
    void activated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void showColumnMenu(const QPoint &position);
    void restoreHeader();
    void resetColumns();
    int defaultWidth(int column) const;
    void updateRowCount();
    QString settingsKey(const char *name) const;

    const BrowseDefinition &m_definition;
    BrowseFilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_rowCount;
    QHBoxLayout *m_footer;
    LazyTableModel *m_model;
    bool m_active = false;
};

} // namespace nov
