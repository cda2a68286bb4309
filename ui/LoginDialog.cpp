#include "LoginDialog.h"

#include "Theme.h"
#include "auth/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nov {

LoginDialog::LoginDialog(db::Database &db, bool firstAdmin, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_firstAdmin(firstAdmin)
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(firstAdmin ? tr("Create the administrator account") : tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(firstAdmin ? tr("This database has no accounts yet. Create the "
                                             "administrator's account; the administrator then "
                                             "creates the accounts of the office's staff.")
                                        : tr("Sign in with your Novoselye account."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    auto *form = new QFormLayout;
    m_login->setPlaceholderText(tr("e.g. ivanova.ea"));
    form->addRow(tr("&Login:"), m_login);
    if (firstAdmin) {
        m_fullName = new QLineEdit(this);
        m_fullName->setObjectName(QStringLiteral("fullName"));
        form->addRow(tr("&Full name:"), m_fullName);
    }
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (firstAdmin) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat password:"), m_repeat);
    }
    layout->addLayout(form);
    if (firstAdmin) {
        // the fields were made login, password first: Tab follows the form's rows instead
        QWidget::setTabOrder(m_login, m_fullName);
        QWidget::setTabOrder(m_fullName, m_password);
        QWidget::setTabOrder(m_password, m_repeat);
    }
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(Theme::alertText().name()));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(firstAdmin ? tr("&Create") : tr("&Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);
    Theme::initialWidth(this, 420);
}

void LoginDialog::accept() {
    AuthService auth(m_db);
    Result<Actor> result = Error{};
    if (m_firstAdmin) {
        if (m_password->text() != m_repeat->text()) {
            m_error->setText(tr("The two passwords differ."));
            m_error->setVisible(true);
            return;
        }
        result = auth.createFirstAdmin(m_login->text().trimmed(), m_fullName->text(),
                                       m_password->text());
    } else {
        result = auth.login(m_login->text(), m_password->text());
    }
    if (!result) {
        m_error->setText(result.error().toText());
        m_error->setVisible(true);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    QDialog::accept();
}

bool LoginDialog::signIn(db::Database &db, Actor *actor, QWidget *parent) {
    auto any = AuthService(db).hasUsers();
    if (!any) {
        QMessageBox::critical(parent, tr("Novoselye"), any.error().toText());
        return false;
    }
    LoginDialog dialog(db, !any.value(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *actor = dialog.actor();
    return true;
}

} // namespace nov
