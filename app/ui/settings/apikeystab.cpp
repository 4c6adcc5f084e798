#include "apikeystab.h"

#include "createkeydialog.h"
#include "newkeydialog.h"
#include "settingsapi.h"
#include "settingstext.h"
#include "statusbanner.h"

#include "net/apiclient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ApiKeysTab::ApiKeysTab(SettingsApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_banner = new StatusBanner(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Prefix"), tr("Scopes"), tr("Created"), tr("Expires"), tr("Last used")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_create = new QPushButton(tr("Create key…"), this);
    m_revoke = new QPushButton(tr("Revoke…"), this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &ApiKeysTab::createInteractively);
    connect(m_revoke, &QPushButton::clicked, this, &ApiKeysTab::revokeSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (reload())
            m_banner->clearMessage();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApiKeysTab::updateButtons);
    updateButtons();
}

bool ApiKeysTab::reload()
{
    QString error;
    const std::optional<QJsonArray> keys
        = m_api.listAll(QStringLiteral("/api/v1/api-keys"), &error);
    if (!keys) {
        m_banner->showError(tr("Could not load the API keys.\n%1").arg(error));
        return false;
    }
    const QString selected = selectedId();
    m_table->setRowCount(0);
    m_table->setRowCount(int(keys->size()));
    for (int row = 0; row < keys->size(); ++row) {
        const QJsonObject key = keys->at(row).toObject();
        QStringList scopes;
        for (const QJsonValue &scope : key.value(QStringLiteral("scopes")).toArray())
            scopes << scope.toString();
        const QStringList cells = {key.value(QStringLiteral("name")).toString(),
            key.value(QStringLiteral("prefix")).toString() + QStringLiteral("…"),
            scopes.join(QStringLiteral(", ")),
            SettingsText::time(key.value(QStringLiteral("createdAt")).toString()),
            SettingsText::time(key.value(QStringLiteral("expiresAt")).toString(), tr("never")),
            SettingsText::time(key.value(QStringLiteral("lastUsedAt")).toString(), tr("never"))};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, key.value(QStringLiteral("id")).toString());
            item->setData(Qt::UserRole + 1, key.value(QStringLiteral("prefix")).toString());
            m_table->setItem(row, column, item);
        }
        if (isOwnKey(row))
            m_table->item(row, Name)->setToolTip(tr("The key this app is using"));
    }
    m_table->resizeColumnsToContents();
    selectKey(selected);
    updateButtons();
    return true;
}

std::optional<QJsonObject> ApiKeysTab::createKey(
    const QString &name, const QStringList &scopes, const QDateTime &expiresAt, QString *error)
{
    QJsonObject body {{QStringLiteral("name"), name},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)}};
    if (expiresAt.isValid())
        body.insert(QStringLiteral("expiresAt"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    const ApiReply reply = m_api.send("POST", QStringLiteral("/api/v1/api-keys"), body);
    if (reply.status != 201) {
        const QString reason = SettingsText::failure(reply);
        m_banner->showError(tr("The key was not created.\n%1").arg(reason));
        if (error)
            *error = reason;
        return std::nullopt;
    }
    const QJsonObject created = reply.json();
    m_banner->showInfo(tr("Created the key \"%1\".").arg(name));
    reload();
    selectKey(created.value(QStringLiteral("id")).toString());
    return created;
}

bool ApiKeysTab::revokeKey(const QString &id)
{
    const int row = rowOf(id);
    const QString name = row >= 0 ? m_table->item(row, Name)->text() : id;
    const ApiReply reply = m_api.send("DELETE", QStringLiteral("/api/v1/api-keys/%1").arg(id));
    if (reply.status != 204) {
        m_banner->showError(
            tr("The key \"%1\" was not revoked.\n%2").arg(name, SettingsText::failure(reply)));
        return false;
    }
    m_banner->showInfo(tr("Revoked the key \"%1\": it no longer opens the API.").arg(name));
    reload();
    return true;
}

int ApiKeysTab::rowOf(const QString &id) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toString() == id)
            return row;
    }
    return -1;
}

QString ApiKeysTab::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

bool ApiKeysTab::selectKey(const QString &id)
{
    const int row = id.isEmpty() ? -1 : rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ApiKeysTab::createInteractively()
{
    CreateKeyDialog dialog(this);
    // The dialog stays open with the server's reason until a key is made or the user gives up.
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const std::optional<QJsonObject> created
            = createKey(dialog.name(), dialog.scopes(), dialog.expiresAt(), &error);
        if (created) {
            NewKeyDialog shown(
                dialog.name(), created->value(QStringLiteral("key")).toString(), this);
            shown.exec();
            return;
        }
        dialog.showError(error);
    }
}

void ApiKeysTab::revokeSelected()
{
    const QString id = selectedId();
    const int row = rowOf(id);
    if (row < 0)
        return;
    QString question = tr("Revoke the key \"%1\"? Programs using it lose access at once. This "
                          "cannot be undone.")
                           .arg(m_table->item(row, Name)->text());
    if (isOwnKey(row))
        question += u'\n'
            + tr("This is the key this app is using: after revoking it, the app can no longer "
                 "reach the server.");
    const auto answer = QMessageBox::warning(this, tr("Revoke API key"), question,
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        revokeKey(id);
}

void ApiKeysTab::updateButtons()
{
    m_revoke->setEnabled(!selectedId().isEmpty());
}

bool ApiKeysTab::isOwnKey(int row) const
{
    const QString prefix = m_table->item(row, Name)->data(Qt::UserRole + 1).toString();
    return !prefix.isEmpty() && m_api.client().apiKey().startsWith(prefix);
}
