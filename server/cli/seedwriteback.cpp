#include "seedwriteback.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

SeedWriteback::SeedWriteback(const QString &filePath)
{
#ifdef Q_OS_LINUX
    m_fd = ::open(QFile::encodeName(filePath).constData(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start(QThread::LowPriority);
#else
    Q_UNUSED(filePath);
#endif
}

SeedWriteback::~SeedWriteback()
{
    if (m_thread) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_stop.notify_all();
        m_thread->wait();
    }
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

void SeedWriteback::run()
{
#ifdef Q_OS_LINUX
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stopping; })) {
        lock.unlock();
        // Starts writing whatever is dirty; does not wait for it.
        ::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
        lock.lock();
    }
#endif
}
