#pragma once

#include <QHash>
#include <QWidget>

class LocalStore;
class QLabel;
class StageColumn;

// The opportunity pipeline: one column per stage, each with its count and total amount (over
// every opportunity in the cache) and its largest opportunities as cards, moved between
// stages by drag and drop. A move is an edit of the opportunity's stage (with the stage's
// default probability), reported to the window, which makes it undoable like any edit.
class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    // Cards per column: the largest by amount; the header counts them all.
    static constexpr int CardsPerStage = 100;

    explicit PipelineBoard(const LocalStore &store, QWidget *parent = nullptr);

    void reload();
    StageColumn *column(const QString &stage) const { return m_columns.value(stage); }

signals:
    // A card was dropped on another stage; the receiver changes the record and reloads.
    void moveRequested(const QString &id, const QString &stage);
    void opened(const QString &id); // a card was double-clicked

private:
    const LocalStore &m_store;
    QHash<QString, StageColumn *> m_columns;
    QHash<QString, QLabel *> m_headers;
};
