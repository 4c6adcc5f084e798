#pragma once

#include "sync/syncsession.h"

#include <QMainWindow>
#include <QUrl>

class BackgroundSync;
class LocalStore;
class PipelineBoard;
class QToolButton;
class RelatedLinks;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;
class RecordEditor;
class RecordTableModel;
struct CollectionSpec;

// The window sales staff live in: a sidebar of the five collections, each a sortable table of
// the local cache with search-as-you-type and a status filter, and a detail pane that edits
// the selected record with the API's validation messages inline. Every change goes to the
// cache at once (and its outbox, for the next sync) and can be undone.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const LocalStore &store, QWidget *parent = nullptr);

    // For tests and the command line: the parts a user works with.
    QListWidget *sidebar() const { return m_sidebar; }
    QTableView *table() const { return m_table; }
    RecordTableModel *model() const { return m_model; }
    RecordEditor *editor() const { return m_editor; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QUndoStack *undoStack() const { return m_undo; }

    // Shows the sync state in the status bar and offers Sync now (F5).
    void setBackgroundSync(BackgroundSync *sync);

    // Offers File > Tenant settings for this server and admin key (hidden until then).
    void enableTenantSettings(const QUrl &server, const QString &apiKey);
    QAction *tenantSettingsAction() const { return m_tenantSettings; }

    void showCollection(int index);
    void newRecord();
    // true when saved (or nothing to save); false when the cache refused it (errors shown).
    bool saveRecord();
    // Before the form shows something else: unsaved changes are saved or discarded as the user
    // chooses; false when they chose to stay.
    bool settleEdit();
    void deleteSelected();
    void showConflicts();
    // What the search field does a moment after the last keystroke (so a fast typist does not
    // query every letter): filter the table by the field's text.
    void applySearch();
    // File > Import CSV / Export CSV for the collection shown.
    void importCsv();
    bool exportCsv(const QString &path);
    // The opportunities' pipeline board instead of their table (and back).
    void setBoardShown(bool shown);
    PipelineBoard *board() const { return m_board; }
    void moveOpportunity(const QString &id, const QString &stage);
    // Related records: a collection narrowed to those that name a record, and a record opened.
    void showRelated(const QString &collection, const QString &field, const QString &id);
    void openRecord(const QString &collection, const QString &id);
    // The selected lead becomes an opportunity (name, value, customer and contact carried
    // over) and is marked converted: one step, one undo.
    void convertLead();
    RelatedLinks *relatedLinks() const { return m_related; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void showSelected();
    void selectRecord(const QString &id);
    void afterUndoOrRedo(const QString &collection, const QString &id, const QString &error);
    void updateStatusFilterChoices();
    void updateSummary();
    void reportError(const QString &message);
    void showSyncReport(const SyncSession::Report &report);
    const CollectionSpec &spec() const;

    const LocalStore &m_store;
    RecordTableModel *m_model = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyState = nullptr;
    RecordEditor *m_editor = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_summary = nullptr;
    QUndoStack *m_undo = nullptr;
    PipelineBoard *m_board = nullptr;
    RelatedLinks *m_related = nullptr;
    QToolButton *m_scope = nullptr; // "only those of …", click to show all again
    QAction *m_scopeAction = nullptr; // m_scope's place in the toolbar
    QAction *m_boardAction = nullptr;
    QAction *m_syncNowAnchor = nullptr; // toolbar position of the board and sync actions
    QAction *m_tenantSettings = nullptr;
    bool m_settling = false; // asking about unsaved changes: selection moves are not loads
    QMenu *m_syncMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QLabel *m_syncState = nullptr;
    QAction *m_syncNow = nullptr;
};
