#include "testfirststartwizard.h"

#include "httpclient.h"

#include "hosting/inprocessserverhost.h"
#include "profile/profile.h"
#include "secrets/keychainstore.h"
#include "ui/bundledserverstarter.h"
#include "ui/firststart/firststartwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

} // namespace

void TestFirstStartWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFirstStartWizard::cleanup()
{
    m_dir.reset();
}

std::optional<Profile> TestFirstStartWizard::reloadProfile() const
{
    QString error;
    std::optional<Profile> profile = Profile::open(m_dir->filePath(u"profile"_s), &error);
    if (!profile)
        qWarning("%s", qPrintable(error));
    return profile;
}

std::unique_ptr<FirstStartWizard> TestFirstStartWizard::openWizard(
    Profile &profile, const QString &choice)
{
    auto wizard = std::make_unique<FirstStartWizard>(
        profile, [] { return std::make_unique<InProcessServerHost>(); });
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    auto *button = child<QCommandLinkButton>(wizard.get(), choice);
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return wizard;
}

quint16 TestFirstStartWizard::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::Any, 0);
    return probe.serverPort();
}

void TestFirstStartWizard::localWorkspaceRunsServerAndKeepsKey()
{
    std::optional<Profile> profile = reloadProfile();
    QVERIFY(profile);
    QVERIFY(profile->needsSetup());
    std::unique_ptr<FirstStartWizard> wizard = openWizard(*profile, u"startLocalWorkspace"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(FirstStartWizard::LocalWorkspacePage));
    auto *teamName = child<QLineEdit>(wizard.get(), u"teamName"_s);
    teamName->clear();
    QTest::keyClicks(teamName, u"M"_s);
    teamName->insert(u"üller & Söhne"_s); // QTest types Latin-1 only
    child<QLineEdit>(wizard.get(), u"dataFolder"_s)->setText(m_dir->filePath(u"workspace"_s));
    const quint16 port = freePort();
    child<QSpinBox>(wizard.get(), u"port"_s)->setValue(port);
    child<QCheckBox>(wizard.get(), u"shareOnNetwork"_s)->setChecked(false);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    QVERIFY2(wizard->currentId() == FirstStartWizard::SummaryPage,
        qPrintable(child<QLabel>(wizard.get(), u"setupError"_s)->text()));
    const QString summary = child<QLabel>(wizard.get(), u"summaryText"_s)->text();
    QVERIFY2(summary.contains(u"Müller &amp; Söhne"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Only this computer"_s), qPrintable(summary));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
    std::unique_ptr<BundledServerHost> server = wizard->takeServer();
    QVERIFY(server);
    QCOMPARE(server->port(), port);

    // Saved: the next start runs the same server and syncs with it.
    const std::optional<Profile> saved = reloadProfile();
    QVERIFY(saved);
    QVERIFY(!saved->needsSetup());
    QCOMPARE(saved->serverUrl(), u"http://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(saved->bundledServer().dataDirectory, m_dir->filePath(u"workspace"_s));
    QCOMPARE(saved->bundledServer().port, port);
    QCOMPARE(saved->bundledServer().shareOnNetwork, false);
    QCOMPARE(saved->tenantName(), u"Müller & Söhne"_s);

    // The key is in the keychain, and the running server takes it as an admin key.
    QString error;
    const std::optional<QString> key = KeychainStore().read(saved->id(), &error);
    QVERIFY2(key && key->startsWith(u"otk_"_s), qPrintable(error));
    HttpClient http(QUrl(saved->serverUrl()));
    http.setApiKey(*key);
    const HttpResult tenant = http.get(u"/api/v1/tenant"_s);
    QCOMPARE(tenant.status, 200);
    QCOMPARE(tenant.json().object().value(u"id"_s).toString(), saved->tenantId());
    QCOMPARE(tenant.json().object().value(u"name"_s).toString(), u"Müller & Söhne"_s);
    const HttpResult created = http.post(
        u"/api/v1/contacts"_s, {{u"firstName"_s, u"Ada"_s}, {u"lastName"_s, u"Lovelace"_s}});
    QCOMPARE(created.status, 201);

    // "Only this computer": another interface's address does not reach it.
    server.reset();
    QCOMPARE(http.get(u"/api/v1/tenant"_s).status, 0); // stopped with the app
}

void TestFirstStartWizard::localWorkspaceOnUsedPortExplainsAndSavesNothing()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::Any, 0));
    std::optional<Profile> profile = reloadProfile();
    QVERIFY(profile);
    std::unique_ptr<FirstStartWizard> wizard = openWizard(*profile, u"startLocalWorkspace"_s);
    QVERIFY(wizard);
    child<QLineEdit>(wizard.get(), u"dataFolder"_s)->setText(m_dir->filePath(u"workspace"_s));
    child<QSpinBox>(wizard.get(), u"port"_s)->setValue(blocker.serverPort());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    auto *error = child<QLabel>(wizard.get(), u"setupError"_s);
    QVERIFY2(wizard->currentId() == FirstStartWizard::LocalWorkspacePage,
        qPrintable(child<QLabel>(wizard.get(), u"summaryText"_s)->text()));
    QVERIFY2(error->isVisible(), qPrintable(error->text()));
    QVERIFY2(
        error->text().contains(QString::number(blocker.serverPort())), qPrintable(error->text()));
    const std::optional<Profile> saved = reloadProfile();
    QVERIFY(saved && saved->needsSetup());
    // Loaded again, the profile still offers the usual port, not the spin box's minimum.
    QCOMPARE(saved->bundledServer().port, quint16(8080));

    // Another port works on the same page, without starting over.
    const quint16 port = freePort();
    child<QSpinBox>(wizard.get(), u"port"_s)->setValue(port);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(FirstStartWizard::SummaryPage));
    QVERIFY(!reloadProfile()->needsSetup());
    // Closed on its last page instead of Finish: the workspace is set up, and keeps running.
    wizard->reject();
    std::unique_ptr<BundledServerHost> server = wizard->takeServer();
    QVERIFY(server);
    QCOMPARE(server->port(), port);
}

