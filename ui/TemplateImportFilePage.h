#pragma once

#include "TaskOutcome.h"
#include "transfer/TemplateDocument.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Rewind
{

struct TemplateImportState;

/// Template import page 1: the template file. Reads and validates it on a worker thread
/// (TemplateDocument::read) whenever the path changes, and shows where it comes from, or why it cannot
/// be loaded (damaged, truncated, not a template, made by a newer Rewind). Next needs a valid file.
class TemplateImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportFilePage)

public:
    /// How long typing in the path field must pause before the file is read, in milliseconds.
    static constexpr int kTypingDelayMs = 300;

    explicit TemplateImportFilePage(TemplateImportState *state, QWidget *parent = nullptr);
    ~TemplateImportFilePage() override;

    bool isComplete() const override;
    bool isReading() const { return m_watcher.isRunning() || m_pending; }

private:
    void browse();
    void scheduleRead();
    void read();
    void onRead();
    void showError(const QString &message);

    TemplateImportState *m_state = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_typing = nullptr;

    TaskWatcher<TemplateDocument> m_watcher;
    CancelFlag m_cancel;
    bool m_pending = false; // the path changed while a read was running
};

} // namespace Rewind
