#pragma once

#include "transfer/CsvImporter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Rewind
{

/// Presents one list of an ImportReport as a read-only table: the row outcomes (row, outcome, record
/// ID, changes) or the problems (row, line, column, field, reason). Display glue only; the report is
/// core's. Row outcomes are capped by core at ImportReport::kMaxRows.
class ImportReportModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportModel)

public:
    enum class Kind
    {
        Rows,
        Issues
    };
    enum RowColumn
    {
        kRowNumber,
        kRowOutcome,
        kRowRecordId,
        kRowChanges,
        kRowColumnCount
    };
    enum IssueColumn
    {
        kIssueRow,
        kIssueLine,
        kIssueColumn,
        kIssueField,
        kIssueReason,
        kIssueColumnCount
    };

    explicit ImportReportModel(Kind kind, QObject *parent = nullptr);

    void setReport(const ImportReport &report);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Update", "New" … in the current language.
    static QString outcomeName(RowOutcome outcome);
    /// "field: old → new; …" for updates, "field: value; …" for new records.
    static QString changesText(const ImportRow &row, const QString &separator);

private:
    QVariant rowData(const ImportRow &row, int column, int role) const;
    QVariant issueData(const ImportIssue &issue, int column, int role) const;

    Kind m_kind;
    QList<ImportRow> m_rows;
    QList<ImportIssue> m_issues;
    QHash<qint64, QString> m_reasons; // Rows: what is wrong with each error row, by row number
};

} // namespace Rewind
