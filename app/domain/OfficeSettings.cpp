#include "OfficeSettings.h"

#include "SettingsRepository.h"

#include <QCoreApplication>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::OfficeSettings", text);
}
} // namespace

const OfficeSettings::IntSetting &OfficeSettings::decisionDeadlineDays() {
    static const IntSetting setting{QStringLiteral("decision_deadline_days"), 20, 1, 365};
    return setting;
}

const OfficeSettings::IntSetting &OfficeSettings::contractDeadlineDays() {
    static const IntSetting setting{QStringLiteral("contract_deadline_days"), 30, 1, 365};
    return setting;
}

const OfficeSettings::IntSetting &OfficeSettings::automaticBackups() {
    static const IntSetting setting{QStringLiteral("automatic_backups"), 7, 0, 365};
    return setting;
}

const QList<OfficeSettings::IntSetting> &OfficeSettings::intSettings() {
    static const QList<IntSetting> list = {decisionDeadlineDays(), contractDeadlineDays(),
                                           automaticBackups()};
    return list;
}

Result<int> OfficeSettings::value(const IntSetting &setting) {
    auto stored = db::SettingsRepository(m_db).value(setting.key);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return setting.defaultValue;
    bool ok = false;
    const int value = stored->value().trimmed().toInt(&ok);
    if (!ok || value < setting.minimum || value > setting.maximum)
        return Error{tr("The setting has an invalid value “%1”; a whole number from %2 to %3 is "
                        "expected.")
                         .arg(stored->value())
                         .arg(setting.minimum)
                         .arg(setting.maximum),
                     setting.key,
                     tr("An administrator can correct it in the settings (default: %1).")
                         .arg(setting.defaultValue)};
    return value;
}

} // namespace nov
