// omniotap-desktop-bench PROFILE_DIR [CONTACTS]
// Figures for the desktop window on a large cache (bench/desktop-bench.sh runs it under Xvfb):
// fills the profile's cache with CONTACTS contacts (default 1,000,000) the way a sync stores
// them, unless it holds them already; then measures the start to a usable window (cache
// opened, window shown with its first rows) and search-as-you-type, one keystroke at a time.
#include "storage/localstore.h"
#include "ui/mainwindow.h"
#include "ui/recordtablemodel.h"

#include "domain/collectionspec.h"
#include "domain/ids.h"
#include "domain/timestamps.h"
#include "profile/profile.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList kFirstNames = {QStringLiteral("Ada"), QStringLiteral("Ben"),
    QStringLiteral("Chloé"), QStringLiteral("David"), QStringLiteral("Emma"),
    QStringLiteral("Felix"), QStringLiteral("Grace"), QStringLiteral("Hiro")};
const QStringList kLastNames = {QStringLiteral("Smith"), QStringLiteral("García"),
    QStringLiteral("Nguyen"), QStringLiteral("Kowalski"), QStringLiteral("Okafor"),
    QStringLiteral("Rossi"), QStringLiteral("Tanaka"), QStringLiteral("Dubois")};

void fill(const LocalStore &store, qint64 wanted)
{
    const CollectionSpec &contacts = *CollectionSpec::byName(QStringLiteral("contacts"));
    const qint64 have = store.list(contacts, {}).total;
    const RecordStore records(store.db());
    const QString now = Timestamps::now();
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = have; i < wanted;) {
        Transaction transaction(store.db());
        for (const qint64 end = std::min(wanted, i + 20'000); i < end; ++i) {
            const QString first = kFirstNames.at(int(i % kFirstNames.size()));
            const QString last = kLastNames.at(int((i / 8) % kLastNames.size()));
            records.applyRemote(contacts, store.tenantId(),
                {{QStringLiteral("id"), Ids::newId()}, {QStringLiteral("version"), 1},
                    {QStringLiteral("createdAt"), now}, {QStringLiteral("updatedAt"), now},
                    {QStringLiteral("firstName"), first},
                    {QStringLiteral("lastName"), QStringLiteral("%1 %2").arg(last).arg(i)},
                    {QStringLiteral("email"),
                        QStringLiteral("%1.%2@example.com").arg(first.toLower()).arg(i)},
                    {QStringLiteral("status"),
                        i % 10 == 0 ? QStringLiteral("inactive") : QStringLiteral("active")}});
        }
        transaction.commit();
        std::fprintf(
            stderr, "\rfilling the cache: %lld of %lld contacts", qlonglong(i), qlonglong(wanted));
    }
    if (have < wanted)
        std::fprintf(stderr, " (%.0f s)\n", timer.elapsed() / 1000.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OmnioTapBench"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: omniotap-desktop-bench PROFILE_DIR [CONTACTS]\n", stderr);
        return 1;
    }
    QString error;
    const std::optional<Profile> profile = Profile::open(args.at(1), &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 wanted = args.size() > 2 ? args.at(2).toLongLong() : 1'000'000;
    {
        LocalStore store(profile->cacheFilePath());
        store.open();
        fill(store, wanted);
    }

    // The start as a user sees it, from here: the cache opened (migrations checked), the
    // window built and shown with its first page of rows.
    sinceStart.restart();
    LocalStore store(profile->cacheFilePath());
    store.open();
    MainWindow window(store);
    window.show();
    // Shown and drawn: the platform reports the window exposed after its first paint.
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    const qint64 startMs = sinceStart.elapsed();
    const qint64 rows = window.model()->totalCount();

    // Search as you type: each prefix of the terms is one query over all contacts.
    QList<double> times;
    for (const QString &term :
        {QStringLiteral("kowalski 9999"), QStringLiteral("grace.1234"), QStringLiteral("zebra")}) {
        for (int length = 1; length <= term.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            // The text as typed, then what the field does after its typing pause (the pause
            // itself is not counted).
            window.searchField()->blockSignals(true);
            window.searchField()->setText(term.left(length));
            window.searchField()->blockSignals(false);
            window.applySearch();
            QApplication::processEvents();
            times << timer.nsecsElapsed() / 1e6;
        }
        window.searchField()->blockSignals(true);
        window.searchField()->clear();
        window.searchField()->blockSignals(false);
        window.applySearch();
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) {
        return times.at(std::min<qsizetype>(times.size() - 1, qsizetype(q * times.size())));
    };

    // Scrolling far: the table asks for the next pages as it goes.
    window.model()->setSearch(QString());
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 50 && window.model()->canFetchMore({}); ++i)
        window.model()->fetchMore({});
    const double perPage = scroll.nsecsElapsed() / 1e6 / 50;

    std::printf("contacts in the cache          %lld\n", qlonglong(rows));
    std::printf("start to a usable window       %lld ms\n", qlonglong(startMs));
    std::printf("search as you type (%lld keys)  p50 %.1f ms, p90 %.1f ms, max %.1f ms\n",
        qlonglong(times.size()), at(0.5), at(0.9), times.constLast());
    std::printf("next 200 rows while scrolling  %.1f ms a page (50 pages)\n", perPage);
    return 0;
}
