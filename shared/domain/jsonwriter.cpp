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
    m_needsComma = false;
    return out;
}

void JsonWriter::beforeValue()
{
    // Every value but the first of its container follows a comma; a key has taken care of it
    // for the value after it.
    if (m_needsComma)
        put(',');
    m_needsComma = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    put('{');
    m_needsComma = false;
}

void JsonWriter::endObject()
{
    put('}');
    m_needsComma = true;
}

void JsonWriter::beginArray()
{
    beforeValue();
    put('[');
    m_needsComma = false;
}

void JsonWriter::endArray()
{
    put(']');
    m_needsComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    reserveMore(name.size() + 4);
    if (m_needsComma)
        m_data[m_size++] = ',';
    m_data[m_size++] = '"';
    std::memcpy(m_data + m_size, name.data(), size_t(name.size()));
    m_size += name.size();
    m_data[m_size++] = '"';
    m_data[m_size++] = ':';
    m_needsComma = false;
}

void JsonWriter::string(const QString &text)
{
    stringUtf8(text.toUtf8());
}

namespace {

// Whether any of the eight bytes in word needs escaping in a JSON string: a control character
// (below 0x20), '"', '\\' or DEL. Bit tricks on a whole word; a byte's test may also fire for
// the byte after a match (a borrow), which only sends that text to the escaping path.
Q_ALWAYS_INLINE bool wordNeedsEscape(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highBits = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 v) { return (v - ones) & ~v & highBits; };
    const quint64 below0x20 = (word - ones * 0x20) & ~word & highBits;
    return below0x20 | hasZeroByte(word ^ (ones * '"')) | hasZeroByte(word ^ (ones * '\\'))
        | hasZeroByte(word ^ (ones * 0x7f));
}

bool byteNeedsEscape(unsigned char u)
{
    return u < 0x20 || u == '"' || u == '\\' || u == 0x7f;
}

// Copies text to out if none of it needs escaping, which is true of almost every stored value,
// and says whether it did. Each word is stored as it is tested; out needs room for
// max(size, 8) bytes (a short text is stored as one whole word).
bool copyIfNoEscape(const char *text, qsizetype size, char *out)
{
    quint64 word;
    if (size < qsizetype(sizeof word)) {
        // Padded with a byte that needs no escape, to test the short text as one word.
        word = 0x2020202020202020ULL;
        if (size > 0) // text may be null then
            std::memcpy(&word, text, size_t(size));
        std::memcpy(out, &word, sizeof word);
        return !wordNeedsEscape(word);
    }
    qsizetype i = 0;
    for (; i + qsizetype(sizeof word) <= size; i += sizeof word) {
        std::memcpy(&word, text + i, sizeof word);
        if (wordNeedsEscape(word))
            return false;
        std::memcpy(out + i, &word, sizeof word);
    }
    if (i == size)
        return true;
    // The last bytes, as the (overlapping) last word.
    std::memcpy(&word, text + size - sizeof word, sizeof word);
    std::memcpy(out + size - sizeof word, &word, sizeof word);
    return !wordNeedsEscape(word);
}

} // namespace

void JsonWriter::stringUtf8(QByteArrayView utf8)
{
    const char *const text = utf8.data();
    const qsizetype size = utf8.size();
    // Room for a comma, the text (at least a word, see copyIfNoEscape) and its quotes; escapes
    // ask for more as they come.
    reserveMore(qMax<qsizetype>(size, sizeof(quint64)) + 3);
    if (m_needsComma)
        m_data[m_size++] = ',';
    m_needsComma = true;
    m_data[m_size++] = '"';
    if (copyIfNoEscape(text, size, m_data + m_size)) {
        m_size += size;
        m_data[m_size++] = '"';
        return;
    }
    // What was copied is overwritten: m_size has not moved.
    writeEscaped(text, size);
    put('"');
}

void JsonWriter::writeEscaped(const char *text, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    // Copy runs of bytes that need no escaping in one go; escape the rest.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (!byteNeedsEscape(u))
            continue;
        put(text + runStart, i - runStart);
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
    put(text + runStart, size - runStart);
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
