#include "changefeedreader.h"

#include "syncrequester.h"

#include "net/apiclient.h"

ChangeFeedReader::ChangeFeedReader(const QUrl &server, const QString &apiKey, int timeoutMs,
    const QString &cursor, const QString &tenantId, std::function<void(int)> rateLimitNotice)
    : m_server(server)
    , m_apiKey(apiKey)
    , m_timeoutMs(timeoutMs)
    , m_cursor(cursor)
    , m_tenantId(tenantId)
    , m_rateLimitNotice(std::move(rateLimitNotice))
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("omniotap-feed"));
    m_thread->start();
}

ChangeFeedReader::~ChangeFeedReader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    // A request in flight ends within its timeout (a 429 wait within a minute).
    m_thread->wait();
    delete m_thread;
}

FeedPage ChangeFeedReader::take()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pages.empty(); });
    FeedPage page = std::move(m_pages.front());
    m_pages.pop_front();
    m_changed.notify_all();
    return page;
}

void ChangeFeedReader::dispose(FeedPage &&page)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_spent.push_back(std::move(page));
}

QString ChangeFeedReader::pagePath(const QString &cursor)
{
    QString path = QStringLiteral("/api/v1/changes?limit=%1").arg(PageSize);
    if (!cursor.isEmpty())
        path += QStringLiteral("&since=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path;
}

void ChangeFeedReader::run()
{
    // Network objects belong to the thread that made them: these live and die here.
    ApiClient api(m_server, m_apiKey, m_timeoutMs);
    SyncRequester requester(api);
    requester.setRateLimitNotice(m_rateLimitNotice);
    QString cursor = m_cursor;
    for (;;) {
        std::deque<FeedPage> spent;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            spent.swap(m_spent);
        }
        spent.clear(); // outside the lock
        FeedPage page
            = FeedPage::decode(requester.call("GET", pagePath(cursor)), cursor, m_tenantId);
        const bool last = page.last;
        cursor = page.nextCursor;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_pages.size() < PagesAhead; });
            if (m_stopping)
                return;
            m_pages.push_back(std::move(page));
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}
