#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Rewind
{

struct CsvImportState;

/// Wizard page 3: register only, update only, or both; which key matches rows to records (the record
/// ID or a field); and whether rows with errors are skipped and written to a rejects file.
class CsvImportModePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportModePage)

public:
    /// The wizard field holding the "skip rows with errors" check box, shared with the dry run page.
    static inline const QString kSkipErrorsField = QStringLiteral("skipErrors");

    explicit CsvImportModePage(CsvImportState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void update();
    void browseRejects();

    CsvImportState *m_state = nullptr;
    QButtonGroup *m_modes = nullptr;
    QRadioButton *m_insert = nullptr;
    QRadioButton *m_updateOnly = nullptr;
    QRadioButton *m_upsert = nullptr;
    QComboBox *m_key = nullptr;
    QCheckBox *m_skip = nullptr;
    QLineEdit *m_rejects = nullptr;
    QPushButton *m_rejectsBrowse = nullptr;
    QLabel *m_hint = nullptr;
    QString m_suggestedRejects; // the last suggestion, replaced while the user has not typed another path
};

} // namespace Rewind
