#include "csvwriter.h"

QByteArray CsvWriter::row(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        const QString &cell = cells.at(i);
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r')
            || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
        if (quote) {
            QString escaped = cell;
            escaped.replace(u'"', QStringLiteral("\"\""));
            line += u'"' + escaped + u'"';
        } else {
            line += cell;
        }
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}