void TestFirstStartWizard::bundledServerRestartsOnSameTenant()
{
    BundledServerSettings settings;
    settings.dataDirectory = m_dir->filePath(u"workspace"_s);
    settings.port = freePort();
    settings.shareOnNetwork = true;
    QString error;
    BundledServerHost::Workspace first;
    {
        InProcessServerHost host;
        QCOMPARE(host.start(settings, &error), settings.port);
        first = host.provision(u"Team"_s, u"first"_s, &error);
        QVERIFY2(!first.tenantId.isEmpty(), qPrintable(error));
    }
    InProcessServerHost host;
    QCOMPARE(host.start(settings, &error), settings.port);
    HttpClient http(QUrl(u"http://127.0.0.1:%1"_s.arg(settings.port)));
    http.setApiKey(first.adminKey); // keys outlive the app that made them
    QCOMPARE(http.get(u"/api/v1/tenant"_s).status, 200);
    const BundledServerHost::Workspace second = host.provision(u"Other"_s, u"second"_s, &error);
    QCOMPARE(second.tenantId, first.tenantId);
    QCOMPARE(second.tenantName, u"Team"_s);
    QVERIFY(second.adminKey != first.adminKey);

    // A folder that cannot be a workspace is explained, not crashed on.
    QFile file(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    InProcessServerHost broken;
    settings.dataDirectory = file.fileName();
    settings.port = freePort();
    QCOMPARE(broken.start(settings, &error), quint16(0));
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
}

void TestFirstStartWizard::bundledServerOnTakenPortMovesToAnother()
{
    // A workspace set up earlier, whose port another program has taken since.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::Any, 0));
    std::optional<Profile> profile = reloadProfile();
    QVERIFY(profile);
    BundledServerSettings settings;
    settings.dataDirectory = m_dir->filePath(u"workspace"_s);
    settings.port = squatter.serverPort();
    profile->setBundledServer(settings);
    profile->setServerUrl(u"http://127.0.0.1:%1"_s.arg(settings.port));
    QString error;
    QVERIFY(profile->save(&error));

    const quint16 freeOne = freePort();
    QString said;
    // The app explains, the user chooses another port and types a free one.
    QTimer::singleShot(0, [&said, freeOne] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        said = box->text();
        QTimer::singleShot(0, [freeOne] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setIntValue(freeOne);
            dialog->accept();
        });
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    std::unique_ptr<BundledServerHost> server = BundledServerStarter::start(
        *profile, [] { return std::make_unique<InProcessServerHost>(); }, nullptr, &error);
    QVERIFY2(said.contains(QString::number(squatter.serverPort())), qPrintable(said));
    QVERIFY2(server, qPrintable(error));
    QCOMPARE(server->port(), freeOne);
    const std::optional<Profile> saved = reloadProfile();
    QCOMPARE(saved->bundledServer().port, freeOne);
    QCOMPARE(saved->serverUrl(), u"http://127.0.0.1:%1"_s.arg(freeOne));

    // Or the user works offline: nothing runs, the reason is kept for the status bar.
    server.reset();
    QTcpServer second;
    QVERIFY(second.listen(QHostAddress::Any, freeOne));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::RejectRole)
                button->click();
        }
    });
    std::optional<Profile> again = reloadProfile();
    error.clear();
    QVERIFY(!BundledServerStarter::start(
        *again, [] { return std::make_unique<InProcessServerHost>(); }, nullptr, &error));
    QVERIFY2(error.contains(QString::number(freeOne)), qPrintable(error));
    QCOMPARE(reloadProfile()->bundledServer().port, freeOne); // unchanged

    // A data folder that cannot be opened: another port would not help, so none is offered.
    QFile blocker(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    std::optional<Profile> broken = reloadProfile();
    BundledServerSettings brokenSettings = broken->bundledServer();
    brokenSettings.dataDirectory = blocker.fileName();
    broken->setBundledServer(brokenSettings);
    int offers = -1;
    QTimer::singleShot(0, [&offers] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        offers = 0;
        for (QAbstractButton *button : box->buttons())
            offers += button->text().contains(u"Port"_s) ? 1 : 0;
        box->accept();
    });
    error.clear();
    QVERIFY(!BundledServerStarter::start(
        *broken, [] { return std::make_unique<InProcessServerHost>(); }, nullptr, &error));
    QVERIFY2(error.contains(blocker.fileName()), qPrintable(error));
    QCOMPARE(offers, 0);
}

