#pragma once

#include <QJsonObject>
#include <QObject>

// Keeps docs/openapi.json and the server honest with each other: every route the server
// answers is documented and every documented route exists, and each collection's documented
// fields and enumerations are exactly those the server validates.
class TestOpenApiDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routesMatchTheServer();
    void recordFieldsMatchTheSpecs_data();
    void recordFieldsMatchTheSpecs();
    void servedDocumentIsTheCommittedOne();

private:
    QJsonObject m_document;
};
