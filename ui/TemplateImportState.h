#pragma once

#include "transfer/TemplateImporter.h"
#include "util/DataDir.h"
#include "workspace/Catalog.h"

#include <QHash>

#include <optional>

namespace Rewind
{

/// What the pages of the template import wizard decided so far. Owned by TemplateImportWizard; each
/// page reads what the earlier pages wrote. UI thread only; workers get copies of options().
struct TemplateImportState
{
    explicit TemplateImportState(DataDir dataDir) : dir(std::move(dataDir)) {}

    DataDir dir;
    Catalog catalog;      ///< production's, read when the wizard opened
    QString catalogError; ///< why it could not be read; the file page shows it
    // File page
    QString file;
    std::optional<TemplateDocument> document; ///< read and validated from exactly `file`
    // Choices page
    QHash<QString, TemplateConflict> conflicts; ///< per clashing template DB key
    QHash<QString, QString> renames;            ///< per clashing template DB key, for Rename
    QHash<QString, QString> links;              ///< per external key: production DB, or empty for unlinked
    // Dry run and result pages
    std::optional<TemplateImportResult> dryRun;
    std::optional<TemplateImportResult> applied;

    /// Template DBs whose name production already uses, in template order.
    QList<const TemplateDb *> clashing() const;
    TemplateImportOptions options(bool dryRun) const;
};

} // namespace Rewind