void TestFirstStartWizard::remoteServerChecksKeyBeforeSaving()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Remote team"_s));
    std::optional<Profile> profile = reloadProfile();
    QVERIFY(profile);
    std::unique_ptr<FirstStartWizard> wizard = openWizard(*profile, u"connectToServer"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(FirstStartWizard::RemoteServerPage));
    QTest::keyClicks(child<QLineEdit>(wizard.get(), u"serverUrl"_s), server.baseUrl().toString());
    auto *keyField = child<QLineEdit>(wizard.get(), u"apiKey"_s);
    QTest::keyClicks(keyField, u"otk_wrongwrongwrongwrongwrongwrongwrongwrong"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);

    QCOMPARE(wizard->currentId(), int(FirstStartWizard::RemoteServerPage));
    auto *error = child<QLabel>(wizard.get(), u"connectError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"refused the API key"_s), qPrintable(error->text()));
    QVERIFY(reloadProfile()->needsSetup());
    QString keychainError;
    QVERIFY(!KeychainStore().read(profile->id(), &keychainError));

    keyField->clear();
    QTest::keyClicks(keyField, u"  "_s + tenant.key().key + u" "_s); // pasted with blanks
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(FirstStartWizard::SummaryPage));
    QVERIFY(child<QLabel>(wizard.get(), u"summaryText"_s)->text().contains(u"Remote team"_s));
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->takeServer()); // nothing runs here

    const std::optional<Profile> saved = reloadProfile();
    QCOMPARE(saved->serverUrl(), server.baseUrl().toString());
    QCOMPARE(saved->tenantId(), tenant.id());
    QVERIFY(!saved->bundledServer().isSet());
    QCOMPARE(
        KeychainStore().read(saved->id(), &keychainError).value_or(QString()), tenant.key().key);
}

void TestFirstStartWizard::remoteServerRefusesBadAddress()
{
    std::optional<Profile> profile = reloadProfile();
    QVERIFY(profile);
    std::unique_ptr<FirstStartWizard> wizard = openWizard(*profile, u"connectToServer"_s);
    QVERIFY(wizard);
    auto *url = child<QLineEdit>(wizard.get(), u"serverUrl"_s);
    QTest::keyClicks(url, u"ftp://example.com"_s);
    QTest::keyClicks(child<QLineEdit>(wizard.get(), u"apiKey"_s), u"otk_x"_s);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    auto *error = child<QLabel>(wizard.get(), u"connectError"_s);
    QVERIFY2(error->text().contains(u"not a server address"_s), qPrintable(error->text()));

    // Nothing listens there: said in words, nothing saved.
    url->setText(u"http://127.0.0.1:%1"_s.arg(freePort()));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(FirstStartWizard::RemoteServerPage));
    QVERIFY2(error->text().contains(u"Cannot reach"_s), qPrintable(error->text()));
    QVERIFY(reloadProfile()->needsSetup());
}

QTEST_MAIN(TestFirstStartWizard)
