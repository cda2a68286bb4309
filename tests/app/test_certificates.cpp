// Key-handover and gift acts: numbering, snapshot and reprint, verification, PDF text.
#include "CertificateRepository.h"
#include "SettingsRepository.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "domain/CertificateService.h"
#include "domain/HandoverActPrinter.h"
#include "domain/RelocationService.h"
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <thread>

using namespace nov;
using Kind = CertificateService::Kind;

namespace {

const QDate kToday(2026, 11, 27);
// A fixed office secret, so verification codes (and the golden texts) are reproducible.
const QString kSecret =
    QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr) {
    QProcess p;
    p.start(program, arguments);
    EXPECT_TRUE(p.waitForFinished(120000)) << program.toStdString();
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf) {
    QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// An A4 portrait page and every font embedded (Cyrillic prints the same on any machine).
void expectA4WithEmbeddedFonts(const QString &pdf) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x "
                                                                "84[12](\\.\\d+)? pts \\(A4\\)"))))
        << info.toStdString();
    // pdffonts: name, type, encoding, then "emb sub uni" as yes/no
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), QStringLiteral("yes"))
            << "not embedded: " << line.toStdString();
    }
    EXPECT_GT(fonts, 0);
}

// Switches the act's language as the UI's would be.
class Language {
public:
    explicit Language(const QString &language) {
        if (language == QLatin1String("ru")) {
            EXPECT_TRUE(m_translator.loadLanguage(language));
            QCoreApplication::installTranslator(&m_translator);
            QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }
    ~Language() {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    Translator m_translator;
};

class Certificates : public ::testing::Test {
protected:
    void SetUp() override {
        path = test::smallDemo(dir);
        db = test::openDatabase(path);
        ASSERT_TRUE(db);
        ASSERT_TRUE(
            db::SettingsRepository(*db).setValue(QStringLiteral("certificate_secret"), kSecret));
        service = std::make_unique<CertificateService>(*db);
        service->setToday(kToday);
        clerk = user(QStringLiteral("clerk"), Role::Clerk);
        manager = user(QStringLiteral("manager"), Role::Manager);
        auditor = user(QStringLiteral("auditor"), Role::Auditor);
    }

    Actor user(const QString &login, Role role) {
        return Actor{
            test::scalar(*db,
                         QStringLiteral("SELECT id FROM app_user WHERE login = '%1'").arg(login))
                .toLongLong(),
            login, role};
    }

    QList<qint64> handovers(int limit) {
        QList<qint64> ids;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT id FROM key_handover WHERE handed_over_on IS NOT NULL "
                              "ORDER BY id LIMIT %1")
                   .arg(limit));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    CertificateService::Act act(Kind kind, qint64 id) {
        auto a = service->act(clerk, {kind, id});
        EXPECT_TRUE(a.ok()) << a.error().toText().toStdString();
        return a.ok() ? a.value() : CertificateService::Act();
    }

    QString writePdf(const QList<CertificateService::Act> &acts, const QString &name) {
        const QString pdf = dir.path(name);
        auto written = HandoverActPrinter::writePdf(pdf, acts);
        EXPECT_TRUE(written.ok()) << written.error().toText().toStdString();
        return pdf;
    }

    void expectGolden(const QString &text, const QString &name) {
        const QString file =
            QStringLiteral(NOVOSELYE_SOURCE_DIR "/tests/data/certificates/") + name;
        if (qEnvironmentVariableIsSet("NOVOSELYE_UPDATE_GOLDEN")) {
            test::writeFile(file, text.toUtf8());
            return;
        }
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        EXPECT_EQ(text, QString::fromUtf8(f.readAll())) << name.toStdString();
    }

    test::TempDir dir;
    QString path;
    std::unique_ptr<db::Database> db;
    std::unique_ptr<CertificateService> service;
    Actor clerk, manager, auditor;
};

} // namespace

