#pragma once
// Shared by the fault-injection tests: runs the real rewindctl on a data folder, and reads production and the
// generations with the test's own code (the sqlite3 C API and plain file hashes), never through Rewind's.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <sqlite3.h>
#include <xxhash.h>

namespace FaultHarness
{

using namespace Qt::StringLiterals;

/// One rewindctl run.
struct Run
{
    int exitCode = -1; ///< -1: killed
    QByteArray out, err;
    qint64 ms = 0;
};

inline QProcessEnvironment ctlEnvironment(const QHash<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REWIND_USER"_s, u"admin"_s);
    env.insert(u"REWIND_PASSWORD"_s, QString::fromUtf8(Rewind::kDemoUsers[0].password));
    // Every process sees the same instant: the same slot, the same timestamps, so "after" is one state.
    env.insert(u"REWIND_CLOCK"_s, u"2026-11-21T10:00:00"_s);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

inline Run runCtl(const QString &dir, const QStringList &args, const QHash<QString, QString> &extra = {})
{
    QProcess p;
    p.setProcessEnvironment(ctlEnvironment(extra));
    QElapsedTimer t;
    t.start();
    p.start(qEnvironmentVariable("REWINDCTL"), QStringList{u"--data-dir"_s, dir, u"--lang"_s, u"en"_s} + args);
    p.waitForFinished(300000);
    Run r;
    r.ms = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Everything production holds except its users (a login changes them; an undo keeps them), read with the
/// sqlite3 C API: every table's schema and rows in rowid order, every index's schema, hashed.
inline QByteArray productionDump(const QString &dir, QString *error = nullptr)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(dir + u"/production.sqlite"_s);
    // Read-write: opening recovers a WAL a killed writer left, as any next opener would.
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return {};
    }
    sqlite3_busy_timeout(db, 10000);
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto each = [&](const QByteArray &sql, auto &&row) -> bool {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(db)) + u" in "_s + QString::fromUtf8(sql);
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            row(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        return rc == SQLITE_DONE;
    };
    QList<QByteArray> tables;
    bool ok =
        each("BEGIN", [](sqlite3_stmt *) {}) &&
        each("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'rw_user%' AND "
             "name NOT LIKE 'rw_login_throttle%' AND name NOT LIKE 'sqlite_autoindex_rw_user%' ORDER BY type, name",
             [&](sqlite3_stmt *st) {
                 for (int c = 0; c < 3; ++c)
                     h.addData(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(st, c))));
                 h.addData(QByteArrayView("\n"));
                 if (qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), "table") == 0)
                     tables.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 1))));
             });
    for (const QByteArray &t : std::as_const(tables)) {
        if (!ok)
            break;
        const QByteArray where =
            t == "sqlite_sequence" ? " WHERE name NOT IN ('rw_user', 'rw_login_throttle')" : QByteArray();
        h.addData(t);
        ok = each("SELECT * FROM \"" + t + "\"" + where +
                      (t == "sqlite_sequence" ? " ORDER BY name" : " ORDER BY rowid"),
                  [&](sqlite3_stmt *st) {
                      for (int c = 0, n = sqlite3_column_count(st); c < n; ++c) {
                          const int type = sqlite3_column_type(st, c);
                          h.addData(QByteArray::number(type));
                          const int bytes = sqlite3_column_bytes(st, c);
                          const void *blob = sqlite3_column_blob(st, c);
                          if (blob && bytes > 0)
                              h.addData(QByteArrayView(static_cast<const char *>(blob), bytes));
                          h.addData(QByteArrayView("\x1f"));
                      }
                      h.addData(QByteArrayView("\x1e"));
                  });
    }
    (void)each("COMMIT", [](sqlite3_stmt *) {});
    sqlite3_close(db);
    return ok ? h.result().toHex() : QByteArray();
}

/// Records of one table, counted with the test's own connection (-1 when it cannot be read).
inline qint64 countRows(const QString &file, const QByteArray &table)
{
    sqlite3 *db = nullptr;
    qint64 n = -1;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, QByteArray("SELECT count(*) FROM " + table).constData(), -1, &st, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            n = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
}

/// XXH3-128 of a file's bytes ("" when it cannot be read): byte-identity, fast enough for every iteration.
inline QString fastHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    QByteArray chunk;
    while (!(chunk = f.read(1 << 20)).isEmpty())
        XXH3_128bits_update(state, chunk.constData(), size_t(chunk.size()));
    const XXH128_hash_t h = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    return u"%1%2"_s.arg(h.high64, 16, 16, QLatin1Char('0')).arg(h.low64, 16, 16, QLatin1Char('0'));
}

/// A hash of each of the seven slot files ("" for an empty slot).
inline QStringList generationHashes(const QString &dir)
{
    QStringList out;
    for (const char *slot : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
        out.append(fastHash(dir + u"/generations/"_s + QLatin1String(slot) + u".sqlite"_s));
    return out;
}

/// Leftovers a start must have removed: partial generations, restore points and undo copies half-written,
/// markers of changes and the state file of a run. Empty when clean.
inline QStringList leftovers(const QString &dir)
{
    QStringList found;
    for (const QString &sub : {u"generations"_s, u"restore-points"_s, u"pending"_s}) {
        const QDir d(dir + u'/' + sub);
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden)) {
            if (name.startsWith(u'.') || sub == "pending"_L1)
                found.append(sub + u'/' + name);
        }
    }
    if (QFile::exists(dir + u"/backup.state"_s))
        found.append(u"backup.state"_s);
    return found;
}

/// Puts production back to a saved file (and its WAL files away).
inline bool resetProduction(const QString &dir, const QString &saved)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(dir + u"/production.sqlite"_s + QLatin1String(suffix));
    return QFile::copy(saved, dir + u"/production.sqlite"_s);
}

/// Saves production, checkpointed into one file, as `to`.
inline bool saveProduction(const QString &dir, const QString &to)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(dir + u"/production.sqlite"_s).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr) == SQLITE_OK &&
              sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    QFile::remove(to);
    return ok && QFile::copy(dir + u"/production.sqlite"_s, to);
}

/// Runs SQL on production with the test's own connection.
inline bool execProduction(const QString &dir, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(dir + u"/production.sqlite"_s).constData(), &db, SQLITE_OPEN_READWRITE,
                              nullptr) == SQLITE_OK &&
              sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning("%s: %s", sql.left(200).constData(), sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
}

} // namespace FaultHarness
