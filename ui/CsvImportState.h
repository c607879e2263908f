#pragma once

#include "transfer/CsvImporter.h"
#include "util/DataDir.h"
#include "workspace/Catalog.h"

#include <optional>

namespace Rewind
{

/// What the pages of the CSV import wizard decided so far. Owned by CsvImportWizard; each page reads
/// what the earlier pages wrote and writes its own part. UI thread only; workers get copies of options().
struct CsvImportState
{
    explicit CsvImportState(DataDir dataDir) : dir(std::move(dataDir)) {}

    DataDir dir;
    Catalog catalog;      ///< production's, read when the wizard opened
    QString catalogError; ///< why it could not be read; the file page shows it
    // File page
    QString file;
    QString db;
    std::optional<CsvEncoding> encoding; ///< empty: detect
    std::optional<CsvFileInfo> info;     ///< inspect() of exactly file/db/encoding
    // Mapping page
    QStringList mapping; ///< per column, as CsvImportOptions::mapping
    // Mode page
    ImportMode mode = ImportMode::Upsert;
    QString keyField; ///< empty: match on the record ID
    bool skipErrors = false;
    QString rejectsPath;
    // Dry run and result pages
    std::optional<ImportReport> dryRun;
    std::optional<ImportReport> applied;

    const DbDef *dbDef() const { return catalog.dbByName(db); }
    bool mapsRecordId() const { return mapping.contains(CsvImportOptions::kRecordId); }
    /// The options for dryRun(); apply() adds the dry run's fingerprint.
    CsvImportOptions options() const;
    /// "<file>-rejected.csv" beside the file.
    QString suggestedRejectsPath() const;
};

} // namespace Rewind
