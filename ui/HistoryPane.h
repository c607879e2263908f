#pragma once

#include "history/HistoryStore.h"
#include "util/DataDir.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace Rewind
{

class HistoryChart;
class HistoryModel;

/// The "History" tab: every backup event (runs, archives, downloads, schedules, restores …) in time
/// order with time, user, kind and description, filtered by kind, user and dates; a chart of
/// generation sizes, run durations and failures above it; "Export CSV…" writes the events listed and
/// "Verify Chain" checks that none was changed or removed, selecting the first that was.
/// Reads on the UI thread (one query per filter change: the history is a few thousand events at most).
/// Children are named for tests: historyKindCombo, historyUserCombo, historyFromCheck, historyFromEdit,
/// historyToCheck, historyToEdit, historyExportButton, historyVerifyButton, historyCountLabel,
/// historyMessage, historyView, historyChart, historySplitter.
class HistoryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPane)

public:
    explicit HistoryPane(DataDir dir, QWidget *parent = nullptr);
    ~HistoryPane() override;

    /// Reads the users and the events afresh (also done each time the pane is shown again).
    void refresh();

    /// The filter the controls describe.
    HistoryFilter filter() const;
    HistoryModel *model() const { return m_model; }
    HistoryChart *chart() const { return m_chart; }
    /// The id of the selected event, or 0.
    qint64 selectedEventId() const;
    /// Selects event `id` if it is listed; false when it is not.
    bool selectEvent(qint64 id);

    /// "Export CSV…": asks for a file and writes the events the current filter matches.
    void exportCsv();
    /// "Verify Chain": checks the chain and every generation's anchor; selects a broken event.
    void verifyChain();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    enum class Tone
    {
        Info,
        Success,
        Problem
    };

    void reload();
    void fillKinds();
    void fillUsers();
    void clearFilters();
    void onFromChanged();
    void onToChanged();
    void updateCount();
    void retranslateUi();
    /// Shows `text()` below the filters; kept as a function so it follows a change of language.
    void showMessage(std::function<QString()> text, Tone tone);
    void applyMessageTone();
    QString suggestedExportPath() const;

    DataDir m_dir;
    HistoryModel *m_model = nullptr;
    HistoryChart *m_chart = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_userLabel = nullptr;
    QComboBox *m_user = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    QWidget *m_messageBox = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
    std::function<QString()> m_messageText;
    Tone m_messageTone = Tone::Info;
    QString m_readError;
    QString m_exportFolder;
    bool m_columnsSized = false;
    bool m_stale = false;
    bool m_filling = false;
};

} // namespace Rewind
