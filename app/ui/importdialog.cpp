#include "importdialog.h"

#include "collectioncolumns.h"

#include "csv/recordcsvmapper.h"
#include "storage/localstore.h"

#include "domain/collectionspec.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportDialog::ImportDialog(const LocalStore &store, const CollectionSpec &spec, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_spec(spec)
{
    setWindowTitle(tr("Import %1 from CSV").arg(CollectionColumns::inSentence(spec)));
    resize(900, 560);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setMaximumHeight(140);
    m_report->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport().imported())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Choose the field each column goes to (the first row under "
                                    "the headers); rows with an id that exists update that "
                                    "record."),
        this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_report);
    layout->addWidget(buttons);
}

bool ImportDialog::load(const QString &path)
{
    m_path = path;
    m_rows.clear();
    m_header.clear();
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else if (!CsvReader::parse(file.readAll(), &m_rows, &error)) {
        m_rows.clear();
    } else if (m_rows.isEmpty()) {
        error = tr("the file is empty; it needs a header row");
    }
    if (!error.isEmpty()) {
        m_summary->setText(tr("Cannot import %1: %2.").arg(QFileInfo(path).fileName(), error));
        m_import->setEnabled(false);
        return false;
    }
    m_header = m_rows.takeFirst().cells;
    m_summary->setText(tr("%1: %n row(s) to import.", nullptr, int(m_rows.size()))
                           .arg(QFileInfo(path).fileName()));
    fillMapping();
    m_import->setEnabled(!m_rows.isEmpty());
    return true;
}

void ImportDialog::fillMapping()
{
    const QStringList targets = RecordCsvMapper(m_spec).columns();
    const int rows = int(qMin<qsizetype>(m_rows.size(), PreviewRows));
    m_preview->clear();
    m_preview->setColumnCount(int(m_header.size()));
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(m_header);
    m_mapping.clear();
    for (int column = 0; column < m_header.size(); ++column) {
        auto *combo = new QComboBox(m_preview);
        combo->addItem(tr("(skip)"), QString());
        int match = 0;
        for (const QString &target : targets) {
            combo->addItem(
                target.contains(u'.') ? target : CollectionColumns::fieldLabel(target), target);
            if (matchKey(target) == matchKey(m_header.at(column)))
                match = combo->count() - 1;
        }
        combo->setCurrentIndex(match);
        m_preview->setCellWidget(0, column, combo);
        m_mapping << combo;
        for (int row = 0; row < rows; ++row) {
            m_preview->setItem(
                row + 1, column, new QTableWidgetItem(m_rows.at(row).cells.value(column)));
        }
    }
    m_preview->resizeColumnsToContents();
}

QString ImportDialog::matchKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    if (key == QLatin1String("mail"))
        key = QStringLiteral("email");
    return key;
}

QComboBox *ImportDialog::mappingFor(int column) const
{
    return m_mapping.value(column);
}

QString ImportDialog::report() const
{
    return m_report->toPlainText();
}

CsvImporter::Result ImportDialog::runImport()
{
    // The chosen fields, and the rows cut down to the columns not skipped.
    QStringList header;
    QList<int> kept;
    for (int column = 0; column < m_mapping.size(); ++column) {
        const QString target = m_mapping.at(column)->currentData().toString();
        if (!target.isEmpty()) {
            header << target;
            kept << column;
        }
    }
    CsvImporter::Result result;
    QString error;
    if (header.isEmpty())
        error = tr("Choose a field for at least one column.");
    else if (!RecordCsvMapper(m_spec).checkHeader(header, &error))
        error = tr("The columns cannot be imported like this: %1.").arg(error);
    if (!error.isEmpty()) {
        result.badRows = 1;
        m_report->setPlainText(error);
        m_report->show();
        return result;
    }
    QList<CsvRow> rows;
    rows.reserve(m_rows.size());
    for (const CsvRow &row : std::as_const(m_rows)) {
        CsvRow cut;
        cut.line = row.line;
        for (const int column : std::as_const(kept))
            cut.cells << row.cells.value(column);
        if (row.cells.size() != m_header.size())
            cut.cells << QString(); // keeps the wrong cell count visible to the importer
        rows << cut;
    }

    QProgressDialog progress(tr("Importing…"), tr("Cancel"), 0, int(rows.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        result = CsvImporter(m_store, m_spec).import(header, rows, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    } catch (const StorageError &failure) {
        result.badRows = 1;
        result.problems << tr("The local cache failed: %1").arg(QString::fromUtf8(failure.what()));
    }
    progress.reset();
    if (result.cancelled) {
        m_report->setPlainText(tr("Cancelled: nothing was imported."));
    } else if (!result.imported()) {
        QString text
            = tr("Nothing was imported; %n row(s) need fixing first:", nullptr, result.badRows);
        for (const QString &problem : std::as_const(result.problems))
            text += u'\n' + problem;
        if (result.stoppedEarly)
            text += u'\n' + tr("(stopped after %1 bad rows)").arg(CsvImporter::MaxReportedErrors);
        m_report->setPlainText(text);
    } else {
        m_report->setPlainText(tr("Imported: %1 created, %2 updated, %3 unchanged.")
                                   .arg(result.created)
                                   .arg(result.updated)
                                   .arg(result.unchanged));
        emit imported();
    }
    m_report->show();
    return result;
}
