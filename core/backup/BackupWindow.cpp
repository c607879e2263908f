#include "BackupWindow.h"

#include "backup/GenerationStore.h"
#include "pg/PgConn.h"
#include "sql/Connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

namespace Rewind::BackupWindow
{

using namespace Qt::StringLiterals;

namespace
{
// pg_try_advisory_lock(kLockClass, kLockObject): "RWND", 1.
constexpr const char *kLockClass = "1381453380";
constexpr const char *kLockObject = "1";

qint64 expectedMs(const DataDir &dir)
{
    // Expect about as long as the last run of any slot took, with room to spare.
    qint64 lastMs = 0;
    for (const GenerationInfo &g : GenerationStore(dir).list()) {
        if (g.manifest)
            lastMs = std::max(lastMs, g.manifest->durationMs);
    }
    return std::max<qint64>(60000, lastMs * 2);
}

// The run recorded in rw_backup_run, valid only while some connection holds the advisory lock.
QByteArray runQuery()
{
    return QByteArray("SELECT r.slot, r.started_at, r.expected_ms FROM rw_backup_run r WHERE EXISTS (SELECT 1 FROM "
                      "pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM "
                      "pg_database WHERE datname = current_database()) AND l.classid = ") +
           kLockClass + " AND l.objid = " + kLockObject + " AND l.objsubid = 2)";
}

RunInfo runFromRow(const QString &slot, qint64 startedMs, qint64 expectedMs)
{
    RunInfo run;
    run.slot = weekdayFromKey(slot);
    run.startedAt = QDateTime::fromMSecsSinceEpoch(startedMs); // local time, as the messages show it
    run.expectedEnd = run.startedAt.addMSecs(expectedMs);
    return run;
}

std::optional<RunInfo> currentPostgresRun(const DataDir &dir)
{
    auto target = PgTarget::parse(dir.productionUrl());
    if (!target)
        return std::nullopt;
    auto conn = PgConn::open(*target, u"rewind-window"_s, true);
    if (!conn)
        return std::nullopt; // production unreachable: the write itself will say so
    auto rows = (*conn)->query(runQuery(), {}, QString());
    if (!rows || rows->isEmpty())
        return std::nullopt;
    const QStringList &r = rows->first();
    return runFromRow(r.value(0), r.value(1).toLongLong(), r.value(2).toLongLong());
}

// The same, on a QtSql connection to production (QPSQL) that an editor already holds.
std::optional<RunInfo> currentPostgresRun(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QString::fromLatin1(runQuery())) || !q.next())
        return std::nullopt;
    return runFromRow(q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong());
}

Status refusal(const RunInfo &run, const QString &operation)
{
    return makeError(
        ErrorCode::Busy,
        QCoreApplication::translate("Rewind::BackupWindow",
                                    "%1 is not possible right now: a backup run is writing the %2 generation "
                                    "(started %3) and production must not change under it. It should end by "
                                    "about %4; try again then.")
            .arg(operation,
                 run.slot ? weekdayName(*run.slot) : QCoreApplication::translate("Rewind::BackupWindow", "next"),
                 run.startedAt.isValid() ? QLocale().toString(run.startedAt.time(), QLocale::ShortFormat) : u"?"_s,
                 run.expectedEnd.isValid() ? QLocale().toString(run.expectedEnd.time(), QLocale::ShortFormat)
                                           : u"?"_s));
}
} // namespace

Result<std::unique_ptr<PgConn>> lockPostgres(const DataDir &dir, Weekday slot, const QDateTime &startedAt,
                                             const QString &holder)
{
    auto target = PgTarget::parse(dir.productionUrl());
    if (!target)
        return target.error();
    auto conn = PgConn::open(*target, u"rewind-run"_s);
    if (!conn)
        return conn.error();
    const QString what =
        QCoreApplication::translate("Rewind::BackupWindow", "Taking the backup lock in %1").arg(target->url());
    auto got =
        (*conn)->scalar(QByteArray("SELECT pg_try_advisory_lock(") + kLockClass + ", " + kLockObject + ")", {}, what);
    if (!got)
        return got.error();
    // Released the moment the run ends: a console that checks right after sees production free.
    (*conn)->setOnClose("SELECT pg_advisory_unlock_all()");
    if (*got != "t"_L1) {
        auto rows = (*conn)->query("SELECT slot, holder, started_at FROM rw_backup_run", {}, what);
        const QStringList r = rows && !rows->isEmpty() ? rows->first() : QStringList();
        const auto day = weekdayFromKey(r.value(0));
        return makeError(
            ErrorCode::Busy,
            QCoreApplication::translate("Rewind::BackupWindow",
                                        "Another backup run is in progress on %1 (%2's generation, "
                                        "started %3 by %4). Wait for it to finish.")
                .arg(target->url(), day ? weekdayName(*day) : u"?"_s,
                     r.isEmpty() ? u"?"_s
                                 : QLocale().toString(
                                       QDateTime::fromMSecsSinceEpoch(r.value(2).toLongLong(), Qt::UTC).toLocalTime(),
                                       QLocale::ShortFormat),
                     r.value(1, u"?"_s)));
    }
    if (auto st =
            (*conn)->query("INSERT INTO rw_backup_run(id, slot, holder, started_at, expected_ms) "
                           "VALUES (1, $1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, "
                           "holder = excluded.holder, started_at = excluded.started_at, "
                           "expected_ms = excluded.expected_ms",
                           {weekdayKey(slot).toUtf8(), holder.toUtf8(),
                            QByteArray::number(startedAt.toMSecsSinceEpoch()), QByteArray::number(expectedMs(dir))},
                           what);
        !st)
        return st.error();
    return std::move(conn).value();
}

std::optional<RunInfo> currentRun(const DataDir &dir)
{
    const GenerationStore store(dir);
    if (!store.runInProgress())
        return dir.isPostgres() ? currentPostgresRun(dir) : std::nullopt;
    // The lock is taken a moment before the run names its slot: a run either way.
    RunInfo run;
    run.slot = store.slotBeingWritten();
    QFile state(dir.root() + "/backup.state"_L1);
    if (state.open(QIODevice::ReadOnly))
        run.startedAt = QDateTime::fromString(
            QJsonDocument::fromJson(state.readAll()).object().value("startedAt"_L1).toString(), Qt::ISODateWithMs);
    if (run.startedAt.isValid())
        run.expectedEnd = run.startedAt.addMSecs(expectedMs(dir));
    return run;
}

Status refuseDuringRun(const DataDir &dir, const QString &operation)
{
    const auto run = currentRun(dir);
    return run ? refusal(*run, operation) : Status{};
}

std::optional<DataDir> dataDirOf(const QSqlDatabase &db)
{
    // Writable production connections name the file itself (ConnectionSpec::Mode::ReadWrite).
    const QFileInfo file(db.databaseName());
    if (db.databaseName().isEmpty() || db.databaseName().startsWith("file:"_L1) || db.databaseName() == ":memory:"_L1)
        return std::nullopt;
    const DataDir dir(file.absolutePath());
    if (file.fileName() != QFileInfo(dir.productionPath()).fileName())
        return std::nullopt;
    return dir;
}

Status refuseDuringRun(const QSqlDatabase &db, const QString &operation)
{
    if (Sql::isPostgres(db)) {
        // PostgreSQL's production holds its run itself: whichever machine runs it, this connection sees it.
        const auto run = currentPostgresRun(db);
        return run ? refusal(*run, operation) : Status{};
    }
    const auto dir = dataDirOf(db);
    return dir ? refuseDuringRun(*dir, operation) : Status{};
}

} // namespace Rewind::BackupWindow
