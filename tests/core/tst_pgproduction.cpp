// Production on a real PostgreSQL server: the private cluster tests/pg/cluster starts on loopback (ctest's
// fixture "pg" starts it before and stops it after, also when tests fail). Each test gets its own database.
#include "TestSupport.h"

#include "backup/BackupRunner.h"
#include "backup/BackupWindow.h"
#include "backup/GenerationStore.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "pg/PgConn.h"
#include "pg/PgTarget.h"
#include "pg/PgWorkingCopy.h"
#include "pg/PgWorkspaceCopy.h"
#include "sql/SqliteFile.h"
#include "workspace/Production.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <thread>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
// A Monday: the generation runs below land in the "mon" slot.
const QDateTime kMonday(QDate(2026, 11, 16), QTime(21, 0), Qt::UTC);

struct Run
{
    int exitCode = -1;
    QString out, err;
};
} // namespace

class TstPgProduction : public QObject
{
    Q_OBJECT

    QString m_host, m_port, m_user;
    QTemporaryDir m_tmp;
    int m_databases = 0;

    // postgresql://rewind_admin@127.0.0.1:PORT/NAME
    QString url(const QString &db) const { return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host, m_port, db); }

    // A fresh, empty database on the test cluster.
    QString newDatabase()
    {
        const QString name = u"t%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_databases);
        auto admin = PgConn::open(*PgTarget::parse(url(u"postgres"_s)), u"test"_s);
        if (!admin) {
            qWarning("%s", qPrintable(admin.error().message));
            return {};
        }
        if (!(*admin)->exec("CREATE DATABASE " + name.toUtf8(), u"create"_s))
            return {};
        return name;
    }

    std::unique_ptr<PgConn> connect(const QString &db)
    {
        auto conn = PgConn::open(*PgTarget::parse(url(db)), u"test"_s);
        return conn ? std::move(conn).value() : nullptr;
    }

    Run ctl(const QString &dataDir, const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        QProcessEnvironment e = env;
        e.insert(u"REWIND_LANG"_s, u"en"_s);
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("REWINDCTL"), QStringList{u"--data-dir"_s, dataDir} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // The demo week on SQLite in `root`, then production moved into a new database, which the data directory
    // then names (as `rewindctl demo --production` leaves it); returns its address.
    QString demoInPostgres(const QString &root, qint64 records)
    {
        DataDir::setProductionOverride({});
        if (!RewindTest::buildDemo(root, records, 11))
            return {};
        const QString db = newDatabase();
        if (db.isEmpty())
            return {};
        auto moved = PgWorkspaceCopy::fromSqlite(DataDir(root).productionPath(), *PgTarget::parse(url(db)));
        if (!moved) {
            qWarning("%s", qPrintable(moved.error().message));
            return {};
        }
        QFile::remove(DataDir(root).productionPath());
        QFile file(DataDir(root).productionUrlPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(url(db).toUtf8()) < 0)
            return {};
        return url(db);
    }

    // Every row of `table` as text, with SQLite's storage class, in rowid order.
    static QStringList dump(SqliteFile &file, const QByteArray &table)
    {
        QStringList rows;
        SqliteStatement st(file, "SELECT * FROM " + table + " ORDER BY 1");
        while (st.isValid() && sqlite3_step(st.get()) == SQLITE_ROW) {
            QString row;
            for (int c = 0; c < sqlite3_column_count(st.get()); ++c) {
                row += QString::number(sqlite3_column_type(st.get(), c)) + u':' +
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c))) + u'|';
            }
            rows.append(row);
        }
        return rows;
    }

    static QList<std::pair<QString, QString>> schemaOf(SqliteFile &file)
    {
        QList<std::pair<QString, QString>> out;
        SqliteStatement st(file, "SELECT name, sql FROM sqlite_master WHERE name NOT IN ('sqlite_sequence', "
                                 "'rw_manifest') AND name NOT LIKE 'sqlite_autoindex_rw_manifest%' ORDER BY name");
        while (st.isValid() && sqlite3_step(st.get()) == SQLITE_ROW)
            out.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0))),
                        QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1)))});
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString state = qEnvironmentVariable("REWIND_TEST_PG_STATE");
        QFile env(state + u"/env"_s);
        QVERIFY2(env.open(QIODevice::ReadOnly),
                 qPrintable(u"No test cluster at %1: ctest starts it (fixture \"pg\"); by hand run "
                            "tests/pg/cluster start DIR and set REWIND_TEST_PG_STATE=DIR."_s.arg(state)));
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QByteArray kv = line.mid(line.indexOf(' ') + 1);
            const QByteArray key = kv.left(kv.indexOf('=')), value = kv.mid(kv.indexOf('=') + 1);
            if (key.startsWith("PG"))
                qputenv(key.constData(), value);
        }
        m_host = qEnvironmentVariable("PGHOST");
        m_port = qEnvironmentVariable("PGPORT");
        m_user = qEnvironmentVariable("PGUSER");
        QVERIFY(!m_port.isEmpty());
    }

    void cleanup() { DataDir::setProductionOverride({}); }

    void addressesAreCheckedAndCarryNoPassword()
    {
        auto ok = PgTarget::parse(u"postgresql://team@db.example:6543/sales?sslmode=require"_s);
        VERIFY_OK(ok);
        QCOMPARE(ok->user, u"team"_s);
        QCOMPARE(ok->host, u"db.example"_s);
        QCOMPARE(ok->port, 6543);
        QCOMPARE(ok->dbname, u"sales"_s);
        QCOMPARE(ok->url(), u"postgresql://team@db.example:6543/sales?sslmode=require"_s);
        QVERIFY(ok->conninfo(u"x"_s, true).contains("default_transaction_read_only=on"));

        auto withPassword = PgTarget::parse(u"postgresql://team:secret@db.example/sales"_s);
        QVERIFY(!withPassword);
        QVERIFY(withPassword.error().message.contains(u"PGPASSWORD"_s));
        QVERIFY(!withPassword.error().message.contains(u"secret"_s)); // not even in the refusal
        QVERIFY(!PgTarget::parse(u"postgresql://team@db.example/sales?password=x"_s));
        QVERIFY(!PgTarget::parse(u"postgresql://team@db.example/"_s));
        QVERIFY(!PgTarget::parse(u"mysql://team@db.example/sales"_s));
        QVERIFY(!PgTarget::parse(u"postgresql://team@db.example/sales?options=-cfoo"_s));

        // rewindctl: a usage error (exit 2) that says why, for a password in the address.
        const Run r = ctl(m_tmp.filePath(u"addr"_s),
                          {u"--production"_s, u"postgresql://a:hunter2@127.0.0.1/x"_s, u"generations"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"PGPASSWORD"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"hunter2"_s));
    }

    void copyTextRowsRoundTrip()
    {
        // COPY's text format, both ways: tabs, newlines, backslashes and a lone "\N"-looking text survive.
        const QList<QByteArray> values = {"plain", "tab\there", "line\nbreak\r", "back\\slash", "\\N", "", "日本語"};
        QByteArray row;
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                row += '\t';
            PgText::appendField(row, values[i].constData(), values[i].size());
        }
        row += "\t\\N";
        QList<std::pair<const char *, int>> parts;
        QList<bool> nulls;
        QVERIFY(PgText::splitRow(row, parts, nulls));
        QCOMPARE(parts.size(), values.size() + 1);
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(QByteArray(parts[i].first, parts[i].second), values[i]);
            QVERIFY(!nulls[i]);
        }
        QVERIFY(nulls.last());
        QByteArray octal = "\\101\\x42\\1";
        QVERIFY(PgText::splitRow(octal, parts, nulls));
        QCOMPARE(QByteArray(parts[0].first, parts[0].second), QByteArray("AB\x01"));
        QVERIFY(!nulls[0]);
    }

    void initCreatesTheWorkspaceInAnEmptyDatabase()
    {
        const QString db = newDatabase();
        QVERIFY(!db.isEmpty());
        const QString dir = m_tmp.filePath(u"init"_s);
        Run r = ctl(dir, {u"--production"_s, url(db), u"init"_s, u"--user"_s, u"boss"_s, u"--password-stdin"_s},
                    "a-long-enough-password\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(url(db)), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(DataDir(dir).productionPath())); // no SQLite production besides it
        QFile remembered(DataDir(dir).productionUrlPath());
        QVERIFY(remembered.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(remembered.readAll()).trimmed(), url(db));

        auto conn = connect(db);
        QVERIFY(conn);
        auto version = conn->scalar("SELECT value FROM rewind.rw_meta WHERE key = 'schema_version'", {}, u"t"_s);
        VERIFY_OK(version);
        QCOMPARE(*version, u"1"_s);
        auto users = conn->query("SELECT login, role, primary_contact FROM rewind.rw_user", {}, u"t"_s);
        VERIFY_OK(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first(), (QStringList{u"boss"_s, u"admin"_s, u"1"_s}));
        auto hash = conn->scalar("SELECT password_hash FROM rewind.rw_user", {}, u"t"_s);
        QVERIFY(hash->startsWith(u"$argon2id$"_s)); // the slow KDF, as on SQLite

        // Later commands find production without --production; login works against PostgreSQL, case-blind.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_PASSWORD"_s, u"a-long-enough-password"_s);
        r = ctl(dir, {u"generations"_s, u"--user"_s, u"BOSS"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A second init is refused and says where the workspace is.
        r = ctl(m_tmp.filePath(u"init2"_s),
                {u"--production"_s, url(db), u"init"_s, u"--user"_s, u"other"_s, u"--password-stdin"_s},
                "a-long-enough-password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already holds"_s) || r.err.contains(u"already"_s), qPrintable(r.err));
    }

    void generationHasTheSqliteLayout()
    {
        // The same workspace twice: one data directory keeps its SQLite production, the other moves it into
        // PostgreSQL. Both take Monday's generation; the files hold the same tables, statements and rows.
        const QString a = m_tmp.filePath(u"layout-sqlite"_s), b = m_tmp.filePath(u"layout-pg"_s);
        QVERIFY(RewindTest::buildDemo(a, 3000, 11));
        QVERIFY(RewindTest::copyFolder(a, b));
        const QString db = newDatabase();
        auto moved = PgWorkspaceCopy::fromSqlite(DataDir(b).productionPath(), *PgTarget::parse(url(db)));
        VERIFY_OK(moved);
        QFile::remove(DataDir(b).productionPath());
        QFile urlFile(DataDir(b).productionUrlPath());
        QVERIFY(urlFile.open(QIODevice::WriteOnly));
        urlFile.write(url(db).toUtf8());
        urlFile.close();
        QVERIFY(DataDir(b).isPostgres());

        ManualClock clock(kMonday);
        const Session adminA = RewindTest::adminSession(DataDir(a));
        const Session adminB = RewindTest::adminSession(DataDir(b)); // login against PostgreSQL
        QVERIFY(adminB.userId > 0);
        auto genA = BackupRunner(DataDir(a), clock, adminA).run();
        VERIFY_OK(genA);
        auto genB = BackupRunner(DataDir(b), clock, adminB).run();
        VERIFY_OK(genB);
        QCOMPARE(genB->slot, Weekday::Mon);
        QCOMPARE(genB->manifest->sourceEngine, u"postgresql"_s);
        QCOMPARE(genB->manifest->sourcePath, url(db));
        QCOMPARE(genB->manifest->totalRecords(), genA->manifest->totalRecords());
        QCOMPARE(genB->manifest->workspaceId, genA->manifest->workspaceId);
        for (int i = 0; i < genA->manifest->dbs.size(); ++i) {
            QCOMPARE(genB->manifest->dbs[i].name, genA->manifest->dbs[i].name);
            QCOMPARE(genB->manifest->dbs[i].records, genA->manifest->dbs[i].records);
        }

        SqliteFile fa, fb;
        QVERIFY(fa.open(DataDir(a).slotPath(Weekday::Mon), SqliteFile::OpenMode::Immutable));
        QVERIFY(fb.open(DataDir(b).slotPath(Weekday::Mon), SqliteFile::OpenMode::Immutable));
        const auto schemaA = schemaOf(fa), schemaB = schemaOf(fb);
        QCOMPARE(schemaB.size(), schemaA.size());
        for (int i = 0; i < schemaA.size(); ++i) {
            QCOMPARE(schemaB[i].first, schemaA[i].first);
            // ALTER TABLE … ADD COLUMN leaves its own spacing in the stored statement: compare without it.
            QCOMPARE(schemaB[i].second.simplified().remove(u' '), schemaA[i].second.simplified().remove(u' '));
        }
        int tables = 0;
        for (const auto &[name, sql] : schemaA) {
            if (!sql.startsWith(u"CREATE TABLE"_s))
                continue;
            ++tables;
            const QStringList rowsA = dump(fa, name.toUtf8()), rowsB = dump(fb, name.toUtf8());
            QCOMPARE(rowsB.size(), rowsA.size());
            for (int r = 0; r < rowsA.size(); ++r)
                QCOMPARE(rowsB[r], rowsA[r]);
        }
        QVERIFY(tables > 8);

        // verify (rewindctl) passes, and the console's generation list shows it as healthy.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_PASSWORD"_s, QString::fromUtf8(kDemoUsers[0].password));
        const Run r = ctl(b, {u"verify"_s, u"mon"_s, u"--user"_s, u"admin"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(GenerationStore(DataDir(b)).info(Weekday::Mon).state, SlotState::Ready);
    }

    void snapshotIsConsistentWhileWritersCommit()
    {
        // A writer keeps moving one record from one DB to another, each move one transaction: the two DBs'
        // counts always sum to the same number. A generation taken meanwhile must show a sum equal to it.
        const QString root = m_tmp.filePath(u"snapshot"_s);
        const QString address = demoInPostgres(root, 20000);
        QVERIFY(!address.isEmpty());
        const QString db = address.section(u'/', -1);
        auto writer = connect(db);
        QVERIFY(writer);
        // From the DB with the most records (so it does not run dry however slow the run is) to another.
        auto tables = writer->query("SELECT id FROM rewind.rw_db ORDER BY id", {}, u"t"_s);
        VERIFY_OK(tables);
        QVERIFY(tables->size() >= 2);
        QByteArray from, to;
        qint64 most = -1;
        for (const QStringList &r : *tables) {
            const QByteArray t = "rewind.rec_" + r.at(0).toUtf8();
            const qint64 n = writer->scalar("SELECT count(*) FROM " + t, {}, u"t"_s)->toLongLong();
            if (n > most) {
                if (!from.isEmpty())
                    to = from;
                from = t, most = n;
            } else if (to.isEmpty()) {
                to = t;
            }
        }
        auto sum = writer->scalar("SELECT (SELECT count(*) FROM " + from + ") + (SELECT count(*) FROM " + to + ")", {},
                                  u"t"_s);
        VERIFY_OK(sum);
        const qint64 invariant = sum->toLongLong();

        std::atomic_bool stop = false;
        std::atomic<int> commits = 0;
        std::thread moving([&] {
            while (!stop.load()) {
                // One statement, one transaction: a record leaves `from` exactly when one arrives in `to`.
                const QByteArray sql = "WITH d AS (DELETE FROM " + from + " WHERE rid = (SELECT min(rid) FROM " + from +
                                       ") RETURNING 1) INSERT INTO " + to +
                                       "(created_at, updated_at) SELECT 1, 1 FROM d";
                if (!writer->exec(sql, u"move"_s))
                    break;
                ++commits;
            }
        });
        DataDir::setProductionOverride(address);
        const Session admin = RewindTest::adminSession(DataDir(root));
        ManualClock clock(kMonday);
        BackupRunner runner(DataDir(root), clock, admin);
        std::atomic<int> commitsAtCopy = -1;
        runner.setProgress([&](int percent, const QString &) {
            if (percent > 0 && commitsAtCopy.load() < 0)
                commitsAtCopy = commits.load();
        });
        const int before = commits.load();
        auto gen = runner.run();
        const int after = commits.load();
        stop = true;
        moving.join();
        VERIFY_OK(gen);
        // The writer was never blocked: it kept committing while the copy ran.
        QVERIFY2(after > before, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));

        SqliteFile file;
        QVERIFY(file.open(DataDir(root).slotPath(Weekday::Mon), SqliteFile::OpenMode::Immutable));
        qint64 a = 0, b = 0;
        QVERIFY(file.queryInt("SELECT count(*) FROM " + from.mid(7), &a));
        QVERIFY(file.queryInt("SELECT count(*) FROM " + to.mid(7), &b));
        QCOMPARE(a + b, invariant);
        auto now = writer->scalar("SELECT count(*) FROM " + to, {}, u"t"_s);
        QVERIFY(now->toLongLong() > b); // production moved on after the snapshot
    }

    void lockIsSeenFromAnotherMachine()
    {
        // Two data directories (two machines) on one PostgreSQL production: a run holding the database's lock
        // on one is seen by the other, which refuses to write production or start its own run.
        const QString one = m_tmp.filePath(u"lock-one"_s);
        const QString address = demoInPostgres(one, 500);
        QVERIFY(!address.isEmpty());
        const QString two = m_tmp.filePath(u"lock-two"_s);
        QVERIFY(QDir().mkpath(two));
        QFile f(DataDir(two).productionUrlPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(address.toUtf8());
        f.close();

        QVERIFY(!BackupWindow::currentRun(DataDir(two)));
        auto held = BackupWindow::lockPostgres(DataDir(one), Weekday::Wed, kMonday, u"alice"_s);
        VERIFY_OK(held);
        const auto seen = BackupWindow::currentRun(DataDir(two));
        QVERIFY(seen);
        QCOMPARE(*seen->slot, Weekday::Wed);
        QCOMPARE(seen->startedAt, kMonday);
        const Status refused = BackupWindow::refuseDuringRun(DataDir(two), u"Deleting all records"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        QVERIFY(refused.error().message.contains(u"Deleting all records"_s));

        // A second run on the other machine is refused, naming the run; the slot there stays empty.
        const Session admin = RewindTest::adminSession(DataDir(two));
        ManualClock clock(kMonday);
        auto second = BackupRunner(DataDir(two), clock, admin).run();
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::Busy);
        QVERIFY2(second.error().message.contains(u"alice"_s), qPrintable(second.error().message));
        QVERIFY(!QFileInfo::exists(DataDir(two).slotPath(Weekday::Mon)));

        // The lock goes with its connection: a killed run holds nothing.
        held->reset();
        QVERIFY(!BackupWindow::currentRun(DataDir(two)));
        VERIFY_OK(BackupRunner(DataDir(two), clock, admin).run());
    }

    void connectionLostMidRunKeepsTheSlot()
    {
        const QString root = m_tmp.filePath(u"cut"_s);
        const QString address = demoInPostgres(root, 40000);
        QVERIFY(!address.isEmpty());
        DataDir::setProductionOverride(address);
        const DataDir dir(root);
        const Session admin = RewindTest::adminSession(dir);
        ManualClock clock(kMonday);
        VERIFY_OK(BackupRunner(dir, clock, admin).run());
        const QByteArray before = RewindTest::fileHash(dir.slotPath(Weekday::Mon));

        // The server ends the run's connection once the copy is under way (as a restart or a network cut would).
        auto killer = connect(u"postgres"_s);
        QVERIFY(killer);
        BackupRunner runner(dir, clock, admin);
        bool cut = false;
        runner.setProgress([&](int percent, const QString &) {
            if (percent > 0 && !cut) {
                cut = true;
                // Only this test's database: other suites share the cluster and copy production too.
                QVERIFY(killer->exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                     "application_name = 'rewind-generation' AND datname = '" +
                                         PgTarget::parse(address)->dbname.toUtf8() + "'",
                                     u"cut"_s));
            }
        });
        auto failed = runner.run();
        QVERIFY(cut);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Io);
        QVERIFY2(failed.error().message.contains(u"connection"_s) && failed.error().message.contains(u"kept"_s),
                 qPrintable(failed.error().message));
        QCOMPARE(RewindTest::fileHash(dir.slotPath(Weekday::Mon)), before);
        QVERIFY(!QFileInfo::exists(dir.partialPath(Weekday::Mon)));
        auto latest = HistoryStore(dir).latest();
        QVERIFY(latest && latest->has_value());
        QCOMPARE(latest.value()->kind, QString::fromLatin1(HistoryKind::GenerationFailed));
        QCOMPARE(GenerationStore(dir).info(Weekday::Mon).state, SlotState::Ready);
    }

    void errorsSayWhatIsWrong()
    {
        const Session nobody;
        ManualClock clock(kMonday);
        const QString dir = m_tmp.filePath(u"errors"_s);

        // Server down: a port nothing listens on.
        DataDir::setProductionOverride(u"postgresql://%1@127.0.0.1:1/x"_s.arg(m_user));
        auto down = Production::open(DataDir(dir), u"t"_s);
        QVERIFY(!down);
        QCOMPARE(down.error().code, ErrorCode::Io);
        QVERIFY2(down.error().message.contains(u"Cannot reach the PostgreSQL server at 127.0.0.1:1"_s),
                 qPrintable(down.error().message));

        // A database that does not exist.
        DataDir::setProductionOverride(url(u"no_such_db"_s));
        auto missing = Production::open(DataDir(dir), u"t"_s);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"\"no_such_db\" does not exist"_s),
                 qPrintable(missing.error().message));

        // A database without the Rewind schema.
        const QString empty = newDatabase();
        DataDir::setProductionOverride(url(empty));
        auto bare = Production::open(DataDir(dir), u"t"_s);
        QVERIFY(!bare);
        QCOMPARE(bare.error().code, ErrorCode::NotFound);
        QVERIFY2(bare.error().message.contains(u"rewindctl init --production"_s), qPrintable(bare.error().message));

        // A workspace of a newer layout.
        const QString root = m_tmp.filePath(u"newer"_s);
        const QString address = demoInPostgres(root, 300);
        QVERIFY(!address.isEmpty());
        auto conn = connect(address.section(u'/', -1));
        QVERIFY(conn->exec("UPDATE rewind.rw_meta SET value = '99' WHERE key = 'schema_version'", u"t"_s));
        DataDir::setProductionOverride(address);
        auto newer = Production::open(DataDir(root), u"t"_s);
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::Unsupported);
        QVERIFY2(newer.error().message.contains(u"version 99"_s), qPrintable(newer.error().message));
        QVERIFY(conn->exec("UPDATE rewind.rw_meta SET value = '1' WHERE key = 'schema_version'", u"t"_s));

        // Wrong password, and a login without privileges on the schema.
        QVERIFY(conn->exec("DROP ROLE IF EXISTS rw_outsider; CREATE ROLE rw_outsider LOGIN PASSWORD 'outsider-pw'",
                           u"t"_s));
        const QString outsider = u"postgresql://rw_outsider@%1:%2/%3"_s.arg(m_host, m_port, address.section(u'/', -1));
        const QByteArray realPassword = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "not-the-password");
        DataDir::setProductionOverride(outsider);
        auto wrong = Production::open(DataDir(root), u"t"_s);
        qputenv("PGPASSWORD", "outsider-pw");
        auto denied = PgWorkspaceCopy::toSqlite(*PgTarget::parse(outsider), *std::make_unique<SqliteFile>());
        auto deniedOpen = Production::open(DataDir(root), u"t"_s);
        qputenv("PGPASSWORD", realPassword);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(u"refused the password of user \"rw_outsider\""_s),
                 qPrintable(wrong.error().message));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, ErrorCode::ReadOnly);
        QVERIFY2(denied.error().message.contains(u"permission denied"_s), qPrintable(denied.error().message));
        QVERIFY(!deniedOpen);
        QVERIFY2(deniedOpen.error().message.contains(u"permission denied"_s), qPrintable(deniedOpen.error().message));
    }

    // A working copy's commit never overwrites what someone else committed meanwhile: a record changed on
    // both sides, or a new ID taken by another writer, fails the whole commit and leaves production as the
    // other writer left it. Without a conflict the same kind of change goes through.
    void workingCopyCommitRefusesConcurrentChanges()
    {
        const QString root = m_tmp.filePath(u"conflict"_s);
        const QString address = demoInPostgres(root, 600);
        QVERIFY(!address.isEmpty());
        const DataDir dir(root);
        auto other = connect(PgTarget::parse(address)->dbname);
        QVERIFY(other);
        const PgWorkspaceCopy::Selection customers{false, {1}, false, false};
        auto firstRid = other->scalar("SELECT min(rid) FROM rec_1", {}, u"t"_s);
        QVERIFY(firstRid.ok());
        const QByteArray rid = firstRid->toUtf8();

        // The same record changed here and there.
        {
            auto copy = PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Write, customers);
            VERIFY_OK(copy);
            QVERIFY((*copy)->file().exec("UPDATE rec_1 SET f1 = 'mine' WHERE rid = " + rid));
            QVERIFY((*copy)->file().exec("INSERT INTO rec_1(created_at, updated_at, search, f1) VALUES (0, 0, '', "
                                         "'also mine')"));
            QVERIFY(other->exec("UPDATE rec_1 SET f1 = 'theirs' WHERE rid = " + rid, u"t"_s).ok());
            const Status st = (*copy)->commit(u"Test"_s);
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::Busy);
            QVERIFY2(st.error().message.contains(u"someone else changed"_s), qPrintable(st.error().message));
        }
        QCOMPARE(other->scalar("SELECT f1 FROM rec_1 WHERE rid = " + rid, {}, u"t"_s).value(), u"theirs"_s);
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE f1 = 'also mine'", {}, u"t"_s).value(), u"0"_s);

        // A record changed here and deleted there is not brought back.
        auto secondRid = other->scalar("SELECT min(rid) FROM rec_1 WHERE rid > " + rid, {}, u"t"_s);
        QVERIFY(secondRid.ok());
        const QByteArray rid2 = secondRid->toUtf8();
        {
            auto copy = PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Write, customers);
            VERIFY_OK(copy);
            QVERIFY((*copy)->file().exec("UPDATE rec_1 SET f1 = 'mine' WHERE rid = " + rid2));
            QVERIFY(other->exec("DELETE FROM rec_1 WHERE rid = " + rid2, u"t"_s).ok());
            const Status st = (*copy)->commit(u"Test"_s);
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::Busy);
        }
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE rid = " + rid2, {}, u"t"_s).value(), u"0"_s);

        // A new record here, and another writer takes the same next ID first.
        {
            auto copy = PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Write, customers);
            VERIFY_OK(copy);
            QVERIFY((*copy)->file().exec("INSERT INTO rec_1(created_at, updated_at, search, f1) VALUES (0, 0, '', "
                                         "'new here')"));
            QVERIFY(other
                        ->exec("INSERT INTO rec_1(created_at, updated_at, search, f1) VALUES (0, 0, '', 'new there')",
                               u"t"_s)
                        .ok());
            const Status st = (*copy)->commit(u"Test"_s);
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::Busy);
        }
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE f1 = 'new here'", {}, u"t"_s).value(), u"0"_s);
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE f1 = 'new there'", {}, u"t"_s).value(), u"1"_s);

        // No one else: a change, a new record and a removal all arrive, and the ID sequence moves past the new one.
        {
            auto copy = PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Write, customers);
            VERIFY_OK(copy);
            QVERIFY((*copy)->file().exec("UPDATE rec_1 SET f1 = 'mine again' WHERE rid = " + rid));
            QVERIFY((*copy)->file().exec("INSERT INTO rec_1(created_at, updated_at, search, f1) VALUES (0, 0, '', "
                                         "'new and kept')"));
            QVERIFY((*copy)->file().exec("DELETE FROM rec_1 WHERE f1 = 'new there'"));
            qint64 sent = 0;
            const Status st = (*copy)->commit(u"Test"_s, &sent);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            QCOMPARE(sent, qint64(3));
        }
        QCOMPARE(other->scalar("SELECT f1 FROM rec_1 WHERE rid = " + rid, {}, u"t"_s).value(), u"mine again"_s);
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE f1 = 'new there'", {}, u"t"_s).value(), u"0"_s);
        QCOMPARE(other->scalar("SELECT count(*) FROM rec_1 WHERE f1 = 'new and kept'", {}, u"t"_s).value(), u"1"_s);
        QVERIFY(other->exec("INSERT INTO rec_1(created_at, updated_at, search) VALUES (0, 0, '')", u"t"_s).ok());
    }

    // Undo on PostgreSQL: going back to the oldest restore point works although taking the "before" one
    // pushes it out of the kept ten; and the rebuild waits for a copy of production that is still reading.
    void undoToTheOldestRestorePointAndWaitForReaders()
    {
        const QString root = m_tmp.filePath(u"undo"_s);
        const QString address = demoInPostgres(root, 400);
        QVERIFY(!address.isEmpty());
        const DataDir dir(root);
        const Session admin = RewindTest::adminSession(dir);
        auto other = connect(PgTarget::parse(address)->dbname);
        QVERIFY(other);
        RestorePointStore store(dir);
        QDateTime at(QDate(2026, 11, 21), QTime(9, 0));
        auto oldest = store.create(u"oldest"_s, at, Right::EditRecords);
        VERIFY_OK(oldest);
        const QByteArray before = RewindTest::productionState(dir);
        QVERIFY(other->exec("DELETE FROM rec_1", u"t"_s).ok());
        for (int i = 1; i < RestorePointStore::kKeep; ++i)
            VERIFY_OK(store.create(u"later"_s, at.addSecs(i), Right::EditRecords));
        QCOMPARE(store.list()->size(), RestorePointStore::kKeep);

        // A reader holds a snapshot: the undo waits for it.
        auto reader =
            PgWorkingCopy::open(dir, PgWorkingCopy::Mode::Write, PgWorkspaceCopy::Selection{false, {1}, false, false});
        VERIFY_OK(reader);
        std::atomic_bool done = false;
        Status undone;
        std::thread undo([&] {
            undone = store.restore(oldest->id, admin);
            done = true;
        });
        QTest::qWait(1500);
        const bool waited = !done.load();
        (*reader)->rollback();
        reader->reset();
        undo.join();
        QVERIFY2(waited, "the undo did not wait for the reader");
        QVERIFY2(undone.ok(), undone.ok() ? "" : qPrintable(undone.error().message));
        QCOMPARE(RewindTest::productionState(dir), before);
    }

    // rewindctl connection: look, move an SQLite production into an empty database, follow the same workspace
    // to a new address, and refuse a database that holds another workspace.
    void connectionCommandMovesAndSwitches()
    {
        const QString root = m_tmp.filePath(u"conn"_s);
        DataDir::setProductionOverride({});
        QVERIFY(RewindTest::buildDemo(root, 600, 21));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_USER"_s, u"admin"_s);
        env.insert(u"REWIND_PASSWORD"_s, QString::fromUtf8(kDemoUsers[0].password));
        const QString empty = newDatabase();

        Run r = ctl(root, {u"connection"_s}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"an SQLite file"_s), qPrintable(r.out));
        r = ctl(root, {u"connection"_s, u"test"_s, url(empty)}, {}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"an empty database"_s), qPrintable(r.out));
        r = ctl(root, {u"connection"_s, u"test"_s, url(u"no_such_db"_s)}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"\"no_such_db\" does not exist"_s), qPrintable(r.err));
        // An empty database is used only when asked to move production there.
        r = ctl(root, {u"connection"_s, u"use"_s, url(empty)}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"--move"_s), qPrintable(r.err));
        QVERIFY(!DataDir(root).isPostgres());
        // Support staff may not.
        QProcessEnvironment support = env;
        support.insert(u"REWIND_USER"_s, u"support"_s);
        support.insert(u"REWIND_PASSWORD"_s, QString::fromUtf8(kDemoUsers[1].password));
        r = ctl(root, {u"connection"_s, u"use"_s, url(empty), u"--move"_s}, {}, support);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"support"_s), qPrintable(r.err)); // refused by name, not some other error
        QVERIFY(!DataDir(root).isPostgres());

        const qint64 before = RewindTest::countRecords(Production::readOnly(DataDir(root)), u"見積明細"_s);
        const QString copyBefore = m_tmp.filePath(u"conn-copy"_s);
        QVERIFY(RewindTest::copyFolder(root, copyBefore));
        r = ctl(root, {u"connection"_s, u"use"_s, url(empty), u"--move"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(DataDir(root).isPostgres());
        QCOMPARE(DataDir(root).productionUrl(), url(empty));
        QCOMPARE(RewindTest::countRecords(Production::readOnly(DataDir(root)), u"見積明細"_s), before);
        QCOMPARE(QDir(root).entryList({u"production-moved-*.sqlite"_s}).size(), 1);
        // Logins and generation runs go on there.
        r = ctl(root, {u"backup"_s}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // A copy of the SQLite workspace made before the move cannot switch to the moved one: it would drop
        // whatever changed in the file since.
        r = ctl(copyBefore, {u"connection"_s, u"use"_s, url(empty)}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already holds a copy of this workspace"_s), qPrintable(r.err));
        QVERIFY(!DataDir(copyBefore).isPostgres());

        // The same workspace at another address (the server's name instead of its IP) is a switch.
        const QString byName = u"postgresql://%1@localhost:%2/%3"_s.arg(m_user, m_port, empty);
        r = ctl(root, {u"connection"_s, u"use"_s, byName}, {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(DataDir(root).productionUrl(), byName);
        r = ctl(root, {u"connection"_s, u"use"_s, byName}, {}, env);
        QCOMPARE(r.exitCode, 1); // already there

        // Another workspace's database is refused, naming it.
        const QString otherRoot = m_tmp.filePath(u"conn-other"_s);
        QVERIFY(!demoInPostgres(otherRoot, 300).isEmpty());
        const QString other = DataDir(otherRoot).productionUrl();
        r = ctl(root, {u"connection"_s, u"use"_s, other, u"--move"_s}, {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"another workspace"_s), qPrintable(r.err));
        QCOMPARE(DataDir(root).productionUrl(), byName);
    }
};

QTEST_GUILESS_MAIN(TstPgProduction)
#include "tst_pgproduction.moc"
