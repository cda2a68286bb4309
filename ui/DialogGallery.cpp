#include "DialogGallery.h"

#include "Database.h"
#include "FirstRunDialog.h"
#include "HouseholdRepository.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UserRepository.h"
#include "certificates/ActBatchDialog.h"
#include "certificates/VerifyActDialog.h"
#include "domain/HouseholdWorkflow.h"
#include "domain/MilestoneService.h"
#include "gifts/GiftDialog.h"
#include "gifts/MilestonesPage.h"
#include "gifts/TargetDialog.h"
#include "gifts/VehicleDialog.h"
#include "household/HouseholdCard.h"
#include "household/ResidentDialog.h"
#include "household/WorkflowStepDialog.h"
#include "io/ImportWizard.h"

#include <QApplication>
#include <QMessageBox>

namespace nov {

namespace {

// The workflow steps by the name a screenshot gives them.
const QList<QPair<QString, WorkflowStep>> &steps() {
    static const QList<QPair<QString, WorkflowStep>> list = {
        {QStringLiteral("step-notify"), WorkflowStep::Notify},
        {QStringLiteral("step-offer"), WorkflowStep::SendOffer},
        {QStringLiteral("step-viewing"), WorkflowStep::RecordViewing},
        {QStringLiteral("step-consent"), WorkflowStep::Consent},
        {QStringLiteral("step-refusal"), WorkflowStep::Refuse},
        {QStringLiteral("step-contract"), WorkflowStep::DraftContract},
        {QStringLiteral("step-signature"), WorkflowStep::SignContract},
        {QStringLiteral("step-schedule"), WorkflowStep::ScheduleKeyHandover},
        {QStringLiteral("step-keys"), WorkflowStep::RecordKeyHandover},
        {QStringLiteral("step-vacated"), WorkflowStep::MarkOldApartmentVacated},
    };
    return list;
}

DialogGallery::Shown alone(QWidget *dialog) {
    DialogGallery::Shown shown;
    shown.owner.reset(dialog);
    shown.dialog = dialog;
    return shown;
}

} // namespace

DialogGallery::DialogGallery(db::Database &db, const QDate &today)
    : m_db(db)
    , m_today(today) {
    // The administrator may do everything, so every button of every dialog is enabled.
    m_actor = Actor::system();
    m_actor.role = Role::Admin;
    auto admin = db::UserRepository(db).byLogin(QStringLiteral("admin"));
    if (admin && admin.value())
        m_actor = Actor{admin.value()->id, admin.value()->login, Role::Admin};
}

QStringList DialogGallery::names() {
    QStringList list = {QStringLiteral("sign-in"),       QStringLiteral("first-admin"),
                        QStringLiteral("first-run"),     QStringLiteral("household"),
                        QStringLiteral("resident"),      QStringLiteral("gift-reserve"),
                        QStringLiteral("gift-handover"), QStringLiteral("target"),
                        QStringLiteral("vehicle"),       QStringLiteral("import"),
                        QStringLiteral("act-batch"),     QStringLiteral("verify-act"),
                        QStringLiteral("about")};
    for (const auto &step : steps())
        list << step.first;
    return list;
}

DialogGallery::Shown DialogGallery::householdCard(const QString &status, const QString &step) {
    auto id = db::HouseholdRepository(m_db).firstWithStatus(status);
    if (!id || id.value() == 0)
        return {};
    auto *card = new HouseholdCard(m_db, m_actor, id.value());
    card->setToday(m_today);
    Shown shown = alone(card);
    if (step.isEmpty())
        return shown;
    for (const auto &s : steps()) {
        if (s.first == step)
            shown.dialog = card->startStep(s.second);
    }
    if (!shown.dialog)
        return {};
    return shown;
}

DialogGallery::Shown DialogGallery::create(const QString &name) {
    if (name == QLatin1String("sign-in"))
        return alone(new LoginDialog(m_db, false));
    if (name == QLatin1String("first-admin"))
        return alone(new LoginDialog(m_db, true));
    if (name == QLatin1String("first-run"))
        return alone(new FirstRunDialog(m_db.location()));
    if (name == QLatin1String("household"))
        return householdCard(QStringLiteral("contract_signed"), QString());
    if (name == QLatin1String("resident")) {
        auto id = db::HouseholdRepository(m_db).firstWithStatus(QStringLiteral("viewed"));
        if (!id || id.value() == 0)
            return {};
        auto members = db::HouseholdRepository(m_db).members(id.value());
        if (!members || members->isEmpty())
            return {};
        return alone(new ResidentDialog(members->first(), m_today,
                                        [](const db::ResidentRecord &) { return Status(); }));
    }
    for (const auto &step : steps()) {
        if (step.first != name)
            continue;
        for (const QString &status : HouseholdWorkflow::statuses()) {
            if (!HouseholdWorkflow::allows(status, step.second))
                continue;
            if (Shown shown = householdCard(status, name); shown.dialog)
                return shown;
        }
        return {};
    }
    if (name == QLatin1String("gift-reserve") || name == QLatin1String("gift-handover")) {
        const bool reserve = name == QLatin1String("gift-reserve");
        auto lines = MilestoneService(m_db).lines();
        if (!lines)
            return {};
        const MilestoneService::Line *chosen = nullptr;
        const auto wanted =
            reserve ? MilestoneService::Stage::Reached : MilestoneService::Stage::VehicleReserved;
        for (const auto &line : lines.value()) {
            if (MilestoneService::stage(line) == wanted) {
                chosen = &line;
                break;
            }
            if (!chosen && line.reachedOn.isValid())
                chosen = &line; // any reached one, when none is at that stage
        }
        if (!chosen)
            return {};
        auto *dialog = new GiftDialog(
            m_db, m_actor, reserve ? GiftDialog::Step::Reserve : GiftDialog::Step::HandOver,
            chosen->id, MilestonesPage::milestoneText(*chosen));
        dialog->setToday(m_today);
        return alone(dialog);
    }
    if (name == QLatin1String("target"))
        return alone(new TargetDialog(m_db, m_actor, 0, 300000, QString()));
    if (name == QLatin1String("vehicle"))
        return alone(new VehicleDialog(m_db, m_actor, db::VehicleRecord{}));
    if (name == QLatin1String("import"))
        return alone(new ImportWizard(m_db, m_actor));
    if (name == QLatin1String("act-batch"))
        return alone(new ActBatchDialog(m_db, m_actor));
    if (name == QLatin1String("verify-act"))
        return alone(new VerifyActDialog(m_db));
    if (name == QLatin1String("about")) {
        auto *box = new QMessageBox(QMessageBox::NoIcon, MainWindow::tr("About Novoselye"),
                                    MainWindow::aboutText(), QMessageBox::Ok);
        box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
        return alone(box);
    }
    return {};
}

} // namespace nov
