#include "testtenantsettings.h"

#include "webhookreceiver.h"

#include "net/apiclient.h"
#include "ui/settings/apikeystab.h"
#include "ui/settings/createkeydialog.h"
#include "ui/settings/newkeydialog.h"
#include "ui/settings/ratelimittab.h"
#include "ui/settings/statusbanner.h"
#include "ui/settings/tenantsettingsdialog.h"
#include "ui/settings/webhookdeliveriesview.h"
#include "ui/settings/webhookendpointdialog.h"
#include "ui/settings/webhooksecretfield.h"
#include "ui/settings/webhookstab.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTenantRateLimit = 500;

// Runs act on the next modal dialog of type T once it is shown (exec() blocks the test until
// act closes it). Polls, since the dialog appears inside a nested event loop; gives up after a
// while so that a dialog that never came cannot be answered by a later test.
template<typename T> void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, waited] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if ((!dialog || !dialog->isVisible()) && !waited.hasExpired(15000))
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog && dialog->isVisible())
            act(dialog);
    });
    timer->start();
}

void answerMessageBox(QMessageBox::StandardButton button)
{
    whenModal<QMessageBox>([button](QMessageBox *box) { box->button(button)->click(); });
}

QStringList ids(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result << item.toObject().value(u"id"_s).toString();
    return result;
}

} // namespace

void TestTenantSettings::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
}

void TestTenantSettings::init()
{
    if (!m_server.isRunning())
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
    m_tenant = std::make_unique<TestTenant>();
    QVERIFY(m_tenant->setUp(
        m_server, QString::fromLatin1(QTest::currentTestFunction()), kTenantRateLimit));
}

void TestTenantSettings::cleanup()
{
    m_server.dumpLogIfFailed();
    m_tenant.reset();
}

