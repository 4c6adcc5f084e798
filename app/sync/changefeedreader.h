#pragma once

#include "feedpage.h"

#include <QString>
#include <QThread>
#include <QUrl>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

// Reads the change feed on a thread of its own: fetches a page, decodes it (FeedPage), queues
// it and fetches the next, at most a couple of pages ahead of the thread that applies them.
// On a first sync downloading and decoding take about as long as applying, so the two run
// side by side. The thread has its own connection to the server (the key and URL of the
// caller's) and waits out 429s like any sync request.
class ChangeFeedReader
{
public:
    static constexpr int PageSize = 1000; // the feed's maximum
    static constexpr int PagesAhead = 2;

    ChangeFeedReader(const QUrl &server, const QString &apiKey, int timeoutMs,
        const QString &cursor, const QString &tenantId,
        std::function<void(int seconds)> rateLimitNotice);
    ~ChangeFeedReader(); // stops the thread, dropping pages not taken
    ChangeFeedReader(const ChangeFeedReader &) = delete;
    ChangeFeedReader &operator=(const ChangeFeedReader &) = delete;

    // The next page, waiting for it; after a page with last set, do not call again.
    FeedPage take();
    // Hands an applied page back to be freed on the reader's thread: freeing a page's
    // thousand records costs the applying thread almost a tenth of a first sync.
    void dispose(FeedPage &&page);

    static QString pagePath(const QString &cursor);

private:
    void run();

    QUrl m_server;
    QString m_apiKey;
    int m_timeoutMs;
    QString m_cursor;
    QString m_tenantId;
    std::function<void(int)> m_rateLimitNotice;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<FeedPage> m_pages;
    std::deque<FeedPage> m_spent;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
};
