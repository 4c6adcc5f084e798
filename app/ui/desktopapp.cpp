#include "desktopapp.h"

#include "adminkeyprobe.h"
#include "apikeyprompt.h"
#include "backgroundsync.h"
#include "bundledserverstarter.h"
#include "firststart/firststartwizard.h"
#include "mainwindow.h"
#include "translationloader.h"
#include "workspaceserverindicator.h"

#include "net/apiclient.h"

#include "profile/profile.h"
#include "storage/localstore.h"

#include "storage/storageerror.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>

#include <cstdio>
#include <memory>

int DesktopApp::run(int &argc, char **argv, const BundledServerFactory &serverFactory)
{
    if (!hasDisplay()) {
        // QApplication would abort with a platform-plugin message; say what to do instead.
        std::fputs(qPrintable(tr("omniotap: no display to open the window on (DISPLAY and "
                                 "WAYLAND_DISPLAY are not set). Use a command instead: "
                                 "omniotap --help.\n")),
            stderr);
        return 1;
    }
    QApplication app(argc, argv);
    TranslationLoader::install(); // the window follows the system language
    QApplication::setApplicationDisplayName(tr("OmnioTap"));
    // The installed launcher's name, so Wayland shells match the window to it and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.omniotap.OmnioTap"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/omniotap.svg")));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), tr("The profile folder."), QStringLiteral("DIR")});
    parser.process(app);
    const QString directory = parser.isSet(QStringLiteral("profile"))
        ? parser.value(QStringLiteral("profile"))
        : Profile::defaultDirectory();

    QString error;
    std::optional<Profile> profile = Profile::open(directory, &error);
    if (!profile) {
        QMessageBox::critical(nullptr, tr("OmnioTap"),
            tr("Cannot open the profile in %1:\n%2").arg(directory, error));
        return 1;
    }
    std::unique_ptr<BundledServerHost> bundledServer;
    QString serverError;
    if (profile->needsSetup()) {
        FirstStartWizard wizard(*profile, serverFactory);
        // "Not Now": the window opens on the local cache, offline, and the wizard comes back at
        // the next start. Closed on its last page, the setup is done all the same.
        wizard.exec();
        bundledServer = wizard.takeServer();
    } else {
        bundledServer = BundledServerStarter::start(*profile, serverFactory, nullptr, &serverError);
    }
    // Looked up once here (a keychain call), asked for when no keychain has it.
    const QString key = ApiKeyPrompt::keyFor(*profile, nullptr);

    LocalStore store(profile->cacheFilePath());
    try {
        store.open();
    } catch (const StorageError &failure) {
        QMessageBox::critical(nullptr, tr("OmnioTap"),
            tr("Cannot open the local cache %1:\n%2")
                .arg(profile->cacheFilePath(), QString::fromUtf8(failure.what())));
        return 1;
    }
    MainWindow window(store);
    if (profile->bundledServer().isSet()) {
        auto *indicator = new WorkspaceServerIndicator(&window);
        window.statusBar()->addPermanentWidget(indicator);
        if (bundledServer)
            indicator->showRunning(bundledServer->port(), profile->bundledServer().shareOnNetwork);
        else
            indicator->showStopped(serverError);
    }
    std::unique_ptr<BackgroundSync> sync;
    const QUrl server = ApiClient::normalizedServerUrl(profile->serverUrl());
    if (server.isValid()) {
        sync = std::make_unique<BackgroundSync>(profile->cacheFilePath(), server, profile->id());
        window.setBackgroundSync(sync.get());
        // The tenant settings appear once the server confirms the key may administer.
        if (!key.isEmpty()) {
            auto *probe = new AdminKeyProbe(server, key, &window);
            QObject::connect(probe, &AdminKeyProbe::admin, &window,
                [&window, server, key] { window.enableTenantSettings(server, key); });
            // Asked after each sync until the server has answered (the first one at start).
            QObject::connect(sync.get(), &BackgroundSync::finished, probe, &AdminKeyProbe::probe);
        }
    }
    window.show();
    return app.exec();
}

bool DesktopApp::hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}
