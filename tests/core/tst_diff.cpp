// Compare: RecordDiff against a reference the test computes itself with SQL over the same two files
// (production and a generation attached side by side), after scripted edits to a real demo workspace.

#include "TestSupport.h"

#include "access/Access.h"
#include "backup/GenerationStore.h"
#include "backup/BackupRunner.h"
#include "compare/ChangeSpool.h"
#include "compare/RecordDiff.h"
#include "compare/RecordRestorer.h"
#include "compare/RecordTimeline.h"
#include "workspace/TextFold.h"
#include "history/HistoryStore.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"
#include "sql/SqliteFile.h"

#include <QJsonArray>
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

    static RecordRestoreOptions options(Weekday from, const QString &db, const QList<qint64> &ids)
    {
        RecordRestoreOptions o;
        o.from = from;
        o.db = db;
        o.ids = ids;
        return o;
    }

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
        // On PostgreSQL, production's rows go into an SQLite file first (the snapshot copy tst_pgproduction
        // proves faithful); the SQL below stays the reference, independent of RecordDiff's walk.
        QTemporaryDir pgCopy;
        ConnectionSpec spec = Production::readOnly(*m_dir);
        if (m_dir->isPostgres()) {
            SqliteFile dest;
            const QString path = pgCopy.filePath(u"production.sqlite"_s);
            if (!dest.open(path, SqliteFile::OpenMode::Create) ||
                !PgWorkspaceCopy::toSqlite(*PgTarget::parse(m_dir->productionUrl()), dest))
                qWarning("cannot copy production for the reference");
            spec = ConnectionSpec{path, ConnectionSpec::Mode::ReadOnly};
        }
        auto conn = ScopedConnection::open(spec, u"test-ref"_s);
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
        QVERIFY(sql(
            u"INSERT INTO %1(created_at, updated_at, search, %2) VALUES (0, 0, '', '新規A'), (0, 0, '', '新規B')"_s.arg(
                customers.table(), name)));
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
        const DbDiff &c =
            *std::find_if(result->cbegin(), result->cend(), [&](const DbDiff &d) { return d.dbId == customers.id; });
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
            const DbDiff &b =
                *std::find_if(backward->cbegin(), backward->cend(), [&](const DbDiff &d) { return d.dbId == f.dbId; });
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

    // Restore the selection: a deleted record comes back with its ID, a changed one gets that day's values
    // (all fields, or only the ticked ones); a dry run writes nothing; one restore point, one history event,
    // and undo brings production back.
    void restoreSelectedRecords()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const QString name = customers.fieldByName(u"顧客名"_s)->column();
        const QString phone = customers.fieldByName(u"電話番号"_s)->column();
        // Scripted losses: records 3 and 4 deleted, record 5 with two fields changed.
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid IN (3, 4)"_s.arg(customers.table())));
        QVERIFY(sql(u"UPDATE %1 SET %2 = 'いたずら', %3 = '000' WHERE rid = 5"_s.arg(customers.table(), name, phone)));
        const QByteArray before = RewindTest::productionState(*m_dir);

        RecordRestoreOptions o;
        o.from = friday;
        o.db = u"顧客"_s;
        o.ids = {3, 4, 5};
        o.fields = {u"顧客名"_s}; // for record 5: only the name comes back
        auto dry = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(dry);
        QVERIFY(!dry->applied);
        QCOMPARE(dry->recreated(), 2);
        QCOMPARE(dry->updated(), 1);
        QCOMPARE(dry->steps.at(2).fields, QStringList{u"顧客名"_s});
        QCOMPARE(RewindTest::productionState(*m_dir), before);

        o.dryRun = false;
        auto applied = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(applied);
        QVERIFY(applied->applied);
        QVERIFY(!applied->restorePoint.isEmpty());
        // Against Friday, records 3 and 4 are identical again; record 5 differs only in the phone number.
        DiffOptions d;
        d.from = EnvironmentId::generation(friday);
        d.dbs = {u"顧客"_s};
        QHash<qint64, RecordChange> left;
        VERIFY_OK(RecordDiff(*m_dir, m_admin).run(d, [&](const RecordChange &c) {
            left.insert(c.rid, c);
            return true;
        }));
        QVERIFY(!left.contains(3) && !left.contains(4));
        QVERIFY(left.contains(5));
        QCOMPARE(left.value(5).fields.size(), 1);
        QCOMPARE(left.value(5).fields.first().field, u"電話番号"_s);
        const HistoryEvent last = HistoryStore(*m_dir).events().value().constLast();
        QCOMPARE(last.kind, u"records-restored"_s);
        QCOMPARE(last.user, m_admin.historyName());
        QCOMPARE(last.details.value("records"_L1).toArray().size(), 3);
        // Undo: production as before the restore.
        VERIFY_OK(CsvImporter(*m_dir, Clock::system(), m_admin).undo(applied->restorePoint));
        auto after = RecordRestorer(*m_dir, Clock::system(), m_admin).run(options(friday, u"顧客"_s, {3}));
        VERIFY_OK(after);
        QCOMPARE(after->recreated(), 1); // gone again after the undo
    }

    // A restored record that links to a record production lacks is reported; with withLinked that record
    // comes back too, and records production still has are never touched through links.
    void restoreChecksLinks()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &lines = *catalog.dbByName(u"見積明細"_s);
        const DbDef &products = *catalog.dbByName(u"商品"_s);
        const FieldDef &productLink = *lines.fieldByName(u"商品"_s);
        // A line whose product exists in Friday's generation, both deleted from production since.
        auto conn = ScopedConnection::open(GenerationStore(*m_dir).connectionSpec(friday), u"gen"_s);
        QSqlQuery q(conn.value()->db());
        QVERIFY(q.exec(u"SELECT rid, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY rid LIMIT 1"_s.arg(productLink.column(),
                                                                                                 lines.table())));
        QVERIFY(q.next());
        const qint64 line = q.value(0).toLongLong(), product = q.value(1).toLongLong();
        q.finish();
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid = %2"_s.arg(lines.table()).arg(line)));
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid = %2"_s.arg(products.table()).arg(product)));
        // Another product, still in production but changed: links must not revert it.
        QVERIFY(sql(u"UPDATE %1 SET %2 = '変更済み' WHERE rid <> %3"_s
                        .arg(products.table(), products.fieldByName(u"商品名"_s)->column())
                        .arg(product)));
        const qint64 productsBefore = RewindTest::countRecords(Production::readOnly(*m_dir), u"商品"_s, u"変更済み"_s);

        RecordRestoreOptions o = options(friday, u"見積明細"_s, {line});
        o.dryRun = false;
        auto plain = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(plain);
        QCOMPARE(plain->missingLinks.size(), 1);
        QCOMPARE(plain->missingLinks.first().targetDb, u"商品"_s);
        QCOMPARE(plain->missingLinks.first().targetRid, product);
        QVERIFY(plain->missingLinks.first().inGeneration);
        VERIFY_OK(CsvImporter(*m_dir, Clock::system(), m_admin).undo(plain->restorePoint));

        o.withLinked = true;
        auto linked = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(linked);
        QVERIFY(linked->missingLinks.isEmpty());
        QCOMPARE(linked->recreated(), 2);
        QVERIFY(std::any_of(linked->steps.cbegin(), linked->steps.cend(), [&](const RecordRestoreStep &s) {
            return s.db == u"商品"_s && s.rid == product && s.linked;
        }));
        QCOMPARE(RewindTest::countRecords(Production::readOnly(*m_dir), u"商品"_s, u"変更済み"_s), productsBefore);
    }

    // Restoring needs both rights: to read the generation and to change production's records.
    void restoreNeedsTheRights()
    {
        RecordRestoreOptions o = options(Weekday::Mon, u"顧客"_s, {1});
        o.dryRun = false;
        const QByteArray before = RewindTest::productionState(*m_dir);
        for (Role role : {Role::Support, Role::Manager}) {
            auto refused = RecordRestorer(*m_dir, Clock::system(), RewindTest::demoSession(*m_dir, role)).run(o);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        }
        QCOMPARE(RewindTest::productionState(*m_dir), before);
        o.ids = {999999};
        QCOMPARE(RecordRestorer(*m_dir, Clock::system(), m_admin).run(o).error().code, ErrorCode::NotFound);
    }

    // A record's week: every change between consecutive versions agrees with the compare of those two
    // environments, and a record deleted today is gone in production.
    void timelineAgreesWithPairwiseCompares()
    {
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &lines = *catalog.dbByName(u"見積明細"_s);
        const QString qty = lines.fieldByName(u"数量"_s)->column();
        QVERIFY(sql(u"UPDATE %1 SET %2 = 4711 WHERE rid = 2"_s.arg(lines.table(), qty)));
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid = 3"_s.arg(lines.table())));
        RecordTimeline timeline(*m_dir, m_admin);
        // On PostgreSQL every compare with production first copies it: 10 records (with rid 2 changed and 3
        // gone) keep the check and the suite's time.
        const qint64 lastRid = RewindTest::onPostgres() ? 10 : 40;
        for (qint64 rid = 1; rid <= lastRid; ++rid) {
            auto t = timeline.run(u"見積明細"_s, rid);
            VERIFY_OK(t);
            QCOMPARE(t->versions.size(), 8); // seven generations, oldest first, then production
            QVERIFY(t->versions.last().env.isProduction());
            for (qsizetype i = 1; i < t->versions.size(); ++i) {
                const RecordVersion &a = t->versions[i - 1], &b = t->versions[i];
                QVERIFY(a.env.isProduction() || b.env.isProduction() || a.takenAt < b.takenAt);
                if (!a.present || !b.present)
                    continue;
                // The compare of the two environments, for this record.
                DiffOptions o;
                o.from = a.env;
                o.to = b.env;
                o.dbs = {u"見積明細"_s};
                QStringList changed;
                VERIFY_OK(RecordDiff(*m_dir, m_admin).run(o, [&](const RecordChange &c) {
                    if (c.rid == rid)
                        for (const FieldDelta &f : c.fields)
                            changed.append(f.field);
                    return true;
                }));
                const auto e = std::find_if(t->events.cbegin(), t->events.cend(), [&](const TimelineEvent &ev) {
                    return ev.env == b.env && ev.kind == TimelineEvent::Kind::Changed;
                });
                QStringList seen;
                if (e != t->events.cend())
                    for (const FieldDelta &f : e->fields)
                        seen.append(f.field);
                changed.sort();
                seen.sort();
                QCOMPARE(seen, changed);
            }
        }
        auto changedToday = timeline.run(u"見積明細"_s, 2);
        QCOMPARE(changedToday->events.last().kind, TimelineEvent::Kind::Changed);
        QVERIFY(changedToday->events.last().env.isProduction());
        QCOMPARE(changedToday->events.last().fields.first().after.toLongLong(), qint64(4711));
        auto goneToday = timeline.run(u"見積明細"_s, 3);
        QCOMPARE(goneToday->events.last().kind, TimelineEvent::Kind::Disappeared);
        QVERIFY(goneToday->events.last().env.isProduction());
        QCOMPARE(goneToday->events.first().kind, TimelineEvent::Kind::Appeared);
        // Managers may not follow a record into the generations.
        QCOMPARE(
            RecordTimeline(*m_dir, RewindTest::demoSession(*m_dir, Role::Manager)).run(u"見積明細"_s, 2).error().code,
            ErrorCode::ReadOnly);
    }

    // "It was there last week": per environment, the records containing a text, width- and case-insensitively,
    // counted against the test's own query of each file.
    void findAcrossSlots()
    {
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        QVERIFY(sql(u"UPDATE %1 SET search = search || ' zzマーカー' WHERE rid = 7"_s.arg(customers.table())));
        auto found = RecordTimeline(*m_dir, m_admin).find(u"顧客"_s, {}, u"株式会社"_s);
        VERIFY_OK(found);
        QCOMPARE(found->size(), 8);
        for (const SlotMatch &m : found.value()) {
            const ConnectionSpec spec = m.env.isProduction() ? Production::readOnly(*m_dir)
                                                             : GenerationStore(*m_dir).connectionSpec(m.env.slot());
            QCOMPARE(m.count, RewindTest::countRecords(spec, u"顧客"_s, TextFold::fold(u"株式会社"_s)));
            QVERIFY(m.count > 0);
            QVERIFY(std::is_sorted(m.rids.cbegin(), m.rids.cend()));
        }
        // Width and case: the full-width, upper-case spelling finds what production's search text holds.
        auto wide = RecordTimeline(*m_dir, m_admin).find(u"顧客"_s, {}, u"ＺＺマーカー"_s);
        VERIFY_OK(wide);
        QCOMPARE(wide->last().count, qint64(1));
        QCOMPARE(wide->last().rids, QList<qint64>{7});
        QCOMPARE(wide->first().count, qint64(0));
        // One field only.
        auto byName = RecordTimeline(*m_dir, m_admin).find(u"顧客"_s, u"顧客名"_s, u"株式会社"_s);
        VERIFY_OK(byName);
        QVERIFY(byName->last().count > 0 && byName->last().count <= found->last().count);
        QCOMPARE(RecordTimeline(*m_dir, m_admin).find(u"ない"_s, {}, u"x"_s).error().code, ErrorCode::NotFound);
    }

    // --with-linked follows only the links this restore writes: restoring a contact's phone number never
    // recreates the customer that contact links to (production's own link is production's business).
    void withLinkedFollowsOnlyWrittenLinks()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &contacts = *catalog.dbByName(u"担当者"_s);
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const QString link = contacts.fieldByName(u"顧客"_s)->column();
        const QString phone = contacts.fieldByName(u"電話番号"_s)->column();
        auto conn = ScopedConnection::open(Production::readOnly(*m_dir), u"pick"_s);
        QSqlQuery q(conn.value()->db());
        QVERIFY(
            q.exec(u"SELECT rid, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY rid LIMIT 1"_s.arg(link, contacts.table())));
        QVERIFY(q.next());
        const qint64 contact = q.value(0).toLongLong(), customer = q.value(1).toLongLong();
        q.finish();
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid = %2"_s.arg(customers.table()).arg(customer)));
        QVERIFY(sql(u"UPDATE %1 SET %2 = '000-0000' WHERE rid = %3"_s.arg(contacts.table(), phone).arg(contact)));
        RecordRestoreOptions o = options(friday, u"担当者"_s, {contact});
        o.fields = {u"電話番号"_s};
        o.withLinked = true;
        o.dryRun = false;
        auto r = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(r);
        QCOMPARE(r->steps.size(), 1);
        QCOMPARE(r->updated(), 1);
        QCOMPARE(r->recreated(), 0);
        QVERIFY(r->missingLinks.isEmpty()); // the untouched link is not reported either
        auto back = ScopedConnection::open(Production::readOnly(*m_dir), u"check"_s);
        QSqlQuery c(back.value()->db());
        QVERIFY(c.exec(u"SELECT count(*) FROM %1 WHERE rid = %2"_s.arg(customers.table()).arg(customer)) && c.next());
        QCOMPARE(c.value(0).toInt(), 0);
    }

    // No value and an empty text are the same to the compare and to the restore alike.
    void emptyTextAndNullAgree()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const QString note = customers.fieldByName(u"備考"_s)->column();
        auto gen = ScopedConnection::open(GenerationStore(*m_dir).connectionSpec(friday), u"gen"_s);
        QSqlQuery q(gen.value()->db());
        QVERIFY(q.exec(u"SELECT rid FROM %1 WHERE %2 = '' ORDER BY rid LIMIT 1"_s.arg(customers.table(), note)));
        QVERIFY(q.next());
        const qint64 rid = q.value(0).toLongLong();
        q.finish();
        QVERIFY(sql(u"UPDATE %1 SET %2 = NULL WHERE rid = %3"_s.arg(customers.table(), note).arg(rid)));
        DiffOptions d;
        d.from = EnvironmentId::generation(friday);
        d.dbs = {u"顧客"_s};
        bool seen = false;
        VERIFY_OK(RecordDiff(*m_dir, m_admin).run(d, [&](const RecordChange &c) {
            seen = seen || c.rid == rid;
            return true;
        }));
        QVERIFY(!seen);
        auto r = RecordRestorer(*m_dir, Clock::system(), m_admin).run(options(friday, u"顧客"_s, {rid}));
        VERIFY_OK(r);
        QCOMPARE(r->steps.first().action, RecordRestoreStep::Action::Unchanged);
    }

    // A cancel in the middle of a large table ends in Cancelled — never in the unread rest of one side
    // being reported as added on the other — and a cancel before the start is not ignored on small DBs.
    void cancelMidWalkReportsNothingFalse()
    {
        std::atomic_bool cancel{true};
        DiffOptions o;
        o.from = EnvironmentId::generation(Weekday::Mon);
        RecordDiff early(*m_dir, m_admin);
        early.setCancelFlag(&cancel);
        QCOMPARE(early.run(o).error().code, ErrorCode::Cancelled);

        // 3,000 records of 20 KB in a new generation, identical in production.
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const QString note = customers.fieldByName(u"備考"_s)->column();
        QVERIFY(sql(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                    "INSERT INTO %1(created_at, updated_at, search, %2) SELECT 0, 0, '', %3 FROM n"_s.arg(
                        customers.table(), note,
                        RewindTest::onPostgres() ? u"repeat('x', 20000)"_s : u"printf('%.20000c', 'x')"_s)));
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(3, 0))); // Saturday's slot
        auto gen = BackupRunner(*m_dir, clock, Session::schedulerSession()).run();
        VERIFY_OK(gen);
        cancel = false;
        RecordDiff diff(*m_dir, m_admin);
        diff.setCancelFlag(&cancel);
        diff.setProgress([&](qint64, qint64) { cancel = true; });
        o.from = EnvironmentId::generation(gen->slot);
        o.dbs = {u"顧客"_s};
        qint64 added = 0;
        auto r = diff.run(o, [&](const RecordChange &c) {
            added += c.kind == ChangeKind::Added;
            return true;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(added, qint64(0));
    }

    // Values production's fields refuse now (a choice removed, a field made required since) are listed in the
    // dry run, and an apply with any of them writes nothing.
    void restoreRespectsTodaysFieldRules()
    {
        const Weekday friday = weekdayOf(RewindTest::demoToday());
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const FieldDef &trade = *customers.fieldByName(u"業種"_s);
        auto gen = ScopedConnection::open(GenerationStore(*m_dir).connectionSpec(friday), u"gen"_s);
        QSqlQuery q(gen.value()->db());
        QVERIFY(q.exec(u"SELECT rid, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY rid LIMIT 1"_s.arg(trade.column(),
                                                                                                 customers.table())));
        QVERIFY(q.next());
        const qint64 rid = q.value(0).toLongLong();
        const QString choice = q.value(1).toString();
        q.finish();
        {
            auto conn = Production::open(*m_dir, u"rules"_s);
            SchemaEditor editor(conn.value()->db(), Clock::system());
            QStringList choices = trade.choices;
            choices.removeAll(choice);
            VERIFY_OK(editor.setFieldOptions(trade.id, false, false, choices));
        }
        QVERIFY(sql(u"DELETE FROM %1 WHERE rid = %2"_s.arg(customers.table()).arg(rid)));
        const QByteArray before = RewindTest::productionState(*m_dir);
        RecordRestoreOptions o = options(friday, u"顧客"_s, {rid});
        auto dry = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        VERIFY_OK(dry);
        QCOMPARE(dry->conflicts.size(), 1);
        QCOMPARE(dry->conflicts.first().field, u"業種"_s);
        QVERIFY2(dry->conflicts.first().reason.contains(choice), qPrintable(dry->conflicts.first().reason));
        o.dryRun = false;
        auto refused = RecordRestorer(*m_dir, Clock::system(), m_admin).run(o);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(refused.error().message.contains(u"業種"_s), qPrintable(refused.error().message));
        QCOMPARE(RewindTest::productionState(*m_dir), before);
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

    // The console's change list on disk gives back every change as RecordDiff sent it, and its filters
    // agree with the same filters applied to the list in memory.
    void spoolKeepsChangesAndFilters()
    {
        const Catalog catalog = Environments::loadCatalog(*m_dir, m_admin, EnvironmentId::production()).value();
        const DbDef &customers = *catalog.dbByName(u"顧客"_s);
        const FieldDef &name = *customers.fieldByName(u"顧客名"_s);
        QVERIFY(
            sql(u"UPDATE %1 SET %2 = 'ＳＰＯＯＬ-' || rid WHERE rid % 7 = 0"_s.arg(customers.table(), name.column())));
        QList<RecordChange> all;
        const QString path = m_tmp->filePath(u"spool.sqlite"_s);
        {
            auto writer = ChangeSpool::create(path);
            QVERIFY(writer.ok());
            auto counts = RecordDiff(*m_dir, m_admin).run(DiffOptions{}, [&](const RecordChange &c) {
                all.append(c);
                return writer.value()->append(c).ok();
            });
            QVERIFY(counts.ok());
            QVERIFY(writer.value()->finish().ok());
            QCOMPARE(writer.value()->appended(), all.size());
        }
        QVERIFY(all.size() > 100);
        auto reader = ChangeSpool::open(path);
        QVERIFY(reader.ok());
        auto expect = [&](const ChangeSpool::Filter &f, const std::function<bool(const RecordChange &)> &pass) {
            const auto positions = reader.value()->select(f);
            QVERIFY(positions.ok());
            QList<RecordChange> want;
            for (const RecordChange &c : std::as_const(all)) {
                if (pass(c))
                    want.append(c);
            }
            QCOMPARE(positions->size(), want.size());
            for (qsizetype i = 0; i < want.size(); i += std::max<qsizetype>(1, want.size() / 50)) {
                const auto back = reader.value()->read(positions->at(i));
                QVERIFY(back.ok());
                QCOMPARE(back->rid, want.at(i).rid);
                QCOMPARE(back->dbId, want.at(i).dbId);
                QCOMPARE(back->db, want.at(i).db);
                QCOMPARE(back->kind, want.at(i).kind);
                QCOMPARE(back->fields.size(), want.at(i).fields.size());
                for (qsizetype k = 0; k < want.at(i).fields.size(); ++k) {
                    QCOMPARE(back->fields.at(k).field, want.at(i).fields.at(k).field);
                    QCOMPARE(back->fields.at(k).before, want.at(i).fields.at(k).before);
                    QCOMPARE(back->fields.at(k).after, want.at(i).fields.at(k).after);
                }
            }
        };
        expect({}, [](const RecordChange &) { return true; });
        expect({customers.id, {}, 0, {}}, [&](const RecordChange &c) { return c.dbId == customers.id; });
        expect({customers.id, ChangeKind::Changed, name.id, {}}, [&](const RecordChange &c) {
            return c.dbId == customers.id && c.kind == ChangeKind::Changed &&
                   std::any_of(c.fields.cbegin(), c.fields.cend(),
                               [&](const FieldDelta &d) { return d.fieldId == name.id; });
        });
        // Width- and case-insensitive: typed half-width lower case, stored full-width upper case.
        expect({0, {}, 0, u"spool-7"_s}, [](const RecordChange &c) {
            return std::any_of(c.fields.cbegin(), c.fields.cend(), [](const FieldDelta &d) {
                return TextFold::fold(d.after.toString()).contains(u"spool-7"_s);
            });
        });
        // A spool that is not there says which file.
        const auto missing = ChangeSpool::open(m_tmp->filePath(u"no/such/spool.sqlite"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"spool.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TstDiff)
#include "tst_diff.moc"
