#pragma once

#include <QDialog>

class QLineEdit;
class QTextBrowser;

namespace nov {

namespace db {
class Database;
}

// Acts ▸ Verify act…: a code (or the text a QR scanner read) in, "genuine" or "not genuine"
// out, with what the act certified.
class VerifyActDialog : public QDialog {
    Q_OBJECT

public:
    explicit VerifyActDialog(db::Database &db, QWidget *parent = nullptr);
    void verify(const QString &code);
    QString resultText() const;

private:
    db::Database &m_db;
    QLineEdit *m_code;
    QTextBrowser *m_result;
};

} // namespace nov
