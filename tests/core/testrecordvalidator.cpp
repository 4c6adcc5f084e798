#include "testrecordvalidator.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "domain/recordvalidator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kNow = u"2026-01-02T03:04:05.678Z"_s;

RecordValidator validatorFor(const char *collection)
{
    return RecordValidator(*CollectionSpec::byName(QString::fromLatin1(collection)));
}

// The pointers of a validation failure, or {"<no error>"} when the body was accepted.
QStringList errorPointers(const char *collection, const QJsonObject &body)
{
    try {
        validatorFor(collection).validateCreate(body, kNow);
    } catch (const DomainError &error) {
        QStringList pointers;
        for (const FieldError &field : error.errors())
            pointers << field.pointer;
        return pointers;
    }
    return {u"<no error>"_s};
}

} // namespace

void TestRecordValidator::createAppliesDefaults()
{
    const QJsonObject contact
        = validatorFor("contacts").validateCreate({{u"firstName"_s, u"Ann"_s}}, kNow);
    QCOMPARE(contact.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(contact.value(u"email"_s).isNull());
    QVERIFY(contact.contains(u"notes"_s));

    const QJsonObject lead = validatorFor("leads").validateCreate({{u"title"_s, u"T"_s}}, kNow);
    QCOMPARE(lead.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(lead.value(u"priority"_s).toString(), u"medium"_s);
    QCOMPARE(lead.value(u"currency"_s).toString(), u"USD"_s);
    QVERIFY(lead.value(u"leadSource"_s).isNull());

    const QJsonObject opportunity
        = validatorFor("opportunities").validateCreate({{u"name"_s, u"Deal"_s}}, kNow);
    QCOMPARE(opportunity.value(u"stage"_s).toString(), u"prospecting"_s);
    QCOMPARE(opportunity.value(u"probability"_s).toInt(), 10);
}

void TestRecordValidator::createRejectsEveryBadFieldAtOnce()
{
    const QStringList pointers = errorPointers("contacts",
        {{u"email"_s, u"nope"_s}, {u"status"_s, u"gone"_s}, {u"customerId"_s, u"123"_s},
            {u"shoeSize"_s, 42}});
    QCOMPARE(QSet<QString>(pointers.begin(), pointers.end()),
        (QSet<QString> {
            u"/firstName"_s, u"/email"_s, u"/status"_s, u"/customerId"_s, u"/shoeSize"_s}));
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, 12}}), QStringList {u"/firstName"_s});
    QCOMPARE(
        errorPointers("contacts", {{u"firstName"_s, u"   "_s}}), QStringList {u"/firstName"_s});
    // Server-maintained fields are ignored, not rejected.
    QCOMPARE(errorPointers("contacts",
                 {{u"firstName"_s, u"A"_s}, {u"version"_s, 7}, {u"createdAt"_s, u"x"_s}}),
        QStringList {u"<no error>"_s});
}

void TestRecordValidator::stringsAreTrimmedAndCountedInCodePoints()
{
    const QJsonObject contact
        = validatorFor("contacts")
              .validateCreate({{u"firstName"_s, u"  Zoë \t"_s}, {u"lastName"_s, u"  "_s}}, kNow);
    QCOMPARE(contact.value(u"firstName"_s).toString(), u"Zoë"_s);
    QVERIFY(contact.value(u"lastName"_s).isNull());

    // 255 emoji are 510 UTF-16 units but 255 code points: allowed. 256 are not.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, emoji.repeated(255)}}),
        QStringList {u"<no error>"_s});
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, emoji.repeated(256)}}),
        QStringList {u"/firstName"_s});
    QCOMPARE(
        errorPointers("contacts", {{u"firstName"_s, u"A"_s}, {u"notes"_s, u"n"_s.repeated(10000)}}),
        QStringList {u"<no error>"_s});
    QCOMPARE(
        errorPointers("contacts", {{u"firstName"_s, u"A"_s}, {u"notes"_s, u"n"_s.repeated(10001)}}),
        QStringList {u"/notes"_s});
    // An unpaired surrogate is not text.
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, QString(QChar(0xD800))}}),
        QStringList {u"/firstName"_s});
}

