#pragma once

#include "auth/Actor.h"

#include <QDate>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <memory>

namespace nov {

namespace db {
class Database;
}

// Every dialog of the program, made on demand and filled from a database the way a user meets
// it (a household card of a case in progress, each workflow step's form, the gift dialogs of
// a reached milestone…): for `novoselye screenshot DIALOG` and for the tests that check every
// dialog's layout, tab order and mnemonics. The gallery keeps the actor the dialogs refer to,
// so it must outlive them.
class DialogGallery {
public:
    struct Shown {
        std::unique_ptr<QWidget> owner; // deletes everything (a step form's card, say)
        QPointer<QWidget> dialog;       // the dialog to look at
    };

    DialogGallery(db::Database &db, const QDate &today);
    static QStringList names();
    // The named dialog, not shown yet; an empty Shown when the database lacks what it needs
    // (no household at the step's status, no reached milestone…).
    Shown create(const QString &name);
    const Actor &actor() const { return m_actor; }

private:
    Shown householdCard(const QString &status, const QString &step);
    db::Database &m_db;
    QDate m_today;
    Actor m_actor;
};

} // namespace nov
