#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

// Outcome of one omniotap-server command line run.
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
};