void TestRecordValidator::controlCharactersOnlyInLongText()
{
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, u"A\u0000B"_s}}),
        QStringList {u"/firstName"_s});
    QCOMPARE(
        errorPointers("contacts", {{u"firstName"_s, u"A\nB"_s}}), QStringList {u"/firstName"_s});
    QCOMPARE(
        errorPointers("contacts", {{u"firstName"_s, u"A"_s}, {u"notes"_s, u"line\nline\ttab"_s}}),
        QStringList {u"<no error>"_s});
    QCOMPARE(errorPointers("contacts", {{u"firstName"_s, u"A"_s}, {u"notes"_s, u"nul\u0000"_s}}),
        QStringList {u"/notes"_s});
}

void TestRecordValidator::moneyHasAtMostTwoDecimals_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << 0.0 << true;
    QTest::newRow("cents") << 19.99 << true;
    QTest::newRow("tenths") << 0.3 << true;
    QTest::newRow("maximum") << 999999999999.99 << true;
    QTest::newRow("three decimals") << 1.005 << false;
    QTest::newRow("tiny") << 1e-9 << false;
    QTest::newRow("large with four decimals") << 123456789012.3401 << false;
    QTest::newRow("negative") << -1.0 << false;
    QTest::newRow("too large") << 1000000000000.0 << false;
}

void TestRecordValidator::moneyHasAtMostTwoDecimals()
{
    QFETCH(double, amount);
    QFETCH(bool, valid);
    const QStringList pointers
        = errorPointers("opportunities", {{u"name"_s, u"D"_s}, {u"amount"_s, amount}});
    QCOMPARE(pointers == QStringList {u"<no error>"_s}, valid);
    if (valid) {
        const QJsonObject record
            = validatorFor("opportunities")
                  .validateCreate({{u"name"_s, u"D"_s}, {u"amount"_s, amount}}, kNow);
        QCOMPARE(qRound64(record.value(u"amount"_s).toDouble() * 100), qRound64(amount * 100));
    }
}

void TestRecordValidator::phoneAndEmailFormats_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("phone e164") << u"phone"_s << u"+1234567890"_s << true;
    QTest::newRow("phone formatted") << u"phone"_s << u"+1 (555) 123-4567"_s << true;
    QTest::newRow("phone letters") << u"phone"_s << u"call me"_s << false;
    QTest::newRow("phone plus inside") << u"phone"_s << u"12+34"_s << false;
    QTest::newRow("email plain") << u"email"_s << u"john@example.com"_s << true;
    QTest::newRow("email no domain dot") << u"email"_s << u"john@example"_s << false;
    QTest::newRow("email spaces") << u"email"_s << u"jo hn@example.com"_s << false;
    QTest::newRow("email sql") << u"email"_s << u"'; DROP TABLE contacts;--"_s << false;
}

void TestRecordValidator::phoneAndEmailFormats()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QStringList pointers
        = errorPointers("contacts", {{u"firstName"_s, u"A"_s}, {field, value}});
    QCOMPARE(pointers, valid ? QStringList {u"<no error>"_s} : QStringList {u'/' + field});
}

void TestRecordValidator::probabilityFollowsStageUnlessGiven()
{
    const RecordValidator validator = validatorFor("opportunities");
    QJsonObject deal
        = validator.validateCreate({{u"name"_s, u"D"_s}, {u"stage"_s, u"proposal"_s}}, kNow);
    QCOMPARE(deal.value(u"probability"_s).toInt(), 50);
    deal = validator.validateCreate(
        {{u"name"_s, u"D"_s}, {u"stage"_s, u"proposal"_s}, {u"probability"_s, 33}}, kNow);
    QCOMPARE(deal.value(u"probability"_s).toInt(), 33);

    QJsonObject moved = validator.applyPatch(deal, {{u"stage"_s, u"negotiation"_s}}, kNow);
    QCOMPARE(moved.value(u"probability"_s).toInt(), 75);
    moved
        = validator.applyPatch(deal, {{u"stage"_s, u"closed_won"_s}, {u"probability"_s, 90}}, kNow);
    QCOMPARE(moved.value(u"probability"_s).toInt(), 90);
    // Changing something else keeps a hand-set probability.
    moved = validator.applyPatch(deal, {{u"notes"_s, u"n"_s}}, kNow);
    QCOMPARE(moved.value(u"probability"_s).toInt(), 33);
    QCOMPARE(errorPointers("opportunities", {{u"name"_s, u"D"_s}, {u"probability"_s, 101}}),
        QStringList {u"/probability"_s});
    QCOMPARE(errorPointers("opportunities", {{u"name"_s, u"D"_s}, {u"probability"_s, 12.5}}),
        QStringList {u"/probability"_s});
}

