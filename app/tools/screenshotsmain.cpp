// omniotap-screenshots PROFILE_DIR OUTPUT_DIR [SERVER_URL ADMIN_KEY]
// Opens the desktop window on a profile and saves pictures of it for the documentation:
// main-window.png (contacts), pipeline-board.png, first-start.png and
// first-start-workspace.png (the wizard) and, given a server and an admin key,
// settings-webhooks.png and settings-keys.png. Run it under a display (docs/take-screenshots.sh
// uses Xvfb); the windows are grabbed, not the screen.
#include "storage/localstore.h"
#include "ui/firststart/firststartwizard.h"
#include "ui/mainwindow.h"
#include "ui/settings/tenantsettingsdialog.h"

#include "profile/profile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

bool save(QWidget &widget, const QString &path)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnioTapScreenshots"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 5) {
        std::fputs(
            "usage: omniotap-screenshots PROFILE_DIR OUTPUT_DIR [SERVER_URL ADMIN_KEY]\n", stderr);
        return 1;
    }
    QString error;
    const std::optional<Profile> profile = Profile::open(args.at(1), &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QDir().mkpath(args.at(2));
    LocalStore store(profile->cacheFilePath());
    store.open();
    MainWindow window(store);
    window.resize(1400, 860);
    window.show();
    bool ok = true;
    QTimer::singleShot(500, &app, [&] {
        window.table()->selectRow(2);
        ok = save(window, QDir(args.at(2)).filePath(QStringLiteral("main-window.png"))) && ok;
        window.setBoardShown(true);
        ok = save(window, QDir(args.at(2)).filePath(QStringLiteral("pipeline-board.png"))) && ok;
        if (args.size() == 5) {
            TenantSettingsDialog settings(QUrl(args.at(3)), args.at(4), &window);
            settings.resize(980, 620);
            settings.show();
            settings.reloadAll();
            settings.tabs()->setCurrentIndex(1);
            ok = save(settings, QDir(args.at(2)).filePath(QStringLiteral("settings-webhooks.png")))
                && ok;
            settings.tabs()->setCurrentIndex(0);
            ok = save(settings, QDir(args.at(2)).filePath(QStringLiteral("settings-keys.png")))
                && ok;
        }
        // The first start, on a profile of its own (the wizard is only looked at, not run).
        QTemporaryDir newProfileDir;
        std::optional<Profile> newProfile = Profile::open(newProfileDir.path(), &error);
        FirstStartWizard wizard(*newProfile, [] { return std::unique_ptr<BundledServerHost>(); });
        wizard.show();
        ok = save(wizard, QDir(args.at(2)).filePath(QStringLiteral("first-start.png"))) && ok;
        wizard.findChild<QAbstractButton *>(QStringLiteral("startLocalWorkspace"))->click();
        ok = save(wizard, QDir(args.at(2)).filePath(QStringLiteral("first-start-workspace.png")))
            && ok;
        app.exit(ok ? 0 : 1);
    });
    return app.exec();
}
