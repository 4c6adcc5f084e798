#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class SettingsApi;
class StatusBanner;

// The tenant's rate limit (GET /api/v1/tenant) and how much of the current 60-second window
// is used, from the X-RateLimit-* headers of the latest answer: every request of this dialog
// updates it. The limit itself is the server operator's to change.
class RateLimitTab : public QWidget
{
    Q_OBJECT
public:
    explicit RateLimitTab(SettingsApi &api, QWidget *parent = nullptr);

    bool reload();
    void showWindow(qint64 limit, qint64 remaining, qint64 resetEpochSeconds);

    QString tenantName() const { return m_tenantName; }
    qint64 limit() const { return m_limit; } // -1 until known
    qint64 remaining() const { return m_remaining; }
    QLabel *limitLabel() const { return m_limitLabel; }
    QLabel *usageLabel() const { return m_usageLabel; }
    QProgressBar *usageBar() const { return m_usage; }
    StatusBanner *banner() const { return m_banner; }

private:
    SettingsApi &m_api;
    StatusBanner *m_banner = nullptr;
    QLabel *m_tenantLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
    QLabel *m_usageLabel = nullptr;
    QLabel *m_resetLabel = nullptr;
    QProgressBar *m_usage = nullptr;
    QString m_tenantName;
    int m_windowSeconds = 60;
    qint64 m_limit = -1;
    qint64 m_remaining = -1;
};
