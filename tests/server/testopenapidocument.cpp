#include "testopenapidocument.h"

#include "api/apiroutes.h"
#include "api/metacontroller.h"
#include "http/router.h"

#include "domain/collectionspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString schemaName(const CollectionSpec &spec)
{
    QString name = spec.entityType;
    name[0] = name[0].toUpper();
    return name;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

void TestOpenApiDocument::initTestCase()
{
    QFile file(QStringLiteral(OMNIOTAP_OPENAPI_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(file.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(m_document.value(u"openapi"_s).toString().startsWith(u"3."_s));
}

void TestOpenApiDocument::routesMatchTheServer()
{
    const QString base = u"/api/v1"_s;
    QVERIFY(m_document.value(u"servers"_s)
                .toArray()
                .at(0)
                .toObject()
                .value(u"url"_s)
                .toString()
                .endsWith(base));

    QSet<QString> served;
    const Router router(ApiRoutes::all());
    for (const auto &[path, methods] : router.concreteRoutes()) {
        for (const QByteArray &method : methods)
            served.insert(QString::fromLatin1(method) + u' ' + path);
    }

    QSet<QString> documented;
    const QJsonObject paths = m_document.value(u"paths"_s).toObject();
    static const QStringList httpMethods = {u"get"_s, u"post"_s, u"put"_s, u"patch"_s, u"delete"_s};
    for (auto path = paths.constBegin(); path != paths.constEnd(); ++path) {
        const QJsonObject operations = path.value().toObject();
        for (const QString &method : httpMethods) {
            if (operations.contains(method))
                documented.insert(method.toUpper() + u' ' + base + path.key());
        }
    }

    const QSet<QString> undocumented = served - documented;
    const QSet<QString> phantom = documented - served;
    QVERIFY2(undocumented.isEmpty(),
        qPrintable(
            u"served but not documented: "_s + QStringList(undocumented.values()).join(u", "_s)));
    QVERIFY2(phantom.isEmpty(),
        qPrintable(u"documented but not served: "_s + QStringList(phantom.values()).join(u", "_s)));
}

void TestOpenApiDocument::recordFieldsMatchTheSpecs_data()
{
    QTest::addColumn<QString>("collection");
    for (const CollectionSpec &spec : CollectionSpec::all())
        QTest::newRow(qPrintable(spec.name)) << spec.name;
}

void TestOpenApiDocument::recordFieldsMatchTheSpecs()
{
    QFETCH(QString, collection);
    const CollectionSpec &spec = *CollectionSpec::byName(collection);
    const QJsonObject schemas
        = m_document.value(u"components"_s).toObject().value(u"schemas"_s).toObject();
    const QJsonObject schema = schemas.value(schemaName(spec)).toObject();
    QVERIFY2(!schema.isEmpty(), qPrintable(schemaName(spec)));
    const QJsonObject properties = schema.value(u"properties"_s).toObject();

    QStringList expected = {u"id"_s, u"createdAt"_s, u"updatedAt"_s, u"version"_s};
    for (const FieldSpec &field : spec.fields)
        expected << field.name;
    QCOMPARE(sorted(properties.keys()), sorted(expected));

    for (const FieldSpec &field : spec.fields) {
        if (field.kind != FieldKind::Enum)
            continue;
        QStringList documentedValues;
        for (const QJsonValue &value :
            properties.value(field.name).toObject().value(u"enum"_s).toArray()) {
            if (value.isString())
                documentedValues << value.toString();
        }
        QCOMPARE(sorted(documentedValues), sorted(field.enumValues));
    }
}

void TestOpenApiDocument::servedDocumentIsTheCommittedOne()
{
    const QByteArray committed = QJsonDocument(m_document).toJson(QJsonDocument::Compact);
    const ApiRequest request {"GET", u"/api/v1/openapi.json"_s, {}, {}, {}, {}};
    RequestContext context {request, {}, {}, {}, {}};
    const ApiResponse response = MetaController::openApi(context);
    QCOMPARE(response.status, 200);
    QCOMPARE(QJsonDocument::fromJson(response.body).toJson(QJsonDocument::Compact), committed);
}

QTEST_GUILESS_MAIN(TestOpenApiDocument)
