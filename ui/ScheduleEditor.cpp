#include "ScheduleEditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
const auto kDateFormat = u"yyyy-MM-dd"_s;

bool isMonthBased(Frequency frequency)
{
    return frequency == Frequency::Monthly || frequency == Frequency::Quarterly;
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}
} // namespace

QString scheduleRunText(const QDateTime &run)
{
    return QCoreApplication::translate("Rewind::ScheduleEditor", "%1 (%2) %3", "date, weekday, time")
        .arg(run.date().toString(kDateFormat), weekdayName(weekdayOf(run.date())), run.time().toString(u"HH:mm"_s));
}

ScheduleEditor::ScheduleEditor(const Clock &clock, QTimeZone tz, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_tz(std::move(tz))
{
    setObjectName(u"scheduleEditor"_s);

    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(u"frequencyCombo"_s);
    for (Frequency f : {Frequency::Weekly, Frequency::Biweekly, Frequency::Monthly, Frequency::Quarterly})
        m_frequency->addItem(QString(), int(f));

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(u"weekdayCombo"_s);
    fillWeekdays(m_weekday);

    // Monthly kinds: "the [first] [Wednesday]" or "day [31] of the month".
    m_monthDay = new QWidget(this);
    m_ruleGroup = new QButtonGroup(this);
    m_nthRadio = new QRadioButton(m_monthDay);
    m_nthRadio->setObjectName(u"nthRadio"_s);
    m_nth = new QComboBox(m_monthDay);
    m_nth->setObjectName(u"nthCombo"_s);
    for (int n : {1, 2, 3, 4, -1})
        m_nth->addItem(QString(), n);
    m_nthWeekday = new QComboBox(m_monthDay);
    m_nthWeekday->setObjectName(u"nthWeekdayCombo"_s);
    fillWeekdays(m_nthWeekday);
    m_dayRadio = new QRadioButton(m_monthDay);
    m_dayRadio->setObjectName(u"dayRadio"_s);
    m_day = new QSpinBox(m_monthDay);
    m_day->setObjectName(u"daySpin"_s);
    m_day->setRange(1, 31);
    m_dayOfMonthLabel = new QLabel(m_monthDay);
    m_ruleGroup->addButton(m_nthRadio, int(MonthlyRule::NthWeekday));
    m_ruleGroup->addButton(m_dayRadio, int(MonthlyRule::DayOfMonth));
    m_nthRadio->setChecked(true);
    m_shortMonthNote = new QLabel(m_monthDay);
    m_shortMonthNote->setObjectName(u"shortMonthNote"_s);
    // One short line; wrapped, the form would squeeze it to the width of the controls above it.
    m_shortMonthNote->setWordWrap(false);
    m_shortMonthNote->setTextFormat(Qt::PlainText);
    m_shortMonthNote->setStyleSheet(u"color: #7a5200;"_s);
    auto *monthGrid = new QGridLayout(m_monthDay);
    monthGrid->setContentsMargins(0, 0, 0, 0);
    monthGrid->addWidget(m_nthRadio, 0, 0);
    monthGrid->addWidget(m_nth, 0, 1);
    monthGrid->addWidget(m_nthWeekday, 0, 2);
    monthGrid->addWidget(m_dayRadio, 1, 0);
    monthGrid->addWidget(m_day, 1, 1);
    monthGrid->addWidget(m_dayOfMonthLabel, 1, 2);
    monthGrid->addWidget(m_shortMonthNote, 2, 0, 1, 4);
    monthGrid->setColumnStretch(3, 1);

    m_time = new QTimeEdit(QTime(2, 0), this);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);

    m_start = new QDateEdit(this);
    m_start->setObjectName(u"startDateEdit"_s);
    m_start->setDisplayFormat(kDateFormat);
    m_start->setCalendarPopup(true);
    m_start->setMinimumWidth(m_start->fontMetrics().horizontalAdvance(u"2026-12-31"_s) + 48);

    auto *endRow = new QWidget(this);
    m_endCheck = new QCheckBox(endRow);
    m_endCheck->setObjectName(u"endDateCheck"_s);
    m_end = new QDateEdit(endRow);
    m_end->setObjectName(u"endDateEdit"_s);
    m_end->setDisplayFormat(kDateFormat);
    m_end->setCalendarPopup(true);
    m_end->setMinimumWidth(m_start->minimumWidth());
    m_end->setEnabled(false);
    auto *endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_endCheck);
    endLayout->addWidget(m_end);
    endLayout->addStretch(1);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_frequencyLabel = new QLabel(this);
    m_weekdayLabel = new QLabel(this);
    m_monthDayLabel = new QLabel(this);
    m_timeLabel = new QLabel(this);
    m_startLabel = new QLabel(this);
    m_endLabel = new QLabel(this);
    m_form->addRow(m_frequencyLabel, m_frequency);
    m_form->addRow(m_weekdayLabel, m_weekday);
    m_form->addRow(m_monthDayLabel, m_monthDay);
    m_form->addRow(m_timeLabel, m_time);
    m_form->addRow(m_startLabel, m_start);
    m_form->addRow(m_endLabel, endRow);

    // What core makes of it, before anything is saved.
    auto *preview = new QFrame(this);
    preview->setObjectName(u"schedulePreviewBox"_s);
    preview->setStyleSheet(u"#schedulePreviewBox { background: palette(base); border: 1px solid palette(mid);"
                           "  border-radius: 4px; }"_s);
    m_description = new QLabel(preview);
    m_description->setObjectName(u"scheduleDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    QFont bold = m_description->font();
    bold.setBold(true);
    m_description->setFont(bold);
    m_previewTitle = new QLabel(preview);
    m_preview = new QLabel(preview);
    m_preview->setObjectName(u"schedulePreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setIndent(12);
    m_problemLabel = new QLabel(preview);
    m_problemLabel->setObjectName(u"scheduleProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(u"color: #b3261e;"_s);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(10, 8, 10, 8);
    previewLayout->addWidget(m_description);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_problemLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(preview);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduleEditor::onEdited);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &ScheduleEditor::onEdited);
    connect(m_ruleGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onEdited();
    });
    // Touching one rule's controls picks that rule.
    connect(m_nth, &QComboBox::activated, m_nthRadio, [this] { m_nthRadio->setChecked(true); });
    connect(m_nthWeekday, &QComboBox::activated, m_nthRadio, [this] { m_nthRadio->setChecked(true); });
    connect(m_nth, &QComboBox::currentIndexChanged, this, &ScheduleEditor::onEdited);
    connect(m_nthWeekday, &QComboBox::currentIndexChanged, this, &ScheduleEditor::onEdited);
    connect(m_day, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling)
            m_dayRadio->setChecked(true);
        onEdited();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleEditor::onEdited);
    connect(m_start, &QDateEdit::dateChanged, this, &ScheduleEditor::onEdited);
    connect(m_end, &QDateEdit::dateChanged, this, &ScheduleEditor::onEdited);
    connect(m_endCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_end->setEnabled(on);
        onEdited();
    });

    retranslateUi();
    reset();
}

