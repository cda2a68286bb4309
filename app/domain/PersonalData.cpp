#include "PersonalData.h"

#include "Transaction.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>

namespace nov {

QString PersonalData::formatSnils(const QString &d) {
    if (d.size() != 11)
        return d;
    return QStringLiteral("%1-%2-%3 %4").arg(d.mid(0, 3), d.mid(3, 3), d.mid(6, 3), d.mid(9, 2));
}

QString PersonalData::formatPassport(const QString &d) {
    if (d.size() != 10)
        return d;
    return QStringLiteral("%1 %2 %3").arg(d.mid(0, 2), d.mid(2, 2), d.mid(4, 6));
}

QString PersonalData::formatPhone(const QString &d) {
    if (d.size() != 11)
        return d;
    return QStringLiteral("+%1 %2 %3-%4-%5")
        .arg(d.mid(0, 1), d.mid(1, 3), d.mid(4, 3), d.mid(7, 2), d.mid(9, 2));
}

QString PersonalData::maskSnils(const QString &d) {
    return d.size() == 11 ? QStringLiteral("***-***-%1 %2").arg(d.mid(6, 3), d.mid(9, 2)) : d;
}

QString PersonalData::maskPassport(const QString &d) {
    return d.size() == 10 ? QStringLiteral("** ** ***%1").arg(d.mid(7, 3)) : d;
}

QString PersonalData::maskPhone(const QString &d) {
    return d.size() == 11
               ? QStringLiteral("+%1 *** ***-%2-%3").arg(d.left(1), d.mid(7, 2), d.mid(9, 2))
               : d;
}

Status PersonalData::recordReveal(db::Database &db, const Actor &actor, qint64 householdId) {
    NOV_RETURN_IF_ERROR(actor.require(
        Permission::RevealPersonalData,
        QCoreApplication::translate("nov::PersonalData", "Seeing passport, SNILS and phone")));
    db::Transaction tx(db);
    if (!tx.begun())
        return tx.error();
    NOV_RETURN_IF_ERROR(AuditLog::record(db, actor, QStringLiteral("personal_data.reveal"),
                                         QStringLiteral("household"), householdId));
    return tx.commit();
}

} // namespace nov
