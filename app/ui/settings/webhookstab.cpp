#include "webhookstab.h"

#include "settingsapi.h"
#include "settingstext.h"
#include "statusbanner.h"
#include "webhookdeliveriesview.h"
#include "webhookendpointdialog.h"
#include "webhooksecretfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString endpointsPath(const QString &id = {}, const QString &action = {})
{
    QString path = QStringLiteral("/api/v1/webhooks");
    if (!id.isEmpty())
        path += u'/' + id;
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

} // namespace

WebhooksTab::WebhooksTab(SettingsApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_banner = new StatusBanner(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("URL"), tr("Enabled"), tr("Events"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = new QPushButton(tr("Add endpoint…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Delete…"), this);
    m_test = new QPushButton(tr("Send test event"), this);
    m_test->setToolTip(tr("Sends a webhook.test event, even to a disabled endpoint"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_test})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    m_secret = new WebhookSecretField(this);
    m_rotate = new QPushButton(tr("Rotate…"), this);
    m_rotate->setToolTip(tr("A new secret; the old one keeps signing beside it for 24 hours"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_rotate, 0, Qt::AlignTop);
    auto *secretForm = new QFormLayout;
    secretForm->addRow(tr("Signing secret:"), secretRow);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(buttons);
    topLayout->addLayout(secretForm);
    m_deliveries = new WebhookDeliveriesView(api, *m_banner, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_deliveries);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &WebhooksTab::addInteractively);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &WebhooksTab::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &WebhooksTab::sendTestToSelected);
    connect(m_rotate, &QPushButton::clicked, this, &WebhooksTab::rotateSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (reload())
            m_banner->clearMessage();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &WebhooksTab::showSelected);
    showSelected();
}

bool WebhooksTab::reload()
{
    QString error;
    const std::optional<QJsonArray> endpoints = m_api.listAll(endpointsPath(), &error);
    if (!endpoints) {
        m_banner->showError(tr("Could not load the webhook endpoints.\n%1").arg(error));
        return false;
    }
    const QString selected = selectedId();
    const QSignalBlocker blocker(m_table); // one showSelected() at the end, not one per row
    m_table->setRowCount(0);
    m_table->setRowCount(int(endpoints->size()));
    for (int row = 0; row < endpoints->size(); ++row) {
        const QJsonObject endpoint = endpoints->at(row).toObject();
        QStringList events;
        for (const QJsonValue &event : endpoint.value(QStringLiteral("events")).toArray())
            events << event.toString();
        const QString reason = endpoint.value(QStringLiteral("disabledReason")).toString();
        QString enabled = endpoint.value(QStringLiteral("enabled")).toBool() ? tr("Yes") : tr("No");
        if (reason == QLatin1String("gone"))
            enabled = tr("No: the receiver answered 410 Gone");
        else if (reason == QLatin1String("failing"))
            enabled = tr("No: every delivery failed for days");
        const QStringList cells = {endpoint.value(QStringLiteral("url")).toString(), enabled,
            events == QStringList {QStringLiteral("*")} ? tr("All")
                                                        : events.join(QStringLiteral(", ")),
            endpoint.value(QStringLiteral("description")).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, endpoint);
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!selectEndpoint(selected) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
    return true;
}

std::optional<QJsonObject> WebhooksTab::addEndpoint(const QJsonObject &body, QString *error)
{
    const ApiReply reply = m_api.send("POST", endpointsPath(), body);
    if (reply.status != 201) {
        const QString reason = SettingsText::failure(reply);
        m_banner->showError(tr("The endpoint was not added.\n%1").arg(reason));
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const QJsonObject endpoint = reply.json();
    remember(endpoint);
    reload();
    selectEndpoint(endpoint.value(QStringLiteral("id")).toString());
    m_banner->showInfo(tr("Added the endpoint. Its signing secret is below: store it in your "
                          "receiver now."));
    return endpoint;
}

std::optional<QJsonObject> WebhooksTab::updateEndpoint(
    const QString &id, const QJsonObject &patch, QString *error)
{
    const ApiReply reply = m_api.send("PATCH", endpointsPath(id), patch);
    if (reply.status != 200) {
        const QString reason = SettingsText::failure(reply);
        m_banner->showError(tr("The endpoint was not saved.\n%1").arg(reason));
        if (error)
            *error = reason;
        return std::nullopt;
    }
    reload();
    m_banner->showInfo(tr("Saved the endpoint."));
    return reply.json();
}

bool WebhooksTab::removeEndpoint(const QString &id)
{
    const ApiReply reply = m_api.send("DELETE", endpointsPath(id));
    if (reply.status != 204) {
        m_banner->showError(
            tr("The endpoint was not deleted.\n%1").arg(SettingsText::failure(reply)));
        return false;
    }
    m_secrets.remove(id);
    reload();
    m_banner->showInfo(tr("Deleted the endpoint and the deliveries still queued for it."));
    return true;
}

QString WebhooksTab::sendTestEvent(const QString &id)
{
    const ApiReply reply = m_api.send("POST", endpointsPath(id, QStringLiteral("test")));
    if (reply.status != 202) {
        m_banner->showError(
            tr("The test event was not sent.\n%1").arg(SettingsText::failure(reply)));
        return {};
    }
    const QString eventId = reply.json().value(QStringLiteral("eventId")).toString();
    m_banner->showInfo(tr("Test event %1 is on its way; its attempts show in the log below once "
                          "made (Refresh).")
                           .arg(eventId));
    return eventId;
}

QString WebhooksTab::rotateSecret(const QString &id)
{
    const ApiReply reply = m_api.send("POST", endpointsPath(id, QStringLiteral("rotate-secret")));
    if (reply.status != 200) {
        m_banner->showError(
            tr("The secret was not rotated.\n%1").arg(SettingsText::failure(reply)));
        return {};
    }
    const QJsonObject endpoint = reply.json();
    remember(endpoint);
    if (selectedId() == id)
        m_secret->setSecret(m_secrets.value(id));
    m_banner->showInfo(tr("New secret made. For 24 hours every event carries signatures with "
                          "both the old and the new secret, so receivers can switch over."));
    return endpoint.value(QStringLiteral("secret")).toString();
}

int WebhooksTab::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (endpointAt(row).value(QStringLiteral("id")).toString() == id)
            return row;
    }
    return -1;
}

QString WebhooksTab::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty()
        ? QString()
        : endpointAt(items.first()->row()).value(QStringLiteral("id")).toString();
}

