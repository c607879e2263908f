#include "ImportReportModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Rewind
{

using namespace Qt::StringLiterals;

ImportReportModel::ImportReportModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind)
{
}

void ImportReportModel::setReport(const ImportReport &report)
{
    beginResetModel();
    m_rows = report.outcomes;
    m_issues = report.issues;
    m_reasons.clear();
    if (m_kind == Kind::Rows) {
        for (const ImportIssue &issue : std::as_const(m_issues)) {
            QString &text = m_reasons[issue.row];
            const QString reason = issue.field.isEmpty() ? issue.reason : tr("%1: %2").arg(issue.field, issue.reason);
            text = text.isEmpty() ? reason : text + tr("; ") + reason;
        }
    }
    endResetModel();
}

void ImportReportModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_issues.clear();
    m_reasons.clear();
    endResetModel();
}

int ImportReportModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_kind == Kind::Rows ? m_rows.size() : m_issues.size());
}

int ImportReportModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Rows ? int(kRowColumnCount) : int(kIssueColumnCount);
}

QString ImportReportModel::outcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::New:
        return tr("New");
    case RowOutcome::Update:
        return tr("Update");
    case RowOutcome::Unchanged:
        return tr("Unchanged");
    case RowOutcome::Error:
        return tr("Error");
    }
    return {};
}

QString ImportReportModel::changesText(const ImportRow &row, const QString &separator)
{
    QStringList parts;
    for (const FieldChange &change : row.changes) {
        if (row.outcome == RowOutcome::New)
            parts.append(tr("%1: %2").arg(change.field, change.after));
        else
            parts.append(tr("%1: %2 → %3")
                             .arg(change.field, change.before.isEmpty() ? tr("(empty)") : change.before,
                                  change.after.isEmpty() ? tr("(empty)") : change.after));
    }
    return parts.join(separator);
}

QVariant ImportReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (m_kind == Kind::Rows)
        return rowData(m_rows.at(index.row()), index.column(), role);
    return issueData(m_issues.at(index.row()), index.column(), role);
}

QVariant ImportReportModel::rowData(const ImportRow &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == kRowNumber || column == kRowRecordId ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == kRowOutcome && row.outcome == RowOutcome::Error)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && column == kRowChanges)
        return row.outcome == RowOutcome::Error ? m_reasons.value(row.row) : changesText(row, u"\n"_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case kRowNumber:
        return QLocale().toString(row.row);
    case kRowOutcome:
        return outcomeName(row.outcome);
    case kRowRecordId:
        if (row.recordId > 0)
            return QString::number(row.recordId);
        return row.outcome == RowOutcome::New ? tr("(next free ID)") : QString();
    case kRowChanges:
        return row.outcome == RowOutcome::Error ? m_reasons.value(row.row) : changesText(row, tr("; "));
    }
    return {};
}

QVariant ImportReportModel::issueData(const ImportIssue &issue, int column, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return column == kIssueRow || column == kIssueLine ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == kIssueReason)
        return issue.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case kIssueRow:
        return QLocale().toString(issue.row);
    case kIssueLine:
        return QLocale().toString(issue.line);
    case kIssueColumn:
        if (issue.column <= 0)
            return tr("(whole row)");
        return issue.columnName.isEmpty() ? QString::number(issue.column)
                                          : tr("%1 (%2)").arg(issue.column).arg(issue.columnName);
    case kIssueField:
        return issue.field;
    case kIssueReason:
        return issue.reason;
    }
    return {};
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_kind == Kind::Rows) {
        switch (section) {
        case kRowNumber:
            return tr("Row");
        case kRowOutcome:
            return tr("Outcome");
        case kRowRecordId:
            return tr("Record ID");
        case kRowChanges:
            return tr("Changes");
        }
        return {};
    }
    switch (section) {
    case kIssueRow:
        return tr("Row");
    case kIssueLine:
        return tr("Line");
    case kIssueColumn:
        return tr("Column");
    case kIssueField:
        return tr("Field");
    case kIssueReason:
        return tr("Reason");
    }
    return {};
}

} // namespace Rewind
