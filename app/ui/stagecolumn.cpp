#include "stagecolumn.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

StageColumn::StageColumn(const QString &stage, QWidget *parent)
    : QListWidget(parent)
    , m_stage(stage)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(3);
    // Cards, not rows: each opportunity a framed box on the column's background.
    setStyleSheet(QStringLiteral(
        "StageColumn { background: palette(window); border: none; }"
        "StageColumn::item { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 4px; padding: 6px; }"
        "StageColumn::item:selected { border: 2px solid palette(highlight);"
        " color: palette(text); }"));
}

QStringList StageColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *StageColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), items.constFirst()->data(IdRole).toString().toUtf8());
    return data;
}

QString StageColumn::cardId(const QMimeData *data)
{
    return data ? QString::fromUtf8(data->data(mimeType())) : QString();
}

void StageColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (cardId(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void StageColumn::dragMoveEvent(QDragMoveEvent *event)
{
    if (cardId(event->mimeData()).isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void StageColumn::dropEvent(QDropEvent *event)
{
    const QString id = cardId(event->mimeData());
    if (id.isEmpty()) {
        event->ignore();
        return;
    }
    // Not QListWidget's own move: the board changes the record and reloads every column (a
    // card dropped on its own stage changes nothing).
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    emit cardDropped(id, m_stage);
}
