#pragma once

#include <QByteArray>
#include <QString>
#include <cstring>

// Writes compact JSON text straight into a buffer. For the hot read paths (list pages), where
// building QJsonObjects only to serialise them cost more than the database query. The buffer is
// written through a raw pointer: QByteArray's append checks sharing and capacity on every call,
// which showed up as a tenth of a list request in profiles.
class JsonWriter
{
public:
    // expectedSize: a hint for the first allocation (a list page is about 300 bytes a record).
    explicit JsonWriter(qsizetype expectedSize = 4096);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    // A key already written as JSON with its colon ("name":), for keys written again and again.
    void quotedKey(QByteArrayView quotedNameAndColon)
    {
        reserveMore(quotedNameAndColon.size() + 1);
        if (m_needsComma)
            m_data[m_size++] = ',';
        std::memcpy(m_data + m_size, quotedNameAndColon.data(), size_t(quotedNameAndColon.size()));
        m_size += quotedNameAndColon.size();
        m_needsComma = false;
    }
    void string(const QString &text);
    void stringUtf8(QByteArrayView utf8);
    void integer(qint64 value);
    void number(double value);
    // An amount in minor units (cents) as a JSON number with at most two decimals: 1999 -> 19.99.
    void money(qint64 cents);
    void null();
    void boolean(bool value);
    // Inserts already-serialised JSON as one value.
    void raw(QByteArrayView json);

    const QByteArray &data() const;
    QByteArray take();

private:
    void beforeValue();
    // The inside of a string whose text needs escapes.
    void writeEscaped(const char *text, qsizetype size);
    void reserveMore(qsizetype bytes)
    {
        if (m_size + bytes > m_capacity)
            grow(bytes);
    }
    void grow(qsizetype bytes);
    void put(char c)
    {
        reserveMore(1);
        m_data[m_size++] = c;
    }
    void put(const char *bytes, qsizetype count);

    // m_out holds m_capacity bytes of which the first m_size are written; data() and take()
    // cut it to m_size.
    mutable QByteArray m_out;
    mutable char *m_data = nullptr;
    mutable qsizetype m_capacity = 0;
    qsizetype m_size = 0;
    // Whether the next value or key needs a comma before it: false at the start of a
    // container and right after a key.
    bool m_needsComma = false;
};
