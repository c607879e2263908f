// The Schedule tab, driven like a user would: a real SchedulePane on a copy of a demo data folder, a
// ManualClock, widgets found by objectName; what was stored is checked through core, never the pane.

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLockFile>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

#include "MessageBoxes.h"
#include "ScheduleEditor.h"
#include "SchedulePane.h"
#include "TestSupport.h"
#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "history/HistoryStore.h"
#include "jobs/ScheduleService.h"
#include "util/Clock.h"
#include "util/I18n.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// A Saturday, the day after the demo's last day (RewindTest::demoToday()).
const QDateTime kNow(QDate(2026, 11, 21), QTime(10, 0));

QStringList lines(const QLabel *label)
{
    return label->text().split(u'\n', Qt::SkipEmptyParts);
}

/// "Every month on day 31 at 02:00", as a person enters it in the editor.
void enterMonthlyDay(SchedulePane *pane, int day, const QTime &time)
{
    auto *frequency = pane->findChild<QComboBox *>(u"frequencyCombo"_s);
    QVERIFY(frequency);
    frequency->setCurrentIndex(frequency->findData(int(Frequency::Monthly)));
    auto *dayRadio = pane->findChild<QRadioButton *>(u"dayRadio"_s);
    QVERIFY(dayRadio && dayRadio->isVisible());
    QTest::mouseClick(dayRadio, Qt::LeftButton);
    QVERIFY(dayRadio->isChecked());
    pane->findChild<QSpinBox *>(u"daySpin"_s)->setValue(day);
    pane->findChild<QTimeEdit *>(u"timeEdit"_s)->setTime(time);
}

QList<HistoryEvent> eventsOfKind(const DataDir &dir, const Session &reader, const char *kind)
{
    HistoryFilter filter;
    filter.kinds = {QString::fromLatin1(kind)};
    auto events = HistoryStore(dir).events(reader, filter);
    return events ? events.value() : QList<HistoryEvent>();
}
} // namespace

class TestSchedulePane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void monthlyDay31PreviewsShortMonthsBeforeSaving();
    void previewFollowsEditsAndShowsProblemsInline();
    void savingStoresScheduleAndReplacesEditor();
    void stoppingRecordsHistory();
    void runInProgressCannotBeStopped();
    void policyEditPersists();
    void policyDisabledForOthers();
    void dailyTimeOutsideWindowShowsCoreMessage();

private:
    /// A fresh copy of the demo, so every test starts with no schedule and the default policy.
    QString freshDataDir();
    /// The pane as `user` sees it (the demo's administrator unless told).
    std::unique_ptr<SchedulePane> openPane(const QString &root, const Session &user);
    std::unique_ptr<SchedulePane> openPane(const QString &root) { return openPane(root, m_admin); }

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    int m_copies = 0;
    // Logged in once in the demo, so every copy holds the logins and the sessions are valid in each.
    Session m_admin;   // an administrator: may change schedules and the policy
    Session m_manager; // a manager: may look, not change
    ManualClock m_clock{kNow};
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
    QList<MessageBoxes::Request> m_messages;
};

void TestSchedulePane::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path()));
    m_admin = RewindTest::adminSession(DataDir(m_demo.path()));
    QVERIFY(m_admin.isAdmin());
    m_manager = RewindTest::demoSession(DataDir(m_demo.path()), Role::Manager);
    QCOMPARE(m_manager.role, Role::Manager);
}

void TestSchedulePane::init()
{
    I18n::install(u"en"_s);
    m_clock.set(kNow);
    m_answer = QMessageBox::Yes;
    m_messages.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_messages.append(request);
        return request.buttons.testFlag(m_answer) ? m_answer : QMessageBox::Ok;
    });
}

void TestSchedulePane::cleanup()
{
    MessageBoxes::setHandler({});
}

