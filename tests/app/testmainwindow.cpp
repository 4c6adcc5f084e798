#include "testmainwindow.h"

#include "serverprocess.h"
#include "testtenant.h"

#include "ui/adminkeyprobe.h"
#include "ui/backgroundsync.h"
#include "ui/conflictsdialog.h"
#include "ui/importdialog.h"
#include "ui/mainwindow.h"
#include "ui/pipelineboard.h"
#include "ui/recordeditor.h"
#include "ui/recordtablemodel.h"
#include "ui/relatedlinks.h"
#include "ui/stagecolumn.h"

#include "csv/csvreader.h"
#include "profile/profile.h"
#include "storage/conflictstore.h"
#include "storage/localstore.h"
#include "storage/pendingchangequeue.h"

#include "domain/collectionspec.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const CollectionSpec &contacts()
{
    return *CollectionSpec::byName(u"contacts"_s);
}

QLineEdit *lineFor(MainWindow &window, const QString &field)
{
    return qobject_cast<QLineEdit *>(window.editor()->editorFor(field));
}

} // namespace

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<LocalStore>(m_dir->filePath(u"cache.db"_s));
    m_store->open();
    QCoreApplication::setOrganizationName(u"OmnioTapTests"_s);
    QCoreApplication::setApplicationName(u"tst_main_window"_s);
}

void TestMainWindow::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestMainWindow::addContacts(int count)
{
    Transaction transaction(m_store->db());
    for (int i = 0; i < count; ++i) {
        m_store->create(contacts(),
            {{u"firstName"_s, u"Person %1"_s.arg(i, 5, 10, QChar(u'0'))},
                {u"lastName"_s, i % 10 == 0 ? u"Zebra"_s : u"Smith"_s},
                {u"status"_s, i % 4 == 0 ? u"inactive"_s : u"active"_s}});
    }
    transaction.commit();
}

void TestMainWindow::modelLoadsOnDemandAndPassesTester()
{
    addContacts(1000);
    {
        RecordTableModel model(*m_store);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCollection(contacts());
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCoreApplication::processEvents(); // fetches the tester asked for during changes
        QCOMPARE(model.rowCount(), 1000);
        model.refresh();
        model.setSearch(u"Person 0001"_s);
        QCOMPARE(model.totalCount(), 10);
    }

    RecordTableModel model(*m_store);
    model.setCollection(contacts());
    QCOMPARE(model.totalCount(), 1000);
    QCOMPARE(model.rowCount(), RecordTableModel::PageSize); // never the whole table
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RecordTableModel::PageSize);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), u"First name"_s);
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Person 00000"_s);
    QCOMPARE(model.data(model.index(0, 5)).toString(), u"Inactive"_s); // enum values in words

    // A view asks for rows as it scrolls, and only then.
    RecordTableModel lazy(*m_store);
    lazy.setCollection(contacts());
    QTableView view;
    view.setModel(&lazy);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(lazy.rowCount(), RecordTableModel::PageSize);
    view.scrollToBottom();
    QTRY_VERIFY(lazy.rowCount() > RecordTableModel::PageSize);
    QVERIFY(lazy.rowCount() < 1000);
}

void TestMainWindow::modelSearchFilterAndSort()
{
    addContacts(300);
    RecordTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCollection(contacts());
    model.setSearch(u"zebra"_s);
    QCOMPARE(model.totalCount(), 30);
    model.setSearch(QString());
    model.setStatusFilter(u"inactive"_s);
    QCOMPARE(model.totalCount(), 75);
    model.setStatusFilter(QString());
    model.sort(0, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Person 00299"_s);
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, 0)).toString(), u"Person 00000"_s);
}

void TestMainWindow::createContactThroughDetailPane()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.editor()->isNew());
    QTest::keyClicks(lineFor(window, u"firstName"_s), u"Ada"_s);
    QTest::keyClicks(lineFor(window, u"lastName"_s), u"Lovelace"_s);
    QTest::keyClicks(lineFor(window, u"email"_s), u"ada@example.com"_s);
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);

    QCOMPARE(window.model()->totalCount(), 1);
    const QJsonObject shown = window.model()->recordAt(0);
    QCOMPARE(shown.value(u"firstName"_s).toString(), u"Ada"_s);
    QCOMPARE(shown.value(u"email"_s).toString(), u"ada@example.com"_s);
    QCOMPARE(window.table()->currentIndex().row(), 0);
    QVERIFY(!window.editor()->isNew());
    // In the cache and queued for the next sync.
    const QList<PendingChange> pending = PendingChangeQueue(m_store->db()).all();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).action, u"create"_s);
    QCOMPARE(pending.at(0).body.value(u"lastName"_s).toString(), u"Lovelace"_s);
}

