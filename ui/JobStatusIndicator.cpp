#include "JobStatusIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

#include "jobs/ScheduleService.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

JobStatusIndicator::JobStatusIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"jobStatus"_s);
    m_label = new QLabel(this);
    m_label->setObjectName(u"jobStatusText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"jobStatusBar"_s);
    m_bar->setTextVisible(false); // the label says the percentage
    m_bar->setFixedWidth(120);
    m_bar->setMaximumHeight(14);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    hide();
}

void JobStatusIndicator::start(bool elsewhere)
{
    m_running = true;
    m_elsewhere = elsewhere;
    m_job.clear();
    m_stage.clear();
    m_percent = -1;
    m_slot.reset();
    render();
    show();
}

void JobStatusIndicator::setProgress(const QString &job, int percent, const QString &stage, std::optional<Weekday> slot)
{
    if (!m_running)
        start(false);
    m_job = job;
    m_percent = std::clamp(percent, 0, 100);
    m_stage = stage;
    m_slot = slot;
    render();
}

void JobStatusIndicator::finish()
{
    m_running = false;
    hide();
}

QString JobStatusIndicator::text() const
{
    return m_label->text();
}

void JobStatusIndicator::render()
{
    const bool daily = m_job == QLatin1StringView(ScheduleService::kDailyJob);
    const bool archive = m_job == QLatin1StringView(ScheduleService::kArchiveJob);
    const QString percent = QString::number(std::max(m_percent, 0));
    QString text;
    if (m_elsewhere) {
        if (daily && m_slot)
            text = tr("A run started by the timer is writing %1's generation… %2%").arg(weekdayName(*m_slot), percent);
        else if (daily)
            text = tr("A run started by the timer is writing the daily generation… %1%").arg(percent);
        else if (archive)
            text = tr("A run started by the timer is writing the scheduled archive… %1%").arg(percent);
        else
            text = tr("A run started by the timer is in progress");
    } else {
        if (daily && m_slot)
            text = tr("Writing %1's generation… %2%").arg(weekdayName(*m_slot), percent);
        else if (daily)
            text = tr("Writing the daily generation… %1%").arg(percent);
        else if (archive)
            text = tr("Writing the scheduled archive… %1%").arg(percent);
        else
            text = tr("Running scheduled work…");
    }
    m_label->setText(text);
    const QString tip = m_stage.isEmpty() ? QString() : tr("Now: %1").arg(m_stage);
    m_label->setToolTip(tip);
    m_bar->setToolTip(tip);
    if (m_percent < 0) {
        m_bar->setRange(0, 0); // busy until the first report
    } else {
        m_bar->setRange(0, 100);
        m_bar->setValue(m_percent);
    }
}

void JobStatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_running)
        render();
    QWidget::changeEvent(event);
}

} // namespace Rewind
