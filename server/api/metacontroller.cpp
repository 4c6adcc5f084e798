#include "metacontroller.h"

#include "http/apierror.h"

#include "domain/timestamps.h"

#include <QFile>
#include <QJsonObject>

ApiResponse MetaController::health(RequestContext &context)
{
    context.query.requireOnly({});
    return ApiResponse::json(200,
        QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("version"), QStringLiteral(OMNIOTAP_VERSION)},
            {QStringLiteral("time"), Timestamps::now()}});
}

ApiResponse MetaController::openApi(RequestContext &context)
{
    context.query.requireOnly({});
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/docs/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return ApiResponse::jsonText(200, document);
}
