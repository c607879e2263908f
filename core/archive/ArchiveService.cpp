#include "ArchiveService.h"

#include "archive/ParallelDeflate.h"
#include "archive/SafeZip.h"
#include "history/HistoryStore.h"
#include "jobs/ConsoleState.h"
#include "sql/SqliteFile.h"
#include "pg/PgWorkingCopy.h"
#include "transfer/CsvExporter.h"
#include "transfer/CsvWriter.h"
#include "util/Clock.h"
#include "util/FileSync.h"
#include "workspace/Environments.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QSet>
#include <QTemporaryFile>
#include <QtEndian>

#include <cstring>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::ArchiveService", text);
}

constexpr auto kCooldownJob = "manual-full-archive";
/// An edit committed while the previous run read production can carry an earlier time than that run's
/// snapshot: the next incremental run reaches back this far so such a record is never missed.
constexpr qint64 kIncrementalOverlapMs = 10 * 60 * 1000;

/// A write-through device that hashes (SHA-256) and counts what passes to the ZIP entry.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *inner) : m_inner(inner), m_hash(QCryptographicHash::Sha256)
    {
        open(QIODevice::WriteOnly);
    }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 count() const { return m_count; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 n = m_inner->write(data, size);
        if (n != size) {
            setErrorString(m_inner->errorString());
            return -1;
        }
        m_hash.addData(QByteArrayView(data, size));
        m_count += size;
        return size;
    }

private:
    QIODevice *m_inner;
    QCryptographicHash m_hash;
    qint64 m_count = 0;
};

/// A sorted list of record IDs on disk (little-endian int64), read or written as a stream.
class RidFile
{
public:
    bool openRead(const QString &path)
    {
        m_file.setFileName(path);
        m_atEnd = !m_file.open(QIODevice::ReadOnly);
        advance();
        return true;
    }
    bool openWrite(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    bool atEnd() const { return m_atEnd; }
    qint64 current() const { return m_current; }
    void advance()
    {
        if (m_atEnd)
            return;
        if (m_pos >= m_buffer.size()) {
            m_buffer = m_file.read(64 * 1024);
            m_pos = 0;
            if (m_buffer.size() < qsizetype(sizeof(qint64))) {
                m_atEnd = true;
                return;
            }
        }
        qint64 v;
        memcpy(&v, m_buffer.constData() + m_pos, sizeof v);
        m_pos += sizeof v;
        m_current = qFromLittleEndian(v);
    }
    void append(qint64 rid)
    {
        const qint64 v = qToLittleEndian(rid);
        m_out.append(reinterpret_cast<const char *>(&v), sizeof v);
        if (m_out.size() >= 64 * 1024)
            flush();
    }
    bool flush()
    {
        const bool ok = m_file.write(m_out) == m_out.size();
        m_out.clear();
        return ok;
    }
    bool close()
    {
        const bool ok = !m_file.isWritable() || (flush() && m_file.flush());
        m_file.close();
        return ok;
    }

private:
    QFile m_file;
    QByteArray m_buffer;
    QByteArray m_out;
    qsizetype m_pos = 0;
    qint64 m_current = 0;
    bool m_atEnd = true; // a list never opened is an empty list
};

QString stateDir(const DataDir &dir)
{
    return ArchiveService::folder(dir) + "/.schedule-state"_L1;
}

Result<ArchiveManifest> readManifest(const QString &path)
{
    SafeZipReader zip(path);
    if (auto st = zip.open(); !st)
        return st.error();
    auto bytes = zip.readAll(QString::fromLatin1(ArchiveManifest::kEntryName), 16 * 1024 * 1024);
    if (!bytes)
        return bytes.error();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &err);
    if (!doc.isObject())
        return makeError(
            ErrorCode::Corrupt,
            tr("%1: manifest.json is not valid JSON (%2).").arg(QDir::toNativeSeparators(path), err.errorString()));
    return ArchiveManifest::fromJson(doc.object());
}

QString dayText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

struct ArchiveService::Plan
{
    ArchiveKind kind = ArchiveKind::Full;
    ArchiveOrigin origin = ArchiveOrigin::Manual;
    QDate from, to;
    std::optional<QDateTime> since; ///< incremental
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    bool trackRids = false; ///< scheduled runs keep the record ID lists for the next run
    QDateTime snapshotAt;
};

ArchiveService::ArchiveService(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

QString ArchiveService::folder(const DataDir &dir)
{
    return dir.root() + "/archives"_L1;
}

void ArchiveService::report(qint64 done, qint64 total, const QString &stage) const
{
    if (m_progress)
        m_progress(done, total, stage);
}

Result<ArchivePolicy> ArchiveService::policy() const
{
    auto json = ConsoleState(m_dir).setting(u"archive-policy"_s);
    if (!json)
        return json.error();
    return ArchivePolicy::fromJson(json.value());
}

Status ArchiveService::setPolicy(const ArchivePolicy &p)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSchedules); !st)
        return st;
    if (auto st = p.validate(); !st)
        return st;
    if (auto st = ConsoleState(m_dir).setSetting(u"archive-policy"_s, p.toJson()); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::PolicyChanged),
        tr("Archive policy changed: a full archive every %1 days at most, at most %2 records per archive, "
           "archives kept %3 days, custom ranges up to %4 days.")
            .arg(p.fullCooldownDays)
            .arg(p.maxRecords)
            .arg(p.expiryDays)
            .arg(p.maxRangeDays),
        p.toJson());
    return {};
}

