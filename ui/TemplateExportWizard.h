#pragma once

#include "RewindWizard.h"
#include "transfer/TemplateExporter.h"
#include "util/DataDir.h"
#include "util/Environment.h"

#include <memory>

namespace Rewind
{

class TemplateExportDbsPage;
class TemplateExportRelatedPage;
class TemplateExportResultPage;
class TemplateExportReviewPage;
struct TemplateExportState;

/// The guided template export: DBs → related DBs (and the links left dangling) → what the template
/// leaves out and where to write it → result. Reads any environment; every core call runs on a worker
/// thread (TemplateExporter) except reading the small catalog of the chosen environment.
class TemplateExportWizard final : public RewindWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateExportWizard)

public:
    enum PageId
    {
        DbsPage,
        RelatedPage,
        ReviewPage,
        ResultPage
    };

    /// `env` and `db` are preselected (the browser's environment and DB).
    TemplateExportWizard(DataDir dir, const EnvironmentId &env, const QString &db, QWidget *parent = nullptr);
    ~TemplateExportWizard() override;

    bool isBusy() const override;

signals:
    void exported(const Rewind::TemplateExportResult &result);

private:
    std::unique_ptr<TemplateExportState> m_state;
    TemplateExportDbsPage *m_dbsPage = nullptr;
    TemplateExportRelatedPage *m_relatedPage = nullptr;
    TemplateExportReviewPage *m_reviewPage = nullptr;
    TemplateExportResultPage *m_resultPage = nullptr;
};

} // namespace Rewind
