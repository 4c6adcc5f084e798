#pragma once

#include <QList>
#include <QString>

// One problem with one input value, addressed by a JSON Pointer ("/email") or "#/query/<name>".
struct FieldError
{
    QString pointer;
    QString detail;
};

using FieldErrors = QList<FieldError>;
