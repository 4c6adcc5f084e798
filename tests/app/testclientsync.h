#pragma once

#include "clientworkspace.h"
#include "cliresult.h"
#include "serverprocess.h"
#include "testtenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// `omniotap sync`, mostly its pull half, against a real server on port 0: the server's records
// arrive verbatim, updates and deletes follow incrementally from the stored cursor, a local edit of
// a record deleted on the server becomes a conflict instead of a loss, a stopped server means exit
// 2, and a 429 is waited out.
class TestClientSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pullBringsServerRecordsVerbatim();
    void updatesAndDeletesFollowIncrementally();
    void pendingLocalEditIsNotOverwritten();
    void localEditOfServerDeletedRecordBecomesConflict();
    void unreachableServerExitsTwoAndKeepsChanges();
    void rateLimitIsWaitedOut();
    void missingKeyOrServerIsExplained();

private:
    QString profile(const QString &name = QStringLiteral("p")) const;
    QProcessEnvironment keyEnvironment() const;
    bool connectProfile(ServerProcess &server, const QString &name = QStringLiteral("p"));
    CliResult sync(const QString &name = QStringLiteral("p"));
    QJsonObject syncJson(int expectedExit = 0, const QString &name = QStringLiteral("p"));
    QJsonArray exportJson(const QString &collection, const QString &name = QStringLiteral("p"));
    // Imports csv into the profile's collection (a local change, queued for push).
    bool importCsv(const QString &collection, const QByteArray &csv,
        const QString &name = QStringLiteral("p"));

    ServerProcess m_server;
    std::unique_ptr<TestTenant> m_tenant;
    std::unique_ptr<ClientWorkspace> m_clients;
};
