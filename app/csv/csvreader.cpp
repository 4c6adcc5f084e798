#include "csvreader.h"

#include <QStringDecoder>

bool CsvReader::parse(const QByteArray &data, QList<CsvRow> *rows, QString *error)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QString text;
    text.reserve(bytes.size());
    // Decoded line by line: a line feed byte is never part of a multi-byte UTF-8 sequence, so
    // the first line that fails to decode is the line to report.
    int lineNumber = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        else
            ++end;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text += decoder.decode(bytes.sliced(start, end - start));
        if (decoder.hasError()) {
            *error = tr("line %1: the text is not valid UTF-8").arg(lineNumber);
            return false;
        }
        if (end == bytes.size())
            break;
        start = end;
        ++lineNumber;
    }

    rows->clear();
    int line = 1;
    CsvRow row;
    QString cell;
    bool inQuotes = false;
    bool cellWasQuoted = false;
    bool rowHasContent = false;
    int quoteLine = 0;
    row.line = 1;

    const auto endCell = [&] {
        row.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRow = [&] {
        endCell();
        // A blank line is no record (a file ending in a line break must not add one).
        if (rowHasContent || row.cells.size() > 1)
            rows->append(row);
        row = CsvRow();
        rowHasContent = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (row.cells.isEmpty() && cell.isEmpty() && !cellWasQuoted && !rowHasContent)
            row.line = line;
        if (c == u',') {
            rowHasContent = true;
            endCell();
        } else if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
            continue; // the LF ends the row
        } else if (c == u'\n') {
            endRow();
            ++line;
        } else if (c == u'"') {
            if (!cell.isEmpty() || cellWasQuoted) {
                *error = tr("line %1: a double quote inside an unquoted cell (quote the whole "
                            "cell and double the quote)")
                             .arg(line);
                return false;
            }
            inQuotes = true;
            cellWasQuoted = true;
            rowHasContent = true;
            quoteLine = line;
        } else {
            if (cellWasQuoted) {
                *error = tr("line %1: text after the closing quote of a cell").arg(line);
                return false;
            }
            cell += c;
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        *error = tr("line %1: a quoted cell is never closed").arg(quoteLine);
        return false;
    }
    endRow();
    return true;
}
