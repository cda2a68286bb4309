#pragma once

#include <QDialog>

class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;

namespace nov {

// Shown when the database file does not exist yet: start empty or with demo data, which is
// generated off the GUI thread with a progress bar and can be cancelled.
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(const QString &location, QWidget *parent = nullptr);

    QString chosenScale() const; // empty for an empty database

public slots:
    void accept() override;
    void reject() override;

private:
    void generate(const QString &scale);
    void onProgress(int percent, const QString &stage);

    QString m_location;
    QButtonGroup *m_choice;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_start;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
};

} // namespace nov
