#include "workspaceserverindicator.h"

#include "hosting/workspaceaddresses.h"

WorkspaceServerIndicator::WorkspaceServerIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("workspaceServer"));
    // Colleagues need the address typed exactly: let the user select and copy it.
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void WorkspaceServerIndicator::showRunning(quint16 port, bool shareOnNetwork)
{
    const QStringList addresses
        = shareOnNetwork ? WorkspaceAddresses::forColleagues(port) : QStringList();
    if (addresses.isEmpty()) {
        setText(tr("Workspace server: this computer only (port %1)").arg(port));
        setToolTip(shareOnNetwork
                ? tr("No network connection: colleagues can connect once this computer is on a "
                     "network.")
                : tr("Colleagues cannot connect: the workspace listens on this computer only."));
        return;
    }
    setText(tr("Colleagues connect at %1").arg(addresses.constFirst()));
    setToolTip(tr("The workspace server runs while OmnioTap is open. Addresses:\n%1")
                   .arg(addresses.join(u'\n')));
}

void WorkspaceServerIndicator::showStopped(const QString &reason)
{
    setText(tr("Workspace server stopped"));
    setToolTip(reason);
}
