#include "TestSupport.h"

#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"
#include "workspace/TextFold.h"

#include <QJsonObject>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "TestSupport.h"

using namespace Rewind;
using namespace Qt::StringLiterals;

class TstCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<ScopedConnection> m_conn;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(10, 0))};

    QSqlDatabase db() { return m_conn->db(); }
    Catalog catalog()
    {
        auto c = Catalog::load(db());
        return c.ok() ? c.value() : Catalog{};
    }
    /// Columns of a table, on either engine.
    int columnCount(const QString &table)
    {
        return scalar(RewindTest::onPostgres()
                          ? u"SELECT count(*) FROM information_schema.columns WHERE table_schema = 'rewind' AND "
                            "table_name = '%1'"_s.arg(table)
                          : u"SELECT count(*) FROM pragma_table_info('%1')"_s.arg(table))
            .toInt();
    }
    /// The non-empty values of a column in record ID order, comma-separated, on either engine.
    QString joined(const QString &column, const QString &table)
    {
        return scalar(RewindTest::onPostgres()
                          ? u"SELECT string_agg(%1::text, ',' ORDER BY rid) FROM %2"_s.arg(column, table)
                          : u"SELECT group_concat(%1, ',') FROM (SELECT %1 FROM %2 ORDER BY rid)"_s.arg(column, table))
            .toString();
    }
    bool tableExists(const QString &table)
    {
        return scalar(RewindTest::onPostgres() ? u"SELECT count(*) FROM pg_tables WHERE schemaname = 'rewind' AND "
                                                 "tablename = '%1'"_s.arg(table)
                                               : u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(table))
                   .toInt() > 0;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        QFile::remove(m_tmp.filePath(u"production.sqlite"_s));
        m_conn.reset();
        if (RewindTest::onPostgres()) { // a new, empty database for each test, named in production.url
            QFile url(DataDir(m_tmp.path()).productionUrlPath());
            QVERIFY(url.open(QIODevice::WriteOnly));
            url.write(RewindTest::pgUrl(RewindTest::newPgDatabase()).toUtf8());
        }
        auto conn = Production::create(DataDir(m_tmp.path()), u"test"_s, m_clock);
        QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
        m_conn = conn.value();
    }
    void cleanup()
    {
        m_conn.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(m_tmp.filePath(u"production.sqlite"_s + QString::fromLatin1(suffix)));
    }

    void createWorkspaceTwiceIsRefused()
    {
        auto again = Production::create(DataDir(m_tmp.path()), u"again"_s, m_clock);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        const DataDir dir(m_tmp.path());
        QVERIFY(again.error().message.contains(dir.isPostgres() ? dir.productionUrl() : m_tmp.path()));
    }

    void openMissingWorkspaceSaysWhatToDo()
    {
        QTemporaryDir empty;
        auto conn = Production::open(DataDir(empty.path()), u"t"_s);
        QVERIFY(!conn.ok());
        QCOMPARE(conn.error().code, ErrorCode::NotFound);
        QVERIFY(conn.error().message.contains(u"rewindctl demo"_s));
    }

    void createDbAndFieldsOfEveryType()
    {
        SchemaEditor ed(db(), m_clock);
        auto customers = ed.createDb(u"顧客"_s, u"取引先"_s);
        QVERIFY(customers.ok());
        auto deals = ed.createDb(u"案件"_s);
        QVERIFY2(deals.ok(), deals.ok() ? "" : qPrintable(deals.error().message + deals.error().detail));
        const QList<std::pair<QString, FieldType>> types = {
            {u"名前"_s, FieldType::Text}, {u"メモ"_s, FieldType::MultilineText}, {u"金額"_s, FieldType::Number},
            {u"日付"_s, FieldType::Date}, {u"日時"_s, FieldType::DateTime},      {u"有効"_s, FieldType::CheckBox},
        };
        for (const auto &[name, type] : types) {
            FieldDef f;
            f.name = name;
            f.type = type;
            QVERIFY(ed.addField(deals.value(), f).ok());
        }
        FieldDef choice;
        choice.name = u"状態"_s;
        choice.type = FieldType::Choice;
        choice.choices = {u"見込み"_s, u"受注"_s};
        QVERIFY(ed.addField(deals.value(), choice).ok());
        FieldDef link;
        link.name = u"顧客"_s;
        link.type = FieldType::Link;
        link.linkDbId = customers.value();
        QVERIFY(ed.addField(deals.value(), link).ok());

        const Catalog c = catalog();
        QCOMPARE(c.dbs.size(), 2);
        const DbDef *d = c.dbByName(u"案件"_s);
        QVERIFY(d);
        QCOMPARE(d->fields.size(), 8);
        QCOMPARE(d->fields[6].choices, QStringList({u"見込み"_s, u"受注"_s}));
        QCOMPARE(d->fields[7].type, FieldType::Link);
        QCOMPARE(d->fields[7].linkDbId, customers.value());
        QCOMPARE(c.dbByName(u"顧客"_s)->description, u"取引先"_s);
        // The record table has a column per field.
        QCOMPARE(columnCount(d->table()), 4 + 8);
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << QString() << ErrorCode::InvalidArgument;
        QTest::newRow("spaces only") << u"   "_s << ErrorCode::InvalidArgument;
        QTest::newRow("too long") << QString(65, u'あ') << ErrorCode::InvalidArgument;
        QTest::newRow("control character") << u"a\u0001b"_s << ErrorCode::InvalidArgument;
        QTest::newRow("duplicate") << u"顧客"_s << ErrorCode::AlreadyExists;
    }
    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(ErrorCode, code);
        SchemaEditor ed(db(), m_clock);
        QVERIFY(ed.createDb(u"顧客"_s).ok());
        auto r = ed.createDb(name);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(catalog().dbs.size(), 1); // nothing half-created
    }

    void injectionShapedNamesAreJustNames()
    {
        SchemaEditor ed(db(), m_clock);
        const QString evil = u"x\"; DROP TABLE rw_db; --"_s;
        auto id = ed.createDb(evil);
        QVERIFY(id.ok());
        FieldDef f;
        f.name = u"a'); DELETE FROM rw_field; --"_s;
        QVERIFY(ed.addField(id.value(), f).ok());
        const Catalog c = catalog();
        QVERIFY(c.dbByName(evil));
        QCOMPARE(c.dbByName(evil)->fields.first().name, f.name);
    }

    void linkToMissingDbAndEmptyChoiceAreRefused()
    {
        SchemaEditor ed(db(), m_clock);
        auto id = ed.createDb(u"案件"_s);
        FieldDef link;
        link.name = u"顧客"_s;
        link.type = FieldType::Link;
        link.linkDbId = 999;
        auto r = ed.addField(id.value(), link);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(u"999"_s));
        FieldDef choice;
        choice.name = u"状態"_s;
        choice.type = FieldType::Choice;
        QCOMPARE(ed.addField(id.value(), choice).error().code, ErrorCode::InvalidArgument);
        QVERIFY(catalog().dbs.first().fields.isEmpty());
        QCOMPARE(columnCount(u"rec_%1"_s.arg(id.value())), 4);
    }

    void copyRetypeAndDeleteFields()
    {
        SchemaEditor ed(db(), m_clock);
        auto dbId = ed.createDb(u"商品"_s).value();
        FieldDef code;
        code.name = u"コード"_s;
        code.type = FieldType::Text;
        const qint64 codeId = ed.addField(dbId, code).value();
        DbDef def = *catalog().db(dbId);
        RecordWriter w(db(), def, m_clock);
        QVERIFY(w.insert({u"123"_s}).ok());
        QVERIFY(w.insert({u"ABC"_s}).ok());
        QVERIFY(w.insert({u"4.5"_s}).ok());

        auto copyId = ed.copyField(codeId, u"コード(控え)"_s);
        QVERIFY(copyId.ok());
        const QString copyCol = u"f"_s + QString::number(copyId.value());
        QCOMPARE(joined(copyCol, u"rec_%1"_s.arg(dbId)), u"123,ABC,4.5"_s);
        QCOMPARE(ed.copyField(codeId, u"コード(控え)"_s).error().code, ErrorCode::AlreadyExists);

        // Text → number keeps what is a number and reports what it had to clear.
        auto cleared = ed.retypeField(codeId, FieldType::Number);
        QVERIFY2(cleared.ok(), RewindTest::why(cleared).constData());
        QCOMPARE(cleared.value(), qint64(1));
        QCOMPARE(catalog().db(dbId)->field(codeId)->type, FieldType::Number);
        QCOMPARE(scalar(u"SELECT sum(f%1) FROM rec_%2"_s.arg(codeId).arg(dbId)).toDouble(), 127.5);
        QCOMPARE(ed.retypeField(codeId, FieldType::Link).error().code, ErrorCode::Unsupported);

        // The search column follows: the copy is still text and searchable, the retyped field not.
        QCOMPARE(scalar(u"SELECT count(*) FROM rec_%1 WHERE search LIKE '%abc%'"_s.arg(dbId)).toInt(), 1);
        const Status deleted = ed.deleteField(copyId.value());
        QVERIFY2(deleted.ok(), deleted.ok() ? "" : qPrintable(deleted.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM rec_%1 WHERE search LIKE '%abc%'"_s.arg(dbId)).toInt(), 0);
        QVERIFY(!catalog().db(dbId)->field(copyId.value()));
        QCOMPARE(ed.deleteField(copyId.value()).error().code, ErrorCode::NotFound);
    }

    void retypingToADateNeverInventsDates()
    {
        SchemaEditor ed(db(), m_clock);
        auto dbId = ed.createDb(u"在庫"_s).value();
        FieldDef count;
        count.name = u"在庫数"_s;
        count.type = FieldType::Number;
        FieldDef text;
        text.name = u"メモ"_s;
        const qint64 countId = ed.addField(dbId, count).value();
        const qint64 textId = ed.addField(dbId, text).value();
        RecordWriter w(db(), *catalog().db(dbId), m_clock);
        QVERIFY(w.insert({311, u"2026-01-02"_s}).ok());
        QVERIFY(w.insert({31072, u"12"_s}).ok());
        // A number is not a Julian day: every stock count is cleared, and said so.
        auto toDate = ed.retypeField(countId, FieldType::Date);
        QVERIFY2(toDate.ok(), RewindTest::why(toDate).constData());
        QCOMPARE(toDate.value(), qint64(2));
        QCOMPARE(scalar(u"SELECT count(*) FROM rec_%1 WHERE f%2 IS NOT NULL"_s.arg(dbId).arg(countId)).toInt(), 0);
        // Text shaped like a date becomes one; "12" does not.
        auto textToDate = ed.retypeField(textId, FieldType::Date);
        QVERIFY2(textToDate.ok(), RewindTest::why(textToDate).constData());
        QCOMPARE(textToDate.value(), qint64(1));
        QCOMPARE(joined(u"f%1"_s.arg(textId), u"rec_%1"_s.arg(dbId)), u"2026-01-02"_s);
    }

    void renamingAFieldChecksTheName()
    {
        SchemaEditor ed(db(), m_clock);
        const qint64 dbId = ed.createDb(u"顧客"_s).value();
        FieldDef a, b;
        a.name = u"電話"_s;
        b.name = u"住所"_s;
        const qint64 aId = ed.addField(dbId, a).value();
        QVERIFY(ed.addField(dbId, b).ok());
        QVERIFY(ed.renameField(aId, u" 電話番号 "_s).ok());
        QCOMPARE(catalog().db(dbId)->field(aId)->name, u"電話番号"_s);
        const Status clash = ed.renameField(aId, u"住所"_s);
        QCOMPARE(clash.error().code, ErrorCode::AlreadyExists);
        QVERIFY(clash.error().message.contains(u"住所"_s));
        QCOMPARE(ed.renameField(aId, QString()).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(ed.renameField(999, u"x"_s).error().code, ErrorCode::NotFound);
        QCOMPARE(catalog().db(dbId)->field(aId)->name, u"電話番号"_s); // nothing changed by the refusals
    }

    void settingsOfEveryKind()
    {
        SchemaEditor ed(db(), m_clock);
        auto dbId = ed.createDb(u"案件"_s).value();
        for (SettingKind kind : kAllSettingKinds) {
            auto id = ed.addSetting(dbId, kind, settingKindKey(kind) + u" 1"_s, QJsonObject{{u"k"_s, 1}});
            QVERIFY(id.ok());
        }
        QCOMPARE(catalog().db(dbId)->settings.size(), 5);
        const qint64 first = catalog().db(dbId)->settings.first().id;
        QVERIFY(ed.updateSetting(first, u"renamed"_s, QJsonObject{{u"k"_s, 2}}).ok());
        const auto settings = catalog().db(dbId)->settings;
        auto it =
            std::find_if(settings.begin(), settings.end(), [first](const SettingDef &s) { return s.id == first; });
        QCOMPARE(it->name, u"renamed"_s);
        QCOMPARE(it->definition.value(u"k"_s).toInt(), 2);
        QVERIFY(ed.deleteSetting(first).ok());
        QCOMPARE(ed.deleteSetting(first).error().code, ErrorCode::NotFound);
        QCOMPARE(ed.addSetting(999, SettingKind::View, u"v"_s, {}).error().code, ErrorCode::NotFound);
    }

    void deleteDbDropsItsTableAndLeavesLinksDangling()
    {
        SchemaEditor ed(db(), m_clock);
        auto customers = ed.createDb(u"顧客"_s).value();
        auto deals = ed.createDb(u"案件"_s).value();
        FieldDef link;
        link.name = u"顧客"_s;
        link.type = FieldType::Link;
        link.linkDbId = customers;
        QVERIFY(ed.addField(deals, link).ok());
        QVERIFY(ed.deleteDb(customers).ok());
        QVERIFY(!tableExists(u"rec_%1"_s.arg(customers)));
        const Catalog c = catalog();
        QVERIFY(!c.db(customers));
        QCOMPARE(c.db(deals)->fields.first().linkDbId, customers); // a template import re-points it later
        QCOMPARE(ed.deleteDb(customers).error().code, ErrorCode::NotFound);
    }

    void recordWriterKeepsIdsAndSearchText()
    {
        SchemaEditor ed(db(), m_clock);
        auto dbId = ed.createDb(u"顧客"_s).value();
        FieldDef name;
        name.name = u"名前"_s;
        QVERIFY(ed.addField(dbId, name).ok());
        RecordWriter w(db(), *catalog().db(dbId), m_clock);
        QCOMPARE(w.insert({u"ＡＢＣ商事"_s}).value(), qint64(1));
        QCOMPARE(w.insert({u"ｶﾀｶﾅ"_s}, 42).value(), qint64(42));
        QCOMPARE(scalar(u"SELECT search FROM rec_%1 WHERE rid = 1"_s.arg(dbId)).toString(), u"abc商事"_s);
        QCOMPARE(scalar(u"SELECT search FROM rec_%1 WHERE rid = 42"_s.arg(dbId)).toString(), u"カタカナ"_s);
        m_clock.advanceSecs(60);
        QVERIFY(w.update(1, {{catalog().db(dbId)->fields.first().id, u"DEF"_s}}).ok());
        QCOMPARE(scalar(u"SELECT search FROM rec_%1 WHERE rid = 1"_s.arg(dbId)).toString(), u"def"_s);
        QVERIFY(scalar(u"SELECT updated_at > created_at FROM rec_%1 WHERE rid = 1"_s.arg(dbId)).toBool());
        QVERIFY(w.remove(42).ok());
        QCOMPARE(w.remove(42).error().code, ErrorCode::NotFound);
        // AUTOINCREMENT: a deleted ID is never handed out again, so a restore finds it free.
        QCOMPARE(w.insert({u"next"_s}).value(), qint64(43));
        QCOMPARE(TextFold::fold(u"Ｒｅｗｉｎｄ ①"_s), u"rewind 1"_s);
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
