#include "TestSupport.h"

#include "backup/GenerationStore.h"
#include "sql/Connection.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 20000;

class TstRecordModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<DataDir> m_dir;
    std::shared_ptr<ScopedConnection> m_conn;
    Catalog m_catalog;

    const DbDef &db(const QString &name) { return *m_catalog.dbByName(name); }
    QList<qint64> sqlRids(const QString &sql)
    {
        QList<qint64> out;
        QSqlQuery q(m_conn->db());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            qWarning() << q.lastQuery();
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    }
    qint64 sqlCount(const QString &sql)
    {
        QSqlQuery q(m_conn->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    static bool waitForExactCount(RecordTableModel &model)
    {
        return QTest::qWaitFor([&] { return model.isCountExact(); }, 10000);
    }
    // Reads every row through data(), page by page in the given order, and returns the record IDs.
    static QList<qint64> readAll(RecordTableModel &model, bool backwards = false)
    {
        const int rows = model.rowCount();
        const int pages = (rows + RecordPageLoader::kPageSize - 1) / RecordPageLoader::kPageSize;
        for (int i = 0; i < pages; ++i) {
            const int p = backwards ? pages - 1 - i : i;
            const QModelIndex idx = model.index(p * RecordPageLoader::kPageSize, 0);
            model.data(idx);
            if (!QTest::qWaitFor([&] { return model.data(idx, RecordTableModel::LoadedRole).toBool(); }, 10000))
                return {};
        }
        QList<qint64> rids;
        for (int r = 0; r < rows; ++r)
            rids.append(model.data(model.index(r, 0), RecordTableModel::RecordIdRole).toLongLong());
        return rids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(RewindTest::buildDemo(m_tmp.path(), 6000, 5));
        m_dir = std::make_unique<DataDir>(m_tmp.path());
        auto conn = ScopedConnection::open(Production::readOnly(*m_dir), u"check"_s);
        QVERIFY(conn.ok());
        m_conn = conn.value();
        m_catalog = Catalog::load(m_conn->db()).value();
    }
    void cleanupTestCase() { m_conn.reset(); }

    void firstPageThenExactCount()
    {
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &RecordTableModel::rowCountKnown);
        const DbDef &lines = db(u"見積明細"_s);
        model.setQuery(RecordQuery::forDb(Production::readOnly(*m_dir), m_catalog, lines));
        QCOMPARE(model.columnCount(), int(lines.fields.size()) + 3);
        QVERIFY(waitForExactCount(model));
        QCOMPARE(model.rowCount(), int(sqlCount(u"SELECT count(*) FROM "_s + lines.table())));
        QVERIFY(model.rowCount() > 2 * RecordPageLoader::kPageSize);
        // The exact count comes last. The first page and the count are read on different threads, so a lower
        // bound (the first page) comes before it only when the page wins the race: then it is below the count.
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().at(1).toBool(), true);
        QCOMPARE(counts.last().at(0).toLongLong(), qint64(model.rowCount()));
        for (qsizetype i = 0; i + 1 < counts.size(); ++i) {
            QCOMPARE(counts.at(i).at(1).toBool(), false);
            QVERIFY(counts.at(i).at(0).toLongLong() <= counts.last().at(0).toLongLong());
        }
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), lines.fields.first().name);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        // A link column shows the linked record's name and ID.
        const int linkColumn = 2; // 見積明細.見積 → 見積
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(0, 0), RecordTableModel::LoadedRole).toBool(), kUiTimeoutMs);
        QVERIFY(model.data(model.index(0, linkColumn)).toString().contains(u"(#"_s));
    }

    void unloadedRowsSayLoadingAndLastRowComesDirectly()
    {
        RecordTableModel model;
        const DbDef &lines = db(u"見積明細"_s);
        model.setQuery(RecordQuery::forDb(Production::readOnly(*m_dir), m_catalog, lines));
        QVERIFY(waitForExactCount(model));
        const QModelIndex last = model.index(model.rowCount() - 1, 0);
        QCOMPARE(model.data(last).toString(), u"Loading…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(last, RecordTableModel::LoadedRole).toBool(), kUiTimeoutMs);
        QCOMPARE(model.data(last, RecordTableModel::RecordIdRole).toLongLong(),
                 sqlCount(u"SELECT max(rid) FROM "_s + lines.table()));
    }

    void sortOrdersMatchSql_data()
    {
        QTest::addColumn<QString>("dbName");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("backwards");
        QTest::newRow("by ID") << u"請求"_s << 0 << false << false;
        QTest::newRow("by ID, descending") << u"請求"_s << 0 << true << false;
        QTest::newRow("text column") << u"顧客"_s << 2 << false << false;
        QTest::newRow("text column, descending, read from the end") << u"顧客"_s << 2 << true << true;
        QTest::newRow("number column with ties") << u"見積明細"_s << 4 << false << true;
        QTest::newRow("datetime column with NULLs") << u"請求"_s << 7 << false << false;
        QTest::newRow("datetime column with NULLs, descending") << u"請求"_s << 7 << true << true;
        QTest::newRow("updated time") << u"案件"_s << 10 << true << false;
    }
    void sortOrdersMatchSql()
    {
        QFETCH(QString, dbName);
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(bool, backwards);
        const DbDef &def = db(dbName);
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(RecordQuery::forDb(Production::readOnly(*m_dir), m_catalog, def));
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QVERIFY(waitForExactCount(model));
        QString key;
        if (column == 0)
            key = u"rid"_s;
        else if (column <= def.fields.size())
            key = def.fields[column - 1].column();
        else
            key = column == def.fields.size() + 1 ? u"created_at"_s : u"updated_at"_s;
        const QString dir = descending ? u"DESC"_s : u"ASC"_s;
        // Empty values sort first, whatever the engine's default.
        const QList<qint64> expected = sqlRids(u"SELECT rid FROM %1 ORDER BY %2 %3 %4, rid %3"_s.arg(
            def.table(), key, dir, descending ? u"NULLS LAST"_s : u"NULLS FIRST"_s));
        QCOMPARE(readAll(model, backwards), expected);
    }

    void searchIsWidthInsensitiveAndCounts()
    {
        const DbDef &products = db(u"商品"_s);
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(RecordQuery::forDb(Production::readOnly(*m_dir), m_catalog, products));
        QVERIFY(waitForExactCount(model));
        const QString nameCol = products.fields.first().column();
        // The demo writes ＵＳＢメモリ in full width; a half-width, lower-case search finds it.
        const qint64 expected =
            sqlCount(u"SELECT count(*) FROM %1 WHERE %2 LIKE '%ＵＳＢ%'"_s.arg(products.table(), nameCol));
        QVERIFY(expected > 0);
        model.setSearch(u"usb"_s);
        QVERIFY(waitForExactCount(model));
        QCOMPARE(model.rowCount(), int(expected));
        // Two words: both must match.
        model.setSearch(u"usb ソフトウェア"_s);
        QVERIFY(waitForExactCount(model));
        QCOMPARE(
            model.rowCount(),
            int(sqlCount(u"SELECT count(*) FROM %1 WHERE %2 LIKE '%ＵＳＢ%' AND search LIKE '%ソフトウェア%'"_s.arg(
                products.table(), nameCol))));
        // A record ID finds that record.
        model.setSearch(u"7"_s);
        QVERIFY(waitForExactCount(model));
        QVERIFY(readAll(model).contains(7));
        model.setSearch(u"%"_s); // LIKE wildcards are searched literally
        QVERIFY(waitForExactCount(model));
        QCOMPARE(model.rowCount(), 0);
        model.setSearch(QString());
        QVERIFY(waitForExactCount(model));
        QCOMPARE(model.rowCount(), int(sqlCount(u"SELECT count(*) FROM "_s + products.table())));
    }

    void stalePagesAreDropped()
    {
        const DbDef &lines = db(u"見積明細"_s);
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(RecordQuery::forDb(Production::readOnly(*m_dir), m_catalog, lines));
        // Change the order several times without waiting: only the last one may show.
        for (int i = 0; i < 5; ++i) {
            model.sort(i % 2 ? 4 : 1, i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
            model.data(model.index(0, 0));
        }
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(waitForExactCount(model));
        const QList<qint64> expected = sqlRids(u"SELECT rid FROM %1 ORDER BY rid DESC"_s.arg(lines.table()));
        QCOMPARE(readAll(model), expected);
    }

    void browsesAGenerationReadOnly()
    {
        const GenerationStore store(*m_dir);
        const Weekday first = weekdayOf(RewindTest::demoToday().addDays(-6));
        auto conn = ScopedConnection::open(store.connectionSpec(first), u"gen"_s);
        QVERIFY(conn.ok());
        const Catalog genCatalog = Catalog::load(conn.value()->db()).value();
        const DbDef *customers = genCatalog.dbByName(u"顧客"_s);
        QVERIFY(customers);
        // The first day of the week predates the "LINE ID" field; production has it.
        QVERIFY(!customers->fieldByName(u"LINE ID"_s));
        QVERIFY(db(u"顧客"_s).fieldByName(u"LINE ID"_s));
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(RecordQuery::forDb(store.connectionSpec(first), genCatalog, *customers));
        QVERIFY(waitForExactCount(model));
        QSqlQuery q(conn.value()->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM "_s + customers->table()) && q.next());
        QCOMPARE(model.rowCount(), q.value(0).toInt());
        QCOMPARE(model.columnCount(), int(customers->fields.size()) + 3);
    }

    void missingFileReportsAnError()
    {
        RecordTableModel model;
        QSignalSpy failed(&model, &RecordTableModel::loadFailed);
        RecordQuery q =
            RecordQuery::forDb(ConnectionSpec{m_tmp.filePath(u"nope.sqlite"_s), ConnectionSpec::Mode::Immutable},
                               m_catalog, db(u"顧客"_s));
        model.setQuery(q);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"nope.sqlite"_s));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRecordModel)
#include "tst_recordmodel.moc"
