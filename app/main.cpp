#include "cli/commandline.h"
#include "hosting/inprocessserverhost.h"
#include "ui/desktopapp.h"

#include <QCoreApplication>

// The omniotap executable: with a command, the command line (no display needed); without,
// the desktop window.
int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!CommandLine::isCommand(arguments)) {
        QCoreApplication::setApplicationName(QStringLiteral("omniotap"));
        QCoreApplication::setOrganizationName(QStringLiteral("OmnioTap"));
        QCoreApplication::setApplicationVersion(QStringLiteral(OMNIOTAP_VERSION));
        return DesktopApp::run(argc, argv, [] { return std::make_unique<InProcessServerHost>(); });
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omniotap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIOTAP_VERSION));
    return CommandLine::run(QCoreApplication::arguments());
}
