#include "recordvalidator.h"

#include "domainerror.h"
#include "ids.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <cfloat>
#include <cmath>

namespace {

const double kMaxMoney = 999999999999.99;

QString pointerFor(const QString &name)
{
    // JSON Pointer escaping (RFC 6901) so odd field names still produce a valid pointer.
    QString escaped = name;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return u'/' + escaped;
}

bool hasForbiddenControl(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x7f)
            return true;
        if (u < 0x20) {
            if (multiLine && (u == u'\n' || u == u'\r' || u == u'\t'))
                continue;
            return true;
        }
    }
    return false;
}

const QStringList &addressParts()
{
    static const QStringList parts = {QStringLiteral("street"), QStringLiteral("city"),
        QStringLiteral("postalCode"), QStringLiteral("country")};
    return parts;
}

int stageProbability(const QString &stage)
{
    static const QHash<QString, int> defaults = {
        {QStringLiteral("prospecting"), 10},
        {QStringLiteral("qualification"), 20},
        {QStringLiteral("proposal"), 50},
        {QStringLiteral("negotiation"), 75},
        {QStringLiteral("closed_won"), 100},
        {QStringLiteral("closed_lost"), 0},
    };
    return defaults.value(stage, 0);
}

bool isResolvedStatus(const QJsonValue &status)
{
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}

} // namespace

RecordValidator::RecordValidator(const CollectionSpec &spec)
    : m_spec(spec)
{ }

int RecordValidator::codePointCount(const QString &text)
{
    int count = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool RecordValidator::isIgnoredInputField(const QString &name)
{
    return name == QLatin1String("createdAt") || name == QLatin1String("updatedAt")
        || name == QLatin1String("version");
}

QJsonObject RecordValidator::validateCreate(const QJsonObject &body, const QString &now) const
{
    FieldErrors errors;
    QJsonObject record;

    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("id") && it.value().isNull())
            continue;
        if (key == QLatin1String("id")) {
            const QString id
                = it.value().isString() ? Ids::normalized(it.value().toString()) : QString();
            if (id.isEmpty())
                errors.append({QStringLiteral("/id"),
                    QStringLiteral("must be a UUID such as 123e4567-e89b-12d3-a456-426614174000")});
            else
                record.insert(QStringLiteral("id"), id);
            continue;
        }
        const FieldSpec *field = m_spec.field(key);
        if (!field && !isIgnoredInputField(key))
            errors.append(
                {pointerFor(key), QStringLiteral("is not a field of %1").arg(m_spec.entityType)});
    }

    for (const FieldSpec &field : m_spec.fields) {
        const QJsonValue input = field.readOnly ? QJsonValue() : body.value(field.name);
        const qsizetype errorsBefore = errors.size();
        const QJsonValue value
            = input.isUndefined() ? QJsonValue(QJsonValue::Null) : normalize(field, input, errors);
        if (value.isNull() && field.required && errors.size() == errorsBefore)
            errors.append({pointerFor(field.name), QStringLiteral("is required")});
        record.insert(field.name, value);
    }
    if (!errors.isEmpty())
        throw DomainError(DomainError::Kind::Validation,
            QStringLiteral("The request body has invalid fields."), errors);

    for (const FieldSpec &field : m_spec.fields) {
        if (record.value(field.name).isNull() && field.hasDefault()
            && field.kind != FieldKind::Percentage)
            record.insert(field.name, defaultFor(field, record));
    }
    applyDerivedFields(nullptr, record, body, now);
    return record;
}

