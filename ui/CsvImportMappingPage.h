#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Rewind
{

struct CsvImportState;

/// Wizard page 2: one row per CSV column with the target it fills (a field of the DB, the record ID,
/// or nothing), prefilled from the header names. Lists the columns that are ignored and the DB's
/// fields the file does not fill. Next is disabled while two columns fill the same target.
class CsvImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportMappingPage)

public:
    explicit CsvImportMappingPage(CsvImportState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /// The combo of CSV column `column` (0-based); also named "mappingCombo<column>".
    QComboBox *combo(int column) const;

private:
    void rebuild();
    void onMappingChanged();

    CsvImportState *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_unknown = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_problem = nullptr;
    QString m_builtFor;  // DB and header the combos were built for; kept when they are unchanged
    QString m_duplicate; // a target two columns fill; empty when none
};

} // namespace Rewind
