#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <memory>

#include "storage/database.h"

// Group commits: many writers, failures before and after changing rows, and the search
// index rows that are written at commit.
class TestWriteExecutor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void concurrentWritesAllCommit();
    void failureBeforeChangesLeavesOthersAlone();
    void failureAfterChangesRollsBackOnlyThatWrite();
    void abandonedJoinedTransactionFailsTheOuterCommit();
    void searchIndexFollowsChangesInOneTransaction();
    void idleStepsRunUntilDoneAndAfterWrites();
    void searchSegmentsAreMergedWhenIdle();
    void postedWorkReportsWhenCommitted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QString m_tenantId;
};
