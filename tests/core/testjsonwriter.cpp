#include "testjsonwriter.h"

#include "domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The escaping the API has always written, byte by byte: two-character escapes where JSON has
// them, \u00XX for other control characters and DEL, everything else as it is.
QByteArray referenceEscaped(const QByteArray &utf8)
{
    QByteArray out = "\"";
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

} // namespace

void TestJsonWriter::stringsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Jane Doe"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ C:\\path"_s;
    QTest::newRow("control characters")
        << u"a\nb\rc\td\be\ff"_s + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
    QTest::newRow("nul inside") << u"x"_s + QChar(0) + u"y"_s;
    QTest::newRow("non-ascii") << u"Jürgen Müller — 東京 😀"_s;
    QTest::newRow("escape at the ends") << u"\"start and end\\"_s;
    // The scan takes eight bytes at a time (the last ones as an overlapping word, a shorter
    // text padded): an escape at every position of texts around those sizes, and bytes just
    // beside the escaped ranges, which must pass unchanged.
    const QString plain = u"abcdefghijklmnopqrstuvwxyz0123"_s;
    for (const int length : {1, 2, 7, 8, 9, 15, 16, 17, 30}) {
        for (const QChar special : {QChar(u'"'), QChar(u'\\'), QChar(0x01), QChar(0x7f)}) {
            for (int at = 0; at < length; ++at) {
                QString text = plain.left(length);
                text[at] = special;
                QTest::addRow("%d chars, 0x%02x at %d", length, special.unicode(), at) << text;
            }
        }
    }
    QTest::newRow("neighbours of escaped bytes") << u" !#[]~\u0080 ÿ !#[]~ÿ"_s + QChar(0x1f);
    QTest::newRow("two escapes in one word") << u"abc\"\ndefghij\\klmnop\u0001"_s;
}

void TestJsonWriter::stringsRoundTrip()
{
    QFETCH(QString, text);
    JsonWriter writer;
    writer.beginArray();
    writer.string(text);
    writer.endArray();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(writer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.array().at(0).toString(), text);
    // And byte for byte as before: answers must not change with the writer.
    QCOMPARE(writer.data(), '[' + referenceEscaped(text.toUtf8()) + ']');
}

void TestJsonWriter::structureAndNumbers()
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(QLatin1StringView("a"));
    writer.integer(-42);
    writer.key(QLatin1StringView("b"));
    writer.beginArray();
    writer.null();
    writer.boolean(true);
    writer.number(0.5);
    writer.raw("{\"x\":1}");
    writer.endArray();
    writer.key(QLatin1StringView("c"));
    writer.beginObject();
    writer.endObject();
    writer.endObject();
    QCOMPARE(writer.data(), QByteArray(R"({"a":-42,"b":[null,true,0.5,{"x":1}],"c":{}})"));
}

void TestJsonWriter::moneyHasNoExponentAndAtMostTwoDecimals_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << qint64(0) << QByteArray("0");
    QTest::newRow("one cent") << qint64(1) << QByteArray("0.01");
    QTest::newRow("ten cents") << qint64(10) << QByteArray("0.1");
    QTest::newRow("whole") << qint64(100000000) << QByteArray("1000000");
    QTest::newRow("maximum") << qint64(99999999999999) << QByteArray("999999999999.99");
    QTest::newRow("negative") << qint64(-1050) << QByteArray("-10.5");
}

void TestJsonWriter::moneyHasNoExponentAndAtMostTwoDecimals()
{
    QFETCH(qint64, cents);
    QFETCH(QByteArray, expected);
    JsonWriter writer;
    writer.money(cents);
    QCOMPARE(writer.data(), expected);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
