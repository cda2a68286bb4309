#pragma once

#include "auth/Actor.h"
#include "io/ImportService.h"

#include <QFutureWatcher>
#include <QWizard>
#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace nov {

namespace db {
class Database;
}

// The manager's import of an office spreadsheet: choose the file and what it holds, check the
// encoding and separator against a live preview, map the columns, see the dry run's report
// (first rows as stored, every bad row with its reason), then import with a progress bar and
// Cancel. The checks and the import run on a worker thread with their own connection.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, MappingPage, CheckPage, ImportPage };

    ImportWizard(db::Database &db, const Actor &actor, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and scripted screenshots.
    void setFile(const QString &path, ImportKind kind);
    const ImportReport &lastReport() const { return m_report; }
    bool isRunning() const { return m_watcher.isRunning(); }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createFormatPage();
    QWizardPage *createMappingPage();
    QWizardPage *createCheckPage();
    QWizardPage *createImportPage();
    ImportKind kind() const;
    ImportOptions options(bool dryRun) const;
    void refreshPreview();
    void fillMapping();
    void start(bool dryRun);
    void finished();
    void showReport();

    db::Database &m_db;
    Actor m_actor;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_checkSummary = nullptr;
    QTableWidget *m_storedRows = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_allOrNothing = nullptr;
    QLineEdit *m_errorReport = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_importSummary = nullptr;
    QPushButton *m_cancel = nullptr;

    ImportService::Sample m_sample;
    ImportReport m_report;
    QString m_error;
    bool m_dryRun = true;
    bool m_checked = false;
    bool m_imported = false;
    std::atomic<int> m_permille{0};
    std::atomic<bool> m_cancelRequested{false};
    QFutureWatcher<void> m_watcher;
};

} // namespace nov
