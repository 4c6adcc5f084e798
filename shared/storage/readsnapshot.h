#pragma once

#include <QSqlDatabase>

// A read transaction: every statement on the connection until end() sees one committed state,
// whatever writers commit meanwhile (a list's count and its page, a key check and the answer
// it allows). The state is fixed at once, not at the first statement as a plain BEGIN would,
// so DataGeneration::of() describes it from the start. Inside a transaction already open on
// the connection it does nothing (began() is false): the open one applies, and it may not
// have fixed its state yet. SQLite connections only.
class ReadSnapshot
{
public:
    // Throws StorageError when the transaction cannot start.
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Ends the transaction before the snapshot goes out of scope (for a write that must not
    // run inside it); later calls do nothing. Never throws: a read has nothing to lose.
    void end() noexcept;
    // Whether this snapshot began the transaction (and so fixed its state when it did).
    bool began() const { return m_began; }

private:
    QSqlDatabase m_db;
    bool m_began = false;
    bool m_open = false;
};
