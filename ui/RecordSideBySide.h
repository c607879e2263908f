#pragma once

#include "TaskOutcome.h"
#include "compare/RecordTimeline.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace Rewind
{

/// One record of a compare, side by side: every field with the value on the "from" side and on the "to"
/// side, the fields that differ highlighted. For a record that can be restored, each differing field has a
/// tick: the fields ticked are the ones a restore writes (the ticks are kept per field, so they apply to
/// every record restored together). Both versions are read on a worker (RecordTimeline, as the console's
/// user); until they arrive the fields the compare reported are shown.
class RecordSideBySide final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordSideBySide)

public:
    explicit RecordSideBySide(DataDir dir, QWidget *parent = nullptr);
    ~RecordSideBySide() override;

    /// Shows `change` between `from` and `to`; `tickable`: differing fields get restore ticks.
    void showChange(const RecordChange &change, const EnvironmentId &from, const EnvironmentId &to, bool tickable);
    void clear();
    /// Fields whose tick was removed (the others are restored).
    QSet<qint64> untickedFields() const { return m_unticked; }
    /// Ticks every field again (a new DB, a new compare).
    void resetTicks();
    /// Both versions were read (or reading failed) for the record shown.
    bool isLoaded() const { return m_loaded; }
    QTableWidget *table() const { return m_table; }

signals:
    /// A restore tick changed.
    void ticksChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        qint64 fieldId = 0;
        QString field;
        QVariant before, after;
        bool differs = false;
        bool inFrom = true, inTo = true; ///< the side has the record (and the field)
    };
    void retranslateUi();
    void fill(const QList<Row> &rows);
    void startRead();
    void onLoaded();
    void applyHiddenRows();

    DataDir m_dir;
    QLabel *m_title = nullptr;
    QCheckBox *m_showUnchanged = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    std::optional<RecordChange> m_change;
    std::optional<EnvironmentId> m_from, m_to;
    bool m_tickable = false;
    bool m_loaded = false;
    QSet<qint64> m_unticked;
    quint64 m_request = 0;
    TaskWatcher<RecordTimelineResult> m_watcher;
    quint64 m_watcherRequest = 0;
    CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace Rewind
