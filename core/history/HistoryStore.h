#pragma once

#include "util/DataDir.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Rewind
{

/// One event of the backup history: what happened, when, who did it.
struct HistoryEvent
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString kind;        ///< stable key: "csv-import", "template-load", "db-restore", "settings-reapply", "undo" …
    QString description; ///< one line for people, in the language of the moment it was written
    QJsonObject details; ///< machine-readable facts (file, DB, counts)
    QString hash;        ///< SHA-256 over the previous event's hash and this event's content
};

/// The append-only history kept in <data dir>/console.sqlite. Each event carries a SHA-256 over
/// the previous event's hash and its own content, so an edited or deleted event breaks the chain.
/// Opens its own connection per call: any thread may use its own instance.
class HistoryStore final
{
public:
    explicit HistoryStore(DataDir dir);

    Result<HistoryEvent> append(const QDateTime &at, const QString &user, const QString &kind,
                                const QString &description, const QJsonObject &details);
    /// Events in time order (oldest first), at most `limit` of the newest when limit > 0.
    Result<QList<HistoryEvent>> events(int limit = 0) const;
    /// The id of the first event whose hash does not match, or 0 when the chain is intact.
    Result<qint64> firstBrokenEvent() const;

    /// The name history records for the person running this process (login comes with the access issue).
    static QString currentUser();

private:
    QString path() const;
    DataDir m_dir;
};

} // namespace Rewind
