// Snapshots under a live writer, and runs killed at every step: the properties a backup must keep
// when the world does not hold still. Drives real processes (rewindctl, a writer helper).

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

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;

class TstSnapshot : public QObject
{
    Q_OBJECT

private:
    QString m_ctl;
    QString m_writer;

    // A workspace with a "log" DB of `rows` records and a "counter" DB whose record 1 counts the log.
    static bool makeWorkspace(const DataDir &dir, int rows, qint64 *logId, qint64 *counterId)
    {
        auto conn = Production::create(dir, u"snapshot"_s, Clock::system());
        if (!conn)
            return false;
        QSqlDatabase db = conn.value()->db();
        SchemaEditor ed(db, Clock::system());
        *logId = ed.createDb(u"log"_s).value();
        *counterId = ed.createDb(u"counter"_s).value();
        FieldDef text;
        text.name = u"text"_s;
        FieldDef number;
        number.name = u"n"_s;
        number.type = FieldType::Number;
        if (!ed.addField(*logId, text).ok() || !ed.addField(*counterId, number).ok())
            return false;
        const Catalog c = Catalog::load(db).value();
        if (!db.transaction())
            return false;
        RecordWriter log(db, *c.db(*logId), Clock::system());
        for (int i = 0; i < rows; ++i) {
            if (auto r = log.insert({u"row %1 ………………………………………………"_s.arg(i)}); !r) {
                qWarning("%s", qPrintable(r.error().message));
                return false;
            }
        }
        RecordWriter counter(db, *c.db(*counterId), Clock::system());
        return counter.insert({rows}).ok() && db.commit();
    }

