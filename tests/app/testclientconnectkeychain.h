#pragma once

#include "serverprocess.h"

#include <QObject>

// `omniotap connect` with the key on stdin and a real Secret Service (run through
// tests/support/with-keyring.sh): the key lands in the keychain under the profile id.
class TestClientConnectKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keyFromStdinIsStoredInTheKeychain();

private:
    ServerProcess m_server;
};
