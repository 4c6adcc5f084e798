#include "testclientrecords.h"

#include "clientprocess.h"
#include "testmacros.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

void TestClientRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestClientRecords::profile(const QString &name) const
{
    return m_dir->filePath(name);
}

QString TestClientRecords::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

CliResult TestClientRecords::omniotap(const QStringList &args) const
{
    return ClientProcess::run(args);
}

QJsonArray TestClientRecords::exportJson(const QString &collection, const QString &profileName)
{
    const CliResult r = omniotap({u"export"_s, u"--profile"_s, profile(profileName),
        u"--collection"_s, collection, u"--format"_s, u"json"_s});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << "export failed:" << r.describe();
        return {};
    }
    return r.json().array();
}

QList<QJsonObject> TestClientRecords::pendingChanges(const QString &profileName) const
{
    QList<QJsonObject> rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(profile(profileName) + u"/cache.db"_s);
        if (!db.open())
            return rows;
        QSqlQuery query(db);
        query.exec(u"SELECT seq, collection, record_id, action, body, base, idempotency_key "
                   "FROM pending_changes ORDER BY seq"_s);
        while (query.next()) {
            QJsonObject row;
            row.insert(u"seq"_s, query.value(0).toLongLong());
            row.insert(u"collection"_s, query.value(1).toString());
            row.insert(u"id"_s, query.value(2).toString());
            row.insert(u"action"_s, query.value(3).toString());
            row.insert(u"body"_s, QJsonDocument::fromJson(query.value(4).toByteArray()).object());
            row.insert(u"hasBase"_s, !query.value(5).isNull());
            row.insert(u"base"_s, QJsonDocument::fromJson(query.value(5).toByteArray()).object());
            row.insert(u"idempotencyKey"_s, query.value(6).toString());
            rows.append(row);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

void TestClientRecords::versionHelpAndUnknownCommand()
{
    CliResult r = omniotap({u"--version"_s});
    OT_VERIFY_EXIT(r, 0);
    QCOMPARE(r.out().trimmed(), u"omniotap %1"_s.arg(QLatin1String(OMNIOTAP_EXPECTED_VERSION)));

    r = omniotap({u"--help"_s});
    OT_VERIFY_EXIT(r, 0);
    for (const QString &command :
        {u"connect"_s, u"import"_s, u"export"_s, u"delete"_s, u"conflicts"_s})
        QVERIFY2(r.out().contains(command), qPrintable(r.out()));

    r = omniotap({u"frobnicate"_s});
    OT_VERIFY_EXIT(r, 1);
    QVERIFY(r.err().contains(u"frobnicate"_s));

    r = omniotap({u"export"_s, u"--profile"_s, profile(), u"--collection"_s, u"widgets"_s});
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(u"widgets"_s), qPrintable(r.err()));
}

void TestClientRecords::importHandlesQuotesNewlinesAndBom()
{
    // BOM, CRLF line ends, a quoted comma, doubled quotes, a line break inside a cell,
    // non-ASCII text, and a last line without its line end.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "firstName,lastName,email,notes\r\n"
                           "Zo\xC3\xAB,\"O'Brien, Jr.\",zoe@example.com,\"said \"\"hi\"\"\r\n"
                           "second line\"\r\n"
                           "\"Bob\",,,\r\n"
                           "Chlo\xC3\xA9,Lef\xC3\xA8vre,,plain";
    const CliResult r = omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
        u"contacts"_s, writeFile(u"in.csv"_s, csv)});
    OT_VERIFY_EXIT(r, 0);
    QVERIFY2(r.out().contains(u"3 created"_s), qPrintable(r.out()));

    const QJsonArray records = exportJson(u"contacts"_s);
    QCOMPARE(records.size(), 3);
    // Records made in the same millisecond have no guaranteed order: find them by name.
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &record : records)
        byName.insert(record.toObject().value(u"firstName"_s).toString(), record.toObject());
    const QJsonObject zoe = byName.value(u"Zoë"_s);
    QCOMPARE(zoe.value(u"lastName"_s).toString(), u"O'Brien, Jr."_s);
    QCOMPARE(zoe.value(u"notes"_s).toString(), u"said \"hi\"\r\nsecond line"_s);
    const QJsonObject bob = byName.value(u"Bob"_s);
    QVERIFY(!bob.isEmpty());
    // Empty cells on create are left out: optional fields stay null, defaults apply.
    QVERIFY(bob.value(u"email"_s).isNull());
    QVERIFY(bob.value(u"lastName"_s).isNull());
    QCOMPARE(bob.value(u"status"_s).toString(), u"active"_s);
    QCOMPARE(byName.value(u"Chloé"_s).value(u"lastName"_s).toString(), u"Lefèvre"_s);
    QSet<QString> ids;
    for (const QJsonValue &record : records) {
        const QString id = record.toObject().value(u"id"_s).toString();
        QVERIFY2(!QUuid::fromString(id).isNull() && id == id.toLower(), qPrintable(id));
        ids.insert(id);
    }

    // Each create waits in the outbox with its client-chosen id and its own idempotency key.
    const QList<QJsonObject> pending = pendingChanges();
    QCOMPARE(pending.size(), 3);
    QSet<QString> keys;
    for (qsizetype i = 0; i < pending.size(); ++i) {
        QCOMPARE(pending.at(i).value(u"action"_s).toString(), u"create"_s);
        QVERIFY(ids.contains(pending.at(i).value(u"id"_s).toString()));
        QCOMPARE(
            pending.at(i).value(u"body"_s).toObject().value(u"id"_s), pending.at(i).value(u"id"_s));
        QVERIFY(!pending.at(i).value(u"hasBase"_s).toBool());
        keys.insert(pending.at(i).value(u"idempotencyKey"_s).toString());
    }
    QCOMPARE(keys.size(), 3);
}

