#pragma once

#include <QSqlError>
#include <QString>
#include <stdexcept>

// A database failure that no user input can cause (disk full, corrupt file, a bug).
// It propagates to the top of a request or command, which reports it and rolls back.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &what, const QSqlError &error = {})
        : std::runtime_error(
            (error.text().isEmpty() ? what : what + QStringLiteral(": ") + error.text())
                .toStdString())
        , m_error(error)
    { }

    const QSqlError &sqlError() const { return m_error; }
    // SQLite reports a UNIQUE/PRIMARY KEY violation with extended code 1555 or 2067.
    bool isConstraintViolation() const
    {
        const QString code = m_error.nativeErrorCode();
        return code == QLatin1String("19") || code == QLatin1String("1555")
            || code == QLatin1String("2067") || code == QLatin1String("23505");
    }

private:
    QSqlError m_error;
};
