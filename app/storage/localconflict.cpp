#include "localconflict.h"

#include <QJsonArray>
#include <QSet>

namespace {

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

} // namespace

QJsonObject LocalConflict::toJson() const
{
    static const QSet<QString> meta = {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("createdAt"), QStringLiteral("updatedAt")};
    QStringList names = local.keys() + server.keys() + base.keys();
    names.sort();
    names.removeDuplicates();
    // With one side gone (deleted, or a create the server never accepted), what matters is what
    // the other side changed since the base.
    const bool noServer = serverDeleted || server.isEmpty();

    QJsonArray fields;
    for (const QString &name : std::as_const(names)) {
        if (meta.contains(name))
            continue;
        const QJsonValue localValue = localDeleted ? QJsonValue() : orNull(local.value(name));
        const QJsonValue serverValue = noServer ? QJsonValue() : orNull(server.value(name));
        const QJsonValue baseValue = orNull(base.value(name));
        bool differs = false;
        if (localDeleted)
            differs = serverValue != baseValue;
        else if (noServer)
            differs = localValue != baseValue;
        else
            differs = localValue != serverValue;
        if (!differs)
            continue;
        fields.append(
            QJsonObject {{QStringLiteral("field"), name}, {QStringLiteral("base"), baseValue},
                {QStringLiteral("local"), localValue}, {QStringLiteral("server"), serverValue}});
    }
    QJsonObject json;
    json.insert(QStringLiteral("id"), recordId);
    json.insert(QStringLiteral("collection"), collection);
    json.insert(QStringLiteral("fields"), fields);
    json.insert(QStringLiteral("serverDeleted"), serverDeleted);
    json.insert(QStringLiteral("localDeleted"), localDeleted);
    if (!rejected.isEmpty())
        json.insert(QStringLiteral("rejected"), rejected);
    return json;
}
