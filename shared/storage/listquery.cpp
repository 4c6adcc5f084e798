#include "listquery.h"

#include <QJsonDocument>

QJsonArray ListPage::records() const
{
    return QJsonDocument::fromJson(json.isEmpty() ? QByteArray("[]") : json).array();
}
