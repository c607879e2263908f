#include "TemplateExportResultPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "TaskProgress.h"
#include "TemplateExportState.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QLabel *textLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}
} // namespace

TemplateExportResultPage::TemplateExportResultPage(TemplateExportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateExportResultPage"_s);
    setTitle(tr("Write the template"));
    setFinalPage(true);

    m_progress = new TaskProgress(u"templateExportProgress"_s, TaskOutcome<TemplateExportResult>::kProgressSteps, this);
    m_progress->setCancellable(false); // one file written under a temporary name: short, and never half-done
    m_summary = textLabel(u"templateExportSummary"_s, this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details = textLabel(u"templateExportDetails"_s, this);
    m_error = textLabel(u"templateExportError"_s, this);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_retry = new QPushButton(tr("&Try Again"), this);
    m_retry->setObjectName(u"templateExportRetry"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &TemplateExportResultPage::write);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<TemplateExportResult>>::finished, this,
            &TemplateExportResultPage::onWritten);
}

TemplateExportResultPage::~TemplateExportResultPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TemplateExportResultPage::initializePage()
{
    write();
}

bool TemplateExportResultPage::isComplete() const
{
    return !isBusy();
}

void TemplateExportResultPage::write()
{
    if (isBusy())
        return;
    m_state->result.reset();
    m_summary->hide();
    m_details->hide();
    m_error->hide();
    m_retry->hide();
    const DataDir dir = m_state->dir;
    const TemplateExportOptions options = m_state->options();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(runTask<TemplateExportResult>(m_cancel, [dir, options](const auto &, const auto *) {
        return TemplateExporter(dir, Clock::system()).run(options);
    }));
    setSubTitle(tr("Writing %1…").arg(QDir::toNativeSeparators(options.outPath)));
    m_progress->start(tr("Writing the template…"));
    emit completeChanged();
}

void TemplateExportResultPage::onWritten()
{
    m_progress->finish();
    const TaskOutcome<TemplateExportResult> outcome = m_watcher.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("No template was written."));
        m_error->setText(outcome.error.message);
        m_error->show();
        m_retry->show();
        return;
    }
    const TemplateExportResult &r = *outcome.value;
    m_state->result = r;
    setSubTitle(tr("The template is written."));
    m_summary->setText(
        tr("Wrote the template of %1 to %2.").arg(r.dbs.join(u", "_s), QDir::toNativeSeparators(r.path)));
    QStringList details;
    QStringList omitted;
    for (const TemplateOmission &o : r.omitted)
        omitted.append(tr("%1: %2 (%3)").arg(o.db, o.item, o.reason));
    details.append(tr("Not in the template:"));
    for (const QString &line : std::as_const(omitted))
        details.append(u"  • "_s + line);
    if (!r.danglingLinks.isEmpty()) {
        details.append(tr("Links to DBs outside the template (you choose their targets when loading it):"));
        for (const QString &link : r.danglingLinks)
            details.append(u"  • "_s + link);
    }
    m_details->setText(details.join(u'\n'));
    m_summary->show();
    m_details->show();
    emit exported(r);
}

} // namespace Rewind
