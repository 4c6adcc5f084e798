#include "localconflict.h"

#include <QJsonArray>
#include <QSet>

QJsonObject LocalConflict::toJson() const
{
    static const QSet<QString> meta = {QStringLiteral("id"), QStringLiteral("version"),
        QStringLiteral("createdAt"), QStringLiteral("updatedAt")};
    QStringList names = local.keys() + server.keys() + base.keys();
    names.sort();
    names.removeDuplicates();

    QJsonArray fields;
    for (const QString &name : std::as_const(names)) {
        if (meta.contains(name))
            continue;
        const QJsonValue localValue = local.value(name);
        const QJsonValue other = serverDeleted ? base.value(name) : server.value(name);
        if (localValue == other)
            continue;
        QJsonObject field;
        field.insert(QStringLiteral("field"), name);
        const auto orNull
            = [](const QJsonValue &value) { return value.isUndefined() ? QJsonValue() : value; };
        field.insert(QStringLiteral("base"), orNull(base.value(name)));
        field.insert(QStringLiteral("local"), orNull(localValue));
        field.insert(QStringLiteral("server"), serverDeleted ? QJsonValue() : orNull(other));
        fields.append(field);
    }
    QJsonObject json;
    json.insert(QStringLiteral("id"), recordId);
    json.insert(QStringLiteral("collection"), collection);
    json.insert(QStringLiteral("fields"), fields);
    json.insert(QStringLiteral("serverDeleted"), serverDeleted);
    return json;
}
