#pragma once

#include "TaskOutcome.h"
#include "TemplateExportState.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Rewind
{

class TaskProgress;

/// Template export page 2: the DBs linked with the chosen ones, directly or through others, in both
/// directions (TemplateExporter::related), each with how it is related, pre-checked. Unchecking one
/// leaves it out, and with it the DBs linked only through it; the page then lists the links that will
/// point outside the template (build()'s dangling list). Both are computed on a worker thread whenever
/// the choice changes.
class TemplateExportRelatedPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateExportRelatedPage)

public:
    explicit TemplateExportRelatedPage(TemplateExportState *state, QWidget *parent = nullptr);
    ~TemplateExportRelatedPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isComputing() const { return m_watcher.isRunning() || m_pending; }

private:
    void compute();
    void onComputed();
    void onItemChanged(QTreeWidgetItem *item);
    void showPreview(const TemplateExportPreview &preview);

    TemplateExportState *m_state = nullptr;
    QLabel *m_chosen = nullptr;
    TaskProgress *m_progress = nullptr;
    QTreeWidget *m_related = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_danglingLabel = nullptr;
    QListWidget *m_dangling = nullptr;

    TaskWatcher<TemplateExportPreview> m_watcher;
    CancelFlag m_cancel;
    bool m_pending = false; // the choice changed while a computation was running
};

} // namespace Rewind
