#pragma once

#include "workspace/RecordQuery.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace Rewind
{

class RecordTableModel;

/// The "Records" tab: a search field, the read-only record table of one DB and a status line.
/// Paging, counting and searching happen in RecordTableModel on its own thread; this pane only
/// forwards what the user typed or clicked.
class RecordsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsPane)

public:
    /// How long typing must pause before the search runs, in milliseconds.
    static constexpr int kSearchDelayMs = 250;

    explicit RecordsPane(QWidget *parent = nullptr);
    ~RecordsPane() override;

    /// Shows the records `query` describes, with the search text currently typed.
    void setQuery(RecordQuery query);
    void clear();
    void focusSearch();

    RecordTableModel *model() const { return m_model; }
    /// Puts a button for `action` (e.g. "Export CSV…") beside the search field.
    void addToolButton(QAction *action);
    /// Record IDs of the selected rows that are loaded, in view order; `selectedRows` (if given) gets
    /// how many rows are selected, loaded or not.
    QList<qint64> selectedRecordIds(qint64 *selectedRows = nullptr) const;

signals:
    /// The exact, unfiltered record count of `dbId` became known.
    void recordCountKnown(qint64 dbId, qint64 records);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySearch();
    void onRowCountKnown(qint64 rows, bool exact);
    void onLoadFailed(const QString &message);
    void onPageArrived();
    void updateStatus();

    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_rowCount = nullptr;
    QHBoxLayout *m_top = nullptr;
    QLabel *m_error = nullptr;
    RecordTableModel *m_model = nullptr;
    qint64 m_rows = -1; // -1 while the first page is on its way
    bool m_exact = false;
    bool m_columnsSized = false;
};

} // namespace Rewind
