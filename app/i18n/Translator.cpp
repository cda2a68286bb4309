#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QXmlStreamReader>

namespace nov {

bool Translator::loadLanguage(const QString &language) {
    if (!load(QStringLiteral(":/i18n/novoselye_%1.qm").arg(language)))
        return false;
    QFile ts(QStringLiteral(":/i18n/novoselye_%1.ts").arg(language));
    if (!ts.open(QIODevice::ReadOnly))
        return true;
    QXmlStreamReader xml(&ts);
    QByteArray context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText().toUtf8();
        else if (xml.name() == QLatin1String("source"))
            m_contextOf.insert(xml.readElementText().toUtf8(), context);
    }
    return true;
}

QString Translator::translate(const char *context, const char *sourceText,
                              const char *disambiguation, int n) const {
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (text.isEmpty()) {
        const auto it = m_contextOf.constFind(QByteArray(sourceText));
        if (it != m_contextOf.cend() && it.value() != context)
            text = QTranslator::translate(it.value().constData(), sourceText, disambiguation, n);
    }
    return text;
}

QStringList Translator::languages() {
    return {QStringLiteral("ru"), QStringLiteral("en")};
}

QString Translator::requestedLanguage(const QStringList &arguments) {
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == option)
            return arguments.value(i + 1);
        if (a.startsWith(option + QLatin1Char('=')))
            return a.mid(option.size() + 1);
    }
    return QString();
}

QString Translator::chooseLanguage(const QStringList &arguments, const QLocale &system) {
    const QString requested = requestedLanguage(arguments);
    if (!requested.isEmpty())
        return requested;
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (languages().contains(saved))
        return saved;
    return system.language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

bool Translator::install(const QString &language) {
    // The translators an earlier call installed (a test switching languages) go first.
    static QPointer<QTranslator> mine;
    static QPointer<QTranslator> qt;
    for (QTranslator *old : {mine.data(), qt.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    auto *app = QCoreApplication::instance();
    auto *own = new Translator(app);
    if (own->loadLanguage(language)) {
        QCoreApplication::installTranslator(own);
        mine = own;
    } else {
        delete own;
    }
    QLocale::setDefault(
        QLocale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                language == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));
    // Qt's own dialogs (file dialogs, print preview, message box and wizard buttons): qt_ru.qm
    // of qt6-translations-l10n, which pulls in qtbase_ru.qm (qt_en.qm: English plural forms).
    auto *base = new QTranslator(app);
    if (base->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base);
        qt = base;
        return true;
    }
    delete base;
    if (language == QLatin1String("en"))
        return true;
    qWarning("novoselye: Qt's own translation for '%s' not found in %s (qt6-translations-l10n)",
             qPrintable(language), qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return false;
}

} // namespace nov
