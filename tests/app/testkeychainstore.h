#pragma once

#include <QObject>
#include <QString>

// KeychainStore against a real Secret Service (run through tests/support/with-keyring.sh), and
// a process without any keychain, which must fail clearly and write no file.
class TestKeychainStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void storeReadOverwriteRemove();
    void missingEntryIsNotAnError();
    void profilesAreSeparate();
    void emptyInputIsRejected();
    void environmentOverride();
    void noKeychainSaysSoAndWritesNothing_data();
    void noKeychainSaysSoAndWritesNothing();

private:
    QString profile(const QString &name) const;

    QString m_prefix; // keeps runs apart even if two share a keyring
};
