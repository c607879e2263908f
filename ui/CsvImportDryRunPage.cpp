#include "CsvImportDryRunPage.h"
#include "ConsoleUser.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWizard>

#include "CsvImportModePage.h"
#include "CsvImportState.h"
#include "ImportReportModel.h"
#include "TaskProgress.h"
#include "WizardLabels.h"
#include "util/Clock.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QTableView *reportView(const QString &name, ImportReportModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

CsvImportDryRunPage::CsvImportDryRunPage(CsvImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"importDryRunPage"_s);
    setTitle(tr("Check what the import would do"));
    setSubTitle(tr("A dry run reads every row and compares it with production. Nothing is changed until you "
                   "click Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_progress = new TaskProgress(u"dryRunProgress"_s, TaskOutcome<ImportReport>::kProgressSteps, this);
    connect(m_progress, &TaskProgress::cancelRequested, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });

    m_new = WizardLabels::total(u"dryRunNew"_s, this);
    m_updated = WizardLabels::total(u"dryRunUpdated"_s, this);
    m_unchanged = WizardLabels::total(u"dryRunUnchanged"_s, this);
    m_errors = WizardLabels::total(u"dryRunErrors"_s, this);
    const std::pair<QLabel *, QString> captions[] = {{m_new, tr("New records")},
                                                     {m_updated, tr("Updated records")},
                                                     {m_unchanged, tr("Unchanged")},
                                                     {m_errors, tr("Rows with errors")}};
    QGridLayout *totals = WizardLabels::totalsGrid(captions, this);

    m_status = WizardLabels::text(u"dryRunStatus"_s, this);

    m_skip = new QCheckBox(this);
    m_skip->setObjectName(u"dryRunSkipErrors"_s);
    connect(m_skip, &QCheckBox::toggled, this, &CsvImportDryRunPage::onSkipToggled);
    m_again = new QPushButton(tr("Run the dry run &again"), this);
    m_again->setObjectName(u"dryRunAgainButton"_s);
    connect(m_again, &QPushButton::clicked, this, &CsvImportDryRunPage::start);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_skip, 1);
    actions->addWidget(m_again);

    m_rows = new ImportReportModel(ImportReportModel::Kind::Rows, this);
    m_issues = new ImportReportModel(ImportReportModel::Kind::Issues, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dryRunTabs"_s);
    m_rowsView = reportView(u"dryRunRowsView"_s, m_rows, m_tabs);
    m_issuesView = reportView(u"dryRunIssuesView"_s, m_issues, m_tabs);
    m_tabs->addTab(m_rowsView, QString());
    m_tabs->addTab(m_issuesView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(totals);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<TaskOutcome<ImportReport>>::progressValueChanged, m_progress,
            &TaskProgress::setValue);
    connect(&m_watcher, &QFutureWatcher<TaskOutcome<ImportReport>>::finished, this, &CsvImportDryRunPage::onFinished);
    updateStatus();
}

CsvImportDryRunPage::~CsvImportDryRunPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CsvImportDryRunPage::initializePage()
{
    start();
}

void CsvImportDryRunPage::cleanupPage()
{
    // Back: whatever the dry run finds no longer matters; the next visit runs it again.
    if (m_cancel)
        m_cancel->store(true);
    m_state->dryRun.reset();
    m_rows->clear();
    m_issues->clear();
    updateStatus();
}

void CsvImportDryRunPage::start()
{
    if (m_watcher.isRunning()) {
        // Back and Next again while the last run is still stopping: run again once it has.
        m_restart = true;
        return;
    }
    m_restart = false;
    m_state->dryRun.reset();
    m_failure.clear();
    m_rows->clear();
    m_issues->clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const DataDir dir = m_state->dir;
    const CsvImportOptions options = m_state->options();
    m_watcher.setFuture(
        runTask<ImportReport>(m_cancel, [user = ConsoleUser::session(), dir, options](
                                            const CsvImporter::ProgressFn &progress, const std::atomic_bool *cancel) {
            CsvImporter importer(dir, Clock::system(), user);
            importer.setProgress(progress);
            importer.setCancelFlag(cancel);
            return importer.dryRun(options);
        }));
    m_progress->start(tr("Checking every row of %1…").arg(QFileInfo(options.file).fileName()));
    updateStatus();
    emit completeChanged();
}

