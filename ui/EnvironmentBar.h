#pragma once

#include "backup/GenerationStore.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <QList>
#include <QWidget>

class QButtonGroup;
class QFileSystemWatcher;
class QLabel;
class QTimer;
class QToolButton;

namespace Rewind
{

/// The row of environment buttons across the top of the console: Production, then the seven weekday
/// generations, Monday first. Each weekday button shows the generation's date and time and is
/// disabled while its slot is empty, being written or damaged (the tooltip says why).
///
/// Slot states are re-read when the data folder changes (QFileSystemWatcher) and on a slow timer,
/// so a backup run finishing in another process shows up without a restart.
class EnvironmentBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentBar)

public:
    /// How often slot states are re-read even when the folder watcher said nothing, in milliseconds.
    static constexpr int kPollIntervalMs = 30'000;

    explicit EnvironmentBar(DataDir dir, QWidget *parent = nullptr);
    ~EnvironmentBar() override;

    /// What the last refresh read for `day`.
    const GenerationInfo &generation(Weekday day) const;
    EnvironmentId current() const { return m_current; }
    /// Checks the button of `env` without emitting environmentRequested.
    void setCurrent(const EnvironmentId &env);
    /// Whether `env` can be opened now (production always can be asked for).
    bool isAvailable(const EnvironmentId &env) const;
    QToolButton *button(const EnvironmentId &env) const;
    /// Whether the logged-in user may open generations; when not, the slot buttons stay disabled and their
    /// tooltips say `why` (the refusal core gives). Core refuses anyway; this only saves the click.
    void setGenerationsAllowed(bool allowed, const QString &why = {});

public slots:
    /// Re-reads the seven slots (their manifests only, not their contents) and updates the buttons.
    void refresh();

signals:
    /// A background check of the ready slots' contents (manifest, settings and record pages against their
    /// checksums; once per file) finished; slots it found damaged are shown damaged and refreshed() follows.
    void contentsChecked();
    /// The user picked an environment.
    void environmentRequested(const Rewind::EnvironmentId &env);
    /// Slot states were re-read; they may or may not have changed.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButton(Weekday day);
    void watchFolders();
    void onButtonClicked(int id);
    void checkContents();

    DataDir m_dir;
    EnvironmentId m_current = EnvironmentId::production();
    QList<GenerationInfo> m_slots;
    bool m_generationsAllowed = true;
    QString m_generationsRefusal;
    QButtonGroup *m_group = nullptr;
    QToolButton *m_production = nullptr;
    QList<QToolButton *> m_weekdays; // Monday first
    QLabel *m_generationsLabel = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_poll = nullptr;
    quint64 m_checkRound = 0; ///< a check's result is used only when no refresh came after it started
};

} // namespace Rewind
