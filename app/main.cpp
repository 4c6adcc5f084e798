#include "cli/commandline.h"

#include <QCoreApplication>

// The omniotap executable. So far only its command-line face; the windows come later.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omniotap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIOTAP_VERSION));
    return CommandLine::run(QCoreApplication::arguments());
}
