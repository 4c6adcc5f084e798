#include "profile.h"

#include "domain/ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

const int kFormatVersion = 1;

} // namespace

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/default");
}

std::optional<Profile> Profile::open(const QString &directory, QString *error)
{
    Profile profile;
    profile.m_directory = QFileInfo(directory).absoluteFilePath();
    const QFileInfo info(profile.m_directory);
    if (info.exists() && !info.isDir()) {
        *error = tr("The profile %1 is not a folder.").arg(profile.m_directory);
        return std::nullopt;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(profile.m_directory)) {
            *error = tr("Cannot create the profile folder %1.").arg(profile.m_directory);
            return std::nullopt;
        }
        // The cache holds the team's customer data: readable by its owner only.
        QFile::setPermissions(
            profile.m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (QFileInfo::exists(profile.settingsFilePath())) {
        if (!profile.load(error))
            return std::nullopt;
        return profile;
    }
    profile.m_id = Ids::newId();
    if (!profile.save(error))
        return std::nullopt;
    return profile;
}

QString Profile::cacheFilePath() const
{
    return m_directory + QStringLiteral("/cache.db");
}

QString Profile::settingsFilePath() const
{
    return m_directory + QStringLiteral("/profile.json");
}

bool Profile::load(QString *error)
{
    QFile file(settingsFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(settingsFilePath(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject json = document.object();
    const int format = json.value(QStringLiteral("formatVersion")).toInt();
    m_id = Ids::normalized(json.value(QStringLiteral("profileId")).toString());
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || m_id.isEmpty()) {
        *error = tr("%1 is damaged: it has no valid profileId.").arg(settingsFilePath());
        return false;
    }
    if (format > kFormatVersion) {
        *error = tr("%1 was written by a newer OmnioTap (format %2).")
                     .arg(settingsFilePath())
                     .arg(format);
        return false;
    }
    m_serverUrl = json.value(QStringLiteral("serverUrl")).toString();
    m_tenantId = json.value(QStringLiteral("tenantId")).toString();
    m_tenantName = json.value(QStringLiteral("tenantName")).toString();
    const QJsonObject bundled = json.value(QStringLiteral("bundledServer")).toObject();
    m_bundledServer.dataDirectory = bundled.value(QStringLiteral("dataDirectory")).toString();
    const int port = bundled.value(QStringLiteral("port")).toInt();
    if (m_bundledServer.isSet() && (port < 1 || port > 65535)) {
        *error = tr("%1 is damaged: the workspace server's port %2 is not valid.")
                     .arg(settingsFilePath())
                     .arg(port);
        return false;
    }
    if (m_bundledServer.isSet()) { // else the defaults, for the wizard to offer
        m_bundledServer.port = quint16(port);
        m_bundledServer.shareOnNetwork = bundled.value(QStringLiteral("shareOnNetwork")).toBool();
    }
    return true;
}

bool Profile::save(QString *error) const
{
    QJsonObject json;
    json.insert(QStringLiteral("formatVersion"), kFormatVersion);
    json.insert(QStringLiteral("profileId"), m_id);
    const auto optional = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    json.insert(QStringLiteral("serverUrl"), optional(m_serverUrl));
    json.insert(QStringLiteral("tenantId"), optional(m_tenantId));
    json.insert(QStringLiteral("tenantName"), optional(m_tenantName));
    if (m_bundledServer.isSet()) {
        json.insert(QStringLiteral("bundledServer"),
            QJsonObject {{QStringLiteral("dataDirectory"), m_bundledServer.dataDirectory},
                {QStringLiteral("port"), m_bundledServer.port},
                {QStringLiteral("shareOnNetwork"), m_bundledServer.shareOnNetwork}});
    }

    QSaveFile file(settingsFilePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(settingsFilePath(), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(settingsFilePath(), file.errorString());
        return false;
    }
    return true;
}
