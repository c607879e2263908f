// Damaged generations, seen through the real rewindctl: a truncated file, bytes flipped in the header, in a
// page in the middle and in the manifest, and a slot's file swapped for another workspace's generation of the
// same weekday. `verify` names the slot and the problem and exits 3, `generations` shows the slot damaged,
// reading it is refused, and nothing crashes. (tst_generations checks the same damage through the core API;
// the console's view of it is in tests/ui/tst_consolehardening.cpp.)

#include "FaultHarness.h"

#include "backup/GenerationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Rewind;
using namespace Qt::StringLiterals;
using namespace FaultHarness;

namespace
{
bool flipBytes(const QString &path, qint64 offset, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    QByteArray chunk = f.read(count);
    for (auto &c : chunk)
        c = char(c ^ 0x5a);
    return f.seek(offset) && f.write(chunk) == chunk.size();
}

/// The offset of `needle` in a file (-1 when absent).
qint64 find(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().indexOf(needle) : -1;
}
} // namespace

class TstCorruption : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_base, m_other;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("REWINDCTL")), "REWINDCTL must name rewindctl (set by ctest)");
        m_base = m_tmp.filePath(u"base"_s);
        m_other = m_tmp.filePath(u"other"_s);
        QVERIFY(RewindTest::buildDemo(m_base, 3000, 7));
        // Another workspace, built the same way on the same days: its generations carry the same slots.
        QVERIFY(RewindTest::buildDemo(m_other, 3000, 8));
    }

    void damageIsNamedAndRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QString>("problem"); ///< a word the problem must contain
        QTest::newRow("truncated") << u"truncate"_s << u"mon"_s << u""_s;
        QTest::newRow("header bytes flipped") << u"header"_s << u"tue"_s << u""_s;
        QTest::newRow("a page in the middle flipped") << u"middle"_s << u"wed"_s << u""_s;
        QTest::newRow("manifest flipped") << u"manifest"_s << u"thu"_s << u"manifest"_s;
        QTest::newRow("another workspace's file") << u"foreign"_s << u"fri"_s << u"workspace"_s;
    }
    void damageIsNamedAndRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, slot);
        QFETCH(QString, problem);
        const QString dir = m_tmp.filePath(damage);
        QVERIFY(RewindTest::copyFolder(m_base, dir));
        const QString file = dir + u"/generations/"_s + slot + u".sqlite"_s;
        const qint64 size = QFileInfo(file).size();
        if (damage == "truncate"_L1) {
            QFile f(file);
            QVERIFY(f.resize(size / 2));
        } else if (damage == "header"_L1) {
            QVERIFY(flipBytes(file, 16, 8)); // page size, format versions, reserved space
        } else if (damage == "middle"_L1) {
            QVERIFY(flipBytes(file, (size / 2 / 4096) * 4096 + 1500, 32)); // inside a page's cells
        } else if (damage == "manifest"_L1) {
            // Inside the manifest's JSON: a digit of when it was taken.
            const qint64 at = find(file, "\"takenAt\": \"");
            QVERIFY(at > 0);
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(at + 14));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(at + 14));
            QVERIFY(f.putChar(c == '1' ? '2' : '1'));
        } else if (damage == "foreign"_L1) {
            QVERIFY(QFile::remove(file));
            QVERIFY(QFile::copy(m_other + u"/generations/"_s + slot + u".sqlite"_s, file));
        }

        // verify: the slot, the problem, exit code 3; the other six are fine.
        const Run all = runCtl(dir, {u"verify"_s, u"--all"_s, u"--json"_s});
        QCOMPARE(all.exitCode, 3);
        const QJsonArray results = QJsonDocument::fromJson(all.out).object().value("results"_L1).toArray();
        QCOMPARE(results.size(), 7);
        for (const QJsonValue &v : results) {
            const QJsonObject o = v.toObject();
            const bool damaged = o.value("slot"_L1).toString() == slot;
            QCOMPARE(o.value("state"_L1).toString(), damaged ? u"damaged"_s : u"ok"_s);
        }
        const Run one = runCtl(dir, {u"verify"_s, slot});
        QCOMPARE(one.exitCode, 3);
        const QString text = QString::fromUtf8(one.out + one.err);
        const QString dayName = weekdayName(*weekdayFromKey(slot));
        QVERIFY2(text.contains(slot) || text.contains(dayName), qPrintable(text));
        QVERIFY2(problem.isEmpty() || text.contains(problem, Qt::CaseInsensitive), qPrintable(text));
        qInfo("%s: %s", qPrintable(damage), qPrintable(text.simplified()));

        // The slot list says damaged (whatever can be seen without reading every page), and reading the
        // slot either is refused or (a flipped record page the list cannot see) fails on the damage —
        // never a crash, never the damaged content as if it were fine.
        const Run list = runCtl(dir, {u"generations"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const Run dbs = runCtl(dir, {u"dbs"_s, u"--env"_s, slot});
        QVERIFY2(dbs.exitCode == 1, qPrintable(QString::fromUtf8(dbs.out + dbs.err)));
        QVERIFY2(QString::fromUtf8(dbs.err).contains(u"damaged"_s, Qt::CaseInsensitive),
                 qPrintable(QString::fromUtf8(dbs.err)));
        const Run records =
            runCtl(dir, {u"records"_s, u"--env"_s, slot, u"--db"_s, u"見積明細"_s, u"--limit"_s, u"100000"_s});
        QCOMPARE(records.exitCode, 1);
        // Production and the other slots are untouched by all this.
        QCOMPARE(runCtl(dir, {u"dbs"_s, u"--env"_s, u"production"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TstCorruption)
#include "tst_corruption.moc"
