#pragma once

#include "TaskOutcome.h"
#include "compare/RecordTimeline.h"
#include "util/DataDir.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Rewind
{

class Clock;
class RecordRestoreFlow;
class TaskProgress;

/// "A record's week": one record across the seven generations (oldest first) and production. A column
/// per version, a row per field, each value that differs from the version before it highlighted; below,
/// the events (first seen, each change with the day it was first seen, gone, back). "Restore This
/// Version…" brings the chosen generation's version back into production through the same dry run,
/// question, restore point and undo as the Compare tab. Read on a worker as the console's user.
class RecordTimelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTimelineDialog)

public:
    /// `clock` must outlive the dialog.
    RecordTimelineDialog(DataDir dir, const Clock &clock, QString db, qint64 rid, QWidget *parent = nullptr);
    ~RecordTimelineDialog() override;

    /// The timeline shown (empty while it is read, or after an error).
    const std::optional<RecordTimelineResult> &timeline() const { return m_result; }
    bool isBusy() const;
    /// Selects the column of `env`; false when it is not shown.
    bool selectVersion(const EnvironmentId &env);
    QTableWidget *table() const { return m_table; }

public slots:
    /// Reads the record's week again.
    void reload();
    /// Restores the version selected (a generation that has the record) into production.
    void restoreVersion();

signals:
    /// Production changed through this dialog (a restore or its undo).
    void productionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLoaded();
    void fill();
    void updateButtons();
    std::optional<EnvironmentId> selectedEnvironment() const;
    const RecordVersion *selectedVersion() const;
    QString eventText(const TimelineEvent &event) const;
    QString versionTitle(const RecordVersion &version) const;

    DataDir m_dir;
    QString m_db;
    qint64 m_rid = 0;
    QLabel *m_heading = nullptr;
    TaskProgress *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QListWidget *m_events = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
    RecordRestoreFlow *m_flow = nullptr;
    std::optional<RecordTimelineResult> m_result;
    TaskWatcher<RecordTimelineResult> m_watcher;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Rewind
