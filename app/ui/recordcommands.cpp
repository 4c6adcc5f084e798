#include "recordcommands.h"

#include "collectioncolumns.h"

#include "storage/localstore.h"
#include "sync/fieldmerge.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"

#include <QCoreApplication>

namespace {

QString describe(RecordCommand::Kind kind, const CollectionSpec &spec)
{
    const QString what = CollectionColumns::singular(spec);
    switch (kind) {
    case RecordCommand::Kind::Create:
        return QCoreApplication::translate("RecordCommand", "Create %1").arg(what);
    case RecordCommand::Kind::Update:
        return QCoreApplication::translate("RecordCommand", "Edit %1").arg(what);
    case RecordCommand::Kind::Delete:
        break;
    }
    return QCoreApplication::translate("RecordCommand", "Delete %1").arg(what);
}

} // namespace

RecordCommand::RecordCommand(Kind kind, const LocalStore &store, const CollectionSpec &spec,
    const QJsonObject &before, const QJsonObject &after, Done done, QUndoCommand *parent)
    : QUndoCommand(describe(kind, spec), parent)
    , m_kind(kind)
    , m_store(store)
    , m_spec(spec)
    , m_before(before)
    , m_after(after)
    , m_done(std::move(done))
{ }

void RecordCommand::undo()
{
    change(m_after, m_before);
}

void RecordCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false; // the change itself was made before the command
        return;
    }
    change(m_before, m_after);
}

void RecordCommand::change(const QJsonObject &from, const QJsonObject &to)
{
    QString shown;
    QString error;
    try {
        if (to.isEmpty()) {
            m_store.remove(m_spec, from.value(QStringLiteral("id")).toString());
        } else if (from.isEmpty()) {
            m_store.restore(m_spec, to);
            shown = to.value(QStringLiteral("id")).toString();
        } else {
            const QJsonObject patch = FieldMerge::changes(m_spec, from, to);
            shown = to.value(QStringLiteral("id")).toString();
            m_store.update(m_spec, shown, patch);
        }
    } catch (const DomainError &failure) {
        error = failure.detail();
    } catch (const std::exception &failure) {
        error = QString::fromUtf8(failure.what());
    }
    if (m_done)
        m_done(m_spec.name, shown, error);
}
