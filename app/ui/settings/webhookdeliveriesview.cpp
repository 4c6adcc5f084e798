#include "webhookdeliveriesview.h"

#include "settingsapi.h"
#include "settingstext.h"
#include "statusbanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

WebhookDeliveriesView::WebhookDeliveriesView(
    SettingsApi &api, StatusBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(banner)
{
    m_title = new QLabel(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Event"), tr("Status code"), tr("Attempt"), tr("Duration"), tr("Error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_redeliver = new QPushButton(tr("Redeliver"), this);
    m_redeliver->setToolTip(tr("Send the selected event again now, with the same webhook-id"));
    m_refresh = new QPushButton(tr("Refresh"), this);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_refresh);
    header->addWidget(m_redeliver);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_redeliver, &QPushButton::clicked, this, &WebhookDeliveriesView::redeliverSelected);
    connect(m_refresh, &QPushButton::clicked, this, &WebhookDeliveriesView::reload);
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &WebhookDeliveriesView::updateButtons);
    showEndpoint(QString());
}

bool WebhookDeliveriesView::showEndpoint(const QString &endpointId)
{
    m_endpointId = endpointId;
    return reload();
}

bool WebhookDeliveriesView::reload()
{
    m_table->setRowCount(0);
    m_refresh->setEnabled(!m_endpointId.isEmpty());
    updateButtons();
    if (m_endpointId.isEmpty()) {
        m_title->setText(tr("Select an endpoint to see its deliveries."));
        return true;
    }
    const ApiReply reply = m_api.get(
        QStringLiteral("/api/v1/webhooks/%1/deliveries?limit=%2").arg(m_endpointId).arg(Shown));
    if (reply.status != 200) {
        m_title->setText(tr("Deliveries"));
        m_banner.showError(
            tr("Could not load the delivery log.\n%1").arg(SettingsText::failure(reply)));
        return false;
    }
    const QJsonObject json = reply.json();
    const QJsonArray attempts = json.value(QStringLiteral("data")).toArray();
    const int total = json.value(QStringLiteral("pagination"))
                          .toObject()
                          .value(QStringLiteral("total"))
                          .toInt();
    m_title->setText(total == 0 ? tr("No deliveries yet.")
            : total > attempts.size()
            ? tr("Deliveries: the latest %1 of %2 attempts").arg(attempts.size()).arg(total)
            : tr("Deliveries: %1 attempts").arg(total));
    m_table->setRowCount(int(attempts.size()));
    for (int row = 0; row < attempts.size(); ++row) {
        const QJsonObject attempt = attempts.at(row).toObject();
        const QJsonValue status = attempt.value(QStringLiteral("statusCode"));
        QString error = attempt.value(QStringLiteral("error")).toString();
        const QString retry = attempt.value(QStringLiteral("nextRetryAt")).toString();
        if (!retry.isEmpty())
            error = tr("%1 (next try %2)").arg(error, SettingsText::time(retry)).trimmed();
        const QStringList cells
            = {SettingsText::time(attempt.value(QStringLiteral("createdAt")).toString()),
                attempt.value(QStringLiteral("eventType")).toString(),
                status.isNull() ? tr("no answer") : QString::number(status.toInt()),
                QString::number(attempt.value(QStringLiteral("attempt")).toInt()),
                tr("%1 ms").arg(attempt.value(QStringLiteral("durationMs")).toInt()), error};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, attempt.value(QStringLiteral("id")).toString());
            m_table->setItem(row, column, item);
        }
        m_table->item(row, Event)
            ->setToolTip(
                tr("webhook-id %1").arg(attempt.value(QStringLiteral("eventId")).toString()));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
    return true;
}

bool WebhookDeliveriesView::redeliver(const QString &attemptId)
{
    const ApiReply reply = m_api.send(
        "POST", QStringLiteral("/api/v1/webhook-deliveries/%1/redeliver").arg(attemptId));
    if (reply.status != 202) {
        m_banner.showError(
            tr("The event was not redelivered.\n%1").arg(SettingsText::failure(reply)));
        return false;
    }
    m_banner.showInfo(tr("The event is on its way again; refresh the log to see the attempt."));
    return true;
}

void WebhookDeliveriesView::redeliverSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (!items.isEmpty())
        redeliver(items.first()->data(Qt::UserRole).toString());
}

QString WebhookDeliveriesView::attemptIdAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Time);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WebhookDeliveriesView::updateButtons()
{
    m_redeliver->setEnabled(!m_table->selectedItems().isEmpty());
}
