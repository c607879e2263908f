#pragma once

#include "TaskOutcome.h"
#include "compare/RecordTimeline.h"
#include "util/DataDir.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Rewind
{

class Clock;
class TaskProgress;

/// "It was there last week": which generations (and production) hold records of a DB whose field — or any
/// field — contains a text, width- and case-insensitively, with the matching record IDs. A record found
/// opens in its week (RecordTimelineDialog), from where any version can be restored. Searched on a worker
/// by RecordTimeline::find as the console's user.
class SlotSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotSearchDialog)

public:
    /// `clock` must outlive the dialog. `db` preselects a DB (by name).
    SlotSearchDialog(DataDir dir, const Clock &clock, const QString &db = {}, QWidget *parent = nullptr);
    ~SlotSearchDialog() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    /// The last search's answer, per environment (generations oldest first, then production).
    const QList<SlotMatch> &matches() const { return m_matches; }

public slots:
    void search();
    /// Opens the week of the record selected in the ID list.
    void openTimeline();

signals:
    /// Production changed through a record's week opened from here.
    void productionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillFields();
    void onFinished();
    void onMatchSelected();
    void updateButtons();

    DataDir m_dir;
    const Clock &m_clock;
    QLabel *m_intro = nullptr;
    QLabel *m_dbLabel = nullptr;
    QComboBox *m_db = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_search = nullptr;
    TaskProgress *m_progress = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_idsLabel = nullptr;
    QListWidget *m_ids = nullptr;
    QPushButton *m_timeline = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_error = nullptr;
    QList<SlotMatch> m_matches;
    QString m_searchedDb;
    TaskWatcher<QList<SlotMatch>> m_watcher;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Rewind
