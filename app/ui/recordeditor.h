#pragma once

#include "domain/fielderror.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
struct CollectionSpec;
struct FieldSpec;

// The detail pane: a form for one record of a collection, built from the collection's fields,
// with the same rules as the API. Errors from the cache's validation (the API's messages) show
// inline under their fields. Read-only fields (set by the server) are shown, not edited.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(QWidget *parent = nullptr);

    void setCollection(const CollectionSpec &spec);
    // Shows record for editing; an empty object starts a new one (with the defaults).
    void setRecord(const QJsonObject &record);
    QJsonObject record() const { return m_record; }
    bool isNew() const { return m_record.value(QStringLiteral("id")).toString().isEmpty(); }
    bool hasChanges() const;

    // The body of a create (fields with a value), or the merge patch of what changed.
    QJsonObject createBody() const;
    QJsonObject patch() const;
    // Field pointers ("/email", "/address/city") with messages, from a DomainError.
    void showErrors(const FieldErrors &errors, const QString &summary);
    void clearErrors();

    // The widget that edits field (for tests and focus); null when there is none.
    QWidget *editorFor(const QString &field) const { return m_editors.value(field); }

signals:
    void saveRequested();
    void changed();

private:
    QWidget *makeEditor(const FieldSpec &field);
    QJsonValue valueOf(const FieldSpec &field) const;
    void load(const FieldSpec &field, const QJsonValue &value);
    void updateButtons();

    const CollectionSpec *m_spec = nullptr;
    QJsonObject m_record;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QHash<QString, QWidget *> m_editors; // field (or "address/city") -> editor
    QHash<QString, QLabel *> m_errors; // field -> its error line
    bool m_loading = false;
};
