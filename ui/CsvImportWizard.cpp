#include "CsvImportWizard.h"

#include <QAbstractButton>

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
    : QWizard(parent), m_state(std::make_unique<CsvImportState>(std::move(dir)))
{
    setObjectName(u"csvImportWizard"_s);
    setWindowTitle(tr("Import CSV into Production"));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);

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

    // Stable names for tests and accessibility tools.
    const std::pair<WizardButton, QString> names[] = {{QWizard::BackButton, u"wizardBackButton"_s},
                                                      {QWizard::NextButton, u"wizardNextButton"_s},
                                                      {QWizard::CommitButton, u"wizardImportButton"_s},
                                                      {QWizard::FinishButton, u"wizardFinishButton"_s},
                                                      {QWizard::CancelButton, u"wizardCancelButton"_s}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(name);
    resize(860, 640);
}

CsvImportWizard::~CsvImportWizard() = default;

bool CsvImportWizard::isBusy() const
{
    return m_resultPage->isBusy();
}

void CsvImportWizard::reject()
{
    if (isBusy())
        return; // production is being written; the result page says when it is done
    QWizard::reject();
}

} // namespace Rewind
