#include "commandparser.h"

#include "commanderror.h"
#include "console.h"

CommandParser::CommandParser(const QString &usage, const QString &description)
    : m_usage(usage)
    , m_description(description)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption({QStringLiteral("profile"),
        tr("The profile folder (default: %1).").arg(Profile::defaultDirectory()),
        QStringLiteral("DIR")});
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
}

void CommandParser::addCollectionOption()
{
    QStringList names;
    for (const CollectionSpec &spec : CollectionSpec::all())
        names << spec.name;
    m_parser.addOption({QStringLiteral("collection"),
        tr("The collection: %1.").arg(names.join(QStringLiteral(", "))), QStringLiteral("C")});
}

void CommandParser::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionals << name;
}

bool CommandParser::parse(const QStringList &args, int expectedPositionals)
{
    // QCommandLineParser skips the first element as the program name.
    if (!m_parser.parse(QStringList {QStringLiteral("omniotap")} + args.mid(1)))
        throw CommandError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Its first line names the binary's path; the command's own usage is clearer.
        help = help.mid(help.indexOf(u'\n') + 1);
        Console::outLine(tr("Usage: omniotap %1\n%2\n").arg(m_usage, m_description) + help);
        return false;
    }
    const QStringList positionals = m_parser.positionalArguments();
    if (positionals.size() != expectedPositionals) {
        throw CommandError(
            tr("Wrong number of arguments. Usage: omniotap %1 (see --help)").arg(m_usage));
    }
    return true;
}

Profile CommandParser::profile() const
{
    const QString directory = m_parser.isSet(QStringLiteral("profile"))
        ? m_parser.value(QStringLiteral("profile"))
        : Profile::defaultDirectory();
    if (directory.isEmpty())
        throw CommandError(tr("--profile needs a folder."));
    QString error;
    std::optional<Profile> profile = Profile::open(directory, &error);
    if (!profile)
        throw CommandError(error);
    return *profile;
}

const CollectionSpec &CommandParser::collection() const
{
    const QString name = m_parser.value(QStringLiteral("collection"));
    if (name.isEmpty())
        throw CommandError(tr("--collection is required (one of: contacts, customers, leads, "
                              "opportunities, tickets)."));
    const CollectionSpec *spec = CollectionSpec::byName(name);
    if (!spec) {
        throw CommandError(tr("Unknown collection \"%1\" (one of: contacts, customers, leads, "
                              "opportunities, tickets).")
                               .arg(name));
    }
    return *spec;
}
