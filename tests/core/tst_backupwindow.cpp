// The backup-window lock: while a run writes a generation, production refuses structure changes, aggregation
// and workflow settings, templates, creating DBs from files and deleting all records — in core, whoever
// calls — and says why and until about when; reading, record edits, field renames, CSV export and the other
// setting kinds keep working. Plus the two services that exist for this list: delete all records of a DB,
// and create a DB from a CSV file (restore point, history, undo).

#include "TestSupport.h"

#include "pg/PgConn.h"

#include "backup/BackupWindow.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "transfer/CsvExporter.h"
#include "transfer/CsvImporter.h"
#include "transfer/CsvWriter.h"
#include "transfer/DbFromCsv.h"
#include "transfer/TemplateDocument.h"
#include "transfer/TemplateExporter.h"
#include "transfer/TemplateImporter.h"
#include "util/Clock.h"
#include "workspace/BulkDelete.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
QString writeText(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

/// A backup run as far as production can tell: the run lock and backup.state, as a running
/// `rewindctl backup` holds them — held by this process, or by another live process (a child).
class BackupRun final
{
public:
    enum class Holder
    {
        ThisProcess,
        OtherProcess
    };
    BackupRun(const DataDir &dir, Holder holder) : m_dir(dir), m_holder(holder), m_lock(dir.backupLockPath()) {}
    ~BackupRun() { finish(); }
    BackupRun(const BackupRun &) = delete;
    BackupRun &operator=(const BackupRun &) = delete;

    bool start()
    {
        if (m_dir.isPostgres()) {
            // A PostgreSQL production holds the run in the database (as BackupRunner takes it): seen from every
            // connection, whichever machine or data dir it comes from. "Another process" holds only that.
            auto held = BackupWindow::lockPostgres(m_dir, Weekday::Sat, QDateTime(QDate(2026, 11, 21), QTime(1, 0)),
                                                   u"other"_s);
            if (!held)
                return false;
            m_pg = std::move(held).value();
            if (m_holder == Holder::OtherProcess)
                return true;
        }
        if (m_holder == Holder::ThisProcess) {
            if (!m_lock.tryLock(0))
                return false;
        } else {
            m_child.start(u"sleep"_s, {u"120"_s});
            if (!m_child.waitForStarted())
                return false;
            // As QLockFile writes it: pid, application (QLockFile calls a lock whose process has another
            // name stale), host.
            QFile lock(m_dir.backupLockPath());
            if (!lock.open(QIODevice::WriteOnly))
                return false;
            lock.write(QByteArray::number(m_child.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() +
                       '\n');
        }
        QFile state(m_dir.root() + u"/backup.state"_s);
        if (!state.open(QIODevice::WriteOnly))
            return false;
        state.write(R"({"slot":"sat","startedAt":"2026-11-21T01:00:00.000","pid":1})");
        return true;
    }
    void finish()
    {
        m_pg.reset();
        if (m_holder == Holder::ThisProcess) {
            if (m_lock.isLocked())
                m_lock.unlock();
        } else if (m_child.state() != QProcess::NotRunning) {
            m_child.kill();
            m_child.waitForFinished();
            QFile::remove(m_dir.backupLockPath());
        }
        QFile::remove(m_dir.root() + u"/backup.state"_s);
    }

private:
    DataDir m_dir;
    Holder m_holder;
    QLockFile m_lock;
    QProcess m_child;
    std::unique_ptr<PgConn> m_pg;
};
} // namespace

class TstBackupWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demo;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
    Session m_admin; // the demo's administrator, logged in by init()
    std::shared_ptr<ScopedConnection> m_conn;

    QString path(const QString &name) const { return m_tmp->filePath(name); }
    Catalog catalog() const { return Catalog::load(m_conn->db()).value(); }
    DbDef db(const QString &name) const { return *catalog().dbByName(name); }
    qint64 fieldId(const QString &dbName, const QString &field) const { return db(dbName).fieldByName(field)->id; }
    qint64 count(const QString &dbName) const
    {
        const Catalog c = catalog();
        if (!c.dbByName(dbName))
            return -1;
        QSqlQuery q(m_conn->db());
        return q.exec(u"SELECT count(*) FROM "_s + c.dbByName(dbName)->table()) && q.next() ? q.value(0).toLongLong()
                                                                                            : -1;
    }
    /// Production's structure and record counts as text: equal before and after means nothing changed.
    QString productionState() const
    {
        QStringList out;
        QSqlQuery q(m_conn->db());
        const QString agg = RewindTest::onPostgres() ? u"string_agg"_s : u"group_concat"_s;
        for (const char *sql :
             {"SELECT %1(id || '|' || name, ';') FROM (SELECT * FROM rw_db ORDER BY id) x",
              "SELECT %1(id || '|' || name || '|' || type, ';') FROM (SELECT * FROM rw_field ORDER BY id) x",
              "SELECT %1(id || '|' || kind || '|' || name || '|' || definition, ';') FROM "
              "(SELECT * FROM rw_setting ORDER BY id) x"}) {
            if (q.exec(QString::fromLatin1(sql).arg(agg)) && q.next())
                out.append(q.value(0).toString());
        }
        const Catalog c = catalog();
        for (const DbDef &d : c.dbs)
            out.append(u"%1=%2"_s.arg(d.name).arg(count(d.name)));
        return out.join(u'\n');
    }
    static std::optional<SettingDef> settingOf(const Catalog &c, SettingKind kind)
    {
        for (const DbDef &d : c.dbs) {
            for (const SettingDef &s : d.settings) {
                if (s.kind == kind)
                    return s;
            }
        }
        return std::nullopt;
    }

    /// Performs one operation of the locked list on production.
    Status perform(const QString &op)
    {
        const Catalog c = catalog();
        SchemaEditor editor(m_conn->db(), m_clock);
        const DbDef customers = *c.dbByName(u"顧客"_s);
        if (op == "addField"_L1) {
            FieldDef f;
            f.name = u"携帯番号"_s;
            f.type = FieldType::Text;
            auto r = editor.addField(customers.id, f);
            return r ? Status{} : Status{r.error()};
        }
        if (op == "copyField"_L1) {
            auto r = editor.copyField(fieldId(u"顧客"_s, u"顧客名"_s), u"顧客名のコピー"_s);
            return r ? Status{} : Status{r.error()};
        }
        if (op == "deleteField"_L1)
            return editor.deleteField(fieldId(u"顧客"_s, u"備考"_s));
        if (op == "retypeField"_L1) {
            auto r = editor.retypeField(fieldId(u"顧客"_s, u"住所"_s), FieldType::MultilineText);
            return r ? Status{} : Status{r.error()};
        }
        for (const auto &[kind, key] :
             {std::pair{SettingKind::Aggregation, "Aggregation"_L1}, std::pair{SettingKind::Workflow, "Workflow"_L1}}) {
            if (op == "add"_L1 + key) {
                auto r = editor.addSetting(customers.id, kind, u"新しい設定"_s,
                                           QJsonObject{{"items"_L1, QJsonArray{u"件数"_s}},
                                                       {"breakdown"_L1, u"担当"_s},
                                                       {"storeResults"_L1, true}});
                return r ? Status{} : Status{r.error()};
            }
            const std::optional<SettingDef> s = settingOf(c, kind);
            if (!s)
                return makeError(ErrorCode::NotFound, u"the demo has no such setting"_s);
            if (op == "update"_L1 + key) {
                QJsonObject def = s->definition;
                def.insert("storeResults"_L1, !def.value("storeResults"_L1).toBool());
                return editor.updateSetting(s->id, s->name, def);
            }
            if (op == "delete"_L1 + key)
                return editor.deleteSetting(s->id);
        }
        if (op == "loadTemplate"_L1) {
            TemplateExportOptions ex;
            ex.dbs = {u"商品"_s};
            ex.withRelated = false;
            ex.outPath = path(u"商品.zip"_s);
            if (auto r = TemplateExporter(*m_dir, m_clock, m_admin).run(ex); !r) // reading: allowed during a run
                return r.error();
            auto doc = TemplateDocument::read(ex.outPath);
            if (!doc)
                return doc.error();
            TemplateImportOptions o;
            o.onConflict = TemplateConflict::Rename;
            auto r = TemplateImporter(*m_dir, m_clock, m_admin).run(doc.value(), o);
            return r ? Status{} : Status{r.error()};
        }
        if (op == "createDbFromCsv"_L1) {
            DbFromCsvOptions o;
            o.file = writeText(path(u"new.csv"_s), "会社,電話\n山田商店,03-1234-5678\n"_ba);
            o.name = u"新規取引先"_s;
            auto r = DbFromCsv(*m_dir, m_clock, m_admin).run(o);
            return r ? Status{} : Status{r.error()};
        }
        if (op == "deleteAllRecords"_L1) {
            auto r = BulkDelete(*m_dir, m_clock, m_admin).deleteAll(u"顧客"_s);
            return r ? Status{} : Status{r.error()};
        }
        if (op == "recordWriterRemoveAll"_L1) {
            Sql::Transaction tx(m_conn->db());
            if (auto st = tx.begin(); !st)
                return st;
            RecordWriter writer(m_conn->db(), customers, m_clock);
            if (auto r = writer.removeAll(); !r)
                return r.error();
            return tx.commit();
        }
        return makeError(ErrorCode::InvalidArgument, u"unknown operation "_s + op);
    }

private slots:
    void initTestCase() { QVERIFY(RewindTest::buildDemo(m_demo.path(), 600, 5)); }

    // Each test works on its own copy of the demo workspace.
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        RewindTest::copyFolder(m_demo.path(), m_tmp->filePath(u"data"_s));
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
        m_admin = RewindTest::adminSession(*m_dir);
        QVERIFY(m_admin.userId != 0);
        auto conn = Production::open(*m_dir, u"test"_s);
        QVERIFY(conn.ok());
        m_conn = conn.value();
    }
    void cleanup()
    {
        m_conn.reset();
        m_tmp.reset();
    }

    void currentRunReadsTheLockAndState()
    {
        QVERIFY(!BackupWindow::currentRun(*m_dir));
        QVERIFY(BackupWindow::refuseDuringRun(*m_dir, u"Anything"_s).ok());
        {
            BackupRun run(*m_dir, BackupRun::Holder::ThisProcess);
            QVERIFY(run.start());
            const auto info = BackupWindow::currentRun(*m_dir);
            QVERIFY(info);
            QCOMPARE(info->slot, std::optional<Weekday>(Weekday::Sat));
            QCOMPARE(info->startedAt, QDateTime(QDate(2026, 11, 21), QTime(1, 0)));
            // At least a minute, or twice the longest run a manifest recorded.
            QVERIFY(info->expectedEnd >= info->startedAt.addSecs(60));
        }
        QVERIFY(!BackupWindow::currentRun(*m_dir));
        // Only production's SQLite connection is tied to a data directory; a PostgreSQL one asks its database.
        if (m_dir->isPostgres()) {
            QVERIFY(!BackupWindow::dataDirOf(m_conn->db()));
        } else {
            QVERIFY(BackupWindow::dataDirOf(m_conn->db()));
            QCOMPARE(BackupWindow::dataDirOf(m_conn->db())->root(), m_dir->root());
        }
        auto other = ScopedConnection::open(ConnectionSpec{path(u"scratch.sqlite"_s), ConnectionSpec::Mode::ReadWrite},
                                            u"scratch"_s);
        QVERIFY(other.ok());
        QVERIFY(!BackupWindow::dataDirOf(other.value()->db()));
    }

    void lockedOperationsRefusedDuringRun_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("named");
        QTest::addColumn<bool>("otherProcess");
        const std::pair<const char *, const char *> ops[] = {
            {"addField", "Adding a field"},
            {"copyField", "Copying a field"},
            {"deleteField", "Deleting a field"},
            {"retypeField", "Changing a field's type"},
            {"addAggregation", "Adding an aggregation setting"},
            {"updateAggregation", "Changing an aggregation setting"},
            {"deleteAggregation", "Deleting an aggregation setting"},
            {"addWorkflow", "Adding a workflow setting"},
            {"updateWorkflow", "Changing a workflow setting"},
            {"deleteWorkflow", "Deleting a workflow setting"},
            {"loadTemplate", "Loading a template"},
            {"createDbFromCsv", "Creating a DB from a CSV file"},
            {"deleteAllRecords", "Deleting all records"},
            {"recordWriterRemoveAll", "Deleting all records of \"顧客\""},
        };
        for (bool otherProcess : {false, true}) {
            for (const auto &[op, named] : ops)
                QTest::addRow("%s, run in %s", op, otherProcess ? "another process" : "this process")
                    << QString::fromLatin1(op) << QString::fromUtf8(named) << otherProcess;
        }
    }
    void lockedOperationsRefusedDuringRun()
    {
        QFETCH(QString, op);
        QFETCH(QString, named);
        QFETCH(bool, otherProcess);
        const QString before = productionState();
        const auto points = RestorePointStore(*m_dir).list().value().size();
        const auto events = HistoryStore(*m_dir).events().value().size();
        {
            BackupRun run(*m_dir, otherProcess ? BackupRun::Holder::OtherProcess : BackupRun::Holder::ThisProcess);
            QVERIFY(run.start());
            const Status st = perform(op);
            QVERIFY2(!st.ok(), qPrintable(op));
            QCOMPARE(st.error().code, ErrorCode::Busy);
            const QString message = st.error().message;
            // What, why, which slot, since when and until about when.
            QVERIFY2(message.startsWith(named + u" is not possible right now"_s), qPrintable(message));
            QVERIFY2(message.contains(u"a backup run is writing the Saturday generation"_s), qPrintable(message));
            QVERIFY2(message.contains(QLocale().toString(QTime(1, 0), QLocale::ShortFormat)), qPrintable(message));
            const auto end = BackupWindow::currentRun(*m_dir)->expectedEnd;
            QVERIFY2(
                message.contains(u"It should end by about "_s + QLocale().toString(end.time(), QLocale::ShortFormat)),
                qPrintable(message));
            QCOMPARE(productionState(), before);
            QCOMPARE(RestorePointStore(*m_dir).list().value().size(), points);
            QCOMPARE(HistoryStore(*m_dir).events().value().size(), events);
        }
        // The run is over: the same operation goes through.
        const Status after = perform(op);
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
        QVERIFY(productionState() != before);
    }

    void allowedOperationsWorkDuringRun()
    {
        BackupRun run(*m_dir, BackupRun::Holder::OtherProcess);
        QVERIFY(run.start());
        QVERIFY(BackupWindow::currentRun(*m_dir));
        const DbDef customers = db(u"顧客"_s);
        const qint64 records = count(u"顧客"_s);

        // Ordinary record edits.
        {
            Sql::Transaction tx(m_conn->db());
            QVERIFY(tx.begin().ok());
            RecordWriter writer(m_conn->db(), customers, m_clock);
            QVariantList values;
            for (const FieldDef &f : customers.fields)
                values.append(f.name == u"顧客名"_s ? QVariant(u"バックアップ中商事"_s) : QVariant());
            auto rid = writer.insert(values);
            QVERIFY2(rid.ok(), qPrintable(rid.ok() ? QString() : rid.error().message));
            QVERIFY(writer.update(rid.value(), {{customers.fieldByName(u"顧客名"_s)->id, u"更新商事"_s}}).ok());
            QSqlQuery q(m_conn->db());
            QVERIFY(q.exec(u"SELECT min(rid) FROM "_s + customers.table()) && q.next());
            QVERIFY(writer.remove(q.value(0).toLongLong()).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(count(u"顧客"_s), records);

        // Renaming a field, its options, and the setting kinds that are not locked.
        SchemaEditor editor(m_conn->db(), m_clock);
        QVERIFY(editor.renameField(fieldId(u"顧客"_s, u"備考"_s), u"メモ"_s).ok());
        QVERIFY(db(u"顧客"_s).fieldByName(u"メモ"_s));
        auto view = editor.addSetting(customers.id, SettingKind::View, u"東京の顧客"_s,
                                      QJsonObject{{"filter"_L1, u"住所 contains 東京"_s}});
        QVERIFY2(view.ok(), qPrintable(view.ok() ? QString() : view.error().message));
        QVERIFY(editor.updateSetting(view.value(), u"東京都の顧客"_s, QJsonObject{{"filter"_L1, u"東京都"_s}}).ok());
        QVERIFY(editor.deleteSetting(view.value()).ok());
        const std::optional<SettingDef> automation = settingOf(catalog(), SettingKind::Automation);
        QVERIFY(automation);
        QVERIFY(editor.updateSetting(automation->id, automation->name, automation->definition).ok());

        // Reading out: CSV export.
        CsvExportOptions ex;
        ex.db = u"顧客"_s;
        ex.outPath = path(u"顧客.csv"_s);
        auto exported = CsvExporter(*m_dir, m_admin).run(ex);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QCOMPARE(exported->rows, records);
        QVERIFY(BulkDelete(*m_dir, m_clock, m_admin).count(u"顧客"_s).ok());
    }

    void deleteAllRecordsRoundTrip()
    {
        const qint64 before = count(u"顧客"_s);
        const qint64 deals = count(u"案件"_s);
        QVERIFY(before > 0);
        QSqlQuery q(m_conn->db());
        QVERIFY(q.exec(u"SELECT max(rid) FROM "_s + db(u"顧客"_s).table()) && q.next());
        const qint64 maxRid = q.value(0).toLongLong();
        q.finish();
        const QString state = productionState();
        QCOMPARE(BulkDelete(*m_dir, m_clock, m_admin).count(u"顧客"_s).value(), before);

        auto r = BulkDelete(*m_dir, m_clock, m_admin).deleteAll(u"顧客"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->deleted, before);
        QCOMPARE(r->db, u"顧客"_s);
        QCOMPARE(count(u"顧客"_s), qint64(0));
        QCOMPARE(count(u"案件"_s), deals); // other DBs untouched

        // A restore point first, and one history event.
        const auto points = RestorePointStore(*m_dir).list().value();
        QVERIFY(std::any_of(points.cbegin(), points.cend(),
                            [&](const RestorePoint &p) { return p.id == r->restorePoint; }));
        const HistoryEvent last = HistoryStore(*m_dir).events().value().constLast();
        QCOMPARE(last.kind, QString::fromLatin1(HistoryKind::RecordsDeletedAll));
        QCOMPARE(last.user, m_admin.historyName());
        QCOMPARE(last.details.value(u"db"_s).toString(), u"顧客"_s);
        QCOMPARE(last.details.value(u"records"_s).toInteger(), before);
        QCOMPARE(last.details.value(u"restorePoint"_s).toString(), r->restorePoint);
        QVERIFY2(last.description.contains(r->restorePoint), qPrintable(last.description));

        // IDs are not handed out again.
        {
            const DbDef customers = db(u"顧客"_s);
            RecordWriter writer(m_conn->db(), customers, m_clock);
            QVariantList values;
            for (qsizetype i = 0; i < customers.fields.size(); ++i)
                values.append(QVariant());
            auto rid = writer.insert(values);
            QVERIFY(rid.ok());
            QVERIFY(rid.value() > maxRid);
        }

        // Undo (what `rewindctl undo-import` does) brings production back.
        m_conn.reset();
        QVERIFY(CsvImporter(*m_dir, m_clock, m_admin).undo(r->restorePoint).ok());
        m_conn = Production::open(*m_dir, u"test"_s).value();
        QCOMPARE(count(u"顧客"_s), before);
        QCOMPARE(productionState(), state);

        QCOMPARE(BulkDelete(*m_dir, m_clock, m_admin).deleteAll(u"ない"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(BulkDelete(*m_dir, m_clock, m_admin).count(u"ない"_s).error().code, ErrorCode::NotFound);
    }

    void createDbFromCsvRoundTrip_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("utf-8 with BOM") << int(CsvEncoding::Utf8Bom);
        QTest::newRow("utf-8") << int(CsvEncoding::Utf8);
        QTest::newRow("cp932") << int(CsvEncoding::Cp932);
    }
    void createDbFromCsvRoundTrip()
    {
        QFETCH(int, encoding);
        const QList<QStringList> rows = {
            {u"会社"_s, u"電話"_s, u"備考"_s, u"会社"_s},
            {u"㈱髙橋製作所"_s, u"03-1234-5678"_s, u"①重要, 至急"_s, u"本社"_s},
            {u"山田商店"_s, u""_s, u"-5"_s, u"=SUM(A1)"_s},
            {u"ｶﾅ商会"_s, u"+81 3 0000"_s, u"\"引用\""_s, u""_s},
        };
        const QString file = path(u"取引先.csv"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            CsvWriter writer(&out, CsvEncoding(encoding)); // with the formula guard, as Rewind exports
            QVERIFY(writer.begin());
            for (const QStringList &row : rows) {
                for (const QString &cell : row)
                    QVERIFY(writer.addCell(cell));
                QVERIFY(writer.endRow());
            }
            QVERIFY(writer.flush());
        }
        const QString state = productionState();
        DbFromCsvOptions o;
        o.file = file;
        o.name = u"取引先"_s;
        QList<qint64> progress;
        DbFromCsv creator(*m_dir, m_clock, m_admin);
        creator.setProgress([&](qint64 done, qint64 total) { progress.append(total > 0 ? done * 100 / total : -1); });
        auto r = creator.run(o);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->db, u"取引先"_s);
        QCOMPARE(r->records, qint64(3));
        QCOMPARE(r->fields, (QStringList{u"会社"_s, u"電話"_s, u"備考"_s, u"会社 (2)"_s}));
        QCOMPARE(r->encoding, encoding == int(CsvEncoding::Cp932)     ? CsvEncoding::Cp932
                              : encoding == int(CsvEncoding::Utf8Bom) ? CsvEncoding::Utf8Bom
                                                                      : CsvEncoding::Utf8);
        QVERIFY(!progress.isEmpty() && progress.last() == 100);

        const DbDef created = db(u"取引先"_s);
        QCOMPARE(created.id, r->dbId);
        QCOMPARE(created.fields.size(), 4);
        for (const FieldDef &f : created.fields)
            QCOMPARE(f.type, FieldType::Text);
        QStringList cols;
        for (const FieldDef &f : created.fields)
            cols.append(f.column());
        QSqlQuery q(m_conn->db());
        QVERIFY(q.exec(u"SELECT %1 FROM %2 ORDER BY rid"_s.arg(cols.join(u','), created.table())));
        for (qsizetype row = 1; row < rows.size(); ++row) {
            QVERIFY(q.next());
            for (int c = 0; c < 4; ++c) {
                const QString expected = rows[row][c];
                if (expected.isEmpty())
                    QVERIFY2(q.value(c).isNull(), qPrintable(q.value(c).toString())); // an empty cell is no value
                else
                    QCOMPARE(q.value(c).toString(), expected); // the formula guard's apostrophe is gone again
            }
        }
        QVERIFY(!q.next());
        q.finish();
        // Searchable like any other DB.
        QCOMPARE(RewindTest::countRecords(Production::readOnly(*m_dir), u"取引先"_s, u"山田"_s), qint64(1));

        const HistoryEvent last = HistoryStore(*m_dir).events().value().constLast();
        QCOMPARE(last.kind, QString::fromLatin1(HistoryKind::DbCreatedFromFile));
        QCOMPARE(last.user, m_admin.historyName());
        QCOMPARE(last.details.value(u"db"_s).toString(), u"取引先"_s);
        QCOMPARE(last.details.value(u"records"_s).toInteger(), 3);
        QCOMPARE(last.details.value(u"file"_s).toString(), u"取引先.csv"_s);
        QCOMPARE(last.details.value(u"restorePoint"_s).toString(), r->restorePoint);

        // Undo: the DB is gone again, production as it was.
        m_conn.reset();
        QVERIFY(CsvImporter(*m_dir, m_clock, m_admin).undo(r->restorePoint).ok());
        m_conn = Production::open(*m_dir, u"test"_s).value();
        QVERIFY(!catalog().dbByName(u"取引先"_s));
        QCOMPARE(productionState(), state);
    }

    void fieldNamesFromTheHeader()
    {
        auto names = DbFromCsv::fieldNames({u"a"_s, u"a"_s, u"a (2)"_s, u" a "_s, u"'=b"_s});
        QVERIFY(names.ok());
        QCOMPARE(names.value(), (QStringList{u"a"_s, u"a (3)"_s, u"a (2)"_s, u"a (4)"_s, u"=b"_s}));
        auto empty = DbFromCsv::fieldNames({u"名前"_s, u" "_s});
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().message.contains(u"Column 2"_s), qPrintable(empty.error().message));
        auto longName = DbFromCsv::fieldNames({QString(65, u'x')});
        QVERIFY(!longName.ok());
        QVERIFY2(longName.error().message.contains(u"Column 1"_s), qPrintable(longName.error().message));
        QVERIFY2(longName.error().message.contains(u"65"_s), qPrintable(longName.error().message));
        auto control = DbFromCsv::fieldNames({u"a"_s, u"b"_s, u"c\u0007"_s});
        QVERIFY(!control.ok());
        QVERIFY2(control.error().message.contains(u"Column 3"_s), qPrintable(control.error().message));
    }

    void createDbFromCsvErrorsChangeNothing()
    {
        const QString state = productionState();
        const auto points = RestorePointStore(*m_dir).list().value().size();
        auto run = [&](const QByteArray &bytes, const QString &name) {
            DbFromCsvOptions o;
            o.file = writeText(path(u"bad.csv"_s), bytes);
            o.name = name;
            return DbFromCsv(*m_dir, m_clock, m_admin).run(o);
        };
        // A header that cannot name fields: no restore point, nothing written.
        auto r = run("a,,c\n1,2,3\n", u"新規"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"Column 2"_s) && r.error().message.contains(u"bad.csv"_s),
                 qPrintable(r.error().message));
        QCOMPARE(RestorePointStore(*m_dir).list().value().size(), points);
        // An existing DB's name.
        r = run("a\n1\n", u"顧客"_s);
        QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(RestorePointStore(*m_dir).list().value().size(), points);
        // An empty file and an invalid DB name.
        QCOMPARE(run("", u"新規"_s).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(run("a\n1\n", u" "_s).error().code, ErrorCode::InvalidArgument);
        // A row that does not fit: the transaction is rolled back, the DB is not left half made.
        r = run("a,b\n1,2\n3,4,5\n", u"新規"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"row 2 (line 3)"_s), qPrintable(r.error().message));
        // A line break in a single-line text names row, column and field.
        r = run("a,b\n1,\"x\ny\"\n", u"新規"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"row 1"_s) && r.error().message.contains(u"column 2 \"b\""_s),
                 qPrintable(r.error().message));
        QCOMPARE(productionState(), state);
        // Trailing empty cells (a spreadsheet's stray delimiters) are fine.
        r = run("a,b\n1,2,,\n", u"新規"_s);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->records, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TstBackupWindow)
#include "tst_backupwindow.moc"
