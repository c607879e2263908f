#include "SchedulePane.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include "MessageBoxes.h"
#include "ScheduleEditor.h"
#include "archive/ArchiveService.h"
#include "util/Clock.h"

#include <limits>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QLabel *makeLabel(QWidget *parent, const QString &name = {})
{
    auto *label = new QLabel(parent);
    if (!name.isEmpty())
        label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QSpinBox *makeSpin(QWidget *parent, const QString &name, int min, int max)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(110);
    return spin;
}

QString timeText(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}
} // namespace

SchedulePane::SchedulePane(DataDir dir, const Clock &clock, Session session, QWidget *parent)
    : QWidget(parent), m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(session))
{
    setObjectName(u"schedulePane"_s);

    auto *content = new QWidget(this);
    content->setObjectName(u"scheduleContent"_s);

    m_readErrorLabel = makeLabel(content, u"scheduleReadError"_s);
    m_readErrorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_readErrorLabel->hide();
    m_accessNote = makeLabel(content, u"scheduleAccessNote"_s);
    m_accessNote->setStyleSheet(u"#scheduleAccessNote { background: #fff4ce; color: #4a3400;"
                                "  border: 1px solid #e0c068; border-radius: 4px; padding: 6px 10px; }"_s);
    m_accessNote->hide();

    // ---- the archive schedule -------------------------------------------------------------------
    m_archiveGroup = new QGroupBox(content);
    m_archiveGroup->setObjectName(u"archiveScheduleGroup"_s);
    m_archiveIntro = makeLabel(m_archiveGroup);
    // Either the editor (no schedule set) or the schedule that is set; shown and hidden rather than
    // stacked, so the group is as tall as what it shows.
    m_editorPage = new QWidget(m_archiveGroup);
    m_editor = new ScheduleEditor(m_clock, m_tz, m_editorPage);
    m_firstRunNote = makeLabel(m_editorPage, u"firstRunNote"_s);
    m_scheduleButton = new QPushButton(m_editorPage);
    m_scheduleButton->setObjectName(u"scheduleButton"_s);
    m_scheduleButton->setDefault(true);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_scheduleButton);
    auto *editorLayout = new QVBoxLayout(m_editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor);
    editorLayout->addWidget(m_firstRunNote);
    editorLayout->addLayout(editorButtons);

    m_currentPage = new QWidget(m_archiveGroup);
    m_current = makeLabel(m_currentPage, u"currentSchedule"_s);
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    m_currentSetBy = makeLabel(m_currentPage, u"currentScheduleSetBy"_s);
    m_currentLastRun = makeLabel(m_currentPage, u"currentScheduleLastRun"_s);
    m_currentLastFailure = makeLabel(m_currentPage, u"currentScheduleLastFailure"_s);
    m_currentLastFailure->setStyleSheet(u"color: #b3261e;"_s);
    m_currentNextTitle = makeLabel(m_currentPage);
    m_currentNextRuns = makeLabel(m_currentPage, u"currentScheduleNextRuns"_s);
    m_currentNextRuns->setWordWrap(false); // one run a line; wrapped, a multi-line label can be cut short
    m_currentNextRuns->setIndent(12);
    m_currentNextRuns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inProgress = makeLabel(m_currentPage, u"archiveRunInProgress"_s);
    m_inProgress->setStyleSheet(u"#archiveRunInProgress { background: #fff4ce; color: #4a3400;"
                                "  border: 1px solid #e0c068; border-radius: 4px; padding: 6px 10px; }"_s);
    m_incrementalNote = makeLabel(m_currentPage, u"incrementalNote"_s);
    m_stopButton = new QPushButton(m_currentPage);
    m_stopButton->setObjectName(u"stopScheduleButton"_s);
    auto *stopRow = new QHBoxLayout;
    stopRow->addStretch(1);
    stopRow->addWidget(m_stopButton);
    auto *currentLayout = new QVBoxLayout(m_currentPage);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->addWidget(m_current);
    currentLayout->addWidget(m_currentSetBy);
    currentLayout->addWidget(m_currentLastRun);
    currentLayout->addWidget(m_currentLastFailure);
    currentLayout->addSpacing(6);
    currentLayout->addWidget(m_currentNextTitle);
    currentLayout->addWidget(m_currentNextRuns);
    currentLayout->addSpacing(6);
    currentLayout->addWidget(m_inProgress);
    currentLayout->addWidget(m_incrementalNote);
    currentLayout->addLayout(stopRow);
    m_currentPage->hide();
    m_archiveMessage = makeLabel(m_archiveGroup, u"archiveMessage"_s);
    m_archiveMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_archiveMessage->hide();
    auto *archiveLayout = new QVBoxLayout(m_archiveGroup);
    archiveLayout->addWidget(m_archiveIntro);
    archiveLayout->addWidget(m_editorPage);
    archiveLayout->addWidget(m_currentPage);
    archiveLayout->addWidget(m_archiveMessage);
    archiveLayout->addStretch(1);

    // ---- the daily generation -------------------------------------------------------------------
    m_dailyGroup = new QGroupBox(content);
    m_dailyGroup->setObjectName(u"dailyGroup"_s);
    m_dailyWindow = makeLabel(m_dailyGroup, u"dailyWindow"_s);
    m_dailyWindow->setWordWrap(false);
    m_dailyTimeLabel = new QLabel(m_dailyGroup);
    m_dailyTime = new QTimeEdit(m_dailyGroup);
    m_dailyTime->setObjectName(u"dailyTimeEdit"_s);
    m_dailyTime->setDisplayFormat(u"HH:mm"_s);
    m_dailyTimeLabel->setBuddy(m_dailyTime);
    m_dailySave = new QPushButton(m_dailyGroup);
    m_dailySave->setObjectName(u"dailySaveButton"_s);
    auto *dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_dailyTimeLabel);
    dailyRow->addWidget(m_dailyTime);
    dailyRow->addWidget(m_dailySave);
    dailyRow->addStretch(1);
    m_dailyNext = makeLabel(m_dailyGroup, u"dailyNext"_s);
    m_dailyLast = makeLabel(m_dailyGroup, u"dailyLast"_s);
    m_dailyMessage = makeLabel(m_dailyGroup, u"dailyMessage"_s);
    m_dailyMessage->hide();
    auto *dailyLayout = new QVBoxLayout(m_dailyGroup);
    dailyLayout->addWidget(m_dailyWindow);
    dailyLayout->addLayout(dailyRow);
    dailyLayout->addWidget(m_dailyNext);
    dailyLayout->addWidget(m_dailyLast);
    dailyLayout->addWidget(m_dailyMessage);

    // ---- the archive policy ---------------------------------------------------------------------
    m_policyGroup = new QGroupBox(content);
    m_policyGroup->setObjectName(u"policyGroup"_s);
    m_policyIntro = makeLabel(m_policyGroup);
    // The ranges ArchivePolicy::validate() accepts; core checks again.
    m_cooldown = makeSpin(m_policyGroup, u"fullCooldownSpin"_s, 0, 366);
    m_maxRecords = makeSpin(m_policyGroup, u"maxRecordsSpin"_s, 1, std::numeric_limits<int>::max());
    m_maxRecords->setSingleStep(100'000);
    m_expiry = makeSpin(m_policyGroup, u"expirySpin"_s, 1, 366);
    m_maxRange = makeSpin(m_policyGroup, u"maxRangeSpin"_s, 1, 366);
    m_cooldownLabel = makeLabel(m_policyGroup);
    m_maxRecordsLabel = makeLabel(m_policyGroup);
    m_expiryLabel = makeLabel(m_policyGroup);
    m_maxRangeLabel = makeLabel(m_policyGroup);
    for (QLabel *label : {m_cooldownLabel, m_maxRecordsLabel, m_expiryLabel, m_maxRangeLabel})
        label->setWordWrap(false);
    auto *policyForm = new QFormLayout;
    policyForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    policyForm->addRow(m_cooldownLabel, m_cooldown);
    policyForm->addRow(m_maxRecordsLabel, m_maxRecords);
    policyForm->addRow(m_expiryLabel, m_expiry);
    policyForm->addRow(m_maxRangeLabel, m_maxRange);
    m_policySave = new QPushButton(m_policyGroup);
    m_policySave->setObjectName(u"policySaveButton"_s);
    auto *policyButtons = new QHBoxLayout;
    policyButtons->addStretch(1);
    policyButtons->addWidget(m_policySave);
    m_policyMessage = makeLabel(m_policyGroup, u"policyMessage"_s);
    m_policyMessage->hide();
    auto *policyLayout = new QVBoxLayout(m_policyGroup);
    policyLayout->addWidget(m_policyIntro);
    policyLayout->addLayout(policyForm);
    policyLayout->addLayout(policyButtons);
    policyLayout->addWidget(m_policyMessage);

    m_timerNote = makeLabel(content, u"timerNote"_s);
    m_timerNote->setStyleSheet(u"color: palette(placeholder-text);"_s);

    // Two columns: the schedule (tall) on the left, the daily time and the policy on the right.
    auto *right = new QVBoxLayout;
    right->addWidget(m_dailyGroup);
    right->addWidget(m_policyGroup);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_archiveGroup, 1);
    columns->addLayout(right, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 12);
    contentLayout->addWidget(m_readErrorLabel);
    contentLayout->addWidget(m_accessNote);
    contentLayout->addLayout(columns);
    contentLayout->addWidget(m_timerNote);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"scheduleScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_editor, &ScheduleEditor::changed, this, [this] {
        m_scheduleButton->setEnabled(m_accessRefusal.isEmpty() && m_editor->problem().isEmpty());
        m_archiveMessage->hide();
    });
    connect(m_scheduleButton, &QPushButton::clicked, this, &SchedulePane::saveSchedule);
    connect(m_stopButton, &QPushButton::clicked, this, &SchedulePane::stopSchedule);
    connect(m_dailySave, &QPushButton::clicked, this, &SchedulePane::saveDailyTime);
    connect(m_dailyTime, &QTimeEdit::timeChanged, this, [this] {
        if (!m_filling) {
            m_dailyEdited = true;
            m_dailyMessage->hide();
        }
    });
    connect(m_policySave, &QPushButton::clicked, this, &SchedulePane::savePolicy);
    for (QSpinBox *spin : {m_cooldown, m_maxRecords, m_expiry, m_maxRange}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling) {
                m_policyEdited = true;
                m_policyMessage->hide();
            }
        });
    }

    retranslateUi();
}