QList<std::pair<QDate, QDate>> ArchiveService::splitRange(const QDate &from, const QDate &to, int maxDays)
{
    QList<std::pair<QDate, QDate>> out;
    if (!from.isValid() || !to.isValid() || to < from || maxDays < 1)
        return out;
    // Equal pieces, as the seed's example (75 days → three of 25), rather than 31 + 31 + 13.
    const qint64 days = from.daysTo(to) + 1;
    const qint64 pieces = (days + maxDays - 1) / maxDays;
    const qint64 base = days / pieces;
    qint64 extra = days % pieces;
    QDate start = from;
    for (qint64 i = 0; i < pieces; ++i) {
        const qint64 len = base + (extra-- > 0 ? 1 : 0);
        out.append({start, start.addDays(len - 1)});
        start = start.addDays(len);
    }
    return out;
}

Result<QDateTime> ArchiveService::nextFullAllowed() const
{
    auto p = policy();
    if (!p)
        return p.error();
    auto job = ConsoleState(m_dir).job(QString::fromLatin1(kCooldownJob));
    if (!job)
        return job.error();
    if (!job->lastRun)
        return m_clock.now();
    return job->lastRun->addDays(p->fullCooldownDays);
}

Status ArchiveService::check(const ArchiveRequest &request) const
{
    auto p = policy();
    if (!p)
        return p.error();
    if (request.kind == ArchiveKind::Incremental)
        return makeError(ErrorCode::InvalidArgument, tr("Incremental archives are made by the schedule only."));
    if (request.kind == ArchiveKind::Custom) {
        if (!request.from.isValid() || !request.to.isValid())
            return makeError(ErrorCode::InvalidArgument, tr("A custom archive needs a start date and an end date."));
        if (request.to < request.from)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The end date %1 lies before the start date %2.").arg(dayText(request.to), dayText(request.from)));
        const qint64 days = request.from.daysTo(request.to) + 1;
        if (days > p->maxRangeDays) {
            const auto pieces = splitRange(request.from, request.to, p->maxRangeDays);
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 – %2 spans %3 days; a custom archive covers at most %4 days. Split the range "
                                "into %5 archives (for example %6 – %7 first).")
                                 .arg(dayText(request.from), dayText(request.to))
                                 .arg(days)
                                 .arg(p->maxRangeDays)
                                 .arg(pieces.size())
                                 .arg(dayText(pieces.first().first), dayText(pieces.first().second)));
        }
        return {};
    }
    auto next = nextFullAllowed();
    if (!next)
        return next.error();
    if (next.value() > m_clock.now()) {
        return makeError(ErrorCode::Busy,
                         tr("A full archive was made less than %1 days ago; the next is allowed from %2. A custom "
                            "archive (a date range) can be made now.")
                             .arg(p->fullCooldownDays)
                             .arg(next->toTimeZone(m_tz).toString(u"yyyy-MM-dd HH:mm"_s)));
    }
    return {};
}

Result<ArchiveInfo> ArchiveService::create(const ArchiveRequest &request)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageArchives); !st)
        return st.error();
    if (auto st = check(request); !st)
        return st.error();
    Plan plan;
    plan.kind = request.kind;
    plan.origin = ArchiveOrigin::Manual;
    plan.from = request.from;
    plan.to = request.to;
    plan.encoding = request.encoding;
    return write(plan);
}

Result<ArchiveInfo> ArchiveService::createScheduled(const std::optional<QDateTime> &since, QDateTime *snapshotAt)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageArchives); !st)
        return st.error();
    Plan plan;
    plan.origin = ArchiveOrigin::Scheduled;
    plan.trackRids = true;
    // Without the previous run's record ID lists an incremental run cannot list deletions: start over.
    const bool haveState = QFileInfo::exists(stateDir(m_dir) + "/dbs.json"_L1);
    if (since && haveState) {
        plan.kind = ArchiveKind::Incremental;
        plan.since = since;
    } else {
        plan.kind = ArchiveKind::Full;
    }
    auto info = write(plan);
    if (info && snapshotAt)
        *snapshotAt = plan.snapshotAt;
    return info;
}

void ArchiveService::resetScheduleState()
{
    forgetScheduleState(m_dir);
}

void ArchiveService::forgetScheduleState(const DataDir &dir)
{
    QDir(stateDir(dir)).removeRecursively();
}

