#pragma once

#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;

namespace Rewind
{

class SettingsDiffPanel;
class SettingsView;

/// The "Settings" tab: the settings of the DB shown (SettingsView) and, when a generation is shown, a
/// "Differences from production" toggle that opens SettingsDiffPanel below them, to compare that DB's
/// settings with production and re-apply the generation's (restore path 1).
class SettingsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPane)

public:
    explicit SettingsPane(DataDir dir, QWidget *parent = nullptr);

    /// Shows the settings of DB `dbId` of `catalog`, read from `env`.
    void showDb(const EnvironmentId &env, const Catalog &catalog, qint64 dbId);
    void clearDb();
    SettingsView *view() const { return m_view; }
    SettingsDiffPanel *diffPanel() const { return m_diff; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDiff();

    EnvironmentId m_env = EnvironmentId::production();
    QString m_db;
    QWidget *m_bar = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_hint = nullptr;
    QSplitter *m_splitter = nullptr;
    SettingsView *m_view = nullptr;
    SettingsDiffPanel *m_diff = nullptr;
};

} // namespace Rewind
