// Compare: RecordDiff against a reference the test computes itself with SQL over the same two files
// (production and a generation attached side by side), after scripted edits to a real demo workspace.

#include "TestSupport.h"

#include "access/Access.h"
#include "backup/GenerationStore.h"
#include "compare/RecordDiff.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>

using namespace Rewind;
using namespace Qt::StringLiterals;

class TstDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demo;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
    Session m_admin;

    /// Runs SQL on production through the test's own connection.
    bool sql(const QString &statement)
    {
        auto conn = Production::open(*m_dir, u"test-edit"_s);
        if (!conn)
            return false;
        QSqlQuery q(conn.value()->db());
        if (!q.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    /// The reference: record IDs of `table` added, deleted and changed between the generation file and
    /// production, by SQL over both attached (EXCEPT on the compared columns).
    struct Expected
    {
        QSet<qint64> added, deleted, changed;
    };
    Expected reference(Weekday slot, const DbDef &db, const QStringList &columns)
    {
        Expected e;
        auto conn = ScopedConnection::open(Production::readOnly(*m_dir), u"test-ref"_s);
        QSqlQuery q(conn.value()->db());
        const QString gen = GenerationStore(*m_dir).connectionSpec(slot).path;
        if (!q.exec(u"ATTACH DATABASE '%1' AS gen"_s.arg(gen)))
            qWarning("attach: %s", qPrintable(q.lastError().text()));
        const QString t = db.table();
        auto ids = [&](const QString &query, QSet<qint64> *into) {
            if (!q.exec(query))
                qWarning("%s: %s", qPrintable(query), qPrintable(q.lastError().text()));
            while (q.next())
                into->insert(q.value(0).toLongLong());
        };
        ids(u"SELECT rid FROM main.%1 WHERE rid NOT IN (SELECT rid FROM gen.%1)"_s.arg(t), &e.added);
        ids(u"SELECT rid FROM gen.%1 WHERE rid NOT IN (SELECT rid FROM main.%1)"_s.arg(t), &e.deleted);
        const QString cols = columns.join(u", "_s);
        ids(u"SELECT rid FROM (SELECT rid, %2 FROM main.%1 WHERE rid IN (SELECT rid FROM gen.%1) EXCEPT "
            "SELECT rid, %2 FROM gen.%1 WHERE rid IN (SELECT rid FROM main.%1))"_s.arg(t, cols),
            &e.changed);
        return e;
    }

private slots:
    void initTestCase() { QVERIFY(RewindTest::buildDemo(m_demo.path(), 3000, 13)); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(RewindTest::copyFolder(m_demo.path(), m_tmp->filePath(u"data"_s)));
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
        m_admin = RewindTest::adminSession(*m_dir);
        QVERIFY(m_admin.userId != 0);
    }

    // Scripted edits after Friday's generation, and the compare agrees with SQL's own answer for every DB.
    void countsMatchAnIndependentReference()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const QString name = customers.fieldByName(u"顧客名"_s)->column();
        const QString phone = customers.fieldByName(u"電話番号"_s)->column();
        QVERIFY(sql(u"UPDATE %1 SET %2 = %2 || '（変更）' WHERE rid % 17 = 3"_s.arg(customers.table(), name)));
        QVERIFY(sql(u"UPDATE %1 SET %2 = NULL WHERE rid % 23 = 5"_s.arg(customers.table(), phone)));
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid % 29 = 7"_s.arg(customers.table())));
        QVERIFY(sql(u"INSERT INTO %1(created_at, updated_at, search, %2) VALUES (0, 0, '', '新規A'), (0, 0, '', '新規B')"_s
                        .arg(customers.table(), name)));
        // A row rewritten with the same values is not a change.
        QVERIFY(sql(u"UPDATE %1 SET %2 = %2 WHERE rid % 31 = 1"_s.arg(customers.table(), name)));

        QList<RecordChange> changes;
        RecordDiff diff(*m_dir, m_admin);
        QList<qint64> progress;
        diff.setProgress([&](qint64 done, qint64 total) { progress.append(total ? done * 100 / total : 0); });
        DiffOptions o;
        o.from = EnvironmentId::generation(friday);
        auto result = diff.run(o, [&](const RecordChange &c) {
            changes.append(c);
            return true;
        });
        VERIFY_OK(result);
        QCOMPARE(result->size(), catalog.dbs.size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), qint64(100));

        for (const DbDiff &d : result.value()) {
            const DbDef &db = *catalog.db(d.dbId);
            QStringList columns;
            for (const FieldDef &f : db.fields)
                columns.append(f.column());
            const Expected e = reference(friday, db, columns);
            QCOMPARE(d.added, qint64(e.added.size()));
            QCOMPARE(d.deleted, qint64(e.deleted.size()));
            QCOMPARE(d.changed, qint64(e.changed.size()));
            QSet<qint64> added, deleted, changed;
            for (const RecordChange &c : changes) {
                if (c.dbId != d.dbId)
                    continue;
                (c.kind == ChangeKind::Added ? added : c.kind == ChangeKind::Deleted ? deleted : changed).insert(c.rid);
            }
            QCOMPARE(added, e.added);
            QCOMPARE(deleted, e.deleted);
            QCOMPARE(changed, e.changed);
        }
        const DbDiff &c = *std::find_if(result->cbegin(), result->cend(),
                                        [&](const DbDiff &d) { return d.dbId == customers.id; });
        QVERIFY(c.changed > 0 && c.deleted > 0 && c.added >= 2);

        // A changed record carries exactly the fields that differ, old → new.
        const auto it = std::find_if(changes.cbegin(), changes.cend(), [&](const RecordChange &ch) {
            return ch.dbId == customers.id && ch.kind == ChangeKind::Changed && ch.rid % 17 == 3 && ch.rid % 23 != 5;
        });
        QVERIFY(it != changes.cend());
        QCOMPARE(it->fields.size(), 1);
        QCOMPARE(it->fields.first().field, u"顧客名"_s);
        QCOMPARE(it->fields.first().after.toString(), it->fields.first().before.toString() + u"（変更）"_s);
        // Changes come in record-ID order within a DB.
        qint64 last = 0;
        for (const RecordChange &ch : changes) {
            if (ch.dbId != customers.id)
                continue;
            QVERIFY(ch.rid > last);
            last = ch.rid;
        }
    }

    // A DB created since counts every record as added, one deleted since every record as deleted; a field
    // added since is named, not compared.
    void dbsAndFieldsOnOneSide()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        {
            auto conn = Production::open(*m_dir, u"schema"_s);
            SchemaEditor editor(conn.value()->db(), Clock::system());
            const Catalog catalog = Catalog::load(conn.value()->db()).value();
            VERIFY_OK(editor.deleteDb(catalog.dbByName(u"請求"_s)->id));
            FieldDef f;
            f.name = u"メモ2"_s;
            VERIFY_OK(editor.addField(catalog.dbByName(u"顧客"_s)->id, f));
            VERIFY_OK(editor.createDb(u"新DB"_s));
        }
        const qint64 invoices = RewindTest::countRecords(GenerationStore(*m_dir).connectionSpec(friday), u"請求"_s);
        DiffOptions o;
        o.from = EnvironmentId::generation(friday);
        auto result = RecordDiff(*m_dir, m_admin).run(o);
        VERIFY_OK(result);
        auto find = [&](const QString &name) {
            return *std::find_if(result->cbegin(), result->cend(), [&](const DbDiff &d) { return d.db == name; });
        };
        QVERIFY(find(u"請求"_s).onlyInFrom);
        QCOMPARE(find(u"請求"_s).deleted, invoices);
        QVERIFY(find(u"新DB"_s).onlyInTo);
        QCOMPARE(find(u"顧客"_s).fieldsOnlyInTo, QStringList{u"メモ2"_s});
        QCOMPARE(find(u"顧客"_s).changed, qint64(0)); // the new, empty field changes no record
        // Two generations compare as well, in either direction.
        o.from = EnvironmentId::generation(Weekday::Mon);
        o.to = EnvironmentId::generation(friday);
        auto forward = RecordDiff(*m_dir, m_admin).run(o);
        std::swap(o.from, o.to);
        auto backward = RecordDiff(*m_dir, m_admin).run(o);
        VERIFY_OK(forward);
        VERIFY_OK(backward);
        for (qsizetype i = 0; i < forward->size(); ++i) {
            const DbDiff &f = forward->at(i);
            const DbDiff &b = *std::find_if(backward->cbegin(), backward->cend(),
                                            [&](const DbDiff &d) { return d.dbId == f.dbId; });
            QCOMPARE(f.added, b.deleted);
            QCOMPARE(f.deleted, b.added);
            QCOMPARE(f.changed, b.changed);
        }
    }

    // Reading a generation is a right: support staff without the grant are refused, managers too.
    void generationsNeedTheRight()
    {
        DiffOptions o;
        o.from = EnvironmentId::generation(Weekday::Mon);
        for (Role role : {Role::Support, Role::Manager}) {
            auto refused = RecordDiff(*m_dir, RewindTest::demoSession(*m_dir, role)).run(o);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
            QVERIFY2(refused.error().message.contains(Access::rightName(Right::OpenGenerations)),
                     qPrintable(refused.error().message));
        }
        o.to = o.from;
        QCOMPARE(RecordDiff(*m_dir, m_admin).run(o).error().code, ErrorCode::InvalidArgument);
        o.to = EnvironmentId::production();
        o.dbs = {u"ない"_s};
        QCOMPARE(RecordDiff(*m_dir, m_admin).run(o).error().code, ErrorCode::NotFound);
    }

    // Cancelling stops the walk with Cancelled.
    void cancelStops()
    {
        std::atomic_bool cancel{true};
        DiffOptions o;
        o.from = EnvironmentId::generation(Weekday::Mon);
        RecordDiff diff(*m_dir, m_admin);
        diff.setCancelFlag(&cancel);
        // The flag is read every 16,384 records: a DB that large is needed to see it.
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &lines = *catalog.dbByName(u"見積明細"_s);
        QVERIFY(sql(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                    "INSERT INTO %1(created_at, updated_at, search) SELECT 0, 0, '' FROM n"_s.arg(lines.table())));
        QCOMPARE(diff.run(o).error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TstDiff)
#include "tst_diff.moc"