TEST_F(Certificates, NumbersFollowTheSchemePerKindAndYear) {
    const QList<qint64> ids = handovers(3);
    ASSERT_EQ(ids.size(), 3);
    const auto first = act(Kind::KeyHandover, ids.at(0));
    const auto second = act(Kind::KeyHandover, ids.at(1));
    const auto gift = act(Kind::VehicleGift, 1);
    const int year = first.record.issuedOn.year();
    EXPECT_EQ(first.record.number, QStringLiteral("АКТ-К-%1-000001").arg(year));
    EXPECT_EQ(second.record.number.left(11), QStringLiteral("АКТ-К-%1-").arg(year).left(11));
    // a gift act is numbered in the year of the gift (the first one of that year here)
    const int giftYear =
        test::scalar(*db, QStringLiteral("SELECT gift_handed_over_on FROM milestone WHERE id = 1"))
            .toDate()
            .year();
    EXPECT_EQ(gift.record.number, QStringLiteral("АКТ-А-%1-000001").arg(giftYear));
    // Asking again gives the same act, not a new number.
    EXPECT_EQ(act(Kind::KeyHandover, ids.at(0)).record.number, first.record.number);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate")).toInt(), 3);
}

TEST_F(Certificates, AKeyHandoverGetsItsActInTheSameTransaction) {
    const qint64 household =
        test::scalar(*db, QStringLiteral("SELECT h.id FROM household h JOIN key_handover k ON "
                                         "k.household_id = h.id WHERE h.status = "
                                         "'contract_signed' AND k.handed_over_on IS NULL "
                                         "ORDER BY h.id LIMIT 1"))
            .toLongLong();
    ASSERT_GT(household, 0);
    RelocationService relocation(*db);
    relocation.setToday(kToday);
    auto outcome = relocation.recordKeyHandover(clerk, household, kToday, 3);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toText().toStdString();
    EXPECT_EQ(outcome->actNumber, QStringLiteral("АКТ-К-2026-000001"));
    auto stored = db::CertificateRepository(*db).byHandover(outcome->keyHandoverId);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ(stored->value().number, outcome->actNumber);
    EXPECT_TRUE(stored->value().payload.contains(QStringLiteral("\"key_sets\":3")));
    EXPECT_TRUE(stored->value().lastPrintedAt.isEmpty()); // issued, not yet printed
}

TEST_F(Certificates, AGiftActIsIssuedInTheCallersTransactionAndRolledBackWithIt) {
    const QString expected =
        QStringLiteral("АКТ-А-%1-000001")
            .arg(test::scalar(*db, QStringLiteral("SELECT gift_handed_over_on FROM milestone "
                                                  "WHERE id = 2"))
                     .toString()
                     .left(4)); // ISO text on SQLite, a QDate (ISO as text) on PostgreSQL
    {
        db::Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        auto issued = CertificateService::issueGiftAct(*db, manager, 2);
        ASSERT_TRUE(issued.ok()) << issued.error().toText().toStdString();
        EXPECT_EQ(issued->number, expected);
        // tx rolls back: the gift handover failed after the act was numbered
    }
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate")).toInt(), 0);
    db::Transaction tx(*db);
    ASSERT_TRUE(tx.begun());
    auto issued = CertificateService::issueGiftAct(*db, manager, 2);
    ASSERT_TRUE(issued.ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(issued->number, expected); // no gap left behind
    EXPECT_TRUE(issued->payload.contains(QStringLiteral("\"vin\":")));
    // A milestone whose car has not been handed over has no act.
    db::Transaction again(*db);
    auto none = CertificateService::issueGiftAct(*db, manager, 5);
    EXPECT_FALSE(none.ok());
}

TEST_F(Certificates, ConcurrentIssuingLeavesNoGapAndNoDuplicate) {
    const QList<qint64> ids = handovers(60);
    ASSERT_EQ(ids.size(), 60);
    auto worker = [&](int parity, QStringList *errors) {
        auto mine = db::Database::open(path);
        if (!mine) {
            *errors << mine.error().toText();
            return;
        }
        CertificateService s(*mine.value());
        for (int i = parity; i < ids.size(); i += 2) {
            auto a = s.act(clerk, {Kind::KeyHandover, ids.at(i)});
            if (!a)
                *errors << a.error().toText();
        }
    };
    QStringList errorsA, errorsB;
    std::thread a(worker, 0, &errorsA), b(worker, 1, &errorsB);
    a.join();
    b.join();
    EXPECT_TRUE(errorsA.isEmpty()) << errorsA.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(errorsB.isEmpty()) << errorsB.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate")).toInt(), 60);
    // Per (kind, year) the numbers are exactly 1..n.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT year, COUNT(*), COUNT(DISTINCT seq), MIN(seq), "
                                      "MAX(seq) FROM certificate GROUP BY kind, year")));
    int groups = 0;
    while (q.next()) {
        ++groups;
        EXPECT_EQ(q.value(1).toInt(), q.value(2).toInt()) << "duplicate in " << q.value(0).toInt();
        EXPECT_EQ(q.value(3).toInt(), 1);
        EXPECT_EQ(q.value(4).toInt(), q.value(1).toInt()) << "gap in " << q.value(0).toInt();
    }
    EXPECT_GT(groups, 0);
}

