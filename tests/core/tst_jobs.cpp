// Scheduled work and its record: the history's hash chain (tampering, deletions, anchors in generation
// manifests), the events a backup run writes, JobRunner's daily generation (due, missed, retried),
// the archive schedule run through JobRunner, the expiry purge, the jobs lock, and live progress over
// the local socket. Time is a ManualClock; production is a copy of a demo built for 2026-11-20.

#include "TestSupport.h"

#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "backup/BackupRunner.h"
#include "backup/GenerationStore.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "jobs/ConsoleState.h"
#include "jobs/JobProgress.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleService.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{

#define VERIFY_OK_SUMMARY(expr)                                                                                        \
    do {                                                                                                               \
        const RunDueSummary summary_ = (expr);                                                                         \
        QVERIFY2(summary_.ok(), qPrintable(summary_.failures.join(u" | "_s)));                                         \
    } while (false)

/// Spins an event loop until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()> &done, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

/// The chain hash as the history's format defines it: SHA-256 over the previous hash and the event's
/// time (ms), user, kind, description and compact JSON details, separated by U+001F. Written here to
/// rewrite a history "consistently", as a forger would.
QString chainHash(const QString &previous, qint64 atMs, const QString &user, const QString &kind,
                  const QString &description, const QByteArray &detailsJson)
{
    QByteArray data = previous.toUtf8();
    data += '\x1f' + QByteArray::number(atMs);
    for (const QString &part : {user, kind, description})
        data += '\x1f' + part.toUtf8();
    data += '\x1f' + detailsJson;
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QDateTime at(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 11, 1).addDays(day - 1), QTime(hour, minute, second));
}
} // namespace

class TstJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demo;
    ManualClock m_clock{at(21, 10, 0)};
    std::unique_ptr<QTemporaryDir> m_tmp;
    Session m_admin; // the demo's administrator
    std::unique_ptr<DataDir> m_dir;

    QString consolePath() const { return m_dir->root() + u"/console.sqlite"_s; }
    QList<HistoryEvent> history() const
    {
        auto all = HistoryStore(*m_dir).events();
        return all ? all.value() : QList<HistoryEvent>();
    }
    QStringList kindsSince(qsizetype from) const
    {
        QStringList out;
        const auto all = history();
        for (qsizetype i = from; i < all.size(); ++i)
            out.append(all[i].kind);
        return out;
    }
    qsizetype countKind(const QString &kind) const
    {
        qsizetype n = 0;
        for (const HistoryEvent &e : history())
            n += e.kind == kind;
        return n;
    }
    /// Runs SQL on console.sqlite with the test's own connection.
    bool consoleSql(const QString &sql, const QVariantList &binds = {})
    {
        auto conn =
            ScopedConnection::open(ConnectionSpec{consolePath(), ConnectionSpec::Mode::ReadWrite}, u"test-console"_s);
        if (!conn)
            return false;
        QSqlQuery q(conn.value()->db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec();
    }
    /// Recomputes every stored hash from event `fromId` on, so the chain is consistent again.
    bool rechain(qint64 fromId)
    {
        auto conn =
            ScopedConnection::open(ConnectionSpec{consolePath(), ConnectionSpec::Mode::ReadWrite}, u"test-rechain"_s);
        if (!conn)
            return false;
        QSqlQuery q(conn.value()->db());
        if (!q.exec(u"SELECT id, at, user, kind, description, details, hash FROM history ORDER BY id"_s))
            return false;
        QString previous;
        QList<std::pair<qint64, QString>> updates;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id < fromId) {
                previous = q.value(6).toString();
                continue;
            }
            previous = chainHash(previous, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toString().toUtf8());
            updates.append({id, previous});
        }
        for (const auto &[id, hash] : updates) {
            QSqlQuery u(conn.value()->db());
            u.prepare(u"UPDATE history SET hash = ? WHERE id = ?"_s);
            u.addBindValue(hash);
            u.addBindValue(id);
            if (!u.exec())
                return false;
        }
        return true;
    }
    QList<HistoryAnchor> anchors() const
    {
        QList<HistoryAnchor> out;
        for (const GenerationInfo &g : GenerationStore(*m_dir).list()) {
            if (g.manifest && g.manifest->historyEventId > 0)
                out.append(HistoryAnchor{weekdayName(g.slot), g.manifest->historyEventId, g.manifest->historyHash});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.eventId < b.eventId; });
        return out;
    }
    std::optional<QDateTime> takenAt(Weekday slot) const
    {
        const GenerationInfo g = GenerationStore(*m_dir).info(slot);
        return g.manifest ? std::optional<QDateTime>(g.manifest->takenAt) : std::nullopt;
    }
    qint64 productionRecords() const
    {
        auto conn = Production::open(*m_dir, u"test-count"_s);
        if (!conn)
            return -1;
        const Catalog catalog = Catalog::load(conn.value()->db()).value();
        qint64 n = 0;
        QSqlQuery q(conn.value()->db());
        for (const DbDef &d : catalog.dbs) {
            if (!q.exec(u"SELECT count(*) FROM "_s + d.table()) || !q.next())
                return -1;
            n += q.value(0).toLongLong();
        }
        return n;
    }
    QList<ArchiveInfo> archives() const
    {
        auto list = ArchiveService(*m_dir, m_clock, Session::schedulerSession()).list();
        return list ? list.value() : QList<ArchiveInfo>();
    }

