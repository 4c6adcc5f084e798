#pragma once

#include "bundledserversettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// One local workspace of the desktop client: a folder that holds the cache (cache.db: records,
// the offline outbox, conflicts and the sync cursor) and profile.json (the profile's id, the
// server's URL and the tenant's id). The API key is never in either: it lives in the keychain
// under the profile id, or comes from OMNIOTAP_API_KEY.
//
// The sync cursor is kept in cache.db rather than in profile.json because it must advance in
// the same transaction as the pulled page it follows.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // The platform's app data folder + "/default".
    static QString defaultDirectory();

    // Opens the profile in directory, creating the folder (owner-only) and profile.json with a
    // new profile id on first use. std::nullopt with *error when the folder or file is unusable.
    static std::optional<Profile> open(const QString &directory, QString *error);

    QString directory() const { return m_directory; }
    QString cacheFilePath() const;
    QString settingsFilePath() const;

    // A UUID made on first use; names the profile's keychain entry.
    QString id() const { return m_id; }
    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url) { m_serverUrl = url; }
    // Empty until a connect learned it (a key without the admin scope cannot ask).
    QString tenantId() const { return m_tenantId; }
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    QString tenantName() const { return m_tenantName; }
    void setTenantName(const QString &name) { m_tenantName = name; }
    // Set when this computer hosts the workspace; the server URL then points at it.
    BundledServerSettings bundledServer() const { return m_bundledServer; }
    void setBundledServer(const BundledServerSettings &settings) { m_bundledServer = settings; }
    // Neither a server to sync with nor one to run: the first-start wizard asks which.
    bool needsSetup() const { return m_serverUrl.isEmpty() && !m_bundledServer.isSet(); }

    // Writes profile.json atomically (a crash leaves the old or the new file, never half).
    bool save(QString *error) const;

private:
    Profile() = default;
    bool load(QString *error);

    QString m_directory;
    QString m_id;
    QString m_serverUrl;
    QString m_tenantId;
    QString m_tenantName;
    BundledServerSettings m_bundledServer;
};