QString TestSchedulePane::freshDataDir()
{
    const QString root = m_scratch.filePath(u"copy%1"_s.arg(++m_copies));
    return RewindTest::copyFolder(m_demo.path(), root) ? root : QString();
}

std::unique_ptr<SchedulePane> TestSchedulePane::openPane(const QString &root, const Session &user)
{
    auto pane = std::make_unique<SchedulePane>(DataDir(root), m_clock, user);
    pane->resize(1100, 760);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

void TestSchedulePane::monthlyDay31PreviewsShortMonthsBeforeSaving()
{
    const QString root = freshDataDir();
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(pane->isEditing());
    auto *note = pane->findChild<QLabel *>(u"shortMonthNote"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible()); // weekly by default

    enterMonthlyDay(pane.get(), 31, QTime(3, 15));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"last day"_s), qPrintable(note->text()));
    QVERIFY(!pane->findChild<QComboBox *>(u"weekdayCombo"_s)->isVisible());

    // By hand, from Saturday 2026-11-21 10:00: the 31st, or the last day of months that have none.
    const QStringList expected = {u"2026-11-30 (Monday) 03:15"_s, u"2026-12-31 (Thursday) 03:15"_s,
                                  u"2027-01-31 (Sunday) 03:15"_s, u"2027-02-28 (Sunday) 03:15"_s,
                                  u"2027-03-31 (Wednesday) 03:15"_s};
    auto *preview = pane->findChild<QLabel *>(u"schedulePreview"_s);
    QVERIFY(preview && preview->isVisible());
    QCOMPARE(lines(preview), expected);
    auto *description = pane->findChild<QLabel *>(u"scheduleDescription"_s);
    QVERIFY(description->isVisible());
    QVERIFY2(description->text().contains(u"day 31"_s), qPrintable(description->text()));
    QVERIFY2(description->text().contains(u"last day"_s), qPrintable(description->text()));
    QVERIFY(!pane->findChild<QLabel *>(u"scheduleProblem"_s)->isVisible());
    QVERIFY(pane->findChild<QPushButton *>(u"scheduleButton"_s)->isEnabled());

    // A day every month has: no note.
    pane->findChild<QSpinBox *>(u"daySpin"_s)->setValue(28);
    QVERIFY(!note->isVisible());

    // Previewing saved nothing.
    auto status = ScheduleService(DataDir(root), m_clock, m_admin).status();
    QVERIFY(status.ok());
    QVERIFY(!status->archive.has_value());
    QVERIFY(eventsOfKind(DataDir(root), m_admin, HistoryKind::ScheduleSet).isEmpty());
}

