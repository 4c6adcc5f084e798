#include "seedrowproducer.h"

#include "domain/timestamps.h"

SeedRowProducer::SeedRowProducer(
    const CollectionSpec &spec, qint64 count, RecordGenerator &generator, SeedRowEncoder &encoder)
    : m_spec(spec)
    , m_count(count)
    , m_generator(generator)
    , m_encoder(encoder)
{
    m_maker.reset(QThread::create([this] { generate(); }));
    m_encoderThread.reset(QThread::create([this] { encode(); }));
    m_maker->start();
    m_encoderThread->start();
}

SeedRowProducer::~SeedRowProducer()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
    }
    m_changed.notify_all();
    m_maker->wait();
    m_encoderThread->wait();
}

std::optional<SeedRowProducer::Batch> SeedRowProducer::nextBatch()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_encoded.empty() || m_encodingDone; });
    if (m_encoded.empty())
        return std::nullopt;
    Batch batch = std::move(m_encoded.front());
    m_encoded.pop_front();
    m_changed.notify_all();
    return batch;
}

void SeedRowProducer::generate()
{
    SeedRecord record(m_spec);
    const int columns = SeedRecord::columns(m_spec);
    for (qint64 index = 0; index < m_count;) {
        BulkRows batch(columns);
        batch.reserve(kBatchRows, kBatchRows * 160);
        const QByteArray timestamp = Timestamps::now().toUtf8();
        for (int i = 0; i < kBatchRows && index < m_count; ++i, ++index) {
            m_generator.make(index, record);
            record.appendTo(batch, timestamp);
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_made.size() < kBatchesAhead || m_cancelled; });
        if (m_cancelled)
            return;
        m_made.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_makingDone = true;
    m_changed.notify_all();
}

void SeedRowProducer::encode()
{
    for (;;) {
        BulkRows generated;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_made.empty() || m_makingDone || m_cancelled; });
            if (m_cancelled)
                return;
            if (m_made.empty())
                break;
            generated = std::move(m_made.front());
            m_made.pop_front();
            m_changed.notify_all();
        }
        Batch batch {BulkRows(generated.columns() + 4), BulkRows(SeedRowEncoder::kChangeColumns)};
        m_encoder.encode(generated, batch.records, batch.changes);
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_encoded.size() < kBatchesAhead || m_cancelled; });
        if (m_cancelled)
            return;
        m_encoded.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_encodingDone = true;
    m_changed.notify_all();
}