void TestClientRecords::exportCsvAndJsonRoundTrip()
{
    const QByteArray customers = "name,website,address.city,address.country,notes\n"
                                 "Acme,https://acme.example,Berlin,DE,\"a, b\"\n"
                                 "Globex,,,,\n";
    OT_VERIFY_EXIT(omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
                       u"customers"_s, writeFile(u"c.csv"_s, customers)}),
        0);
    const QJsonArray original = exportJson(u"customers"_s);
    QCOMPARE(original.size(), 2);
    // Both rows may share a creation millisecond, and ties are ordered by (random) id: find
    // Acme by name rather than by position.
    const QJsonObject acme = original.at(0).toObject().value(u"name"_s) == u"Acme"_s
        ? original.at(0).toObject()
        : original.at(1).toObject();
    QCOMPARE(acme.value(u"name"_s).toString(), u"Acme"_s);
    QCOMPARE(acme.value(u"address"_s).toObject().value(u"city"_s).toString(), u"Berlin"_s);
    const QString acmeId = acme.value(u"id"_s).toString();
    const QByteArray opportunities = "name,amount,currency,stage,customerId\n"
                                     "Big deal,1500.5,EUR,proposal,"
        + acmeId.toUtf8() + "\n";
    OT_VERIFY_EXIT(omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
                       u"opportunities"_s, writeFile(u"o.csv"_s, opportunities)}),
        0);

    for (const QString &collection : {u"customers"_s, u"opportunities"_s}) {
        const QString csvPath = m_dir->filePath(collection + u".export.csv"_s);
        const CliResult exported = omniotap({u"export"_s, u"--profile"_s, profile(),
            u"--collection"_s, collection, u"--format"_s, u"csv"_s, u"-o"_s, csvPath});
        OT_VERIFY_EXIT(exported, 0);
        QVERIFY(exported.stdOut.isEmpty());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QByteArray header = text.left(text.indexOf("\r\n"));
        QVERIFY2(header.startsWith("id,name,"), header.constData());
        QVERIFY2(header.endsWith(",createdAt,updatedAt,version"), header.constData());

        // Into an empty profile: the same records come back, with the same ids.
        const CliResult imported = omniotap({u"import"_s, u"--profile"_s, profile(u"copy"_s),
            u"--collection"_s, collection, csvPath});
        OT_VERIFY_EXIT(imported, 0);
        const QJsonArray before = exportJson(collection);
        const QJsonArray after = exportJson(collection, u"copy"_s);
        QCOMPARE(after.size(), before.size());
        QHash<QString, QJsonObject> copies;
        for (const QJsonValue &record : after)
            copies.insert(record.toObject().value(u"id"_s).toString(), record.toObject());
        for (const QJsonValue &record : before) {
            QJsonObject a = record.toObject();
            QJsonObject b = copies.value(a.value(u"id"_s).toString());
            for (const QString &meta : {u"createdAt"_s, u"updatedAt"_s}) {
                a.remove(meta);
                b.remove(meta);
            }
            QCOMPARE(b, a);
        }
        // Into the same profile: every row names an existing record and nothing changes.
        const CliResult again = omniotap(
            {u"import"_s, u"--profile"_s, profile(), u"--collection"_s, collection, csvPath});
        OT_VERIFY_EXIT(again, 0);
        QVERIFY2(again.out().contains(u"0 created, 0 updated"_s), qPrintable(again.out()));
        QCOMPARE(exportJson(collection), before);
    }
    const QJsonObject deal = exportJson(u"opportunities"_s).at(0).toObject();
    QCOMPARE(deal.value(u"amount"_s).toDouble(), 1500.5);
    QCOMPARE(deal.value(u"probability"_s).toInt(), 50);
}

