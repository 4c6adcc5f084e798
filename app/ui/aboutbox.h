#pragma once

#include <QCoreApplication>

class QWidget;

// Help › About OmnioTap: the version (the one CMake stamps into every binary and package), what
// the app is, and the Qt it runs on.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void show(QWidget *parent);
};
