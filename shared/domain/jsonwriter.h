#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

// Writes compact JSON text straight into a buffer. For the hot read paths (list pages), where
// building QJsonObjects only to serialise them cost more than the database query.
class JsonWriter
{
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void string(const QString &text);
    void stringUtf8(QByteArrayView utf8);
    void integer(qint64 value);
    void number(double value);
    // An amount in minor units (cents) as a JSON number with at most two decimals: 1999 -> 19.99.
    void money(qint64 cents);
    void null();
    void boolean(bool value);
    // Inserts already-serialised JSON as one value.
    void raw(const QByteArray &json);

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void beforeValue();

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};