void TestClientRecords::badRowReportsItsLineAndImportsNothing_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray good = "firstName,email,notes\n"
                            "Ann,ann@example.com,\"two\nlines\"\n"; // lines 2-3
    QTest::newRow("validation") << good + "Bo,not-an-email,\n" << u"line 4: email:"_s;
    QTest::newRow("required field empty") << good + ",x@example.com,\n" << u"line 4: firstName:"_s;
    QTest::newRow("unknown id format")
        << QByteArray("id,firstName\nnope,Ann\n") << u"line 2: id:"_s;
    QTest::newRow("cell count") << good + "Bo,bo@example.com\n" << u"line 4:"_s;
    QTest::newRow("unclosed quote") << good + "Bo,\"bo@example.com,\n" << u"line 4:"_s;
    QTest::newRow("quote inside cell") << good + "B\"o,,\n" << u"line 4:"_s;
    QTest::newRow("text after quote") << good + "\"Bo\"x,,\n" << u"line 4:"_s;
    QTest::newRow("invalid UTF-8") << good + "B\xFF\xFEo,,\n" << u"line 4:"_s;
    QTest::newRow("unknown column")
        << QByteArray("firstName,shoeSize\nAnn,42\n") << u"line 1: \"shoeSize\""_s;
}

void TestClientRecords::badRowReportsItsLineAndImportsNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    const CliResult r = omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
        u"contacts"_s, writeFile(u"bad.csv"_s, csv)});
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(expected), qPrintable(r.err()));
    QVERIFY2(r.err().contains(u"nothing was imported"_s), qPrintable(r.err()));
    QCOMPARE(exportJson(u"contacts"_s).size(), 0);
    QCOMPARE(pendingChanges().size(), 0);
}

void TestClientRecords::updateByIdTouchesOnlyTheFilesColumns()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray create = "id,firstName,lastName,email,phone,jobTitle\n" + id.toUtf8()
        + ",Ann,Lee,ann@example.com,+1 555 0100,Buyer\n";
    OT_VERIFY_EXIT(omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
                       u"contacts"_s, writeFile(u"create.csv"_s, create)}),
        0);
    QCOMPARE(exportJson(u"contacts"_s).at(0).toObject().value(u"id"_s).toString(), id);

    // Upper-case id, a changed email and an emptied job title; no other column in the file.
    const QByteArray update
        = "email,id,jobTitle\nann.lee@example.com," + id.toUpper().toUtf8() + ",\n";
    const CliResult r = omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
        u"contacts"_s, writeFile(u"update.csv"_s, update)});
    OT_VERIFY_EXIT(r, 0);
    QVERIFY2(r.out().contains(u"0 created, 1 updated"_s), qPrintable(r.out()));

    const QJsonArray records = exportJson(u"contacts"_s);
    QCOMPARE(records.size(), 1);
    const QJsonObject ann = records.at(0).toObject();
    QCOMPARE(ann.value(u"email"_s).toString(), u"ann.lee@example.com"_s);
    QVERIFY(ann.value(u"jobTitle"_s).isNull());
    QCOMPARE(ann.value(u"firstName"_s).toString(), u"Ann"_s);
    QCOMPARE(ann.value(u"lastName"_s).toString(), u"Lee"_s);
    QCOMPARE(ann.value(u"phone"_s).toString(), u"+1 555 0100"_s);
    QCOMPARE(ann.value(u"version"_s).toInt(), 2);

    const QList<QJsonObject> pending = pendingChanges();
    QCOMPARE(pending.size(), 2);
    const QJsonObject change = pending.at(1);
    QCOMPARE(change.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(change.value(u"id"_s).toString(), id);
    // The patch carries what changed, and the base the version it was made against.
    QJsonObject expectedPatch;
    expectedPatch.insert(u"email"_s, u"ann.lee@example.com"_s);
    expectedPatch.insert(u"jobTitle"_s, QJsonValue());
    QCOMPARE(change.value(u"body"_s).toObject(), expectedPatch);
    QCOMPARE(change.value(u"base"_s).toObject().value(u"jobTitle"_s).toString(), u"Buyer"_s);
    QCOMPARE(change.value(u"base"_s).toObject().value(u"version"_s).toInt(), 1);

    // A required field cannot be emptied: the row is refused and nothing changes.
    const QByteArray clear = "id,firstName\n" + id.toUtf8() + ",\n";
    const CliResult refused = omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s,
        u"contacts"_s, writeFile(u"clear.csv"_s, clear)});
    OT_VERIFY_EXIT(refused, 1);
    QVERIFY2(
        refused.err().contains(u"line 2: firstName: is required"_s), qPrintable(refused.err()));
    QCOMPARE(exportJson(u"contacts"_s), records);
}

