#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace Rewind
{

struct TemplateImportState;

/// Template import page 2: what the template creates — each DB with its fields (type, traits, link
/// target) and settings — which DBs clash with production's, and what the template does not carry.
class TemplateImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportPreviewPage)

public:
    explicit TemplateImportPreviewPage(TemplateImportState *state, QWidget *parent = nullptr);

    void initializePage() override;

private:
    TemplateImportState *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Rewind
