#pragma once

#include "hosting/bundledserverhost.h"

#include <QCoreApplication>

// Starts the desktop window: checks that there is a display, opens the profile (the first-start
// wizard when it has no server yet), runs the workspace's bundled server when this computer
// hosts it, opens the cache and shows the main window until it is closed.
class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    // serverFactory makes the bundled server (the executable passes the server library's).
    static int run(int &argc, char **argv, const BundledServerFactory &serverFactory);

private:
    static bool hasDisplay();
};
