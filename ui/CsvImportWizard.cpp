#include "CsvImportWizard.h"

#include "CsvImportDryRunPage.h"
#include "CsvImportFilePage.h"
#include "CsvImportMappingPage.h"
#include "CsvImportModePage.h"
#include "CsvImportResultPage.h"
#include "CsvImportState.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

CsvImportWizard::CsvImportWizard(DataDir dir, const QString &db, QWidget *parent)
    : RewindWizard(parent), m_state(std::make_unique<CsvImportState>(std::move(dir)))
{
    setObjectName(u"csvImportWizard"_s);
    setWindowTitle(tr("Import CSV into Production"));

    m_state->catalog = loadProductionCatalog(m_state->dir, &m_state->catalogError);
    m_state->db = db;

    m_filePage = new CsvImportFilePage(m_state.get(), this);
    m_mappingPage = new CsvImportMappingPage(m_state.get(), this);
    m_modePage = new CsvImportModePage(m_state.get(), this);
    m_dryRunPage = new CsvImportDryRunPage(m_state.get(), this);
    m_resultPage = new CsvImportResultPage(m_state.get(), this);
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(ModePage, m_modePage);
    setPage(DryRunPage, m_dryRunPage);
    setPage(ResultPage, m_resultPage);
    setStartId(FilePage);
    connect(m_resultPage, &CsvImportResultPage::productionChanged, this, &CsvImportWizard::productionChanged);

    nameButtons(u"wizardImportButton"_s);
    resize(860, 640);
}

CsvImportWizard::~CsvImportWizard() = default;

bool CsvImportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

} // namespace Rewind
