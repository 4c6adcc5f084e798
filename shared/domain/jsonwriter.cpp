#include "jsonwriter.h"

#include <QLocale>
#include <charconv>
#include <cstring>

JsonWriter::JsonWriter(qsizetype expectedSize)
{
    grow(qMax<qsizetype>(expectedSize, 64));
}

void JsonWriter::grow(qsizetype bytes)
{
    const qsizetype needed = m_size + bytes;
    m_out.resize(qMax(needed, 2 * m_capacity));
    m_data = m_out.data();
    m_capacity = m_out.size();
}

void JsonWriter::put(const char *bytes, qsizetype count)
{
    reserveMore(count);
    std::memcpy(m_data + m_size, bytes, size_t(count));
    m_size += count;
}

const QByteArray &JsonWriter::data() const
{
    m_out.resize(m_size);
    m_data = m_out.data();
    m_capacity = m_size;
    return m_out;
}

QByteArray JsonWriter::take()
{
    m_out.resize(m_size);
    QByteArray out = std::move(m_out);
    m_out = QByteArray();
    m_data = nullptr;
    m_capacity = 0;
    m_size = 0;
    return out;
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last())
            put(',');
        m_first.last() = false;
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_first.append(true);
}

void JsonWriter::endObject()
{
    put('}');
    m_first.removeLast();
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_first.append(true);
}

void JsonWriter::endArray()
{
    put(']');
    m_first.removeLast();
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    reserveMore(name.size() + 3);
    m_data[m_size++] = '"';
    std::memcpy(m_data + m_size, name.data(), size_t(name.size()));
    m_size += name.size();
    m_data[m_size++] = '"';
    m_data[m_size++] = ':';
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
    // Room for the text and its quotes; escapes ask for more as they come.
    reserveMore(utf8.size() + 2);
    m_data[m_size++] = '"';
    // Copy runs of bytes that need no escaping in one go; escape the rest.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\' && u != 0x7f)
            continue;
        put(utf8.data() + runStart, i - runStart);
        runStart = i + 1;
        switch (u) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        case '\b':
            put("\\b", 2);
            break;
        case '\f':
            put("\\f", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            put(escape, sizeof escape);
        }
        }
    }
    put(utf8.data() + runStart, utf8.size() - runStart);
    put('"');
}

void JsonWriter::integer(qint64 value)
{
    beforeValue();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    put(digits, end - digits);
}

void JsonWriter::number(double value)
{
    beforeValue();
    const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    put(text.constData(), text.size());
}

void JsonWriter::money(qint64 cents)
{
    beforeValue();
    if (cents < 0) {
        put('-');
        cents = -cents;
    }
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, cents / 100).ptr;
    put(digits, end - digits);
    const qint64 fraction = cents % 100;
    if (fraction != 0) {
        put('.');
        put(char('0' + fraction / 10));
        if (fraction % 10 != 0)
            put(char('0' + fraction % 10));
    }
}

void JsonWriter::null()
{
    beforeValue();
    put("null", 4);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::raw(QByteArrayView json)
{
    beforeValue();
    put(json.constData(), json.size());
}
