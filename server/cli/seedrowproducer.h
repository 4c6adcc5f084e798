#pragma once

#include "recordgenerator.h"
#include "seedrowencoder.h"

#include <QThread>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

// Makes rows on two threads while the caller inserts earlier ones: one generates records (in
// order: the generator draws references from the ids it made before), the other encodes them
// into table rows and change-feed rows.
class SeedRowProducer
{
public:
    struct Batch
    {
        BulkRows records;
        BulkRows changes;
    };

    SeedRowProducer(const CollectionSpec &spec, qint64 count, RecordGenerator &generator,
        SeedRowEncoder &encoder);
    ~SeedRowProducer();
    SeedRowProducer(const SeedRowProducer &) = delete;
    SeedRowProducer &operator=(const SeedRowProducer &) = delete;

    // The next batch of rows, or nullopt when all have been handed out.
    std::optional<Batch> nextBatch();

private:
    static constexpr int kBatchRows = 2000;
    static constexpr size_t kBatchesAhead = 4;

    void generate();
    void encode();

    const CollectionSpec &m_spec;
    qint64 m_count;
    RecordGenerator &m_generator;
    SeedRowEncoder &m_encoder;
    std::unique_ptr<QThread> m_maker;
    std::unique_ptr<QThread> m_encoderThread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<BulkRows> m_made;
    std::deque<Batch> m_encoded;
    bool m_makingDone = false;
    bool m_encodingDone = false;
    bool m_cancelled = false;
};
