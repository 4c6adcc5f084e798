#pragma once

#include <QByteArray>
#include <QStringList>

// Writes CSV as RFC 4180 defines it: UTF-8, CRLF line ends, a cell quoted when it holds a
// comma, a double quote (doubled inside), a line break, or blanks at either end (which a
// reader could otherwise trim).
class CsvWriter
{
public:
    static QByteArray row(const QStringList &cells);
};
