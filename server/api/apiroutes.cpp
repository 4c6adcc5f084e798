#include "apiroutes.h"

#include "apikeyscontroller.h"
#include "changescontroller.h"
#include "metacontroller.h"
#include "recordscontroller.h"
#include "tenantcontroller.h"
#include "webhookdeliveriescontroller.h"
#include "webhookscontroller.h"

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
        {QStringLiteral("/api/v1/webhooks"),
            {{"GET", Scope::Admin, WebhooksController::list},
                {"POST", Scope::Admin, WebhooksController::create, json, true}}},
        {QStringLiteral("/api/v1/webhooks/{id}"),
            {{"GET", Scope::Admin, WebhooksController::get},
                {"PATCH", Scope::Admin, WebhooksController::update, mergePatch},
                {"DELETE", Scope::Admin, WebhooksController::remove}}},
        {QStringLiteral("/api/v1/webhooks/{id}/rotate-secret"),
            {{"POST", Scope::Admin, WebhooksController::rotateSecret}}},
        {QStringLiteral("/api/v1/webhooks/{id}/test"),
            {{"POST", Scope::Admin, WebhookDeliveriesController::sendTest}}},
        {QStringLiteral("/api/v1/webhooks/{id}/deliveries"),
            {{"GET", Scope::Admin, WebhookDeliveriesController::list}}},
        {QStringLiteral("/api/v1/webhook-deliveries/{id}/redeliver"),
            {{"POST", Scope::Admin, WebhookDeliveriesController::redeliver}}},
        {QStringLiteral("/api/v1/{collection}"),
            {{"GET", Scope::Read, RecordsController::list},
                {"POST", Scope::Write, RecordsController::create, json, true,
                    RecordsController::prepareCreate}}},
        {QStringLiteral("/api/v1/{collection}/{id}"),
            {{"GET", Scope::Read, RecordsController::get},
                {"PATCH", Scope::Write, RecordsController::patch, mergePatch},
                {"DELETE", Scope::Write, RecordsController::remove}}},
    };
}
