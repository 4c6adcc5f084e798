#include "mainwindow.h"

#include "aboutbox.h"

#include "backgroundsync.h"
#include "collectioncolumns.h"
#include "conflictsdialog.h"
#include "importdialog.h"
#include "pipelineboard.h"
#include "recordcommands.h"
#include "recordeditor.h"
#include "recordtablemodel.h"
#include "relatedlinks.h"
#include "settings/tenantsettingsdialog.h"

#include "csv/csvexporter.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Long enough to let a fast typist finish a word, short enough to feel instant.
constexpr int kSearchDelayMs = 120;

// Searches this short scan the collection; above this size they wait for more characters.
constexpr int kIndexedSearchLength = 3;
constexpr qint64 kShortSearchLimit = 50'000;

int collectionIndex(const QString &name)
{
    const QList<CollectionSpec> &all = CollectionSpec::all();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).name == name)
            return i;
    }
    return 0;
}

} // namespace

MainWindow::MainWindow(const LocalStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new RecordTableModel(store, this))
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("OmnioTap"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/omniotap.svg")));
    buildLayout();
    buildActions();
    connect(m_model, &RecordTableModel::loadFailed, this, &MainWindow::reportError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSummary);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    showCollection(qBound(0, settings.value(QStringLiteral("window/collection")).toInt(),
        int(CollectionSpec::all().size()) - 1));
}

void MainWindow::buildLayout()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMaximumWidth(200);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setIconSize(QSize(22, 22));
    int index = 0;
    for (const CollectionSpec &spec : CollectionSpec::all()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(spec.name)),
            CollectionColumns::title(spec), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(CollectionColumns::title(spec)).arg(++index));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && (!m_model->collection() || &spec() != &CollectionSpec::all().at(row)))
            showCollection(row);
    });

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultSectionSize(160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showSelected);

    m_emptyState = new QLabel(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(24);
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    m_board = new PipelineBoard(m_store, this);
    m_listStack->addWidget(m_board);
    connect(m_board, &PipelineBoard::moveRequested, this, &MainWindow::moveOpportunity);
    connect(m_board, &PipelineBoard::opened, this, [this](const QString &id) {
        setBoardShown(false);
        selectRecord(id);
    });

    m_editor = new RecordEditor(this);
    m_editor->setMinimumWidth(320);
    connect(m_editor, &RecordEditor::saveRequested, this, &MainWindow::saveRecord);

    m_related = new RelatedLinks(m_store, this);
    m_related->setContentsMargins(10, 0, 10, 8);
    connect(m_related, &RelatedLinks::filterRequested, this, &MainWindow::showRelated);
    connect(m_related, &RelatedLinks::openRequested, this, &MainWindow::openRecord);
    connect(m_related, &RelatedLinks::convertRequested, this, &MainWindow::convertLead);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_editor, 1);
    detailLayout->addWidget(m_related);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_listStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({160, 760, 360});
    setCentralWidget(splitter);

    m_summary = new QLabel(this);
    statusBar()->addPermanentWidget(m_summary);
    // A first start fits the screen (a saved geometry replaces this in restoreState's caller).
    const QSize available = screen()->availableGeometry().size();
    resize(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
}

void MainWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    QAction *create = toolbar->addAction(
        style()->standardIcon(QStyle::SP_FileIcon), tr("New"), this, &MainWindow::newRecord);
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("New record (Ctrl+N)"));
    QAction *remove = toolbar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"),
        this, &MainWindow::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(remove);
    QAction *save = new QAction(tr("Save"), this);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::saveRecord);
    toolbar->addSeparator();
    // Without a prefix of ours, Qt words it ("Undo Create contact") in the user's language.
    QAction *undo = m_undo->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_undo->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    QAction *conflicts = new QAction(tr("&Conflicts…"), this);
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(conflicts, &QAction::triggered, this, &MainWindow::showConflicts);
    toolbar->addSeparator();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = file->addAction(tr("&Export CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
            CollectionColumns::title(spec()).toLower() + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    m_tenantSettings = file->addAction(tr("&Tenant settings…"));
    m_tenantSettings->setShortcut(QKeySequence::Preferences);
    m_tenantSettings->setToolTip(tr("API keys, webhooks and the rate limit (admin keys only)"));
    m_tenantSettings->setVisible(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(create);
    edit->addAction(save);
    edit->addAction(remove);
    m_syncMenu = menuBar()->addMenu(tr("&Sync"));
    m_syncMenu->addAction(conflicts);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About OmnioTap"), this, [this] { AboutBox::show(this); });
    about->setMenuRole(QAction::AboutRole);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    toolbar->addWidget(m_search);
    m_scope = new QToolButton(this);
    m_scope->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scope->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_scope->setToolTip(tr("Show them all again"));
    connect(m_scope, &QToolButton::clicked, this, [this] {
        m_model->setReferenceFilter({}, {});
        m_scopeAction->setVisible(false);
        updateSummary();
    });
    m_status = new QComboBox(this);
    m_status->setToolTip(tr("Show only records with this status"));
    toolbar->addWidget(m_status);
    m_scopeAction = toolbar->addWidget(m_scope);
    m_scopeAction->setVisible(false);
    QAction *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setStatusFilter(m_status->currentData().toString()); });

    for (int i = 0; i < CollectionSpec::all().size(); ++i) {
        QAction *go = m_goMenu->addAction(CollectionColumns::title(CollectionSpec::all().at(i)));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showCollection(i); });
    }
    m_goMenu->addSeparator();
    m_boardAction = m_goMenu->addAction(tr("Pipeline &board"));
    m_boardAction->setCheckable(true);
    m_boardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_boardAction->setToolTip(tr("Opportunities by stage (Ctrl+B)"));
    m_boardAction->setIcon(QIcon(QStringLiteral(":/icons/board.svg")));
    connect(m_boardAction, &QAction::toggled, this, &MainWindow::setBoardShown);
    toolbar->insertAction(m_syncNowAnchor, m_boardAction);
    m_goMenu->addAction(find);
}

const CollectionSpec &MainWindow::spec() const
{
    return *m_model->collection();
}