void TestMainWindow::validationErrorsShowInline()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.newRecord();
    QTest::keyClicks(lineFor(window, u"lastName"_s), u"No First Name"_s);
    QTest::keyClicks(lineFor(window, u"email"_s), u"not-an-address"_s);
    window.saveRecord();

    QCOMPARE(window.model()->totalCount(), 0);
    QCOMPARE(PendingChangeQueue(m_store->db()).count(), 0);
    // The messages the API gives, next to their fields.
    QStringList shown;
    for (QLabel *label : window.editor()->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            shown << label->text();
    }
    QVERIFY2(shown.join(u'|').contains(u"is required"_s), qPrintable(shown.join(u'|')));
    QVERIFY2(
        shown.join(u'|').contains(u"email"_s, Qt::CaseInsensitive), qPrintable(shown.join(u'|')));
    QVERIFY(window.editor()->isNew()); // what was typed stays, to be fixed
    QCOMPARE(lineFor(window, u"lastName"_s)->text(), u"No First Name"_s);
}

void TestMainWindow::editAndDeleteUndo()
{
    addContacts(3);
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.table()->selectRow(1);
    const QString id = window.model()->recordAt(1).value(u"id"_s).toString();
    const QString original = window.model()->recordAt(1).value(u"firstName"_s).toString();
    QLineEdit *firstName = lineFor(window, u"firstName"_s);
    firstName->selectAll();
    QTest::keyClicks(firstName, u"Renamed"_s);
    window.saveRecord();
    QCOMPARE(m_store->find(contacts(), id)->value(u"firstName"_s).toString(), u"Renamed"_s);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_store->find(contacts(), id)->value(u"firstName"_s).toString(), original);
    window.undoStack()->redo();
    QCOMPARE(m_store->find(contacts(), id)->value(u"firstName"_s).toString(), u"Renamed"_s);

    window.table()->setFocus();
    window.table()->selectRow(window.model()->rowOf(id));
    QTest::keyClick(window.table(), Qt::Key_Delete);
    QVERIFY(!m_store->find(contacts(), id));
    QCOMPARE(window.model()->totalCount(), 2);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_store->find(contacts(), id));
    QCOMPARE(window.model()->totalCount(), 3);
    QCOMPARE(window.table()->currentIndex().row(), window.model()->rowOf(id));
    // Never sent, so after create, edits, delete and its undo the outbox holds the create and
    // the edits only: no delete goes to the server.
    for (const PendingChange &change : PendingChangeQueue(m_store->db()).all())
        QVERIFY(change.action != u"delete"_s);
}

void TestMainWindow::shortcutsSwitchCollections()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The app's own icons are compiled in, and drawn (Qt's SVG icon engine).
    QVERIFY(!window.windowIcon().pixmap(64).isNull());
    QVERIFY(!window.sidebar()->item(0)->icon().pixmap(22).isNull());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.model()->collection()->name, u"opportunities"_s);
    QCOMPARE(window.sidebar()->currentRow(), 3);
    // Fields say what they want.
    QCOMPARE(lineFor(window, u"expectedCloseDate"_s)->placeholderText(), u"YYYY-MM-DD"_s);
    QCOMPARE(lineFor(window, u"customerId"_s)->placeholderText(), u"id of a customer"_s);
    // The status filter offers the collection's own statuses (stages here).
    QCOMPARE(window.statusFilter()->itemData(1).toString(), u"prospecting"_s);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.model()->collection()->name, u"contacts"_s);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(window.searchField()->hasFocus());
}

void TestMainWindow::emptyStateTellsWhatToDo()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *empty = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(empty);
    QVERIFY2(empty->text().contains(u"Ctrl+N"_s), qPrintable(empty->text()));

    addContacts(5);
    window.model()->refresh();
    QCOMPARE(stack->currentWidget(), window.table());
    window.searchField()->setText(u"nobody-has-this-name"_s);
    QTRY_VERIFY(stack->currentWidget() != window.table());
    QCOMPARE(window.model()->totalCount(), 0);
    QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(u"match"_s));
    window.searchField()->clear();
    QTRY_COMPARE(window.model()->totalCount(), 5);
    QCOMPARE(stack->currentWidget(), window.table());
}

