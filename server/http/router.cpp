#include "router.h"

#include "domain/ids.h"

Router::Router(QList<Route> routes)
    : m_routes(std::move(routes))
{
    // Split once: every request is matched against every pattern.
    for (const Route &route : std::as_const(m_routes))
        m_patternSegments << route.pattern.split(u'/');
}

RouteMatch Router::match(const QByteArray &method, const QString &path) const
{
    QString normalized = path;
    if (normalized.size() > 1 && normalized.endsWith(u'/'))
        normalized.chop(1);
    const QStringList segments = normalized.split(u'/');

    RouteMatch result;
    for (qsizetype r = 0; r < m_routes.size(); ++r) {
        const Route &route = m_routes.at(r);
        const QStringList &pattern = m_patternSegments.at(r);
        if (pattern.size() != segments.size())
            continue;
        RouteMatch candidate;
        bool matches = true;
        for (qsizetype i = 0; i < pattern.size() && matches; ++i) {
            if (pattern.at(i) == QLatin1String("{collection}")) {
                candidate.collection = CollectionSpec::byName(segments.at(i));
                matches = candidate.collection != nullptr;
            } else if (pattern.at(i) == QLatin1String("{id}")) {
                // A segment that is not a UUID cannot name anything: no such path (404).
                candidate.id = Ids::normalized(segments.at(i));
                matches = !candidate.id.isEmpty();
            } else {
                matches = pattern.at(i) == segments.at(i);
            }
        }
        if (!matches)
            continue;

        candidate.route = &route;
        const QByteArray effectiveMethod = method == "HEAD" ? QByteArray("GET") : method;
        QByteArrayList allowed;
        for (const Endpoint &endpoint : route.endpoints) {
            allowed << endpoint.method;
            if (endpoint.method == "GET")
                allowed << "HEAD";
            if (endpoint.method == effectiveMethod)
                candidate.endpoint = &endpoint;
        }
        candidate.allow = allowed.join(", ");
        return candidate;
    }
    return result;
}

QList<QPair<QString, QByteArrayList>> Router::concreteRoutes() const
{
    QList<QPair<QString, QByteArrayList>> result;
    for (const Route &route : m_routes) {
        QByteArrayList methods;
        for (const Endpoint &endpoint : route.endpoints)
            methods << endpoint.method;
        if (!route.pattern.contains(QLatin1String("{collection}"))) {
            result.append({route.pattern, methods});
            continue;
        }
        for (const CollectionSpec &spec : CollectionSpec::all()) {
            QString concrete = route.pattern;
            result.append({concrete.replace(QLatin1String("{collection}"), spec.name), methods});
        }
    }
    return result;
}
