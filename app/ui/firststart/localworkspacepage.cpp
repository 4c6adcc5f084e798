#include "localworkspacepage.h"

#include "setupsummarypage.h"
#include "wizardbinding.h"

#include "hosting/workspaceaddresses.h"
#include "profile/profile.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSysInfo>

LocalWorkspacePage::LocalWorkspacePage(Profile &profile, BundledServerFactory serverFactory,
    std::unique_ptr<BundledServerHost> &server, SetupSummaryPage *summary, QWidget *parent)
    : SetupStepPage(summary, QStringLiteral("setupError"), parent)
    , m_profile(profile)
    , m_serverFactory(std::move(serverFactory))
    , m_server(server)
    , m_teamName(new QLineEdit(tr("My team"), this))
    , m_folder(new QLineEdit(profile.directory() + QStringLiteral("/server"), this))
    , m_port(new QSpinBox(this))
    , m_share(new QCheckBox(tr("Colleagues on this network may connect"), this))
{
    setTitle(tr("A workspace on this computer"));
    setSubTitle(tr("OmnioTap runs your team's server while it is open. The data stays in the "
                   "folder below; back it up like any other important folder."));
    m_teamName->setObjectName(QStringLiteral("teamName"));
    m_teamName->setMaxLength(255);
    m_folder->setObjectName(QStringLiteral("dataFolder"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &LocalWorkspacePage::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_port->setObjectName(QStringLiteral("port"));
    // Below 1024 needs root on Unix; a desktop app never runs as root.
    m_port->setRange(1024, 65535);
    m_port->setValue(m_profile.bundledServer().port);
    m_port->setGroupSeparatorShown(false);
    m_share->setObjectName(QStringLiteral("shareOnNetwork"));
    m_share->setChecked(true);
    m_share->setToolTip(tr("Without this, only OmnioTap on this computer can reach the server."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Team name:"), m_teamName);
    auto *folderLabel = new QLabel(tr("&Data folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy by itself
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_share);
    form->addRow(errorLabel());
    // Not mandatory fields: QWizard wants those changed from their start values, and the
    // defaults are good ones. Next checks them instead.
    connect(m_teamName, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool LocalWorkspacePage::isComplete() const
{
    return !m_teamName->text().trimmed().isEmpty() && !m_folder->text().trimmed().isEmpty();
}

bool LocalWorkspacePage::apply()
{
    const QString teamName = m_teamName->text().trimmed();
    if (teamName.isEmpty()) {
        showError(tr("Give your team a name."));
        return false;
    }
    BundledServerSettings settings;
    // Absolute, as the next start may run from another working folder.
    QString folder = m_folder->text().trimmed();
    if (folder == QLatin1String("~") || folder.startsWith(QLatin1String("~/")))
        folder.replace(0, 1, QDir::homePath());
    settings.dataDirectory = QFileInfo(folder).absoluteFilePath();
    settings.port = quint16(m_port->value());
    settings.shareOnNetwork = m_share->isChecked();

    if (!m_server)
        m_server = m_serverFactory();
    QString error;
    const quint16 port = m_server->start(settings, &error);
    if (port == 0) {
        showError(error);
        return false;
    }
    const BundledServerHost::Workspace workspace = m_server->provision(
        teamName, tr("OmnioTap on %1").arg(QSysInfo::machineHostName()), &error);
    if (workspace.tenantId.isEmpty()) {
        m_server.reset(); // nothing half set up keeps listening
        showError(error);
        return false;
    }

    ServerKeyCheck::Result verified;
    verified.accepted = true;
    verified.tenantId = workspace.tenantId;
    verified.tenantName = workspace.tenantName;
    m_profile.setBundledServer(settings);
    const WizardBinding::Result bound = WizardBinding::bind(
        m_profile, QUrl(WorkspaceAddresses::onThisComputer(port)), workspace.adminKey, verified);
    if (!bound.bound) {
        m_profile.setBundledServer({});
        m_server.reset();
        showError(bound.error);
        return false;
    }
    summary()->describe(
        tr("Your workspace is ready"), summaryHtml(port, bound.keychainError, workspace.adminKey));
    return true;
}

QString LocalWorkspacePage::summaryHtml(
    quint16 port, const QString &keychainError, const QString &key) const
{
    QString html = tr("<p>OmnioTap runs the workspace <b>%1</b> on this computer, with its data "
                      "in <tt>%2</tt>.</p>")
                       .arg(m_profile.tenantName().toHtmlEscaped(),
                           m_profile.bundledServer().dataDirectory.toHtmlEscaped());
    const QStringList addresses = WorkspaceAddresses::forColleagues(port);
    if (!m_profile.bundledServer().shareOnNetwork || addresses.isEmpty()) {
        html += tr("<p>Only this computer can reach it (port %1).</p>").arg(port);
    } else {
        html += tr("<p>Colleagues connect to it while OmnioTap is open here, at:</p>");
        html += QStringLiteral("<ul>");
        for (const QString &address : addresses)
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(address.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        html += tr("<p>Each colleague needs an API key: create one in File › Tenant settings › "
                   "API keys.</p>");
    }
    if (!keychainError.isEmpty()) {
        html += tr("<p><b>The keychain could not keep your admin key</b> (%1). OmnioTap will ask "
                   "for it at each start, so copy it somewhere safe now:</p><p><tt>%2</tt></p>")
                    .arg(keychainError.toHtmlEscaped(), key.toHtmlEscaped());
    }
    return html;
}

void LocalWorkspacePage::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Data folder"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}
