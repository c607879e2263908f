// The console (offscreen) under the conditions of issue 9: generations damaged in every way the slot list
// and the contents can show, two rewindctl processes working on the same folder while it is open, and a
// console left open for a week (a moved clock) that must keep its weekday bar current without a restart.

#include "TestSupport.h"
#include "../core/FaultHarness.h"

#include "EnvironmentBar.h"
#include "MainWindow.h"
#include "ReadOnlyBanner.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "jobs/JobMonitor.h"
#include "util/Clock.h"
#include "util/I18n.h"

#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Rewind;
using namespace Qt::StringLiterals;
using namespace FaultHarness;

namespace
{
constexpr int kTimeoutMs = 60000;

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
} // namespace

class TstConsoleHardening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_demo;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<MainWindow> open(const QString &root, const Clock &clock)
    {
        auto window = std::make_unique<MainWindow>(DataDir(root), clock, RewindTest::adminSession(DataDir(root)),
                                                   m_settings.get());
        window->resize(1200, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

    static QToolButton *slotButton(MainWindow *window, Weekday day)
    {
        return window->findChild<QToolButton *>(u"env_"_s + weekdayKey(day));
    }

private slots:
    void initTestCase()
    {
        I18n::install(u"en"_s);
        QVERIFY(m_tmp.isValid());
        m_settings = std::make_unique<QSettings>(m_tmp.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_demo = m_tmp.filePath(u"demo"_s);
        QVERIFY(RewindTest::buildDemo(m_demo, 3000, 7));
    }

    void damagedSlotsShowDamagedAndNeverOpen()
    {
        const QString root = m_tmp.filePath(u"damaged"_s);
        const QString other = m_tmp.filePath(u"other"_s);
        QVERIFY(RewindTest::copyFolder(m_demo, root));
        QVERIFY(RewindTest::buildDemo(other, 3000, 8)); // another workspace, the same seven slots
        const DataDir dir(root);
        auto slotFile = [&](Weekday d) {
            return dir.slotPath(d);
        };
        {
            QFile mon(slotFile(Weekday::Mon));
            QVERIFY(mon.resize(mon.size() / 2));
        }
        QVERIFY(flipBytes(slotFile(Weekday::Tue), 16, 8)); // the header
        const qint64 wedSize = QFileInfo(slotFile(Weekday::Wed)).size();
        QVERIFY(flipBytes(slotFile(Weekday::Wed), (wedSize / 2 / 4096) * 4096 + 1500, 32)); // a record page
        {
            QFile thu(slotFile(Weekday::Thu));
            QVERIFY(thu.open(QIODevice::ReadWrite));
            const qint64 at = thu.readAll().indexOf("\"takenAt\": \"");
            QVERIFY(at > 0);
            QVERIFY(thu.seek(at + 14) && thu.putChar('1')); // 2026 → 2016 in the manifest
        }
        QVERIFY(QFile::remove(slotFile(Weekday::Fri)));
        QVERIFY(QFile::copy(DataDir(other).slotPath(Weekday::Fri), slotFile(Weekday::Fri)));

        auto window = open(root, Clock::system());
        QVERIFY(window);
        auto *bar = window->findChild<EnvironmentBar *>(u"environmentBar"_s);
        QVERIFY(bar);
        // The slot list sees four at once; the record page the background check finds.
        QTRY_VERIFY_WITH_TIMEOUT(!slotButton(window.get(), Weekday::Wed)->isEnabled(), kTimeoutMs);
        const QList<std::pair<Weekday, QString>> damaged = {{Weekday::Mon, u""_s},
                                                            {Weekday::Tue, u""_s},
                                                            {Weekday::Wed, u"checksum"_s},
                                                            {Weekday::Thu, u"manifest"_s},
                                                            {Weekday::Fri, u"another workspace"_s}};
        for (const auto &[day, word] : damaged) {
            QToolButton *button = slotButton(window.get(), day);
            QVERIFY2(!button->isEnabled(), qPrintable(weekdayKey(day)));
            QVERIFY2(button->text().contains(u"damaged"_s), qPrintable(button->text()));
            QVERIFY(button->property("damaged").toBool());
            QVERIFY2(button->toolTip().contains(weekdayName(day)), qPrintable(button->toolTip()));
            QVERIFY2(button->toolTip().contains(word, Qt::CaseInsensitive), qPrintable(button->toolTip()));
            QCOMPARE(bar->generation(day).state, SlotState::Damaged);
        }
        for (Weekday day : {Weekday::Sat, Weekday::Sun})
            QVERIFY2(slotButton(window.get(), day)->isEnabled(), qPrintable(slotButton(window.get(), day)->toolTip()));

        // Asked to open one anyway (a shortcut, a stale click): refused with the reason, nothing shown as if fine.
        auto *message = window->findChild<QLabel *>(u"environmentMessage"_s);
        auto *banner = window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s);
        QVERIFY(message && banner);
        for (const auto &[day, word] : damaged) {
            window->openEnvironment(EnvironmentId::generation(day));
            QVERIFY2(message->isVisible(), qPrintable(weekdayKey(day)));
            QVERIFY2(message->text().contains(u"damaged"_s, Qt::CaseInsensitive) ||
                         message->text().contains(u"cannot"_s, Qt::CaseInsensitive),
                     qPrintable(message->text()));
            QVERIFY(!banner->isVisible());
        }
        // A healthy slot still opens.
        window->openEnvironment(EnvironmentId::generation(Weekday::Sat));
        QVERIFY(!message->isVisible());
        QVERIFY(banner->isVisible());
    }

    void twoRewindctlRunsWhileTheConsoleIsOpen()
    {
        const QString root = m_tmp.filePath(u"concurrent"_s);
        QVERIFY(RewindTest::copyFolder(m_demo, root));
        const QString csv = m_tmp.filePath(u"customers.csv"_s);
        QCOMPARE(runCtl(root, {u"export-csv"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"顧客"_s, u"--out"_s, csv}).exitCode,
                 0);
        const QString lines = m_tmp.filePath(u"lines.csv"_s);
        QCOMPARE(
            runCtl(root, {u"export-csv"_s, u"--env"_s, u"sat"_s, u"--db"_s, u"見積明細"_s, u"--out"_s, lines}).exitCode,
            0);
        auto window = open(root, Clock::system());
        QVERIFY(window);
        window->openEnvironment(EnvironmentId::generation(Weekday::Fri)); // the console reads a generation meanwhile

        const QStringList backup = {u"backup"_s};
        const QStringList importCustomers = {u"import-csv"_s, u"--db"_s, u"顧客"_s, u"--file"_s, csv};
        const QStringList importLines = {
            u"import-csv"_s, u"--db"_s,          u"見積明細"_s,  u"--file"_s,
            lines,           u"--skip-errors"_s, u"--rejects"_s, m_tmp.filePath(u"rejects.csv"_s)};
        const QList<std::pair<QStringList, QStringList>> pairs = {
            {backup, backup}, {backup, importCustomers}, {importCustomers, importLines}};
        int refused = 0, succeeded = 0;
        for (const auto &[a, b] : pairs) {
            QProcess first, second;
            for (QProcess *p : {&first, &second})
                p->setProcessEnvironment(ctlEnvironment());
            first.start(qEnvironmentVariable("REWINDCTL"),
                        QStringList{u"--data-dir"_s, root, u"--lang"_s, u"en"_s} + a);
            second.start(qEnvironmentVariable("REWINDCTL"),
                         QStringList{u"--data-dir"_s, root, u"--lang"_s, u"en"_s} + b);
            // The console keeps running its event loop (folder watcher, banners) while they work.
            QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning,
                                     kTimeoutMs);
            for (QProcess *p : {&first, &second}) {
                QCOMPARE(p->exitStatus(), QProcess::NormalExit);
                const QString err = QString::fromUtf8(p->readAllStandardError());
                if (p->exitCode() == 0) {
                    ++succeeded;
                    continue;
                }
                // One may be refused, saying why: never a crash, never a vague failure.
                QCOMPARE(p->exitCode(), 1);
                QVERIFY2(err.contains(u"Another backup run"_s) || err.contains(u"backup run is writing"_s) ||
                             err.contains(u"busy"_s, Qt::CaseInsensitive),
                         qPrintable(err));
                ++refused;
            }
        }
        qInfo("concurrent pairs: %d runs succeeded, %d refused with a reason", succeeded, refused);
        // Nothing is damaged, nothing is left behind, and the console shows today's new generation.
        const Run verify = runCtl(root, {u"verify"_s, u"--all"_s});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QCOMPARE(runCtl(root, {u"generations"_s}).exitCode, 0);
        QVERIFY2(leftovers(root).isEmpty(), qPrintable(leftovers(root).join(u", "_s)));
        auto *bar = window->findChild<EnvironmentBar *>(u"environmentBar"_s);
        const QDateTime taken = GenerationStore(DataDir(root)).info(Weekday::Sat).manifest->takenAt;
        QCOMPARE(taken, QDateTime(QDate(2026, 11, 21), QTime(10, 0))); // REWIND_CLOCK of the runs
        QTRY_VERIFY_WITH_TIMEOUT(bar->generation(Weekday::Sat).manifest &&
                                     bar->generation(Weekday::Sat).manifest->takenAt == taken,
                                 kTimeoutMs);
        QVERIFY(slotButton(window.get(), Weekday::Sat)->text().contains(u"11/21 10:00"_s));
        window->openEnvironment(EnvironmentId::generation(Weekday::Sat));
        QVERIFY(window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s)->isVisible());
    }

    void consoleOpenForAWeekKeepsItsSlotsCurrent()
    {
        const QString root = m_tmp.filePath(u"week"_s);
        QVERIFY(RewindTest::copyFolder(m_demo, root));
        // The demo's last generation is Friday 11-20; the console opens Saturday morning and stays open.
        ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(0, 30)));
        auto window = open(root, clock);
        QVERIFY(window);
        window->startScheduledWork(24 * 3600 * 1000); // checks below are asked for, not timed
        JobMonitor *monitor = window->jobMonitor();
        QVERIFY(monitor);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor->isBusy(), kTimeoutMs);
        auto *bar = window->findChild<EnvironmentBar *>(u"environmentBar"_s);
        for (int d = 0; d < 7; ++d) {
            const QDate date = QDate(2026, 11, 21).addDays(d);
            const Weekday slot = weekdayOf(date);
            clock.set(QDateTime(date, QTime(1, 10))); // ten minutes after the daily time
            QSignalSpy finished(monitor, &JobMonitor::runFinished);
            monitor->checkNow();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
            const QStringList failures = finished.first().at(2).toStringList();
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; "_s)));
            // Without a restart or a click: the weekday button shows the new generation.
            QTRY_VERIFY_WITH_TIMEOUT(
                bar->generation(slot).manifest && bar->generation(slot).manifest->takenAt.date() == date, kTimeoutMs);
            QVERIFY2(
                slotButton(window.get(), slot)->text().contains(u"%1/%2 01:10"_s.arg(date.month()).arg(date.day())),
                qPrintable(slotButton(window.get(), slot)->text()));
            QVERIFY(slotButton(window.get(), slot)->isEnabled());
            window->openEnvironment(EnvironmentId::generation(slot));
            QVERIFY(window->findChild<ReadOnlyBanner *>(u"readOnlyBanner"_s)->isVisible());
            // Later the same day nothing more is due.
            clock.set(QDateTime(date, QTime(15, 0)));
            QSignalSpy started(monitor, &JobMonitor::runStarted);
            monitor->checkNow();
            QCOMPARE(started.size(), 0);
        }
        // A week later every slot holds one of this week's generations, each verified.
        for (Weekday day : kAllWeekdays) {
            QVERIFY(bar->generation(day).manifest);
            QVERIFY(bar->generation(day).manifest->takenAt.date() >= QDate(2026, 11, 21));
            auto report = GenerationStore(DataDir(root)).verify(day, false);
            QVERIFY(report && report->ok());
        }
        int runs = 0;
        const auto events = HistoryStore(DataDir(root)).events();
        for (const HistoryEvent &e : events.value())
            runs += e.kind == QLatin1StringView(HistoryKind::GenerationRun) && e.at.date() >= QDate(2026, 11, 21);
        QCOMPARE(runs, 7);
    }
};

QTEST_MAIN(TstConsoleHardening)
#include "tst_consolehardening.moc"
