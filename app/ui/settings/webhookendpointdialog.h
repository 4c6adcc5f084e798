#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class StatusBanner;

// The add/edit form of a webhook endpoint: URL, the events it wants (a check box per collection
// and action, or all of them), enabled, description. OK needs a URL and at least one event;
// the server's objections (e.g. a refused address) are shown with showError().
class WebhookEndpointDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WebhookEndpointDialog(QWidget *parent = nullptr);

    // Fills the form from an endpoint as the API returns it (editing).
    void setEndpoint(const QJsonObject &endpoint);
    // The form as a request body (all four fields, so it serves for POST and PATCH).
    QJsonObject body() const;
    QStringList events() const;
    void setEvents(const QStringList &events);

    QLineEdit *urlField() const { return m_url; }
    QLineEdit *descriptionField() const { return m_description; }
    QCheckBox *enabledBox() const { return m_enabled; }
    QCheckBox *allEventsBox() const { return m_all; }
    QCheckBox *eventBox(const QString &event) const; // "contact.created"
    void showError(const QString &text);

    // Every event name an endpoint can ask for, "contact.created" … "ticket.deleted".
    static QStringList knownEvents();

private:
    void updateState();

    StatusBanner *m_banner = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_all = nullptr;
    QList<QCheckBox *> m_events;
    QDialogButtonBox *m_buttons = nullptr;
};
