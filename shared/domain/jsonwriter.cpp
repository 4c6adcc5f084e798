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
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
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
        default:
            if (u < 0x20 || u == 0x7f) {
                m_out += "\\u00";
                m_out += hex[u >> 4];
                m_out += hex[u & 0xf];
            } else {
                m_out += c;
            }
        }
    }
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