SchedulePane::~SchedulePane() = default;

bool SchedulePane::isEditing() const
{
    return !m_currentPage->isVisibleTo(this);
}

void SchedulePane::refresh()
{
    const ScheduleService service(m_dir, m_clock, m_actor, m_tz);
    m_readError.clear();
    if (auto status = service.status(); status) {
        m_status = status.value();
    } else {
        m_status.reset();
        m_readError = status.error().message;
    }
    if (auto policy = ArchiveService(m_dir, m_clock, m_actor).policy(); policy) {
        m_policy = policy.value();
    } else {
        m_policy.reset();
        if (m_readError.isEmpty())
            m_readError = policy.error().message;
    }
    const Status allowed = Access::require(m_dir, m_actor, Right::ManageSchedules);
    m_accessRefusal = allowed ? QString() : allowed.error().message;
    m_editor->updatePreview();
    render();
}

void SchedulePane::render()
{
    m_readErrorLabel->setText(m_readError);
    m_readErrorLabel->setVisible(!m_readError.isEmpty());
    m_accessNote->setText(m_accessRefusal.isEmpty()
                              ? QString()
                              : tr("%1 You can look at the schedules and try a schedule out here, but not change them.")
                                    .arg(m_accessRefusal));
    m_accessNote->setVisible(!m_accessRefusal.isEmpty());
    renderArchive();
    renderDaily();
    renderPolicy();
}

