#include "CertificateService.h"

#include "Database.h"
#include "SettingsRepository.h"
#include "Transaction.h"
#include "auth/AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <sodium.h>

namespace nov {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("nov::CertificateService", text);
}

using Record = db::CertificateRepository::Record;

const QString kSecretKey = QStringLiteral("certificate_secret");
const QString kQrPrefix = QStringLiteral("NOVOSELYE");
// Crockford's base32: no I, L, O, U, so a code read aloud or typed is unambiguous.
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeChars = 16; // 80 bits
constexpr int kGiftKeyCount = 2;

QString iso(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString area(double value) {
    return QString::number(value, 'f', 1);
}

QByteArray canonical(const QJsonObject &payload) {
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QJsonObject keyPayload(const db::CertificateRepository::HandoverFacts &f) {
    return {
        {QStringLiteral("kind"), QStringLiteral("key_handover")},
        {QStringLiteral("date"), iso(f.handedOverOn)},
        {QStringLiteral("city"), QStringLiteral("Москва")},
        {QStringLiteral("case_number"), f.caseNumber},
        {QStringLiteral("contract"),
         QJsonObject{{QStringLiteral("number"), f.contractNumber},
                     {QStringLiteral("type"), f.contractType},
                     {QStringLiteral("signed_on"), iso(f.contractSignedOn)}}},
        {QStringLiteral("apartment"),
         QJsonObject{{QStringLiteral("address"), f.address},
                     {QStringLiteral("district"), f.district},
                     {QStringLiteral("district_en"), f.districtEn},
                     {QStringLiteral("okrug"), f.okrug},
                     {QStringLiteral("okrug_en"), f.okrugEn},
                     {QStringLiteral("number"), f.apartmentNumber},
                     {QStringLiteral("floor"), f.floor},
                     {QStringLiteral("rooms"), f.rooms},
                     {QStringLiteral("total_area"), area(f.totalArea)},
                     {QStringLiteral("living_area"), area(f.livingArea)},
                     {QStringLiteral("cadastral_number"), f.cadastralNumber}}},
        {QStringLiteral("old_apartment"),
         QJsonObject{{QStringLiteral("address"), f.oldAddress},
                     {QStringLiteral("number"), f.oldApartmentNumber}}},
        {QStringLiteral("key_sets"), f.keySets},
        {QStringLiteral("residents_count"), f.residentsCount},
        {QStringLiteral("residents"), QJsonArray::fromStringList(f.residents)},
        {QStringLiteral("clerk"), f.clerkName},
    };
}

QJsonObject giftPayload(const db::CertificateRepository::GiftFacts &f) {
    return {
        {QStringLiteral("kind"), QStringLiteral("vehicle_gift")},
        {QStringLiteral("date"), iso(f.handedOverOn)},
        {QStringLiteral("city"), QStringLiteral("Москва")},
        {QStringLiteral("case_number"), f.caseNumber},
        {QStringLiteral("recipient"), f.recipient},
        {QStringLiteral("milestone"),
         QJsonObject{{QStringLiteral("target"), f.target},
                     {QStringLiteral("title"), f.title},
                     {QStringLiteral("reached_on"), iso(f.reachedOn)}}},
        {QStringLiteral("vehicle"),
         QJsonObject{{QStringLiteral("model"), f.model},
                     {QStringLiteral("powertrain"), f.powertrain},
                     {QStringLiteral("engine"), f.engine},
                     {QStringLiteral("colour"), f.colour},
                     {QStringLiteral("vin"), f.vin},
                     {QStringLiteral("production_no"), f.productionNo},
                     {QStringLiteral("epts_number"), f.eptsNumber},
                     {QStringLiteral("produced_on"), iso(f.producedOn)}}},
        {QStringLiteral("key_count"), kGiftKeyCount},
    };
}

} // namespace

QString CertificateService::Act::qrText() const {
    // The ASCII form of the number: АКТ-К-… → K-…, АКТ-А-… → A-….
    const QString tail = record.number.section(QLatin1Char('-'), 2);
    const QString letter =
        record.kind == QLatin1String("key_handover") ? QStringLiteral("K") : QStringLiteral("A");
    return QStringLiteral("%1 %2-%3 %4").arg(kQrPrefix, letter, tail, record.verificationCode);
}

QString CertificateService::kindName(Kind kind) {
    return kind == Kind::KeyHandover ? QStringLiteral("key_handover")
                                     : QStringLiteral("vehicle_gift");
}

QString CertificateService::number(Kind kind, int year, int seq) {
    return QStringLiteral("АКТ-%1-%2-%3")
        .arg(kind == Kind::KeyHandover ? QStringLiteral("К") : QStringLiteral("А"))
        .arg(year)
        .arg(seq, 6, 10, QLatin1Char('0'));
}

QString CertificateService::normalizeCode(const QString &text) {
    QString raw;
    for (QChar c : text.toUpper()) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())))
            return QString();
        raw += c;
    }
    if (raw.size() != kCodeChars)
        return QString();
    for (int i = 12; i > 0; i -= 4)
        raw.insert(i, QLatin1Char('-'));
    return raw;
}