Result<ArchiveInfo> ArchiveService::write(Plan &plan)
{
    QElapsedTimer timer;
    timer.start();
    auto pol = policy();
    if (!pol)
        return pol.error();
    const QString dirPath = folder(m_dir);
    if (!QDir().mkpath(dirPath))
        return makeError(ErrorCode::Io,
                         tr("Cannot create the archive folder %1.").arg(QDir::toNativeSeparators(dirPath)));
    QLockFile lock(dirPath + "/.archive.lock"_L1);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Busy,
                         tr("Another archive is being written (process %1). Wait for it to finish.").arg(pid));
    }
    // The cooldown again, under the lock: two full archives started at the same instant both passed the first
    // check; only one may be made.
    const bool manualFull = plan.origin == ArchiveOrigin::Manual && plan.kind == ArchiveKind::Full;
    if (manualFull) {
        if (auto st = check(ArchiveRequest{}); !st)
            return st.error();
    }
    // We hold the lock: partial files are leftovers of a killed run.
    for (const QFileInfo &fi : QDir(dirPath).entryInfoList({u".*.partial"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(fi.absoluteFilePath());

    const QDateTime now = m_clock.now().toTimeZone(m_tz);
    ArchiveManifest m;
    m.kind = plan.kind;
    m.origin = plan.origin;
    m.createdAt = now;
    m.expiresAt = now.addDays(pol->expiryDays);
    m.createdBy = m_actor.historyName();
    m.encoding = plan.encoding;
    m.rangeFrom = plan.from;
    m.rangeTo = plan.to;
    if (plan.since)
        m.since = plan.since->toTimeZone(m_tz);
    QString id = now.toString(u"yyyyMMdd-HHmmss"_s) + u'-' + archiveKindKey(plan.kind);
    for (int n = 2; QFileInfo::exists(QDir(dirPath).filePath(id + ".zip"_L1)); ++n)
        id = now.toString(u"yyyyMMdd-HHmmss"_s) + u'-' + archiveKindKey(plan.kind) + u'-' + QString::number(n);
    m.id = id;
    const QString finalPath = QDir(dirPath).filePath(id + ".zip"_L1);
    const QString partialPath = QDir(dirPath).filePath(u"."_s + id + ".zip.partial"_L1);

    const QString kindText = archiveKindName(plan.kind);
    (void)HistoryStore(m_dir).append(
        now, m_actor.historyName(), QString::fromLatin1(HistoryKind::ArchiveStarted),
        tr("%1 started a backup: archive %2 (%3, %4).").arg(m_actor.historyName(), id, kindText, m.rangeText()),
        QJsonObject{{"id"_L1, id}, {"kind"_L1, archiveKindKey(plan.kind)}});
    auto fail = [&](Error e) -> Error {
        QFile::remove(partialPath);
        if (e.code == ErrorCode::Io) {
            // A write that failed is most often a full disk, and the system's text for it is not always
            // carried through the layers: say so plainly, with what is left (after removing our files).
            const QStorageInfo disk(dirPath);
            if (disk.isValid() && disk.bytesAvailable() < 64LL * 1024 * 1024)
                e.message += u' ' + tr("The disk holding %1 is full or nearly full (%2 MB free).")
                                        .arg(QDir::toNativeSeparators(dirPath))
                                        .arg(double(disk.bytesAvailable()) / 1e6, 0, 'f', 1);
        }
        (void)HistoryStore(m_dir).append(m_clock.now(), m_actor.historyName(),
                                         QString::fromLatin1(HistoryKind::ArchiveFailed),
                                         tr("Archive %1 (%2) could not be made: %3").arg(id, kindText, e.message),
                                         QJsonObject{{"id"_L1, id}, {"reason"_L1, e.message}});
        return e;
    };

    // Everything is read inside one read transaction: one instant of production, however others write.
    // On PostgreSQL, that instant is a snapshot copied into a scratch file first.
    std::unique_ptr<PgWorkingCopy> pgCopy;
    if (m_dir.isPostgres()) {
        PgWorkspaceCopy::Hooks hooks;
        hooks.cancel = m_cancel;
        auto copied =
            PgWorkingCopy::open(m_dir, PgWorkingCopy::Mode::Read, PgWorkspaceCopy::Selection{true, {}, false}, hooks);
        if (!copied)
            return fail(copied.error());
        pgCopy = std::move(copied).value();
    }
    SqliteFile src;
    if (!src.open(pgCopy ? pgCopy->path() : m_dir.productionPath(), SqliteFile::OpenMode::ReadOnly))
        return fail(makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(src.errorString())));
    src.exec("BEGIN");
    QString workspaceId;
    if (!src.queryText("SELECT value FROM rw_meta WHERE key = 'workspace_id'", &workspaceId))
        return fail(
            makeError(ErrorCode::Corrupt, tr("Production is not a Rewind workspace: %1").arg(src.errorString())));
    plan.snapshotAt = m_clock.now();
    auto catalog = Environments::loadCatalog(m_dir, m_actor, EnvironmentId::production());
    if (!catalog)
        return fail(catalog.error());
    m.workspaceId = catalog->workspaceId;
    m.workspaceName = catalog->workspaceName;
    {
        // The catalog came through another connection: it must describe the instant this transaction reads.
        QStringList ids;
        for (const DbDef &db : catalog->dbs) {
            ids.append(QString::number(db.id));
            for (const FieldDef &f : db.fields)
                ids.append(QString::number(db.id) + u':' + QString::number(f.id));
        }
        std::sort(ids.begin(), ids.end());
        QString seen;
        if (!src.queryText("SELECT group_concat(k, ',') FROM (SELECT k FROM (SELECT CAST(id AS TEXT) AS k FROM rw_db "
                           "UNION ALL SELECT db_id || ':' || id FROM rw_field WHERE db_id IN (SELECT id FROM rw_db)) "
                           "ORDER BY k)",
                           &seen) ||
            seen != ids.join(u','))
            return fail(makeError(ErrorCode::Busy,
                                  tr("Production's DBs or fields changed just as the archive started. Try again.")));
    }

    // Which rows: SQL for full and custom; incremental decides per row while streaming.
    QString whereSql;
    QVariantList binds;
    if (plan.kind == ArchiveKind::Custom) {
        const qint64 a = QDateTime(plan.from, QTime(0, 0), m_tz).toMSecsSinceEpoch();
        const qint64 b = QDateTime(plan.to.addDays(1), QTime(0, 0), m_tz).toMSecsSinceEpoch();
        whereSql = u" WHERE (r.created_at >= ? AND r.created_at < ?) OR (r.updated_at >= ? AND r.updated_at < ?)"_s;
        binds = {a, b, a, b};
    }
    const qint64 sinceMs = plan.since ? plan.since->toMSecsSinceEpoch() - kIncrementalOverlapMs : 0;

    // Count first: the record limit refuses before anything is written.
    report(0, 0, tr("Counting records"));
    qint64 total = 0;
    for (const DbDef &db : catalog->dbs) {
        QString countSql = u"SELECT count(*) FROM "_s + db.table() + u" r"_s + whereSql;
        if (plan.kind == ArchiveKind::Incremental)
            countSql += u" WHERE r.created_at >= %1 OR r.updated_at >= %1"_s.arg(sinceMs);
        SqliteStatement count(src, countSql.toUtf8());
        for (int i = 0; i < binds.size(); ++i)
            sqlite3_bind_int64(count.get(), i + 1, binds[i].toLongLong());
        if (!count.isValid() || sqlite3_step(count.get()) != SQLITE_ROW)
            return fail(
                makeError(ErrorCode::Database, tr("Cannot count the records of \"%1\": %2")
                                                   .arg(db.name, QString::fromUtf8(sqlite3_errmsg(src.handle())))));
        total += sqlite3_column_int64(count.get(), 0);
    }
    if (total > pol->maxRecords) {
        return fail(makeError(ErrorCode::InvalidArgument,
                              (plan.kind == ArchiveKind::Custom
                                   ? tr("The archive would hold %1 records; an archive holds at most %2. Choose a "
                                        "shorter date range.")
                                   : tr("The archive would hold %1 records; an archive holds at most %2. Use custom "
                                        "archives of shorter date ranges, or ask an administrator to raise the "
                                        "limit."))
                                  .arg(total)
                                  .arg(pol->maxRecords)));
    }

    QuaZip zip(partialPath);
    zip.setUtf8Enabled(true); // entry names in Japanese: the UTF-8 flag makes Explorer and Finder show them
    zip.setZip64Enabled(total > 2'000'000);
    if (!zip.open(QuaZip::mdCreate))
        return fail(makeError(
            ErrorCode::Io,
            tr("Cannot create %1 (zip error %2).").arg(QDir::toNativeSeparators(partialPath)).arg(zip.getZipError())));
    auto entryInfo = [&](const QString &name) {
        QuaZipNewInfo info(name);
        info.dateTime = now;
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return info;
    };
    auto openEntry = [&](QuaZipFile &entry, const QString &name) {
        return entry.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, Z_DEFLATED, 6);
    };
    auto zipError = [&](const QString &name, int code = 0) {
        return makeError(ErrorCode::Io, tr("Cannot write %1 into %2 (zip error %3).")
                                            .arg(name, QDir::toNativeSeparators(partialPath))
                                            .arg(code != 0 ? code : zip.getZipError()));
    };
    // The CSV entries are deflated on worker threads (ParallelDeflate, the same stream settings as QuaZip's
    // level 6) into a temporary file beside the archive, then copied into the ZIP as a raw entry: QuaZip
    // deflates on one thread only, and deflating was half of an archive's time. Leftovers of a killed run
    // match the ".*.partial" sweep above.
    const QString packedTemplate = dirPath + "/.entry-XXXXXX.partial"_L1;
    auto storeDeflated = [&](const QString &name, CsvWriter &writer, ParallelDeflate &deflater,
                             QTemporaryFile &packed) -> std::optional<Error> {
        const bool flushed = writer.flush();
        QString packError;
        if (!deflater.finish())
            packError = deflater.errorString();
        else if (!packed.flush() || !packed.seek(0))
            packError = packed.errorString();
        if (!flushed || !packError.isEmpty())
            return makeError(
                ErrorCode::Io,
                tr("Cannot write %1: %2").arg(name, packError.isEmpty() ? writer.errorString() : packError));
        QuaZipNewInfo info = entryInfo(name);
        info.uncompressedSize = ulong(deflater.uncompressedSize());
        info.internalAttr = deflater.looksLikeText() ? 1 : 0; // what minizip records when it deflates itself
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, deflater.crc32(), Z_DEFLATED, 6, /*raw*/ true))
            return zipError(name, entry.getZipError());
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = packed.read(chunk.data(), chunk.size());
            if (n == 0)
                break;
            if (n < 0) {
                const QString why = packed.errorString();
                entry.close();
                return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(name, why));
            }
            if (entry.write(chunk.constData(), n) != n) {
                const int code = entry.getZipError();
                entry.close();
                return zipError(name, code);
            }
        }
        entry.close();
        if (entry.getZipError() != 0)
            return zipError(name, entry.getZipError());
        return std::nullopt;
    };

    // Scheduled runs keep every record ID, to find the deletions next time.
    const QString state = stateDir(m_dir);
    const QString nextState = state + ".next"_L1;
    QJsonObject previousDbs;
    if (plan.trackRids) {
        QDir(nextState).removeRecursively();
        QDir().mkpath(nextState);
        QFile f(state + "/dbs.json"_L1);
        if (f.open(QIODevice::ReadOnly))
            previousDbs = QJsonDocument::fromJson(f.readAll()).object();
    }
    QTemporaryFile deletedList(dirPath + "/.deleted-XXXXXX.partial"_L1);
    if (plan.kind == ArchiveKind::Incremental && !deletedList.open())
        return fail(makeError(ErrorCode::Io, tr("Cannot create a temporary file in %1.").arg(dirPath)));
    qint64 deletedCount = 0;
    QMap<QString, std::pair<qint64, QJsonArray>> deletedByDb; // per DB: count, and the IDs while few
    auto noteDeleted = [&](const QString &dbName, qint64 rid) {
        const QByteArray line = dbName.toUtf8() + '\x1f' + QByteArray::number(rid) + '\n';
        deletedList.write(line);
        ++deletedCount;
        auto &[count, ids] = deletedByDb[dbName];
        ++count;
        if (deletedCount <= ArchiveManifest::kInlineDeletedIds)
            ids.append(rid);
    };

    qint64 doneBefore = 0;
    QJsonObject nextDbs;
    // Entry names must stay distinct however a file system compares them (case, NFC/NFD), and apart from
    // the names the archive itself uses.
    auto nameKey = [](const QString &name) {
        return name.normalized(QString::NormalizationForm_C).toCaseFolded();
    };
    QSet<QString> usedNames{nameKey(QString::fromLatin1(ArchiveManifest::kEntryName)),
                            nameKey(QString::fromLatin1(ArchiveManifest::kDeletedEntryName))};
    for (const DbDef &db : catalog->dbs) {
        QString name = CsvExporter::fileNameFor(db.name);
        for (int n = 2; usedNames.contains(nameKey(name)); ++n)
            name = CsvExporter::fileNameFor(db.name + u'-' + QString::number(n));
        usedNames.insert(nameKey(name));
        report(doneBefore, total, tr("Writing %1").arg(db.name));

        RidFile previous, next;
        const QString prevPath = state + u'/' + QString::number(db.id) + ".rids"_L1;
        if (plan.trackRids) {
            if (plan.kind == ArchiveKind::Incremental)
                previous.openRead(prevPath);
            if (!next.openWrite(nextState + u'/' + QString::number(db.id) + ".rids"_L1))
                return fail(
                    makeError(ErrorCode::Io, tr("Cannot write the schedule's record list in %1.").arg(nextState)));
            nextDbs.insert(QString::number(db.id), db.name);
        }
        CsvTableQuery query{&db, db.fields, whereSql, binds, true, {}};
        if (plan.trackRids) {
            const bool incremental = plan.kind == ArchiveKind::Incremental;
            query.include = [&, incremental](qint64 rid, qint64 created, qint64 updated) {
                next.append(rid);
                if (!incremental)
                    return true;
                bool known = false;
                while (!previous.atEnd() && previous.current() <= rid) {
                    if (previous.current() == rid)
                        known = true;
                    else
                        noteDeleted(db.name, previous.current());
                    previous.advance();
                }
                // New IDs (also records brought back by an undo, with old times) and changed records.
                return !known || created >= sinceMs || updated >= sinceMs;
            };
        }
        QTemporaryFile packed(packedTemplate);
        if (!packed.open())
            return fail(makeError(ErrorCode::Io, tr("Cannot create a temporary file in %1.").arg(dirPath)));
        ParallelDeflate deflater(&packed);
        HashingDevice tee(&deflater);
        CsvWriter writer(&tee, plan.encoding, true);
        writer.begin();
        auto rows = writeCsvTable(
            src, query, writer,
            [&](qint64 done) {
                report(doneBefore + done, total, tr("Writing %1").arg(db.name));
                return !cancelled();
            },
            name);
        if (!rows) {
            zip.close();
            if (rows.error().code == ErrorCode::Cancelled)
                return fail(makeError(ErrorCode::Cancelled, tr("The archive was cancelled; nothing was kept.")));
            return fail(rows.error());
        }
        if (auto error = storeDeflated(name, writer, deflater, packed)) {
            zip.close();
            return fail(*error);
        }
        if (plan.trackRids) {
            while (!previous.atEnd()) { // IDs after the last row read are gone too
                noteDeleted(db.name, previous.current());
                previous.advance();
            }
            if (!next.close())
                return fail(
                    makeError(ErrorCode::Io, tr("Cannot write the schedule's record list in %1.").arg(nextState)));
        }
        doneBefore += rows.value();
        m.entries.append(ArchiveEntry{name, db.name, db.id, rows.value(), tee.count(), tee.hex()});
    }
    src.exec("COMMIT");

    if (plan.kind == ArchiveKind::Incremental) {
        // DBs deleted since the previous run: every record they had is gone.
        for (auto it = previousDbs.begin(); it != previousDbs.end(); ++it) {
            if (nextDbs.contains(it.key()))
                continue;
            RidFile previous;
            previous.openRead(state + u'/' + it.key() + ".rids"_L1);
            for (; !previous.atEnd(); previous.advance())
                noteDeleted(it.value().toString(), previous.current());
        }
        const QString name = QString::fromLatin1(ArchiveManifest::kDeletedEntryName);
        QTemporaryFile packed(packedTemplate);
        if (!packed.open())
            return fail(makeError(ErrorCode::Io, tr("Cannot create a temporary file in %1.").arg(dirPath)));
        ParallelDeflate deflater(&packed);
        HashingDevice tee(&deflater);
        CsvWriter writer(&tee, plan.encoding, true);
        writer.begin();
        writer.addCell(tr("DB"));
        writer.addCell(tr("Record ID"));
        writer.endRow();
        deletedList.flush();
        deletedList.seek(0);
        while (!deletedList.atEnd()) {
            const QByteArray line = deletedList.readLine().chopped(1);
            const qsizetype sep = line.indexOf('\x1f');
            if (!writer.addCell(QString::fromUtf8(line.left(sep))) ||
                !writer.addCellUtf8(line.constData() + sep + 1, line.size() - sep - 1)) {
                zip.close();
                return fail(
                    makeError(ErrorCode::InvalidArgument, tr("Cannot write %1: %2").arg(name, writer.errorString())));
            }
            writer.endRow();
        }
        if (auto error = storeDeflated(name, writer, deflater, packed)) {
            zip.close();
            return fail(*error);
        }
        m.deleted = ArchiveEntry{name, QString(), 0, deletedCount, tee.count(), tee.hex()};
        for (auto it = deletedByDb.cbegin(); it != deletedByDb.cend(); ++it) {
            QJsonObject one{{"records"_L1, it->first}};
            if (deletedCount <= ArchiveManifest::kInlineDeletedIds)
                one.insert("ids"_L1, it->second);
            m.deletedByDb.insert(it.key(), one);
        }
    }

    // The manifest comes last: it names the checksums of everything before it.
    {
        const QString name = QString::fromLatin1(ArchiveManifest::kEntryName);
        QuaZipFile entry(&zip);
        if (!openEntry(entry, name))
            return fail(zipError(name));
        entry.write(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented));
        entry.close();
        if (entry.getZipError() != 0) {
            zip.close();
            return fail(zipError(name));
        }
    }
    zip.close();
    if (zip.getZipError() != 0)
        return fail(zipError(QString::fromLatin1(ArchiveManifest::kEntryName)));
    if (cancelled())
        return fail(makeError(ErrorCode::Cancelled, tr("The archive was cancelled; nothing was kept.")));
    if (!FileSync::file(partialPath) || !QFile::rename(partialPath, finalPath))
        return fail(makeError(ErrorCode::Io, tr("Cannot publish %1.").arg(QDir::toNativeSeparators(finalPath))));
    FileSync::folder(dirPath);

    if (manualFull) { // recorded while the lock is held, so the next full archive sees it
        JobRecord r;
        r.job = QString::fromLatin1(kCooldownJob);
        r.lastRun = m.createdAt;
        r.lastAttempt = m.createdAt;
        r.lastResult = u"ok"_s;
        (void)ConsoleState(m_dir).setJob(r);
    }
    if (plan.trackRids) { // only now, with the archive published, does the next run compare against this one
        QFile dbsJson(nextState + "/dbs.json"_L1);
        if (dbsJson.open(QIODevice::WriteOnly)) {
            dbsJson.write(QJsonDocument(nextDbs).toJson(QJsonDocument::Compact));
            dbsJson.close();
        }
        QDir(state).removeRecursively();
        QDir().rename(nextState, state);
    }

    ArchiveInfo info;
    info.id = id;
    info.path = finalPath;
    info.sizeBytes = QFileInfo(finalPath).size();
    info.manifest = m;
    QString description = tr("Archive %1 (%2) is ready: %3 records, %4 MB, kept until %5.")
                              .arg(id, kindText)
                              .arg(m.totalRecords())
                              .arg(double(info.sizeBytes) / 1e6, 0, 'f', 1)
                              .arg(m.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s));
    if (m.deleted)
        description += u' ' + tr("%1 deleted records are listed.").arg(m.deleted->records);
    (void)HistoryStore(m_dir).append(m_clock.now(), m_actor.historyName(),
                                     QString::fromLatin1(HistoryKind::ArchiveReady), description,
                                     QJsonObject{{"id"_L1, id},
                                                 {"kind"_L1, archiveKindKey(m.kind)},
                                                 {"records"_L1, m.totalRecords()},
                                                 {"bytes"_L1, info.sizeBytes},
                                                 {"durationMs"_L1, timer.elapsed()}});
    report(total, total, tr("Done"));
    return info;
}

