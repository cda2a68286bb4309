// The acts in the window: the household card's Print action and the Verify act dialog.
#include "CaseFixture.h"
#include "certificates/VerifyActDialog.h"
#include "domain/CertificateService.h"
#include "household/HouseholdCard.h"

#include <QAction>
#include <QJsonObject>

using namespace nov;

namespace {

class CertificateUi : public test::CaseFixture {
protected:
    qint64 handedOverHousehold() {
        return value(QStringLiteral("SELECT household_id FROM key_handover WHERE handed_over_on "
                                    "IS NOT NULL ORDER BY id LIMIT 1"))
            .toLongLong();
    }
};

} // namespace

TEST_F(CertificateUi, TheCardOffersTheActOnlyOnceTheKeysAreHandedOver) {
    HouseholdCard done(*m_db, m_clerk, handedOverHousehold());
    auto *print = done.findChild<QAction *>(QStringLiteral("printAct"));
    ASSERT_NE(print, nullptr);
    EXPECT_TRUE(print->isEnabled());
    HouseholdCard fresh(*m_db, m_clerk, freshHousehold());
    EXPECT_FALSE(fresh.findChild<QAction *>(QStringLiteral("printAct"))->isEnabled());
}

TEST_F(CertificateUi, TheVerifyDialogShowsWhatAGenuineActCertified) {
    const qint64 handover = value(QStringLiteral("SELECT id FROM key_handover WHERE "
                                                 "household_id = ?"),
                                  {handedOverHousehold()})
                                .toLongLong();
    auto act =
        CertificateService(*m_db).act(m_clerk, {CertificateService::Kind::KeyHandover, handover});
    ASSERT_TRUE(act.ok()) << act.error().toText().toStdString();
    VerifyActDialog dialog(*m_db);
    dialog.verify(act->record.verificationCode);
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("Genuine")))
        << dialog.resultText().toStdString();
    const QString address = act->payload.value(QStringLiteral("apartment"))
                                .toObject()
                                .value(QStringLiteral("address"))
                                .toString();
    EXPECT_TRUE(dialog.resultText().contains(address));
    dialog.verify(QStringLiteral("7Q4M-2XHD-9KCF-T3PA"));
    EXPECT_TRUE(dialog.resultText().contains(QStringLiteral("NOT genuine")));
    EXPECT_FALSE(dialog.resultText().contains(address));
}
