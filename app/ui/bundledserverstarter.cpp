#include "bundledserverstarter.h"

#include "hosting/workspaceaddresses.h"
#include "profile/profile.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

std::unique_ptr<BundledServerHost> BundledServerStarter::start(
    Profile &profile, const BundledServerFactory &serverFactory, QWidget *parent, QString *error)
{
    if (!profile.bundledServer().isSet())
        return nullptr;
    std::unique_ptr<BundledServerHost> server = serverFactory();
    for (;;) {
        if (server->start(profile.bundledServer(), error) != 0)
            return server;
        if (server->lastFailure() != BundledServerHost::Failure::Listen) {
            // Another port would not help: say what is wrong and open the cache offline.
            QMessageBox::warning(parent, tr("OmnioTap"),
                tr("The workspace server could not start, so OmnioTap works offline until it "
                   "can:\n%1")
                    .arg(*error));
            return nullptr;
        }
        const quint16 port = askForAnotherPort(profile, *error, parent);
        if (port == 0)
            return nullptr; // the window still opens, on the cache, offline
        QString saveError;
        if (!moveToPort(profile, port, &saveError)) {
            *error = saveError;
            QMessageBox::warning(parent, tr("OmnioTap"), saveError);
            return nullptr;
        }
    }
}

quint16 BundledServerStarter::askForAnotherPort(
    const Profile &profile, const QString &error, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("OmnioTap"),
        tr("The workspace server could not start:\n%1\n\nAnother program may be using port %2. "
           "Choose another port, or work offline on this computer's copy until the next start.")
            .arg(error)
            .arg(profile.bundledServer().port),
        QMessageBox::NoButton, parent);
    QPushButton *choose = box.addButton(tr("Choose Another Port…"), QMessageBox::AcceptRole);
    box.addButton(tr("Work Offline"), QMessageBox::RejectRole);
    box.setDefaultButton(choose);
    box.exec();
    if (box.clickedButton() != choose)
        return 0;
    bool ok = false;
    const int port = QInputDialog::getInt(parent, tr("Workspace server port"),
        tr("Port for the workspace server (colleagues then connect to the new address):"),
        profile.bundledServer().port == 65535 ? 1024 : profile.bundledServer().port + 1, 1024,
        65535, 1, &ok);
    return ok ? quint16(port) : 0;
}

bool BundledServerStarter::moveToPort(Profile &profile, quint16 port, QString *error)
{
    BundledServerSettings settings = profile.bundledServer();
    settings.port = port;
    profile.setBundledServer(settings);
    profile.setServerUrl(WorkspaceAddresses::onThisComputer(port));
    return profile.save(error);
}
