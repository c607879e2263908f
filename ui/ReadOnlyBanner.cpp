#include "ReadOnlyBanner.h"
#include "ActionButton.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Rewind
{

using namespace Qt::StringLiterals;

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"readOnlyBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    // Amber, like a caution sign: readable on light and dark themes because both colours are fixed.
    setStyleSheet(u"#readOnlyBanner { background: #fff4ce; border-bottom: 2px solid #c88a00; }"
                  "#readOnlyBanner QLabel { color: #4a3400; }"_s);
    auto *layout = m_layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(u"readOnlyBannerText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    layout->addWidget(m_label, 1);
    hide();
}

void ReadOnlyBanner::showGeneration(Weekday day, const QDateTime &takenAt)
{
    m_day = day;
    m_takenAt = takenAt;
    retranslateUi();
    show();
}

void ReadOnlyBanner::clear()
{
    m_takenAt = {};
    m_label->clear();
    hide();
}

void ReadOnlyBanner::addToolButton(QAction *action)
{
    m_layout->addWidget(makeActionButton(action, this));
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}

void ReadOnlyBanner::retranslateUi()
{
    if (!m_takenAt.isValid())
        return;
    // ISO-like: unambiguous in both languages.
    const QString taken = m_takenAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    m_label->setText(
        tr("Read-only: the %1 generation, taken %2. Nothing here can be changed.").arg(weekdayName(m_day), taken));
}

void ReadOnlyBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Rewind
