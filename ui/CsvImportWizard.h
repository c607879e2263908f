#pragma once

#include "RewindWizard.h"
#include "util/DataDir.h"

#include <memory>

namespace Rewind
{

class CsvImportDryRunPage;
class CsvImportFilePage;
class CsvImportMappingPage;
class CsvImportModePage;
class CsvImportResultPage;
struct CsvImportState;

/// The guided CSV re-import into production: file → column mapping → mode → dry run → import, with
/// undo. Every read and write of the file or production runs on a worker thread (CsvImporter); the
/// wizard only collects choices and shows results. The target is always production.
class CsvImportWizard final : public RewindWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportWizard)

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        ModePage,
        DryRunPage,
        ResultPage
    };

    /// Reads production's DB list (not its records) on the calling thread, like the console does when
    /// it opens production. `db` is preselected when production has it.
    CsvImportWizard(DataDir dir, const QString &db, QWidget *parent = nullptr);
    ~CsvImportWizard() override;

    /// An apply or undo is running; the wizard cannot close now.
    bool isBusy() const override;

signals:
    /// Production was written (an import applied or undone): views of production should reload.
    void productionChanged();

private:
    std::unique_ptr<CsvImportState> m_state;
    CsvImportFilePage *m_filePage = nullptr;
    CsvImportMappingPage *m_mappingPage = nullptr;
    CsvImportModePage *m_modePage = nullptr;
    CsvImportDryRunPage *m_dryRunPage = nullptr;
    CsvImportResultPage *m_resultPage = nullptr;
};

} // namespace Rewind
