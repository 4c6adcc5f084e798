#include "webhookendpointdialog.h"

#include "statusbanner.h"
#include "ui/collectioncolumns.h"

#include "domain/collectionspec.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

const QString kAllEvents = QStringLiteral("*");

QStringList eventActions()
{
    return {QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("deleted")};
}

} // namespace

QStringList WebhookEndpointDialog::knownEvents()
{
    QStringList names;
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        for (const QString &action : eventActions())
            names << spec.entityType + u'.' + action;
    }
    return names;
}

WebhookEndpointDialog::WebhookEndpointDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Webhook endpoint"));
    m_banner = new StatusBanner(this);
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://example.com/hooks/omniotap"));
    m_url->setMaxLength(2048);
    m_description = new QLineEdit(this);
    m_description->setMaxLength(255);
    m_enabled = new QCheckBox(tr("Enabled: send events to this URL"), this);
    m_enabled->setChecked(true);

    auto *eventsBox = new QGroupBox(tr("Events"), this);
    auto *grid = new QGridLayout(eventsBox);
    m_all = new QCheckBox(tr("All events, including those of future versions"), eventsBox);
    grid->addWidget(m_all, 0, 0, 1, 4);
    const QStringList actionLabels = {tr("Created"), tr("Updated"), tr("Deleted")};
    for (int column = 0; column < actionLabels.size(); ++column)
        grid->addWidget(new QLabel(actionLabels.at(column), eventsBox), 1, column + 1);
    int row = 2;
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        grid->addWidget(new QLabel(CollectionColumns::title(spec), eventsBox), row, 0);
        int column = 1;
        for (const QString &action : eventActions()) {
            auto *box = new QCheckBox(eventsBox);
            const QString event = spec.entityType + u'.' + action;
            box->setObjectName(event);
            box->setToolTip(event);
            box->setAccessibleName(event);
            connect(box, &QCheckBox::toggled, this, &WebhookEndpointDialog::updateState);
            grid->addWidget(box, row, column++, Qt::AlignCenter);
            m_events << box;
        }
        ++row;
    }
    connect(m_all, &QCheckBox::toggled, this, &WebhookEndpointDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), m_enabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &WebhookEndpointDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(eventsBox);
    layout->addWidget(m_buttons);
    // The API's default for a new endpoint.
    setEvents({kAllEvents});
}

void WebhookEndpointDialog::setEndpoint(const QJsonObject &endpoint)
{
    m_url->setText(endpoint.value(QStringLiteral("url")).toString());
    m_description->setText(endpoint.value(QStringLiteral("description")).toString());
    m_enabled->setChecked(endpoint.value(QStringLiteral("enabled")).toBool(true));
    QStringList events;
    for (const QJsonValue &event : endpoint.value(QStringLiteral("events")).toArray())
        events << event.toString();
    setEvents(events);
}

QJsonObject WebhookEndpointDialog::body() const
{
    const QString description = m_description->text().trimmed();
    return {{QStringLiteral("url"), m_url->text().trimmed()},
        {QStringLiteral("events"), QJsonArray::fromStringList(events())},
        {QStringLiteral("enabled"), m_enabled->isChecked()},
        {QStringLiteral("description"),
            description.isEmpty() ? QJsonValue() : QJsonValue(description)}};
}

QStringList WebhookEndpointDialog::events() const
{
    if (m_all->isChecked())
        return {kAllEvents};
    QStringList chosen;
    for (const QCheckBox *box : m_events) {
        if (box->isChecked())
            chosen << box->objectName();
    }
    return chosen;
}

void WebhookEndpointDialog::setEvents(const QStringList &events)
{
    m_all->setChecked(events.contains(kAllEvents));
    for (QCheckBox *box : m_events)
        box->setChecked(events.contains(box->objectName()));
    updateState();
}

QCheckBox *WebhookEndpointDialog::eventBox(const QString &event) const
{
    for (QCheckBox *box : m_events) {
        if (box->objectName() == event)
            return box;
    }
    return nullptr;
}

void WebhookEndpointDialog::showError(const QString &text)
{
    m_banner->showError(text);
}

void WebhookEndpointDialog::updateState()
{
    for (QCheckBox *box : m_events)
        box->setEnabled(!m_all->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_url->text().trimmed().isEmpty() && !events().isEmpty());
}
