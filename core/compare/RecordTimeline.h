#pragma once

#include "access/Users.h"
#include "compare/RecordDiff.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace Rewind
{

/// One record as one environment holds it.
struct RecordVersion
{
    EnvironmentId env = EnvironmentId::production();
    QDateTime takenAt; ///< the generation's snapshot time; invalid for production
    bool present = false;
    QHash<qint64, QVariant> values; ///< field ID → stored value, when present
};

/// What happened to a record, first seen in `env`.
struct TimelineEvent
{
    enum class Kind
    {
        Appeared,    ///< first seen here (the oldest generation that has it, or later)
        Changed,     ///< fields differ from the previous version that had the record
        Disappeared, ///< gone here
        Reappeared,  ///< back after being gone (a restore)
    };
    Kind kind = Kind::Changed;
    EnvironmentId env = EnvironmentId::production();
    QDateTime at;             ///< the generation's snapshot time (invalid for production: now)
    QList<FieldDelta> fields; ///< for Changed: old → new
};

/// A record's week: its versions in the seven generations, oldest first, then production, and the events
/// between them.
struct RecordTimelineResult
{
    struct Field
    {
        qint64 id = 0;
        QString name; ///< as the newest environment that has the field calls it
    };
    QString db;
    qint64 dbId = 0;
    qint64 rid = 0;
    QList<Field> fields; ///< every field any version has: the newest environment's order, then older ones
    QList<RecordVersion> versions;
    QList<TimelineEvent> events;
};

/// Where records matching a text are, environment by environment ("it was there last week").
struct SlotMatch
{
    EnvironmentId env = EnvironmentId::production();
    QDateTime takenAt;
    qint64 count = 0;
    QList<qint64> rids; ///< the first few, in record-ID order
};

/// A record followed through the week, and a search across every slot. Reading generations needs
/// Right::OpenGenerations (through Environments::readSpec); slots that are empty or damaged are skipped.
class RecordTimeline final
{
public:
    static constexpr int kMatchesListed = 20;

    RecordTimeline(DataDir dir, Session reader);
    /// The versions and events of record `rid` of DB `db` (by name, in production or any generation). With
    /// `only`, just those environments are read (in the week's order), e.g. two for a side-by-side view.
    Result<RecordTimelineResult> run(const QString &db, qint64 rid, const QList<EnvironmentId> &only = {}) const;
    /// Per environment (generations oldest first, then production): the records of DB `db` whose field
    /// `field` (or, when empty, any searchable field) contains `text`, width- and case-insensitively.
    Result<QList<SlotMatch>> find(const QString &db, const QString &field, const QString &text) const;

private:
    DataDir m_dir;
    Session m_reader;
};

} // namespace Rewind
