#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
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

QString Translator::chooseLanguage(const QStringList &arguments) {
    const int i = int(arguments.indexOf(QStringLiteral("--lang")));
    if (i >= 0 && i + 1 < arguments.size())
        return arguments.at(i + 1);
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru")
                                                            : QStringLiteral("en");
}

void Translator::install(const QString &language) {
    auto *app = QCoreApplication::instance();
    auto *mine = new Translator(app);
    if (mine->loadLanguage(language))
        QCoreApplication::installTranslator(mine);
    else
        delete mine;
    QLocale::setDefault(
        QLocale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English,
                language == QLatin1String("ru") ? QLocale::Russia : QLocale::UnitedStates));
    // Qt's own dialogs (file dialogs, print preview, message box buttons).
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace nov