TEST_F(Certificates, AReprintIsTheSnapshotMarkedAsACopyAndCounted) {
    const qint64 id = handovers(1).first();
    const auto original = act(Kind::KeyHandover, id);
    EXPECT_FALSE(original.copy);
    ASSERT_TRUE(service->recordPrinted(clerk, {original}).ok());
    const QString originalText = pdfText(writePdf({original}, QStringLiteral("original.pdf")));
    // The records change after the handover: the act does not.
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE apartment SET total_area = 99.9 WHERE id = "
                                               "(SELECT new_apartment_id FROM key_handover "
                                               "WHERE id = %1)")
                                    .arg(id)));
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE resident SET last_name = 'Изменённая' "
                                               "WHERE household_id = (SELECT household_id FROM "
                                               "key_handover WHERE id = %1)")
                                    .arg(id)));
    const auto reprint = act(Kind::KeyHandover, id);
    EXPECT_TRUE(reprint.copy);
    EXPECT_EQ(reprint.copyPrintedOn, kToday);
    EXPECT_EQ(reprint.payload, original.payload);
    EXPECT_EQ(reprint.record.verificationCode, original.record.verificationCode);
    ASSERT_TRUE(service->recordPrinted(clerk, {reprint}).ok());
    const QString copyText = pdfText(writePdf({reprint}, QStringLiteral("copy.pdf")));
    EXPECT_TRUE(
        copyText.startsWith(QStringLiteral("КОПИЯ / DUPLICATE — reprinted on 11/27/2026\n")))
        << copyText.toStdString();
    EXPECT_EQ(copyText.section(QLatin1Char('\n'), 1), originalText);
    EXPECT_FALSE(copyText.contains(QStringLiteral("Изменённая")));
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT print_count FROM certificate")).toInt(), 2);
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                               "('certificate.print', 'certificate.reprint')"))
                  .toInt(),
              2);
}

TEST_F(Certificates, PrintingNeedsThePrintActsRight) {
    auto refused = service->act(auditor, {Kind::KeyHandover, handovers(1).first()});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM certificate")).toInt(), 0);
}

TEST_F(Certificates, KeyActTextInRussianAndEnglish) {
    const auto a = act(Kind::KeyHandover, handovers(1).first());
    {
        Language ru(QStringLiteral("ru"));
        expectGolden(pdfText(writePdf({a}, QStringLiteral("key-ru.pdf"))),
                     QStringLiteral("key-act-ru.txt"));
        expectA4WithEmbeddedFonts(dir.path(QStringLiteral("key-ru.pdf")));
    }
    Language en(QStringLiteral("en"));
    const QString english = pdfText(writePdf({a}, QStringLiteral("key-en.pdf")));
    expectGolden(english, QStringLiteral("key-act-en.txt"));
    expectA4WithEmbeddedFonts(dir.path(QStringLiteral("key-en.pdf")));
    // the okrug in English too, not only the district
    const QString okrug =
        test::scalar(*db, QStringLiteral("SELECT o.name_en FROM key_handover k JOIN apartment a ON "
                                         "a.id = k.new_apartment_id JOIN building b ON b.id = "
                                         "a.building_id JOIN district d ON d.id = b.district_id "
                                         "JOIN okrug o ON o.code = d.okrug_code WHERE k.id = %1")
                              .arg(handovers(1).first()))
            .toString();
    EXPECT_TRUE(english.contains(okrug)) << okrug.toStdString();
}