Result<QList<ArchiveInfo>> ArchiveService::list() const
{
    QList<ArchiveInfo> out;
    const QDir dir(folder(m_dir));
    int expiryDays = ArchivePolicy().expiryDays;
    if (auto p = policy())
        expiryDays = p->expiryDays;
    // Only files named as this service names archives: anything else someone put in the folder (a note, a
    // copy saved there) is neither listed nor ever removed.
    static const QRegularExpression ours(u"^\\d{8}-\\d{6}-(full|custom|incremental)(-\\d+)?$"_s);
    for (const QFileInfo &fi : dir.entryInfoList({u"*.zip"_s}, QDir::Files)) {
        if (!ours.match(fi.completeBaseName()).hasMatch())
            continue;
        ArchiveInfo info;
        info.id = fi.completeBaseName();
        info.path = fi.absoluteFilePath();
        info.sizeBytes = fi.size();
        auto m = readManifest(info.path);
        if (m) {
            info.manifest = m.value();
        } else { // listed anyway, dated by the file, so it can be seen, verified, deleted, and expires
            info.problem = m.error().message;
            info.manifest.id = info.id;
            info.manifest.createdAt = fi.lastModified().toTimeZone(m_tz);
            info.manifest.expiresAt = info.manifest.createdAt.addDays(expiryDays);
        }
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const ArchiveInfo &a, const ArchiveInfo &b) {
        return a.manifest.createdAt != b.manifest.createdAt ? a.manifest.createdAt > b.manifest.createdAt : a.id > b.id;
    });
    return out;
}

