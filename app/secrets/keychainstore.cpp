#include "keychainstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

KeychainStore::KeychainStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{ }

QString KeychainStore::serviceName()
{
    return QStringLiteral("omniotap");
}

QString KeychainStore::keychainName()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service over D-Bus");
#endif
}

bool KeychainStore::store(const QString &profileId, const QString &apiKey, QString *error) const
{
    if (!checkProfileId(profileId, error))
        return false;
    if (apiKey.isEmpty()) {
        if (error)
            *error = tr("The API key to store is empty.");
        return false;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(profileId);
    job->setTextData(apiKey);
    switch (run(job, nullptr, error)) {
    case Outcome::Done:
        return true;
    case Outcome::NotFound:
        // Not expected from a write, but a false return must always come with a reason.
        if (error)
            *error = tr("The keychain (%1) could not store the API key.").arg(keychainName());
        return false;
    case Outcome::Failed:
        break;
    }
    return false;
}

std::optional<QString> KeychainStore::read(const QString &profileId, QString *error) const
{
    if (error)
        error->clear();
    if (!checkProfileId(profileId, error))
        return std::nullopt;
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(profileId);
    QString apiKey;
    if (run(job, &apiKey, error) != Outcome::Done)
        return std::nullopt;
    return apiKey;
}

bool KeychainStore::remove(const QString &profileId, QString *error) const
{
    if (!checkProfileId(profileId, error))
        return false;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(profileId);
    return run(job, nullptr, error) != Outcome::Failed;
}

KeychainStore::Outcome KeychainStore::run(
    QKeychain::Job *rawJob, QString *readData, QString *error) const
{
    std::unique_ptr<QKeychain::Job> job(rawJob);
    job->setAutoDelete(false);
    // Explicit although it is QtKeychain's default: with it on, a missing keychain would
    // silently put the key into a QSettings file in plain text.
    job->setInsecureFallback(false);

    bool finished = false;
    // Declared after everything the lambdas touch, so its connections die first.
    QEventLoop loop;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
    job->start(); // queued: nothing happens before the loop runs
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        // The Secret Service may still answer later and QtKeychain would then call into the
        // job, so it must outlive this call: it deletes itself once it finishes.
        job->setAutoDelete(true);
        job.release();
        if (error) {
            *error = tr("The keychain (%1) did not answer within %n second(s).", nullptr,
                (m_timeoutMs + 999) / 1000)
                         .arg(keychainName());
        }
        return Outcome::Failed;
    }

    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        if (readData) {
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job.get()))
                *readData = readJob->textData();
        }
        return Outcome::Done;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        if (error)
            *error = tr("The keychain (%1) denied access: %2").arg(keychainName(), detail);
        return Outcome::Failed;
    case QKeychain::CouldNotDeleteEntry:
        if (error)
            *error = tr("Could not delete the API key from the keychain (%1): %2")
                         .arg(keychainName(), detail);
        return Outcome::Failed;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Through libsecret every failure to reach the Secret Service (no session bus, no
        // keyring daemon) arrives as OtherError with the D-Bus message as its text, so
        // OtherError is reported as an unavailable keychain too, with that text attached.
        break;
    }
    if (error)
        *error = tr("No keychain is available (%1): %2").arg(keychainName(), detail);
    return Outcome::Failed;
}

bool KeychainStore::checkProfileId(const QString &profileId, QString *error)
{
    if (!profileId.trimmed().isEmpty())
        return true;
    if (error)
        *error = tr("The profile id for the keychain entry is empty.");
    return false;
}
