#pragma once

#include <QJsonObject>
#include <QLabel>

class LocalStore;
struct CollectionSpec;

// Under the detail pane: the records related to the one shown, one click away. A customer
// links to its contacts, leads, opportunities and tickets (with counts); a record that names
// a customer, contact or lead links to it; a lead not converted yet offers the conversion to
// an opportunity.
class RelatedLinks : public QLabel
{
    Q_OBJECT
public:
    explicit RelatedLinks(const LocalStore &store, QWidget *parent = nullptr);

    void showFor(const CollectionSpec &spec, const QJsonObject &record);

signals:
    // Show collection, only the records whose field names id.
    void filterRequested(const QString &collection, const QString &field, const QString &id);
    void openRequested(const QString &collection, const QString &id);
    void convertRequested();

private:
    void follow(const QString &link);

    const LocalStore &m_store;
};