TEST_F(Certificates, GiftActTextInRussianAndEnglish) {
    const auto a = act(Kind::VehicleGift, 1);
    {
        Language ru(QStringLiteral("ru"));
        expectGolden(pdfText(writePdf({a}, QStringLiteral("gift-ru.pdf"))),
                     QStringLiteral("gift-act-ru.txt"));
        expectA4WithEmbeddedFonts(dir.path(QStringLiteral("gift-ru.pdf")));
    }
    Language en(QStringLiteral("en"));
    expectGolden(pdfText(writePdf({a}, QStringLiteral("gift-en.pdf"))),
                 QStringLiteral("gift-act-en.txt"));
    expectA4WithEmbeddedFonts(dir.path(QStringLiteral("gift-en.pdf")));
}

TEST_F(Certificates, ABatchHasOneActPerPage) {
    auto sources = service->actsOfDay(QDate(2024, 1, 9));
    ASSERT_TRUE(sources.ok());
    ASSERT_EQ(sources->size(), 2);
    auto acts = service->acts(clerk, sources.value());
    ASSERT_TRUE(acts.ok());
    const QString pdf = writePdf(acts.value(), QStringLiteral("day.pdf"));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))))
        << info.toStdString();
    // Cancelled after the first act: no file.
    auto cancelled = HandoverActPrinter::writePdf(dir.path(QStringLiteral("cancel.pdf")),
                                                  acts.value(), [](int) { return false; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("cancel.pdf"))));
}

// The preview, the printer and PDF share HandoverActPrinter::paint, which takes the page from
// the device: a page size and orientation chosen in the preview (set on the session's
// printer) are what the printed pages get.
TEST_F(Certificates, ThePrintersPageSizeAndOrientationAreKept) {
    const auto a = act(Kind::KeyHandover, handovers(1).first());
    const QString pdf = dir.path(QStringLiteral("landscape.pdf"));
    auto printer = test::pdfPrinter(pdf, QPageSize::A5, QPageLayout::Landscape);
    ASSERT_TRUE(HandoverActPrinter::paint(*printer, {a, a}));
    printer.reset(); // the file is complete
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    // A5 landscape: 595 × 420 points, one act per page
    EXPECT_TRUE(info.contains(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 4(19|20)(\\.\\d+)? pts"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))))
        << info.toStdString();
    // the whole act is on the smaller page: its last line and the page numbers
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 2"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page 2 of 2")));
    EXPECT_TRUE(text.contains(a.record.verificationCode));
}

TEST_F(Certificates, TheQrCodeDecodesToACodeThatVerifies) {
    for (const auto &a :
         {act(Kind::KeyHandover, handovers(1).first()), act(Kind::VehicleGift, 1)}) {
        const QString pdf = writePdf({a}, QStringLiteral("qr.pdf"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
             QStringLiteral("-singlefile"), pdf, dir.path(QStringLiteral("qr"))});
        const QString qr =
            run(QStringLiteral("zbarimg"),
                {QStringLiteral("--raw"), QStringLiteral("-q"), dir.path(QStringLiteral("qr.png"))})
                .trimmed();
        EXPECT_EQ(qr, a.qrText());
        auto verified = service->verify(qr);
        ASSERT_TRUE(verified.ok());
        EXPECT_TRUE(verified->genuine) << verified->reason.toStdString();
        EXPECT_EQ(verified->act.record.number, a.record.number);
        EXPECT_EQ(verified->act.payload, a.payload);
    }
}

