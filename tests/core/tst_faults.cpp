// Fault injection on the real rewindctl: every operation that writes a generation or changes production is
// killed (SIGKILL after a seeded random delay, spread over the operation's measured run) and run on a disk
// that fills up (an LD_PRELOAD shim, tests/helpers/enospc_shim.cpp, at budgets spread over the bytes the
// operation writes). After each: every generation byte-identical (the one a run publishes: whole and
// verified), production exactly as before or exactly as after (an independent dump, not Rewind's
// checksums), the next start leaves nothing behind, and the history says what failed.

#include "FaultHarness.h"

#include "history/HistoryStore.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"
#include "backup/GenerationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QScopeGuard>
#include <QThread>

#include <csignal>

using namespace Rewind;
using namespace Qt::StringLiterals;
using namespace FaultHarness;

namespace
{
/// One operation under test, ready to run on its own copy of the demo workspace.
struct Scenario
{
    QString name;
    QStringList args;
    QString doneKind;               ///< the history kind of a success
    bool generation = false;        ///< the generation run (a slot changes, production does not)
    bool keepRestorePoints = false; ///< the undo: its restore point must survive the runs that finish
};

int iterations()
{
    const int n = qEnvironmentVariableIntValue("REWIND_FAULT_ITERATIONS");
    return n > 0 ? n : 50;
}
} // namespace

class TstFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_base; ///< the demo workspace every scenario starts from

    QString freshCopy(const QString &name)
    {
        const QString dir = m_tmp.filePath(name);
        QDir(dir).removeRecursively();
        return RewindTest::copyFolder(m_base, dir) ? dir : QString();
    }

    static QByteArray dbId(const QString &dir, const QString &name)
    {
        sqlite3 *db = nullptr;
        QByteArray id;
        if (sqlite3_open_v2(QFile::encodeName(dir + u"/production.sqlite"_s).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK) {
            sqlite3_stmt *st = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT id FROM rw_db WHERE name = ?", -1, &st, nullptr) == SQLITE_OK) {
                const QByteArray n = name.toUtf8();
                sqlite3_bind_text(st, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
                if (sqlite3_step(st) == SQLITE_ROW)
                    id = QByteArray::number(sqlite3_column_int64(st, 0));
            }
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        return id;
    }

    /// Builds the workspace for scenario `name` in a fresh copy; empty args on failure.
    Scenario prepare(const QString &name, QString *dirOut)
    {
        const QString dir = freshCopy(name);
        *dirOut = dir;
        Scenario s;
        s.name = name;
        if (dir.isEmpty())
            return s;
        if (name == "generation-run"_L1) {
            s.args = {u"backup"_s};
            s.doneKind = QString::fromLatin1(HistoryKind::GenerationRun);
            s.generation = true;
        } else if (name == "csv-import"_L1 || name == "undo"_L1) {
            const QString csv = dir + u"-lines.csv"_s;
            const Run ex =
                runCtl(dir, {u"export-csv"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"見積明細"_s, u"--out"_s, csv});
            if (ex.exitCode != 0) {
                qWarning("export failed: %s", ex.err.constData());
                return s;
            }
            // Lines of quotes deleted since Saturday come back; a few point at quotes gone since (rejected).
            const QStringList import = {u"import-csv"_s,    u"--db"_s,      u"見積明細"_s,          u"--file"_s, csv,
                                        u"--skip-errors"_s, u"--rejects"_s, dir + u"-rejects.csv"_s};
            if (name == "csv-import"_L1) {
                s.args = import;
                s.doneKind = u"csv-import"_s;
            } else {
                const Run im = runCtl(dir, import + QStringList{u"--json"_s});
                const QString rp = QJsonDocument::fromJson(im.out).object().value("restorePoint"_L1).toString();
                if (im.exitCode != 0 || rp.isEmpty()) {
                    qWarning("import failed: %s", im.err.constData());
                    return s;
                }
                s.args = {u"undo-import"_s, rp};
                s.doneKind = u"undo"_s;
                s.keepRestorePoints = true;
            }
        } else if (name == "template-import"_L1) {
            const QString zip = dir + u"-template.zip"_s;
            const Run ex = runCtl(dir, {u"template"_s, u"export"_s, u"--env"_s, u"production"_s, u"--db"_s, u"見積"_s,
                                        u"--without-related"_s, u"--out"_s, zip});
            if (ex.exitCode != 0) {
                qWarning("template export failed: %s", ex.err.constData());
                return s;
            }
            s.args = {u"template"_s, u"import"_s, u"--file"_s, zip, u"--on-conflict"_s, u"replace"_s};
            s.doneKind = u"template-load"_s;
        } else if (name == "db-restore"_L1) {
            // 商品 deleted from production since Friday's generation.
            {
                auto conn = Production::open(DataDir(dir), u"prepare"_s);
                if (!conn)
                    return s;
                if (!SchemaEditor(conn.value()->db(), Clock::system()).deleteDb(dbId(dir, u"商品"_s).toLongLong()))
                    return s;
            }
            s.args = {u"restore-db"_s, u"--from"_s, u"fri"_s, u"--db"_s, u"商品"_s};
            s.doneKind = u"db-restore"_s;
        } else if (name == "restore-records"_L1) {
            // 1,500 invoices deleted since Friday's generation, to be brought back.
            const QByteArray table = "rec_" + dbId(dir, u"請求"_s);
            QStringList ids;
            sqlite3 *gen = nullptr;
            if (sqlite3_open_v2(QFile::encodeName(dir + u"/generations/fri.sqlite"_s).constData(), &gen,
                                SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
                sqlite3_stmt *st = nullptr;
                if (sqlite3_prepare_v2(
                        gen,
                        QByteArray("SELECT rid FROM " + table + " WHERE rid % 3 = 0 ORDER BY rid LIMIT 1500")
                            .constData(),
                        -1, &st, nullptr) == SQLITE_OK) {
                    while (sqlite3_step(st) == SQLITE_ROW)
                        ids.append(QString::number(sqlite3_column_int64(st, 0)));
                }
                sqlite3_finalize(st);
            }
            sqlite3_close(gen);
            if (ids.size() < 1000 ||
                !execProduction(dir, "DELETE FROM " + table + " WHERE rid IN (" + ids.join(u',').toLatin1() + ")"))
                return s;
            s.args = {u"restore-records"_s, u"--from"_s,    u"fri"_s,  u"--db"_s, u"請求"_s,
                      u"--ids"_s,           ids.join(u','), u"--yes"_s};
            s.doneKind = QString::fromLatin1(HistoryKind::RecordsRestored);
        } else if (name == "settings-reapply"_L1) {
            for (const QString &db : {u"案件"_s, u"見積"_s, u"請求"_s, u"商品"_s, u"顧客"_s}) {
                const Run diff =
                    runCtl(dir, {u"settings"_s, u"diff"_s, u"--env"_s, u"sat"_s, u"--db"_s, db, u"--json"_s});
                if (QJsonDocument::fromJson(diff.out).object().value("differences"_L1).toArray().size() > 0) {
                    s.args = {u"settings"_s, u"apply"_s, u"--env"_s, u"sat"_s, u"--db"_s, db, u"--all"_s};
                    break;
                }
            }
            s.doneKind = u"settings-reapply"_s;
        }
        return s;
    }

    static qint64 lastEventId(const QString &dir)
    {
        auto latest = HistoryStore(DataDir(dir)).latest();
        return latest && latest->has_value() ? latest->value().id : 0;
    }

    static QList<HistoryEvent> eventsAfter(const QString &dir, qint64 id)
    {
        QList<HistoryEvent> out;
        const auto all = HistoryStore(DataDir(dir)).events(400); // alive while the loop reads it
        for (const HistoryEvent &e : all.value())
            if (e.id > id)
                out.append(e);
        return out;
    }

    static bool hasEvent(const QList<HistoryEvent> &events, const QString &kind, const QString &operation = {})
    {
        return std::any_of(events.begin(), events.end(), [&](const HistoryEvent &e) {
            return e.kind == kind && (operation.isEmpty() || e.details.value("operation"_L1).toString() == operation);
        });
    }

    static QString describe(const QList<HistoryEvent> &events)
    {
        QStringList lines;
        for (const HistoryEvent &e : events)
            lines.append(e.kind + u": "_s + e.description);
        return lines.join(u" | "_s);
    }

    /// The state a scenario starts each run from.
    struct Baseline
    {
        QString savedProduction, savedRestorePoints;
        QByteArray before, after;
        QStringList generations;
    };

    bool saveBaseline(const QString &dir, const Scenario &s, Baseline *b)
    {
        b->savedProduction = dir + u"-before.sqlite"_s;
        if (!saveProduction(dir, b->savedProduction))
            return false;
        if (s.keepRestorePoints) {
            b->savedRestorePoints = dir + u"-restore-points"_s;
            QDir(b->savedRestorePoints).removeRecursively();
            if (!RewindTest::copyFolder(dir + u"/restore-points"_s, b->savedRestorePoints))
                return false;
        }
        b->before = productionDump(dir);
        b->generations = generationHashes(dir);
        return !b->before.isEmpty();
    }

    static bool reset(const QString &dir, const Baseline &b)
    {
        if (!resetProduction(dir, b.savedProduction))
            return false;
        if (!b.savedRestorePoints.isEmpty()) {
            QDir(dir + u"/restore-points"_s).removeRecursively();
            return RewindTest::copyFolder(b.savedRestorePoints, dir + u"/restore-points"_s);
        }
        return true;
    }

    /// The next start: any command runs the start-up recovery first.
    static Run nextStart(const QString &dir) { return runCtl(dir, {u"generations"_s, u"--json"_s}); }

    /// The operation's own kind in a change's marker and failure events ("csv-import" …).
    static QString operationKind(const Scenario &s) { return s.doneKind; }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("REWINDCTL")), "REWINDCTL must name rewindctl (set by ctest)");
        QVERIFY(m_tmp.isValid());
        m_base = m_tmp.filePath(u"base"_s);
        // 40,000 records: each operation runs 100–600 ms, so kills land inside it.
        QVERIFY(RewindTest::buildDemo(m_base, 40000));
    }

    void killedAtRandomMoments_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name : {"generation-run", "csv-import", "template-import", "db-restore", "undo",
                                 "restore-records", "settings-reapply"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void killedAtRandomMoments()
    {
        QFETCH(QString, scenario);
        QString dir;
        const Scenario s = prepare(scenario, &dir);
        QVERIFY2(!s.args.isEmpty(), "the scenario could not be prepared");
        Baseline b;
        QVERIFY(saveBaseline(dir, s, &b));

        // Once through: the state after, and how long the process takes (to spread the kills over it).
        const Run full = runCtl(dir, s.args);
        QVERIFY2(full.exitCode == 0, full.err.constData());
        b.after = productionDump(dir);
        if (!s.generation) {
            QVERIFY2(b.after != b.before, "the operation must change production");
            QVERIFY(reset(dir, b));
        }
        QStringList good = generationHashes(dir); // a run may have published a slot
        const Run idle = nextStart(dir);
        QCOMPARE(idle.exitCode, 0);
        const qint64 from = std::max<qint64>(5, idle.ms / 2), to = full.ms + full.ms / 10;

        QRandomGenerator rng(0x5eed + quint32(qHash(scenario)));
        int beforeStart = 0, mid = 0, finished = 0, exited = 0;
        const int n = iterations();
        // Random moments first; should none of them land while the operation writes (a short write window
        // after a long start, as in a -O0 sanitizer build with only 10 rounds), up to 20 more kills home in on
        // it by halving the gap between the latest kill that came too early and the earliest that came late.
        qint64 latestEarly = from, earliestLate = to;
        for (int i = 0; i < n || (mid == 0 && i < n + 20); ++i) {
            const qint64 delay =
                i < n ? from + qint64(rng.bounded(quint32(to - from + 1))) : (latestEarly + earliestLate) / 2;
            const qint64 lastId = lastEventId(dir);
            QProcess p;
            p.setProcessEnvironment(ctlEnvironment());
            p.start(qEnvironmentVariable("REWINDCTL"),
                    QStringList{u"--data-dir"_s, dir, u"--lang"_s, u"en"_s} + s.args);
            QVERIFY(p.waitForStarted());
            QThread::msleep(quint64(delay));
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(60000);
            if (p.exitStatus() == QProcess::NormalExit) {
                ++exited;
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            }
            const bool began = s.generation ? QFile::exists(dir + u"/backup.state"_s)
                                            : !QDir(dir + u"/pending"_s).entryList(QDir::Files).isEmpty() ||
                                                  p.exitStatus() == QProcess::NormalExit;

            // Production: exactly before or exactly after.
            QString dumpError;
            const QByteArray now = productionDump(dir, &dumpError);
            QVERIFY2(!now.isEmpty(), qPrintable(dumpError));
            bool done;
            if (s.generation) {
                QCOMPARE(now, b.before);
                const QStringList gens = generationHashes(dir);
                done = gens != good;
                for (int g = 0; g < 7; ++g) {
                    if (gens[g] != good[g]) {
                        // Only the slot being written may change, and only into a whole, verified generation.
                        auto report = GenerationStore(DataDir(dir)).verify(Weekday(g + 1), false);
                        QVERIFY2(report && report->ok(), report ? qPrintable(report->problems.join(u"; "_s))
                                                                : qPrintable(report.error().message));
                    }
                }
                good = gens;
            } else {
                QVERIFY2(now == b.before || now == b.after,
                         qPrintable(u"run %1: production is half-applied (neither before nor after)"_s.arg(i)));
                done = now == b.after;
                QCOMPARE(generationHashes(dir), b.generations);
            }
            if (done) {
                ++finished;
                earliestLate = std::min(earliestLate, delay);
            } else if (began) {
                ++mid;
            } else {
                ++beforeStart;
                latestEarly = std::max(latestEarly, delay);
            }

            // The next start removes what the killed process left and records what it did not finish.
            const Run next = nextStart(dir);
            QVERIFY2(next.exitCode == 0, next.err.constData());
            QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(u", "_s)));
            const QList<HistoryEvent> events = eventsAfter(dir, lastId);
            if (s.generation) {
                if (done)
                    QVERIFY2(hasEvent(events, s.doneKind), qPrintable(describe(events)));
                else if (began)
                    QVERIFY2(hasEvent(events, QString::fromLatin1(HistoryKind::GenerationFailed)),
                             qPrintable(describe(events)));
            } else if (done) {
                // Finished, or killed between its commit and its own event: recorded either way.
                QVERIFY2(hasEvent(events, s.doneKind) ||
                             hasEvent(events, QString::fromLatin1(HistoryKind::ChangeInterrupted), operationKind(s)),
                         qPrintable(describe(events)));
            } else if (began) {
                QVERIFY2(hasEvent(events, QString::fromLatin1(HistoryKind::ChangeInterrupted), operationKind(s)),
                         qPrintable(describe(events)));
                QVERIFY2(!hasEvent(events, s.doneKind), qPrintable(describe(events)));
            }
            if (done && !s.generation)
                QVERIFY(reset(dir, b));
            if (i % 10 == 9) {
                const Run verify = runCtl(dir, {u"verify"_s, u"--all"_s});
                QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
            }
        }
        const Run verify = runCtl(dir, {u"verify"_s, u"--all"_s});
        QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        qInfo("%s: %d kills — %d while it wrote, %d after it finished, %d before its first write (%d exited before the "
              "kill); run %lld ms, kills at %lld–%lld ms; damaged generations 0, half-applied 0",
              qPrintable(scenario), mid + finished + beforeStart, mid, finished, beforeStart, exited, full.ms, from,
              to);
        QVERIFY(mid > 0);
    }

    void diskFullAtEveryPoint_data() { killedAtRandomMoments_data(); }
    void diskFullAtEveryPoint()
    {
        QFETCH(QString, scenario);
        const QString shim = qEnvironmentVariable("REWIND_ENOSPC_SHIM");
        QVERIFY2(QFile::exists(shim), "REWIND_ENOSPC_SHIM must name the shim library (set by ctest)");
        QString dir;
        const Scenario s = prepare(scenario, &dir);
        QVERIFY2(!s.args.isEmpty(), "the scenario could not be prepared");
        Baseline b;
        QVERIFY(saveBaseline(dir, s, &b));
        const QString report = dir + u"-bytes.txt"_s;
        auto shimmed = [&](qint64 budget) {
            QHash<QString, QString> env{
                {u"LD_PRELOAD"_s, shim},
                {u"REWIND_ENOSPC_DIR"_s, QDir(dir).canonicalPath()},
                {u"REWIND_ENOSPC_REPORT"_s, report},
                // A sanitizer build's runtime need not come first for this shim.
                {u"ASAN_OPTIONS"_s, qEnvironmentVariable("ASAN_OPTIONS") + u":verify_asan_link_order=0"_s}};
            if (budget >= 0)
                env.insert(u"REWIND_ENOSPC_BUDGET"_s, QString::number(budget));
            return env;
        };
        auto bytesWritten = [&] {
            QFile f(report);
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : -1;
        };
        // What logging in alone adds (the budgets start after it), then the whole operation.
        QCOMPARE(runCtl(dir, {u"generations"_s}, shimmed(-1)).exitCode, 0);
        const qint64 loginBytes = bytesWritten();
        const Run full = runCtl(dir, s.args, shimmed(-1));
        QVERIFY2(full.exitCode == 0, full.err.constData());
        const qint64 total = bytesWritten();
        QVERIFY2(total > loginBytes && loginBytes >= 0, qPrintable(u"%1 / %2"_s.arg(loginBytes).arg(total)));
        b.after = productionDump(dir);
        QStringList good = generationHashes(dir);
        if (!s.generation)
            QVERIFY(reset(dir, b));

        int failed = 0, succeeded = 0;
        QSet<QString> messages;
        const int n = iterations();
        for (int i = 0; i < n; ++i) {
            // Budgets spread evenly over what the operation writes, so the disk fills at every stage of it.
            const qint64 budget = loginBytes + (total - loginBytes) * (2 * i + 1) / (2 * n);
            const qint64 lastId = lastEventId(dir);
            const Run r = runCtl(dir, s.args, shimmed(budget));
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
                     qPrintable(u"budget %1: exit %2 %3"_s.arg(budget).arg(r.exitCode).arg(QString::fromUtf8(r.err))));
            const QByteArray now = productionDump(dir);
            const QString err = QString::fromUtf8(r.err);
            if (r.exitCode == 0) {
                ++succeeded;
                QVERIFY(s.generation ? now == b.before : now == b.after);
            } else {
                ++failed;
                messages.insert(err.trimmed().section(u'\n', 0, 0));
                // The message says what happened.
                QVERIFY2(err.contains(u"disk is full"_s, Qt::CaseInsensitive) ||
                             err.contains(u"No space left"_s, Qt::CaseInsensitive),
                         qPrintable(u"budget %1: %2"_s.arg(budget).arg(err)));
                QVERIFY2(now == b.before, qPrintable(u"budget %1: production changed by a failed run"_s.arg(budget)));
            }
            const QStringList gens = generationHashes(dir);
            if (s.generation) {
                for (int g = 0; g < 7; ++g) {
                    if (gens[g] != good[g]) {
                        QVERIFY2(r.exitCode == 0, "a failed run replaced a generation");
                        auto verified = GenerationStore(DataDir(dir)).verify(Weekday(g + 1), false);
                        QVERIFY(verified && verified->ok());
                    }
                }
                good = gens;
            } else {
                QCOMPARE(gens, b.generations);
            }
            const Run next = nextStart(dir);
            QVERIFY2(next.exitCode == 0, next.err.constData());
            QVERIFY2(leftovers(dir).isEmpty(), qPrintable(leftovers(dir).join(u", "_s)));
            const QList<HistoryEvent> events = eventsAfter(dir, lastId);
            if (r.exitCode == 0) {
                QVERIFY2(hasEvent(events, s.doneKind), qPrintable(describe(events)));
                if (!s.generation)
                    QVERIFY(reset(dir, b));
            } else if (s.generation) {
                QVERIFY2(hasEvent(events, QString::fromLatin1(HistoryKind::GenerationFailed)),
                         qPrintable(describe(events)));
            } else {
                // Recorded by the process itself, or (when even the history could not be written) by the next start.
                QVERIFY2(hasEvent(events, QString::fromLatin1(HistoryKind::ChangeFailed), operationKind(s)),
                         qPrintable(u"budget %1: %2 / %3"_s.arg(budget).arg(describe(events), err)));
            }
        }
        // With exactly the space it needs, it succeeds: the budgets above really cut it short. What it needs is
        // measured again here: the rounds above grew the data folder (history, restore points), and an undo's
        // copy grows with it.
        {
            const Run measure = runCtl(dir, s.args, shimmed(-1));
            QVERIFY2(measure.exitCode == 0, measure.err.constData());
            const qint64 needed = bytesWritten();
            QVERIFY(needed > 0);
            if (!s.generation)
                QVERIFY(reset(dir, b));
            // A small margin: SQLite's page allocation for an undo copy differs by a few pages from run to run.
            const Run enough = runCtl(dir, s.args, shimmed(needed + needed / 20));
            QVERIFY2(enough.exitCode == 0, enough.err.constData());
            QCOMPARE(productionDump(dir), b.after);
        }
        const Run verify = runCtl(dir, {u"verify"_s, u"--all"_s});
        QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        for (const QString &m : std::as_const(messages))
            qInfo("  %s", qPrintable(m));
        qInfo("%s: %d full-disk runs (budgets %lld–%lld bytes of %lld written) — %d failed cleanly, %d succeeded; "
              "damaged generations 0, half-applied 0",
              qPrintable(scenario), n, loginBytes, total, total, failed, succeeded);
        QVERIFY(failed > 0);
    }

    // The same on a real file system that fills up: a small tmpfs as the data folder, where the machine lets
    // this process mount one (root in a container or VM; a CI runner without the privilege has the shim).
    void realFullDisk_data() { killedAtRandomMoments_data(); }
    void realFullDisk()
    {
        QFETCH(QString, scenario);
        QString dir;
        const Scenario s = prepare(scenario, &dir);
        QVERIFY2(!s.args.isEmpty(), "the scenario could not be prepared");
        Baseline b;
        QVERIFY(saveBaseline(dir, s, &b));
        // How much more the operation needs at its peak, measured by the shim.
        const QString report = dir + u"-bytes.txt"_s;
        const QString shim = qEnvironmentVariable("REWIND_ENOSPC_SHIM");
        QVERIFY(QFile::exists(shim));
        const Run measured = runCtl(dir, s.args,
                                    {{u"LD_PRELOAD"_s, shim},
                                     {u"REWIND_ENOSPC_DIR"_s, QDir(dir).canonicalPath()},
                                     {u"REWIND_ENOSPC_REPORT"_s, report}});
        QVERIFY2(measured.exitCode == 0, measured.err.constData());
        QFile bytes(report);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const qint64 peak = bytes.readAll().trimmed().toLongLong();
        b.after = productionDump(dir);
        if (!s.generation)
            QVERIFY(reset(dir, b));
        // What the copy takes on the tmpfs (its pages, and room for the directory entries).
        qint64 used = 0;
        const std::function<void(const QString &)> add = [&](const QString &path) {
            for (const QFileInfo &fi :
                 QDir(path).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
                fi.isDir() ? add(fi.filePath()) : void(used += (fi.size() + 4095) / 4096 * 4096 + 4096);
        };
        add(dir);
        int failed = 0;
        for (int level = 1; level <= 3; ++level) {
            const QString mnt = m_tmp.filePath(u"mnt-%1-%2"_s.arg(scenario).arg(level));
            QVERIFY(QDir().mkpath(mnt));
            const qint64 size = (used + peak * level / 4 + 4095) / 4096 * 4096;
            QProcess mount;
            mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1"_s.arg(size), u"tmpfs"_s, mnt});
            mount.waitForFinished();
            if (mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
                QSKIP(qPrintable(u"this machine does not let the test mount a tmpfs (%1); the LD_PRELOAD loops "
                                 "(diskFullAtEveryPoint) cover a full disk here"_s.arg(
                                     QString::fromLocal8Bit(mount.readAllStandardError()).trimmed())));
            const auto unmount = qScopeGuard([&mnt] { QProcess::execute(u"umount"_s, {u"-l"_s, mnt}); });
            const QString ws = mnt + u"/ws"_s;
            QVERIFY(RewindTest::copyFolder(dir, ws));
            QVERIFY(resetProduction(ws, b.savedProduction));
            if (!b.savedRestorePoints.isEmpty()) {
                QDir(ws + u"/restore-points"_s).removeRecursively();
                QVERIFY(RewindTest::copyFolder(b.savedRestorePoints, ws + u"/restore-points"_s));
            }
            const QStringList gens = generationHashes(ws);
            const qint64 lastId = lastEventId(ws);
            const Run r = runCtl(ws, s.args);
            const QString err = QString::fromUtf8(r.err);
            const QByteArray now = productionDump(ws);
            if (r.exitCode == 0) {
                QVERIFY(s.generation ? now == b.before : now == b.after);
            } else {
                ++failed;
                QCOMPARE(r.exitCode, 1);
                QVERIFY2(err.contains(u"disk is full"_s, Qt::CaseInsensitive) ||
                             err.contains(u"No space left"_s, Qt::CaseInsensitive),
                         qPrintable(err));
                QCOMPARE(now, b.before);
                QCOMPARE(generationHashes(ws), gens);
            }
            // Someone frees space; the next start cleans up and the history has the outcome.
            QCOMPARE(QProcess::execute(u"mount"_s, {u"-o"_s, u"remount,size=%1"_s.arg(size * 2), mnt}), 0);
            const Run next = nextStart(ws);
            QVERIFY2(next.exitCode == 0, next.err.constData());
            QVERIFY2(leftovers(ws).isEmpty(), qPrintable(leftovers(ws).join(u", "_s)));
            const QList<HistoryEvent> events = eventsAfter(ws, lastId);
            const QString expected = r.exitCode == 0 ? s.doneKind
                                     : s.generation  ? QString::fromLatin1(HistoryKind::GenerationFailed)
                                                     : QString::fromLatin1(HistoryKind::ChangeFailed);
            QVERIFY2(hasEvent(events, expected), qPrintable(describe(events)));
            QCOMPARE(runCtl(ws, {u"verify"_s, u"--all"_s}).exitCode, 0);
            qInfo("%s on a %lld-byte tmpfs (%lld used, %lld needed): exit %d %s", qPrintable(scenario), size, used,
                  peak, r.exitCode, qPrintable(err.trimmed()));
        }
        QVERIFY(failed > 0);
    }
};

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
