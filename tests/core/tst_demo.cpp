#include "TestSupport.h"

#include "backup/ContentHash.h"
#include "backup/GenerationStore.h"
#include "sql/SqliteFile.h"
#include "workspace/Catalog.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
// Everything a workspace holds, as checksums: catalog plus every record table, read independently of the manifest.
QStringList contentOf(const QString &path)
{
    SqliteFile f;
    if (!f.open(path, SqliteFile::OpenMode::ReadOnly))
        return {u"cannot open"_s};
    QStringList out;
    QString sum;
    ContentHash::catalog(f, &sum);
    out.append(sum);
    for (int id = 1; id <= 7; ++id) {
        qint64 count = 0;
        if (ContentHash::recordTable(f, u"rec_%1"_s.arg(id), &sum, &count))
            out.append(sum + u'/' + QString::number(count));
    }
    return out;
}
} // namespace

class TstDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameWorkspace()
    {
        QTemporaryDir a, b, c;
        QVERIFY(RewindTest::buildDemo(a.path(), 3000, 11));
        QVERIFY(RewindTest::buildDemo(b.path(), 3000, 11));
        QVERIFY(RewindTest::buildDemo(c.path(), 3000, 12));
        const QStringList prodA = contentOf(DataDir(a.path()).productionPath());
        QCOMPARE(prodA.size(), 8);
        QCOMPARE(contentOf(DataDir(b.path()).productionPath()), prodA);
        QVERIFY(contentOf(DataDir(c.path()).productionPath()) != prodA);
        for (Weekday day : kAllWeekdays) {
            QCOMPARE(contentOf(DataDir(b.path()).slotPath(day)), contentOf(DataDir(a.path()).slotPath(day)));
        }
    }

    void aWeekOfDistinctGenerations()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 2000, 3));
        const DataDir dir(tmp.path());
        const QList<GenerationInfo> all = GenerationStore(dir).list();
        QSet<QString> recordSums, catalogSums;
        QSet<QDate> dates;
        for (const GenerationInfo &g : all) {
            QCOMPARE(g.state, SlotState::Ready);
            QVERIFY(g.manifest);
            dates.insert(g.manifest->takenAt.date());
            // Taken inside the default backup window.
            QVERIFY(g.manifest->takenAt.time() < QTime(8, 0));
            recordSums.insert(contentOf(g.path).mid(1).join(u','));
            catalogSums.insert(g.manifest->catalogChecksum);
            QVERIFY(GenerationStore(dir).verify(g.slot, false).value().ok());
        }
        QCOMPARE(dates.size(), 7);
        QVERIFY(dates.contains(RewindTest::demoToday()));
        QCOMPARE(recordSums.size(), 7);
        QCOMPARE(catalogSums.size(), 7); // a settings change every day
        // Production moved on after the last backup.
        QVERIFY(contentOf(dir.productionPath()) != contentOf(dir.slotPath(weekdayOf(RewindTest::demoToday()))));

        // Japanese workspace with links and settings of every kind.
        SqliteFile f;
        QVERIFY(f.open(dir.productionPath(), SqliteFile::OpenMode::ReadOnly));
        qint64 kinds = 0, links = 0;
        QVERIFY(f.queryInt("SELECT count(DISTINCT kind) FROM rw_setting", &kinds));
        QVERIFY(f.queryInt("SELECT count(*) FROM rw_field WHERE type = 'link'", &links));
        QCOMPARE(kinds, qint64(5));
        QVERIFY(links >= 7);
        QString name;
        QVERIFY(f.queryText("SELECT group_concat(name, ',') FROM (SELECT name FROM rw_db ORDER BY position)", &name));
        QCOMPARE(name, u"顧客,担当者,商品,案件,見積,見積明細,請求"_s);
    }

    void refusesAnExistingWorkspaceAndCancelsCleanly()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::buildDemo(tmp.path(), 500, 1));
        auto again = DemoBuilder(DataDir(tmp.path()), DemoOptions{500, 1, RewindTest::demoToday()}).build();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);

        QTemporaryDir other;
        std::atomic_bool cancel = true;
        DemoBuilder builder(DataDir(other.path()), DemoOptions{20000, 1, RewindTest::demoToday()});
        builder.setCancelFlag(&cancel);
        auto r = builder.build();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(DataDir(other.path()).productionPath()));
        for (Weekday day : kAllWeekdays)
            QVERIFY(!QFile::exists(DataDir(other.path()).slotPath(day)));
    }
};

QTEST_GUILESS_MAIN(TstDemo)
#include "tst_demo.moc"
