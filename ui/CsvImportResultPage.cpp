#include "CsvImportResultPage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include "CsvImportState.h"
#include "MessageBoxes.h"
#include "TaskProgress.h"
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

CsvImportResultPage::CsvImportResultPage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importResultPage"_s);
    setTitle(tr("Import"));
    setFinalPage(true);

    m_progress = new TaskProgress(u"applyProgress"_s, TaskOutcome<ImportReport>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    m_summary = textLabel(u"importResultSummary"_s, this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_details = textLabel(u"importResultDetails"_s, this);
    m_error = textLabel(u"importResultError"_s, this);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_undone = textLabel(u"importUndoStatus"_s, this);
    m_undone->setFont(bold);

    m_retry = new QPushButton(tr("&Try Again"), this);
    m_retry->setObjectName(u"importRetryButton"_s);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &CsvImportResultPage::apply);
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
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_startOver);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addWidget(m_undone);
    layout->addStretch(1);

    connect(&m_apply, &QFutureWatcher<TaskOutcome<ImportReport>>::progressValueChanged, m_progress,
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
    m_summary->hide();
    m_details->hide();
    m_undone->hide();
    m_retry->hide();
    m_startOver->hide();
    m_undoButton->hide();
    showError({});
    CsvImportOptions options = m_state->options();
    options.expectedFingerprint = m_state->dryRun->file.fingerprint;
    const DataDir dir = m_state->dir;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_apply.setFuture(runTask<ImportReport>(
        m_cancel, [dir, options](const CsvImporter::ProgressFn &progress, const std::atomic_bool *cancel) {
            CsvImporter importer(dir, Clock::system());
            importer.setProgress(progress);
            importer.setCancelFlag(cancel);
            return importer.apply(options);
        }));
    setSubTitle(tr("Importing %1 into \"%2\"…").arg(QFileInfo(options.file).fileName(), options.db));
    m_progress->setCancellable(true);
    m_progress->start(tr("Writing into production…"));
    emit completeChanged();
}

void CsvImportResultPage::onApplied()
{
    m_progress->finish();
    const TaskOutcome<ImportReport> outcome = m_apply.result();
    emit completeChanged();
    if (!outcome.ok()) {
        setSubTitle(tr("Nothing was imported."));
        showError(outcome.cancelled() && outcome.error.message.isEmpty()
                      ? tr("The import was cancelled; production is unchanged.")
                      : outcome.error.message);
        m_retry->show();
        m_startOver->show();
        return;
    }
    const ImportReport &report = *outcome.value;
    m_state->applied = report;
    const QLocale locale;
    setSubTitle(tr("The import is done."));
    m_summary->setText(tr("Imported into \"%1\": %2 new, %3 updated, %4 unchanged, %5 skipped.")
                           .arg(m_state->db, locale.toString(report.newRows), locale.toString(report.updated),
                                locale.toString(report.unchanged), locale.toString(report.rejected)));
    QStringList details;
    details.append(tr("Time taken: %1 s").arg(locale.toString(double(report.elapsedMs) / 1000.0, 'f', 2)));
    details.append(tr("Restore point: %1").arg(report.restorePoint));
    if (!report.rejectsPath.isEmpty())
        details.append(tr("Skipped rows were written to: %1").arg(QDir::toNativeSeparators(report.rejectsPath)));
    m_details->setText(details.join(u'\n'));
    m_summary->show();
    m_details->show();
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
    showError({});
    m_undoButton->setEnabled(false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_undo.setFuture(runTask<QString>(m_cancel, [dir, restorePoint](const auto &, const auto *) -> Result<QString> {
        CsvImporter importer(dir, Clock::system());
        if (Status status = importer.undo(restorePoint); !status)
            return status.error();
        return restorePoint;
    }));
    m_progress->setCancellable(false); // a restore is one step: it cannot stop half-way
    m_progress->start(tr("Bringing production back…"));
    emit completeChanged();
}

void CsvImportResultPage::onUndone()
{
    m_progress->finish();
    const TaskOutcome<QString> outcome = m_undo.result();
    emit completeChanged();
    if (!outcome.ok()) {
        showError(tr("The import could not be undone: %1").arg(outcome.error.message));
        m_undoButton->setEnabled(true);
        return;
    }
    setSubTitle(tr("The import was undone."));
    m_undone->setText(tr("Production is back to how it was before the import (restore point %1).").arg(*outcome.value));
    m_undone->show();
    m_undoButton->setEnabled(false);
    emit productionChanged();
}

void CsvImportResultPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Rewind