void TestMainWindow::backgroundSyncBringsAndSendsChanges()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    TestTenant tenant;
    QVERIFY(tenant.setUp(server, u"Window Co"_s));
    const QString ann = tenant.createMinimal(u"contacts"_s, u"Server Ann"_s);
    qputenv("OMNIOTAP_API_KEY", tenant.key().key.toUtf8());

    QString error;
    std::optional<Profile> profile = Profile::open(m_dir->filePath(u"profile"_s), &error);
    QVERIFY2(profile, qPrintable(error));
    profile->setServerUrl(server.baseUrl().toString());
    QVERIFY2(profile->save(&error), qPrintable(error));
    LocalStore store(profile->cacheFilePath());
    store.open();

    MainWindow window(store);
    BackgroundSync sync(profile->cacheFilePath(), server.baseUrl(), profile->id());
    QSignalSpy finished(&sync, &BackgroundSync::finished);
    window.setBackgroundSync(&sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(
        finished.at(0).at(0).value<SyncSession::Report>().outcome, SyncSession::Outcome::InStep);
    QTRY_COMPARE(window.model()->totalCount(), 1);
    QCOMPARE(window.model()->recordAt(0).value(u"id"_s).toString(), ann);

    window.newRecord();
    QTest::keyClicks(lineFor(window, u"firstName"_s), u"Window Wendy"_s);
    window.saveRecord();
    QCOMPARE(window.model()->totalCount(), 2);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    const SyncSession::Report report = finished.at(1).at(0).value<SyncSession::Report>();
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.pending, 0);
    // The key is an admin's: the tenant settings are offered once the server says so.
    QVERIFY(!window.tenantSettingsAction()->isVisible());
    AdminKeyProbe probe(server.baseUrl(), tenant.key().key);
    connect(&probe, &AdminKeyProbe::admin, &window,
        [&] { window.enableTenantSettings(server.baseUrl(), tenant.key().key); });
    probe.probe();
    QTRY_VERIFY(window.tenantSettingsAction()->isVisible());
    AdminKeyProbe readOnly(server.baseUrl(), tenant.addKey({u"read"_s}).key);
    QSignalSpy notAdmin(&readOnly, &AdminKeyProbe::notAdmin);
    readOnly.probe();
    QTRY_COMPARE(notAdmin.size(), 1);

    const HttpResult list = tenant.http().get(u"/api/v1/contacts?search=Wendy"_s);
    QCOMPARE(list.object().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 1);
    qunsetenv("OMNIOTAP_API_KEY");
}

void TestMainWindow::conflictsDialogShowsBothAndResolves()
{
    addContacts(1);
    const QJsonObject local = m_store->list(contacts(), {}).records().at(0).toObject();
    QJsonObject base = local;
    base.insert(u"email"_s, QJsonValue());
    QJsonObject server = base;
    server.insert(u"email"_s, u"server@example.com"_s);
    server.insert(u"version"_s, 2);
    QJsonObject mine = local;
    mine.insert(u"email"_s, u"mine@example.com"_s);
    m_store->update(
        contacts(), local.value(u"id"_s).toString(), {{u"email"_s, u"mine@example.com"_s}});
    LocalConflict conflict;
    conflict.recordId = local.value(u"id"_s).toString();
    conflict.collection = u"contacts"_s;
    conflict.base = base;
    conflict.local = mine;
    conflict.server = server;
    ConflictStore(m_store->db()).put(conflict);

    ConflictsDialog dialog(*m_store);
    QSignalSpy resolved(&dialog, &ConflictsDialog::resolved);
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(dialog.fields()->rowCount(), 1);
    QCOMPARE(dialog.fields()->item(0, 0)->text(), u"Email"_s);
    QCOMPARE(dialog.fields()->item(0, 2)->text(), u"mine@example.com"_s);
    QCOMPARE(dialog.fields()->item(0, 3)->text(), u"server@example.com"_s);
    QVERIFY(dialog.keep(true));
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(dialog.list()->count(), 0);
    QCOMPARE(ConflictStore(m_store->db()).count(), 0);
    // One change against the server's version, with the local value.
    const QList<PendingChange> pending = PendingChangeQueue(m_store->db()).all();
    const PendingChange last = pending.constLast();
    QCOMPARE(last.action, u"update"_s);
    QCOMPARE(last.body.value(u"email"_s).toString(), u"mine@example.com"_s);
    QCOMPARE(last.base.value(u"version"_s).toInt(), 2);
}

