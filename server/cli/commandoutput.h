#pragma once

#include <QJsonValue>
#include <QString>

// Where commands print: results on stdout (plain or --json), problems on stderr.
class CommandOutput
{
public:
    explicit CommandOutput(bool json);

    bool json() const { return m_json; }
    void line(const QString &text) const;
    void value(const QJsonValue &value) const;
    // Prints "omniotap-server: <message>" on stderr and returns the failure exit code.
    static int fail(const QString &message);

private:
    bool m_json;
};
