// Both translations are complete: every message finished, placeholders kept.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

struct Message {
    QString context, source, translation;
    bool unfinished = false;
    bool gone = false; // vanished or obsolete
};

QList<Message> readTs(const QString &path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            messages.append({context, {}, {}, false, false});
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            messages.last().unfinished = type == QLatin1String("unfinished");
            messages.last().gone =
                type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            messages.last().translation =
                xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.removeDuplicates();
    found.sort();
    return found;
}

void expectComplete(const char *language) {
    const QString path =
        QStringLiteral(NOVOSELYE_SOURCE_DIR "/resources/translations/novoselye_%1.ts")
            .arg(QLatin1String(language));
    const QList<Message> messages = readTs(path);
    EXPECT_GT(messages.size(), 100);
    for (const Message &m : messages) {
        SCOPED_TRACE((m.context + QStringLiteral(": ") + m.source).toStdString());
        EXPECT_FALSE(m.unfinished);
        EXPECT_FALSE(m.gone) << "remove messages the code no longer has";
        EXPECT_FALSE(m.translation.trimmed().isEmpty());
        EXPECT_EQ(placeholders(m.translation), placeholders(m.source));
    }
}

} // namespace

TEST(Translations, RussianIsComplete) {
    expectComplete("ru");
}
TEST(Translations, EnglishIsComplete) {
    expectComplete("en");
}
