#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace Rewind
{

class EnvironmentCombo;
struct TemplateExportState;

/// Template export page 1: the environment to read (production or a generation) and the DBs whose
/// settings go into the template, as a checkable list. Next needs at least one DB.
class TemplateExportDbsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateExportDbsPage)

public:
    /// `preselectedDb` is checked when the environment has it.
    TemplateExportDbsPage(TemplateExportState *state, const QString &preselectedDb, QWidget *parent = nullptr);

    bool isComplete() const override;

private:
    void onEnvironmentChanged();
    void updateChoice();

    TemplateExportState *m_state = nullptr;
    EnvironmentCombo *m_env = nullptr;
    QListWidget *m_dbs = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Rewind