void TestRecordValidator::resolvedAtFollowsTicketStatus()
{
    const RecordValidator validator = validatorFor("tickets");
    QJsonObject ticket = validator.validateCreate(
        {{u"subject"_s, u"S"_s}, {u"resolvedAt"_s, u"2020-01-01T00:00:00.000Z"_s}}, kNow);
    QVERIFY(ticket.value(u"resolvedAt"_s).isNull());
    ticket = validator.applyPatch(ticket, {{u"status"_s, u"resolved"_s}}, kNow);
    QCOMPARE(ticket.value(u"resolvedAt"_s).toString(), kNow);
    const QJsonObject closed
        = validator.applyPatch(ticket, {{u"status"_s, u"closed"_s}}, u"2030-01-01T00:00:00.000Z"_s);
    QCOMPARE(closed.value(u"resolvedAt"_s).toString(), kNow);
    const QJsonObject reopened = validator.applyPatch(closed, {{u"status"_s, u"open"_s}}, kNow);
    QVERIFY(reopened.value(u"resolvedAt"_s).isNull());
}

void TestRecordValidator::patchMergesAddressAndClearsWithNull()
{
    const RecordValidator validator = validatorFor("customers");
    const QJsonObject customer = validator.validateCreate(
        {{u"name"_s, u"C"_s},
            {u"address"_s, QJsonObject {{u"city"_s, u"Berlin"_s}, {u"country"_s, u"DE"_s}}}},
        kNow);
    QCOMPARE(
        customer.value(u"address"_s).toObject().value(u"street"_s), QJsonValue(QJsonValue::Null));

    const QJsonObject moved = validator.applyPatch(customer,
        {{u"address"_s, QJsonObject {{u"city"_s, u"Paris"_s}, {u"country"_s, QJsonValue::Null}}}},
        kNow);
    QCOMPARE(moved.value(u"address"_s).toObject().value(u"city"_s).toString(), u"Paris"_s);
    QVERIFY(moved.value(u"address"_s).toObject().value(u"country"_s).isNull());

    const QJsonObject cleared
        = validator.applyPatch(moved, {{u"address"_s, QJsonValue::Null}}, kNow);
    QVERIFY(cleared.value(u"address"_s).isNull());
    QVERIFY_THROWS_EXCEPTION(DomainError,
        validator.applyPatch(
            customer, {{u"address"_s, QJsonObject {{u"planet"_s, u"Mars"_s}}}}, kNow));
}

void TestRecordValidator::patchNullResetsDefaultsAndRejectsRequired()
{
    const RecordValidator validator = validatorFor("leads");
    const QJsonObject lead = validator.validateCreate(
        {{u"title"_s, u"T"_s}, {u"priority"_s, u"high"_s}, {u"currency"_s, u"eur"_s}}, kNow);
    QCOMPARE(lead.value(u"currency"_s).toString(), u"EUR"_s);
    const QJsonObject reset = validator.applyPatch(
        lead, {{u"priority"_s, QJsonValue::Null}, {u"currency"_s, QJsonValue::Null}}, kNow);
    QCOMPARE(reset.value(u"priority"_s).toString(), u"medium"_s);
    QCOMPARE(reset.value(u"currency"_s).toString(), u"USD"_s);
    QVERIFY_THROWS_EXCEPTION(
        DomainError, validator.applyPatch(lead, {{u"title"_s, QJsonValue::Null}}, kNow));
    QVERIFY_THROWS_EXCEPTION(DomainError, validator.applyPatch(lead, {{u"title"_s, u""_s}}, kNow));
}

void TestRecordValidator::patchIgnoresReadOnlyAndRejectsIdChange()
{
    const RecordValidator validator = validatorFor("contacts");
    QJsonObject contact = validator.validateCreate({{u"firstName"_s, u"A"_s}}, kNow);
    contact.insert(u"id"_s, u"123e4567-e89b-12d3-a456-426614174000"_s);
    contact.insert(u"version"_s, 3);
    const QJsonObject same = validator.applyPatch(
        contact, {{u"version"_s, 99}, {u"id"_s, u"123E4567-E89B-12D3-A456-426614174000"_s}}, kNow);
    QCOMPARE(same, contact);
    QVERIFY_THROWS_EXCEPTION(DomainError,
        validator.applyPatch(
            contact, {{u"id"_s, u"00000000-0000-0000-0000-000000000000"_s}}, kNow));
}

QTEST_GUILESS_MAIN(TestRecordValidator)