void TestSchedulePane::previewFollowsEditsAndShowsProblemsInline()
{
    const QString root = freshDataDir();
    auto pane = openPane(root);
    QVERIFY(pane);
    auto *preview = pane->findChild<QLabel *>(u"schedulePreview"_s);
    auto *problem = pane->findChild<QLabel *>(u"scheduleProblem"_s);
    auto *button = pane->findChild<QPushButton *>(u"scheduleButton"_s);
    QVERIFY(preview && problem && button);

    // Weekly on Wednesday at 02:00 from Saturday 2026-11-21.
    auto *weekday = pane->findChild<QComboBox *>(u"weekdayCombo"_s);
    weekday->setCurrentIndex(weekday->findData(int(Weekday::Wed)));
    pane->findChild<QTimeEdit *>(u"timeEdit"_s)->setTime(QTime(2, 0));
    QCOMPARE(lines(preview).first(), u"2026-11-25 (Wednesday) 02:00"_s);
    QCOMPARE(lines(preview).last(), u"2026-12-23 (Wednesday) 02:00"_s);

    // Every two weeks: every other Wednesday.
    auto *frequency = pane->findChild<QComboBox *>(u"frequencyCombo"_s);
    frequency->setCurrentIndex(frequency->findData(int(Frequency::Biweekly)));
    QCOMPARE(lines(preview).mid(0, 3),
             QStringList({u"2026-11-25 (Wednesday) 02:00"_s, u"2026-12-09 (Wednesday) 02:00"_s,
                          u"2026-12-23 (Wednesday) 02:00"_s}));

    // Monthly on the last Friday: picking from the combo chooses that rule.
    frequency->setCurrentIndex(frequency->findData(int(Frequency::Monthly)));
    auto *nth = pane->findChild<QComboBox *>(u"nthCombo"_s);
    auto *nthWeekday = pane->findChild<QComboBox *>(u"nthWeekdayCombo"_s);
    nth->setCurrentIndex(nth->findData(-1));
    nthWeekday->setCurrentIndex(nthWeekday->findData(int(Weekday::Fri)));
    QVERIFY(pane->findChild<QRadioButton *>(u"nthRadio"_s)->isChecked());
    QCOMPARE(lines(preview).mid(0, 2), QStringList({u"2026-11-27 (Friday) 02:00"_s, u"2026-12-25 (Friday) 02:00"_s}));

    // An end date before the start: core's message inline, nothing to save.
    auto *endCheck = pane->findChild<QCheckBox *>(u"endDateCheck"_s);
    auto *endDate = pane->findChild<QDateEdit *>(u"endDateEdit"_s);
    QTest::mouseClick(endCheck, Qt::LeftButton);
    QVERIFY(endCheck->isChecked());
    QVERIFY(endDate->isEnabled());
    endDate->setDate(QDate(2026, 11, 1));
    QVERIFY(problem->isVisible());
    ArchiveSchedule invalid = pane->editor()->schedule();
    QCOMPARE(problem->text(), invalid.validate().error().message);
    QVERIFY(!preview->isVisible());
    QVERIFY(!button->isEnabled());

    // An end date that cuts the preview short.
    endDate->setDate(QDate(2026, 12, 31));
    QVERIFY(!problem->isVisible());
    QCOMPARE(lines(preview), QStringList({u"2026-11-27 (Friday) 02:00"_s, u"2026-12-25 (Friday) 02:00"_s}));
    QVERIFY(button->isEnabled());
}

