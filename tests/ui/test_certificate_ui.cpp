// The acts in the window: the household card's Print action and the Verify act dialog.
#include "CaseFixture.h"
#include "certificates/ActPrinting.h"
#include "certificates/VerifyActDialog.h"
#include "domain/CertificateService.h"
#include "household/HouseholdCard.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProgressDialog>
#include <QTimer>

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

// Acts of a building into one PDF: a progress bar whose Cancel leaves no file and counts no
// print; without Cancel, one page per act, each counted.
TEST_F(CertificateUi, ABatchShowsProgressAndCanBeCancelled) {
    const qint64 building =
        value(QStringLiteral("SELECT a.building_id FROM key_handover k JOIN apartment a ON a.id = "
                             "k.new_apartment_id WHERE k.handed_over_on IS NOT NULL GROUP BY 1 "
                             "ORDER BY COUNT(*) DESC LIMIT 1"))
            .toLongLong();
    auto sources = CertificateService(*m_db).actsOfBuilding(building);
    ASSERT_TRUE(sources.ok());
    ASSERT_GT(sources->size(), 3);
    const QString cancelled = m_dir.path(QStringLiteral("cancelled.pdf"));
    // Cancel as soon as the progress bar is on screen (the batch runs the events between acts).
    bool sawProgress = false;
    QTimer canceller;
    QObject::connect(&canceller, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (progress && progress->isVisible() && !sawProgress) {
                sawProgress = true;
                progress->cancel();
            }
        }
    });
    canceller.start(0);
    EXPECT_FALSE(ActPrinting::writeBatch(nullptr, *m_db, m_clerk, sources.value(), cancelled));
    canceller.stop();
    EXPECT_TRUE(sawProgress);
    EXPECT_FALSE(QFile::exists(cancelled));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE last_printed_at IS NOT "
                                   "NULL"))
                  .toInt(),
              0);

    const QString written = m_dir.path(QStringLiteral("building.pdf"));
    ASSERT_TRUE(ActPrinting::writeBatch(nullptr, *m_db, m_clerk, sources.value(), written));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {written});
    ASSERT_TRUE(info.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QStringLiteral("Pages:           %1\n").arg(sources->size())));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM certificate WHERE last_printed_at IS NOT "
                                   "NULL"))
                  .toInt(),
              sources->size());
}
