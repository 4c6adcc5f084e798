#include "jsonwriter.h"

#include <QLocale>

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            m_out += ',';
        m_first.last() = false;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_first.append(true);
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_first.removeLast();
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_first.append(true);
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_first.removeLast();
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out += '"';
    m_out += QByteArrayView(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::string(const QString &text)
{
    stringUtf8(text.toUtf8());
}

void JsonWriter::stringUtf8(QByteArrayView utf8)
{
    beforeValue();
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    // Copy runs of bytes that need no escaping in one go; escape the rest.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\' && u != 0x7f)
            continue;
        m_out.append(utf8.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(utf8.data() + runStart, utf8.size() - runStart);
    m_out += '"';
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::number(double value)
{
    beforeValue();
    m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::money(qint64 cents)
{
    beforeValue();
    if (cents < 0) {
        m_out += '-';
        cents = -cents;
    }
    m_out += QByteArray::number(cents / 100);
    const qint64 fraction = cents % 100;
    if (fraction != 0) {
        m_out += '.';
        m_out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            m_out += char('0' + fraction % 10);
    }
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::raw(const QByteArray &json)
{
    beforeValue();
    m_out += json;
}
