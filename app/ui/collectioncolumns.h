#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct CollectionSpec;

// What the desktop app shows of each collection: the table's columns (API field names, in
// order) and the words for the collection and its fields.
class CollectionColumns
{
    Q_DECLARE_TR_FUNCTIONS(CollectionColumns)

public:
    static QStringList tableFields(const CollectionSpec &spec);
    static QString title(const CollectionSpec &spec); // "Contacts"
    // The plural inside a sentence ("Search contacts…"): lower case in English, but its own
    // translation, since other languages (German) capitalise nouns.
    static QString inSentence(const CollectionSpec &spec);
    static QString singular(const CollectionSpec &spec); // "contact"
    static QString fieldLabel(const QString &field); // "First name"
    // An enum value in words, translated: "closed_won" -> "Closed won".
    static QString valueLabel(const QString &value);
};