Result<ArchiveInfo> ArchiveService::find(const QString &id) const
{
    // IDs are file names we made: refuse anything that could point elsewhere.
    if (id.isEmpty() || id.contains(u'/') || id.contains(u'\\') || id.startsWith(u'.'))
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not an archive ID.").arg(id));
    auto all = list();
    if (!all)
        return all.error();
    QStringList ids;
    for (const ArchiveInfo &a : all.value()) {
        if (a.id == id)
            return a;
        ids.append(a.id);
    }
    return makeError(ErrorCode::NotFound,
                     ids.isEmpty() ? tr("There is no archive \"%1\"; there are no archives.").arg(id)
                                   : tr("There is no archive \"%1\". Archives: %2").arg(id, ids.join(u", "_s)));
}

Status ArchiveService::saveAs(const QString &id, const QString &file)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageArchives); !st)
        return st;
    auto info = find(id);
    if (!info)
        return info.error();
    if (info->manifest.expiresAt.isValid() && info->manifest.expiresAt <= m_clock.now())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("Archive %1 expired on %2.").arg(id, info->manifest.expiresAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::DownloadStarted),
        tr("%1 started saving archive %2 to %3.").arg(m_actor.historyName(), id, QDir::toNativeSeparators(file)),
        QJsonObject{{"id"_L1, id}, {"file"_L1, QDir::toNativeSeparators(file)}});
    QFile in(info->path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(info->path), in.errorString()));
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    qint64 done = 0;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return makeError(ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        done += chunk.size();
        report(done, info->sizeBytes, tr("Saving %1").arg(id));
        if (cancelled()) {
            out.cancelWriting();
            return makeError(ErrorCode::Cancelled,
                             tr("Saving was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(file)));
        }
    }
    if (!out.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return {};
}

Status ArchiveService::remove(const QString &id)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageArchives); !st)
        return st;
    auto info = find(id);
    if (!info)
        return info.error();
    if (!QFile::remove(info->path))
        return makeError(ErrorCode::Io, tr("Cannot delete %1.").arg(QDir::toNativeSeparators(info->path)));
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::ArchiveDeleted),
        tr("%1 deleted archive %2.").arg(m_actor.historyName(), id), QJsonObject{{"id"_L1, id}});
    return {};
}

