#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace Rewind
{

struct TemplateImportState;

/// Template import page 3: what happens to each template DB whose name production already uses —
/// renamed (to an editable name, prefilled with TemplateImporter::suggestName), replaced (only after
/// ticking that the existing DB and its records are deleted) or skipped (the default: production's DB
/// stays and the template's links point at it) — and which production DB each link that leaves the
/// template points at, or none. Next is enabled only for choices core would accept.
class TemplateImportChoicesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateImportChoicesPage)

public:
    explicit TemplateImportChoicesPage(TemplateImportState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    struct ConflictRow
    {
        QString key;
        QString name;
        QComboBox *action = nullptr;
        QLineEdit *rename = nullptr;
        QCheckBox *confirm = nullptr;
    };
    struct LinkRow
    {
        QString key;
        QComboBox *target = nullptr;
    };

    void rebuild();
    void update();

    TemplateImportState *m_state = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_problem = nullptr;
    QList<ConflictRow> m_conflicts;
    QList<LinkRow> m_links;
};

} // namespace Rewind
