#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;
class SettingsApi;
class StatusBanner;

// The tenant's API keys (GET /api/v1/api-keys): name, prefix, scopes, dates. Create shows the
// new key once; Revoke asks first (DELETE /api/v1/api-keys/{id}). The functions that take
// parameters do the work without any dialog, for the buttons and for tests alike.
class ApiKeysTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Prefix, Scopes, Created, Expires, LastUsed, ColumnCount };

    explicit ApiKeysTab(SettingsApi &api, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    StatusBanner *banner() const { return m_banner; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *revokeButton() const { return m_revoke; }

    // Loads the list again; false (with the reason shown) when that failed.
    bool reload();
    // POST /api/v1/api-keys; the created key with its one-time "key", or std::nullopt with the
    // server's reason in the banner (and in *error).
    std::optional<QJsonObject> createKey(const QString &name, const QStringList &scopes,
        const QDateTime &expiresAt = {}, QString *error = nullptr);
    bool revokeKey(const QString &id);
    // The row showing the key with this id, or -1.
    int rowOf(const QString &id) const;
    QString selectedId() const;
    bool selectKey(const QString &id);

    // The buttons: ask with dialogs, then call the functions above.
    void createInteractively();
    void revokeSelected();

private:
    void updateButtons();
    bool isOwnKey(int row) const;

    SettingsApi &m_api;
    StatusBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_refresh = nullptr;
};