void TestSchedulePane::savingStoresScheduleAndReplacesEditor()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    auto pane = openPane(root);
    QVERIFY(pane);
    // A second console on the same data folder, its editor open too.
    auto other = openPane(root);
    QVERIFY(other);
    QVERIFY(other->isEditing());
    enterMonthlyDay(pane.get(), 31, QTime(2, 0));
    auto *button = pane->findChild<QPushButton *>(u"scheduleButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);

    ScheduleService service(dir, m_clock, m_admin);
    auto status = service.status();
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
    QVERIFY(status->archive.has_value());
    ArchiveSchedule expected;
    expected.frequency = Frequency::Monthly;
    expected.monthlyRule = MonthlyRule::DayOfMonth;
    expected.dayOfMonth = 31;
    expected.weekday = Weekday::Sat; // the editor starts on today's weekday; unused by this rule
    expected.time = QTime(2, 0);
    expected.startDate = kNow.date();
    QCOMPARE(status->archive->schedule.toJson(), expected.toJson());
    QCOMPARE(status->archive->setBy, m_admin.historyName());
    const auto set = eventsOfKind(dir, m_admin, HistoryKind::ScheduleSet);
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.first().user, m_admin.historyName());

    // The editor gave way to what is set: a second schedule cannot be entered here.
    QVERIFY(!pane->isEditing());
    QVERIFY(!button->isVisible());
    QVERIFY(!pane->editor()->isVisible());
    auto *stop = pane->findChild<QPushButton *>(u"stopScheduleButton"_s);
    QVERIFY(stop && stop->isVisible() && stop->isEnabled());
    QCOMPARE(pane->findChild<QLabel *>(u"currentSchedule"_s)->text(), expected.describe());
    QVERIFY(pane->findChild<QLabel *>(u"currentScheduleSetBy"_s)->text().contains(m_admin.historyName()));
    QCOMPARE(
        lines(pane->findChild<QLabel *>(u"currentScheduleNextRuns"_s)),
        QStringList({u"2026-11-30 (Monday) 02:00"_s, u"2026-12-31 (Thursday) 02:00"_s, u"2027-01-31 (Sunday) 02:00"_s,
                     u"2027-02-28 (Sunday) 02:00"_s, u"2027-03-31 (Wednesday) 02:00"_s}));
    const QString incremental = pane->findChild<QLabel *>(u"incrementalNote"_s)->text();
    QVERIFY2(incremental.contains(u"first run"_s) && incremental.contains(u"full"_s), qPrintable(incremental));
    const QString message = pane->findChild<QLabel *>(u"archiveMessage"_s)->text();
    QVERIFY2(message.contains(u"2026-11-30"_s), qPrintable(message));
    QVERIFY(!pane->findChild<QLabel *>(u"archiveRunInProgress"_s)->isVisible());

    // Core refuses a second one whatever the UI shows: one schedule at a time.
    ArchiveSchedule weekly;
    weekly.startDate = kNow.date();
    const Status second = service.setArchiveSchedule(weekly);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::AlreadyExists);
    QVERIFY2(second.error().message.contains(u"stop it first"_s), qPrintable(second.error().message));
    QCOMPARE(service.status()->archive->schedule.toJson(), expected.toJson());
    QCOMPARE(eventsOfKind(dir, m_admin, HistoryKind::ScheduleSet).size(), 1);

    // The other console still shows its editor: saving there gets core's refusal inline, and then the
    // schedule that is set.
    QTest::mouseClick(other->findChild<QPushButton *>(u"scheduleButton"_s), Qt::LeftButton);
    auto *otherMessage = other->findChild<QLabel *>(u"archiveMessage"_s);
    QVERIFY(otherMessage->isVisible());
    QVERIFY2(otherMessage->text().contains(u"stop it first"_s), qPrintable(otherMessage->text()));
    QVERIFY(!other->isEditing());
    QCOMPARE(other->findChild<QLabel *>(u"currentSchedule"_s)->text(), expected.describe());
    QCOMPARE(eventsOfKind(dir, m_admin, HistoryKind::ScheduleSet).size(), 1);
}

void TestSchedulePane::stoppingRecordsHistory()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    ScheduleService service(dir, m_clock, m_admin);
    ArchiveSchedule weekly;
    weekly.weekday = Weekday::Wed;
    weekly.startDate = kNow.date();
    QVERIFY(service.setArchiveSchedule(weekly).ok());

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(!pane->isEditing());
    auto *stop = pane->findChild<QPushButton *>(u"stopScheduleButton"_s);
    QVERIFY(stop && stop->isVisible());

    // Cancel keeps it.
    m_answer = QMessageBox::Cancel;
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Question);
    QVERIFY(m_messages.first().text.contains(weekly.describe()));
    QVERIFY(service.status()->archive.has_value());
    QVERIFY(eventsOfKind(dir, m_admin, HistoryKind::ScheduleStopped).isEmpty());

    m_answer = QMessageBox::Yes;
    m_messages.clear();
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(m_messages.size(), 2); // the question, then core's message
    QCOMPARE(m_messages.last().icon, QMessageBox::Information);
    QVERIFY2(m_messages.last().text.contains(u"was stopped"_s), qPrintable(m_messages.last().text));
    QVERIFY(!service.status()->archive.has_value());
    QCOMPARE(eventsOfKind(dir, m_admin, HistoryKind::ScheduleStopped).size(), 1);
    // The editor is back, starting from today.
    QVERIFY(pane->isEditing());
    QVERIFY(pane->findChild<QPushButton *>(u"scheduleButton"_s)->isVisible());
    QCOMPARE(pane->editor()->schedule().startDate, kNow.date());
}