void CsvImportDryRunPage::onFinished()
{
    m_progress->finish();
    const TaskOutcome<ImportReport> outcome = m_watcher.result();
    if (m_restart) {
        start();
        return;
    }
    if (m_cancel && m_cancel->load() && wizard() && wizard()->currentPage() != this) {
        emit completeChanged();
        return; // left with Back while it ran
    }
    if (outcome.ok()) {
        m_state->dryRun = *outcome.value;
        m_rows->setReport(*outcome.value);
        m_issues->setReport(*outcome.value);
        m_rowsView->resizeColumnsToContents();
        m_issuesView->resizeColumnsToContents();
        if (outcome.value->errorRows > 0)
            m_tabs->setCurrentWidget(m_issuesView);
        else
            m_tabs->setCurrentWidget(m_rowsView);
    } else {
        m_failure = outcome.cancelled() && outcome.error.message.isEmpty() ? tr("The dry run was cancelled.")
                                                                           : outcome.error.message;
    }
    updateStatus();
    emit completeChanged();
}

void CsvImportDryRunPage::onSkipToggled(bool skip)
{
    // The mode page owns the check box behind the field and writes it, with its rejects path, to the state.
    if (wizard())
        wizard()->setField(CsvImportModePage::kSkipErrorsField, skip);
    m_state->skipErrors = skip;
    updateStatus();
    emit completeChanged();
}

void CsvImportDryRunPage::updateStatus()
{
    const QLocale locale;
    const auto &report = m_state->dryRun;
    const bool running = m_watcher.isRunning();
    auto number = [&](qint64 n) {
        return report ? locale.toString(n) : u"–"_s;
    };
    m_new->setText(number(report ? report->newRows : 0));
    m_updated->setText(number(report ? report->updated : 0));
    m_unchanged->setText(number(report ? report->unchanged : 0));
    m_errors->setText(number(report ? report->errorRows : 0));
    m_errors->setStyleSheet(report && report->errorRows > 0 ? u"color: #b3261e;"_s : QString());
    m_tabs->setTabText(0, report ? tr("Rows (%1)").arg(locale.toString(report->rows)) : tr("Rows"));
    m_tabs->setTabText(1, report ? tr("Errors (%1)").arg(locale.toString(report->errorRows)) : tr("Errors"));
    m_again->setVisible(!running && !report);

    const bool errors = report && report->errorRows > 0;
    {
        const QSignalBlocker blocker(m_skip);
        m_skip->setChecked(m_state->skipErrors);
    }
    m_skip->setVisible(errors);
    if (errors)
        m_skip->setText(
            tr("&Skip the rows with errors and write them to %1").arg(QDir::toNativeSeparators(m_state->rejectsPath)));

    QString status;
    if (running)
        status = tr("Reading the file and comparing it with production…");
    else if (!report)
        status = m_failure;
    else if (report->newRows + report->updated == 0 && !errors)
        status = tr("Production already holds everything in this file: there is nothing to import.");
    else if (report->newRows + report->updated == 0)
        status = tr("The rows without errors change nothing, so there is nothing to import. Correct the rows "
                    "listed under Errors and run the import again.");
    else if (errors && !m_state->skipErrors)
        status = tr("%1 of %2 rows have errors. Correct the file and go back to read it again, or skip those "
                    "rows: the others are imported and the skipped ones are written to a file.")
                     .arg(locale.toString(report->errorRows), locale.toString(report->rows));
    else
        status = tr("%1 rows checked in %2 s. Click Import to write them into production; a restore point is "
                    "taken first, so the import can be undone.")
                     .arg(locale.toString(report->rows), locale.toString(double(report->elapsedMs) / 1000.0, 'f', 2));
    m_status->setText(status);
    // Red only when something stands in the way of importing.
    m_status->setStyleSheet(!running && !isComplete() ? u"color: #b3261e;"_s : QString());
}

bool CsvImportDryRunPage::isComplete() const
{
    const auto &report = m_state->dryRun;
    if (m_watcher.isRunning() || !report || report->newRows + report->updated == 0)
        return false;
    if (report->errorRows == 0)
        return true;
    return m_state->skipErrors && !m_state->rejectsPath.isEmpty();
}

} // namespace Rewind
