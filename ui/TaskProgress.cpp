#include "TaskProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Rewind
{

using namespace Qt::StringLiterals;

TaskProgress::TaskProgress(const QString &name, int steps, QWidget *parent) : QWidget(parent), m_steps(steps)
{
    setObjectName(name);
    m_label = new QLabel(this);
    m_label->setObjectName(name + u"Text"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(name + u"Bar"_s);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(160);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(name + u"Cancel"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    hide();
}

void TaskProgress::start(const QString &text)
{
    m_running = true;
    m_label->setText(text);
    m_bar->setRange(0, 0); // busy until core's first report
    m_cancel->setEnabled(true);
    show();
}

void TaskProgress::setValue(int value)
{
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, m_steps);
    m_bar->setValue(value);
}

void TaskProgress::setCancellable(bool cancellable)
{
    m_cancel->setVisible(cancellable);
}

void TaskProgress::finish()
{
    m_running = false;
    hide();
}

} // namespace Rewind
