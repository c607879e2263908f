#include "TemplateExportResultPage.h"
#include "ConsoleUser.h"

#include <QDir>
#include <QPushButton>
#include <QVBoxLayout>

#include "TaskProgress.h"
#include "TaskResultPanel.h"
#include "TemplateExportState.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportResultPage::TemplateExportResultPage(TemplateExportState *state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setObjectName(u"templateExportResultPage"_s);
    setTitle(tr("Write the template"));
    setFinalPage(true);

    m_panel = new TaskResultPanel({u"templateExportProgress"_s, u"templateExportSummary"_s, u"templateExportDetails"_s,
                                   u"templateExportError"_s, u"templateExportRetry"_s},
                                  TaskOutcome<TemplateExportResult>::kProgressSteps, tr("&Try Again"), this);
    m_panel->progress()->setCancellable(false); // one file written under a temporary name: short, and never half-done
    connect(m_panel->retryButton(), &QPushButton::clicked, this, &TemplateExportResultPage::write);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
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
    m_panel->clear();
    const DataDir dir = m_state->dir;
    const TemplateExportOptions options = m_state->options();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(runTask<TemplateExportResult>(
        m_cancel, [user = ConsoleUser::session(), dir, options](const auto &, const auto *) {
            return TemplateExporter(dir, Clock::system(), user).run(options);
        }));
    setSubTitle(tr("Writing %1…").arg(QDir::toNativeSeparators(options.outPath)));
    m_panel->progress()->start(tr("Writing the template…"));
    emit completeChanged();
}

void TemplateExportResultPage::onWritten()
{
    m_panel->progress()->finish();
    const TaskOutcome<TemplateExportResult> outcome = m_watcher.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("No template was written."));
        m_panel->showFailure(outcome.error.message);
        return;
    }
    const TemplateExportResult &r = *outcome.value;
    m_state->result = r;
    setSubTitle(tr("The template is written."));
    const QString summary =
        tr("Wrote the template of %1 to %2.").arg(r.dbs.join(u", "_s), QDir::toNativeSeparators(r.path));
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
    m_panel->showResult(summary, details.join(u'\n'));
    emit exported(r);
}

} // namespace Rewind