void TestSchedulePane::runInProgressCannotBeStopped()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    ScheduleService service(dir, m_clock, m_admin);
    ArchiveSchedule weekly;
    weekly.startDate = kNow.date();
    QVERIFY(service.setArchiveSchedule(weekly).ok());
    // The archive lock held by a live process (this one) is what core reads as "a run in progress".
    QVERIFY(QDir().mkpath(ArchiveService::folder(dir)));
    QLockFile lock(ArchiveService::folder(dir) + u"/.archive.lock"_s);
    QVERIFY(lock.tryLock(0));

    auto pane = openPane(root);
    QVERIFY(pane);
    auto *notice = pane->findChild<QLabel *>(u"archiveRunInProgress"_s);
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(), u"A scheduled archive is being written now; it cannot be stopped — stopping the "
                             "schedule lets it finish."_s);

    QTest::mouseClick(pane->findChild<QPushButton *>(u"stopScheduleButton"_s), Qt::LeftButton);
    QCOMPARE(m_messages.size(), 2);
    QVERIFY(m_messages.first().text.contains(u"cannot be stopped"_s));
    QVERIFY2(m_messages.last().text.contains(u"cannot be stopped; it finishes normally"_s),
             qPrintable(m_messages.last().text));
    QVERIFY(!service.status()->archive.has_value());
    lock.unlock();
}

void TestSchedulePane::policyEditPersists()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    auto pane = openPane(root);
    QVERIFY(pane);
    auto *cooldown = pane->findChild<QSpinBox *>(u"fullCooldownSpin"_s);
    auto *maxRecords = pane->findChild<QSpinBox *>(u"maxRecordsSpin"_s);
    auto *expiry = pane->findChild<QSpinBox *>(u"expirySpin"_s);
    auto *maxRange = pane->findChild<QSpinBox *>(u"maxRangeSpin"_s);
    auto *save = pane->findChild<QPushButton *>(u"policySaveButton"_s);
    QVERIFY(cooldown && maxRecords && expiry && maxRange && save);
    const ArchivePolicy defaults;
    QCOMPARE(cooldown->value(), defaults.fullCooldownDays);
    QCOMPARE(qint64(maxRecords->value()), defaults.maxRecords);
    QCOMPARE(expiry->value(), defaults.expiryDays);
    QCOMPARE(maxRange->value(), defaults.maxRangeDays);
    QVERIFY(save->isEnabled());
    QVERIFY(!pane->findChild<QLabel *>(u"scheduleAccessNote"_s)->isVisible());

    cooldown->setValue(14);
    maxRecords->setValue(2'500'000);
    expiry->setValue(30);
    maxRange->setValue(92);
    // A refresh (the tab shown again) keeps what is being edited.
    pane->refresh();
    QCOMPARE(expiry->value(), 30);
    QTest::mouseClick(save, Qt::LeftButton);

    auto policy = ArchiveService(dir, m_clock, m_admin).policy();
    QVERIFY(policy.ok());
    QCOMPARE(policy->fullCooldownDays, 14);
    QCOMPARE(policy->maxRecords, qint64(2'500'000));
    QCOMPARE(policy->expiryDays, 30);
    QCOMPARE(policy->maxRangeDays, 92);
    QVERIFY(pane->findChild<QLabel *>(u"policyMessage"_s)->isVisible());
    QCOMPARE(eventsOfKind(dir, m_admin, HistoryKind::PolicyChanged).size(), 1);

    // A new pane reads it back.
    pane.reset();
    pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->findChild<QSpinBox *>(u"maxRangeSpin"_s)->value(), 92);
}