void TestClientRecords::deleteOfUnsentCreateLeavesNothingToSend()
{
    OT_VERIFY_EXIT(
        omniotap({u"import"_s, u"--profile"_s, profile(), u"--collection"_s, u"tickets"_s,
            writeFile(u"t.csv"_s, "subject,priority\nPrinter,high\nWifi,\n")}),
        0);
    const QJsonArray tickets = exportJson(u"tickets"_s);
    QCOMPARE(tickets.size(), 2);
    const QJsonObject printer = tickets.at(0).toObject().value(u"subject"_s) == u"Printer"_s
        ? tickets.at(0).toObject()
        : tickets.at(1).toObject();
    const QString id = printer.value(u"id"_s).toString();
    QCOMPARE(pendingChanges().size(), 2);

    CliResult r
        = omniotap({u"delete"_s, u"--profile"_s, profile(), u"--collection"_s, u"tickets"_s, id});
    OT_VERIFY_EXIT(r, 0);
    const QJsonArray left = exportJson(u"tickets"_s);
    QCOMPARE(left.size(), 1);
    QVERIFY(left.at(0).toObject().value(u"id"_s).toString() != id);

    // The create never left this machine, so the server need not hear of the record at all:
    // its create goes, and no delete is queued. (A synced record's delete is queued with its
    // base: TestClientPush covers that against a server.)
    const QList<QJsonObject> pending = pendingChanges();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).value(u"action"_s).toString(), u"create"_s);
    QVERIFY(pending.at(0).value(u"id"_s).toString() != id);

    // Gone: a second delete, or one in the wrong collection, fails and queues nothing.
    r = omniotap({u"delete"_s, u"--profile"_s, profile(), u"--collection"_s, u"tickets"_s, id});
    OT_VERIFY_EXIT(r, 1);
    QVERIFY2(r.err().contains(id), qPrintable(r.err()));
    const QString other = left.at(0).toObject().value(u"id"_s).toString();
    r = omniotap({u"delete"_s, u"--profile"_s, profile(), u"--collection"_s, u"contacts"_s, other});
    OT_VERIFY_EXIT(r, 1);
    QCOMPARE(pendingChanges().size(), 1);
}

void TestClientRecords::conflictsListIsEmptyWithoutSync()
{
    CliResult r = omniotap({u"conflicts"_s, u"--profile"_s, profile(), u"--json"_s});
    OT_VERIFY_EXIT(r, 0);
    QVERIFY2(r.json().isArray() && r.json().array().isEmpty(), qPrintable(r.out()));
    r = omniotap({u"conflicts"_s, u"--profile"_s, profile()});
    OT_VERIFY_EXIT(r, 0);
}

void TestClientRecords::profileHoldsIdButNoKey()
{
    OT_VERIFY_EXIT(omniotap({u"conflicts"_s, u"--profile"_s, profile()}), 0);
    QFile file(profile() + u"/profile.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QString id = json.value(u"profileId"_s).toString();
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
    QVERIFY(json.value(u"serverUrl"_s).isNull());
    QVERIFY(QFile::exists(profile() + u"/cache.db"_s));
    QCOMPARE(QFile::permissions(profile()) & (QFile::ReadOther | QFile::ReadGroup),
        QFileDevice::Permissions());
    // Opening again keeps the id.
    OT_VERIFY_EXIT(omniotap({u"conflicts"_s, u"--profile"_s, profile()}), 0);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(u"profileId"_s).toString(), id);
}

QTEST_GUILESS_MAIN(TestClientRecords)
