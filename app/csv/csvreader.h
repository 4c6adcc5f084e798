#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One record of a CSV file and the line it starts on (1-based; a quoted cell may span lines).
struct CsvRow
{
    int line = 0;
    QStringList cells;
};

// Reads CSV as RFC 4180 defines it: comma-separated cells, records ended by CRLF (a bare LF is
// accepted too), cells in double quotes may hold commas, quotes (doubled) and line breaks.
// Input is UTF-8 with or without a byte order mark. Blank lines are skipped. Strict about the
// rest, because a half-understood row must never be imported: a quote inside an unquoted cell,
// text after a closing quote, an unclosed quote or invalid UTF-8 is an error with its line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // false with *error ("line 7: ...") when the text is not valid CSV.
    static bool parse(const QByteArray &data, QList<CsvRow> *rows, QString *error);
};
