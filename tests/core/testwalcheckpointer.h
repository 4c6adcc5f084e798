#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <memory>

// The write-ahead log is copied back on a thread of its own and rewound once it is long,
// while writers keep committing and nothing they wrote is lost.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void longLogIsRewoundWhileWritersCommit();

private:
    // The size the log file reaches under steady commits; -1 if rows went missing.
    qint64 logBytesAfterSteadyWrites(int restartFrames);

    std::unique_ptr<QTemporaryDir> m_dir;
};
