#pragma once

#include <QDialog>

class LocalStore;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// The conflicts view: each record whose local changes disagree with the server (or that the
// server refused), its fields side by side (was, yours, server's), and a choice to keep one
// version. The choice is made in the cache (ConflictResolver) and goes out with the next sync.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(const LocalStore &store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }
    // Keeps one side of the selected conflict; false (with a message shown) when it failed.
    bool keep(bool local);

signals:
    void resolved(); // the cache changed: the window reloads what it shows

private:
    void reload();
    void showSelected();

    const LocalStore &m_store;
    QListWidget *m_list = nullptr;
    QTableWidget *m_fields = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_keepLocal = nullptr;
    QPushButton *m_keepServer = nullptr;
};
