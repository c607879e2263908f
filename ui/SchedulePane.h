#pragma once

#include "access/Access.h"
#include "archive/Archive.h"
#include "jobs/ScheduleService.h"
#include "util/DataDir.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Rewind
{

class Clock;
class ScheduleEditor;

/// The "Schedule" tab: the archive schedule (an editor with a live preview while none is set; what is
/// set, its runs and "Stop schedule…" once one is), the daily generation time inside the backup window,
/// and the archive policy's limits. Every change is a ScheduleService / ArchiveService call; core checks
/// the right (Right::ManageSchedules) and the pane only greys out what core would refuse, saying why.
/// Reads on the UI thread (a few small settings) each time it is shown and on refresh().
/// Children are named for tests: scheduleButton, stopScheduleButton, archiveMessage, currentSchedule,
/// currentScheduleSetBy, currentScheduleLastRun, currentScheduleNextRuns, archiveRunInProgress,
/// incrementalNote, dailyTimeEdit, dailySaveButton, dailyMessage, dailyNext, fullCooldownSpin,
/// maxRecordsSpin, expirySpin, maxRangeSpin, policySaveButton, policyMessage, scheduleAccessNote,
/// scheduleReadError, timerNote (and the editor's, see ScheduleEditor).
class SchedulePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePane)

public:
    /// `clock` must outlive the pane.
    SchedulePane(DataDir dir, const Clock &clock, Session session, QWidget *parent = nullptr);
    ~SchedulePane() override;

    /// Reads the schedule, its runs, the daily time, the policy and the user's right again. Values the
    /// user is editing and has not saved are kept.
    void refresh();

    ScheduleEditor *editor() const { return m_editor; }
    /// Whether the editor (no schedule set) or the current schedule is on show.
    bool isEditing() const;

public slots:
    /// "Schedule": stores the editor's schedule.
    void saveSchedule();
    /// "Stop schedule…": asks, then stops the schedule and shows core's message.
    void stopSchedule();
    void saveDailyTime();
    void savePolicy();

signals:
    /// The schedule, the daily time or the policy was changed through this pane.
    void settingsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone
    {
        Info,
        Success,
        Problem
    };

    void retranslateUi();
    void render();
    void renderArchive();
    void renderDaily();
    void renderPolicy();
    static void showMessage(QLabel *label, const QString &text, Tone tone);

    DataDir m_dir;
    const Clock &m_clock;
    QTimeZone m_tz = QTimeZone::systemTimeZone();
    Session m_actor;

    // What the last refresh() read.
    std::optional<ScheduleStatus> m_status;
    std::optional<ArchivePolicy> m_policy;
    QString m_readError;
    QString m_accessRefusal; // core's message when this user may not change schedules; empty when allowed
    bool m_dailyEdited = false;
    bool m_policyEdited = false;
    bool m_filling = false;

    QLabel *m_readErrorLabel = nullptr;
    QLabel *m_accessNote = nullptr;

    QGroupBox *m_archiveGroup = nullptr;
    QLabel *m_archiveIntro = nullptr;
    QWidget *m_editorPage = nullptr;
    ScheduleEditor *m_editor = nullptr;
    QLabel *m_firstRunNote = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QWidget *m_currentPage = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_currentSetBy = nullptr;
    QLabel *m_currentLastRun = nullptr;
    QLabel *m_currentLastFailure = nullptr;
    QLabel *m_currentNextTitle = nullptr;
    QLabel *m_currentNextRuns = nullptr;
    QLabel *m_inProgress = nullptr;
    QLabel *m_incrementalNote = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_archiveMessage = nullptr;

    QGroupBox *m_dailyGroup = nullptr;
    QLabel *m_dailyWindow = nullptr;
    QLabel *m_dailyTimeLabel = nullptr;
    QTimeEdit *m_dailyTime = nullptr;
    QPushButton *m_dailySave = nullptr;
    QLabel *m_dailyNext = nullptr;
    QLabel *m_dailyLast = nullptr;
    QLabel *m_dailyMessage = nullptr;

    QGroupBox *m_policyGroup = nullptr;
    QLabel *m_policyIntro = nullptr;
    QLabel *m_cooldownLabel = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QLabel *m_maxRecordsLabel = nullptr;
    QSpinBox *m_maxRecords = nullptr;
    QLabel *m_expiryLabel = nullptr;
    QSpinBox *m_expiry = nullptr;
    QLabel *m_maxRangeLabel = nullptr;
    QSpinBox *m_maxRange = nullptr;
    QPushButton *m_policySave = nullptr;
    QLabel *m_policyMessage = nullptr;

    QLabel *m_timerNote = nullptr;
};

} // namespace Rewind
