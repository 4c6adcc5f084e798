#include "responsecheck.h"

#include "testdata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ResponseCheck::problem(
    const HttpResult &r, int status, const QString &type, const QString &instance)
{
    if (r.status != status)
        return u"expected status %1, got %2"_s.arg(status).arg(r.describe());
    if (r.mediaType() != "application/problem+json")
        return u"Content-Type is '%1', expected application/problem+json; %2"_s.arg(
            QString::fromUtf8(r.header("Content-Type")), r.describe());
    const QJsonObject o = r.object();
    if (o.isEmpty())
        return u"problem body is not a JSON object: "_s + r.describe();
    const QString base = QString::fromLatin1(ProblemBase);
    const QString actualType = o.value(u"type"_s).toString();
    if (!actualType.startsWith(base))
        return u"problem type '%1' is not under %2"_s.arg(actualType, base);
    if (!type.isEmpty() && actualType != base + type)
        return u"problem type '%1', expected '%2'"_s.arg(actualType, base + type);
    if (!o.value(u"title"_s).isString() || o.value(u"title"_s).toString().isEmpty())
        return u"problem has no title: "_s + r.describe();
    if (!o.value(u"status"_s).isDouble() || o.value(u"status"_s).toInt() != status)
        return u"problem status member is not %1: "_s.arg(status) + r.describe();
    if (!o.value(u"detail"_s).isString())
        return u"problem has no detail string: "_s + r.describe();
    const QString actualInstance = o.value(u"instance"_s).toString();
    if (!actualInstance.startsWith(u'/'))
        return u"problem instance '%1' is not a path"_s.arg(actualInstance);
    if (!instance.isEmpty() && actualInstance != instance)
        return u"problem instance '%1', expected '%2'"_s.arg(actualInstance, instance);
    if (status == 422 || type == u"invalid-query") {
        const QJsonValue errors = o.value(u"errors"_s);
        if (type == u"validation-failed" || type == u"invalid-query") {
            if (!errors.isArray() || errors.toArray().isEmpty())
                return u"problem has no errors[]: "_s + r.describe();
        }
        for (const QJsonValue &e : errors.toArray()) {
            if (!e.toObject().value(u"pointer"_s).isString()
                || !e.toObject().value(u"detail"_s).isString())
                return u"errors[] entry without pointer/detail: "_s + r.describe();
        }
    }
    return {};
}

QStringList ResponseCheck::errorPointers(const HttpResult &r)
{
    QStringList pointers;
    for (const QJsonValue &e : r.object().value(u"errors"_s).toArray())
        pointers.append(e.toObject().value(u"pointer"_s).toString());
    return pointers;
}

static bool toInt(const QByteArray &text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

QString ResponseCheck::rateLimitHeaders(const HttpResult &r, int limit)
{
    qint64 headerLimit = 0, remaining = 0, reset = 0;
    if (!toInt(r.header("X-RateLimit-Limit"), &headerLimit))
        return u"no numeric X-RateLimit-Limit; "_s + r.describe();
    if (!toInt(r.header("X-RateLimit-Remaining"), &remaining))
        return u"no numeric X-RateLimit-Remaining; "_s + r.describe();
    if (!toInt(r.header("X-RateLimit-Reset"), &reset))
        return u"no numeric X-RateLimit-Reset; "_s + r.describe();
    if (limit >= 0 && headerLimit != limit)
        return u"X-RateLimit-Limit %1, expected %2"_s.arg(headerLimit).arg(limit);
    if (remaining < 0 || remaining > headerLimit)
        return u"X-RateLimit-Remaining %1 outside 0..%2"_s.arg(remaining).arg(headerLimit);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (reset < now - 1 || reset > now + 61)
        return u"X-RateLimit-Reset %1 is not within the next 60 s (now %2)"_s.arg(reset).arg(now);

    const QByteArray policy = r.header("RateLimit-Policy");
    const QByteArray expectedPolicy = "\"tenant\";q=" + QByteArray::number(headerLimit) + ";w=60";
    if (policy != expectedPolicy)
        return u"RateLimit-Policy '%1', expected '%2'"_s.arg(
            QString::fromUtf8(policy), QString::fromUtf8(expectedPolicy));
    static const QRegularExpression draft(u"^\"tenant\";r=(\\d+);t=(\\d+)$"_s);
    const auto m = draft.match(QString::fromUtf8(r.header("RateLimit")));
    if (!m.hasMatch())
        return u"RateLimit '%1' is not \"tenant\";r=<n>;t=<n>"_s.arg(
            QString::fromUtf8(r.header("RateLimit")));
    if (m.captured(1).toLongLong() != remaining)
        return u"RateLimit r=%1 differs from X-RateLimit-Remaining %2"_s.arg(m.captured(1))
            .arg(remaining);
    const qint64 secondsLeft = m.captured(2).toLongLong();
    if (secondsLeft > 60 || qAbs(secondsLeft - (reset - now)) > 2)
        return u"RateLimit t=%1 does not match X-RateLimit-Reset %2 (now %3)"_s.arg(secondsLeft)
            .arg(reset)
            .arg(now);
    return {};
}

QString ResponseCheck::noRateLimitHeaders(const HttpResult &r)
{
    for (const char *name : {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
             "RateLimit-Policy", "RateLimit"}) {
        if (r.hasHeader(name))
            return u"unexpected header %1: %2"_s.arg(
                QLatin1String(name), QString::fromUtf8(r.header(name)));
    }
    return {};
}

QString ResponseCheck::record(const QJsonObject &record, const QString &collection)
{
    for (const QString &field : TestData::fields(collection)) {
        if (!record.contains(field))
            return u"%1 record lacks field '%2': %3"_s.arg(collection, field,
                QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    }
    if (!TestData::isUuid(record.value(u"id"_s).toString()))
        return u"id '%1' is not a lowercase UUID"_s.arg(record.value(u"id"_s).toString());
    for (const QString &field : {u"createdAt"_s, u"updatedAt"_s}) {
        if (!TestData::isTimestamp(record.value(field).toString()))
            return u"%1 '%2' is not YYYY-MM-DDTHH:MM:SS.mmmZ"_s.arg(
                field, record.value(field).toString());
    }
    if (!record.value(u"version"_s).isDouble() || record.value(u"version"_s).toInt() < 1)
        return u"version is not an integer >= 1"_s;
    return {};
}

QString ResponseCheck::recordResponse(const HttpResult &r, int status, const QString &collection)
{
    if (r.status != status)
        return u"expected status %1, got %2"_s.arg(status).arg(r.describe());
    if (r.mediaType() != "application/json")
        return u"Content-Type '%1', expected application/json"_s.arg(
            QString::fromUtf8(r.header("Content-Type")));
    const QJsonObject o = r.object();
    const QString recordProblem = record(o, collection);
    if (!recordProblem.isEmpty())
        return recordProblem;
    const QByteArray expectedEtag = TestData::etag(o.value(u"version"_s).toInt());
    if (r.header("ETag") != expectedEtag)
        return u"ETag '%1', expected '%2'"_s.arg(
            QString::fromUtf8(r.header("ETag")), QString::fromUtf8(expectedEtag));
    return {};
}
