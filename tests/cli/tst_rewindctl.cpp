// rewindctl end to end, as a script or a newcomer would run it: real processes on a temporary data dir.

#include "TestSupport.h"

#include "compare/RecordDiff.h"
#include "history/HistoryStore.h"
#include "transfer/CsvEncoding.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};
} // namespace

class TstRewindctl : public QObject
{
    Q_OBJECT

private:
    QString m_ctl;
    QTemporaryDir m_demo; // one demo shared by the read-only checks

    Run ctl(const QStringList &args, const QString &lang = u"en"_s, const QString &clock = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_LANG"_s, lang);
        // The demo's administrator, and the first administrator "init" makes in the tests' own workspaces.
        if (!env.contains(u"REWIND_USER"_s))
            env.insert(u"REWIND_USER"_s, u"admin"_s);
        if (!env.contains(u"REWIND_PASSWORD"_s))
            env.insert(u"REWIND_PASSWORD"_s, QString::fromLatin1(kDemoUsers[0].password));
        if (!clock.isEmpty())
            env.insert(u"REWIND_CLOCK"_s, clock);
        p.setProcessEnvironment(env);
        p.start(m_ctl, args);
        if (!p.waitForFinished(180000))
            return {};
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QStringList at(const QString &dir, const QStringList &args) { return QStringList{u"--data-dir"_s, dir} + args; }
    /// As a given user: `env` replaces the default login variables (an empty value removes one), `input`
    /// goes to standard input.
    Run as(const QStringList &args, const QHash<QString, QString> &env, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"REWIND_LANG"_s, u"en"_s);
        e.remove(u"REWIND_USER"_s);
        e.remove(u"REWIND_PASSWORD"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (!it.value().isEmpty())
                e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        p.start(m_ctl, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            return {};
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase()
    {
        m_ctl = qEnvironmentVariable("REWINDCTL");
        QVERIFY2(QFile::exists(m_ctl), "REWINDCTL must name the rewindctl binary (set by ctest)");
        const Run r = ctl(at(
            m_demo.path(), {u"demo"_s, u"--records"_s, u"3000"_s, u"--seed"_s, u"4"_s, u"--today"_s, u"2026-11-20"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"7 generations"_s), qPrintable(r.out + r.err));
    }

    void helpForEveryCommand()
    {
        const Run main = ctl({u"--help"_s});
        QCOMPARE(main.code, 0);
        for (const char *cmd : {"init", "demo", "backup", "generations", "verify", "dbs", "records", "export-csv",
                                "import-csv", "undo-import", "create-db", "delete-all-records", "archive", "schedule",
                                "policy", "run-due", "history", "primary-contact"}) {
            QVERIFY2(main.out.contains(QString::fromLatin1(cmd)), cmd);
            const Run r = ctl({QString::fromLatin1(cmd), u"--help"_s});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(u"Usage: rewindctl"_s), qPrintable(r.out));
        }
        QVERIFY(ctl({u"dbs"_s, u"--help"_s}).out.contains(u"--env"_s));
        QVERIFY(ctl({u"verify"_s, u"--help"_s}).out.contains(u"--full"_s));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList{u"restore-everything"_s} << u"Unknown command"_s;
        QTest::newRow("unknown option") << QStringList{u"generations"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("records not a number") << QStringList{u"demo"_s, u"--records"_s, u"many"_s} << u"--records"_s;
        QTest::newRow("bad date") << QStringList{u"demo"_s, u"--today"_s, u"20/11/2026"_s} << u"YYYY-MM-DD"_s;
        QTest::newRow("verify without slot") << QStringList{u"verify"_s} << u"--all"_s;
        QTest::newRow("verify unknown slot") << QStringList{u"verify"_s, u"monday"_s} << u"mon, tue"_s;
        QTest::newRow("dbs without env") << QStringList{u"dbs"_s} << u"--env"_s;
        QTest::newRow("dbs unknown env") << QStringList{u"dbs"_s, u"--env"_s, u"staging"_s} << u"staging"_s;
        QTest::newRow("stray argument") << QStringList{u"generations"_s, u"mon"_s} << u"takes no arguments"_s;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = ctl(at(m_demo.path(), args));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void generationsJsonIsStable()
    {
        const Run r = ctl(at(m_demo.path(), {u"generations"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        const QJsonArray gens = r.json().value("generations"_L1).toArray();
        QCOMPARE(gens.size(), 7);
        const QStringList keys = {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
        for (int i = 0; i < 7; ++i) {
            const QJsonObject g = gens[i].toObject();
            QCOMPARE(g.value("slot"_L1).toString(), keys[i]);
            QCOMPARE(g.value("state"_L1).toString(), u"ready"_s);
            QVERIFY(g.value("records"_L1).toInteger() > 3000);
            QVERIFY(g.value("sizeBytes"_L1).toInteger() > 0);
            const QDateTime taken = QDateTime::fromString(g.value("takenAt"_L1).toString(), Qt::ISODate);
            QVERIFY(taken.isValid());
            QCOMPARE(int(weekdayOf(taken.date())), i + 1);
            QVERIFY(g.contains("weekday"_L1) && g.contains("path"_L1) && g.contains("problem"_L1));
        }
        const Run text = ctl(at(m_demo.path(), {u"generations"_s}));
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(u"ready"_s), 7);
    }

    void dbsAndRecordsInProductionAndAGeneration()
    {
        const Run prod = ctl(at(m_demo.path(), {u"dbs"_s, u"--env"_s, u"production"_s, u"--json"_s}));
        QCOMPARE(prod.code, 0);
        const QJsonArray dbs = prod.json().value("dbs"_L1).toArray();
        QCOMPARE(dbs.size(), 7);
        QCOMPARE(dbs[0].toObject().value("name"_L1).toString(), u"顧客"_s);
        QCOMPARE(dbs[0].toObject().value("settings"_L1).toObject().size(), 5);
        QVERIFY(prod.json().value("takenAt"_L1).isNull());
        const Run sat = ctl(at(m_demo.path(), {u"dbs"_s, u"--env"_s, u"sat"_s, u"--json"_s}));
        QCOMPARE(sat.code, 0);
        QVERIFY(QDateTime::fromString(sat.json().value("takenAt"_L1).toString(), Qt::ISODate).isValid());
        // Saturday's generation is the oldest: production has more customer fields (LINE ID was added since).
        QVERIFY(sat.json().value("dbs"_L1).toArray()[0].toObject().value("fields"_L1).toInt() <
                dbs[0].toObject().value("fields"_L1).toInt());

        const Run recs = ctl(at(m_demo.path(), {u"records"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s, u"--limit"_s,
                                                u"5"_s, u"--json"_s}));
        QCOMPARE(recs.code, 0);
        const QJsonArray rows = recs.json().value("records"_L1).toArray();
        QCOMPARE(rows.size(), 5);
        QVERIFY(rows[0].toObject().value("rid"_L1).toInteger() < rows[1].toObject().value("rid"_L1).toInteger());
        QVERIFY(rows[0].toObject().contains(u"顧客名"_s));
        const Run missing = ctl(at(m_demo.path(), {u"records"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"受注"_s}));
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"顧客"_s)); // lists the DBs there are
    }

    void verifyAllThenDamageOne()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 1500, 2));
        Run r = ctl(at(tmp.path(), {u"verify"_s, u"--all"_s, u"--full"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u" OK "_s), 7);
        // Corrupt Wednesday: verify names the slot and exits 3; the others still pass.
        const QString wed = DataDir(tmp.path()).slotPath(Weekday::Wed);
        {
            QFile f(wed);
            QVERIFY(f.resize(f.size() / 3));
        }
        r = ctl(at(tmp.path(), {u"verify"_s, u"--all"_s, u"--json"_s}));
        QCOMPARE(r.code, 3);
        const QJsonArray results = r.json().value("results"_L1).toArray();
        QCOMPARE(results.size(), 7);
        for (const auto &v : results) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value("state"_L1).toString(),
                     o.value("slot"_L1).toString() == "wed"_L1 ? u"damaged"_s : u"ok"_s);
        }
        QVERIFY(r.err.contains(u"Damaged"_s));
        r = ctl(at(tmp.path(), {u"generations"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"damaged"_s));
        r = ctl(at(tmp.path(), {u"dbs"_s, u"--env"_s, u"wed"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"damaged"_s));
        // A missing generation: a clear error, not a crash.
        QVERIFY(QFile::remove(DataDir(tmp.path()).slotPath(Weekday::Thu)));
        r = ctl(at(tmp.path(), {u"verify"_s, u"thu"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"empty"_s));
    }

    void initBackupOnAFreshDirectory()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"new place"_s);
        Run r = ctl(at(dir, {u"backup"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"rewindctl init"_s));
        // Nobody can log into a folder without a workspace: every command but init and demo says so.
        r = ctl(at(dir, {u"generations"_s, u"--json"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"rewindctl init"_s), qPrintable(r.err));
        r = ctl(at(dir, {u"init"_s, u"--name"_s, u"経理"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(ctl(at(dir, {u"init"_s})).code, 1);
        r = ctl(at(dir, {u"backup"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("state"_L1).toString(), u"ready"_s);
        QCOMPARE(r.json().value("records"_L1).toInteger(), 0);
        const QString slot = r.json().value("slot"_L1).toString();
        r = ctl(at(dir, {u"verify"_s, slot}));
        QCOMPARE(r.code, 0);
        r = ctl(at(dir, {u"demo"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already"_s));
    }

    void anyCommandCleansWhatAKilledRunLeft()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 500, 1));
        const QString partial = DataDir(tmp.path()).partialPath(Weekday::Mon);
        {
            QFile f(partial);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a generation");
        }
        QCOMPARE(ctl(at(tmp.path(), {u"generations"_s})).code, 0);
        QVERIFY(!QFile::exists(partial));
    }

    void csvExportImportUndoEndToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 1500, 6));
        const QString csv = tmp.filePath(u"customers.csv"_s);
        Run r = ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s, u"--encoding"_s,
                                    u"cp932"_s, u"--out"_s, csv, u"--json"_s}));
        QCOMPARE(r.code, 0);
        const qint64 rows = r.json().value("rows"_L1).toInteger();
        QVERIFY(rows > 50);
        QCOMPARE(r.json().value("encoding"_L1).toString(), u"cp932"_s);
        // Re-importing Friday's customers into production: a dry run first, as JSON.
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, csv, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value("encoding"_L1).toString(), u"cp932"_s);
        QCOMPARE(o.value("rows"_L1).toInteger(), rows);
        QCOMPARE(o.value("new"_L1).toInteger() + o.value("updated"_L1).toInteger() +
                     o.value("unchanged"_L1).toInteger(),
                 rows);
        QCOMPARE(o.value("applied"_L1).toBool(), false);
        // Apply, then undo with the restore point it printed.
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, csv, u"--json"_s}));
        QCOMPARE(r.code, 0);
        const QString rp = r.json().value("restorePoint"_L1).toString();
        QVERIFY(!rp.isEmpty());
        r = ctl(at(tmp.path(), {u"undo-import"_s, rp}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(rp));
        QCOMPARE(ctl(at(tmp.path(), {u"undo-import"_s, u"nonsense"_s})).code, 1);

        // A file with errors: exit 1, every error with row, column, field and reason.
        const QString bad = tmp.filePath(u"bad.csv"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("顧客名,業種,取引開始日\nA社,IT,2026/01/01\nB社,宇宙,2026/01/02\n,IT,2026/99/01\n");
        }
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, bad, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(r.code, 1);
        o = r.json();
        QCOMPARE(o.value("errors"_L1).toInt(), 2);
        const QJsonArray issues = o.value("issues"_L1).toArray();
        QCOMPARE(issues.size(), 3); // row 2: the choice; row 3: the date and the empty required name
        for (const auto &v : issues) {
            const QJsonObject i = v.toObject();
            QVERIFY(i.value("row"_L1).toInt() >= 2);
            QVERIFY(!i.value("field"_L1).toString().isEmpty());
            QVERIFY(!i.value("reason"_L1).toString().isEmpty());
        }
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, bad}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"nothing was imported"_s));
        const QString rejects = tmp.filePath(u"rejects.csv"_s);
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, bad, u"--skip-errors"_s,
                                u"--rejects"_s, rejects}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"1 new"_s) && r.out.contains(u"2 rejected"_s));
        QVERIFY(QFile::exists(rejects));

        // Several DBs into a folder, one file each named after its DB.
        r = ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s, u"--db"_s, u"見積明細"_s,
                                u"--out-dir"_s, tmp.filePath(u"out"_s), u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("files"_L1).toArray().size(), 2);
        QVERIFY(QFile::exists(tmp.filePath(u"out/見積明細.csv"_s)));
        QCOMPARE(ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s, u"--db"_s, u"商品"_s,
                                     u"--out"_s, csv}))
                     .code,
                 2);

        // Bad arguments.
        QCOMPARE(ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s})).code, 2);
        QCOMPARE(ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"顧客"_s, u"--out"_s, csv,
                                     u"--encoding"_s, u"latin1"_s}))
                     .code,
                 2);
        QCOMPARE(ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, bad, u"--mode"_s, u"merge"_s}))
                     .code,
                 2);
        QCOMPARE(
            ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, bad, u"--skip-errors"_s})).code, 2);
        r = ctl(at(tmp.path(), {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, tmp.filePath(u"missing.csv"_s)}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"missing.csv"_s));
    }

    void templatesRestoreDbAndSettingsEndToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 1500, 8));
        const QString rwt = tmp.filePath(u"quotes.rwt"_s);
        Run r = ctl(at(tmp.path(), {u"template"_s, u"export"_s, u"--env"_s, u"fri"_s, u"--db"_s, u"見積"_s,
                                    u"--without-related"_s, u"--out"_s, rwt, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("dbs"_L1).toArray().size(), 1);
        QCOMPARE(r.json().value("danglingLinks"_L1).toArray().first().toString(), u"見積.案件 → 案件"_s);
        // Loading it back into the same production clashes unless told what to do.
        r = ctl(at(tmp.path(), {u"template"_s, u"import"_s, u"--file"_s, rwt}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"--on-conflict"_s));
        r = ctl(at(tmp.path(), {u"template"_s, u"import"_s, u"--file"_s, rwt, u"--on-conflict"_s, u"rename"_s,
                                u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("applied"_L1).toBool(), false);
        QCOMPARE(r.json().value("dbs"_L1).toArray().first().toObject().value("name"_L1).toString(), u"見積 (2)"_s);
        r = ctl(at(tmp.path(), {u"template"_s, u"import"_s, u"--file"_s, rwt, u"--on-conflict"_s, u"rename"_s,
                                u"--link"_s, u"案件="_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("links"_L1).toArray().first().toObject().value("target"_L1).isNull(), true);
        r = ctl(at(tmp.path(), {u"dbs"_s, u"--env"_s, u"production"_s}));
        QVERIFY(r.out.contains(u"見積 (2)"_s));
        QCOMPARE(ctl(at(tmp.path(), {u"template"_s, u"import"_s, u"--file"_s, rwt, u"--link"_s, u"nowhere=x"_s})).code,
                 2);
        QCOMPARE(ctl(at(tmp.path(), {u"template"_s, u"export"_s, u"--env"_s, u"fri"_s, u"--out"_s, rwt})).code, 2);
        QCOMPARE(ctl(at(tmp.path(), {u"template"_s, u"import"_s, u"--file"_s, tmp.filePath(u"none.rwt"_s)})).code, 1);

        // restore-db: list, then bring a deleted DB back.
        {
            auto conn = Production::open(DataDir(tmp.path()), u"del"_s);
            const Catalog c = Catalog::load(conn.value()->db()).value();
            QVERIFY(SchemaEditor(conn.value()->db(), Clock::system()).deleteDb(c.dbByName(u"商品"_s)->id).ok());
        }
        r = ctl(at(tmp.path(), {u"restore-db"_s, u"--from"_s, u"fri"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"商品"_s) && r.out.contains(u"見積明細.商品"_s));
        r = ctl(at(tmp.path(), {u"restore-db"_s, u"--from"_s, u"fri"_s, u"--db"_s, u"商品"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value("records"_L1).toInteger() > 0);
        QCOMPARE(r.json().value("repointed"_L1).toArray().first().toString(), u"見積明細.商品"_s);
        QCOMPARE(ctl(at(tmp.path(), {u"restore-db"_s, u"--from"_s, u"fri"_s, u"--db"_s, u"商品"_s})).code, 1);

        // settings diff / apply against the first day of the week.
        r = ctl(at(tmp.path(), {u"settings"_s, u"diff"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"請求"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        const QJsonArray diffs = r.json().value("differences"_L1).toArray();
        QString missing;
        for (const auto &v : diffs) {
            if (v.toObject().value("name"_L1).toString() == u"月別請求額"_s)
                missing = v.toObject().value("id"_L1).toString();
        }
        QVERIFY(!missing.isEmpty());
        const QStringList apply = {u"settings"_s, u"apply"_s, u"--env"_s,  u"sat"_s,
                                   u"--db"_s,     u"請求"_s,  u"--only"_s, missing};
        r = ctl(at(tmp.path(), apply));
        QCOMPARE(r.code, 0);
        r = ctl(at(tmp.path(), {u"settings"_s, u"diff"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"請求"_s}));
        QVERIFY(!r.out.contains(u"月別請求額"_s));
        // The same id again no longer names a difference: refused, nothing changed.
        QCOMPARE(ctl(at(tmp.path(), apply)).code, 1);
        QCOMPARE(ctl(at(tmp.path(), {u"settings"_s, u"apply"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"請求"_s})).code, 2);
        QCOMPARE(
            ctl(at(tmp.path(), {u"settings"_s, u"diff"_s, u"--env"_s, u"production"_s, u"--db"_s, u"請求"_s})).code, 2);
    }

    // Archives as a script would drive them: create, list, verify, save, refusals, split, delete, permission.
    void archivesEndToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 2000, 5));
        const QString now = u"2026-11-21T10:00:00"_s;
        auto run = [&](const QStringList &args) {
            return ctl(at(tmp.path(), args), u"en"_s, now);
        };

        Run r = run({u"archive"_s, u"create"_s, u"--full"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject made = r.json().value("archives"_L1).toArray().first().toObject();
        const QString id = made.value("id"_L1).toString();
        const QString path = made.value("path"_L1).toString();
        QVERIFY(QFile::exists(path));
        QCOMPARE(made.value("kind"_L1).toString(), u"full"_s);
        QCOMPARE(made.value("expiresInSecs"_L1).toInteger(), qint64(7 * 86400));
        qint64 dbRecords = 0;
        for (const auto &e : made.value("entries"_L1).toArray())
            dbRecords += e.toObject().value("records"_L1).toInteger();
        QCOMPARE(made.value("records"_L1).toInteger(), dbRecords);
        QVERIFY(dbRecords > 2000);

        r = run({u"archive"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("archives"_L1).toArray().size(), 1);
        QCOMPARE(r.json().value("nextFullAllowed"_L1).toString().left(16), u"2026-12-21T10:00"_s);

        r = run({u"archive"_s, u"verify"_s, path});
        QVERIFY2(r.code == 0 && r.out.contains(u"OK"_s), qPrintable(r.out + r.err));

        const QString copy = tmp.filePath(u"out/copy.zip"_s);
        r = run({u"archive"_s, u"save"_s, id, copy});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(RewindTest::fileHash(copy), RewindTest::fileHash(path));

        r = run({u"archive"_s, u"create"_s, u"--full"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"2026-12-21 10:00"_s), qPrintable(r.err));

        r = run({u"archive"_s, u"create"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-20"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"51 days"_s) && r.err.contains(u"31 days"_s), qPrintable(r.err));
        r = run({u"archive"_s, u"create"_s, u"--from"_s, u"2026-10-01"_s, u"--to"_s, u"2026-11-20"_s, u"--split"_s,
                 u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray pieces = r.json().value("archives"_L1).toArray();
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(pieces[0].toObject().value("range"_L1).toObject().value("from"_L1).toString(), u"2026-10-01"_s);
        QCOMPARE(pieces[1].toObject().value("range"_L1).toObject().value("to"_L1).toString(), u"2026-11-20"_s);
        QCOMPARE(
            QDate::fromString(pieces[0].toObject().value("range"_L1).toObject().value("to"_L1).toString(), Qt::ISODate)
                .addDays(1),
            QDate::fromString(pieces[1].toObject().value("range"_L1).toObject().value("from"_L1).toString(),
                              Qt::ISODate));

        r = run({u"archive"_s, u"delete"_s, id});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(run({u"archive"_s, u"delete"_s, id}).code, 1);

        // Only the primary contact may: hand the role on to another administrator, and the same commands are
        // refused to this one.
        const DataDir data(tmp.path());
        VERIFY_OK(UserStore(data, Clock::system())
                      .createUser(RewindTest::adminSession(data), u"someone-else"_s, {}, Role::Admin,
                                  "someone-else-pass", false));
        QCOMPARE(run({u"primary-contact"_s, u"--set"_s, u"someone-else"_s}).code, 0);
        r = run({u"archive"_s, u"create"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-20"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"only the primary contact (someone-else)"_s), qPrintable(r.err));
        r = run({u"primary-contact"_s, u"--set"_s, u"nobody-here"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"nobody-here"_s), qPrintable(r.err));
        QCOMPARE(run({u"primary-contact"_s, u"--set"_s, u"admin"_s}).code, 0);

        r = run({u"history"_s, u"--json"_s, u"--kind"_s, u"download-started"_s});
        QCOMPARE(r.json().value("events"_L1).toArray().size(), 1);
        QCOMPARE(run({u"history"_s, u"verify"_s}).code, 0);
    }

    // The systemd timer and an open console may both call run-due: the work must happen once.
    void runDueTwiceAtOnceRunsOnce()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 20000, 6)); // last generation: Friday 2026-11-20
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"REWIND_LANG"_s, u"en"_s);
        env.insert(u"REWIND_CLOCK"_s, u"2026-11-21T03:00:00"_s); // Saturday, after the 01:00 daily time
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(m_ctl, at(tmp.path(), {u"run-due"_s}));
        }
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        const QString outs = QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput());
        QCOMPARE(outs.count(u"Saturday's generation written"_s), 1);
        QVERIFY2(outs.contains(u"already running"_s) || outs.contains(u"Nothing is due"_s), qPrintable(outs));
        const Run h = ctl(at(
            tmp.path(), {u"history"_s, u"--json"_s, u"--kind"_s, u"generation-run"_s, u"--from"_s, u"2026-11-21"_s}));
        QCOMPARE(h.json().value("events"_L1).toArray().size(), 1);
        // And afterwards nothing is due any more.
        const Run again = ctl(at(tmp.path(), {u"run-due"_s}), u"en"_s, u"2026-11-21T03:05:00"_s);
        QVERIFY2(again.code == 0 && again.out.contains(u"Nothing is due"_s), qPrintable(again.out + again.err));
    }

    void scheduleSetShowStop()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 500, 3));
        const QString now = u"2026-11-21T10:00:00"_s;
        auto run = [&](const QStringList &args) {
            return ctl(at(tmp.path(), args), u"en"_s, now);
        };
        Run r = run({u"schedule"_s, u"set"_s, u"--every"_s, u"monthly"_s, u"--day"_s, u"31"_s, u"--time"_s, u"02:00"_s,
                     u"--preview"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"2026-11-30 02:00"_s) && r.out.contains(u"2027-02-28 02:00"_s),
                 qPrintable(r.out + r.err));
        QVERIFY(run({u"schedule"_s, u"show"_s, u"--json"_s}).json().value("archive"_L1).isUndefined());
        r = run({u"schedule"_s, u"set"_s, u"--every"_s, u"monthly"_s, u"--day"_s, u"31"_s, u"--time"_s, u"02:00"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"last day"_s), qPrintable(r.out));
        r = run({u"schedule"_s, u"show"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QStringList next;
        for (const auto &v : r.json().value("archive"_L1).toObject().value("nextRuns"_L1).toArray())
            next.append(v.toString().left(16));
        // Day 31 in short months runs on their last day: November 30, February 28.
        QCOMPARE(next, (QStringList{u"2026-11-30T02:00"_s, u"2026-12-31T02:00"_s, u"2027-01-31T02:00"_s,
                                    u"2027-02-28T02:00"_s, u"2027-03-31T02:00"_s}));
        r = run({u"schedule"_s, u"set"_s, u"--every"_s, u"weekly"_s, u"--weekday"_s, u"wed"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"stop it first"_s), qPrintable(r.err));
        QCOMPARE(run({u"schedule"_s, u"set"_s, u"--every"_s, u"monthly"_s}).code, 2);
        r = run({u"schedule"_s, u"stop"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"stopped"_s), qPrintable(r.out + r.err));
        QCOMPARE(run({u"schedule"_s, u"stop"_s}).code, 1);
        r = run({u"history"_s, u"--json"_s, u"--kind"_s, u"schedule-set"_s, u"--kind"_s, u"schedule-stopped"_s});
        QCOMPARE(r.json().value("events"_L1).toArray().size(), 2);
        r = run({u"schedule"_s, u"daily"_s, u"--time"_s, u"09:00"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"08:00"_s), qPrintable(r.err));
    }

    void historyVerifyNamesTheTamperedEvent()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 500, 3)); // seven generation-run events
        Run r = ctl(at(tmp.path(), {u"history"_s, u"verify"_s}));
        QVERIFY2(r.code == 0 && r.out.contains(u"intact"_s), qPrintable(r.out + r.err));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(tmp.filePath(u"console.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE history SET description = 'nothing happened' WHERE id = 3"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        r = ctl(at(tmp.path(), {u"history"_s, u"verify"_s}));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"Event 3 "_s), qPrintable(r.err));
    }

    // Logging in from scripts: who, where the password comes from, and what each role is refused.
    void loginAndRoles()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const QString dir = tmp.path();
        const QString supportPass = QString::fromLatin1(kDemoUsers[1].password);
        const QString managerPass = QString::fromLatin1(kDemoUsers[2].password);

        // No user: a usage error that says how to log in, and nothing runs.
        Run r = as(at(dir, {u"dbs"_s, u"--env"_s, u"production"_s}), {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--user"_s) && r.err.contains(u"--password-stdin"_s), qPrintable(r.err));
        // A user but no password and no terminal: refused, and it says never to pass it as an argument.
        r = as(at(dir, {u"dbs"_s, u"--env"_s, u"production"_s, u"--user"_s, u"support"_s}), {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"never as an argument"_s), qPrintable(r.err));
        // There is no option that takes a password on the command line.
        r = as(at(dir, {u"dbs"_s, u"--user"_s, u"support"_s, u"--password"_s, supportPass}), {});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"Unknown option"_s) && r.err.contains(u"password"_s), qPrintable(r.err));
        // The password from standard input, with its line end.
        r = as(at(dir, {u"dbs"_s, u"--env"_s, u"production"_s, u"--user"_s, u"support"_s, u"--password-stdin"_s}), {},
               supportPass.toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"顧客"_s));
        QVERIFY(!r.out.contains(supportPass) && !r.err.contains(supportPass));
        // A wrong password: the same answer as an unknown ID, and both are in the history.
        r = as(at(dir, {u"dbs"_s, u"--env"_s, u"production"_s}),
               {{u"REWIND_USER"_s, u"support"_s}, {u"REWIND_PASSWORD"_s, u"not-the-password"_s}});
        QCOMPARE(r.code, 1);
        const QString wrong = r.err;
        r = as(at(dir, {u"dbs"_s, u"--env"_s, u"production"_s}),
               {{u"REWIND_USER"_s, u"nobody' OR '1'='1"_s}, {u"REWIND_PASSWORD"_s, u"x' OR '1'='1' --"_s}});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, wrong);
        const auto failed = HistoryStore(DataDir(dir)).events().value();
        QCOMPARE(failed.last().kind, u"login-failed"_s);
        // What was typed as an unknown ID is not kept: it may be a password, or text posing as an event.
        QCOMPARE(failed.last().user, u"(unknown)"_s);
        QVERIFY(!failed.last().description.contains(u"nobody"_s));
        QCOMPARE(failed.at(failed.size() - 2).user, u"support"_s);

        const QHash<QString, QString> support{{u"REWIND_USER"_s, u"support"_s}, {u"REWIND_PASSWORD"_s, supportPass}};
        const QHash<QString, QString> manager{{u"REWIND_USER"_s, u"manager"_s}, {u"REWIND_PASSWORD"_s, managerPass}};
        const QString csv = tmp.filePath(u"out.csv"_s);
        // Managers export nothing and open no generation; the refusal names the right.
        r = as(at(dir, {u"export-csv"_s, u"--env"_s, u"production"_s, u"--db"_s, u"顧客"_s, u"--out"_s, csv}), manager);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"export or re-import CSV"_s) && r.err.contains(u"Manager"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(csv));
        // Support staff export production, but open generations only when granted.
        r = as(at(dir, {u"export-csv"_s, u"--env"_s, u"production"_s, u"--db"_s, u"顧客"_s, u"--out"_s, csv}), support);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(at(dir, {u"records"_s, u"--env"_s, u"mon"_s, u"--db"_s, u"顧客"_s}), support);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"open generations"_s), qPrintable(r.err));
        // Settings and users are the administrator's.
        r = as(at(dir, {u"template"_s, u"export"_s, u"--env"_s, u"production"_s, u"--db"_s, u"顧客"_s, u"--out"_s,
                        tmp.filePath(u"t.rwt"_s)}),
               support);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"DB settings"_s), qPrintable(r.err));
        r = as(at(dir, {u"users"_s, u"grant"_s, u"support"_s}), support);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"manage users"_s), qPrintable(r.err));
        r = as(at(dir, {u"backup"_s}), support);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"take a generation now"_s), qPrintable(r.err));
        // Users are the administrators' business: others see only themselves.
        r = as(at(dir, {u"users"_s, u"list"_s, u"--json"_s}), manager);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().value("users"_L1).toArray().size(), 1);
        QCOMPARE(r.json().value("users"_L1).toArray().first().toObject().value("id"_L1).toString(), u"manager"_s);
        // An archive of this workspace is the primary contact's to take out, by extract as by save.
        const QHash<QString, QString> adminEnv{{u"REWIND_USER"_s, u"admin"_s},
                                               {u"REWIND_PASSWORD"_s, QString::fromLatin1(kDemoUsers[0].password)}};
        r = as(at(dir, {u"archive"_s, u"create"_s, u"--full"_s, u"--json"_s}), adminEnv);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString archive = r.json().value("archives"_L1).toArray().first().toObject().value("path"_L1).toString();
        const QString out = tmp.filePath(u"taken-out"_s);
        r = as(at(dir, {u"archive"_s, u"extract"_s, archive, out}), manager);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"create, save and delete archives"_s), qPrintable(r.err));
        QVERIFY(QDir(out).isEmpty());
        r = as(at(dir, {u"archive"_s, u"extract"_s, archive, out}), adminEnv);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QDir(out).isEmpty());
        // Support staff read their own history only.
        r = as(at(dir, {u"history"_s, u"--json"_s}), support);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray own = r.json().value("events"_L1).toArray();
        QVERIFY(!own.isEmpty());
        for (const auto &e : own)
            QCOMPARE(e.toObject().value("user"_L1).toString(), u"support"_s);

        // The administrator grants generations: the same command works now, on the current credentials.
        QCOMPARE(ctl(at(dir, {u"users"_s, u"grant"_s, u"support"_s})).code, 0);
        r = as(at(dir, {u"records"_s, u"--env"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--limit"_s, u"1"_s}), support);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // A new user with a password from the environment, never the command line.
        QHash<QString, QString> admin{{u"REWIND_USER"_s, u"admin"_s},
                                      {u"REWIND_PASSWORD"_s, QString::fromLatin1(kDemoUsers[0].password)},
                                      {u"REWIND_NEW_PASSWORD"_s, u"a-new-pass-123"_s}};
        r = as(at(dir, {u"users"_s, u"add"_s, u"tanaka"_s, u"--role"_s, u"manager"_s}), admin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(at(dir, {u"history"_s}), {{u"REWIND_USER"_s, u"tanaka"_s}, {u"REWIND_PASSWORD"_s, u"a-new-pass-123"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as(at(dir, {u"users"_s, u"list"_s, u"--json"_s}), admin);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(u"argon2"_s));
        // Locked by an administrator: refused until unlocked.
        QCOMPARE(as(at(dir, {u"users"_s, u"lock"_s, u"tanaka"_s}), admin).code, 0);
        r = as(at(dir, {u"history"_s}), {{u"REWIND_USER"_s, u"tanaka"_s}, {u"REWIND_PASSWORD"_s, u"a-new-pass-123"_s}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"locked"_s), qPrintable(r.err));
        QCOMPARE(as(at(dir, {u"users"_s, u"unlock"_s, u"tanaka"_s}), admin).code, 0);
        r = as(at(dir, {u"history"_s}), {{u"REWIND_USER"_s, u"tanaka"_s}, {u"REWIND_PASSWORD"_s, u"a-new-pass-123"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    // diff: the counts as JSON agree with the core compare; lines name DB, record and fields; --kind filters.
    void diffPrintsChanges()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir data(tmp.path());
        DiffOptions o;
        o.from = EnvironmentId::generation(Weekday::Mon);
        auto core = RecordDiff(data, RewindTest::adminSession(data)).run(o);
        VERIFY_OK(core);
        Run r = ctl(at(tmp.path(), {u"diff"_s, u"--from"_s, u"mon"_s, u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray dbs = r.json().value("dbs"_L1).toArray();
        QCOMPARE(dbs.size(), core->size());
        qint64 total = 0;
        for (qsizetype i = 0; i < dbs.size(); ++i) {
            const QJsonObject d = dbs[i].toObject();
            QCOMPARE(d.value("db"_L1).toString(), core->at(i).db);
            QCOMPARE(d.value("added"_L1).toInteger(), core->at(i).added);
            QCOMPARE(d.value("deleted"_L1).toInteger(), core->at(i).deleted);
            QCOMPARE(d.value("changed"_L1).toInteger(), core->at(i).changed);
            total += core->at(i).total();
        }
        QVERIFY(total > 0);
        QCOMPARE(r.json().value("changes"_L1).toArray().size(), total);
        const QJsonObject first = r.json().value("changes"_L1).toArray().first().toObject();
        QVERIFY(first.value("rid"_L1).toInteger() > 0);
        QVERIFY(!first.value("fields"_L1).toArray().isEmpty());

        r = ctl(at(tmp.path(), {u"diff"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--kind"_s, u"deleted"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const qint64 deleted =
            std::find_if(core->cbegin(), core->cend(), [](const DbDiff &d) { return d.db == u"顧客"_s; })->deleted;
        QCOMPARE(lines.filter(u" deleted "_s).size(), deleted);
        QVERIFY2(lines.filter(u"顧客 #"_s).size() == deleted, qPrintable(r.out));
        QVERIFY(lines.filter(u" added "_s).isEmpty());
        QVERIFY2(r.out.contains(u"顧客名: \""_s), qPrintable(r.out));
        // Support staff without the grant may not read Monday.
        r = as(at(tmp.path(), {u"diff"_s, u"--from"_s, u"mon"_s}),
               {{u"REWIND_USER"_s, u"support"_s}, {u"REWIND_PASSWORD"_s, QString::fromLatin1(kDemoUsers[1].password)}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"open generations"_s), qPrintable(r.err));
        QCOMPARE(ctl(at(tmp.path(), {u"diff"_s})).code, 2);
    }

    // restore-records: a dry run by default; --yes puts deleted records back with their IDs; undo-import undoes it.
    void restoreRecordsEndToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        Run r = ctl(at(tmp.path(), {u"diff"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--kind"_s, u"deleted"_s,
                                    u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray gone = r.json().value("changes"_L1).toArray();
        QVERIFY(!gone.isEmpty());
        const QString id = QString::number(gone.first().toObject().value("rid"_L1).toInteger());
        const QByteArray before = RewindTest::fileHash(DataDir(tmp.path()).productionPath());
        r = ctl(at(tmp.path(), {u"restore-records"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--ids"_s, id}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"#"_s + id), qPrintable(r.out));
        QCOMPARE(RewindTest::fileHash(DataDir(tmp.path()).productionPath()), before);
        r = ctl(at(tmp.path(), {u"restore-records"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--ids"_s, id,
                                u"--yes"_s, u"--json"_s}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.json().value("applied"_L1).toBool());
        QCOMPARE(r.json().value("steps"_L1).toArray().first().toObject().value("action"_L1).toString(), u"recreate"_s);
        const QString point = r.json().value("restorePoint"_L1).toString();
        r = ctl(at(tmp.path(),
                   {u"diff"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--kind"_s, u"deleted"_s, u"--json"_s}));
        QCOMPARE(r.json().value("changes"_L1).toArray().size(), gone.size() - 1);
        QCOMPARE(ctl(at(tmp.path(), {u"undo-import"_s, point})).code, 0);
        r = ctl(at(tmp.path(),
                   {u"diff"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s, u"--kind"_s, u"deleted"_s, u"--json"_s}));
        QCOMPARE(r.json().value("changes"_L1).toArray().size(), gone.size());
        QCOMPARE(ctl(at(tmp.path(), {u"restore-records"_s, u"--from"_s, u"mon"_s, u"--db"_s, u"顧客"_s})).code, 2);
    }

    // A new workspace comes with its first administrator; init refuses without one.
    void initSetsTheFirstAdministrator()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"ws"_s);
        Run r = as(at(dir, {u"init"_s}), {});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(DataDir(dir).productionPath()));
        r = as(at(dir, {u"init"_s}), {{u"REWIND_USER"_s, u"boss"_s}, {u"REWIND_PASSWORD"_s, u"short"_s}});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"10"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(DataDir(dir).productionPath()));
        r = as(at(dir, {u"init"_s, u"--user"_s, u"boss"_s, u"--password-stdin"_s}), {}, "boss-password-1\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"boss"_s));
        r = as(at(dir, {u"primary-contact"_s}),
               {{u"REWIND_USER"_s, u"boss"_s}, {u"REWIND_PASSWORD"_s, u"boss-password-1"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"boss"_s));
        const auto users = UserStore(DataDir(dir), Clock::system()).list().value();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().role, Role::Admin);
    }

    void archiveVerifyRefusesAHostileFile()
    {
        QTemporaryDir tmp;
        const QString zipPath = tmp.filePath(u"hostile.zip"_s);
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const QString &name : {u"manifest.json"_s, u"../evil.csv"_s}) {
                QuaZipFile f(&zip);
                QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
                f.write("x");
                f.close();
            }
            zip.close();
        }
        const QString target = tmp.filePath(u"target"_s);
        Run r = ctl({u"--data-dir"_s, m_demo.path(), u"archive"_s, u"extract"_s, zipPath, target});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"../evil.csv"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(tmp.filePath(u"evil.csv"_s)));
        QVERIFY(QDir(target).isEmpty());
        r = ctl({u"--data-dir"_s, m_demo.path(), u"archive"_s, u"verify"_s, zipPath});
        QCOMPARE(r.code, 3);
        // A file that is not there is not damaged: the ordinary failure code, naming it.
        r = ctl({u"--data-dir"_s, m_demo.path(), u"archive"_s, u"verify"_s, tmp.filePath(u"none.zip"_s)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"none.zip"_s), qPrintable(r.err));
    }

    void speaksJapanese()
    {
        const Run r = ctl(at(m_demo.path(), {u"verify"_s}), u"ja"_s);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"スロット"_s) || r.err.contains(u"--all"_s), qPrintable(r.err));
        const Run help = ctl({u"--help"_s}, u"ja"_s);
        QVERIFY2(help.out.contains(u"世代"_s), qPrintable(help.out));
    }

    // Values of one field of a production DB in record order, through the test's own read-only connection.
    static QStringList fieldValues(const QString &root, const QString &db, const QString &field)
    {
        auto conn = ScopedConnection::open(Production::readOnly(DataDir(root)), u"cli-values"_s);
        if (!conn)
            return {u"cannot open"_s};
        const auto catalog = Catalog::load(conn.value()->db());
        if (!catalog || !catalog->dbByName(db) || !catalog->dbByName(db)->fieldByName(field))
            return {u"no such field"_s};
        const DbDef *def = catalog->dbByName(db);
        QSqlQuery q(conn.value()->db());
        QStringList out;
        if (!q.exec(u"SELECT %1 FROM %2 ORDER BY rid"_s.arg(def->fieldByName(field)->column(), def->table())))
            return {u"cannot read"_s};
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }

    void deleteAllRecordsNeedsYes()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 500, 2));
        const DataDir dir(tmp.path());
        const qint64 before = RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s);
        QVERIFY(before > 0);
        // Without --yes: says what would go and how to confirm; exit 2, nothing deleted.
        Run r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"顧客"_s}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"all %1 records of production DB \"顧客\""_s.arg(before)) &&
                     r.err.contains(u"--yes"_s),
                 qPrintable(r.err));
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), before);
        QCOMPARE(ctl(at(tmp.path(), {u"delete-all-records"_s, u"--yes"_s})).code, 2);
        r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"ない"_s, u"--yes"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"ない"_s), qPrintable(r.err));
        QVERIFY(ctl({u"delete-all-records"_s, u"--help"_s}).out.contains(u"--yes"_s));

        // With --yes: gone, with a restore point to undo it and a history event.
        r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"顧客"_s, u"--yes"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value("deleted"_L1).toInteger(), before);
        const QString rp = r.json().value("restorePoint"_L1).toString();
        QVERIFY(!rp.isEmpty());
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), qint64(0));
        const HistoryEvent last = HistoryStore(dir).events().value().constLast();
        QCOMPARE(last.kind, u"records-deleted-all"_s);
        QCOMPARE(last.details.value("records"_L1).toInteger(), before);
        r = ctl(at(tmp.path(), {u"undo-import"_s, rp}));
        QCOMPARE(r.code, 0);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), before);
        // Plain text says how to undo.
        r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"商品"_s, u"--yes"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"rewindctl undo-import "_s), qPrintable(r.out));
    }

    void createDbFromCsvEndToEnd()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 800, 3));
        const DataDir dir(tmp.path());
        // A real Shift_JIS file: production's customers as Excel on Windows would get them.
        const QString sjis = tmp.filePath(u"customers-sjis.csv"_s);
        Run r = ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"production"_s, u"--db"_s, u"顧客"_s, u"--fields"_s,
                                    u"顧客名,業種"_s, u"--encoding"_s, u"cp932"_s, u"--out"_s, sjis, u"--json"_s}));
        QCOMPARE(r.code, 0);
        const qint64 rows = r.json().value("rows"_L1).toInteger();
        QVERIFY(rows > 10);
        r = ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, sjis, u"--name"_s, u"顧客の写し"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value("encoding"_L1).toString(), u"cp932"_s);
        QCOMPARE(o.value("records"_L1).toInteger(), rows);
        QCOMPARE(o.value("fields"_L1).toArray().toVariantList(),
                 (QVariantList{u"Record ID"_s, u"顧客名"_s, u"業種"_s}));
        const QString rp = o.value("restorePoint"_L1).toString();
        QVERIFY(!rp.isEmpty());
        QStringList names = fieldValues(tmp.path(), u"顧客"_s, u"顧客名"_s);
        for (QString &n : names)
            n = CsvText::toMicrosoftForms(n); // what Shift_JIS can carry
        QCOMPARE(fieldValues(tmp.path(), u"顧客の写し"_s, u"顧客名"_s), names);
        QCOMPARE(fieldValues(tmp.path(), u"顧客の写し"_s, u"業種"_s), fieldValues(tmp.path(), u"顧客"_s, u"業種"_s));
        QCOMPARE(HistoryStore(dir).events().value().constLast().kind, u"db-created-from-file"_s);

        // A UTF-8 file written by hand, with a repeated column name and a quoted comma.
        const QString utf8 = tmp.filePath(u"stock.csv"_s);
        {
            QFile f(utf8);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("品名,数量,品名\r\nりんご,3,\"青森, 弘前\"\r\nみかん,,愛媛\r\n");
        }
        r = ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, utf8, u"--name"_s, u"在庫"_s}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Created DB \"在庫\""_s) && r.out.contains(u"3 fields, 2 records"_s) &&
                     r.out.contains(u"rewindctl undo-import "_s),
                 qPrintable(r.out));
        QCOMPARE(fieldValues(tmp.path(), u"在庫"_s, u"品名 (2)"_s), (QStringList{u"青森, 弘前"_s, u"愛媛"_s}));
        QCOMPARE(fieldValues(tmp.path(), u"在庫"_s, u"数量"_s), (QStringList{u"3"_s, QString()}));
        r = ctl(at(tmp.path(), {u"records"_s, u"--env"_s, u"production"_s, u"--db"_s, u"在庫"_s, u"--search"_s,
                                u"みかん"_s, u"--json"_s}));
        QCOMPARE(r.code, 0);

        // Refusals: the same name again, a missing file, missing options.
        r = ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, utf8, u"--name"_s, u"在庫"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        r = ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, tmp.filePath(u"missing.csv"_s), u"--name"_s, u"x"_s}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"missing.csv"_s), qPrintable(r.err));
        QCOMPARE(ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, utf8})).code, 2);
        QCOMPARE(ctl(at(tmp.path(),
                        {u"create-db"_s, u"--from-csv"_s, utf8, u"--name"_s, u"y"_s, u"--encoding"_s, u"latin1"_s}))
                     .code,
                 2);

        // Undo takes the first DB away again (and with it the second, made later).
        QCOMPARE(ctl(at(tmp.path(), {u"undo-import"_s, rp})).code, 0);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客の写し"_s), qint64(-1));
    }

    void lockedCommandsRefusedDuringARun()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 300, 4));
        const DataDir dir(tmp.path());
        const QString csv = tmp.filePath(u"new.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("会社,電話\n山田商店,03-1234-5678\n");
        }
        const qint64 before = RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s);
        {
            // A run as rewindctl backup holds it: the lock (this live process) and the state file.
            QLockFile held(dir.backupLockPath());
            QVERIFY(held.tryLock(0));
            QFile state(tmp.filePath(u"backup.state"_s));
            QVERIFY(state.open(QIODevice::WriteOnly));
            state.write(R"({"slot":"sat","startedAt":"2026-11-21T01:00:00.000"})");
            state.close();
            Run r = ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, csv, u"--name"_s, u"取引先"_s}));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"Creating a DB from a CSV file is not possible right now"_s) &&
                         r.err.contains(u"Saturday"_s) && r.err.contains(u"It should end by about"_s),
                     qPrintable(r.err));
            r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"顧客"_s, u"--yes"_s}));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(u"Deleting all records is not possible right now"_s), qPrintable(r.err));
            // Looking, and what would be deleted, still work.
            r = ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"顧客"_s}));
            QCOMPARE(r.code, 2);
            QCOMPARE(ctl(at(tmp.path(), {u"export-csv"_s, u"--env"_s, u"production"_s, u"--db"_s, u"顧客"_s, u"--out"_s,
                                         tmp.filePath(u"out.csv"_s)}))
                         .code,
                     0);
            QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"取引先"_s), qint64(-1));
            QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), before);
            QVERIFY(state.remove());
        }
        // The run is over: both go through.
        QCOMPARE(ctl(at(tmp.path(), {u"create-db"_s, u"--from-csv"_s, csv, u"--name"_s, u"取引先"_s})).code, 0);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"取引先"_s), qint64(1));
        QCOMPARE(ctl(at(tmp.path(), {u"delete-all-records"_s, u"--db"_s, u"顧客"_s, u"--yes"_s})).code, 0);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstRewindctl)
#include "tst_rewindctl.moc"
