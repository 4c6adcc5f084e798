#pragma once

#include "csv/csvimporter.h"

#include <QDialog>

class LocalStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
struct CollectionSpec;

// File > Import CSV: the file's first rows as a preview, a field for each of its columns
// (matched by name where it can be, e.g. "First Name" to firstName; any column can be
// skipped), then the import with a progress bar that can be cancelled, all or nothing. Rows
// the cache refuses are listed with their line numbers and nothing is imported.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    ImportDialog(const LocalStore &store, const CollectionSpec &spec, QWidget *parent = nullptr);

    // Reads and parses the file; false (with the reason shown in the dialog) when it is not
    // CSV the import can use.
    bool load(const QString &path);

    QComboBox *mappingFor(int column) const;
    QTableWidget *preview() const { return m_preview; }
    QString report() const;
    // Runs the import with the current mapping; the result is also shown.
    CsvImporter::Result runImport();

signals:
    void imported(); // records were created or changed

private:
    void fillMapping();
    static QString matchKey(const QString &name);

    const LocalStore &m_store;
    const CollectionSpec &m_spec;
    QString m_path;
    QStringList m_header;
    QList<CsvRow> m_rows;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_import = nullptr;
    QList<QComboBox *> m_mapping;
};
