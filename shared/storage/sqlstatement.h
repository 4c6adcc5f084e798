#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <memory>

// An executed statement, borrowed from its connection's cache of prepared statements (or
// owned, when the cached one is busy). Finishing it on destruction releases SQLite's read
// snapshot at once and leaves the prepared statement ready for the next use.
class SqlStatement
{
public:
    SqlStatement(QSqlQuery *cached, bool *inUse);
    explicit SqlStatement(std::unique_ptr<QSqlQuery> owned);
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&) = delete;
    SqlStatement(const SqlStatement &) = delete;
    ~SqlStatement();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    void finish();
    const QSqlQuery &query() const { return *m_query; }

private:
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    std::unique_ptr<QSqlQuery> m_owned;
};
