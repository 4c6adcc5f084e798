#include "sqlstatement.h"

SqlStatement::SqlStatement(QSqlQuery *cached, bool *inUse)
    : m_query(cached)
    , m_inUse(inUse)
{
    *m_inUse = true;
}

SqlStatement::SqlStatement(std::unique_ptr<QSqlQuery> owned)
    : m_query(owned.get())
    , m_owned(std::move(owned))
{ }

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_owned(std::move(other.m_owned))
{ }

SqlStatement::~SqlStatement()
{
    finish();
}

void SqlStatement::finish()
{
    if (m_query)
        m_query->finish();
    if (m_inUse) {
        *m_inUse = false;
        m_inUse = nullptr;
    }
}
