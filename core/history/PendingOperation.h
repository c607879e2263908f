#pragma once

#include "history/HistoryStore.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Rewind
{

class Clock;

/// A change to production in progress, marked on disk while it runs so that one the process never finished
/// (killed, a power cut, a disk too full to record anything) still reaches the history.
///
/// begin() writes <data dir>/pending/<id>.json before the change touches anything; the change then either
/// records its own event (with details.operation = id()) and calls succeeded(), or calls failed(), which
/// records a "change-failed" event naming the reason. Either removes the marker — unless the history
/// cannot be written, in which case the marker stays. recoverInterrupted() (every start of rewindctl and the
/// console runs it) turns a marker whose process is gone into a "change-interrupted" event, or drops it
/// when the change's own event is already there. Not copyable; one thread.
class PendingOperation final
{
public:
    /// `kind` is the change's own history kind ("csv-import" …); `what` names it for people
    /// ("Importing 顧客.csv into 顧客").
    PendingOperation(DataDir dir, const Clock &clock, QString user, QString kind, QString what);
    /// A change begun and neither succeeded nor failed counts as failed (an early return).
    ~PendingOperation();
    PendingOperation(const PendingOperation &) = delete;
    PendingOperation &operator=(const PendingOperation &) = delete;

    /// Writes the marker; an Io error (nothing started) when it cannot be written.
    Status begin();
    /// Unique per change: goes into the change's own history event as details "operation".
    QString id() const { return m_id; }
    /// The change's own event was recorded: the marker goes.
    void succeeded();
    /// Records that the change failed, with `error`'s message, and removes the marker.
    void failed(const Error &error);
    /// The result of the change: succeeded() when `status` is ok, else failed().
    template <typename R> R finish(R &&result)
    {
        if (result.ok())
            succeeded();
        else
            failed(result.error());
        return std::forward<R>(result);
    }

    /// The folder of the markers.
    static QString folder(const DataDir &dir);
    /// Records every change whose process ended without finishing it as "change-interrupted" and removes its
    /// marker; returns how many were recorded. Safe to run from several processes at once.
    static int recoverInterrupted(const DataDir &dir, const Clock &clock);

private:
    DataDir m_dir;
    const Clock &m_clock;
    QString m_user, m_kind, m_what, m_id;
    QDateTime m_startedAt;
    bool m_open = false;
};

/// What every start of rewindctl and the console does first: a killed generation run's partial files and
/// state (recorded as a failed run), restore points and undo copies a killed change left half-written, and
/// changes to production that never finished (recorded as interrupted). Does nothing to what a live process
/// (any) is still doing.
namespace Recovery
{
void atStart(const DataDir &dir, const Clock &clock);
}

} // namespace Rewind
