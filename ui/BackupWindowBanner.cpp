#include "BackupWindowBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Rewind
{

using namespace Qt::StringLiterals;

BackupWindowBanner::BackupWindowBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"backupWindowBanner"_s);
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    // Blue, like a notice: it is not a fault, and it differs from the read-only banner's amber.
    setStyleSheet(u"#backupWindowBanner { background: #dbeafe; border-bottom: 2px solid #2563eb; }"
                  "#backupWindowBanner QLabel { color: #102a5c; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(u"backupWindowBannerText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    hide();
}

void BackupWindowBanner::setRun(const std::optional<BackupWindow::RunInfo> &run)
{
    m_run = run;
    retranslateUi();
    setVisible(m_run.has_value());
}

void BackupWindowBanner::refresh(const DataDir &dir)
{
    setRun(BackupWindow::currentRun(dir));
}

QString BackupWindowBanner::text() const
{
    return m_label->text();
}

void BackupWindowBanner::retranslateUi()
{
    if (!m_run) {
        m_label->clear();
        return;
    }
    const QLocale locale;
    QString what;
    if (m_run->slot && m_run->startedAt.isValid() && m_run->expectedEnd.isValid()) {
        what = tr("A backup run is writing %1's generation (since %2, expected to end about %3).")
                   .arg(weekdayName(*m_run->slot), locale.toString(m_run->startedAt.time(), QLocale::ShortFormat),
                        locale.toString(m_run->expectedEnd.time(), QLocale::ShortFormat));
    } else if (m_run->slot) {
        what = tr("A backup run is writing %1's generation.").arg(weekdayName(*m_run->slot));
    } else {
        what = tr("A backup run is starting.");
    }
    m_label->setText(what + u' ' +
                     tr("Until it ends, field changes, aggregation and workflow settings, templates, creating DBs "
                        "from files and deleting all records are locked; reading, record edits and CSV export keep "
                        "working."));
}

void BackupWindowBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Rewind
