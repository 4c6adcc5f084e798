#include "testtranslations.h"

#include "ui/collectioncolumns.h"
#include "ui/translationloader.h"

#include "domain/collectionspec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("fr")};

QString tsPath(const QString &language)
{
    return QStringLiteral(OMNIOTAP_SOURCE_DIR "/translations/omniotap_%1.ts").arg(language);
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "unfinished", "vanished", ...
    QStringList translations; // one, or one per plural form
};

// Every message of a .ts file, read with QXmlStreamReader (no Qt Linguist library needed).
QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    Message message;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message();
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    return found;
}

} // namespace

void TestTranslations::cleanup()
{
    TranslationLoader::uninstall();
}

void TestTranslations::loaderInstallsEmbeddedTranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("searchText");
    QTest::addColumn<QString>("oneChange");
    QTest::addColumn<QString>("threeChanges");
    QTest::addColumn<QString>("contacts");
    QTest::addColumn<QString>("contactsInSentence");
    QTest::addColumn<QString>("closedWon");

    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Neu")
                        << QStringLiteral("%1 durchsuchen… (Strg+F)")
                        << QStringLiteral(" · 1 Änderung noch nicht synchronisiert")
                        << QStringLiteral(" · 3 Änderungen noch nicht synchronisiert")
                        << QStringLiteral("Kontakte") << QStringLiteral("Kontakte")
                        << QStringLiteral("Gewonnen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Nouveau")
                        << QStringLiteral("Rechercher dans les %1… (Ctrl+F)")
                        << QStringLiteral(" · 1 modification pas encore synchronisée")
                        << QStringLiteral(" · 3 modifications pas encore synchronisées")
                        << QStringLiteral("Contacts") << QStringLiteral("contacts")
                        << QStringLiteral("Gagnée");
}

void TestTranslations::loaderInstallsEmbeddedTranslation()
{
    QFETCH(QString, language);
    QFETCH(QString, newText);
    QFETCH(QString, searchText);
    QFETCH(QString, oneChange);
    QFETCH(QString, threeChanges);
    QFETCH(QString, contacts);
    QFETCH(QString, contactsInSentence);
    QFETCH(QString, closedWon);

    QVERIFY(QFile::exists(
        TranslationLoader::directory() + QStringLiteral("/omniotap_%1.qm").arg(language)));
    QCOMPARE(TranslationLoader::install(QLocale(language)), language);

    QCOMPARE(translate("MainWindow", "New"), newText);
    QCOMPARE(translate("MainWindow", "Search %1… (Ctrl+F)"), searchText);
    QCOMPARE(translate("MainWindow", " · %n change(s) not synced yet", 1), oneChange);
    QCOMPARE(translate("MainWindow", " · %n change(s) not synced yet", 3), threeChanges);
    QCOMPARE(translate("CollectionColumns", "Contacts"), contacts);
    // Nouns inside sentences keep their own case (German capitalises them), and the API's
    // enum values are shown in the language too.
    const CollectionSpec &contactSpec = *CollectionSpec::byName(QStringLiteral("contacts"));
    QCOMPARE(CollectionColumns::inSentence(contactSpec), contactsInSentence);
    QCOMPARE(CollectionColumns::valueLabel(QStringLiteral("closed_won")), closedWon);
    // The command line's strings are in the same translation.
    QVERIFY(translate("CommandLine", "No command given.") != QLatin1String("No command given."));

    // A second call replaces the first: back to English.
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::English)), QString());
    QCOMPARE(translate("MainWindow", "New"), QStringLiteral("New"));
}

void TestTranslations::regionalLocaleFallsBackToLanguage()
{
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::German, QLocale::Austria)),
        QStringLiteral("de"));
    QCOMPARE(translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::French, QLocale::Canada)),
        QStringLiteral("fr"));
    QCOMPARE(translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
}

void TestTranslations::englishInstallsNothing()
{
    QCOMPARE(
        TranslationLoader::install(QLocale(QLocale::English, QLocale::UnitedKingdom)), QString());
    QCOMPARE(translate("MainWindow", "New"), QStringLiteral("New"));
    // A language OmnioTap is not translated into leaves the sources' English too.
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::Japanese)), QString());
    QCOMPARE(translate("MainWindow", "New"), QStringLiteral("New"));
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    QString tsLanguage;
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(tsLanguage.startsWith(language));
    QVERIFY2(messages.size() > 300, qPrintable(QString::number(messages.size())));

    QStringList problems;
    int plurals = 0;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" is ") + m.type;
        if (m.numerus) {
            ++plurals;
            if (m.translations.size() != 2) // German and French: singular and plural
                problems << where
                        + QStringLiteral(" has %1 plural forms").arg(m.translations.size());
        }
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty translation");
            else if (placeholders(translation) != placeholders(m.source))
                problems << where + QStringLiteral(" -> \"") + translation
                        + QStringLiteral("\" changes the placeholders");
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(plurals > 0);
}

void TestTranslations::tsFilesCoverEverySourceString()
{
    const QString lupdate = QStringLiteral(OMNIOTAP_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &language : kLanguages) {
        // lupdate over a copy: any string of app/ the .ts lacks comes back unfinished.
        const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
        QVERIFY(QFile::copy(tsPath(language), copy));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate,
            {QStringLiteral(OMNIOTAP_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy,
                QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                QStringLiteral("none"), QStringLiteral("-silent")});
        QVERIFY(process.waitForFinished(50'000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            process.readAll().constData());

        QString tsLanguage;
        QString error;
        const QList<Message> before = readTs(tsPath(language), &tsLanguage, &error);
        const QList<Message> after = readTs(copy, &tsLanguage, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const Message &m : after) {
            if (m.type == QLatin1String("unfinished") || m.translations.join(QString()).isEmpty())
                untranslated << m.context + QStringLiteral(": \"") + m.source + u'"';
        }
        QVERIFY2(untranslated.isEmpty(),
            qPrintable(QStringLiteral("omniotap_%1.ts lacks strings of app/ (run lupdate and "
                                      "translate them):\n")
                           .arg(language)
                + untranslated.join(u'\n')));
        // And nothing in the .ts is left over from strings app/ no longer has.
        QCOMPARE(after.size(), before.size());
    }
}

QTEST_MAIN(TestTranslations)
