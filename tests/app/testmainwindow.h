#pragma once

#include <QObject>
#include <QTemporaryDir>

#include <memory>

#include "storage/localstore.h"

// The desktop window driven like a user would, offscreen, on a real cache: the table model
// passes QAbstractItemModelTester and loads rows on demand; a contact is created through the
// detail pane and shows in the list with a change queued for sync; the API's validation
// messages show inline and nothing is saved; edits and deletes undo with Ctrl+Z; search,
// status filter and Ctrl+1..5 switch what is shown; the background sync brings the server's
// records into the table and sends the window's edits, against a real server.
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void modelLoadsOnDemandAndPassesTester();
    void modelSearchFilterAndSort();
    void createContactThroughDetailPane();
    void validationErrorsShowInline();
    void editAndDeleteUndo();
    void shortcutsSwitchCollections();
    void emptyStateTellsWhatToDo();
    void backgroundSyncBringsAndSendsChanges();
    void conflictsDialogShowsBothAndResolves();
    void pipelineCardMovesBetweenStages();
    void relatedRecordsAndLeadConversion();
    void importWithColumnMappingAndExport();
    void unsavedChangesAreNeverDroppedSilently();
    void aboutShowsTheVersion();

private:
    void addContacts(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};