QJsonObject RecordValidator::applyPatch(
    const QJsonObject &current, const QJsonObject &patch, const QString &now) const
{
    FieldErrors errors;
    QJsonObject record = current;

    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("id")) {
            if (!it.value().isString()
                || Ids::normalized(it.value().toString()) != current.value(key).toString())
                errors.append({QStringLiteral("/id"), QStringLiteral("cannot be changed")});
            continue;
        }
        if (isIgnoredInputField(key))
            continue;
        const FieldSpec *field = m_spec.field(key);
        if (!field) {
            errors.append(
                {pointerFor(key), QStringLiteral("is not a field of %1").arg(m_spec.entityType)});
            continue;
        }
        if (field->readOnly)
            continue;

        QJsonValue input = it.value();
        if (field->kind == FieldKind::Address && input.isObject()) {
            // RFC 7396: a nested object patches the stored object member by member.
            QJsonObject merged = current.value(key).toObject();
            const QJsonObject partial = input.toObject();
            for (auto part = partial.constBegin(); part != partial.constEnd(); ++part) {
                if (part.value().isNull())
                    merged.remove(part.key());
                else
                    merged.insert(part.key(), part.value());
            }
            input = merged;
        }

        const qsizetype errorsBefore = errors.size();
        const QJsonValue value = normalize(*field, input, errors);
        if (errors.size() != errorsBefore)
            continue;
        if (value.isNull() && field->required) {
            errors.append({pointerFor(key), QStringLiteral("is required")});
            continue;
        }
        record.insert(
            key, value.isNull() && field->hasDefault() ? defaultFor(*field, record) : value);
    }
    if (!errors.isEmpty())
        throw DomainError(DomainError::Kind::Validation,
            QStringLiteral("The request body has invalid fields."), errors);

    applyDerivedFields(&current, record, patch, now);
    return record;
}

QJsonValue RecordValidator::normalize(
    const FieldSpec &field, const QJsonValue &value, FieldErrors &errors) const
{
    const QString pointer = pointerFor(field.name);
    if (value.isNull())
        return QJsonValue::Null;

    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Email:
    case FieldKind::Phone:
    case FieldKind::Enum:
    case FieldKind::Reference:
    case FieldKind::Currency:
    case FieldKind::Date:
    case FieldKind::Timestamp:
        return normalizeText(field, pointer, value, errors);
    case FieldKind::Address:
        return normalizeAddress(field, value, errors);
    case FieldKind::Money: {
        if (!value.isDouble()) {
            errors.append({pointer, QStringLiteral("must be a number")});
            return QJsonValue::Null;
        }
        const double amount = value.toDouble();
        const double cents = amount * 100.0;
        if (!std::isfinite(amount) || amount < 0 || amount > kMaxMoney) {
            errors.append({pointer, QStringLiteral("must be between 0 and 999999999999.99")});
            return QJsonValue::Null;
        }
        // The shortest text that reads back as this double is what the client wrote (for any
        // number a JSON encoder produced): count its decimals exactly.
        const QByteArray text = QByteArray::number(amount, 'f', QLocale::FloatingPointShortest);
        const qsizetype point = text.indexOf('.');
        if (point >= 0 && text.size() - point - 1 > 2) {
            errors.append({pointer, QStringLiteral("must have at most 2 decimals")});
            return QJsonValue::Null;
        }
        return double(std::llround(cents)) / 100.0;
    }
    case FieldKind::Percentage: {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number)) {
            errors.append({pointer, QStringLiteral("must be a whole number from 0 to 100")});
            return QJsonValue::Null;
        }
        if (number < 0 || number > 100) {
            errors.append({pointer, QStringLiteral("must be between 0 and 100")});
            return QJsonValue::Null;
        }
        return int(number);
    }
    }
    return QJsonValue::Null;
}

