#include "settingsapi.h"

#include "settingstext.h"

#include "net/apiclient.h"

#include <QCursor>
#include <QGuiApplication>
#include <QJsonDocument>

namespace {

// Enough for any tenant's keys or endpoints; a stop in case a server kept saying "more".
constexpr int kMaxPages = 50;

} // namespace

SettingsApi::SettingsApi(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ApiReply SettingsApi::get(const QString &path)
{
    return send("GET", path);
}

ApiReply SettingsApi::send(
    const QByteArray &method, const QString &path, const std::optional<QJsonObject> &body)
{
    // The call blocks (bounded by the client's timeout): say so instead of looking frozen.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ApiReply reply = m_client.send(
        method, path, body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray());
    QGuiApplication::restoreOverrideCursor();
    if (reply.rateLimit >= 0)
        emit rateLimitSeen(reply.rateLimit, reply.rateLimitRemaining, reply.rateLimitReset);
    return reply;
}

std::optional<QJsonArray> SettingsApi::listAll(const QString &path, QString *error)
{
    QJsonArray items;
    for (int page = 1; page <= kMaxPages; ++page) {
        const ApiReply reply = get(QStringLiteral("%1?limit=200&page=%2").arg(path).arg(page));
        if (reply.status != 200) {
            if (error)
                *error = SettingsText::failure(reply);
            return std::nullopt;
        }
        const QJsonObject json = reply.json();
        for (const QJsonValue &item : json.value(QStringLiteral("data")).toArray())
            items.append(item);
        const int totalPages = json.value(QStringLiteral("pagination"))
                                   .toObject()
                                   .value(QStringLiteral("totalPages"))
                                   .toInt();
        if (page >= totalPages)
            break;
    }
    return items;
}
