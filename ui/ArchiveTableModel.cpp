#include "ArchiveTableModel.h"

#include <QDir>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString minutesText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

ArchiveTableModel::ArchiveTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ArchiveTableModel::setArchives(QList<ArchiveInfo> archives, const QDateTime &now)
{
    // Newest first by creation time; the ID (which starts with that time) breaks ties the same way.
    std::stable_sort(archives.begin(), archives.end(), [](const ArchiveInfo &a, const ArchiveInfo &b) {
        if (a.manifest.createdAt != b.manifest.createdAt)
            return a.manifest.createdAt > b.manifest.createdAt;
        return a.id > b.id;
    });
    beginResetModel();
    m_archives = std::move(archives);
    m_now = now;
    endResetModel();
}

void ArchiveTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_archives.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_archives.size()) - 1, ColumnCount - 1));
}

void ArchiveTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_archives.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_archives.size()) - 1, ColumnCount - 1));
}

const ArchiveInfo *ArchiveTableModel::archiveAt(int row) const
{
    return row >= 0 && row < m_archives.size() ? &m_archives.at(row) : nullptr;
}

int ArchiveTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_archives.size(); ++row) {
        if (m_archives.at(row).id == id)
            return row;
    }
    return -1;
}

bool ArchiveTableModel::isExpired(int row) const
{
    const ArchiveInfo *a = archiveAt(row);
    return a && a->manifest.expiresAt.isValid() && a->manifest.expiresAt <= m_now;
}

QString ArchiveTableModel::countdownText(qint64 secs)
{
    if (secs <= 0)
        return tr("expired");
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("under 1 min");
}

QString ArchiveTableModel::megabytesText(qint64 bytes)
{
    // A small archive is not "0.0": say it is less than the first digit shown (the tooltip has the bytes).
    if (bytes > 0 && bytes < 50'000)
        return tr("< %1").arg(QLocale().toString(0.1, 'f', 1));
    return QLocale().toString(double(bytes) / 1e6, 'f', 1);
}

int ArchiveTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_archives.size());
}

int ArchiveTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ArchiveTableModel::text(const ArchiveInfo &a, int column) const
{
    const ArchiveManifest &m = a.manifest;
    if (!a.problem.isEmpty() && (column == KindColumn || column == RangeColumn || column == RecordsColumn))
        return column == KindColumn    ? tr("Damaged")
               : column == RangeColumn ? tr("cannot be read — Verify says why")
                                       : QString();
    switch (column) {
    case IdColumn:
        return a.id;
    case KindColumn:
        return m.origin == ArchiveOrigin::Scheduled ? tr("%1 (schedule)").arg(archiveKindName(m.kind))
                                                    : archiveKindName(m.kind);
    case RangeColumn:
        return m.rangeText();
    case RecordsColumn:
        return QLocale().toString(m.totalRecords());
    case SizeColumn:
        return megabytesText(a.sizeBytes);
    case CreatedColumn:
        return m.createdBy.isEmpty() ? minutesText(m.createdAt)
                                     : tr("%1 by %2").arg(minutesText(m.createdAt), m.createdBy);
    case ExpiresColumn:
        return m.expiresAt.isValid() ? countdownText(m_now.secsTo(m.expiresAt)) : tr("never");
    default:
        return {};
    }
}

QString ArchiveTableModel::toolTip(const ArchiveInfo &a, int column) const
{
    const ArchiveManifest &m = a.manifest;
    if (!a.problem.isEmpty() && column != IdColumn)
        return a.problem;
    switch (column) {
    case IdColumn:
        return QDir::toNativeSeparators(a.path);
    case RecordsColumn: {
        QStringList lines;
        for (const ArchiveEntry &e : m.entries)
            lines.append(tr("%1: %2 records").arg(e.db, QLocale().toString(e.records)));
        if (m.deleted)
            lines.append(tr("%1 deleted records listed").arg(QLocale().toString(m.deleted->records)));
        return lines.join(u'\n');
    }
    case SizeColumn:
        return QLocale().formattedDataSize(a.sizeBytes);
    case ExpiresColumn:
        if (!m.expiresAt.isValid())
            return {};
        return m.expiresAt <= m_now ? tr("Expired on %1; it can no longer be saved and is removed at the next "
                                         "cleanup.")
                                          .arg(minutesText(m.expiresAt))
                                    : tr("Kept until %1, then removed.").arg(minutesText(m.expiresAt));
    default:
        return {};
    }
}

QVariant ArchiveTableModel::data(const QModelIndex &index, int role) const
{
    const ArchiveInfo *a = index.isValid() ? archiveAt(index.row()) : nullptr;
    if (!a || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*a, index.column());
    case Qt::ToolTipRole:
        return toolTip(*a, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (isExpired(index.row()))
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case IdRole:
        return a->id;
    case ExpiredRole:
        return isExpired(index.row());
    default:
        return {};
    }
}

QVariant ArchiveTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == RecordsColumn || section == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case KindColumn:
        return tr("Kind");
    case RangeColumn:
        return tr("Range");
    case RecordsColumn:
        return tr("Records");
    case SizeColumn:
        return tr("Size (MB)");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires in");
    default:
        return {};
    }
}

} // namespace Rewind
