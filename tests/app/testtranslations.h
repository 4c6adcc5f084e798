#pragma once

#include <QObject>

// The German and French translations of the desktop client: TranslationLoader finds the .qm
// files embedded in omniotap_ui and the window's strings (plurals included) come out
// translated; English stays the sources' text. The .ts files themselves (translations/ in the
// source tree) leave no message unfinished or empty, keep every placeholder, and cover every
// string lupdate finds in app/ today.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();

    void loaderInstallsEmbeddedTranslation_data();
    void loaderInstallsEmbeddedTranslation();
    void regionalLocaleFallsBackToLanguage();
    void englishInstallsNothing();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void tsFilesCoverEverySourceString();
};
