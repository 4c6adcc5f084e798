#include "queryparameters.h"

#include "apierror.h"

#include <QSet>
#include <QUrl>

namespace {

// application/x-www-form-urlencoded decoding: '+' is a space, %XX a byte; the bytes must be UTF-8.
bool decodeComponent(QByteArray raw, QString *out)
{
    raw.replace('+', ' ');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isxdigit(uchar(raw.at(i + 1)))
            || !isxdigit(uchar(raw.at(i + 2))))
            return false;
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes || text.contains(QChar::Null))
        return false;
    *out = text;
    return true;
}

} // namespace

QueryParameters QueryParameters::parse(const QByteArray &rawQuery)
{
    QueryParameters params;
    if (rawQuery.isEmpty())
        return params;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QString name;
        QString value;
        if (!decodeComponent(eq < 0 ? pair : pair.left(eq), &name)) {
            throw ApiError(400, QStringLiteral("invalid-query"),
                QStringLiteral("A query parameter name is not valid percent-encoded UTF-8."),
                {{QStringLiteral("#/query"),
                    QStringLiteral("must be percent-encoded UTF-8 without NUL")}});
        }
        if (!decodeComponent(eq < 0 ? QByteArray() : pair.mid(eq + 1), &value)) {
            throw ApiError::badQuery(name.left(64),
                QStringLiteral("must be percent-encoded UTF-8 without NUL characters"));
        }
        params.m_items.append({name, value});
    }
    return params;
}

void QueryParameters::requireOnly(const QStringList &allowed) const
{
    QSet<QString> seen;
    for (const auto &[name, value] : m_items) {
        if (!allowed.contains(name)) {
            throw ApiError::badQuery(name,
                allowed.isEmpty()
                    ? QStringLiteral("is not supported here; this path takes no query parameters")
                    : QStringLiteral("is not supported here; use one of: %1")
                          .arg(allowed.join(QStringLiteral(", "))));
        }
        if (seen.contains(name))
            throw ApiError::badQuery(name, QStringLiteral("may be given only once"));
        seen.insert(name);
    }
}

bool QueryParameters::has(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString QueryParameters::value(const QString &name) const
{
    for (const auto &[itemName, itemValue] : m_items) {
        if (itemName == name)
            return itemValue;
    }
    return {};
}

int QueryParameters::integer(const QString &name, int defaultValue, int min, int max) const
{
    if (!has(name))
        return defaultValue;
    const QString text = value(name);
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    const bool digitsOnly = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() && c.unicode() < 128;
    });
    if (!ok || !digitsOnly || number < min || number > max)
        throw ApiError::badQuery(
            name, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
    return int(number);
}

QString QueryParameters::encodeWithout(const QStringList &names) const
{
    QStringList parts;
    for (const auto &[name, value] : m_items) {
        if (names.contains(name))
            continue;
        parts << QString::fromLatin1(
            QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    }
    return parts.join(u'&');
}
