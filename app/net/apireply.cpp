#include "apireply.h"

#include <QJsonDocument>

QJsonObject ApiReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString ApiReply::problemDetail() const
{
    const QJsonObject problem = json();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? problem.value(QStringLiteral("title")).toString() : detail;
}
