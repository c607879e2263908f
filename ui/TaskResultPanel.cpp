#include "TaskResultPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "TaskProgress.h"
#include "WizardLabels.h"

namespace Rewind
{

TaskResultPanel::TaskResultPanel(const Names &names, int steps, const QString &retryText, QWidget *parent)
    : QWidget(parent)
{
    m_progress = new TaskProgress(names.progress, steps, this);
    m_summary = WizardLabels::text(names.summary, this);
    m_summary->hide();
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details = WizardLabels::text(names.details, this);
    m_details->hide();
    m_error = WizardLabels::error(names.error, this);
    m_retry = new QPushButton(retryText, this);
    m_retry->setObjectName(names.retry);
    m_retry->hide();
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_retry);
    m_buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0); // the page's layout provides the margins
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(m_buttons);
}

void TaskResultPanel::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
}

void TaskResultPanel::clear()
{
    m_summary->hide();
    m_details->hide();
    m_retry->hide();
    setError({});
}

void TaskResultPanel::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TaskResultPanel::showFailure(const QString &message)
{
    setError(message);
    m_retry->show();
}

void TaskResultPanel::showResult(const QString &summary, const QString &details)
{
    m_summary->setText(summary);
    m_details->setText(details);
    m_summary->show();
    m_details->show();
}

} // namespace Rewind