QString CertificateService::codeFor(const QByteArray &secret, const QByteArray &payload) {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(secret.constData()),
                                size_t(secret.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(payload.constData()),
                                  quint64(payload.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    QString code;
    quint64 bits = 0;
    int have = 0;
    for (int i = 0; code.size() < kCodeChars; ++i) {
        bits = (bits << 8) | mac[i];
        have += 8;
        while (have >= 5 && code.size() < kCodeChars) {
            have -= 5;
            code += QLatin1Char(kAlphabet[(bits >> have) & 31]);
        }
    }
    return normalizeCode(code);
}

Result<QByteArray> CertificateService::secret(db::Database &db) {
    db::SettingsRepository settings(db);
    auto stored = settings.value(kSecretKey);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return QByteArray::fromHex(stored->value().toLatin1());
    if (sodium_init() < 0)
        return Error{tr("The cryptography library could not start."), QString(),
                     tr("Reinstall Novoselye.")};
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    NOV_RETURN_IF_ERROR(settings.setValue(kSecretKey, QString::fromLatin1(key.toHex())));
    return key;
}

Result<Record> CertificateService::store(db::Database &db, const Actor &actor, Kind kind,
                                         qint64 sourceId, const QDate &on, QJsonObject payload) {
    db::CertificateRepository repo(db);
    auto seq = repo.nextSeq(kindName(kind), on.year());
    if (!seq)
        return seq.error();
    auto key = secret(db);
    if (!key)
        return key.error();
    Record r;
    r.kind = kindName(kind);
    r.year = on.year();
    r.seq = seq.value();
    r.number = number(kind, r.year, r.seq);
    r.issuedOn = on;
    (kind == Kind::KeyHandover ? r.keyHandoverId : r.milestoneId) = sourceId;
    payload.insert(QStringLiteral("number"), r.number);
    r.payload = QString::fromUtf8(canonical(payload));
    r.verificationCode = codeFor(key.value(), r.payload.toUtf8());
    auto id = repo.insert(r);
    if (!id)
        return id.error();
    r.id = id.value();
    NOV_RETURN_IF_ERROR(AuditLog::record(db, actor, QStringLiteral("certificate.issue"),
                                         QStringLiteral("certificate"), r.id,
                                         {{QStringLiteral("number"), r.number},
                                          {QStringLiteral("kind"), r.kind},
                                          {QStringLiteral("source_id"), sourceId}}));
    return r;
}

Result<Record> CertificateService::issueKeyAct(db::Database &db, const Actor &actor,
                                               qint64 keyHandoverId) {
    db::CertificateRepository repo(db);
    auto found = repo.byHandover(keyHandoverId);
    if (!found)
        return found.error();
    if (found->has_value())
        return found->value();
    auto facts = repo.handoverFacts(keyHandoverId);
    if (!facts)
        return facts.error();
    if (!facts->handedOverOn.isValid())
        return Error{tr("The keys have not been handed over yet, so there is no act to print."),
                     tr("case %1").arg(facts->caseNumber), tr("Record the key handover first.")};
    return store(db, actor, Kind::KeyHandover, keyHandoverId, facts->handedOverOn,
                 keyPayload(facts.value()));
}

Result<Record> CertificateService::issueGiftAct(db::Database &db, const Actor &actor,
                                                qint64 milestoneId) {
    db::CertificateRepository repo(db);
    auto found = repo.byMilestone(milestoneId);
    if (!found)
        return found.error();
    if (found->has_value())
        return found->value();
    auto facts = repo.giftFacts(milestoneId);
    if (!facts)
        return facts.error();
    return store(db, actor, Kind::VehicleGift, milestoneId, facts->handedOverOn,
                 giftPayload(facts.value()));
}

QDate CertificateService::today() const {
    return m_today.isValid() ? m_today : QDate::currentDate();
}

Result<CertificateService::Act> CertificateService::load(const Source &source, const Actor &actor) {
    auto record = source.kind == Kind::KeyHandover ? issueKeyAct(m_db, actor, source.id)
                                                   : issueGiftAct(m_db, actor, source.id);
    if (!record)
        return record.error();
    Act act;
    act.record = record.value();
    act.payload = QJsonDocument::fromJson(act.record.payload.toUtf8()).object();
    act.copy = !act.record.lastPrintedAt.isEmpty();
    if (act.copy)
        act.copyPrintedOn = today();
    return act;
}

Result<QList<CertificateService::Act>> CertificateService::acts(const Actor &actor,
                                                                const QList<Source> &sources) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::PrintActs, tr("Printing acts")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    QList<Act> list;
    list.reserve(sources.size());
    for (const Source &source : sources) {
        auto act = load(source, actor);
        if (!act)
            return act.error();
        list << act.value();
    }
    NOV_RETURN_IF_ERROR(tx.commit());
    return list;
}

Result<CertificateService::Act> CertificateService::act(const Actor &actor, const Source &source) {
    auto list = acts(actor, {source});
    if (!list)
        return list.error();
    return list->first();
}

Status CertificateService::recordPrinted(const Actor &actor, const QList<Act> &acts) {
    NOV_RETURN_IF_ERROR(actor.require(Permission::PrintActs, tr("Printing acts")));
    db::Transaction tx(m_db);
    if (!tx.begun())
        return tx.error();
    db::CertificateRepository repo(m_db);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Act &act : acts) {
        // The state now, not when the preview opened: a copy stays a copy.
        auto now = repo.byId(act.record.id);
        if (!now)
            return now.error();
        if (!now->has_value())
            return Error{tr("The act is no longer stored."), act.record.number,
                         tr("Print it again.")};
        const bool reprint = !now->value().lastPrintedAt.isEmpty();
        NOV_RETURN_IF_ERROR(repo.markPrinted(act.record.id, reprint, at));
        NOV_RETURN_IF_ERROR(AuditLog::record(
            m_db, actor,
            reprint ? QStringLiteral("certificate.reprint") : QStringLiteral("certificate.print"),
            QStringLiteral("certificate"), act.record.id,
            {{QStringLiteral("number"), act.record.number},
             {QStringLiteral("print_count"), now->value().printCount + (reprint ? 1 : 0)}}));
    }
    return tx.commit();
}

