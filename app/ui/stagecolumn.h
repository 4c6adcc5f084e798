#pragma once

#include <QListWidget>

// One stage of the pipeline board: a list of opportunity cards that accepts cards dragged
// from the other stages. A dragged card carries its record id (MimeType); a drop only reports
// the move (cardDropped), and the board makes the change in the cache and reloads, so the
// cards always show what is stored.
class StageColumn : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static QString mimeType() { return QStringLiteral("application/x-omniotap-opportunity-id"); }

    StageColumn(const QString &stage, QWidget *parent = nullptr);

    QString stage() const { return m_stage; }

signals:
    void cardDropped(const QString &id, const QString &stage);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static QString cardId(const QMimeData *data);

    QString m_stage;
};
