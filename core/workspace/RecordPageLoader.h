#pragma once

#include "workspace/RecordQuery.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <memory>
#include <optional>

namespace Rewind
{

class ScopedConnection;

/// One page of a record listing: values per model column, link labels filled in.
struct RecordPage
{
    QList<QVariantList> rows;
};

/// Fetches pages of a RecordQuery on its own thread and connection. The model's thread calls
/// setQuery()/requestPage() (thread-safe, never block on SQL); results come back as queued signals
/// tagged with the generation they were asked for, so a model drops anything stale.
///
/// Newest request first: scrolling asks for what is visible now, and requests left behind are
/// dropped (pageDropped) once more than a few are waiting. Pages are fetched with keyset paging
/// from a neighbour's known boundary key when there is one, otherwise by OFFSET from the nearer end.
class RecordPageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordPageLoader)

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPending = 6;

    RecordPageLoader();
    ~RecordPageLoader() override;

    void setQuery(quint64 generation, const RecordQuery &query);
    void requestPage(quint64 generation, int page);

signals:
    void pageLoaded(quint64 generation, int page, const Rewind::RecordPage &data);
    void countLoaded(quint64 generation, qint64 count);
    void pageDropped(quint64 generation, int page);
    void failed(quint64 generation, const QString &message);

private:
    void schedule();
    void drain();
    bool fetchPage(const RecordQuery &query, int page, RecordPage *out, QString *error);
    bool fetchCount(const RecordQuery &query, qint64 *count, QString *error);
    bool ensureConnection(const ConnectionSpec &spec, QString *error);

    // Shared with the requesting thread, under m_mutex.
    QMutex m_mutex;
    quint64 m_generation = 0;
    RecordQuery m_query;
    bool m_queryChanged = false;
    QList<int> m_pending;
    bool m_scheduled = false;

    // Worker-thread state.
    struct Bounds
    {
        RecordKey first;
        RecordKey last;
        int rows = 0;
    };
    std::shared_ptr<ScopedConnection> m_connection;
    quint64 m_workerGeneration = 0;
    RecordQuery m_workerQuery;
    QHash<int, Bounds> m_bounds;
    std::optional<qint64> m_count;
    bool m_countNeeded = false;
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::RecordPage)
