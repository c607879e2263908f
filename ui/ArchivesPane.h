#pragma once

#include "TaskOutcome.h"
#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "util/DataDir.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Rewind
{

class ArchiveTableModel;
class Clock;
class TaskProgress;

/// The "Archives" tab, the seed's data-backup page: the archive policy and who may act, "Backup now",
/// and the archives present with their size and a live countdown to their expiry; Save as, Delete and
/// Verify for the selected one. Every operation is a core ArchiveService call (on a worker thread where
/// it reads or writes archives); the pane only shows what core reports. Enter or a double-click on a
/// row saves it, Delete deletes it.
class ArchivesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchivesPane)

public:
    /// How often the countdowns and the "next full archive" line move on, in milliseconds.
    static constexpr int kCountdownIntervalMs = 30'000;

    /// `clock` must outlive the pane (workers read it; the destructor waits for them).
    ArchivesPane(DataDir dir, const Clock &clock, Session session, QWidget *parent = nullptr);
    ~ArchivesPane() override;

    /// Reads the archive list, the policy and the primary contact again (quick: manifests only).
    void refresh();

    ArchiveTableModel *model() const { return m_model; }
    /// The selected archive's ID, or empty.
    QString selectedId() const;
    /// Selects archive `id`; false when it is not listed.
    bool selectArchive(const QString &id);
    /// A Save as, Delete or Verify is running (until its outcome has been shown).
    bool isBusy() const { return m_busy; }

public slots:
    /// Opens "Backup now".
    void backupNow();
    /// Asks where to, then saves a copy of the selected archive.
    void saveSelected();
    /// Asks, then deletes the selected archive.
    void deleteSelected();
    /// Reads the selected archive back and reports whether every entry matches its manifest.
    void verifySelected();

signals:
    /// An archive was made or deleted through this pane.
    void archivesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void tick();
    void updateLines();
    void updateButtons();
    void showStatus(const QString &text);
    void showError(const QString &text);
    const ArchiveInfo *selectedArchive() const;
    QString suggestedPath(const ArchiveInfo &archive) const;
    void startSave(const QString &id, const QString &file);
    void onSaveFinished();
    void startDelete(const QString &id);
    void onDeleteFinished();
    void onVerifyFinished();
    void onCreated(const QList<ArchiveInfo> &archives);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;

    // What the last refresh() read.
    ArchivePolicy m_policy;
    std::optional<QDateTime> m_nextFull; // empty when it could not be read
    QString m_contact;
    QString m_accessRefusal; // core's message when this user may not manage archives; empty when allowed
    QString m_readError;

    QLabel *m_policyLine = nullptr;
    QLabel *m_accessLine = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_refresh = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    TaskProgress *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_countdown = nullptr;
    ArchiveTableModel *m_model = nullptr;
    QString m_lastFolder; // where the last Save as went

    TaskWatcher<bool> m_saveWatcher;
    TaskWatcher<bool> m_deleteWatcher;
    TaskWatcher<ArchiveVerifyReport> m_verifyWatcher;
    CancelFlag m_cancel;
    bool m_busy = false;
    QString m_runningId;   // the archive the running operation works on
    QString m_runningFile; // Save as: where to
};

} // namespace Rewind
