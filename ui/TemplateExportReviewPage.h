#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Rewind
{

struct TemplateExportState;

/// Template export page 3: what the template holds, what it leaves out and why (build()'s omitted
/// list, so people can set those up by hand), the links that point outside it, and where to write it.
/// This is the commit page: "Write Template" needs a file name, and an existing file is replaced only
/// after its check box is ticked.
class TemplateExportReviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateExportReviewPage)

public:
    explicit TemplateExportReviewPage(TemplateExportState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void browse();
    void onPathChanged();

    TemplateExportState *m_state = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_omitted = nullptr;
    QLabel *m_dangling = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_replace = nullptr;
    QLabel *m_hint = nullptr;
    QString m_suggested; // the last suggested path, replaced while the user has not typed another
};

} // namespace Rewind
