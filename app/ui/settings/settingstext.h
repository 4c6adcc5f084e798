#pragma once

#include <QCoreApplication>
#include <QString>

struct ApiReply;

// Words for what the settings dialog shows: a failed call as the server explained it, and the
// API's timestamps in the user's locale.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)

public:
    // Why a call failed: the network error, or the problem's detail with one line per field
    // error ("url: must be an http or https URL"), or at least the status code.
    static QString failure(const ApiReply &reply);
    // An RFC 3339 timestamp in local time; empty text (e.g. a null lastUsedAt) as `never`.
    static QString time(const QString &rfc3339, const QString &never = {});
};