Result<QList<CertificateService::Source>> CertificateService::actsOfDay(const QDate &day) {
    db::CertificateRepository repo(m_db);
    auto keys = repo.handoversOn(day);
    if (!keys)
        return keys.error();
    auto gifts = repo.giftsOn(day);
    if (!gifts)
        return gifts.error();
    QList<Source> list;
    for (qint64 id : keys.value())
        list.append({Kind::KeyHandover, id});
    for (qint64 id : gifts.value())
        list.append({Kind::VehicleGift, id});
    return list;
}

Result<QList<CertificateService::Source>> CertificateService::actsOfBuilding(qint64 buildingId) {
    auto keys = db::CertificateRepository(m_db).handoversInBuilding(buildingId);
    if (!keys)
        return keys.error();
    QList<Source> list;
    for (qint64 id : keys.value())
        list.append({Kind::KeyHandover, id});
    return list;
}

Result<CertificateService::Verification> CertificateService::verify(const QString &codeOrQr) {
    Verification v;
    // A QR text is "NOVOSELYE K-2026-000123 XXXX-XXXX-XXXX-XXXX"; a typed code is the last part.
    const QStringList words = codeOrQr.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool fromQr = words.size() == 3 && words.first() == kQrPrefix;
    const QString code = normalizeCode(fromQr ? words.at(2) : codeOrQr);
    if (code.isEmpty()) {
        v.reason = tr("This is not a verification code: it has 16 letters and digits, "
                      "like 7Q4M-2XHD-9KCF-T3PA.");
        return v;
    }
    db::CertificateRepository repo(m_db);
    auto found = repo.byCode(code);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        v.reason = tr("No act was issued with the code %1: the act is not genuine or the code "
                      "was misread.")
                       .arg(code);
        return v;
    }
    auto key = secret(m_db);
    if (!key)
        return key.error();
    const Record &r = found->value();
    if (codeFor(key.value(), r.payload.toUtf8()) != code) {
        v.reason =
            tr("The stored content of act %1 was changed after it was issued.").arg(r.number);
        return v;
    }
    v.act.record = r;
    v.act.payload = QJsonDocument::fromJson(r.payload.toUtf8()).object();
    if (fromQr && Act(v.act).qrText() != codeOrQr.simplified()) {
        v.reason =
            tr("The code belongs to act %1, not to the number in the QR code.").arg(r.number);
        v.act = Act();
        return v;
    }
    v.genuine = true;
    return v;
}

} // namespace nov
