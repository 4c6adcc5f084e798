#pragma once

#include "profile/profile.h"

#include "domain/collectionspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// The options of one subcommand: QCommandLineParser plus what every command shares
// (--profile, --help) and the checks that turn bad input into a CommandError.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    // args: the command line without the program name, starting with the command's name.
    CommandParser(const QString &usage, const QString &description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addCollectionOption();
    void addPositional(const QString &name, const QString &description);

    // false when --help was asked for (the help is printed); throws CommandError on errors,
    // including a number of positional arguments other than expectedPositionals.
    bool parse(const QStringList &args, int expectedPositionals);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // Opens --profile DIR (default: Profile::defaultDirectory()).
    Profile profile() const;
    // The collection --collection names; throws CommandError when unknown or missing.
    const CollectionSpec &collection() const;

private:
    QCommandLineParser m_parser;
    QString m_usage;
    QString m_description;
    QStringList m_positionals;
};