QJsonValue RecordValidator::normalizeText(const FieldSpec &field, const QString &pointer,
    const QJsonValue &value, FieldErrors &errors) const
{
    if (!value.isString()) {
        errors.append({pointer, QStringLiteral("must be a string")});
        return QJsonValue::Null;
    }
    const QString text = value.toString().trimmed();
    if (!QStringView(text).isValidUtf16()) {
        errors.append({pointer, QStringLiteral("contains invalid Unicode (unpaired surrogate)")});
        return QJsonValue::Null;
    }
    if (hasForbiddenControl(text, field.kind == FieldKind::LongText)) {
        errors.append({pointer, QStringLiteral("must not contain control characters")});
        return QJsonValue::Null;
    }
    if (codePointCount(text) > field.maxLength()) {
        errors.append(
            {pointer, QStringLiteral("must be at most %1 characters").arg(field.maxLength())});
        return QJsonValue::Null;
    }
    if (text.isEmpty())
        return QJsonValue::Null;

    switch (field.kind) {
    case FieldKind::Email: {
        static const QRegularExpression email(
            QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+\z)"));
        if (!email.match(text).hasMatch()) {
            errors.append({pointer, QStringLiteral("must be a valid email address")});
            return QJsonValue::Null;
        }
        return text;
    }
    case FieldKind::Phone: {
        static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9][0-9 ()\-]*\z)"));
        const int digits
            = int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }));
        if (!phone.match(text).hasMatch() || digits < 3) {
            errors.append({pointer,
                QStringLiteral("must be a phone number: + and digits, with optional spaces, dashes "
                               "and parentheses")});
            return QJsonValue::Null;
        }
        return text;
    }
    case FieldKind::Enum:
        if (!field.enumValues.contains(text)) {
            errors.append({pointer,
                QStringLiteral("must be one of: %1")
                    .arg(field.enumValues.join(QStringLiteral(", ")))});
            return QJsonValue::Null;
        }
        return text;
    case FieldKind::Reference: {
        const QString id = Ids::normalized(text);
        if (id.isEmpty()) {
            errors.append({pointer, QStringLiteral("must be a UUID")});
            return QJsonValue::Null;
        }
        return id;
    }
    case FieldKind::Currency: {
        static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}\\z"));
        if (!code.match(text).hasMatch()) {
            errors.append(
                {pointer, QStringLiteral("must be a three-letter ISO 4217 currency code")});
            return QJsonValue::Null;
        }
        return text.toUpper();
    }
    case FieldKind::Date:
        if (!Timestamps::isValidDate(text)) {
            errors.append(
                {pointer, QStringLiteral("must be a calendar date in the form YYYY-MM-DD")});
            return QJsonValue::Null;
        }
        return text;
    default:
        return text;
    }
}

QJsonValue RecordValidator::normalizeAddress(
    const FieldSpec &field, const QJsonValue &value, FieldErrors &errors) const
{
    const QString pointer = pointerFor(field.name);
    if (!value.isObject()) {
        errors.append({pointer,
            QStringLiteral("must be an object with street, city, postalCode and country")});
        return QJsonValue::Null;
    }
    const QJsonObject input = value.toObject();
    FieldSpec part;
    part.kind = FieldKind::Text;
    QJsonObject address;
    bool anySet = false;
    for (auto it = input.constBegin(); it != input.constEnd(); ++it) {
        if (!addressParts().contains(it.key()))
            errors.append(
                {pointer + pointerFor(it.key()), QStringLiteral("is not a part of an address")});
    }
    for (const QString &name : addressParts()) {
        const QJsonValue raw = input.value(name);
        const QJsonValue normalized = raw.isUndefined() || raw.isNull()
            ? QJsonValue(QJsonValue::Null)
            : normalizeText(part, pointer + pointerFor(name), raw, errors);
        anySet = anySet || !normalized.isNull();
        address.insert(name, normalized);
    }
    return anySet ? QJsonValue(address) : QJsonValue(QJsonValue::Null);
}

QJsonValue RecordValidator::defaultFor(const FieldSpec &field, const QJsonObject &record) const
{
    if (field.kind == FieldKind::Percentage)
        return stageProbability(record.value(QStringLiteral("stage")).toString());
    if (!field.defaultValue.isEmpty())
        return field.defaultValue;
    return QJsonValue::Null;
}

void RecordValidator::applyDerivedFields(const QJsonObject *before, QJsonObject &after,
    const QJsonObject &input, const QString &now) const
{
    if (m_spec.field(QStringLiteral("probability"))) {
        // A stage change without an explicit probability moves probability to the stage default.
        const QString probability = QStringLiteral("probability");
        const bool explicitProbability
            = input.contains(probability) && !input.value(probability).isNull();
        const bool stageChanged = !before
            || before->value(QStringLiteral("stage")) != after.value(QStringLiteral("stage"));
        if (!explicitProbability && (stageChanged || after.value(probability).isNull()))
            after.insert(
                probability, stageProbability(after.value(QStringLiteral("stage")).toString()));
    }
    if (m_spec.field(QStringLiteral("resolvedAt"))) {
        const QString status = QStringLiteral("status");
        const QString resolvedAt = QStringLiteral("resolvedAt");
        const bool resolvedNow = isResolvedStatus(after.value(status));
        const bool resolvedBefore = before && isResolvedStatus(before->value(status));
        if (!resolvedNow)
            after.insert(resolvedAt, QJsonValue::Null);
        else if (!resolvedBefore)
            after.insert(resolvedAt, now);
    }
}
