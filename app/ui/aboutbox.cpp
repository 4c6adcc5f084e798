#include "aboutbox.h"

#include <QMessageBox>

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About OmnioTap"),
        tr("<h3>OmnioTap %1</h3>"
           "<p>A CRM for sales teams: contacts, customers, leads, an opportunity pipeline and "
           "support tickets. It works on a copy of your records on this computer, offline too, "
           "and syncs them with your team's server.</p>"
           "<p>Built with Qt %2. Licensed under the MIT licence.</p>")
            .arg(QStringLiteral(OMNIOTAP_VERSION), QString::fromLatin1(qVersion())));
}
