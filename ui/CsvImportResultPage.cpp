#include "CsvImportResultPage.h"
#include "ConsoleUser.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include "CsvImportState.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
#include "TaskResultPanel.h"
#include "WizardLabels.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

CsvImportResultPage::CsvImportResultPage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importResultPage"_s);
    setTitle(tr("Import"));
    setFinalPage(true);

    m_panel = new TaskResultPanel({u"applyProgress"_s, u"importResultSummary"_s, u"importResultDetails"_s,
                                   u"importResultError"_s, u"importRetryButton"_s},
                                  TaskOutcome<ImportReport>::kProgressSteps, tr("&Try Again"), this);
    connect(m_panel->progress(), &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_panel->retryButton(), &QPushButton::clicked, this, &CsvImportResultPage::apply);
    m_undone = WizardLabels::text(u"importUndoStatus"_s, this);
    m_undone->hide();
    QFont bold = m_undone->font();
    bold.setBold(true);
    m_undone->setFont(bold);

    m_startOver = new QPushButton(tr("&Start Over"), this);
    m_startOver->setObjectName(u"importStartOverButton"_s);
    m_startOver->setToolTip(tr("Back to the first page, to read the file again and run a new dry run."));
    m_startOver->hide();
    connect(m_startOver, &QPushButton::clicked, this, [this] {
        if (wizard() && !isBusy())
            wizard()->restart();
    });
    m_undoButton = new QPushButton(tr("&Undo this import"), this);
    m_undoButton->setObjectName(u"importUndoButton"_s);
    m_undoButton->setToolTip(tr("Brings production back to the restore point taken just before the import."));
    m_undoButton->hide();
    connect(m_undoButton, &QPushButton::clicked, this, &CsvImportResultPage::askUndo);
    m_panel->addButton(m_startOver);
    m_panel->addButton(m_undoButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(m_undone);
    layout->addStretch(1);

    connect(&m_apply, &QFutureWatcher<TaskOutcome<ImportReport>>::progressValueChanged, m_panel->progress(),
            &TaskProgress::setValue);
    connect(&m_apply, &QFutureWatcher<TaskOutcome<ImportReport>>::finished, this, &CsvImportResultPage::onApplied);
    connect(&m_undo, &QFutureWatcher<TaskOutcome<QString>>::finished, this, &CsvImportResultPage::onUndone);
}

CsvImportResultPage::~CsvImportResultPage()
{
    // The wizard refuses to close while busy; this only matters when the application quits.
    if (m_cancel)
        m_cancel->store(true);
}

void CsvImportResultPage::initializePage()
{
    apply();
}

bool CsvImportResultPage::isComplete() const
{
    return !isBusy();
}

void CsvImportResultPage::apply()
{
    if (isBusy() || !m_state->dryRun)
        return;
    m_state->applied.reset();
    m_panel->clear();
    m_undone->hide();
    m_startOver->hide();
    m_undoButton->hide();
    CsvImportOptions options = m_state->options();
    options.expectedFingerprint = m_state->dryRun->file.fingerprint;
    const DataDir dir = m_state->dir;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_apply.setFuture(
        runTask<ImportReport>(m_cancel, [user = ConsoleUser::session(), dir, options](
                                            const CsvImporter::ProgressFn &progress, const std::atomic_bool *cancel) {
            CsvImporter importer(dir, Clock::system(), user);
            importer.setProgress(progress);
            importer.setCancelFlag(cancel);
            return importer.apply(options);
        }));
    setSubTitle(tr("Importing %1 into \"%2\"…").arg(QFileInfo(options.file).fileName(), options.db));
    m_panel->progress()->setCancellable(true);
    m_panel->progress()->start(tr("Writing into production…"));
    emit completeChanged();
}

void CsvImportResultPage::onApplied()
{
    m_panel->progress()->finish();
    const TaskOutcome<ImportReport> outcome = m_apply.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("Nothing was imported."));
        m_panel->showFailure(outcome.cancelled() && outcome.error.message.isEmpty()
                                 ? tr("The import was cancelled; production is unchanged.")
                                 : outcome.error.message);
        m_startOver->show();
        return;
    }
    const ImportReport &report = *outcome.value;
    m_state->applied = report;
    const QLocale locale;
    setSubTitle(tr("The import is done."));
    const QString summary = tr("Imported into \"%1\": %2 new, %3 updated, %4 unchanged, %5 skipped.")
                                .arg(m_state->db, locale.toString(report.newRows), locale.toString(report.updated),
                                     locale.toString(report.unchanged), locale.toString(report.rejected));
    QStringList details;
    details.append(tr("Time taken: %1 s").arg(locale.toString(double(report.elapsedMs) / 1000.0, 'f', 2)));
    details.append(tr("Restore point: %1").arg(report.restorePoint));
    if (!report.rejectsPath.isEmpty())
        details.append(tr("Skipped rows were written to: %1").arg(QDir::toNativeSeparators(report.rejectsPath)));
    m_panel->showResult(summary, details.join(u'\n'));
    m_undoButton->setEnabled(true);
    m_undoButton->show();
    emit productionChanged();
}

void CsvImportResultPage::askUndo()
{
    if (isBusy() || !m_state->applied)
        return;
    MessageBoxes::question(this, tr("Undo this import"),
                           tr("Bring production back to restore point %1, taken just before this import?\n\n"
                              "Changes made to production by anyone after the import are undone too.")
                               .arg(m_state->applied->restorePoint),
                           QMessageBox::Yes | QMessageBox::No, [this](QMessageBox::StandardButton button) {
                               if (button == QMessageBox::Yes)
                                   undo();
                           });
}

void CsvImportResultPage::undo()
{
    const DataDir dir = m_state->dir;
    const QString restorePoint = m_state->applied->restorePoint;
    m_panel->setError({});
    m_undoButton->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_undo.setFuture(runTask<QString>(
        m_cancel, [user = ConsoleUser::session(), dir, restorePoint](const auto &, const auto *) -> Result<QString> {
            CsvImporter importer(dir, Clock::system(), user);
            if (Status status = importer.undo(restorePoint); !status)
                return status.error();
            return restorePoint;
        }));
    m_panel->progress()->setCancellable(false); // a restore is one step: it cannot stop half-way
    m_panel->progress()->start(tr("Bringing production back…"));
    emit completeChanged();
}

void CsvImportResultPage::onUndone()
{
    m_panel->progress()->finish();
    const TaskOutcome<QString> outcome = m_undo.result();
    emit completeChanged();
    if (!outcome.ok()) {
        m_panel->setError(tr("The import could not be undone: %1").arg(outcome.error.message));
        m_undoButton->setEnabled(true);
        return;
    }
    setSubTitle(tr("The import was undone."));
    m_undone->setText(tr("Production is back to how it was before the import (restore point %1).").arg(*outcome.value));
    m_undone->show();
    m_undoButton->setEnabled(false);
    emit productionChanged();
}

} // namespace Rewind