bool WebhooksTab::selectEndpoint(const QString &id)
{
    const int row = id.isEmpty() ? -1 : rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QJsonObject WebhooksTab::endpointAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Url);
    return item ? item->data(Qt::UserRole).toJsonObject() : QJsonObject();
}

void WebhooksTab::addInteractively()
{
    WebhookEndpointDialog dialog(this);
    dialog.setWindowTitle(tr("Add webhook endpoint"));
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (addEndpoint(dialog.body(), &error))
            return;
        dialog.showError(error); // the form stays as typed, to be fixed
    }
}

void WebhooksTab::editSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    WebhookEndpointDialog dialog(this);
    dialog.setWindowTitle(tr("Edit webhook endpoint"));
    dialog.setEndpoint(endpointAt(rowOf(id)));
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (updateEndpoint(id, dialog.body(), &error))
            return;
        dialog.showError(error);
    }
}

void WebhooksTab::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::warning(this, tr("Delete webhook endpoint"),
        tr("Delete the endpoint %1? Events still queued for it are dropped.")
            .arg(endpointAt(rowOf(id)).value(QStringLiteral("url")).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeEndpoint(id);
}

void WebhooksTab::rotateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Rotate signing secret"),
        tr("Make a new signing secret for %1? The old one keeps signing beside it for 24 hours; "
           "update your receiver within that time.")
            .arg(endpointAt(rowOf(id)).value(QStringLiteral("url")).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        rotateSecret(id);
}

void WebhooksTab::sendTestToSelected()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        sendTestEvent(id);
}

void WebhooksTab::showSelected()
{
    const QString id = selectedId();
    for (QPushButton *button : {m_edit, m_remove, m_test, m_rotate})
        button->setEnabled(!id.isEmpty());
    m_secret->setSecret(m_secrets.value(id));
    m_secret->setEnabled(!id.isEmpty());
    m_deliveries->showEndpoint(id);
}

void WebhooksTab::remember(const QJsonObject &endpointWithSecret)
{
    const QString secret = endpointWithSecret.value(QStringLiteral("secret")).toString();
    if (!secret.isEmpty())
        m_secrets.insert(endpointWithSecret.value(QStringLiteral("id")).toString(), secret);
}
