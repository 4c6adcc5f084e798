#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Outcome of one command line run of omniotap-server or omniotap.
class CliResult
{
public:
    int exitCode = -1; // -1 when the process crashed, did not start or timed out
    bool crashed = false;
    bool timedOut = false;
    QByteArray stdOut;
    QByteArray stdErr;

    QJsonDocument json() const { return QJsonDocument::fromJson(stdOut); }
    QString out() const { return QString::fromUtf8(stdOut); }
    QString err() const { return QString::fromUtf8(stdErr); }
    QString describe() const;

    // Runs program with args and env, writes input to its stdin, waits at most timeoutMs
    // (then kills it) and collects what it printed.
    static CliResult run(const QString &program, const QStringList &args,
        const QProcessEnvironment &env, const QByteArray &input, int timeoutMs);
};
