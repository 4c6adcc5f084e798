#include "ratelimittab.h"

#include "settingsapi.h"
#include "settingstext.h"
#include "statusbanner.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

RateLimitTab::RateLimitTab(SettingsApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
{
    m_banner = new StatusBanner(this);
    m_tenantLabel = new QLabel(this);
    m_tenantLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limitLabel = new QLabel(this);
    m_usageLabel = new QLabel(this);
    m_resetLabel = new QLabel(this);
    m_usage = new QProgressBar(this);
    m_usage->setTextVisible(false);
    auto *note = new QLabel(tr("All API keys of the tenant share this limit; a request over it is "
                               "refused with 429 until the window ends. The server's operator "
                               "sets it (omniotap-server tenant set-rate-limit)."),
        this);
    note->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    connect(refresh, &QPushButton::clicked, this, [this] {
        if (reload())
            m_banner->clearMessage();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Tenant:"), m_tenantLabel);
    form->addRow(tr("Limit:"), m_limitLabel);
    form->addRow(tr("This window:"), m_usage);
    form->addRow(QString(), m_usageLabel);
    form->addRow(tr("Window ends:"), m_resetLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(&m_api, &SettingsApi::rateLimitSeen, this, &RateLimitTab::showWindow);
    showWindow(-1, -1, -1);
}

bool RateLimitTab::reload()
{
    const ApiReply reply = m_api.get(QStringLiteral("/api/v1/tenant"));
    if (reply.status != 200) {
        m_banner->showError(
            tr("Could not load the tenant's settings.\n%1").arg(SettingsText::failure(reply)));
        return false;
    }
    const QJsonObject tenant = reply.json();
    const QJsonObject rate = tenant.value(QStringLiteral("rateLimit")).toObject();
    m_tenantName = tenant.value(QStringLiteral("name")).toString();
    m_tenantLabel->setText(
        tr("%1 (%2)").arg(m_tenantName, tenant.value(QStringLiteral("id")).toString()));
    m_windowSeconds = rate.value(QStringLiteral("windowSeconds")).toInt(60);
    // The body describes the same window as the headers (which showWindow already got), but
    // a server behind a proxy that strips headers still tells the limit this way.
    if (reply.rateLimit < 0)
        showWindow(rate.value(QStringLiteral("limit")).toInteger(-1),
            rate.value(QStringLiteral("remaining")).toInteger(-1),
            rate.value(QStringLiteral("reset")).toInteger(-1));
    else
        showWindow(reply.rateLimit, reply.rateLimitRemaining, reply.rateLimitReset);
    return true;
}

void RateLimitTab::showWindow(qint64 limit, qint64 remaining, qint64 resetEpochSeconds)
{
    m_limit = limit;
    m_remaining = remaining;
    if (limit < 0) {
        m_limitLabel->setText(tr("unknown"));
        m_usageLabel->clear();
        m_resetLabel->clear();
        m_usage->setRange(0, 1);
        m_usage->setValue(0);
        return;
    }
    const QLocale locale;
    m_limitLabel->setText(
        tr("%1 requests per %2 seconds").arg(locale.toString(limit)).arg(m_windowSeconds));
    const qint64 used = qBound<qint64>(0, limit - qMax<qint64>(0, remaining), limit);
    // QProgressBar counts in int; limits beyond that are scaled to per-mille.
    const bool scaled = limit > 1'000'000;
    m_usage->setRange(0, scaled ? 1000 : int(qMax<qint64>(limit, 1)));
    m_usage->setValue(scaled ? int(used * 1000 / limit) : int(used));
    m_usageLabel->setText(
        tr("%1 used, %2 left (counting this dialog's own requests)")
            .arg(locale.toString(used), locale.toString(qMax<qint64>(0, remaining))));
    m_resetLabel->setText(resetEpochSeconds < 0
            ? QString()
            : locale.toString(QDateTime::fromSecsSinceEpoch(resetEpochSeconds).toLocalTime().time(),
                QLocale::LongFormat));
}
