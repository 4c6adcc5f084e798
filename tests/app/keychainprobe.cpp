// keychain_probe: KeychainStore as a command uses it, for tests that need a separate process
// (for instance one without any Secret Service).
// Usage: keychain_probe store PROFILE API_KEY | read PROFILE | remove PROFILE
// Exit status: 0 done (read prints the key), 1 keychain error on stderr, 2 usage, 3 no entry.

#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QString command = args.value(0);
    const bool isStore = command == u"store" && args.size() == 3;
    if (!isStore && !((command == u"read" || command == u"remove") && args.size() == 2)) {
        err << "Usage: keychain_probe store PROFILE API_KEY | read PROFILE | remove PROFILE\n";
        return 2;
    }

    const KeychainStore store;
    QString error;
    if (command == u"read") {
        const std::optional<QString> apiKey = store.read(args.at(1), &error);
        if (apiKey) {
            out << *apiKey << '\n';
            return 0;
        }
        if (error.isEmpty())
            return 3;
    } else if (isStore ? store.store(args.at(1), args.at(2), &error)
                       : store.remove(args.at(1), &error)) {
        return 0;
    }
    err << error << '\n';
    return 1;
}