private slots:
    /// Events before the demo week's first generation run: the demo's users being set up.
    qint64 weekStart()
    {
        const QList<HistoryEvent> events = history();
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events[i].kind == u"generation-run"_s)
                return i;
        }
        return -1;
    }

    void initTestCase() { QVERIFY(RewindTest::buildDemo(m_demo.path(), 3000, 7)); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        RewindTest::copyFolder(m_demo.path(), m_tmp->filePath(u"data"_s));
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
        m_admin = RewindTest::adminSession(*m_dir);
        QVERIFY(m_admin.userId != 0);
        m_clock.set(at(21, 10, 0));
    }
    void cleanup()
    {
        qunsetenv("REWIND_FAULT");
        m_tmp.reset();
    }

    void historyChainNamesTheBrokenEvent()
    {
        QTemporaryDir tmp;
        m_dir = std::make_unique<DataDir>(tmp.path());
        HistoryStore store(*m_dir);
        QList<HistoryEvent> appended;
        for (int i = 1; i <= 10; ++i) {
            auto e = store.append(at(1, 9, i), i % 2 ? u"佐藤"_s : u"tanaka"_s, i % 3 ? u"csv-import"_s : u"undo"_s,
                                  u"イベント %1 \"引用\", 改行なし"_s.arg(i),
                                  QJsonObject{{"n"_L1, i}, {"file"_L1, u"顧客.csv"_s}});
            VERIFY_OK(e);
            QCOMPARE(e->id, qint64(i));
            appended.append(e.value());
        }
        // Every hash follows from its predecessor as the format says.
        QString previous;
        for (const HistoryEvent &e : history()) {
            const QString expected = chainHash(previous, e.at.toMSecsSinceEpoch(), e.user, e.kind, e.description,
                                               QJsonDocument(e.details).toJson(QJsonDocument::Compact));
            QCOMPARE(e.hash, expected);
            previous = e.hash;
        }
        auto intact = store.check();
        VERIFY_OK(intact);
        QVERIFY(intact->ok());
        QCOMPARE(intact->events, qint64(10));
        QCOMPARE(store.firstBrokenEvent().value(), qint64(0));
        QCOMPARE(store.latest().value()->id, qint64(10));

        // Event 6's description edited behind the history's back.
        QVERIFY(consoleSql(u"UPDATE history SET description = 'nothing happened' WHERE id = 6"_s));
        auto broken = store.check();
        VERIFY_OK(broken);
        QVERIFY(!broken->ok());
        QCOMPARE(broken->brokenEventId, qint64(6));
        QVERIFY2(broken->problem.contains(u"Event 6 "_s), qPrintable(broken->problem));
        QCOMPARE(store.firstBrokenEvent().value(), qint64(6));
        // Put back, it is intact again.
        QVERIFY(consoleSql(u"UPDATE history SET description = ? WHERE id = 6"_s, {appended[5].description}));
        QVERIFY(store.check().value().ok());

        // Other columns count too.
        QVERIFY(consoleSql(u"UPDATE history SET user = 'someone' WHERE id = 9"_s));
        QCOMPARE(store.check().value().brokenEventId, qint64(9));
        QVERIFY(consoleSql(u"UPDATE history SET user = ? WHERE id = 9"_s, {appended[8].user}));
        QVERIFY(consoleSql(u"UPDATE history SET details = '{\"n\":99}' WHERE id = 2"_s));
        QCOMPARE(store.check().value().brokenEventId, qint64(2));
        QVERIFY(consoleSql(u"UPDATE history SET details = ? WHERE id = 2"_s,
                           {QString::fromUtf8(QJsonDocument(appended[1].details).toJson(QJsonDocument::Compact))}));
        QVERIFY(store.check().value().ok());

        // Event 4 deleted: event 5 no longer follows from its predecessor.
        QVERIFY(consoleSql(u"DELETE FROM history WHERE id = 4"_s));
        broken = store.check();
        VERIFY_OK(broken);
        QCOMPARE(broken->brokenEventId, qint64(5));
        QVERIFY2(broken->problem.contains(u"Event 5 "_s), qPrintable(broken->problem));
        QCOMPARE(store.firstBrokenEvent().value(), qint64(5));
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
    }

    void generationAnchorsCatchARewrittenHistory()
    {
        // The demo's week: its users were set up first, then each run anchors the newest event before it.
        const QList<HistoryEvent> events = history();
        const qint64 week = weekStart();
        QCOMPARE(events.size(), week + 7 + 1); // the users, the seven runs, this test's login
        QList<HistoryAnchor> list = anchors();
        QCOMPARE(list.size(), 7);
        for (qsizetype i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].eventId, week + i);
            QCOMPARE(list[i].hash, events[week + i - 1].hash);
        }
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Fri).manifest->historyEventId, week + 6);
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Sat).manifest->historyEventId, week);
        VERIFY_OK(HistoryStore(*m_dir).check(list));
        QVERIFY(HistoryStore(*m_dir).check(list).value().ok());

        // Rewritten consistently from a run's event on: the chain alone looks fine, the anchors do not.
        const qint64 changed = week + 3;
        QVERIFY(consoleSql(u"UPDATE history SET description = 'rewritten' WHERE id = %1"_s.arg(changed)));
        QVERIFY(rechain(changed));
        auto chainOnly = HistoryStore(*m_dir).check();
        VERIFY_OK(chainOnly);
        QVERIFY2(chainOnly->ok(), qPrintable(chainOnly->problem));
        auto anchored = HistoryStore(*m_dir).check(list);
        VERIFY_OK(anchored);
        QVERIFY(!anchored->ok());
        QCOMPARE(anchored->brokenEventId, changed);
        QVERIFY2(anchored->problem.contains(QString::number(changed)), qPrintable(anchored->problem));
    }

    void generationAnchorsCatchCutOffEvents()
    {
        const QList<HistoryAnchor> list = anchors();
        const qint64 friday = weekStart() + 6;
        QCOMPARE(list.last().eventId, friday);
        // The newest events removed: every remaining event still chains, but SQLite's AUTOINCREMENT counter
        // remembers them — and with that counter rewound too, Friday's anchor is gone.
        QVERIFY(consoleSql(u"DELETE FROM history WHERE id >= %1"_s.arg(friday)));
        auto chainOnly = HistoryStore(*m_dir).check();
        VERIFY_OK(chainOnly);
        QVERIFY(!chainOnly->ok());
        QCOMPARE(chainOnly->brokenEventId, friday);
        QVERIFY2(chainOnly->problem.contains(u"removed from the end"_s), qPrintable(chainOnly->problem));
        QVERIFY(consoleSql(u"UPDATE sqlite_sequence SET seq = %1 WHERE name = 'history'"_s.arg(friday - 1)));
        chainOnly = HistoryStore(*m_dir).check();
        VERIFY_OK(chainOnly);
        QVERIFY(chainOnly->ok());
        QCOMPARE(chainOnly->events, friday - 1);
        auto anchored = HistoryStore(*m_dir).check(list);
        VERIFY_OK(anchored);
        QVERIFY(!anchored->ok());
        QCOMPARE(anchored->brokenEventId, friday);
        QVERIFY2(anchored->problem.contains(u"missing"_s), qPrintable(anchored->problem));
        QVERIFY2(anchored->problem.contains(weekdayName(Weekday::Fri)), qPrintable(anchored->problem));
    }

    void backupRunsWriteHistoryAndAnchorIt()
    {
        const QList<HistoryEvent> before = history();
        QCOMPARE(before.size(), weekStart() + 7 + 1);
        m_clock.set(at(21, 1, 5));
        BackupRunner runner(*m_dir, m_clock, m_admin);
        auto gen = runner.run();
        VERIFY_OK(gen);
        QCOMPARE(gen->slot, Weekday::Sat);
        QList<HistoryEvent> events = history();
        QCOMPARE(events.size(), before.size() + 1);
        const HistoryEvent &run = events.last();
        QCOMPARE(run.kind, u"generation-run"_s);
        QCOMPARE(run.user, m_admin.historyName());
        QCOMPARE(run.at, m_clock.now());
        QCOMPARE(run.details.value("slot"_L1).toString(), u"sat"_s);
        QVERIFY(run.details.value("durationMs"_L1).isDouble());
        QVERIFY(run.details.value("durationMs"_L1).toInteger() >= 0);
        QCOMPARE(run.details.value("sizeBytes"_L1).toInteger(), QFileInfo(m_dir->slotPath(Weekday::Sat)).size());
        QCOMPARE(run.details.value("records"_L1).toInteger(), productionRecords());
        // The manifest anchors the newest event before the run (Friday's).
        const auto sat = GenerationStore(*m_dir).info(Weekday::Sat).manifest;
        QVERIFY(sat);
        QCOMPARE(sat->historyEventId, before.last().id);
        QCOMPARE(sat->historyHash, before.last().hash);

        // The next generation anchors this run's event, whose hash the history still holds.
        m_clock.set(at(22, 1, 5));
        VERIFY_OK(BackupRunner(*m_dir, m_clock, Session::schedulerSession()).run());
        const auto sun = GenerationStore(*m_dir).info(Weekday::Sun).manifest;
        QVERIFY(sun);
        QCOMPARE(sun->historyEventId, run.id);
        QCOMPARE(sun->historyHash, run.hash);
        QVERIFY(HistoryStore(*m_dir).check(anchors()).value().ok());

        // A failing run: "generation-failed" with the reason; the slot keeps its previous bytes.
        m_clock.set(at(23, 1, 5));
        const QByteArray monday = RewindTest::fileHash(m_dir->slotPath(Weekday::Mon));
        qputenv("REWIND_FAULT", "verified:fail");
        auto failed = BackupRunner(*m_dir, m_clock, Session::schedulerSession()).run();
        qunsetenv("REWIND_FAULT");
        QVERIFY(!failed.ok());
        events = history();
        QCOMPARE(events.last().kind, u"generation-failed"_s);
        QCOMPARE(events.last().details.value("slot"_L1).toString(), u"mon"_s);
        QCOMPARE(events.last().details.value("reason"_L1).toString(), failed.error().message);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(RewindTest::fileHash(m_dir->slotPath(Weekday::Mon)), monday);
        QVERIFY(HistoryStore(*m_dir).check(anchors()).value().ok());
    }

    void dailyGenerationRunsOnceWhenDue()
    {
        JobRunner runner(*m_dir, m_clock);
        const QString scheduler = Session::schedulerSession().historyName();
        QCOMPARE(takenAt(Weekday::Fri)->date(), QDate(2026, 11, 20));
        const QDateTime oldSaturday = *takenAt(Weekday::Sat);
        QCOMPARE(oldSaturday.date(), QDate(2026, 11, 14));

        // 00:30: today's 01:00 run is not due yet (yesterday's was taken at 01:30).
        m_clock.set(at(21, 0, 30));
        auto due = runner.due();
        VERIFY_OK(due);
        QVERIFY(!due->generation);
        QVERIFY(!due->archive);
        qsizetype events = history().size();
        RunDueSummary s = runner.runDue();
        QVERIFY(!s.alreadyRunning);
        QVERIFY(s.done.isEmpty() && s.missed.isEmpty() && s.failures.isEmpty());
        QCOMPARE(history().size(), events);
        QCOMPARE(*takenAt(Weekday::Sat), oldSaturday);

        // 01:05: due, on time (not missed); it runs and fills Saturday's slot.
        m_clock.set(at(21, 1, 5));
        due = runner.due();
        VERIFY_OK(due);
        QVERIFY(due->generation);
        QCOMPARE(due->generationDue, at(21, 1, 0));
        QVERIFY(due->missed.isEmpty());
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(s.done.size(), 1);
        QVERIFY(s.missed.isEmpty());
        QCOMPARE(*takenAt(Weekday::Sat), m_clock.now());
        QCOMPARE(kindsSince(events), QStringList{u"generation-run"_s});
        QCOMPARE(history().last().user, scheduler);
        auto job = ConsoleState(*m_dir).job(QString::fromLatin1(ScheduleService::kDailyJob));
        VERIFY_OK(job);
        QCOMPARE(job->lastRun, std::optional<QDateTime>(m_clock.now()));
        QCOMPARE(job->lastResult, u"ok"_s);

        // 01:10: done for today.
        m_clock.set(at(21, 1, 10));
        QVERIFY(!runner.due()->generation);
        events = history().size();
        s = runner.runDue();
        QVERIFY(s.done.isEmpty() && s.missed.isEmpty() && s.failures.isEmpty());
        QCOMPARE(history().size(), events);
        QCOMPARE(*takenAt(Weekday::Sat), at(21, 1, 5));

        // The machine was off until Monday 10:00: Sunday's and Monday's runs collapse into one catch-up.
        const std::optional<QDateTime> sunday = takenAt(Weekday::Sun);
        m_clock.set(at(23, 10, 0));
        due = runner.due();
        VERIFY_OK(due);
        QVERIFY(due->generation);
        QCOMPARE(due->generationDue, at(23, 1, 0));
        QCOMPARE(due->missed.size(), 1);
        QVERIFY2(due->missed.first().contains(u"2026-11-23 01:00"_s), qPrintable(due->missed.first()));
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(s.missed.size(), 1);
        QVERIFY2(s.missed.first().contains(u"2026-11-23 01:00"_s), qPrintable(s.missed.first()));
        QCOMPARE(s.done.size(), 1);
        QCOMPARE(kindsSince(events), (QStringList{u"run-missed"_s, u"generation-run"_s}));
        const HistoryEvent missed = history().at(events);
        QCOMPARE(missed.user, scheduler);
        QCOMPARE(missed.details.value("job"_L1).toString(), QString::fromLatin1(ScheduleService::kDailyJob));
        QCOMPARE(QDateTime::fromString(missed.details.value("due"_L1).toString(), Qt::ISODateWithMs), at(23, 1, 0));
        QCOMPARE(*takenAt(Weekday::Mon), at(23, 10, 0));
        QCOMPARE(takenAt(Weekday::Sun), sunday);

        m_clock.set(at(23, 10, 5));
        events = history().size();
        s = runner.runDue();
        QVERIFY(s.done.isEmpty() && s.missed.isEmpty() && s.failures.isEmpty());
        QCOMPARE(history().size(), events);
        QCOMPARE(countKind(u"run-missed"_s), 1);
    }

    void failedRunIsRetriedAfterFifteenMinutes()
    {
        JobRunner runner(*m_dir, m_clock);
        const QByteArray monday = RewindTest::fileHash(m_dir->slotPath(Weekday::Mon));
        m_clock.set(at(23, 10, 0));
        qputenv("REWIND_FAULT", "verified:fail");
        qsizetype events = history().size();
        RunDueSummary s = runner.runDue();
        QCOMPARE(s.failures.size(), 1);
        QCOMPARE(s.missed.size(), 1);
        QVERIFY(s.done.isEmpty());
        QCOMPARE(kindsSince(events), (QStringList{u"run-missed"_s, u"generation-failed"_s}));
        QCOMPARE(RewindTest::fileHash(m_dir->slotPath(Weekday::Mon)), monday);

        // 5 and 14 minutes later: backing off — not reported as due (an open console would flicker), not
        // attempted again.
        for (int minutes : {5, 14}) {
            m_clock.set(at(23, 10, minutes));
            QVERIFY(!runner.due()->generation);
            events = history().size();
            s = runner.runDue();
            QVERIFY2(s.failures.isEmpty() && s.done.isEmpty() && s.missed.isEmpty(),
                     qPrintable(u"at +%1 min: %2 %3"_s.arg(minutes).arg(s.failures.join(u';'), s.done.join(u';'))));
            QCOMPARE(history().size(), events);
        }

        // 16 minutes later it runs again (and succeeds); the missed run is not recorded twice.
        qunsetenv("REWIND_FAULT");
        m_clock.set(at(23, 10, 16));
        events = history().size();
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(s.done.size(), 1);
        QVERIFY(s.missed.isEmpty());
        QCOMPARE(kindsSince(events), QStringList{u"generation-run"_s});
        QCOMPARE(countKind(u"run-missed"_s), 1);
        QCOMPARE(*takenAt(Weekday::Mon), at(23, 10, 16));
    }

    void failedRunStillFailingIsRetriedAgain()
    {
        // On time at 01:05, failing twice: every attempt 15 minutes apart at the soonest, one "run-missed"
        // only once the run is more than 30 minutes late.
        JobRunner runner(*m_dir, m_clock);
        qputenv("REWIND_FAULT", "copied:fail");
        const qsizetype events = history().size();
        for (const auto &[minute, attempts] :
             QList<std::pair<int, bool>>{{5, true}, {10, false}, {19, false}, {20, true}, {34, false}, {36, true}}) {
            m_clock.set(at(21, 1, minute));
            const RunDueSummary s = runner.runDue();
            QCOMPARE(s.failures.size(), attempts ? 1 : 0);
        }
        QCOMPARE(kindsSince(events), (QStringList{u"generation-failed"_s, u"generation-failed"_s, u"run-missed"_s,
                                                  u"generation-failed"_s}));
    }

    void killedRunIsRecordedAsMissedOnce()
    {
        // rewindctl run-due is killed (kill -9) in the middle of the catch-up run; the next run-due
        // retries it. The missed occurrence is the same one: recorded once, however often it is retried.
        QString ctl = qEnvironmentVariable("REWINDCTL");
        if (ctl.isEmpty())
            ctl = QCoreApplication::applicationDirPath() + u"/rewindctl"_s;
        if (!QFileInfo(ctl).isExecutable())
            QSKIP("rewindctl is not built");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_CLOCK"_s, at(23, 10, 0).toString(Qt::ISODateWithMs));
        env.insert(u"REWIND_FAULT"_s, u"copied:abort"_s);
        child.setProcessEnvironment(env);
        child.start(ctl, {u"--data-dir"_s, m_dir->root(), u"--lang"_s, u"en"_s, u"run-due"_s});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 137);
        QCOMPARE(countKind(u"run-missed"_s), 1);
        QCOMPARE(takenAt(Weekday::Mon)->date(), QDate(2026, 11, 16));

        m_clock.set(at(23, 10, 20));
        const RunDueSummary s = JobRunner(*m_dir, m_clock).runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(s.done.size(), 1);
        QCOMPARE(*takenAt(Weekday::Mon), at(23, 10, 20));
        QCOMPARE(countKind(u"run-missed"_s), 1);
    }

    void failedScheduledArchiveIsRetried()
    {
        const Session me = m_admin;
        ArchiveSchedule weekly;
        weekly.frequency = Frequency::Weekly;
        weekly.weekday = Weekday::Sun;
        weekly.startDate = m_clock.now().date();
        VERIFY_OK(ScheduleService(*m_dir, m_clock, me).setArchiveSchedule(weekly));
        ArchivePolicy small;
        small.maxRecords = 10;
        VERIFY_OK(ArchiveService(*m_dir, m_clock, me).setPolicy(small));
        auto missedArchiveRuns = [this] {
            int n = 0;
            for (const HistoryEvent &e : history())
                n += e.kind == u"run-missed"_s &&
                     e.details.value("job"_L1).toString() == QString::fromLatin1(ScheduleService::kArchiveJob);
            return n;
        };
        JobRunner runner(*m_dir, m_clock);
        m_clock.set(at(22, 2, 40)); // 40 minutes late: missed
        RunDueSummary s = runner.runDue();
        QVERIFY2(s.failures.join(u'|').contains(u"Scheduled archive"_s), qPrintable(s.failures.join(u'|')));
        QCOMPARE(countKind(u"archive-failed"_s), 1);
        QCOMPARE(missedArchiveRuns(), 1);
        QVERIFY(archives().isEmpty());

        // A refusal by the policy (the record cap) does not change by retrying: that occurrence is done —
        // failed once in the history, not every 15 minutes for a week.
        for (const QDateTime &t : {at(22, 2, 45), at(22, 2, 56), at(22, 3, 12), at(25, 9, 0)}) {
            m_clock.set(t);
            QVERIFY(!runner.due()->archive);
            s = runner.runDue();
            QVERIFY2(s.failures.isEmpty(), qPrintable(s.failures.join(u'|')));
        }
        QCOMPARE(countKind(u"archive-failed"_s), 1);
        QCOMPARE(missedArchiveRuns(), 1);

        // With the limit raised, the next occurrence (Sunday the 29th, 02:00) makes the first, full archive.
        VERIFY_OK(ArchiveService(*m_dir, m_clock, me).setPolicy(ArchivePolicy{}));
        m_clock.set(at(29, 2, 5));
        QVERIFY(runner.due()->archive);
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(archives().size(), 1);
        QCOMPARE(archives().first().manifest.kind, ArchiveKind::Full);
        QCOMPARE(missedArchiveRuns(), 1);
        QVERIFY(!runner.due()->archive);
    }

    // Stopped (and set anew) while a scheduled archive is written: the new schedule starts with a full one.
    void scheduleChangedDuringARunStartsOverWithAFullArchive()
    {
        const Session me = m_admin;
        ArchiveSchedule weekly;
        weekly.frequency = Frequency::Weekly;
        weekly.weekday = Weekday::Sun;
        weekly.startDate = m_clock.now().date();
        VERIFY_OK(ScheduleService(*m_dir, m_clock, me).setArchiveSchedule(weekly));
        JobRunner runner(*m_dir, m_clock);
        m_clock.set(at(22, 2, 5));
        VERIFY_OK_SUMMARY(runner.runDue()); // the first, full run: record-ID lists now kept
        QVERIFY(QFileInfo::exists(ArchiveService::folder(*m_dir) + u"/.schedule-state/dbs.json"_s));

        // During the next run the schedule is stopped: the run finishes, but its bookkeeping is dropped.
        m_clock.set(at(29, 2, 5));
        bool stopped = false;
        runner.setProgress([&](const QString &job, int, const QString &) {
            if (stopped || job != QString::fromLatin1(ScheduleService::kArchiveJob))
                return;
            stopped = true;
            // Setting a new one is refused while the archive is written…
            QCOMPARE(ScheduleService(*m_dir, m_clock, me).setArchiveSchedule(weekly).error().code, ErrorCode::Busy);
            QVERIFY(ScheduleService(*m_dir, m_clock, me).stopArchiveSchedule().ok());
        });
        const RunDueSummary during = runner.runDue();
        QVERIFY(stopped);
        QVERIFY2(during.ok(), qPrintable(during.failures.join(u'|')));
        QVERIFY(!QFileInfo::exists(ArchiveService::folder(*m_dir) + u"/.schedule-state/dbs.json"_s));

        // …and once it is done, a new schedule's first run is full, as the console promised.
        weekly.startDate = m_clock.now().date();
        VERIFY_OK(ScheduleService(*m_dir, m_clock, me).setArchiveSchedule(weekly));
        runner.setProgress({});
        m_clock.set(at(29 + 7, 2, 5));
        VERIFY_OK_SUMMARY(runner.runDue());
        QCOMPARE(archives().first().manifest.kind, ArchiveKind::Full);
    }

    // The machine was off over the schedule's last occurrence and past its end date: no catch-up run (the
    // schedule has ended), but the missed run is recorded, once.
    void runMissedAfterTheEndDateIsRecordedOnce()
    {
        ArchiveSchedule weekly;
        weekly.frequency = Frequency::Weekly;
        weekly.weekday = Weekday::Sun;
        weekly.startDate = m_clock.now().date();
        weekly.endDate = QDate(2026, 11, 22);
        VERIFY_OK(ScheduleService(*m_dir, m_clock, m_admin).setArchiveSchedule(weekly));
        JobRunner runner(*m_dir, m_clock);
        m_clock.set(at(23, 10, 0));
        const qsizetype before = countKind(u"run-missed"_s);
        RunDueSummary s = runner.runDue();
        QCOMPARE(s.missed.filter(u"has ended"_s).size(), 1);
        QVERIFY(archives().isEmpty());
        QCOMPARE(countKind(u"run-missed"_s), before + 2); // the daily generation's, and this one
        m_clock.set(at(23, 11, 0));
        s = runner.runDue();
        QVERIFY(s.missed.isEmpty());
        QCOMPARE(countKind(u"run-missed"_s), before + 2);
    }

    // Records put back by an undo carry their old times: the next scheduled run must be full.
    void undoMakesTheNextScheduledRunFull()
    {
        const Session me = m_admin;
        ArchiveService archives(*m_dir, m_clock, Session::schedulerSession());
        QDateTime snapshot;
        VERIFY_OK(archives.createScheduled(std::nullopt, &snapshot));
        QVERIFY(QFileInfo::exists(ArchiveService::folder(*m_dir) + u"/.schedule-state/dbs.json"_s));
        RestorePointStore points(*m_dir);
        auto point = points.create(u"test"_s, m_clock.now(), Right::EditRecords);
        VERIFY_OK(point);
        VERIFY_OK(points.restore(point->id, me));
        QVERIFY(!QFileInfo::exists(ArchiveService::folder(*m_dir) + u"/.schedule-state/dbs.json"_s));
        m_clock.advanceSecs(3600);
        auto next = archives.createScheduled(snapshot, &snapshot);
        VERIFY_OK(next);
        QCOMPARE(next->manifest.kind, ArchiveKind::Full);
        Q_UNUSED(me)
    }

    // A generation taken while the clock was far ahead does not hold the daily run back until that date.
    // A workspace created at 13:00 did not miss that morning's 01:00 generation: it takes one, quietly.
    void aNewWorkspaceMissedNothing()
    {
        QTemporaryDir tmp;
        const DataDir fresh(tmp.path());
        m_clock.set(at(21, 13, 0));
        VERIFY_OK(Production::create(fresh, u"new"_s, m_clock));
        JobRunner runner(fresh, m_clock);
        QVERIFY(runner.due()->generation);
        const RunDueSummary s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QVERIFY2(s.missed.isEmpty(), qPrintable(s.missed.join(u"; "_s)));
        QCOMPARE(s.done.size(), 1);
        const QList<HistoryEvent> events = HistoryStore(fresh).events().value();
        for (const HistoryEvent &e : events)
            QVERIFY(e.kind != u"run-missed"_s);
        // The next morning's run, missed by hours, is noted as usual.
        m_clock.set(at(22, 9, 0));
        QCOMPARE(JobRunner(fresh, m_clock).runDue().missed.size(), 1);
    }

    void clockThatWasAheadDoesNotStopDailyRuns()
    {
        m_clock.set(QDateTime(QDate(2027, 6, 1), QTime(2, 0)));
        VERIFY_OK(BackupRunner(*m_dir, m_clock, Session::schedulerSession()).run());
        m_clock.set(at(22, 3, 0)); // back to the right time
        JobRunner runner(*m_dir, m_clock);
        QVERIFY(runner.due()->generation);
    }

    // A second publisher (a run-due that will find the jobs lock taken) leaves the live socket alone.
    void secondProgressServerLeavesTheLiveSocket()
    {
        JobProgressServer live(*m_dir);
        QVERIFY(live.start());
        JobProgressServer second(*m_dir);
        QVERIFY(!second.start());
        live.publish(QJsonObject{{"job"_L1, u"daily-generation"_s}, {"percent"_L1, 40}, {"state"_L1, u"running"_s}});
        JobProgressClient client(*m_dir);
        QList<QJsonObject> seen;
        connect(&client, &JobProgressClient::message, this, [&](const QJsonObject &m) { seen.append(m); });
        QVERIFY(client.connectToRun());
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 5000);
        QCOMPARE(seen.first().value("percent"_L1).toInt(), 40);
    }

    void scheduledArchivesThroughJobRunner()
    {
        const Session me = m_admin;
        ScheduleService schedules(*m_dir, m_clock, me);
        JobRunner runner(*m_dir, m_clock);
        // Take today's generation first, so only the archive schedule is in play below.
        VERIFY_OK(BackupRunner(*m_dir, m_clock, Session::schedulerSession()).run());

        // Weekly on the next day's weekday (Sunday) at 02:00.
        ArchiveSchedule weekly;
        weekly.frequency = Frequency::Weekly;
        weekly.weekday = Weekday::Sun;
        weekly.time = QTime(2, 0);
        weekly.startDate = m_clock.now().date();
        // Someone else may not set it.
        auto intruder =
            ScheduleService(*m_dir, m_clock, RewindTest::demoSession(*m_dir, Role::Support)).setArchiveSchedule(weekly);
        QVERIFY(!intruder.ok());
        QCOMPARE(intruder.error().code, ErrorCode::ReadOnly);
        qsizetype events = history().size();
        VERIFY_OK(schedules.setArchiveSchedule(weekly));
        QCOMPARE(kindsSince(events), QStringList{u"schedule-set"_s});
        QCOMPARE(history().last().user, me.historyName());
        // One schedule at a time.
        ArchiveSchedule other = weekly;
        other.weekday = Weekday::Wed;
        auto second = schedules.setArchiveSchedule(other);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
        QVERIFY2(second.error().message.contains(u"stop"_s, Qt::CaseInsensitive), qPrintable(second.error().message));
        QCOMPARE(schedules.archiveSchedule().value()->schedule.weekday, Weekday::Sun);

        // Not due before Sunday 02:00.
        m_clock.set(at(22, 1, 59));
        QVERIFY(!runner.due()->archive);
        (void)runner.runDue(); // the daily generation runs; no archive
        QVERIFY(archives().isEmpty());

        // Due at 02:00: the first run holds everything.
        m_clock.set(at(22, 2, 0));
        auto due = runner.due();
        VERIFY_OK(due);
        QVERIFY(due->archive);
        QCOMPARE(due->archiveDue, at(22, 2, 0));
        QVERIFY(due->missed.isEmpty());
        RunDueSummary s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QCOMPARE(s.done.size(), 1);
        QList<ArchiveInfo> list = archives();
        QCOMPARE(list.size(), 1);
        const ArchiveInfo first = list.first();
        QCOMPARE(first.manifest.kind, ArchiveKind::Full);
        QCOMPARE(first.manifest.origin, ArchiveOrigin::Scheduled);
        QCOMPARE(first.manifest.createdBy, Session::schedulerSession().historyName());
        QCOMPARE(first.manifest.totalRecords(), productionRecords());
        QVERIFY(ArchiveService::verifyFile(first.path).value().ok());
        auto job = ConsoleState(*m_dir).job(QString::fromLatin1(ScheduleService::kArchiveJob));
        VERIFY_OK(job);
        QCOMPARE(job->lastRun, std::optional<QDateTime>(at(22, 2, 0)));
        QCOMPARE(job->lastResult, u"ok"_s);

        m_clock.set(at(22, 2, 5));
        QVERIFY(!runner.due()->archive);
        QVERIFY(runner.runDue().done.isEmpty());
        QCOMPARE(archives().size(), 1);

        // During the week two records change.
        m_clock.set(at(25, 12, 0));
        QList<qint64> changed;
        {
            auto conn = Production::open(*m_dir, u"test-edit"_s);
            QVERIFY(conn.ok());
            const Catalog catalog = Catalog::load(conn.value()->db()).value();
            const DbDef &deals = *catalog.dbByName(u"案件"_s);
            RecordWriter w(conn.value()->db(), deals, m_clock);
            QSqlQuery q(conn.value()->db());
            QVERIFY(q.exec(u"SELECT rid FROM %1 ORDER BY rid LIMIT 2 OFFSET 7"_s.arg(deals.table())));
            while (q.next())
                changed.append(q.value(0).toLongLong());
            QCOMPARE(changed.size(), 2);
            for (qint64 rid : changed)
                VERIFY_OK(w.update(rid, {{deals.fieldByName(u"メモ"_s)->id, u"週中の変更"_s}}));
        }

        // The next Sunday: incremental, since the first run's snapshot.
        m_clock.set(at(29, 2, 0));
        QVERIFY(runner.due()->archive);
        events = history().size();
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        list = archives();
        // The first archive expired at this same instant, and the purge comes first.
        QCOMPARE(list.size(), 1);
        QVERIFY(!QFile::exists(first.path));
        const ArchiveInfo incremental = list.first();
        QCOMPARE(incremental.manifest.kind, ArchiveKind::Incremental);
        QCOMPARE(incremental.manifest.origin, ArchiveOrigin::Scheduled);
        QCOMPARE(incremental.manifest.since, at(22, 2, 0));
        QCOMPARE(incremental.manifest.totalRecords(), qint64(2));
        for (const ArchiveEntry &e : incremental.manifest.entries)
            QCOMPARE(e.records, e.db == u"案件"_s ? qint64(2) : qint64(0));
        QVERIFY(incremental.manifest.deleted.has_value());
        QVERIFY(ArchiveService::verifyFile(incremental.path).value().ok());
        QVERIFY(kindsSince(events).contains(u"archive-expired"_s));
        QVERIFY(kindsSince(events).contains(u"archive-ready"_s));

        // Stopped: nothing is due afterwards.
        events = history().size();
        auto stopped = schedules.stopArchiveSchedule();
        VERIFY_OK(stopped);
        QVERIFY(!stopped->isEmpty());
        QCOMPARE(kindsSince(events), QStringList{u"schedule-stopped"_s});
        QVERIFY(!schedules.archiveSchedule().value().has_value());
        QCOMPARE(schedules.stopArchiveSchedule().error().code, ErrorCode::NotFound);
        m_clock.set(at(36, 2, 0)); // 6 December, a Sunday
        QVERIFY(!runner.due()->archive);
        events = history().size();
        (void)runner.runDue();
        QVERIFY(!kindsSince(events).contains(u"archive-started"_s));

        // A new schedule starts over with a full archive.
        ArchiveSchedule monday = weekly;
        monday.weekday = Weekday::Mon;
        monday.startDate = m_clock.now().date();
        VERIFY_OK(schedules.setArchiveSchedule(monday));
        m_clock.set(at(37, 2, 0));
        QVERIFY(runner.due()->archive);
        s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        list = archives();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().manifest.kind, ArchiveKind::Full);
    }

    void expiredArchivesArePurgedByRunDue()
    {
        auto made = ArchiveService(*m_dir, m_clock, m_admin).create(ArchiveRequest{});
        VERIFY_OK(made);
        JobRunner runner(*m_dir, m_clock);
        m_clock.set(at(27, 10, 0)); // 6 days later
        (void)runner.runDue();
        QVERIFY(QFile::exists(made->path));
        QCOMPARE(countKind(u"archive-expired"_s), 0);

        m_clock.set(at(29, 10, 0)); // 8 days later
        const RunDueSummary s = runner.runDue();
        QVERIFY2(s.ok(), qPrintable(s.failures.join(u"; "_s)));
        QVERIFY(!QFile::exists(made->path));
        QVERIFY2(s.done.join(u'|').contains(u"1 expired archive"_s), qPrintable(s.done.join(u'|')));
        QCOMPARE(countKind(u"archive-expired"_s), 1);
        HistoryFilter filter;
        filter.kinds = {u"archive-expired"_s};
        const auto expired = HistoryStore(*m_dir).events(m_admin, filter).value();
        QCOMPARE(expired.first().details.value("id"_L1).toString(), made->id);
        QCOMPARE(expired.first().user, Session::schedulerSession().historyName());
    }

    void heldLockMeansAlreadyRunning()
    {
        JobRunner runner(*m_dir, m_clock);
        m_clock.set(at(23, 10, 0)); // the daily generation is due
        QVERIFY(runner.due()->generation);
        const QByteArray monday = RewindTest::fileHash(m_dir->slotPath(Weekday::Mon));
        const qsizetype events = history().size();
        {
            // Held in this process by another lock object.
            QLockFile held(JobRunner::lockPath(*m_dir));
            QVERIFY(held.tryLock(0));
            const RunDueSummary s = runner.runDue();
            QVERIFY(s.alreadyRunning);
            QCOMPARE(s.otherPid, QCoreApplication::applicationPid());
            QVERIFY(s.done.isEmpty() && s.missed.isEmpty() && s.failures.isEmpty());
            QCOMPARE(history().size(), events);
            QCOMPARE(RewindTest::fileHash(m_dir->slotPath(Weekday::Mon)), monday);
            QVERIFY(!JobRunner::runningElsewhere(*m_dir)); // this process is not "elsewhere"
        }
        {
            // Held by another live process: a child started here, named in the lock file as QLockFile writes it.
            QProcess child;
            child.start(u"sleep"_s, {u"60"_s});
            QVERIFY(child.waitForStarted());
            const qint64 pid = child.processId();
            QFile lock(JobRunner::lockPath(*m_dir));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(pid) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
            lock.close();
            qint64 holder = 0;
            QVERIFY(JobRunner::runningElsewhere(*m_dir, &holder));
            QCOMPARE(holder, pid);
            const RunDueSummary s = runner.runDue();
            QVERIFY(s.alreadyRunning);
            QCOMPARE(s.otherPid, pid);
            QCOMPARE(history().size(), events);
            QCOMPARE(RewindTest::fileHash(m_dir->slotPath(Weekday::Mon)), monday);
            child.kill();
            QVERIFY(child.waitForFinished());
            QVERIFY(!JobRunner::runningElsewhere(*m_dir));
        }
        // Released (or its holder gone): the run happens.
        const RunDueSummary s = runner.runDue();
        QVERIFY(!s.alreadyRunning);
        QCOMPARE(s.done.size(), 1);
        QVERIFY(!QFile::exists(JobRunner::lockPath(*m_dir)));
    }

    void progressClientGetsLatestThenLaterMessages()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        JobProgressClient nobody(dir);
        QVERIFY(!nobody.connectToRun());

        auto *server = new JobProgressServer(dir);
        QVERIFY(server->start());
        auto message = [](int percent) {
            return QJsonObject{{"job"_L1, u"daily-generation"_s},
                               {"percent"_L1, percent},
                               {"stage"_L1, u"stage %1"_s.arg(percent)},
                               {"state"_L1, u"running"_s}};
        };
        server->publish(message(10));
        server->publish(message(20));

        JobProgressClient client(dir);
        QList<QJsonObject> received;
        int ended = 0;
        connect(&client, &JobProgressClient::message, this, [&](const QJsonObject &m) { received.append(m); });
        connect(&client, &JobProgressClient::ended, this, [&] { ++ended; });
        QVERIFY(client.connectToRun());
        QVERIFY(client.isConnected());
        QVERIFY(waitFor([&] { return !received.isEmpty(); }));
        waitFor([] { return false; }, 100); // nothing else arrives
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first(), message(20));

        server->publish(message(50));
        QVERIFY(waitFor([&] { return received.size() == 2; }));
        QCOMPARE(received.last(), message(50));
        server->publish(QJsonObject{{"state"_L1, u"finished"_s}});
        QVERIFY(waitFor([&] { return received.size() == 3; }));
        QCOMPARE(received.last().value("state"_L1).toString(), u"finished"_s);
        QCOMPARE(ended, 0);
        delete server;
        QVERIFY(waitFor([&] { return ended > 0; }));
        QCOMPARE(ended, 1);
        QVERIFY(!client.isConnected());
    }

    void progressOfARealRunReachesALateClient()
    {
        m_clock.set(at(23, 10, 0)); // the daily generation is due
        std::unique_ptr<JobProgressServer> server = std::make_unique<JobProgressServer>(*m_dir);
        QVERIFY(server->start());
        std::atomic_int calls = 0, published = 0;
        QSemaphore gate;
        JobProgressServer *srv = server.get();
        JobRunner runner(*m_dir, m_clock);
        runner.setProgress([&, srv](const QString &job, int percent, const QString &stage) {
            const QJsonObject m{
                {"job"_L1, job}, {"percent"_L1, percent}, {"stage"_L1, stage}, {"state"_L1, u"running"_s}};
            QMetaObject::invokeMethod(
                srv,
                [srv, m, &published] {
                    srv->publish(m);
                    ++published;
                },
                Qt::QueuedConnection);
            if (++calls == 1)
                gate.acquire(); // hold the run until the client has joined
        });
        QFuture<RunDueSummary> future = QtConcurrent::run([&runner] { return runner.runDue(); });
        QVERIFY(waitFor([&] { return published.load() >= 1; }));

        JobProgressClient client(*m_dir);
        QList<QJsonObject> received;
        int ended = 0;
        connect(&client, &JobProgressClient::message, this, [&](const QJsonObject &m) { received.append(m); });
        connect(&client, &JobProgressClient::ended, this, [&] { ++ended; });
        QVERIFY(client.connectToRun());
        QVERIFY(waitFor([&] { return !received.isEmpty(); }));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().value("job"_L1).toString(), QString::fromLatin1(ScheduleService::kDailyJob));
        QCOMPARE(received.first().value("state"_L1).toString(), u"running"_s);
        QCOMPARE(received.first().value("percent"_L1).toInt(), 0);

        gate.release();
        QVERIFY(waitFor([&] { return future.isFinished(); }, 30000));
        QVERIFY(waitFor([&] { return published.load() == calls.load(); }));
        const RunDueSummary summary = future.result();
        QVERIFY2(summary.ok(), qPrintable(summary.failures.join(u"; "_s)));
        QCOMPARE(summary.done.size(), 1);
        server->publish(QJsonObject{{"state"_L1, u"finished"_s}});
        QVERIFY(waitFor([&] { return received.size() == calls.load() + 1; }));
        int last = -1;
        for (qsizetype i = 0; i + 1 < received.size(); ++i) {
            QVERIFY(received[i].value("percent"_L1).toInt() >= last);
            last = received[i].value("percent"_L1).toInt();
        }
        QCOMPARE(last, 100);
        QCOMPARE(received.last().value("state"_L1).toString(), u"finished"_s);
        server.reset();
        QVERIFY(waitFor([&] { return ended > 0; }));
    }
};

QTEST_GUILESS_MAIN(TstJobs)
#include "tst_jobs.moc"
