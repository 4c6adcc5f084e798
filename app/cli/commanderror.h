#pragma once

#include <QString>
#include <stdexcept>

// A command that cannot do what it was asked, with the message for stderr. CommandLine turns
// it into exit code 1, so commands report failure in one way.
class CommandError : public std::runtime_error
{
public:
    explicit CommandError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }

    QString message() const { return m_message; }

private:
    QString m_message;
};
