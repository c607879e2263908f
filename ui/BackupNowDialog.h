#pragma once

#include "TaskOutcome.h"
#include "archive/ArchiveService.h"
#include "util/DataDir.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Rewind
{

class Clock;
class TaskProgress;

/// "Backup now": a full archive (everything) or a custom one (records created or updated in a date
/// range of at most the policy's days). Shows when the next full archive is allowed and, for a range
/// that is too long, how it splits into several archives, which it then offers to make one after
/// another. ArchiveService::create runs on a worker thread with a progress line and Cancel; on success
/// the dialog closes, on failure it stays open with core's message.
class BackupNowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupNowDialog)

public:
    /// `clock` must outlive the dialog (the worker reads it; the destructor waits for the worker).
    BackupNowDialog(DataDir dir, const Clock &clock, Session session, QWidget *parent = nullptr);
    ~BackupNowDialog() override;

    /// The archives "Create" would make now, in order: one, or the pieces of a split range; empty when
    /// the choice cannot run (the end date before the start, a too long range without splitting).
    QList<ArchiveRequest> requests() const;
    /// An archive is being written (until its outcome has been handled).
    bool isRunning() const { return m_running; }

signals:
    /// One archive is ready (for a split range, once per piece, as each finishes).
    void archiveCreated(const Rewind::ArchiveInfo &info);
    /// Every requested archive is ready; the dialog closes next.
    void allCreated(const QList<Rewind::ArchiveInfo> &archives);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void loadPolicy();
    void updateState();
    void startCreate();
    void runNext();
    void onFinished();
    void showError(const QString &message);
    QString requestText(const ArchiveRequest &request) const;

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
    ArchivePolicy m_policy;
    QString m_fullRefusal; // core's check() message for a full archive now; empty when allowed

    QWidget *m_form = nullptr;
    QRadioButton *m_full = nullptr;
    QLabel *m_fullNote = nullptr;
    QRadioButton *m_custom = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeLine = nullptr;
    QCheckBox *m_split = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_close = nullptr;

    QList<ArchiveRequest> m_queue; // pieces still to make, in order
    int m_pieces = 0;              // how many this run makes in all
    QList<ArchiveInfo> m_made;
    bool m_running = false;
    TaskWatcher<ArchiveInfo> m_watcher;
    CancelFlag m_cancel;
};

} // namespace Rewind
