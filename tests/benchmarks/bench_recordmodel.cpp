// bench_recordmodel WORK_DIR [ROWS]
//
// The record browser's model on a generation with ROWS (default 1,000,000) records in one DB:
// time to the first rows, time to show the last row once the count is known, and resident memory
// above the process before the model existed. Prints "key value" lines for tests/benchmarks/run.

#include "access/Users.h"
#include "backup/BackupRunner.h"
#include "demo/DemoBuilder.h"
#include "backup/GenerationStore.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordTableModel.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
qint64 rssKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

bool build(const DataDir &dir, qint64 rows)
{
    ManualClock clock(QDateTime(QDate(2026, 11, 16), QTime(1, 0)));
    auto conn = Production::create(dir, u"bench"_s, clock);
    if (!conn)
        return false;
    QSqlDatabase db = conn.value()->db();
    SchemaEditor ed(db, clock);
    const qint64 id = ed.createDb(u"見積明細"_s).value();
    const QList<std::pair<QString, FieldType>> fields = {
        {u"明細名"_s, FieldType::Text}, {u"数量"_s, FieldType::Number}, {u"単価"_s, FieldType::Number},
        {u"金額"_s, FieldType::Number}, {u"納期"_s, FieldType::Date},   {u"備考"_s, FieldType::MultilineText}};
    for (const auto &[name, type] : fields) {
        FieldDef f;
        f.name = name;
        f.type = type;
        (void)ed.addField(id, f);
    }
    const DbDef def = *Catalog::load(db).value().db(id);
    (void)Sql::exec(db, u"PRAGMA synchronous=OFF"_s, {});
    db.transaction();
    RecordWriter w(db, def, clock);
    for (qint64 i = 1; i <= rows; ++i) {
        const qint64 qty = i % 17 + 1, price = (i * 7919) % 300000;
        if (!w.insert({u"ノートPC 一式 #%1"_s.arg(i), qty, price, qty * price,
                       QDate(2026, 1, 1).addDays(i % 365).toString(Qt::ISODate),
                       i % 5 ? QVariant() : QVariant(u"至急"_s)})
                 .ok())
            return false;
    }
    db.commit();
    // The same administrator as the demo's, so tests/benchmarks/run logs into this workspace the same way.
    if (!UserStore(dir, clock).createFirstAdmin(u"admin"_s, {}, QByteArray(kDemoUsers[0].password)).ok())
        return false;
    return BackupRunner(dir, clock, Session::schedulerSession()).run().ok();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_recordmodel WORK_DIR [ROWS]\n";
        return 2;
    }
    const DataDir dir(QString::fromLocal8Bit(argv[1]));
    const qint64 rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    if (!QFile::exists(dir.slotPath(Weekday::Mon)) && !build(dir, rows)) {
        QTextStream(stderr) << "cannot build the benchmark workspace\n";
        return 1;
    }
    const GenerationStore store(dir);
    const ConnectionSpec spec = store.connectionSpec(Weekday::Mon);
    Catalog catalog;
    {
        auto conn = ScopedConnection::open(spec, u"catalog"_s);
        catalog = Catalog::load(conn.value()->db()).value();
    }
    const qint64 rssBefore = rssKiB();
    RecordTableModel model;
    QElapsedTimer t;
    t.start();
    model.setQuery(RecordQuery::forDb(spec, catalog, catalog.dbs.first()));
    if (!QTest::qWaitFor(
            [&] {
                return model.rowCount() > 0 && model.data(model.index(0, 1), RecordTableModel::LoadedRole).toBool();
            },
            10000))
        return 1;
    const qint64 firstRows = t.elapsed();
    if (!QTest::qWaitFor([&] { return model.isCountExact(); }, 10000))
        return 1;
    const qint64 countKnown = t.elapsed();
    t.restart();
    const QModelIndex last = model.index(model.rowCount() - 1, 1);
    model.data(last);
    if (!QTest::qWaitFor([&] { return model.data(last, RecordTableModel::LoadedRole).toBool(); }, 10000))
        return 1;
    const qint64 lastRow = t.elapsed();
    // Then scroll like a person dragging the scroll bar: 300 positions across the table.
    t.restart();
    for (int i = 0; i < 300; ++i) {
        const QModelIndex idx = model.index(int(qint64(model.rowCount() - 1) * i / 299), 1);
        model.data(idx);
        if (!QTest::qWaitFor([&] { return model.data(idx, RecordTableModel::LoadedRole).toBool(); }, 10000))
            return 1;
    }
    const qint64 scroll = t.elapsed();
    // Sort by an unindexed column, then jump to the end again.
    t.restart();
    model.sort(4, Qt::DescendingOrder);
    if (!QTest::qWaitFor(
            [&] {
                return model.rowCount() > 0 && model.data(model.index(0, 1), RecordTableModel::LoadedRole).toBool();
            },
            30000))
        return 1;
    const qint64 sortFirst = t.elapsed();
    out << "rows " << model.rowCount() << "\n"
        << "first_rows_ms " << firstRows << "\n"
        << "count_known_ms " << countKnown << "\n"
        << "last_row_ms " << lastRow << "\n"
        << "scroll_300_positions_ms " << scroll << "\n"
        << "sorted_first_rows_ms " << sortFirst << "\n"
        << "rss_above_baseline_mib " << (rssKiB() - rssBefore) / 1024 << "\n";
    return 0;
}