void ScheduleEditor::fillWeekdays(QComboBox *combo)
{
    combo->clear();
    for (Weekday day : kAllWeekdays)
        combo->addItem(weekdayName(day), int(day));
}

ArchiveSchedule ScheduleEditor::schedule() const
{
    ArchiveSchedule s;
    s.frequency = Frequency(m_frequency->currentData().toInt());
    s.monthlyRule = isMonthBased(s.frequency) ? MonthlyRule(m_ruleGroup->checkedId()) : MonthlyRule::NthWeekday;
    s.weekday = Weekday((isMonthBased(s.frequency) ? m_nthWeekday : m_weekday)->currentData().toInt());
    s.nth = m_nth->currentData().toInt();
    s.dayOfMonth = m_day->value();
    s.time = m_time->time();
    s.startDate = m_start->date();
    if (m_endCheck->isChecked())
        s.endDate = m_end->date();
    return s;
}

void ScheduleEditor::setSchedule(const ArchiveSchedule &s)
{
    m_filling = true;
    selectData(m_frequency, int(s.frequency));
    selectData(m_weekday, int(s.weekday));
    selectData(m_nthWeekday, int(s.weekday));
    selectData(m_nth, s.nth);
    m_day->setValue(s.dayOfMonth);
    (s.monthlyRule == MonthlyRule::DayOfMonth ? m_dayRadio : m_nthRadio)->setChecked(true);
    m_time->setTime(s.time);
    m_start->setDate(s.startDate);
    m_endCheck->setChecked(s.endDate.has_value());
    m_end->setDate(s.endDate.value_or(s.startDate.addMonths(3)));
    m_end->setEnabled(s.endDate.has_value());
    m_filling = false;
    updateVisibility();
    updatePreview();
}

