#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace {

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Loads base_<tag>.qm from directory, falling back from "de_AT" to "de" (QTranslator::load
// drops the suffixes after '_' one by one, down to, but not including, the base name alone).
std::unique_ptr<QTranslator> load(const QString &base, const QString &tag, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(base + u'_' + tag, directory) || translator->isEmpty())
        return nullptr;
    // A fallback all the way to "base.qm" is not a translation into this language.
    if (translator->filePath().endsWith(u'/' + base + QStringLiteral(".qm")))
        return nullptr;
    return translator;
}

void keep(std::unique_ptr<QTranslator> translator)
{
    translator->setParent(QCoreApplication::instance());
    QCoreApplication::installTranslator(translator.get());
    installed().append(translator.release());
}

} // namespace

QString TranslationLoader::directory()
{
    return QStringLiteral(":/i18n");
}

QString TranslationLoader::install(const QLocale &locale)
{
    uninstall();
    if (!QCoreApplication::instance())
        return {};
    for (QString tag : locale.uiLanguages()) {
        tag.replace(u'-', u'_');
        if (QLocale(tag).language() == QLocale::English)
            return {}; // the sources' own language
        std::unique_ptr<QTranslator> own = load(QStringLiteral("omniotap"), tag, directory());
        if (!own)
            continue;
        const QString name = own->language().isEmpty() ? tag : own->language();
        // Qt's own strings only in the language the window speaks, so that the two match.
        std::unique_ptr<QTranslator> qt = load(
            QStringLiteral("qtbase"), tag, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qt)
            keep(std::move(qt));
        keep(std::move(own)); // installed last: asked first
        return QLocale(name).name().section(u'_', 0, 0);
    }
    return {};
}

void TranslationLoader::uninstall()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}
