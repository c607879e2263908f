#pragma once

#include "TaskOutcome.h"
#include "transfer/CsvImporter.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Rewind
{

struct CsvImportState;

/// Wizard page 1: the file and the production DB. Reads the head of the file on a worker thread
/// (CsvImporter::inspect) whenever the file, DB or encoding changes, and shows the detected encoding
/// and a decoded preview, or why the file cannot be read. Next is enabled only for a readable file.
class CsvImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportFilePage)

public:
    static constexpr int kPreviewRows = 20;
    /// How long typing in the path field must pause before the file is read, in milliseconds.
    static constexpr int kTypingDelayMs = 300;

    CsvImportFilePage(CsvImportState *state, QWidget *parent = nullptr);
    ~CsvImportFilePage() override;

    bool isComplete() const override;
    bool isInspecting() const { return m_watcher.isRunning() || m_pending; }

private:
    void browse();
    void scheduleInspect();
    void inspect();
    void onInspected();
    void showInfo(const CsvFileInfo &info);
    void showError(const QString &message);

    CsvImportState *m_state = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_db = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_typing = nullptr;

    TaskWatcher<CsvFileInfo> m_watcher;
    CancelFlag m_cancel;
    quint64 m_generation = 0; // bumped by every change; an older inspect's answer is dropped
    quint64 m_running = 0;    // the generation the running inspect reads
    bool m_pending = false;   // a change arrived while an inspect was running
};

} // namespace Rewind
