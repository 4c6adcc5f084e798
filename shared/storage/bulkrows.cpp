#include "bulkrows.h"

BulkRows::BulkRows(int columns)
    : m_columns(columns)
{ }

void BulkRows::reserve(qsizetype rows, qsizetype textBytes)
{
    m_cells.reserve(rows * m_columns);
    m_text.reserve(textBytes);
}