    QByteArray runCtl(const QStringList &args, int *exitCode, const QByteArray &fault = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!fault.isEmpty())
            env.insert(u"REWIND_FAULT"_s, QString::fromLatin1(fault));
        // Taking a generation is an administrator's right: the one makeWorkspace() set up.
        env.insert(u"REWIND_USER"_s, u"admin"_s);
        env.insert(u"REWIND_PASSWORD"_s, QString::fromLatin1(RewindTest::kTestAdminPassword));
        p.setProcessEnvironment(env);
        p.start(m_ctl, args);
        p.waitForFinished(120000);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        m_ctl = qEnvironmentVariable("REWINDCTL");
        m_writer = qEnvironmentVariable("REWIND_TEST_HELPER");
        QVERIFY2(QFile::exists(m_ctl), "REWINDCTL must name the rewindctl binary (set by ctest)");
        QVERIFY2(QFile::exists(m_writer), "REWIND_TEST_HELPER must name rewind_test_writer (set by ctest)");
    }

    void snapshotUnderLiveWriterIsOneInstant()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        qint64 logId = 0, counterId = 0;
        QVERIFY(makeWorkspace(dir, 100000, &logId, &counterId));
        const Catalog catalog = [&] {
            auto c = Production::open(dir, u"t"_s);
            return Catalog::load(c.value()->db()).value();
        }();
        const QString counterCol = catalog.db(counterId)->fields.first().column();

        QProcess writer;
        writer.start(m_writer, {tmp.path(), QString::number(logId), QString::number(counterId), u"2"_s, u"6"_s});
        QVERIFY(writer.waitForStarted());
        // Wait until the writer is committing.
        {
            auto conn = Production::open(dir, u"poll"_s);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QSqlQuery q(conn.value()->db());
                    return q.exec(u"SELECT count(*) FROM rec_%1"_s.arg(logId)) && q.next() &&
                           q.value(0).toInt() > 100005;
                }(),
                10000);
        }
        ManualClock clock(QDateTime(QDate(2026, 11, 2), QTime(2, 0)));
        int runs = 0;
        while (writer.state() == QProcess::Running && runs < 5) {
            auto gen = BackupRunner(dir, clock, Session::schedulerSession()).run();
            QVERIFY2(gen.ok(), gen.ok() ? "" : qPrintable(gen.error().message));
            ++runs;
            // In the generation, the counter equals the log's size: both come from one instant.
            SqliteFile f;
            QVERIFY(f.open(gen->path, SqliteFile::OpenMode::Immutable));
            qint64 count = 0, counter = 0;
            QVERIFY(f.queryInt("SELECT count(*) FROM rec_" + QByteArray::number(logId), &count));
            QVERIFY(f.queryInt("SELECT " + counterCol.toLatin1() + " FROM rec_" + QByteArray::number(counterId) +
                                   " WHERE rid = 1",
                               &counter));
            QCOMPARE(counter, count);
            QVERIFY(count > 100000);
            qint64 manifestCount = 0;
            for (const auto &d : gen->manifest->dbs) {
                if (d.id == logId)
                    manifestCount = d.records;
            }
            QCOMPARE(manifestCount, count);
            QVERIFY(GenerationStore(dir).verify(gen->slot, false).value().ok());
            clock.advanceSecs(24 * 3600);
        }
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(runs >= 2);
        qInfo("%d snapshots under the writer; writer reported: %s", runs,
              writer.readAllStandardOutput().trimmed().constData());
    }

    void killedAtEveryStepKeepsPreviousGeneration_data()
    {
        QTest::addColumn<QByteArray>("fault");
        for (const char *point : {"copied", "converted", "verified", "manifest", "synced"})
            QTest::newRow(point) << QByteArray(point) + ":abort";
    }
    void killedAtEveryStepKeepsPreviousGeneration()
    {
        QFETCH(QByteArray, fault);
        QTemporaryDir tmp;
        qint64 a = 0, b = 0;
        QVERIFY(makeWorkspace(DataDir(tmp.path()), 2000, &a, &b));
        QVERIFY(RewindTest::adminSession(DataDir(tmp.path())).userId != 0);
        int code = 0;
        const QByteArray out = runCtl({u"--data-dir"_s, tmp.path(), u"backup"_s, u"--json"_s}, &code);
        QCOMPARE(code, 0);
        const auto slot = weekdayFromKey(QJsonDocument::fromJson(out).object().value("slot"_L1).toString());
        QVERIFY(slot);
        const DataDir dir(tmp.path());
        const QByteArray before = RewindTest::fileHash(dir.slotPath(*slot));

        runCtl({u"--data-dir"_s, tmp.path(), u"backup"_s}, &code, fault);
        QCOMPARE(code, 137); // the process died mid-run
        QCOMPARE(RewindTest::fileHash(dir.slotPath(*slot)), before);
        QCOMPARE(runCtl({u"--data-dir"_s, tmp.path(), u"verify"_s, weekdayKey(*slot)}, &code).isEmpty(), false);
        QCOMPARE(code, 0);

        // The next run cleans up what the killed one left and publishes a new generation.
        runCtl({u"--data-dir"_s, tmp.path(), u"backup"_s}, &code);
        QCOMPARE(code, 0);
        QVERIFY(!QFile::exists(dir.partialPath(*slot)));
        QVERIFY(!QFile::exists(dir.root() + u"/backup.state"_s));
        runCtl({u"--data-dir"_s, tmp.path(), u"verify"_s, u"--all"_s}, &code);
        QCOMPARE(code, 0);
    }

    void killedAtRandomMomentsNeverDamagesTheSlot()
    {
        QTemporaryDir tmp;
        qint64 a = 0, b = 0;
        QVERIFY(makeWorkspace(DataDir(tmp.path()), 150000, &a, &b));
        QVERIFY(RewindTest::adminSession(DataDir(tmp.path())).userId != 0);
        const DataDir dir(tmp.path());
        int code = 0;
        const QByteArray out = runCtl({u"--data-dir"_s, tmp.path(), u"backup"_s, u"--json"_s}, &code);
        QCOMPARE(code, 0);
        const Weekday slot = *weekdayFromKey(QJsonDocument::fromJson(out).object().value("slot"_L1).toString());
        const qint64 fullRunMs = QJsonDocument::fromJson(out).object().value("durationMs"_L1).toInteger();
        QByteArray good = RewindTest::fileHash(dir.slotPath(slot));
        int killed = 0, finished = 0;
        for (int i = 0; i < 12; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"REWIND_USER"_s, u"admin"_s);
            env.insert(u"REWIND_PASSWORD"_s, QString::fromLatin1(RewindTest::kTestAdminPassword));
            p.setProcessEnvironment(env);
            p.start(m_ctl, {u"--data-dir"_s, tmp.path(), u"backup"_s});
            QVERIFY(p.waitForStarted());
            QTest::qSleep(int(QRandomGenerator::global()->bounded(qint64(20 + fullRunMs * 3 / 2))));
            p.kill();
            p.waitForFinished();
            const QByteArray now = RewindTest::fileHash(dir.slotPath(slot));
            if (now == good) {
                ++killed;
            } else {
                ++finished; // it completed before the kill: the new file must be a whole, verified generation
                good = now;
            }
            auto report = GenerationStore(dir).verify(slot, false);
            QVERIFY(report.ok());
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
        }
        qInfo("killed mid-run: %d, finished before the kill: %d", killed, finished);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TstSnapshot)
#include "tst_snapshot.moc"