void TestMainWindow::pipelineCardMovesBetweenStages()
{
    const CollectionSpec &opportunities = *CollectionSpec::byName(u"opportunities"_s);
    const QJsonObject big = m_store->create(opportunities,
        {{u"name"_s, u"Big deal"_s}, {u"amount"_s, 50000}, {u"currency"_s, u"EUR"_s}});
    m_store->create(opportunities, {{u"name"_s, u"Small deal"_s}, {u"amount"_s, 1200.5}});
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(window.model()->collection()->name, u"opportunities"_s);
    StageColumn *prospecting = window.board()->column(u"prospecting"_s);
    StageColumn *proposal = window.board()->column(u"proposal"_s);
    QVERIFY(prospecting && proposal);
    QVERIFY(prospecting->isVisible());
    QCOMPARE(prospecting->count(), 2);
    QVERIFY(prospecting->item(0)->text().startsWith(u"Big deal"_s)); // the largest first
    QCOMPARE(proposal->count(), 0);

    // Drag the big deal onto "proposal": the drop event the column gets at the end of a drag
    // carries the card's id.
    QMimeData mime;
    mime.setData(StageColumn::mimeType(), big.value(u"id"_s).toString().toUtf8());
    const QPointF centre = proposal->viewport()->rect().center();
    QDragEnterEvent enter(centre.toPoint(), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(proposal->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(proposal->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    const QJsonObject moved = *m_store->find(opportunities, big.value(u"id"_s).toString());
    QCOMPARE(moved.value(u"stage"_s).toString(), u"proposal"_s);
    QCOMPARE(moved.value(u"probability"_s).toInt(), 50); // the stage's default
    QCOMPARE(prospecting->count(), 1);
    QCOMPARE(proposal->count(), 1);
    QVERIFY(proposal->item(0)->text().contains(u"EUR"_s));

    // Undone like any edit.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(
        m_store->find(opportunities, big.value(u"id"_s).toString())->value(u"stage"_s).toString(),
        u"prospecting"_s);
    QCOMPARE(prospecting->count(), 2);
}

void TestMainWindow::relatedRecordsAndLeadConversion()
{
    const CollectionSpec &customers = *CollectionSpec::byName(u"customers"_s);
    const CollectionSpec &leads = *CollectionSpec::byName(u"leads"_s);
    const CollectionSpec &opportunities = *CollectionSpec::byName(u"opportunities"_s);
    const QString acme
        = m_store->create(customers, {{u"name"_s, u"Acme"_s}}).value(u"id"_s).toString();
    for (const QString &name : {u"Al"_s, u"Bo"_s})
        m_store->create(contacts(), {{u"firstName"_s, name}, {u"customerId"_s, acme}});
    m_store->create(contacts(), {{u"firstName"_s, u"Elsewhere"_s}});
    const QJsonObject lead = m_store->create(leads,
        {{u"title"_s, u"Fleet renewal"_s}, {u"customerId"_s, acme}, {u"estimatedValue"_s, 42000},
            {u"currency"_s, u"EUR"_s}});

    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    window.table()->selectRow(0);
    QVERIFY2(window.relatedLinks()->text().contains(u"2 contacts"_s),
        qPrintable(window.relatedLinks()->text()));
    emit window.relatedLinks()->linkActivated(u"filter:contacts:customerId:%1"_s.arg(acme));
    QCOMPARE(window.model()->collection()->name, u"contacts"_s);
    QCOMPARE(window.model()->totalCount(), 2);

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.model()->totalCount(), 1);
    window.table()->selectRow(0);
    QVERIFY(window.relatedLinks()->text().contains(u"Convert"_s));
    window.convertLead();
    const QJsonArray made = m_store->list(opportunities, {}).records();
    QCOMPARE(made.size(), 1);
    const QJsonObject opportunity = made.at(0).toObject();
    QCOMPARE(opportunity.value(u"name"_s).toString(), u"Fleet renewal"_s);
    QCOMPARE(opportunity.value(u"amount"_s).toDouble(), 42000.0);
    QCOMPARE(opportunity.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(opportunity.value(u"customerId"_s).toString(), acme);
    QCOMPARE(opportunity.value(u"leadId"_s).toString(), lead.value(u"id"_s).toString());
    const QString leadId = lead.value(u"id"_s).toString();
    QCOMPARE(m_store->find(leads, leadId)->value(u"status"_s).toString(), u"converted"_s);
    QCOMPARE(window.model()->collection()->name, u"opportunities"_s); // the new one is shown
    QCOMPARE(window.editor()->record().value(u"id"_s), opportunity.value(u"id"_s));

    // One step, one undo.
    window.undoStack()->undo();
    QCOMPARE(m_store->list(opportunities, {}).total, 0);
    QCOMPARE(m_store->find(leads, leadId)->value(u"status"_s).toString(), u"new"_s);
}

void TestMainWindow::importWithColumnMappingAndExport()
{
    const auto writeFile = [this](const QString &name, const QByteArray &data) {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return QString();
        return file.fileName();
    };
    const QString good = writeFile(u"people.csv"_s,
        "First Name,E-mail,Ignored\r\nAda,ada@example.com,x\r\n\"Bob, Jr.\",bob@example.com,y\r\n");
    ImportDialog dialog(*m_store, contacts());
    QVERIFY(dialog.load(good));
    // Columns matched by name; the unknown one is skipped; the first rows are shown.
    QCOMPARE(dialog.mappingFor(0)->currentData().toString(), u"firstName"_s);
    QCOMPARE(dialog.mappingFor(1)->currentData().toString(), u"email"_s);
    QCOMPARE(dialog.mappingFor(2)->currentData().toString(), QString());
    QCOMPARE(dialog.preview()->item(2, 0)->text(), u"Bob, Jr."_s);
    const CsvImporter::Result result = dialog.runImport();
    QVERIFY2(result.imported(), qPrintable(dialog.report()));
    QCOMPARE(result.created, 2);
    QCOMPARE(m_store->list(contacts(), {}).total, 2);

    // A bad row: nothing of the file is imported, and the report names the line and field.
    const QString bad
        = writeFile(u"bad.csv"_s, "First Name,E-mail\nCara,cara@example.com\nDan,not-an-address\n");
    ImportDialog refused(*m_store, contacts());
    QVERIFY(refused.load(bad));
    QVERIFY(!refused.runImport().imported());
    QVERIFY2(refused.report().contains(u"line 3: email"_s), qPrintable(refused.report()));
    QCOMPARE(m_store->list(contacts(), {}).total, 2);

    // Not CSV: said so, nothing to import.
    ImportDialog broken(*m_store, contacts());
    QVERIFY(!broken.load(writeFile(u"broken.csv"_s, "a,b\n\"unclosed\n")));

    MainWindow window(*m_store);
    const QString exported = m_dir->filePath(u"out.csv"_s);
    QVERIFY(window.exportCsv(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<CsvRow> rows;
    QString error;
    QVERIFY2(CsvReader::parse(file.readAll(), &rows, &error), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).cells.value(0), u"id"_s);
}

void TestMainWindow::unsavedChangesAreNeverDroppedSilently()
{
    addContacts(3);
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Answers the question the window asks with the given button, when it asks.
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(button)->click();
        });
    };
    window.table()->selectRow(0);
    const QString first = window.model()->recordAt(0).value(u"id"_s).toString();
    const QString second = window.model()->recordAt(1).value(u"id"_s).toString();
    QLineEdit *jobTitle = lineFor(window, u"jobTitle"_s);
    QTest::keyClicks(jobTitle, u"Buyer"_s);

    // Another row chosen: Save keeps the edit and shows the chosen record.
    answer(QMessageBox::Save);
    window.table()->selectRow(window.model()->rowOf(second));
    QCOMPARE(m_store->find(contacts(), first)->value(u"jobTitle"_s).toString(), u"Buyer"_s);
    QCOMPARE(window.editor()->record().value(u"id"_s).toString(), second);

    // Cancel stays on the record being edited, with the edit.
    QTest::keyClicks(lineFor(window, u"jobTitle"_s), u"Chief"_s);
    answer(QMessageBox::Cancel);
    window.table()->selectRow(window.model()->rowOf(first));
    QCOMPARE(window.editor()->record().value(u"id"_s).toString(), second);
    QCOMPARE(lineFor(window, u"jobTitle"_s)->text(), u"Chief"_s);

    // Closing the window asks too; Discard drops the edit knowingly.
    answer(QMessageBox::Discard);
    QVERIFY(window.close());
    QVERIFY(m_store->find(contacts(), second)->value(u"jobTitle"_s).isNull());
}

void TestMainWindow::aboutShowsTheVersion()
{
    MainWindow window(*m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *about = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == u"&Help"_s)
            about = action->menu()->actions().value(0);
    }
    QVERIFY(about);
    QString text;
    QTimer::singleShot(0, [&text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        box->accept();
    });
    about->trigger(); // modal until the timer above closes it
    QVERIFY2(text.contains(u"OmnioTap " OMNIOTAP_VERSION ""_s), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
