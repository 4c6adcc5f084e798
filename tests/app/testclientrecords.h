#pragma once

#include "cliresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

// The real omniotap binary on temporary profiles, offline: CSV import and export, local
// deletes, and the offline outbox (pending_changes) they fill.
class TestClientRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();

    void versionHelpAndUnknownCommand();
    void importHandlesQuotesNewlinesAndBom();
    void exportCsvAndJsonRoundTrip();
    void badRowReportsItsLineAndImportsNothing_data();
    void badRowReportsItsLineAndImportsNothing();
    void updateByIdTouchesOnlyTheFilesColumns();
    void deleteOfUnsentCreateLeavesNothingToSend();
    void conflictsListIsEmptyWithoutSync();
    void profileHoldsIdButNoKey();

private:
    QString profile(const QString &name = QStringLiteral("p")) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    CliResult omniotap(const QStringList &args) const;
    QJsonArray exportJson(
        const QString &collection, const QString &profileName = QStringLiteral("p"));
    // The rows of pending_changes, read straight from the profile's cache.db.
    QList<QJsonObject> pendingChanges(const QString &profileName = QStringLiteral("p")) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};
