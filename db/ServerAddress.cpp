#include "ServerAddress.h"

#include <QRegularExpression>
#include <QUrl>

namespace nov::db {

namespace {
QString decoded(const QString &part) {
    return QUrl::fromPercentEncoding(part.toUtf8());
}
QString encoded(const QString &part) {
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

bool ServerAddress::isServerUrl(const QString &location) {
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

ServerAddress ServerAddress::parse(const QString &location) {
    static const QRegularExpression pattern(QStringLiteral(
        R"(^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\d+))?/([^?/]+)(?:\?(.*))?$)"));
    ServerAddress a;
    const auto m = pattern.match(location);
    if (!m.hasMatch())
        return a;
    a.user = decoded(m.captured(1));
    a.password = decoded(m.captured(2));
    a.host = decoded(m.captured(3));
    if (!m.captured(4).isEmpty())
        a.port = m.captured(4).toInt();
    a.database = decoded(m.captured(5));
    QStringList options;
    const QStringList pairs = m.captured(6).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs)
        options << decoded(pair);
    a.options = options.join(QLatin1Char(';'));
    return a;
}

QString ServerAddress::toDisplayString() const {
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + QLatin1Char('@');
    url += encoded(host);
    if (port != 5432)
        url += QLatin1Char(':') + QString::number(port);
    return url + QLatin1Char('/') + encoded(database);
}

QString ServerAddress::urlFor(const QString &otherDatabase) const {
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        url += encoded(user);
        if (!password.isEmpty())
            url += QLatin1Char(':') + encoded(password);
        url += QLatin1Char('@');
    }
    url += encoded(host) + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') +
           encoded(otherDatabase);
    if (!options.isEmpty())
        url += QLatin1Char('?') + QString(options).replace(QLatin1Char(';'), QLatin1Char('&'));
    return url;
}

} // namespace nov::db