Result<int> ArchiveService::purgeExpired()
{
    auto all = list();
    if (!all)
        return all.error();
    int removed = 0;
    const QDateTime now = m_clock.now();
    for (const ArchiveInfo &a : all.value()) {
        if (!a.manifest.expiresAt.isValid() || a.manifest.expiresAt > now)
            continue;
        if (!QFile::remove(a.path))
            continue;
        ++removed;
        (void)HistoryStore(m_dir).append(now, m_actor.historyName(), QString::fromLatin1(HistoryKind::ArchiveExpired),
                                         tr("Archive %1 expired (made %2) and was removed.")
                                             .arg(a.id, a.manifest.createdAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                                         QJsonObject{{"id"_L1, a.id}});
    }
    return removed;
}

namespace
{
/// Counts CSV records in a byte stream: line ends outside quotes (RFC 4180), a final unterminated row too.
class RecordCounter
{
public:
    void add(QByteArrayView bytes)
    {
        for (char c : bytes) {
            if (c == '"')
                m_quoted = !m_quoted;
            else if (c == '\n' && !m_quoted) {
                ++m_lines;
                m_pending = false;
                continue;
            }
            if (c != '\r')
                m_pending = true;
        }
    }
    qint64 records() const { return m_lines + (m_pending ? 1 : 0); }

private:
    qint64 m_lines = 0;
    bool m_quoted = false;
    bool m_pending = false;
};
} // namespace

Result<ArchiveVerifyReport> ArchiveService::verifyFile(const QString &path)
{
    ArchiveVerifyReport report;
    report.path = path;
    SafeZipReader zip(path);
    if (auto st = zip.open(); !st)
        return st.error();
    auto bytes = zip.readAll(QString::fromLatin1(ArchiveManifest::kEntryName), 16 * 1024 * 1024);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return makeError(
                ErrorCode::Corrupt,
                tr("%1 has no manifest.json: it is not a Rewind archive.").arg(QDir::toNativeSeparators(path)));
        return bytes.error();
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.value(), &err);
    if (!doc.isObject())
        return makeError(
            ErrorCode::Corrupt,
            tr("%1: manifest.json is not valid JSON (%2).").arg(QDir::toNativeSeparators(path), err.errorString()));
    auto manifest = ArchiveManifest::fromJson(doc.object());
    if (!manifest)
        return manifest.error();
    report.manifest = manifest.value();

    QList<ArchiveEntry> expected = manifest->entries;
    if (manifest->deleted)
        expected.append(*manifest->deleted);
    QStringList named{QString::fromLatin1(ArchiveManifest::kEntryName)};
    for (const ArchiveEntry &e : expected) {
        named.append(e.file);
        if (!zip.entry(e.file)) {
            report.problems.append(tr("%1 is listed in the manifest but missing from the archive.").arg(e.file));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        RecordCounter counter;
        qint64 size = 0;
        const Status st = zip.read(e.file, [&](QByteArrayView chunk) {
            hash.addData(chunk);
            counter.add(chunk);
            size += chunk.size();
            return true;
        });
        report.bytesRead += size;
        ++report.entriesChecked;
        if (!st) {
            report.problems.append(st.error().message);
            continue;
        }
        const QString sha = QString::fromLatin1(hash.result().toHex());
        if (sha != e.sha256 || size != e.bytes) {
            report.problems.append(tr("%1 does not match the manifest: SHA-256 %2 (%3 bytes), the manifest says %4 "
                                      "(%5 bytes).")
                                       .arg(e.file, sha.left(16))
                                       .arg(size)
                                       .arg(e.sha256.left(16))
                                       .arg(e.bytes));
            continue;
        }
        const qint64 rows = std::max<qint64>(0, counter.records() - 1); // the header row
        if (rows != e.records)
            report.problems.append(
                tr("%1 holds %2 records; the manifest says %3.").arg(e.file).arg(rows).arg(e.records));
    }
    for (const ZipEntry &z : zip.entries()) {
        if (!z.isDir() && !named.contains(z.name))
            report.problems.append(tr("%1 is in the archive but not in its manifest.").arg(z.name));
    }
    return report;
}

Result<QStringList> ArchiveService::extract(const QString &path, const QString &target) const
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString archives = QFileInfo(folder(m_dir)).canonicalFilePath();
    if (!file.isEmpty() && !archives.isEmpty() && file.startsWith(archives + u'/')) {
        if (auto st = Access::require(m_dir, m_actor, Right::ManageArchives); !st)
            return st.error();
    }
    return extractFile(path, target);
}

Result<QStringList> ArchiveService::extractFile(const QString &path, const QString &folder)
{
    auto report = verifyFile(path);
    if (!report)
        return report.error();
    if (!report->ok())
        return makeError(ErrorCode::Corrupt, tr("%1 does not verify, so nothing was extracted: %2")
                                                 .arg(QDir::toNativeSeparators(path), report->problems.first()));
    SafeZipReader zip(path);
    return zip.extractTo(folder);
}

} // namespace Rewind
