#include "httpresult.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool HttpResult::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> HttpResult::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    return headerValues(name).join(", ");
}

QByteArray HttpResult::mediaType() const
{
    QByteArray type = header("Content-Type");
    const int semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QJsonDocument HttpResult::json() const
{
    return QJsonDocument::fromJson(body);
}

QJsonObject HttpResult::object() const
{
    return json().object();
}

QJsonArray HttpResult::data() const
{
    return object().value(u"data"_s).toArray();
}

QMap<QString, QString> HttpResult::links() const
{
    QMap<QString, QString> result;
    const QString value = QString::fromUtf8(header("Link"));
    static const QRegularExpression entry(
        uR"re(<([^>]*)>\s*((?:;\s*[A-Za-z0-9*-]+\s*=\s*(?:"[^"]*"|[^;,\s]+)\s*)*))re"_s);
    static const QRegularExpression rel(uR"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+)))re"_s);
    auto it = entry.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto relMatch = rel.match(m.captured(2));
        if (!relMatch.hasMatch())
            continue;
        const QString rels
            = relMatch.captured(1).isEmpty() ? relMatch.captured(2) : relMatch.captured(1);
        for (const QString &r : rels.split(u' ', Qt::SkipEmptyParts))
            result.insert(r, m.captured(1));
    }
    return result;
}

QString HttpResult::describe() const
{
    QString text = u"HTTP %1"_s.arg(status);
    if (!error.isEmpty())
        text += u" (error: %1)"_s.arg(error);
    QByteArray shown = body.left(600);
    if (body.size() > shown.size())
        shown += "...";
    text += u" body: %1"_s.arg(QString::fromUtf8(shown));
    return text;
}

static bool decodeChunked(const QByteArray &in, QByteArray *out)
{
    int pos = 0;
    out->clear();
    while (true) {
        const int lineEnd = in.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = in.mid(pos, lineEnd - pos);
        const int ext = sizeText.indexOf(';');
        if (ext >= 0)
            sizeText.truncate(ext);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return false;
        pos = lineEnd + 2;
        if (size == 0)
            return in.indexOf("\r\n", pos) >= 0; // trailers end with an empty line
        if (in.size() < pos + size + 2)
            return false;
        out->append(in.mid(pos, size));
        pos += size + 2;
    }
}

HttpResult HttpResult::fromRaw(const QByteArray &raw, bool headRequest, bool *complete)
{
    HttpResult result;
    result.raw = raw;
    if (complete)
        *complete = false;
    const int headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return result;
    const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.at(0).startsWith("HTTP/"))
        return result;
    result.status = statusLine.at(1).toInt();
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        result.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray rest = raw.mid(headerEnd + 4);
    if (headRequest || result.status == 204 || result.status == 304
        || (result.status >= 100 && result.status < 200)) {
        if (complete)
            *complete = true;
        return result;
    }
    if (result.header("Transfer-Encoding").toLower().contains("chunked")) {
        const bool done = decodeChunked(rest, &result.body);
        if (complete)
            *complete = done;
        return result;
    }
    if (result.hasHeader("Content-Length")) {
        const qint64 length = result.header("Content-Length").toLongLong();
        result.body = rest.left(length);
        if (complete)
            *complete = rest.size() >= length;
        return result;
    }
    // No framing: the body runs until the server closes the connection.
    result.body = rest;
    return result;
}
