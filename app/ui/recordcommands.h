#pragma once

#include <QJsonObject>
#include <QUndoCommand>

#include <functional>

class LocalStore;
struct CollectionSpec;

// The desktop app's edits as undoable commands. Each is made after its change succeeded
// (so a refused change never enters the undo history), and its first redo() does nothing.
// `done` runs after every undo and redo with the id of the record to show, or with the reason
// it could not be done (say, the record changed since): Qt's undo stack must not see
// exceptions.
class RecordCommand : public QUndoCommand
{
public:
    using Done
        = std::function<void(const QString &collection, const QString &id, const QString &error)>;

    enum class Kind { Create, Update, Delete };

    // before: the record before the change (empty for a create); after: after it (empty for a
    // delete).
    RecordCommand(Kind kind, const LocalStore &store, const CollectionSpec &spec,
        const QJsonObject &before, const QJsonObject &after, Done done,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    // Brings the cache from one state of the record to the other.
    void change(const QJsonObject &from, const QJsonObject &to);

    Kind m_kind;
    const LocalStore &m_store;
    const CollectionSpec &m_spec;
    QJsonObject m_before;
    QJsonObject m_after;
    Done m_done;
    bool m_firstRedo = true;
};