void ScheduleEditor::reset()
{
    ArchiveSchedule s;
    s.startDate = m_clock.now().toTimeZone(m_tz).date();
    s.weekday = weekdayOf(s.startDate);
    setSchedule(s);
}

void ScheduleEditor::onEdited()
{
    if (m_filling)
        return;
    updateVisibility();
    updatePreview();
    emit changed();
}

void ScheduleEditor::updateVisibility()
{
    const ArchiveSchedule s = schedule();
    const bool monthly = isMonthBased(s.frequency);
    m_form->setRowVisible(m_weekday, !monthly);
    m_form->setRowVisible(m_monthDay, monthly);
    m_shortMonthNote->setVisible(monthly && s.monthlyRule == MonthlyRule::DayOfMonth && s.dayOfMonth >= 29);
    m_shortMonthNote->setText(tr("Months without a day %1 run on their last day instead.").arg(s.dayOfMonth));
}

void ScheduleEditor::updatePreview()
{
    const ArchiveSchedule s = schedule();
    QStringList runs;
    if (const Status valid = s.validate(); !valid) {
        m_problem = valid.error().message;
    } else {
        for (const QDateTime &run : Schedules::upcoming(s, m_clock.now(), m_tz, 5))
            runs.append(scheduleRunText(run));
        m_problem = runs.isEmpty() ? tr("This schedule would never run: its end date has passed.") : QString();
    }
    m_description->setText(m_problem.isEmpty() ? s.describe() : QString());
    m_description->setVisible(m_problem.isEmpty());
    m_previewTitle->setVisible(!runs.isEmpty());
    m_preview->setVisible(!runs.isEmpty());
    m_preview->setText(runs.join(u'\n'));
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
}

void ScheduleEditor::retranslateUi()
{
    m_frequencyLabel->setText(tr("Repeat:"));
    m_frequency->setItemText(0, tr("Weekly"));
    m_frequency->setItemText(1, tr("Every two weeks"));
    m_frequency->setItemText(2, tr("Monthly"));
    m_frequency->setItemText(3, tr("Quarterly (every three months)"));
    m_weekdayLabel->setText(tr("On:"));
    m_monthDayLabel->setText(tr("On:"));
    for (QComboBox *combo : {m_weekday, m_nthWeekday}) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, weekdayName(Weekday(combo->itemData(i).toInt())));
    }
    m_nthRadio->setText(tr("the", "monthly rule: the [first] [Wednesday]"));
    m_nth->setItemText(0, tr("first"));
    m_nth->setItemText(1, tr("second"));
    m_nth->setItemText(2, tr("third"));
    m_nth->setItemText(3, tr("fourth"));
    m_nth->setItemText(4, tr("last"));
    m_dayRadio->setText(tr("day", "monthly rule: day [31] of the month"));
    m_dayOfMonthLabel->setText(tr("of the month", "monthly rule: day [31] of the month"));
    m_timeLabel->setText(tr("At:"));
    m_startLabel->setText(tr("Starting:"));
    m_endLabel->setText(tr("Until:"));
    m_endCheck->setText(tr("Stop after"));
    m_end->setToolTip(tr("The last day a run may happen (inclusive)."));
    m_previewTitle->setText(tr("Next five runs:"));
    updateVisibility();
    updatePreview();
}

void ScheduleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Rewind
