#pragma once

#include <QObject>
#include <QTemporaryDir>

// ReadSnapshot keeps one committed state for its statements while another connection commits,
// joins a transaction already open, and DataGeneration tells committed states apart.
class TestReadSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void seesOneStateUntilItEnds();
    void joinsAnOpenTransaction();
    void generationMovesWithEveryCommit();

private:
    QString m_path;
    QTemporaryDir m_dir;
};
