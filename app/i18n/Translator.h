#pragma once

#include <QHash>
#include <QLocale>
#include <QTranslator>

namespace nov {

// Loads Novoselye's translation (and Qt's own) for the chosen language.
//
// lupdate names the context of a tr() call after the enclosing class, while helpers in
// anonymous namespaces translate with their file's class as context; when the two differ,
// this translator finds the message by its source text in the .ts it was compiled from.
class Translator : public QTranslator {
    Q_OBJECT

public:
    explicit Translator(QObject *parent = nullptr)
        : QTranslator(parent) {}

    // "ru" or "en"; returns false when the language is not available.
    bool loadLanguage(const QString &language);
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    // The languages Novoselye speaks: "ru", "en".
    static QStringList languages();
    // The value of --lang (or --lang=…) in `arguments`, empty when not given.
    static QString requestedLanguage(const QStringList &arguments);
    // The language to use: --lang, then the saved setting (ui/language), then the system
    // locale (Russian for a Russian locale, English otherwise).
    static QString chooseLanguage(const QStringList &arguments,
                                  const QLocale &system = QLocale::system());
    // Installs Novoselye's and Qt's translators into the application (replacing the ones an
    // earlier call installed) and makes the language's locale the default for formatting.
    // Returns false when Qt's own translation (qt6-translations-l10n) was not found.
    static bool install(const QString &language);

private:
    QHash<QByteArray, QByteArray> m_contextOf; // source text -> context in the .ts
};

} // namespace nov
