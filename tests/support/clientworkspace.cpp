#include "clientworkspace.h"

#include "clientprocess.h"

#include <QDebug>
#include <QFile>

using namespace Qt::StringLiterals;

ClientWorkspace::ClientWorkspace() = default;

QProcessEnvironment ClientWorkspace::keyEnvironment() const
{
    QProcessEnvironment env = ClientProcess::baseEnvironment();
    env.insert(u"OMNIOTAP_API_KEY"_s, m_apiKey);
    return env;
}

QString ClientWorkspace::profile(const QString &name) const
{
    return m_dir.filePath(name);
}

CliResult ClientWorkspace::run(const QStringList &args) const
{
    return ClientProcess::run(args, keyEnvironment());
}

bool ClientWorkspace::connect(const QString &name, const QUrl &server) const
{
    const CliResult r
        = run({u"connect"_s, u"--profile"_s, profile(name), u"--server"_s, server.toString()});
    if (r.exitCode != 0)
        qWarning().noquote() << "connect failed:" << r.describe();
    return r.exitCode == 0;
}

CliResult ClientWorkspace::sync(const QString &name) const
{
    return run({u"sync"_s, u"--profile"_s, profile(name), u"--json"_s});
}

QJsonObject ClientWorkspace::syncJson(const QString &name, int expectedExit) const
{
    const CliResult r = sync(name);
    if (r.exitCode != expectedExit || !r.json().isObject()) {
        qWarning().noquote() << "sync of" << name << "did not give exit" << expectedExit
                             << "and a JSON object:" << r.describe();
        return {};
    }
    return r.json().object();
}

QJsonArray ClientWorkspace::exportJson(const QString &name, const QString &collection) const
{
    const CliResult r
        = run({u"export"_s, u"--profile"_s, profile(name), u"--collection"_s, collection});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << "export failed:" << r.describe();
        return {};
    }
    return r.json().array();
}

bool ClientWorkspace::importCsv(
    const QString &name, const QString &collection, const QByteArray &csv) const
{
    const QString path = m_dir.filePath(u"import.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size())
        return false;
    file.close();
    const CliResult r
        = run({u"import"_s, u"--profile"_s, profile(name), u"--collection"_s, collection, path});
    if (r.exitCode != 0)
        qWarning().noquote() << "import failed:" << r.describe();
    return r.exitCode == 0;
}

bool ClientWorkspace::remove(
    const QString &name, const QString &collection, const QString &id) const
{
    const CliResult r
        = run({u"delete"_s, u"--profile"_s, profile(name), u"--collection"_s, collection, id});
    if (r.exitCode != 0)
        qWarning().noquote() << "delete failed:" << r.describe();
    return r.exitCode == 0;
}

QJsonArray ClientWorkspace::conflicts(const QString &name) const
{
    const CliResult r = run({u"conflicts"_s, u"--profile"_s, profile(name), u"--json"_s});
    if (r.exitCode != 0 || !r.json().isArray()) {
        qWarning().noquote() << "conflicts failed:" << r.describe();
        return {};
    }
    return r.json().array();
}

CliResult ClientWorkspace::resolve(
    const QString &name, const QString &id, const QString &keep) const
{
    return run(
        {u"conflicts"_s, u"resolve"_s, u"--profile"_s, profile(name), id, u"--keep"_s, keep});
}

QJsonObject ClientWorkspace::findById(const QJsonArray &records, const QString &id)
{
    for (const QJsonValue &record : records) {
        if (record.toObject().value(u"id"_s).toString() == id)
            return record.toObject();
    }
    return {};
}
