#pragma once

#include "http/queryparameters.h"

#include "domain/collectionspec.h"
#include "storage/listquery.h"

// Turns a collection list's query parameters into a ListQuery, answering 400 for any
// unknown, repeated or invalid parameter.
class ListQueryParser
{
public:
    static ListQuery parse(const CollectionSpec &spec, const QueryParameters &query);
    static QStringList allowedParameters(const CollectionSpec &spec);
};
