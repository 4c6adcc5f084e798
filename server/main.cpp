// omniotap-server: the OmnioTap sync server and its operator commands.
#include "cli/servercommandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omniotap-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("OmnioTap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIOTAP_VERSION));
    return ServerCommandLine::run(QCoreApplication::arguments());
}
