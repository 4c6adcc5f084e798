#include "apiroutes.h"

#include "apikeyscontroller.h"
#include "changescontroller.h"
#include "metacontroller.h"
#include "recordscontroller.h"
#include "tenantcontroller.h"

QList<Route> ApiRoutes::all()
{
    const QByteArrayList json = {"application/json"};
    const QByteArrayList mergePatch = {"application/json", "application/merge-patch+json"};
    return {
        {QStringLiteral("/api/v1/health"), {{"GET", Scope::Public, MetaController::health}}},
        {QStringLiteral("/api/v1/openapi.json"), {{"GET", Scope::Public, MetaController::openApi}}},
        {QStringLiteral("/api/v1/changes"), {{"GET", Scope::Read, ChangesController::list}}},
        {QStringLiteral("/api/v1/tenant"), {{"GET", Scope::Admin, TenantController::get}}},
        {QStringLiteral("/api/v1/api-keys"),
            {{"GET", Scope::Admin, ApiKeysController::list},
                {"POST", Scope::Admin, ApiKeysController::create, json}}},
        {QStringLiteral("/api/v1/api-keys/{id}"),
            {{"DELETE", Scope::Admin, ApiKeysController::revoke}}},
        {QStringLiteral("/api/v1/{collection}"),
            {{"GET", Scope::Read, RecordsController::list},
                {"POST", Scope::Write, RecordsController::create, json, true}}},
        {QStringLiteral("/api/v1/{collection}/{id}"),
            {{"GET", Scope::Read, RecordsController::get},
                {"PATCH", Scope::Write, RecordsController::patch, mergePatch},
                {"DELETE", Scope::Write, RecordsController::remove}}},
    };
}
