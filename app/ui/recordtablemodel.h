#pragma once

#include "storage/listquery.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class LocalStore;
struct CollectionSpec;

// One collection of the local cache as a table, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore), never the whole table: a cache of a million contacts opens as fast
// as one of ten. Search, status filter and sort go to the cache's indexes (the same list
// queries as the API's), and change the rows shown from the first page again.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int RecordRole = Qt::UserRole + 2;
    // A search stops counting its matches here: "1,000+" is as useful as the exact number,
    // and a broad search over a million records answers at once.
    static constexpr qint64 SearchCountLimit = 1'000;

    explicit RecordTableModel(const LocalStore &store, QObject *parent = nullptr);

    void setCollection(const CollectionSpec &spec);
    const CollectionSpec *collection() const { return m_spec; }
    void setSearch(const QString &text);
    void setStatusFilter(const QString &value); // empty: every status
    // Only the records whose reference field names id (a customer's contacts, ...); an empty
    // field: all. Cleared by setCollection().
    void setReferenceFilter(const QString &field, const QString &id);
    QString referenceField() const { return m_referenceField; }
    QString statusFilter() const { return m_status; }
    // Reloads as many rows as are loaded now, e.g. after a local edit or a sync.
    void refresh();

    qint64 totalCount() const { return m_total; }
    void setSearchCountLimit(qint64 limit) { m_searchCountLimit = limit; }
    // The search has at least totalCount() matches (it stopped counting).
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    QString fieldAt(int column) const { return m_fields.value(column); }
    QJsonObject recordAt(int row) const { return m_rows.value(row); }
    // The row of the record with this id among the loaded rows, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // The cache could not be read; message says why.
    void loadFailed(const QString &message);

private:
    void reload(int rowsWanted);
    ListQuery query(int page) const;
    QString displayValue(const QString &field, const QJsonObject &record) const;

    const LocalStore &m_store;
    const CollectionSpec *m_spec = nullptr;
    QStringList m_fields;
    QString m_search;
    QString m_status;
    QString m_referenceField;
    QString m_referenceId;
    QList<QPair<QString, bool>> m_sort;
    QList<QJsonObject> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    qint64 m_searchCountLimit = SearchCountLimit;
    bool m_exhausted = false; // a page came back short: nothing more to fetch
    bool m_notifying = false; // inside the notifications of a reset or an insertion
};
