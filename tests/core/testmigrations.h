#pragma once

#include <QObject>
#include <QTemporaryDir>

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void emptyFileReachesLatestVersion();
    void everyOlderVersionUpgradesWithItsData_data();
    void everyOlderVersionUpgradesWithItsData();
    void newerFileIsRefused();
    void operatorCommandsDoNotUpgradeInUseFiles();
    void databaseFileIsPrivate();

private:
    QString databasePath() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};
