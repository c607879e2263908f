#pragma once

#include "TaskOutcome.h"
#include "transfer/CsvExporter.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Rewind
{

class FieldPicker;
class TaskProgress;

/// Exports one DB of production or of a generation to a CSV file: which records (all, the browser's
/// search result, the selected rows, or a date range), which fields in which order, the encoding and
/// the formula guard. CsvExporter runs on a worker thread with a progress line and Cancel; the dialog
/// stays open to show the result or core's message.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportDialog)

public:
    /// What the record browser shows when the dialog opens: preselected, and the source of the
    /// "search result" and "selected rows" scopes.
    struct Browser
    {
        EnvironmentId env = EnvironmentId::production();
        QString db;
        QString search;            ///< the search applied to the listing; empty for none
        QList<qint64> selectedIds; ///< record IDs of the selected rows that are loaded
        qint64 selectedRows = 0;   ///< selected rows, loaded or not
    };
    enum class Scope
    {
        All,
        Search,
        Selection,
        Dates
    };

    CsvExportDialog(DataDir dir, Browser browser, QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    /// The options an export started now would use.
    CsvExportOptions options() const;
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    /// An export finished and wrote `result.path`.
    void exported(const Rewind::CsvExportResult &result);

public slots:
    void reject() override;

private:
    void fillEnvironments();
    void onEnvironmentChanged();
    void onDbChanged();
    void updateScopes();
    void updateButtons();
    void browse();
    void startExport();
    void run(const CsvExportOptions &options);
    void onFinished();
    void showError(const QString &message);
    QString suggestedPath() const;
    EnvironmentId currentEnv() const;
    bool matchesBrowser() const;

    DataDir m_dir;
    Browser m_browser;
    Catalog m_catalog; // of the environment chosen in the dialog
    bool m_pathEdited = false;

    QWidget *m_form = nullptr;
    QComboBox *m_env = nullptr;
    QComboBox *m_db = nullptr;
    QButtonGroup *m_scopes = nullptr;
    QRadioButton *m_scopeAll = nullptr;
    QRadioButton *m_scopeSearch = nullptr;
    QRadioButton *m_scopeSelection = nullptr;
    QRadioButton *m_scopeDates = nullptr;
    QComboBox *m_dateKind = nullptr;
    QDateEdit *m_dateFrom = nullptr;
    QDateEdit *m_dateTo = nullptr;
    FieldPicker *m_fields = nullptr;
    QCheckBox *m_recordId = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_formulaGuard = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;

    TaskWatcher<CsvExportResult> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
