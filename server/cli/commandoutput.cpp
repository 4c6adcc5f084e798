#include "commandoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

CommandOutput::CommandOutput(bool json)
    : m_json(json)
{ }

void CommandOutput::line(const QString &text) const
{
    std::fputs(text.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

void CommandOutput::value(const QJsonValue &value) const
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    line(QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
}

int CommandOutput::fail(const QString &message)
{
    std::fputs(QStringLiteral("omniotap-server: %1\n").arg(message).toUtf8().constData(), stderr);
    std::fflush(stderr);
    return 1;
}
