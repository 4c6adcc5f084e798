#pragma once

#include "cliresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Profiles of the omniotap client in a temporary folder, driven through the real binary
// (ClientProcess) with an API key from the environment: what a test needs to act as one or
// more desktop users of the same tenant. Failures are logged with the command's output and
// answered with an empty value, so a test's QCOMPARE shows what went wrong.
class ClientWorkspace
{
public:
    ClientWorkspace();

    bool isValid() const { return m_dir.isValid(); }
    void setApiKey(const QString &key) { m_apiKey = key; }
    QProcessEnvironment keyEnvironment() const;
    QString profile(const QString &name) const;
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // omniotap args... with the key in the environment.
    CliResult run(const QStringList &args) const;
    bool connect(const QString &name, const QUrl &server) const;
    CliResult sync(const QString &name) const; // sync --json
    // The summary of a sync that ended with expectedExit; empty (and a warning) otherwise.
    QJsonObject syncJson(const QString &name, int expectedExit = 0) const;
    QJsonArray exportJson(const QString &name, const QString &collection) const;
    // Imports csv into the collection: local changes, queued for push.
    bool importCsv(const QString &name, const QString &collection, const QByteArray &csv) const;
    bool remove(const QString &name, const QString &collection, const QString &id) const;
    QJsonArray conflicts(const QString &name) const; // conflicts --json
    CliResult resolve(const QString &name, const QString &id, const QString &keep) const;

    static QJsonObject findById(const QJsonArray &records, const QString &id);

private:
    QTemporaryDir m_dir;
    QString m_apiKey;
};