void MainWindow::showCollection(int index)
{
    if (!settleEdit()) {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(collectionIndex(spec().name));
        return;
    }
    const CollectionSpec &chosen = CollectionSpec::all().at(index);
    m_sidebar->setCurrentRow(index);
    m_searchDelay->stop();
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_search->setPlaceholderText(
        tr("Search %1… (Ctrl+F)").arg(CollectionColumns::inSentence(chosen)));
    if (chosen.name != QLatin1String("opportunities") && m_boardAction
        && m_boardAction->isChecked()) {
        m_boardAction->blockSignals(true);
        m_boardAction->setChecked(false);
        m_boardAction->blockSignals(false);
    }
    m_model->setCollection(chosen);
    m_scopeAction->setVisible(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_editor->setCollection(chosen);
    m_related->showFor(chosen, {});
    updateStatusFilterChoices();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
}

void MainWindow::updateStatusFilterChoices()
{
    m_status->blockSignals(true);
    m_status->clear();
    m_status->addItem(
        spec().statusField == QLatin1String("stage") ? tr("Any stage") : tr("Any status"),
        QString());
    if (const FieldSpec *field = spec().field(spec().statusField)) {
        for (const QString &value : field->enumValues)
            m_status->addItem(CollectionColumns::valueLabel(value), value);
    }
    m_status->blockSignals(false);
}

void MainWindow::applySearch()
{
    const QString text = m_search->text().trimmed();
    // One or two characters cannot use the search index: over a large collection that would
    // be a scan of every record at each keystroke. Wait for the third.
    if (!text.isEmpty() && text.size() < kIndexedSearchLength) {
        const qint64 size = m_store.list(spec(), {}).total; // counted, not scanned
        if (size > kShortSearchLimit) {
            statusBar()->showMessage(
                tr("Type at least %1 characters to search %2 %3.")
                    .arg(kIndexedSearchLength)
                    .arg(QLocale().toString(size), CollectionColumns::inSentence(spec())),
                5000);
            return;
        }
    }
    statusBar()->clearMessage();
    m_model->setSearch(text);
}

void MainWindow::showSelected()
{
    if (m_settling)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString wanted = m_model->recordAt(current.row()).value(QStringLiteral("id")).toString();
    if (m_editor->hasChanges()) {
        const QString editing = m_editor->record().value(QStringLiteral("id")).toString();
        if (!settleEdit()) {
            // Stay on the record being edited.
            m_settling = true;
            m_table->clearSelection();
            selectRecord(editing);
            m_settling = false;
            return;
        }
        m_settling = true;
        selectRecord(wanted); // saving reloaded the table
        m_settling = false;
    }
    const int row = m_model->rowOf(wanted);
    if (row < 0)
        return;
    m_editor->setRecord(m_model->recordAt(row));
    m_related->showFor(spec(), m_editor->record());
}

bool MainWindow::settleEdit()
{
    if (!m_editor->isEnabled() || !m_editor->hasChanges())
        return true;
    const QMessageBox::StandardButton choice = QMessageBox::question(this, tr("Unsaved changes"),
        m_editor->isNew()
            ? tr("Save the new %1?").arg(CollectionColumns::singular(spec()))
            : tr("Save your changes to this %1?").arg(CollectionColumns::singular(spec())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel)
        return false;
    if (choice == QMessageBox::Discard) {
        m_editor->setRecord(m_editor->record());
        return true;
    }
    m_settling = true;
    const bool saved = saveRecord();
    m_settling = false;
    return saved;
}

void MainWindow::newRecord()
{
    if (!settleEdit())
        return;
    m_table->clearSelection();
    m_editor->setRecord({});
    if (QWidget *first = m_editor->editorFor(spec().fields.constFirst().name))
        first->setFocus();
}

bool MainWindow::saveRecord()
{
    if (!m_editor->isEnabled() || !m_editor->hasChanges())
        return true;
    const CollectionSpec &collection = spec();
    try {
        QJsonObject before = m_editor->record();
        QJsonObject after;
        if (m_editor->isNew()) {
            after = m_store.create(collection, m_editor->createBody());
            before = {};
        } else {
            after = m_store
                        .update(collection, before.value(QStringLiteral("id")).toString(),
                            m_editor->patch())
                        .record;
        }
        m_undo->push(new RecordCommand(
            before.isEmpty() ? RecordCommand::Kind::Create : RecordCommand::Kind::Update, m_store,
            collection, before, after,
            [this](const QString &c, const QString &id, const QString &error) {
                afterUndoOrRedo(c, id, error);
            }));
        {
            // The form shows the saved record; moving the selection to it must not ask about
            // changes that are saved by now.
            const bool settling = m_settling;
            m_settling = true;
            m_model->refresh();
            selectRecord(after.value(QStringLiteral("id")).toString());
            m_settling = settling;
        }
        m_editor->setRecord(after);
        m_related->showFor(collection, after);
        statusBar()->showMessage(tr("Saved."), 3000);
        updateSummary();
        return true;
    } catch (const DomainError &error) {
        m_editor->showErrors(error.errors(), error.errors().isEmpty() ? error.detail() : QString());
    } catch (const StorageError &error) {
        reportError(QString::fromUtf8(error.what()));
    }
    updateSummary();
    return false;
}

void MainWindow::deleteSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QJsonObject record = m_model->recordAt(current.row());
    const CollectionSpec &collection = spec();
    try {
        m_store.remove(collection, record.value(QStringLiteral("id")).toString());
        m_undo->push(new RecordCommand(RecordCommand::Kind::Delete, m_store, collection, record, {},
            [this](const QString &c, const QString &id, const QString &error) {
                afterUndoOrRedo(c, id, error);
            }));
        const int row = current.row();
        m_model->refresh();
        if (m_model->rowCount() > 0)
            m_table->selectRow(qMin(row, m_model->rowCount() - 1));
        else
            m_editor->setRecord({});
        statusBar()->showMessage(
            tr("Deleted the %1. Undo with Ctrl+Z.").arg(CollectionColumns::singular(collection)),
            5000);
    } catch (const DomainError &error) {
        reportError(error.detail());
    } catch (const StorageError &error) {
        reportError(QString::fromUtf8(error.what()));
    }
    updateSummary();
}

void MainWindow::setBoardShown(bool shown)
{
    if (shown && spec().name != QLatin1String("opportunities"))
        showCollection(collectionIndex(QStringLiteral("opportunities")));
    m_boardAction->blockSignals(true);
    m_boardAction->setChecked(shown);
    m_boardAction->blockSignals(false);
    if (shown)
        m_board->reload();
    updateSummary();
}

void MainWindow::moveOpportunity(const QString &id, const QString &stage)
{
    const CollectionSpec &collection = *CollectionSpec::byName(QStringLiteral("opportunities"));
    try {
        const std::optional<QJsonObject> before = m_store.find(collection, id);
        if (!before)
            return;
        const LocalStore::UpdateResult result
            = m_store.update(collection, id, {{QStringLiteral("stage"), stage}});
        if (result.changed) {
            m_undo->push(new RecordCommand(RecordCommand::Kind::Update, m_store, collection,
                *before, result.record,
                [this](const QString &c, const QString &changed, const QString &error) {
                    afterUndoOrRedo(c, changed, error);
                }));
        }
    } catch (const DomainError &error) {
        reportError(error.detail());
    } catch (const StorageError &error) {
        reportError(QString::fromUtf8(error.what()));
    }
    m_board->reload();
    m_model->refresh();
    updateSummary();
}

void MainWindow::showRelated(const QString &collection, const QString &field, const QString &id)
{
    const QJsonObject owner = m_editor->record();
    QString name = owner.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        name = id;
    showCollection(collectionIndex(collection));
    m_model->setReferenceFilter(field, id);
    m_scope->setText(tr("Only those of %1").arg(name));
    m_scopeAction->setVisible(true);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
}

void MainWindow::openRecord(const QString &collection, const QString &id)
{
    const CollectionSpec *target = CollectionSpec::byName(collection);
    if (!target)
        return;
    const std::optional<QJsonObject> record = m_store.find(*target, id);
    if (!record) {
        statusBar()->showMessage(tr("That record is not in this cache (deleted, or not synced "
                                    "yet)."),
            5000);
        return;
    }
    showCollection(collectionIndex(collection));
    m_table->clearSelection();
    selectRecord(id); // when it is among the rows loaded
    m_editor->setRecord(*record);
    m_related->showFor(*target, *record);
}

void MainWindow::convertLead()
{
    const QJsonObject lead = m_editor->record();
    const CollectionSpec &leads = *CollectionSpec::byName(QStringLiteral("leads"));
    const CollectionSpec &opportunities = *CollectionSpec::byName(QStringLiteral("opportunities"));
    const QString leadId = lead.value(QStringLiteral("id")).toString();
    if (spec().name != QLatin1String("leads") || leadId.isEmpty())
        return;
    QJsonObject body {{QStringLiteral("name"), lead.value(QStringLiteral("title"))},
        {QStringLiteral("leadId"), leadId}};
    for (const auto &[from, to] : QList<QPair<QString, QString>> {
             {QStringLiteral("estimatedValue"), QStringLiteral("amount")},
             {QStringLiteral("currency"), QStringLiteral("currency")},
             {QStringLiteral("customerId"), QStringLiteral("customerId")},
             {QStringLiteral("contactId"), QStringLiteral("contactId")}}) {
        const QJsonValue value = lead.value(from);
        if (!value.isNull() && !value.isUndefined())
            body.insert(to, value);
    }
    const auto done = [this](const QString &c, const QString &id, const QString &error) {
        afterUndoOrRedo(c, id, error);
    };
    try {
        Transaction transaction(m_store.db());
        const QJsonObject opportunity = m_store.create(opportunities, body);
        const LocalStore::UpdateResult converted = m_store.update(
            leads, leadId, {{QStringLiteral("status"), QStringLiteral("converted")}});
        transaction.commit();
        auto *both = new QUndoCommand(tr("Convert lead"));
        new RecordCommand(
            RecordCommand::Kind::Update, m_store, leads, lead, converted.record, done, both);
        new RecordCommand(
            RecordCommand::Kind::Create, m_store, opportunities, {}, opportunity, done, both);
        m_undo->push(both);
        openRecord(opportunities.name, opportunity.value(QStringLiteral("id")).toString());
        statusBar()->showMessage(tr("The lead is now an opportunity. Undo with Ctrl+Z."), 5000);
    } catch (const DomainError &error) {
        reportError(error.detail());
    } catch (const StorageError &error) {
        reportError(QString::fromUtf8(error.what()));
    }
    updateSummary();
}

void MainWindow::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import CSV"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(m_store, spec(), this);
    connect(&dialog, &ImportDialog::imported, this, [this] {
        // An import is not undone record by record: it is one file, kept or not as a whole.
        m_undo->clear();
        m_model->refresh();
        updateSummary();
    });
    dialog.load(path);
    dialog.exec();
}

