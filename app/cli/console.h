#pragma once

#include <QByteArray>
#include <QString>

// The process's standard streams, unbuffered by Qt (each call writes through), as UTF-8.
class Console
{
public:
    static void out(const QByteArray &bytes);
    static void outLine(const QString &line);
    static void errLine(const QString &line);
    // One line from stdin without its line end; empty at end of input.
    static QString readLine();
};
