#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;
class SettingsApi;
class StatusBanner;
class WebhookDeliveriesView;
class WebhookSecretField;

// The tenant's webhook endpoints (/api/v1/webhooks): the list, an add/edit form, delete, the
// signing secret (shown when the server hands it out: on create and on rotate), a test event,
// and the delivery log of the selected endpoint. The functions that take parameters do the
// work without any dialog, for the buttons and for tests alike.
class WebhooksTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { Url, Enabled, Events, Description, ColumnCount };

    explicit WebhooksTab(SettingsApi &api, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    StatusBanner *banner() const { return m_banner; }
    WebhookSecretField *secretField() const { return m_secret; }
    WebhookDeliveriesView *deliveries() const { return m_deliveries; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *testButton() const { return m_test; }

    bool reload();
    // POST /api/v1/webhooks with body (url, events, enabled, description); the endpoint with
    // its secret, or std::nullopt with the server's reason in the banner (and *error).
    std::optional<QJsonObject> addEndpoint(const QJsonObject &body, QString *error = nullptr);
    // PATCH /api/v1/webhooks/{id}.
    std::optional<QJsonObject> updateEndpoint(
        const QString &id, const QJsonObject &patch, QString *error = nullptr);
    bool removeEndpoint(const QString &id);
    // POST /api/v1/webhooks/{id}/test; the test event's id (its webhook-id), empty on failure.
    QString sendTestEvent(const QString &id);
    // POST /api/v1/webhooks/{id}/rotate-secret; the new secret, empty on failure.
    QString rotateSecret(const QString &id);

    int rowOf(const QString &id) const;
    QString selectedId() const;
    bool selectEndpoint(const QString &id);
    QJsonObject endpointAt(int row) const;

    // The buttons: ask with dialogs where needed, then call the functions above.
    void addInteractively();
    void editSelected();
    void removeSelected();
    void rotateSelected();
    void sendTestToSelected();

private:
    void showSelected();
    void remember(const QJsonObject &endpointWithSecret);

    SettingsApi &m_api;
    StatusBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_refresh = nullptr;
    WebhookSecretField *m_secret = nullptr;
    WebhookDeliveriesView *m_deliveries = nullptr;
    // Secrets the server handed out while this dialog is open (endpoint id -> secret): it never
    // shows them again.
    QHash<QString, QString> m_secrets;
};
