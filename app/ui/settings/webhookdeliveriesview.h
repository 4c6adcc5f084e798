#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class SettingsApi;
class StatusBanner;

// The delivery log of one webhook endpoint (GET /api/v1/webhooks/{id}/deliveries, newest
// first): when, which event, the receiver's status code, which attempt, and why it failed.
// Redeliver sends the selected attempt's event again with the same webhook-id.
class WebhookDeliveriesView : public QWidget
{
    Q_OBJECT
public:
    enum Column { Time, Event, Status, Attempt, Duration, Error, ColumnCount };
    // The log can hold 30 days of attempts; the newest are what an admin debugs with.
    static constexpr int Shown = 100;

    WebhookDeliveriesView(SettingsApi &api, StatusBanner &banner, QWidget *parent = nullptr);

    // Shows the log of this endpoint (empty: none).
    bool showEndpoint(const QString &endpointId);
    bool reload();
    // POST /api/v1/webhook-deliveries/{id}/redeliver; false with the reason in the banner.
    bool redeliver(const QString &attemptId);
    void redeliverSelected();

    QTableWidget *table() const { return m_table; }
    QPushButton *redeliverButton() const { return m_redeliver; }
    QString attemptIdAt(int row) const;

private:
    void updateButtons();

    SettingsApi &m_api;
    StatusBanner &m_banner;
    QString m_endpointId;
    QLabel *m_title = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_redeliver = nullptr;
    QPushButton *m_refresh = nullptr;
};