bool MainWindow::exportCsv(const QString &path)
{
    QSaveFile file(path);
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool written = false;
    try {
        written = file.open(QIODevice::WriteOnly)
            && CsvExporter::write(m_store, spec(), file,
                [&](qint64 done, qint64 total) {
                    progress.setValue(total > 0 ? int(done * 100 / total) : 100);
                    return !progress.wasCanceled();
                })
            && file.commit();
    } catch (const StorageError &error) {
        reportError(QString::fromUtf8(error.what()));
        return false;
    }
    progress.reset();
    if (!written) {
        if (!progress.wasCanceled())
            reportError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(path), 5000);
    return true;
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_store, this);
    connect(&dialog, &ConflictsDialog::resolved, this, [this] {
        m_model->refresh();
        updateSummary();
    });
    dialog.exec();
}

void MainWindow::afterUndoOrRedo(const QString &collection, const QString &id, const QString &error)
{
    if (!error.isEmpty())
        reportError(tr("Could not undo or redo that: %1").arg(error));
    if (collection != spec().name)
        showCollection(collectionIndex(collection));
    m_model->refresh();
    if (m_boardAction->isChecked())
        m_board->reload();
    if (!id.isEmpty())
        selectRecord(id);
    updateSummary();
}

void MainWindow::selectRecord(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void MainWindow::updateSummary()
{
    if (!m_model->collection())
        return;
    const CollectionSpec &collection = spec();
    const bool filtered
        = !m_search->text().trimmed().isEmpty() || !m_model->statusFilter().isEmpty();
    const bool board = m_boardAction && m_boardAction->isChecked()
        && collection.name == QLatin1String("opportunities");
    if (board) {
        m_listStack->setCurrentWidget(m_board);
    } else if (m_model->totalCount() == 0) {
        m_emptyState->setText(filtered
                ? tr("No %1 match. Clear the search or the filter to see them all.")
                      .arg(CollectionColumns::inSentence(collection))
                : tr("No %1 yet.\nPress Ctrl+N to add the first one, or import a CSV file.")
                      .arg(CollectionColumns::inSentence(collection)));
        m_listStack->setCurrentWidget(m_emptyState);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    qint64 pending = 0;
    try {
        pending = PendingChangeQueue(m_store.db()).count();
    } catch (const StorageError &) {
        pending = -1;
    }
    QString count = QLocale().toString(m_model->totalCount());
    if (m_model->totalIsLowerBound())
        count += u'+';
    QString text = tr("%1 %2").arg(count, CollectionColumns::inSentence(collection));
    if (pending > 0)
        text += tr(" · %n change(s) not synced yet", nullptr, int(pending));
    m_summary->setText(text);
}

void MainWindow::enableTenantSettings(const QUrl &server, const QString &apiKey)
{
    m_tenantSettings->disconnect(this);
    connect(m_tenantSettings, &QAction::triggered, this, [this, server, apiKey] {
        TenantSettingsDialog dialog(server, apiKey, this);
        dialog.exec();
    });
    m_tenantSettings->setVisible(true);
}

void MainWindow::setBackgroundSync(BackgroundSync *sync)
{
    m_syncState = new QLabel(tr("Not synced yet"), this);
    statusBar()->addPermanentWidget(m_syncState);
    m_syncNow = new QAction(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync now"), this);
    m_syncNow->setShortcut(QKeySequence::Refresh);
    m_syncNow->setToolTip(tr("Sync with the server now (F5)"));
    connect(m_syncNow, &QAction::triggered, sync, &BackgroundSync::syncNow);
    findChild<QToolBar *>(QStringLiteral("mainToolbar"))->addAction(m_syncNow);
    m_syncMenu->insertAction(m_syncMenu->actions().value(0), m_syncNow);
    connect(sync, &BackgroundSync::started, this, [this] {
        m_syncState->setText(tr("Syncing…"));
        m_syncNow->setEnabled(false);
    });
    connect(sync, &BackgroundSync::finished, this, &MainWindow::showSyncReport);
}

void MainWindow::showSyncReport(const SyncSession::Report &report)
{
    m_syncNow->setEnabled(true);
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    switch (report.outcome) {
    case SyncSession::Outcome::InStep:
        m_syncState->setText(tr("Synced at %1").arg(time));
        m_syncState->setToolTip(
            tr("Received %1 and sent %2 changes.").arg(report.pulled).arg(report.pushed));
        break;
    case SyncSession::Outcome::Conflicts:
        m_syncState->setText(
            tr("Synced at %1 · %n conflict(s) to resolve", nullptr, int(report.conflicts))
                .arg(time));
        m_syncState->setToolTip(tr("Changes made here and on the server disagree: open "
                                   "Conflicts (Ctrl+Shift+C) to compare and choose."));
        break;
    case SyncSession::Outcome::Offline:
        m_syncState->setText(tr("Offline"));
        m_syncState->setToolTip(tr("The server cannot be reached (%1). Your changes are kept "
                                   "and go out at the next sync.")
                                    .arg(report.message));
        break;
    case SyncSession::Outcome::Failed:
        m_syncState->setText(tr("Sync failed"));
        m_syncState->setToolTip(report.message);
        statusBar()->showMessage(tr("Sync failed: %1").arg(report.message), 10000);
        break;
    }
    if (report.pulled > 0 || report.pushed > 0) {
        // Show what arrived, keeping the selected record selected (unless it is being edited).
        const QString selected = m_editor->record().value(QStringLiteral("id")).toString();
        const bool editing = m_editor->hasChanges();
        m_model->refresh();
        if (!editing && !selected.isEmpty())
            selectRecord(selected);
    }
    updateSummary();
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("OmnioTap"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleEdit()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/collection"), m_sidebar->currentRow());
    event->accept();
}
