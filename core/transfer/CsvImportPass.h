#pragma once

#include "transfer/CsvImporter.h"
#include "workspace/Catalog.h"

#include <QHash>
#include <QVariantList>

#include <memory>

namespace Rewind
{

class SqliteFile;

/// Which field each CSV column fills, which column holds the record ID, which field is the key.
struct CsvImportColumns
{
    QList<int> fieldOfColumn; ///< per column: index into DbDef::fields, or -1
    int ridColumn = -1;
    int keyField = -1; ///< index into DbDef::fields when matching on a field
    int keyColumn = -1;
};

/// What one data row does: its problems, or the record it creates or changes.
struct CsvRowPlan
{
    QList<ImportIssue> issues;
    ImportRow outcome;
    QVariantList values; ///< parsed, in field order
    QVariantList merged; ///< updates: the existing values with the changes applied
    bool keptDanglingLink = false;
};

/// One pass of a CSV file over production, shared by CsvImporter's dry run and apply: it checks a row
/// (types, required, keys, duplicates in the file, mode rules, links) against production through
/// prepared statements and, when writing, writes it. Internal to core/transfer; single thread.
class CsvImportPass final
{
public:
    static Result<CsvImportColumns> planColumns(const QStringList &header, const QStringList &mapping, const DbDef &db,
                                                const CsvImportOptions &options);

    CsvImportPass(SqliteFile &production, DbDef db, const Catalog &catalog, QStringList header,
                  CsvImportColumns columns, const CsvImportOptions &options, bool cp932, qint64 nowMs);
    ~CsvImportPass();
    CsvImportPass(const CsvImportPass &) = delete;
    CsvImportPass &operator=(const CsvImportPass &) = delete;

    /// Prepares the lookups, and the inserts when `write`.
    Status prepare(bool write);
    /// Decides what the row at `dataRow` (physical `line`) does. `spellOutNew`: list a new record's values.
    CsvRowPlan check(const QStringList &cells, qint64 dataRow, qint64 line, bool spellOutNew);
    /// Writes a plan without issues; fills in the record ID a new record got.
    Status write(CsvRowPlan &plan, qint64 dataRow);

private:
    struct Statements;

    SqliteFile &m_prod;
    DbDef m_db;
    const Catalog &m_catalog;
    QStringList m_header;
    CsvImportColumns m_cols;
    const CsvImportOptions &m_options;
    bool m_cp932 = false;
    qint64 m_now = 0;
    std::unique_ptr<Statements> m_st;
    QHash<quint64, qint64> m_keysSeen; // hash of a key → the data row it first appeared on (~40 B a row)
    QHash<qint64, qint64> m_ridsSeen;  // key-field mode: explicit record IDs of new rows → their row
};

} // namespace Rewind
