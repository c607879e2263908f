#include "TestSupport.h"

#include "backup/BackupRunner.h"
#include "backup/GenerationStore.h"
#include "sql/Connection.h"
#include "sql/SqliteFile.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QDir>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;

class TstGenerations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
    // Monday 2 November 2026, inside the backup window.
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(1, 0))};
    std::shared_ptr<ScopedConnection> m_prod;
    DbDef m_def;

    void addRecord(const QString &name)
    {
        RecordWriter w(m_prod->db(), m_def, m_clock);
        QVERIFY(w.insert({name}).ok());
    }
    Result<GenerationInfo> backup()
    {
        BackupRunner runner(*m_dir, m_clock, Session::schedulerSession());
        return runner.run();
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir = std::make_unique<DataDir>(m_tmp->path());
        m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(1, 0)));
        auto conn = Production::create(*m_dir, u"gen test"_s, m_clock);
        QVERIFY(conn.ok());
        m_prod = conn.value();
        SchemaEditor ed(m_prod->db(), m_clock);
        const qint64 id = ed.createDb(u"顧客"_s).value();
        FieldDef f;
        f.name = u"名前"_s;
        QVERIFY(ed.addField(id, f).ok());
        m_def = *Catalog::load(m_prod->db()).value().db(id);
        addRecord(u"最初"_s);
    }
    void cleanup()
    {
        qunsetenv("REWIND_FAULT");
        m_prod.reset();
        m_tmp.reset();
    }

    void slotsRotateOverTenDays()
    {
        QList<QDate> taken;
        for (int day = 0; day < 10; ++day) {
            addRecord(u"day %1"_s.arg(day));
            auto gen = backup();
            QVERIFY2(gen.ok(), gen.ok() ? "" : qPrintable(gen.error().message));
            QCOMPARE(gen->slot, weekdayOf(m_clock.now().date()));
            QCOMPARE(gen->state, SlotState::Ready);
            QCOMPARE(gen->manifest->takenAt, m_clock.now());
            QCOMPARE(gen->manifest->totalRecords(), qint64(day + 2));
            m_clock.advanceSecs(24 * 3600);
        }
        const QList<GenerationInfo> all = GenerationStore(*m_dir).list();
        QCOMPARE(all.size(), 7);
        // Mon–Wed were overwritten in the second week; Thu–Sun still hold the first week's runs.
        const QList<int> expectedDay = {9, 10, 11, 5, 6, 7, 8};
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(all[i].state, SlotState::Ready);
            QCOMPARE(all[i].manifest->takenAt.date(), QDate(2026, 11, expectedDay[i]));
            auto report = GenerationStore(*m_dir).verify(all[i].slot, true);
            QVERIFY(report.ok());
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
        }
    }

    void failedRunKeepsPreviousGeneration_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("after the copy") << QByteArray("copied:fail");
        QTest::newRow("after leaving WAL") << QByteArray("converted:fail");
        QTest::newRow("after verification") << QByteArray("verified:fail");
        QTest::newRow("after the manifest") << QByteArray("manifest:fail");
        QTest::newRow("before the rename") << QByteArray("synced:fail");
    }
    void failedRunKeepsPreviousGeneration()
    {
        QFETCH(QByteArray, fault);
        QVERIFY(backup().ok());
        const QString slotFile = m_dir->slotPath(Weekday::Mon);
        const QByteArray before = RewindTest::fileHash(slotFile);
        addRecord(u"new today"_s);
        m_clock.advanceSecs(3600);
        qputenv("REWIND_FAULT", fault);
        auto failed = backup();
        qunsetenv("REWIND_FAULT");
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QVERIFY(!failed.error().message.isEmpty());
        QCOMPARE(RewindTest::fileHash(slotFile), before);
        QVERIFY(!QFile::exists(m_dir->partialPath(Weekday::Mon)));
        auto report = GenerationStore(*m_dir).verify(Weekday::Mon, false);
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Mon).manifest->totalRecords(), qint64(1));
        // The next run succeeds and replaces it.
        QVERIFY(backup().ok());
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Mon).manifest->totalRecords(), qint64(2));
    }

    void cancelledRunKeepsPreviousGeneration()
    {
        QVERIFY(backup().ok());
        const QByteArray before = RewindTest::fileHash(m_dir->slotPath(Weekday::Mon));
        std::atomic_bool cancel = true;
        BackupRunner runner(*m_dir, m_clock, Session::schedulerSession());
        runner.setCancelFlag(&cancel);
        auto r = runner.run();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(RewindTest::fileHash(m_dir->slotPath(Weekday::Mon)), before);
        QVERIFY(!QFile::exists(m_dir->partialPath(Weekday::Mon)));
    }

    void generationsCannotBeWritten()
    {
        QVERIFY(backup().ok());
        const QString path = m_dir->slotPath(Weekday::Mon);
        const QByteArray before = RewindTest::fileHash(path);
        {
            auto conn = ScopedConnection::open(GenerationStore(*m_dir).connectionSpec(Weekday::Mon), u"ro"_s);
            QVERIFY(conn.ok());
            QSqlQuery q(conn.value()->db());
            QVERIFY(q.exec(u"SELECT count(*) FROM %1"_s.arg(m_def.table())));
            QVERIFY(!q.exec(u"INSERT INTO %1(created_at, updated_at) VALUES (1, 1)"_s.arg(m_def.table())));
            QCOMPARE(Sql::error(q.lastError(), u"x"_s).code, ErrorCode::ReadOnly);
            // Even with query_only switched off, the connection itself was opened read-only.
            QVERIFY(q.exec(u"PRAGMA query_only=0"_s));
            QVERIFY(!q.exec(u"DELETE FROM %1"_s.arg(m_def.table())));
            QVERIFY(!q.exec(u"CREATE TABLE x(a)"_s));
        }
        SqliteFile raw;
        QVERIFY(raw.open(path, SqliteFile::OpenMode::Immutable));
        QVERIFY(!raw.exec("UPDATE rw_db SET name = 'x'"));
        raw.close();
        QCOMPARE(RewindTest::fileHash(path), before);
    }

    void verifyFindsDamage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("flipped bytes in a record page") << u"flip"_s;
        QTest::newRow("truncated file") << u"truncate"_s;
        QTest::newRow("another slot's file") << u"swap"_s;
        QTest::newRow("not a database") << u"garbage"_s;
    }
    void verifyFindsDamage()
    {
        QFETCH(QString, damage);
        for (int i = 0; i < 2000; ++i)
            addRecord(u"record %1 with some text to fill pages"_s.arg(i));
        QVERIFY(backup().ok());
        m_clock.advanceSecs(24 * 3600);
        QVERIFY(backup().ok()); // Tuesday
        const QString mon = m_dir->slotPath(Weekday::Mon);
        if (damage == "flip"_L1) {
            // Change bytes inside the last pages (record data), keeping the file readable as SQLite.
            QFile f(mon);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            f.seek(size / 2 + 100);
            QByteArray chunk = f.read(64);
            for (auto &c : chunk)
                c = char(c ^ 0x5a);
            f.seek(size / 2 + 100);
            f.write(chunk);
        } else if (damage == "truncate"_L1) {
            QFile f(mon);
            QVERIFY(f.resize(f.size() / 2));
        } else if (damage == "swap"_L1) {
            QVERIFY(QFile::remove(mon));
            QVERIFY(QFile::copy(m_dir->slotPath(Weekday::Tue), mon));
        } else {
            QFile f(mon);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(8192, 'x'));
        }
        auto report = GenerationStore(*m_dir).verify(Weekday::Mon, true);
        QVERIFY(report.ok());
        QVERIFY2(!report->ok(), "damage went unnoticed");
        QVERIFY(!report->problems.first().isEmpty());
        if (damage != "flip"_L1) {
            const GenerationInfo info = GenerationStore(*m_dir).info(Weekday::Mon);
            QCOMPARE(info.state, SlotState::Damaged);
            QVERIFY(!info.problem.isEmpty());
        }
        // Tuesday is untouched.
        QVERIFY(GenerationStore(*m_dir).verify(Weekday::Tue, false).value().ok());
    }

    void emptySlotAndMissingProductionAreClearErrors()
    {
        auto v = GenerationStore(*m_dir).verify(Weekday::Fri, false);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::NotFound);
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Fri).state, SlotState::Empty);
        QTemporaryDir empty;
        auto r = BackupRunner(DataDir(empty.path()), m_clock, Session::schedulerSession()).run();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(u"rewindctl"_s));
    }

    void secondRunWhileOneIsActiveIsRefused()
    {
        QLockFile held(m_dir->backupLockPath());
        QVERIFY(held.tryLock(0));
        auto r = backup();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Busy);
        held.unlock();
        QVERIFY(backup().ok());
    }

    void slotBeingWrittenIsShownAsWriting()
    {
        QVERIFY(backup().ok()); // Monday has a generation
        QLockFile held(m_dir->backupLockPath());
        QVERIFY(held.tryLock(0)); // a live process (this one) holds the run lock …
        QFile state(m_dir->root() + u"/backup.state"_s);
        QVERIFY(state.open(QIODevice::WriteOnly));
        state.write(R"({"slot":"mon","startedAt":"2026-11-09T01:00:00","pid":1})");
        state.close();
        const GenerationStore store(*m_dir);
        QCOMPARE(store.slotBeingWritten(), std::optional<Weekday>(Weekday::Mon));
        QCOMPARE(store.info(Weekday::Mon).state, SlotState::Writing);
        QCOMPARE(store.info(Weekday::Tue).state, SlotState::Empty);
        // … and leftovers of the run are not touched while it is alive.
        QFile partial(m_dir->partialPath(Weekday::Mon));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.close();
        store.cleanLeftovers();
        QVERIFY(QFile::exists(m_dir->partialPath(Weekday::Mon)));
        held.unlock();
        QCOMPARE(store.info(Weekday::Mon).state, SlotState::Ready);
    }

    void leftoversAreCleanedOnNextStart()
    {
        QVERIFY(QDir().mkpath(m_dir->generationsDir()));
        for (const QString &path :
             QStringList{m_dir->partialPath(Weekday::Thu), m_dir->partialPath(Weekday::Thu) + u"-journal"_s}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a file");
        }
        GenerationStore(*m_dir).cleanLeftovers();
        QVERIFY(!QFile::exists(m_dir->partialPath(Weekday::Thu)));
        QVERIFY(!QFile::exists(m_dir->partialPath(Weekday::Thu) + u"-journal"_s));
        QCOMPARE(GenerationStore(*m_dir).info(Weekday::Thu).state, SlotState::Empty);
    }
};

QTEST_GUILESS_MAIN(TstGenerations)
#include "tst_generations.moc"
