#pragma once

#include "http/apiresponse.h"
#include "http/requestcontext.h"

#include "storage/recordstore.h"

// The five record collections: list, create, get, merge-patch and soft-delete.
class RecordsController
{
public:
    static ApiResponse list(RequestContext &context);
    // Parses and validates a POST body on the request's thread (Endpoint::prepare), so the
    // writer thread only checks ids and references and writes.
    static void prepareCreate(RequestContext &context);
    static ApiResponse create(RequestContext &context);
    static ApiResponse get(RequestContext &context);
    static ApiResponse patch(RequestContext &context);
    static ApiResponse remove(RequestContext &context);

private:
    static ApiResponse recordResponse(int status, const QJsonObject &record);
    static RecordStore::VersionCondition ifMatchVersions(const RequestContext &context);
};
