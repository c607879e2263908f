#pragma once

#include "schedule/Schedule.h"

#include <QTimeZone>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace Rewind
{

class Clock;

/// Edits one ArchiveSchedule and shows, live and before anything is saved, what core makes of it:
/// describe()'s sentence, the next five runs from Schedules::upcoming(), or validate()'s message.
/// It saves nothing itself; SchedulePane hands schedule() to ScheduleService.
/// Children are named for tests: frequencyCombo, weekdayCombo, nthRadio, nthCombo, nthWeekdayCombo,
/// dayRadio, daySpin, shortMonthNote, timeEdit, startDateEdit, endDateCheck, endDateEdit,
/// scheduleDescription, schedulePreview, scheduleProblem.
class ScheduleEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleEditor)

public:
    /// `clock` (must outlive the editor) gives "today" and the moment the preview counts from.
    explicit ScheduleEditor(const Clock &clock, QTimeZone tz = QTimeZone::systemTimeZone(), QWidget *parent = nullptr);

    /// The schedule the controls describe (possibly invalid: see problem()).
    ArchiveSchedule schedule() const;
    /// Puts `schedule` into the controls.
    void setSchedule(const ArchiveSchedule &schedule);
    /// Back to a weekly schedule starting today.
    void reset();
    /// validate()'s message, or a note that the schedule would never run; empty when it can be saved.
    QString problem() const { return m_problem; }
    /// Recomputes the preview (the clock may have moved on).
    void updatePreview();

signals:
    /// The user changed something; the preview is already up to date.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillWeekdays(QComboBox *combo);
    void onEdited();
    void updateVisibility();

    const Clock &m_clock;
    QTimeZone m_tz;
    QString m_problem;
    bool m_filling = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_frequencyLabel = nullptr;
    QComboBox *m_frequency = nullptr;
    QLabel *m_weekdayLabel = nullptr;
    QComboBox *m_weekday = nullptr;
    QLabel *m_monthDayLabel = nullptr;
    QWidget *m_monthDay = nullptr;
    QButtonGroup *m_ruleGroup = nullptr;
    QRadioButton *m_nthRadio = nullptr;
    QComboBox *m_nth = nullptr;
    QComboBox *m_nthWeekday = nullptr;
    QRadioButton *m_dayRadio = nullptr;
    QSpinBox *m_day = nullptr;
    QLabel *m_dayOfMonthLabel = nullptr;
    QLabel *m_shortMonthNote = nullptr;
    QLabel *m_timeLabel = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_startLabel = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_endLabel = nullptr;
    QCheckBox *m_endCheck = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_problemLabel = nullptr;
};

/// One run for people: "2026-11-30 (Monday) 02:00", in the local time of the instant's zone.
QString scheduleRunText(const QDateTime &run);

} // namespace Rewind
