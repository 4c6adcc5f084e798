#include "recordcsvmapper.h"

#include <QJsonValue>
#include <QLocale>
#include <QSet>

namespace {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        // Shortest form that reads back as the same number, never in exponent notation.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

} // namespace

RecordCsvMapper::RecordCsvMapper(const CollectionSpec &spec)
    : m_spec(spec)
{ }

QStringList RecordCsvMapper::addressParts()
{
    return {QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("postalCode"),
        QStringLiteral("country")};
}

QStringList RecordCsvMapper::columns() const
{
    QStringList names = {QStringLiteral("id")};
    for (const FieldSpec &field : m_spec.fields) {
        if (field.kind == FieldKind::Address) {
            for (const QString &part : addressParts())
                names << field.name + u'.' + part;
        } else {
            names << field.name;
        }
    }
    names << QStringLiteral("createdAt") << QStringLiteral("updatedAt")
          << QStringLiteral("version");
    return names;
}

QStringList RecordCsvMapper::cells(const QJsonObject &record) const
{
    QStringList row;
    for (const QString &column : columns()) {
        const qsizetype dot = column.indexOf(u'.');
        if (dot < 0)
            row << cellText(record.value(column));
        else
            row << cellText(record.value(column.left(dot)).toObject().value(column.mid(dot + 1)));
    }
    return row;
}

bool RecordCsvMapper::isReadOnlyColumn(const QString &column) const
{
    if (column == QLatin1String("createdAt") || column == QLatin1String("updatedAt")
        || column == QLatin1String("version"))
        return true;
    const FieldSpec *field = m_spec.field(column);
    return field && field->readOnly;
}

bool RecordCsvMapper::checkHeader(const QStringList &header, QString *error) const
{
    const QStringList known = columns();
    QSet<QString> seen;
    for (const QString &column : header) {
        if (!known.contains(column)) {
            *error = tr("line 1: \"%1\" is not a field of %2 (columns: %3)")
                         .arg(column, m_spec.entityType, known.join(QStringLiteral(", ")));
            return false;
        }
        if (seen.contains(column)) {
            *error = tr("line 1: the column \"%1\" appears twice").arg(column);
            return false;
        }
        seen.insert(column);
    }
    return true;
}

QJsonObject RecordCsvMapper::body(
    const QStringList &header, const QStringList &cells, bool forUpdate) const
{
    QJsonObject body;
    for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i) {
        const QString &column = header.at(i);
        if (column == QLatin1String("id") || isReadOnlyColumn(column))
            continue;
        const QString &text = cells.at(i);
        if (text.isEmpty() && !forUpdate)
            continue;

        const qsizetype dot = column.indexOf(u'.');
        if (dot >= 0) {
            // Address parts: a merge patch of the address object, member by member.
            const QString name = column.left(dot);
            QJsonObject address = body.value(name).toObject();
            address.insert(column.mid(dot + 1), text.isEmpty() ? QJsonValue() : QJsonValue(text));
            body.insert(name, address);
            continue;
        }
        if (text.isEmpty()) {
            body.insert(column, QJsonValue());
            continue;
        }
        const FieldSpec *field = m_spec.field(column);
        if (field && (field->kind == FieldKind::Money || field->kind == FieldKind::Percentage)) {
            bool ok = false;
            const double number = QLocale::c().toDouble(text.trimmed(), &ok);
            // Not a number: passed on as text, so the validator words the error as the API does.
            body.insert(column, ok ? QJsonValue(number) : QJsonValue(text));
            continue;
        }
        body.insert(column, text);
    }
    return body;
}

QString RecordCsvMapper::columnForPointer(const QString &pointer)
{
    QString column = pointer.startsWith(u'/') ? pointer.mid(1) : pointer;
    column.replace(u'/', u'.');
    return column;
}