void SchedulePane::renderArchive()
{
    const bool allowed = m_accessRefusal.isEmpty();
    const bool readable = m_status.has_value();
    m_archiveGroup->setEnabled(readable);
    const bool set = readable && m_status->archive.has_value();
    m_editorPage->setVisible(!set);
    m_currentPage->setVisible(set);
    m_scheduleButton->setEnabled(readable && allowed && m_editor->problem().isEmpty());
    m_scheduleButton->setToolTip(allowed ? QString() : m_accessRefusal);
    m_stopButton->setEnabled(set && allowed);
    m_stopButton->setToolTip(allowed ? QString() : m_accessRefusal);
    if (!set)
        return;

    const ScheduleStatus &status = *m_status;
    const StoredSchedule &stored = *status.archive;
    m_current->setText(stored.schedule.describe());
    m_currentSetBy->setText(tr("Set by %1 on %2.").arg(stored.setBy, stored.setAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    m_currentLastRun->setText(status.lastArchiveRun
                                  ? tr("Last run: %1.").arg(scheduleRunText(status.lastArchiveRun->toTimeZone(m_tz)))
                                  : tr("No scheduled archive has been written yet."));
    // lastArchiveResult is the last attempt's: "ok", or why it failed.
    const bool failed = !status.lastArchiveResult.isEmpty() && status.lastArchiveResult != "ok"_L1;
    m_currentLastFailure->setText(failed ? tr("The last attempt failed: %1").arg(status.lastArchiveResult) : QString());
    m_currentLastFailure->setVisible(failed);
    const QDateTime now = m_clock.now();
    QStringList runs;
    for (const QDateTime &run : status.nextArchiveRuns) {
        const QString text = scheduleRunText(run.toTimeZone(m_tz));
        runs.append(run <= now ? tr("%1 — overdue: runs at the next check").arg(text) : text);
    }
    m_currentNextTitle->setText(runs.isEmpty() ? tr("No further runs: the end date has passed.")
                                               : tr("Next five runs:"));
    m_currentNextRuns->setText(runs.join(u'\n'));
    m_currentNextRuns->setVisible(!runs.isEmpty());
    m_inProgress->setVisible(status.archiveRunInProgress);
    m_incrementalNote->setText(status.lastArchiveRun
                                   ? tr("Each run writes only what changed since the run before; the first run "
                                        "wrote everything.")
                                   : tr("The first run writes a full archive of every record; later runs write only "
                                        "what changed since the run before."));
}

void SchedulePane::renderDaily()
{
    const bool allowed = m_accessRefusal.isEmpty();
    m_dailyGroup->setEnabled(m_status.has_value());
    m_dailySave->setEnabled(allowed);
    m_dailySave->setToolTip(allowed ? QString() : m_accessRefusal);
    if (!m_status)
        return;
    const DailyRunTime &daily = m_status->daily;
    m_dailyWindow->setText(tr("Backup window: %1 – %2. One generation a day, taken at a time inside it.")
                               .arg(timeText(daily.windowStart), timeText(daily.windowEnd)));
    if (!m_dailyEdited) {
        m_filling = true;
        m_dailyTime->setTime(daily.time);
        m_filling = false;
    }
    m_dailyNext->setText(m_status->nextDaily.isValid()
                             ? tr("Next run: %1.").arg(scheduleRunText(m_status->nextDaily.toTimeZone(m_tz)))
                             : QString());
    m_dailyLast->setText(
        m_status->lastGeneration
            ? tr("Last generation taken: %1.").arg(scheduleRunText(m_status->lastGeneration->toTimeZone(m_tz)))
            : tr("No generation has been taken yet."));
}

void SchedulePane::renderPolicy()
{
    const bool allowed = m_accessRefusal.isEmpty();
    // An administrator's setting: shown to everyone, changed only by who holds the right.
    for (QWidget *w : std::initializer_list<QWidget *>{m_cooldown, m_maxRecords, m_expiry, m_maxRange, m_cooldownLabel,
                                                       m_maxRecordsLabel, m_expiryLabel, m_maxRangeLabel})
        w->setEnabled(allowed && m_policy.has_value());
    m_policySave->setEnabled(allowed && m_policy.has_value());
    m_policySave->setToolTip(allowed ? QString() : m_accessRefusal);
    if (m_policy && !m_policyEdited) {
        m_filling = true;
        m_cooldown->setValue(m_policy->fullCooldownDays);
        m_maxRecords->setValue(int(std::min<qint64>(m_policy->maxRecords, m_maxRecords->maximum())));
        m_expiry->setValue(m_policy->expiryDays);
        m_maxRange->setValue(m_policy->maxRangeDays);
        m_filling = false;
    }
}

void SchedulePane::saveSchedule()
{
    if (!m_editor->problem().isEmpty()) {
        showMessage(m_archiveMessage, m_editor->problem(), Tone::Problem);
        return;
    }
    const ArchiveSchedule schedule = m_editor->schedule();
    const Status saved = ScheduleService(m_dir, m_clock, m_actor, m_tz).setArchiveSchedule(schedule);
    if (!saved) {
        showMessage(m_archiveMessage, saved.error().message, Tone::Problem);
        refresh(); // e.g. someone else set one meanwhile: show theirs
        return;
    }
    const QList<QDateTime> first = Schedules::upcoming(schedule, m_clock.now(), m_tz, 1);
    refresh();
    m_stopButton->setFocus(); // the Schedule button that had it is gone
    showMessage(m_archiveMessage,
                first.isEmpty() ? tr("Scheduled.")
                                : tr("Scheduled. The first run, %1, writes a full archive.")
                                      .arg(scheduleRunText(first.first().toTimeZone(m_tz))),
                Tone::Success);
    emit settingsChanged();
}

void SchedulePane::stopSchedule()
{
    if (!m_status || !m_status->archive)
        return;
    QString text = tr("Stop the archive schedule \"%1\"? No further scheduled archives are written; archives already "
                      "written are kept until they expire.")
                       .arg(m_status->archive->schedule.describe());
    if (m_status->archiveRunInProgress)
        text += u"\n\n"_s + m_inProgress->text();
    QPointer<SchedulePane> self(this);
    MessageBoxes::question(
        this, tr("Stop the Archive Schedule"), text, QMessageBox::Yes | QMessageBox::Cancel,
        [self](QMessageBox::StandardButton button) {
            if (!self || button != QMessageBox::Yes)
                return;
            auto stopped = ScheduleService(self->m_dir, self->m_clock, self->m_actor, self->m_tz).stopArchiveSchedule();
            if (!stopped) {
                self->refresh();
                showMessage(self->m_archiveMessage, stopped.error().message, Tone::Problem);
                MessageBoxes::warning(self, tr("The Schedule Was Not Stopped"), stopped.error().message);
                return;
            }
            self->m_editor->reset();
            self->refresh();
            self->m_scheduleButton->setFocus(); // the Stop button that had it is gone
            showMessage(self->m_archiveMessage, stopped.value(), Tone::Success);
            MessageBoxes::information(self, tr("Archive Schedule Stopped"), stopped.value());
            emit self->settingsChanged();
        });
}

void SchedulePane::saveDailyTime()
{
    DailyRunTime daily = m_status ? m_status->daily : DailyRunTime{};
    daily.time = m_dailyTime->time();
    const Status saved = ScheduleService(m_dir, m_clock, m_actor, m_tz).setDailyRunTime(daily);
    if (!saved) {
        showMessage(m_dailyMessage, saved.error().message, Tone::Problem);
        return;
    }
    m_dailyEdited = false;
    refresh();
    showMessage(m_dailyMessage, tr("Saved: the daily generation runs at %1.").arg(timeText(daily.time)), Tone::Success);
    emit settingsChanged();
}

void SchedulePane::savePolicy()
{
    ArchivePolicy policy = m_policy.value_or(ArchivePolicy{});
    policy.fullCooldownDays = m_cooldown->value();
    policy.maxRecords = m_maxRecords->value();
    policy.expiryDays = m_expiry->value();
    policy.maxRangeDays = m_maxRange->value();
    const Status saved = ArchiveService(m_dir, m_clock, m_actor).setPolicy(policy);
    if (!saved) {
        showMessage(m_policyMessage, saved.error().message, Tone::Problem);
        return;
    }
    m_policyEdited = false;
    refresh();
    showMessage(m_policyMessage, tr("Saved: the new limits apply to the next archive."), Tone::Success);
    emit settingsChanged();
}

void SchedulePane::showMessage(QLabel *label, const QString &text, Tone tone)
{
    switch (tone) {
    case Tone::Info:
        label->setStyleSheet(QString());
        break;
    case Tone::Success:
        label->setStyleSheet(u"color: #1e6b2e;"_s);
        break;
    case Tone::Problem:
        label->setStyleSheet(u"color: #b3261e;"_s);
        break;
    }
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void SchedulePane::retranslateUi()
{
    m_archiveGroup->setTitle(tr("Archive schedule"));
    m_archiveIntro->setText(tr("A scheduled archive writes the workspace's records to an archive file on the days "
                               "you choose. There is one schedule at a time."));
    m_firstRunNote->setText(tr("The first run writes a full archive of every record; later runs write only what "
                               "changed since the run before."));
    m_scheduleButton->setText(tr("Schedule"));
    m_stopButton->setText(tr("Stop Schedule…"));
    m_inProgress->setText(tr("A scheduled archive is being written now; it cannot be stopped — stopping the schedule "
                             "lets it finish."));
    m_dailyGroup->setTitle(tr("Daily generation"));
    m_dailyTimeLabel->setText(tr("Run at:"));
    m_dailySave->setText(tr("Save"));
    m_policyGroup->setTitle(tr("Archive policy"));
    m_policyIntro->setText(tr("Limits for every archive, set by an administrator."));
    m_cooldownLabel->setText(tr("Full archive at most every:"));
    m_maxRecordsLabel->setText(tr("Records per archive, at most:"));
    m_expiryLabel->setText(tr("Archives are removed after:"));
    m_maxRangeLabel->setText(tr("Custom date range, at most:"));
    for (QSpinBox *spin : {m_cooldown, m_expiry, m_maxRange})
        spin->setSuffix(tr(" days"));
    m_policySave->setText(tr("Save"));
    m_timerNote->setText(tr("When the console is closed, the rewind-run-due timer runs due work (see README)."));
    render();
}

void SchedulePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SchedulePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another process (rewindctl, the timer, another console) may have changed or run the schedule.
    refresh();
}

} // namespace Rewind
