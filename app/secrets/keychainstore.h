#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace QKeychain {
class Job;
}

// The API key of each profile, kept in the OS keychain through QtKeychain (the Secret Service
// on Linux, the Keychain on macOS, the Credential Manager on Windows) and never in a plain file:
// the insecure fallback of QtKeychain is off, so without a keychain every call fails and says so.
//
// One entry per profile: service "omniotap", key = the profile id. The id, not the profile
// folder's path, names the entry because the entry must survive moving the data folder and be
// recognisable in a keychain manager (Seahorse shows "omniotap" / "work"). The keychain itself is
// per OS user, so the id only has to be unique among one user's profiles.
//
// The calls are synchronous because command-line tools use them: each runs the QtKeychain job in
// a local event loop, bounded by a timeout so a hung Secret Service cannot hang a command. A
// QCoreApplication must exist.
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)

public:
    static constexpr int DefaultTimeoutMs = 10'000;

    explicit KeychainStore(int timeoutMs = DefaultTimeoutMs);

    static QString serviceName();
    // What the keychain is called on this platform, for messages ("Secret Service over D-Bus").
    static QString keychainName();

    // Creates or overwrites the profile's entry.
    bool store(const QString &profileId, const QString &apiKey, QString *error) const;
    // The stored key; std::nullopt with an empty *error when the profile has no entry, and
    // std::nullopt with a message naming the keychain when the keychain cannot be used.
    std::optional<QString> read(const QString &profileId, QString *error) const;
    // Removing an entry that does not exist succeeds: the outcome the caller wanted holds.
    bool remove(const QString &profileId, QString *error) const;

private:
    enum class Outcome { Done, NotFound, Failed };

    // Runs the job to its end (or the timeout). The store owns the job until it finishes; a job
    // that times out is left to delete itself, because QtKeychain still holds callbacks into it.
    Outcome run(QKeychain::Job *job, QString *readData, QString *error) const;
    static bool checkProfileId(const QString &profileId, QString *error);

    int m_timeoutMs;
};
