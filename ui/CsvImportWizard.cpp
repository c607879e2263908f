#include "CsvImportWizard.h"

#include "CsvImportDryRunPage.h"
#include "CsvImportFilePage.h"
#include "CsvImportMappingPage.h"
#include "CsvImportModePage.h"
#include "CsvImportResultPage.h"
#include "CsvImportState.h"
#include "sql/Connection.h"
#include "workspace/Production.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

CsvImportWizard::CsvImportWizard(DataDir dir, const QString &db, QWidget *parent)
    : RewindWizard(parent), m_state(std::make_unique<CsvImportState>(std::move(dir)))
{
    setObjectName(u"csvImportWizard"_s);
    setWindowTitle(tr("Import CSV into Production"));

    auto connection = ScopedConnection::open(Production::readOnly(m_state->dir), u"import-wizard"_s);
    if (connection) {
        auto catalog = Catalog::load(connection.value()->db());
        if (catalog)
            m_state->catalog = catalog.value();
        else
            m_state->catalogError = catalog.error().message;
    } else {
        m_state->catalogError = connection.error().message;
    }
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