TEST_F(Certificates, ChangedOrMadeUpCodesAreRejected) {
    const auto a = act(Kind::KeyHandover, handovers(1).first());
    ASSERT_TRUE(service->verify(a.record.verificationCode)->genuine);
    // Typed in lower case without dashes still verifies.
    ASSERT_TRUE(
        service->verify(a.record.verificationCode.toLower().remove(QLatin1Char('-')))->genuine);
    QString changed = a.record.verificationCode;
    changed[0] = changed.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_FALSE(service->verify(changed)->genuine);
    EXPECT_FALSE(service->verify(QStringLiteral("0000-0000-0000-0000"))->genuine);
    EXPECT_FALSE(service->verify(QStringLiteral("hello"))->genuine);
    // A QR text whose number was changed.
    QString otherNumber = a.qrText();
    otherNumber.replace(QStringLiteral("-000001 "), QStringLiteral("-000002 "));
    EXPECT_FALSE(service->verify(otherNumber)->genuine);
    // The stored snapshot edited behind the program's back.
    ASSERT_TRUE(test::runs(*db, QStringLiteral("UPDATE certificate SET payload = "
                                               "replace(payload, '\"key_sets\":', "
                                               "'\"key_sets\":1') WHERE id = %1")
                                    .arg(a.record.id)));
    auto tampered = service->verify(a.record.verificationCode);
    EXPECT_FALSE(tampered->genuine);
    EXPECT_TRUE(tampered->reason.contains(QStringLiteral("changed")));
}

TEST_F(Certificates, CommandLinePrintsAndVerifies) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOVOSELYE_PASSWORD"), QStringLiteral("clerk-2018"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    const QString pdf = dir.path(QStringLiteral("cli.pdf"));
    p.start(QStringLiteral(NOVOSELYE_BINARY),
            {QStringLiteral("certificate"), QStringLiteral("--db"), path,
             QStringLiteral("--handover"), QString::number(handovers(1).first()),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--user"), QStringLiteral("clerk"),
             QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    const QString code =
        test::scalar(*db, QStringLiteral("SELECT verification_code FROM certificate")).toString();
    int exit = -1;
    const QString out = run(QStringLiteral(NOVOSELYE_BINARY),
                            {QStringLiteral("verify-certificate"), QStringLiteral("--db"), path,
                             QStringLiteral("--lang"), QStringLiteral("en"), code},
                            &exit);
    EXPECT_EQ(exit, 0);
    EXPECT_TRUE(out.contains(QStringLiteral("Genuine: act АКТ-К-"))) << out.toStdString();
    // in Russian: the date and the area as Russians write them
    const QString russian = run(QStringLiteral(NOVOSELYE_BINARY),
                                {QStringLiteral("verify-certificate"), QStringLiteral("--db"), path,
                                 QStringLiteral("--lang"), QStringLiteral("ru"), code},
                                &exit);
    EXPECT_EQ(exit, 0);
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QDate handedOver =
        test::scalar(*db, QStringLiteral("SELECT handed_over_on FROM key_handover WHERE id = %1")
                              .arg(handovers(1).first()))
            .toDate();
    const double area =
        test::scalar(*db, QStringLiteral("SELECT a.total_area FROM key_handover k JOIN apartment a "
                                         "ON a.id = k.new_apartment_id WHERE k.id = %1")
                              .arg(handovers(1).first()))
            .toDouble();
    EXPECT_TRUE(russian.contains(ru.toString(handedOver, QLocale::ShortFormat)))
        << russian.toStdString();
    EXPECT_TRUE(russian.contains(ru.toString(area, 'f', 1) + QStringLiteral(" м²")))
        << russian.toStdString();
    // all acts of a day into one PDF, one per page
    const QString day = dir.path(QStringLiteral("day.pdf"));
    p.start(QStringLiteral(NOVOSELYE_BINARY),
            {QStringLiteral("certificate"), QStringLiteral("--db"), path, QStringLiteral("--date"),
             QStringLiteral("2024-01-09"), QStringLiteral("--pdf"), day, QStringLiteral("--user"),
             QStringLiteral("clerk")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(run(QStringLiteral("pdfinfo"), {day})
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    run(QStringLiteral(NOVOSELYE_BINARY),
        {QStringLiteral("verify-certificate"), QStringLiteral("--db"), path,
         QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ")},
        &exit);
    EXPECT_EQ(exit, 1);
    // Without --user nothing is printed.
    p.start(QStringLiteral(NOVOSELYE_BINARY),
            {QStringLiteral("certificate"), QStringLiteral("--db"), path, QStringLiteral("--gift"),
             QStringLiteral("1"), QStringLiteral("--pdf"), dir.path(QStringLiteral("no.pdf"))});
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_NE(p.exitCode(), 0);
}
