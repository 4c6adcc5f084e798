#pragma once

#include <QCoreApplication>

// Starts the desktop window: checks that there is a display, opens the profile's cache and
// shows the main window until it is closed.
class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    static int run(int &argc, char **argv);

private:
    static bool hasDisplay();
};
