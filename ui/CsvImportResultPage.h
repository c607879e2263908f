#pragma once

#include "TaskOutcome.h"
#include "transfer/CsvImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace Rewind
{

class TaskResultPanel;
struct CsvImportState;

/// Wizard page 5: applies the import on a worker thread when entered, with the dry run's file
/// fingerprint so a file changed since then is refused. Shows the counts, time, restore point and
/// rejects file, or core's message (e.g. the refusal during a backup run) with "Try Again". "Undo this
/// import" asks first (MessageBoxes), then brings production back to the restore point on a worker.
class CsvImportResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportResultPage)

public:
    explicit CsvImportResultPage(CsvImportState *state, QWidget *parent = nullptr);
    ~CsvImportResultPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// An apply or undo is running; the wizard must stay open until it ends.
    bool isBusy() const { return m_apply.isRunning() || m_undo.isRunning(); }

signals:
    /// Production was written (import applied or undone): views of production should reload.
    void productionChanged();

private:
    void apply();
    void onApplied();
    void askUndo();
    void undo();
    void onUndone();

    CsvImportState *m_state = nullptr;
    TaskResultPanel *m_panel = nullptr;
    QLabel *m_undone = nullptr;
    QPushButton *m_startOver = nullptr;
    QPushButton *m_undoButton = nullptr;

    TaskWatcher<ImportReport> m_apply;
    TaskWatcher<QString> m_undo;
    CancelFlag m_cancel;
};

} // namespace Rewind
