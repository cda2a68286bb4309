#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace nov {

namespace db {
class Database;
}

// Sign-in at start. On a database without accounts it creates the first administrator
// instead (login, full name, password twice).
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(db::Database &db, bool firstAdmin, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    // Shows the right dialog for the database; false when the user gave up.
    static bool signIn(db::Database &db, Actor *actor, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    db::Database &m_db;
    bool m_firstAdmin;
    QLineEdit *m_login;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
    Actor m_actor;
};

} // namespace nov
