#include "JobStatusBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
void appendNew(QStringList &to, const QStringList &lines)
{
    for (const QString &line : lines) {
        if (!line.isEmpty() && !to.contains(line))
            to.append(line);
    }
}
} // namespace

JobStatusBanner::JobStatusBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"jobBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setObjectName(u"jobBannerText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"jobBannerDismiss"_s);
    m_dismiss->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_dismiss, &QToolButton::clicked, this, &JobStatusBanner::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    hide();
}

void JobStatusBanner::addMissed(const QStringList &lines)
{
    appendNew(m_missed, lines);
    render();
}

void JobStatusBanner::addFailures(const QStringList &lines)
{
    appendNew(m_failures, lines);
    render();
}

void JobStatusBanner::addCaughtUp(const QStringList &lines)
{
    if (m_missed.isEmpty() && m_failures.isEmpty())
        return;
    appendNew(m_caughtUp, lines);
    render();
}

void JobStatusBanner::dismiss()
{
    m_missed.clear();
    m_failures.clear();
    m_caughtUp.clear();
    render();
}

QString JobStatusBanner::text() const
{
    return m_label->text();
}

void JobStatusBanner::render()
{
    auto section = [](const QString &heading, const QStringList &lines) {
        QStringList out{heading};
        for (const QString &line : lines)
            out.append(u"  • "_s + line);
        return out.join(u'\n');
    };
    QStringList parts;
    if (!m_failures.isEmpty())
        parts.append(section(tr("Scheduled work failed:"), m_failures));
    if (!m_missed.isEmpty())
        parts.append(section(tr("Scheduled work did not run on time:"), m_missed));
    if (!m_caughtUp.isEmpty())
        parts.append(section(tr("Since then:"), m_caughtUp));
    m_label->setText(parts.join(u'\n'));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide these lines (the history keeps them)"));
    // Red for failures, amber for late runs: fixed colours, readable on light and dark themes.
    setStyleSheet(m_failures.isEmpty() ? u"#jobBanner { background: #fff4ce; border-bottom: 2px solid #c88a00; }"
                                         "#jobBanner QLabel { color: #4a3400; }"_s
                                       : u"#jobBanner { background: #fde7e9; border-bottom: 2px solid #b3261e; }"
                                         "#jobBanner QLabel { color: #5c0f0a; }"_s);
    setVisible(!parts.isEmpty());
}

void JobStatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace Rewind