std::unique_ptr<ApiClient> TestTenantSettings::adminClient() const
{
    return std::make_unique<ApiClient>(m_server.baseUrl(), m_tenant->key().key, 15'000);
}

void TestTenantSettings::apiKeysCreateAndShowOnce()
{
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    QVERIFY(dialog.reloadAll());
    ApiKeysTab *tab = dialog.apiKeysTab();
    QCOMPARE(dialog.tabs()->currentWidget(), tab);
    QCOMPARE(tab->table()->rowCount(), 1); // the tenant's own admin key
    QVERIFY(tab->rowOf(m_tenant->key().id) >= 0);
    QVERIFY(tab->table()->item(0, ApiKeysTab::Prefix)->text().startsWith(u"otk_"_s));
    QCOMPARE(tab->table()->item(0, ApiKeysTab::Scopes)->text(), u"admin"_s);

    const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(30);
    const std::optional<QJsonObject> created
        = tab->createKey(u"ERP sync"_s, {u"read"_s, u"write"_s}, expiry);
    QVERIFY(created);
    const QString key = created->value(u"key"_s).toString();
    const QString id = created->value(u"id"_s).toString();
    QVERIFY2(key.startsWith(u"otk_"_s), qPrintable(key));
    QVERIFY(!tab->banner()->isError());

    // In the list, selected, with its scopes and expiry; and in the API's list.
    const int row = tab->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(tab->table()->rowCount(), 2);
    QCOMPARE(tab->selectedId(), id);
    QCOMPARE(tab->table()->item(row, ApiKeysTab::Name)->text(), u"ERP sync"_s);
    QCOMPARE(tab->table()->item(row, ApiKeysTab::Scopes)->text(), u"read, write"_s);
    QVERIFY(tab->table()->item(row, ApiKeysTab::Expires)->text() != u"never"_s);
    QCOMPARE(tab->table()->item(row, ApiKeysTab::LastUsed)->text(), u"never"_s);
    const HttpResult listed = m_tenant->http().get(u"/api/v1/api-keys"_s);
    QCOMPARE(listed.status, 200);
    QVERIFY(ids(listed.data()).contains(id));
    for (const QJsonValue &item : listed.data())
        QVERIFY(!item.toObject().contains(u"key"_s)); // shown once, never listed

    // The key works.
    QCOMPARE(m_tenant->clientWithKey(key)->get(u"/api/v1/contacts"_s).status, 200);
}

void TestTenantSettings::apiKeysCreateThroughDialogsAndCopy()
{
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ApiKeysTab *tab = dialog.apiKeysTab();
    QTRY_COMPARE(tab->table()->rowCount(), 1); // loaded when shown

    QString shownKey;
    bool wasReadOnly = false;
    QString clipboard;
    QString warning;
    whenModal<CreateKeyDialog>([&](CreateKeyDialog *create) {
        QTest::keyClicks(create->nameField(), u"Reporting"_s);
        create->scopeBox(u"read"_s)->setChecked(true);
        create->scopeBox(u"admin"_s)->setChecked(false);
        whenModal<NewKeyDialog>([&](NewKeyDialog *shown) {
            shownKey = shown->keyField()->text();
            wasReadOnly = shown->keyField()->isReadOnly();
            QTest::mouseClick(shown->copyButton(), Qt::LeftButton);
            clipboard = QGuiApplication::clipboard()->text();
            for (const QLabel *label : shown->findChildren<QLabel *>())
                warning += label->text();
            shown->accept();
        });
        create->accept();
    });
    QTest::mouseClick(tab->createButton(), Qt::LeftButton);

    QVERIFY2(shownKey.startsWith(u"otk_"_s), qPrintable(shownKey));
    QVERIFY(wasReadOnly);
    QCOMPARE(clipboard, shownKey);
    QVERIFY2(warning.contains(u"not be shown again"_s), qPrintable(warning));
    QCOMPARE(tab->table()->rowCount(), 2);
    const QString id = tab->selectedId();
    QCOMPARE(tab->table()->item(tab->rowOf(id), ApiKeysTab::Name)->text(), u"Reporting"_s);
    QCOMPARE(m_tenant->clientWithKey(shownKey)->get(u"/api/v1/contacts"_s).status, 200);
}

void TestTenantSettings::apiKeysRevokeAfterConfirmation()
{
    const CreatedKey extra = m_tenant->addKey({u"read"_s});
    QVERIFY(extra.isValid());
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    QVERIFY(dialog.reloadAll());
    ApiKeysTab *tab = dialog.apiKeysTab();
    QVERIFY(tab->selectKey(extra.id));
    QVERIFY(tab->revokeButton()->isEnabled());

    // Cancel leaves the key alone.
    answerMessageBox(QMessageBox::Cancel);
    QTest::mouseClick(tab->revokeButton(), Qt::LeftButton);
    QVERIFY(tab->rowOf(extra.id) >= 0);
    QCOMPARE(m_tenant->clientWithKey(extra.key)->get(u"/api/v1/contacts"_s).status, 200);

    // Yes revokes it: gone from the list, from the API's list, and refused.
    QString question;
    whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text();
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(tab->revokeButton(), Qt::LeftButton);
    QVERIFY2(question.contains(u"cannot be undone"_s), qPrintable(question));
    QCOMPARE(tab->rowOf(extra.id), -1);
    QVERIFY(!tab->banner()->isError());
    QVERIFY(!ids(m_tenant->http().get(u"/api/v1/api-keys"_s).data()).contains(extra.id));
    QCOMPARE(m_tenant->clientWithKey(extra.key)->get(u"/api/v1/contacts"_s).status, 401);

    // Revoking it again is refused, in words.
    QVERIFY(!tab->revokeKey(extra.id));
    QVERIFY(tab->banner()->isError());
    QVERIFY2(tab->banner()->text().contains(extra.id), qPrintable(tab->banner()->text()));
}

void TestTenantSettings::webhookTestEventDeliveryLogAndRedeliver()
{
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    WebhooksTab *tab = dialog.webhooksTab();
    dialog.tabs()->setCurrentWidget(tab);
    QCOMPARE(tab->table()->rowCount(), 0);

    // Added through the form: contact events only, with a description.
    whenModal<WebhookEndpointDialog>([&](WebhookEndpointDialog *form) {
        QTest::keyClicks(form->urlField(), receiver.url());
        QTest::keyClicks(form->descriptionField(), u"Local receiver"_s);
        form->allEventsBox()->setChecked(false);
        for (const QString &event : {u"contact.created"_s, u"contact.updated"_s})
            form->eventBox(event)->setChecked(true);
        form->accept();
    });
    QTest::mouseClick(tab->addButton(), Qt::LeftButton);
    QCOMPARE(tab->table()->rowCount(), 1);
    QVERIFY2(!tab->banner()->isError(), qPrintable(tab->banner()->text()));
    const QString id = tab->selectedId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(tab->table()->item(0, WebhooksTab::Url)->text(), receiver.url());
    QCOMPARE(
        tab->table()->item(0, WebhooksTab::Events)->text(), u"contact.created, contact.updated"_s);
    QCOMPARE(tab->table()->item(0, WebhooksTab::Description)->text(), u"Local receiver"_s);
    const QJsonObject stored = m_tenant->http().get(u"/api/v1/webhooks/"_s + id).object();
    QCOMPARE(stored.value(u"events"_s).toArray().size(), 2);
    QCOMPARE(stored.value(u"enabled"_s).toBool(), true);

    // The secret: masked, revealed on demand, copied.
    const QString secret = tab->secretField()->secret();
    QVERIFY2(secret.startsWith(u"whsec_"_s), qPrintable(secret));
    QCOMPARE(tab->secretField()->field()->echoMode(), QLineEdit::Password);
    QTest::mouseClick(tab->secretField()->revealButton(), Qt::LeftButton);
    QCOMPARE(tab->secretField()->field()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(tab->secretField()->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);

    // A test event, signed with that secret, reaches the receiver.
    QTest::mouseClick(tab->testButton(), Qt::LeftButton);
    QVERIFY2(!tab->banner()->isError(), qPrintable(tab->banner()->text()));
    QVERIFY(receiver.waitForCount(1));
    const ReceivedRequest request = receiver.requests().at(0);
    QCOMPARE(request.json().value(u"entity_type"_s).toString(), u"webhook"_s);
    QCOMPARE(request.json().value(u"action"_s).toString(), u"test"_s);
    QCOMPARE(request.json().value(u"data"_s).toObject().value(u"id"_s).toString(), id);
    QVERIFY(WebhookReceiver::verify(request, secret));
    QVERIFY(tab->banner()->text().contains(request.webhookId()));

    // Its attempt in the delivery log: event, status code, attempt number.
    WebhookDeliveriesView *log = tab->deliveries();
    QTRY_VERIFY_WITH_TIMEOUT(log->reload() && log->table()->rowCount() == 1, 10000);
    QCOMPARE(log->table()->item(0, WebhookDeliveriesView::Event)->text(), u"webhook.test"_s);
    QCOMPARE(log->table()->item(0, WebhookDeliveriesView::Status)->text(), u"200"_s);
    QCOMPARE(log->table()->item(0, WebhookDeliveriesView::Attempt)->text(), u"1"_s);

    // Redeliver: the same event (same webhook-id) again, and a second attempt in the log.
    log->table()->selectRow(0);
    QVERIFY(log->redeliverButton()->isEnabled());
    QTest::mouseClick(log->redeliverButton(), Qt::LeftButton);
    QVERIFY2(!tab->banner()->isError(), qPrintable(tab->banner()->text()));
    QVERIFY(receiver.waitForWebhookId(request.webhookId(), 2));
    QTRY_VERIFY_WITH_TIMEOUT(log->reload() && log->table()->rowCount() == 2, 10000);

    // Rotating gives a new secret; events then carry both signatures.
    const QString rotated = tab->rotateSecret(id);
    QVERIFY(rotated.startsWith(u"whsec_"_s));
    QVERIFY(rotated != secret);
    QCOMPARE(tab->secretField()->secret(), rotated);
    QVERIFY(!tab->sendTestEvent(id).isEmpty());
    QVERIFY(receiver.waitForCount(3));
    QVERIFY(WebhookReceiver::verify(receiver.requests().at(2), rotated));
    QVERIFY(WebhookReceiver::verify(receiver.requests().at(2), secret));
}

void TestTenantSettings::webhookFormErrorsAndEdits()
{
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    QVERIFY(dialog.reloadAll());
    WebhooksTab *tab = dialog.webhooksTab();

    // The form: "all events" by default, and no OK without a URL or without events.
    WebhookEndpointDialog form;
    QCOMPARE(form.events(), QStringList {u"*"_s});
    QCOMPARE(WebhookEndpointDialog::knownEvents().size(), 15);
    QVERIFY(WebhookEndpointDialog::knownEvents().contains(u"ticket.deleted"_s));
    form.allEventsBox()->setChecked(false);
    QVERIFY(form.events().isEmpty());

    // A URL the server refuses: its reason, with the field, in words.
    QString error;
    QVERIFY(!tab->addEndpoint(
        {{u"url"_s, u"ftp://example.com/hook"_s}, {u"events"_s, QJsonArray {u"*"_s}}}, &error));
    QVERIFY(tab->banner()->isError());
    QVERIFY2(error.contains(u"url: "_s), qPrintable(error));
    QCOMPARE(tab->table()->rowCount(), 0);

    const std::optional<QJsonObject> added = tab->addEndpoint(
        {{u"url"_s, u"http://127.0.0.1:9/hook"_s}, {u"events"_s, QJsonArray {u"*"_s}}});
    QVERIFY(added);
    const QString id = added->value(u"id"_s).toString();
    QCOMPARE(tab->table()->item(0, WebhooksTab::Events)->text(), u"All"_s);
    QCOMPARE(tab->table()->item(0, WebhooksTab::Enabled)->text(), u"Yes"_s);

    // Edited through the form's body: disabled, ticket events only.
    form.setEndpoint(tab->endpointAt(0));
    QCOMPARE(form.urlField()->text(), u"http://127.0.0.1:9/hook"_s);
    form.enabledBox()->setChecked(false);
    form.setEvents({u"ticket.created"_s});
    QVERIFY(tab->updateEndpoint(id, form.body()));
    QCOMPARE(tab->table()->item(0, WebhooksTab::Enabled)->text(), u"No"_s);
    QCOMPARE(tab->table()->item(0, WebhooksTab::Events)->text(), u"ticket.created"_s);
    QCOMPARE(
        m_tenant->http().get(u"/api/v1/webhooks/"_s + id).object().value(u"enabled"_s).toBool(true),
        false);

    // Its secret is not known to a dialog that did not create it.
    TenantSettingsDialog other(*client);
    QVERIFY(other.reloadAll());
    QVERIFY(other.webhooksTab()->selectEndpoint(id));
    QVERIFY(other.webhooksTab()->secretField()->secret().isEmpty());

    // Deleted after a confirmation.
    QVERIFY(tab->selectEndpoint(id));
    answerMessageBox(QMessageBox::Yes);
    tab->removeSelected();
    QCOMPARE(tab->table()->rowCount(), 0);
    QCOMPARE(m_tenant->http().get(u"/api/v1/webhooks/"_s + id).status, 404);
}

void TestTenantSettings::rateLimitTabShowsLimitAndUse()
{
    const auto client = adminClient();
    TenantSettingsDialog dialog(*client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    RateLimitTab *tab = dialog.rateLimitTab();
    dialog.tabs()->setCurrentWidget(tab); // loads the tab
    QCOMPARE(tab->limit(), qint64(kTenantRateLimit));
    QCOMPARE(tab->tenantName(), m_tenant->name());
    QVERIFY2(tab->limitLabel()->text().contains(u"500"_s), qPrintable(tab->limitLabel()->text()));
    QVERIFY2(
        tab->limitLabel()->text().contains(u"60 seconds"_s), qPrintable(tab->limitLabel()->text()));
    const qint64 before = tab->remaining();
    QVERIFY(before >= 0 && before < kTenantRateLimit); // this dialog's requests count
    QCOMPARE(tab->usageBar()->maximum(), kTenantRateLimit);
    QCOMPARE(tab->usageBar()->value(), int(kTenantRateLimit - before));

    // Any request of the dialog updates the window's use.
    QVERIFY(dialog.apiKeysTab()->reload());
    QVERIFY(tab->remaining() < before || tab->remaining() > kTenantRateLimit - 5); // new window
    QVERIFY2(tab->usageLabel()->text().contains(u"left"_s), qPrintable(tab->usageLabel()->text()));
}

void TestTenantSettings::refusalsAndUnreachableServerShownInWords()
{
    // A key without the admin scope: the server's 403 detail, on each tab.
    const CreatedKey reader = m_tenant->addKey({u"read"_s, u"write"_s});
    TenantSettingsDialog readOnly(m_server.baseUrl(), reader.key);
    QVERIFY(!readOnly.reloadAll());
    for (const StatusBanner *banner : {readOnly.apiKeysTab()->banner(),
             readOnly.webhooksTab()->banner(), readOnly.rateLimitTab()->banner()}) {
        QVERIFY(banner->isError());
        QVERIFY2(banner->text().contains(u"admin"_s), qPrintable(banner->text()));
    }
    // A 422 with field errors, one line per field.
    QString error;
    TenantSettingsDialog admin(m_server.baseUrl(), m_tenant->key().key);
    QVERIFY(!admin.apiKeysTab()->createKey(u"  "_s, {u"root"_s}, {}, &error));
    QVERIFY2(error.contains(u"name: "_s) && error.contains(u"scopes/0: "_s), qPrintable(error));

    // Nobody listens: a timely message naming the failure, not a hang.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ApiClient nowhere(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), m_tenant->key().key, 3000);
    TenantSettingsDialog offline(nowhere);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!offline.reloadAll());
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(offline.apiKeysTab()->banner()->text().contains(u"could not be reached"_s),
        qPrintable(offline.apiKeysTab()->banner()->text()));
}

QTEST_MAIN(TestTenantSettings)
