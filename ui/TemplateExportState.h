#pragma once

#include "transfer/TemplateExporter.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

#include <QCoreApplication>

#include <optional>

namespace Rewind
{

/// What the related DBs and the template would be for the current choice (TemplateExporter::related
/// and build()), computed on a worker thread.
struct TemplateExportPreview
{
    QList<RelatedDb> related;
    TemplateDocument document;
    QStringList dangling; ///< "DB.field → target" for links to DBs left out
};

/// What the pages of the template export wizard decided so far. Owned by TemplateExportWizard; each
/// page reads what the earlier pages wrote. UI thread only; workers get copies of options().
struct TemplateExportState
{
    Q_DECLARE_TR_FUNCTIONS(Rewind::TemplateExportState)

public:
    explicit TemplateExportState(DataDir dataDir) : dir(std::move(dataDir)) {}

    DataDir dir;
    // DBs page
    EnvironmentId env = EnvironmentId::production();
    Catalog catalog;      ///< of env, read when it was chosen
    QString catalogError; ///< why it could not be read
    QStringList dbs;      ///< chosen, in catalog order
    // Related page
    QStringList leaveOut;                         ///< related DBs unchecked
    std::optional<TemplateExportPreview> preview; ///< of exactly env/dbs/leaveOut
    // Review page
    QString outPath;
    // Result page
    std::optional<TemplateExportResult> result;

    TemplateExportOptions options() const;
    /// "production" or "the Monday generation", for sentences.
    QString sourceName() const;
    /// "<first DB>-<environment>-template.zip", a file name without folder.
    QString suggestedFileName() const;
};

} // namespace Rewind
