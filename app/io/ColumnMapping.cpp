#include "io/ColumnMapping.h"

namespace nov {

QString ColumnMapping::normalise(const QString &header) {
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            out += c.toLower() == QChar(0x0451) ? QChar(0x0435) : c.toLower(); // ё → е
    }
    return out;
}

QHash<QString, int> ColumnMapping::map(const QList<ImportField> &fields,
                                       const QStringList &header) {
    QHash<QString, int> byName;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalise(header.at(i));
        if (!name.isEmpty() && !byName.contains(name))
            byName.insert(name, i);
    }
    QHash<QString, int> mapping;
    for (const ImportField &field : fields) {
        QStringList names = field.names;
        names << field.key << field.title;
        for (const QString &name : names) {
            const auto it = byName.constFind(normalise(name));
            if (it != byName.constEnd()) {
                mapping.insert(field.key, it.value());
                break;
            }
        }
    }
    return mapping;
}

QStringList ColumnMapping::missing(const QList<ImportField> &fields,
                                   const QHash<QString, int> &mapping) {
    QStringList out;
    for (const ImportField &field : fields)
        if (field.required && !mapping.contains(field.key))
            out << field.title;
    return out;
}

QStringList ColumnMapping::names(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *n : list)
        out << QString::fromUtf8(n);
    return out;
}

} // namespace nov
