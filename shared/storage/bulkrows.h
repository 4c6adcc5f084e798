#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// A batch of rows for BulkRowInserter, already encoded for SQLite: one cell per value and one
// buffer for the text of all of them. Batches are made on one thread and inserted on another;
// with a QByteArray per text value, freeing a batch of a million rows (16 million blocks) on the
// inserting thread took about a tenth of its time.
class BulkRows
{
public:
    struct Cell
    {
        enum Type : char { Null, Integer, Text };
        Type type = Null;
        int size = 0; // Text: length in bytes
        qint64 value = 0; // Integer: the value; Text: offset in the text buffer
    };

    explicit BulkRows(int columns = 0);

    int columns() const { return m_columns; }
    qsizetype rowCount() const { return m_columns > 0 ? m_cells.size() / m_columns : 0; }
    void reserve(qsizetype rows, qsizetype textBytes);

    // Values of the row being added, in column order.
    void addNull() { m_cells.append(Cell {}); }
    void addInteger(qint64 value) { m_cells.append(Cell {Cell::Integer, 0, value}); }
    void addText(QByteArrayView utf8)
    {
        m_cells.append(Cell {Cell::Text, int(utf8.size()), m_text.size()});
        m_text.append(utf8);
    }

    const Cell &cell(qsizetype row, int column) const
    {
        return m_cells.at(row * m_columns + column);
    }
    // Valid while the batch is neither changed nor destroyed.
    QByteArrayView text(const Cell &cell) const
    {
        return QByteArrayView(m_text.constData() + cell.value, cell.size);
    }

private:
    int m_columns = 0;
    QList<Cell> m_cells;
    QByteArray m_text; // UTF-8
};
