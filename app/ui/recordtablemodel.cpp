#include "recordtablemodel.h"

#include "collectioncolumns.h"

#include "storage/localstore.h"

#include "domain/collectionspec.h"
#include "domain/domainerror.h"
#include "storage/storageerror.h"

#include <QDateTime>
#include <QLocale>

RecordTableModel::RecordTableModel(const LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void RecordTableModel::setCollection(const CollectionSpec &spec)
{
    beginResetModel();
    m_spec = &spec;
    m_fields = CollectionColumns::tableFields(spec);
    m_status.clear();
    m_search.clear();
    m_referenceField.clear();
    m_referenceId.clear();
    m_sort.clear();
    m_rows.clear();
    m_total = 0;
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    reload(PageSize);
}

void RecordTableModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload(PageSize);
}

void RecordTableModel::setStatusFilter(const QString &value)
{
    if (value == m_status)
        return;
    m_status = value;
    reload(PageSize);
}

void RecordTableModel::setReferenceFilter(const QString &field, const QString &id)
{
    m_referenceField = field;
    m_referenceId = field.isEmpty() ? QString() : id;
    reload(PageSize);
}

void RecordTableModel::refresh()
{
    reload(qMax(PageSize, int(m_rows.size())));
}

int RecordTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).value(QStringLiteral("id")).toString() == id)
            return row;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &record = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return displayValue(m_fields.at(index.column()), record);
    case Qt::TextAlignmentRole: {
        const QJsonValue value = record.value(m_fields.at(index.column()));
        return value.isDouble() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    case IdRole:
        return record.value(QStringLiteral("id")).toString();
    case RecordRole:
        return record.toVariantMap();
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return CollectionColumns::fieldLabel(m_fields.at(section));
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_spec || m_exhausted)
        return false;
    return m_rows.size() < m_total || m_totalIsLowerBound;
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_notifying) {
        // Asked while views are still taking in a reset or an insertion: inserting rows now
        // would nest one change inside another, so it waits for the event loop.
        QMetaObject::invokeMethod(
            this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    try {
        const int page = int(m_rows.size() / PageSize) + 1;
        const QJsonArray records = m_store.list(*m_spec, query(page)).records();
        if (records.isEmpty()) {
            // The end (of a search counted only so far, or of a cache a sync shrank): what is
            // loaded is all there is.
            m_total = m_rows.size();
            m_totalIsLowerBound = false;
            m_exhausted = true;
            return;
        }
        m_exhausted = records.size() < PageSize;
        m_notifying = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + records.size() - 1));
        for (const QJsonValue &record : records)
            m_rows.append(record.toObject());
        endInsertRows();
        m_notifying = false;
        if (m_rows.size() > m_total)
            m_total = m_rows.size(); // beyond what the search counted
        if (m_exhausted) {
            m_total = m_rows.size();
            m_totalIsLowerBound = false;
        }
    } catch (const std::exception &error) {
        emit loadFailed(QString::fromUtf8(error.what()));
    }
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_fields.size())
        return;
    const bool descending = order == Qt::DescendingOrder;
    // Ties (and equal values) keep a stable order: createdAt, then id, as the API does.
    m_sort = {{m_fields.at(column), descending}};
    reload(PageSize);
}

void RecordTableModel::reload(int rowsWanted)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_totalIsLowerBound = false;
    m_exhausted = false;
    if (m_spec) {
        try {
            ListPage first = m_store.list(*m_spec, query(1));
            m_total = first.total;
            m_totalIsLowerBound = first.totalIsLowerBound;
            for (const QJsonValue &record : first.records())
                m_rows.append(record.toObject());
        } catch (const DomainError &error) {
            emit loadFailed(error.detail());
        } catch (const StorageError &error) {
            emit loadFailed(QString::fromUtf8(error.what()));
        }
    }
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    while (m_rows.size() < rowsWanted && canFetchMore({}))
        fetchMore({});
}

ListQuery RecordTableModel::query(int page) const
{
    ListQuery query;
    query.page = page;
    query.limit = PageSize;
    query.search = m_search;
    if (!m_status.isEmpty() && m_spec)
        query.filters.append({m_spec->statusField, m_status});
    if (!m_referenceField.isEmpty())
        query.filters.append({m_referenceField, m_referenceId});
    query.sort = m_sort;
    if (!m_search.isEmpty()) {
        query.countLimit = m_searchCountLimit;
        query.storageOrder = true; // unless a column was clicked: then that order
    }
    return query;
}

QString RecordTableModel::displayValue(const QString &field, const QJsonObject &record) const
{
    const QJsonValue value = record.value(field);
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double number = value.toDouble();
        return QLocale().toString(number, 'f', number == double(value.toInteger()) ? 0 : 2);
    }
    const FieldSpec *spec = m_spec ? m_spec->field(field) : nullptr;
    if (spec && spec->kind == FieldKind::Enum)
        return CollectionColumns::valueLabel(value.toString());
    if ((spec && spec->kind == FieldKind::Timestamp) || field == QLatin1String("updatedAt")
        || field == QLatin1String("createdAt")) {
        // Timestamps read better in the user's own time and format.
        const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (when.isValid())
            return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    return value.toString();
}