void TestSchedulePane::policyDisabledForOthers()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    // Schedules and the policy belong to system administrators: a manager may look, not change.
    auto pane = openPane(root, m_manager);
    QVERIFY(pane);
    for (const QString &name :
         {u"fullCooldownSpin"_s, u"maxRecordsSpin"_s, u"expirySpin"_s, u"maxRangeSpin"_s, u"policySaveButton"_s}) {
        auto *widget = pane->findChild<QWidget *>(name);
        QVERIFY2(widget && !widget->isEnabled(), qPrintable(name));
    }
    auto *note = pane->findChild<QLabel *>(u"scheduleAccessNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(m_manager.login) && note->text().contains(u"only system administrators may"_s),
             qPrintable(note->text()));
    // The schedule can be tried out but not saved; the values are shown all the same.
    QVERIFY(!pane->findChild<QPushButton *>(u"scheduleButton"_s)->isEnabled());
    QVERIFY(!pane->findChild<QPushButton *>(u"dailySaveButton"_s)->isEnabled());
    QCOMPARE(pane->findChild<QSpinBox *>(u"expirySpin"_s)->value(), ArchivePolicy().expiryDays);
    QVERIFY(pane->findChild<QLabel *>(u"schedulePreview"_s)->isVisible());

    // Core refuses even when the pane is bypassed, and the pane shows why.
    pane->findChild<QSpinBox *>(u"expirySpin"_s)->setValue(60);
    pane->savePolicy();
    auto *message = pane->findChild<QLabel *>(u"policyMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(m_manager.login) && message->text().contains(u"only system administrators may"_s),
             qPrintable(message->text()));
    QCOMPARE(ArchiveService(dir, m_clock, m_admin).policy()->expiryDays, ArchivePolicy().expiryDays);
    QVERIFY(eventsOfKind(dir, m_admin, HistoryKind::PolicyChanged).isEmpty());
}

void TestSchedulePane::dailyTimeOutsideWindowShowsCoreMessage()
{
    const QString root = freshDataDir();
    const DataDir dir(root);
    auto pane = openPane(root);
    QVERIFY(pane);
    auto *time = pane->findChild<QTimeEdit *>(u"dailyTimeEdit"_s);
    auto *save = pane->findChild<QPushButton *>(u"dailySaveButton"_s);
    auto *message = pane->findChild<QLabel *>(u"dailyMessage"_s);
    QVERIFY(time && save && message);
    QCOMPARE(time->time(), DailyRunTime().time);
    QVERIFY2(pane->findChild<QLabel *>(u"dailyWindow"_s)->text().contains(u"00:00 – 08:00"_s),
             qPrintable(pane->findChild<QLabel *>(u"dailyWindow"_s)->text()));
    // From Saturday 10:00 the next run at 01:00 is Sunday's; the last generation is the demo's Friday.
    QVERIFY2(pane->findChild<QLabel *>(u"dailyNext"_s)->text().contains(u"2026-11-22 (Sunday) 01:00"_s),
             qPrintable(pane->findChild<QLabel *>(u"dailyNext"_s)->text()));
    QVERIFY2(pane->findChild<QLabel *>(u"dailyLast"_s)->text().contains(u"2026-11-20"_s),
             qPrintable(pane->findChild<QLabel *>(u"dailyLast"_s)->text()));

    time->setTime(QTime(9, 0));
    QTest::mouseClick(save, Qt::LeftButton);
    DailyRunTime outside;
    outside.time = QTime(9, 0);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), outside.validate().error().message);
    ScheduleService service(dir, m_clock, m_admin);
    QCOMPARE(service.dailyRunTime()->time, DailyRunTime().time);
    QCOMPARE(time->time(), QTime(9, 0)); // kept for the user to correct

    time->setTime(QTime(3, 30));
    QVERIFY(!message->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(service.dailyRunTime()->time, QTime(3, 30));
    QVERIFY2(pane->findChild<QLabel *>(u"dailyNext"_s)->text().contains(u"2026-11-22 (Sunday) 03:30"_s),
             qPrintable(pane->findChild<QLabel *>(u"dailyNext"_s)->text()));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"03:30"_s));
}

QTEST_MAIN(TestSchedulePane)
#include "tst_schedulepane.moc"
