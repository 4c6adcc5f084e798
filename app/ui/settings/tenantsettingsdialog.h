#pragma once

#include <QDialog>
#include <QSet>

#include <memory>

class ApiClient;
class ApiKeysTab;
class QTabWidget;
class QUrl;
class RateLimitTab;
class SettingsApi;
class WebhooksTab;

// The tenant's settings for its admins: API keys, webhooks and the rate limit, straight on the
// server's admin API (the key needs the admin scope). Each tab loads when first shown; every
// call waits for the server within the client's timeout, and what the server refuses is shown
// in the tab in its words.
class TenantSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Uses client, which must outlive the dialog.
    explicit TenantSettingsDialog(ApiClient &client, QWidget *parent = nullptr);
    // Makes its own client for this server and key.
    TenantSettingsDialog(const QUrl &serverUrl, const QString &apiKey, QWidget *parent = nullptr);
    ~TenantSettingsDialog() override;

    QTabWidget *tabs() const { return m_tabs; }
    ApiKeysTab *apiKeysTab() const { return m_keys; }
    WebhooksTab *webhooksTab() const { return m_webhooks; }
    RateLimitTab *rateLimitTab() const { return m_rateLimit; }

    // Loads every tab now (normally each loads when first shown); false if one failed.
    bool reloadAll();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    bool loadTab(int index);

    std::unique_ptr<ApiClient> m_ownClient;
    ApiClient &m_client;
    SettingsApi *m_api = nullptr;
    QTabWidget *m_tabs = nullptr;
    ApiKeysTab *m_keys = nullptr;
    WebhooksTab *m_webhooks = nullptr;
    RateLimitTab *m_rateLimit = nullptr;
    QSet<int> m_loaded; // tab indexes loaded at least once
};
