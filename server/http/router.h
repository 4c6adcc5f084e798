#pragma once

#include "apiresponse.h"
#include "requestcontext.h"

#include "domain/collectionspec.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <functional>

enum class Scope { Public, Read, Write, Admin };

// One method on one path: who may call it and what answers it.
struct Endpoint
{
    QByteArray method;
    Scope scope = Scope::Read;
    std::function<ApiResponse(RequestContext &)> handler;
    QByteArrayList bodyMediaTypes; // non-empty: the request carries a body of one of these types
    bool idempotent = false; // honours Idempotency-Key
    // Optional work that needs no database, run on the request's thread before a write
    // enters the single writer thread (parsing, validation): it must not throw, but keep
    // what it found (errors included) in context.prepared for the handler.
    std::function<void(RequestContext &)> prepare = {};
};

// A path pattern such as "/api/v1/{collection}/{id}". {collection} matches the name of one of
// the five collections; {id} matches a UUID in any letter case (the controller answers 404
// for ids that do not exist).
struct Route
{
    QString pattern;
    QList<Endpoint> endpoints;
};

struct RouteMatch
{
    const Route *route = nullptr; // null: no such path
    const Endpoint *endpoint = nullptr; // null with route set: method not allowed
    const CollectionSpec *collection = nullptr;
    QString id;
    QByteArray allow; // "GET, POST" for 405 answers
};

class Router
{
public:
    explicit Router(QList<Route> routes);

    RouteMatch match(const QByteArray &method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }
    // Every concrete path template with its methods, {collection} expanded, for documentation
    // checks.
    QList<QPair<QString, QByteArrayList>> concreteRoutes() const;

private:
    QList<Route> m_routes;
    QList<QStringList> m_patternSegments; // parallel to m_routes
};
