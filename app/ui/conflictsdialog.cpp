#include "conflictsdialog.h"

#include "collectioncolumns.h"

#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "sync/conflictresolver.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString shown(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("ConflictsDialog", "(empty)");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

} // namespace

ConflictsDialog::ConflictsDialog(const LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Conflicts"));
    resize(860, 480);
    m_list = new QListWidget(this);
    m_fields = new QTableWidget(0, 4, this);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Was"), tr("Yours"), tr("Server's")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_fields, 1);
    auto *choices = new QHBoxLayout;
    m_keepServer = new QPushButton(tr("Keep the server's version"), this);
    m_keepServer->setToolTip(tr("Drop your changes of this record"));
    m_keepLocal = new QPushButton(tr("Keep yours"), this);
    m_keepLocal->setToolTip(
        tr("Your values win where both sides changed a field; the server's other changes stay"));
    choices->addStretch();
    choices->addWidget(m_keepServer);
    choices->addWidget(m_keepLocal);
    rightLayout->addLayout(choices);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setSizes({260, 600});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showSelected);
    connect(m_keepLocal, &QPushButton::clicked, this, [this] { keep(true); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { keep(false); });
    reload();
}

void ConflictsDialog::reload()
{
    m_list->clear();
    for (const LocalConflict &conflict : ConflictStore(m_store.db()).all()) {
        const CollectionSpec *spec = CollectionSpec::byName(conflict.collection);
        const QJsonObject record = conflict.local.isEmpty() ? conflict.server : conflict.local;
        QString name;
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("title"),
                 QStringLiteral("subject"), QStringLiteral("firstName")}) {
            if (name.isEmpty())
                name = record.value(field).toString();
        }
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(
                spec ? CollectionColumns::singular(*spec) : conflict.collection,
                name.isEmpty() ? conflict.recordId : name),
            m_list);
        item->setData(Qt::UserRole, conflict.recordId);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showSelected();
}

void ConflictsDialog::showSelected()
{
    m_fields->setRowCount(0);
    const QListWidgetItem *item = m_list->currentItem();
    m_keepLocal->setEnabled(item);
    m_keepServer->setEnabled(item);
    if (!item) {
        m_state->setText(tr("No conflicts: everything you changed has gone to the server or is "
                            "on its way."));
        return;
    }
    const std::optional<LocalConflict> conflict
        = ConflictStore(m_store.db()).find(item->data(Qt::UserRole).toString());
    if (!conflict)
        return;
    if (!conflict->rejected.isEmpty())
        m_state->setText(tr("The server refused your change: %1").arg(conflict->rejected));
    else if (conflict->serverDeleted)
        m_state->setText(tr("You changed this record; meanwhile it was deleted on the server. "
                            "Keeping yours creates it again."));
    else if (conflict->localDeleted)
        m_state->setText(tr("You deleted this record; meanwhile it was changed on the server."));
    else
        m_state->setText(tr("You and someone else changed the same fields differently."));
    const QJsonArray fields = conflict->toJson().value(QStringLiteral("fields")).toArray();
    m_fields->setRowCount(int(fields.size()));
    for (int row = 0; row < fields.size(); ++row) {
        const QJsonObject field = fields.at(row).toObject();
        const QStringList cells = {
            CollectionColumns::fieldLabel(field.value(QStringLiteral("field")).toString()),
            shown(field.value(QStringLiteral("base"))), shown(field.value(QStringLiteral("local"))),
            shown(field.value(QStringLiteral("server")))};
        for (int column = 0; column < cells.size(); ++column)
            m_fields->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool ConflictsDialog::keep(bool local)
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    try {
        ConflictResolver(m_store).resolve(item->data(Qt::UserRole).toString(),
            local ? ConflictResolver::Keep::Local : ConflictResolver::Keep::Server);
    } catch (const DomainError &error) {
        QMessageBox::warning(this, windowTitle(), error.detail());
        return false;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, windowTitle(), QString::fromUtf8(error.what()));
        return false;
    }
    reload();
    emit resolved();
    return true;
}
