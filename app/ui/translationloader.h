#pragma once

#include <QLocale>
#include <QString>

// Puts the desktop client in the user's language: installs OmnioTap's own translation
// (omniotap_<lang>.qm, compiled from translations/*.ts and embedded under :/i18n) and, for
// the same language, Qt's own (qtbase_<lang>.qm: standard buttons, file dialogs, undo texts)
// from Qt's translations folder when the system has it. Call after the QApplication exists.
class TranslationLoader
{
public:
    // Where the embedded .qm files are.
    static QString directory(); // ":/i18n"

    // Installs the translators for the first of locale's UI languages that OmnioTap is
    // translated into, replacing those of an earlier call. English, the language of the
    // sources, stops the search: nothing is installed, and a later language in the list is
    // not preferred over it. Returns the translation's name ("de", "fr"), or empty when none
    // was installed.
    static QString install(const QLocale &locale = QLocale::system());

    // Removes and deletes the translators install() put in place.
    static void uninstall();
};
