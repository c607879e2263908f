#pragma once

#include "archive/Archive.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Rewind
{

/// The archives the Archives tab lists, newest first, with a countdown to each one's expiry measured
/// against a "now" the owner sets (from its Clock), so a ManualClock drives it in tests. Holds values
/// only: the list comes from ArchiveService::list(), nothing here touches a file.
class ArchiveTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveTableModel)

public:
    enum Column
    {
        IdColumn,
        KindColumn,
        RangeColumn,
        RecordsColumn,
        SizeColumn,
        CreatedColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the archive ID (QString)
        ExpiredRole,               ///< bool
    };

    explicit ArchiveTableModel(QObject *parent = nullptr);

    /// Replaces the list (sorted newest first here, whatever order it came in).
    void setArchives(QList<ArchiveInfo> archives, const QDateTime &now);
    /// Moves "now" on: the countdowns (and tooltips) change, the rows stay.
    void setNow(const QDateTime &now);
    /// Headers and texts in the language now installed.
    void retranslate();

    const QList<ArchiveInfo> &archives() const { return m_archives; }
    const ArchiveInfo *archiveAt(int row) const;
    /// The row of archive `id`, or -1.
    int rowOf(const QString &id) const;
    bool isExpired(int row) const;

    /// "6 d 23 h", "3 h 12 min", "12 min", "under 1 min", or "expired" for `secs` seconds left.
    static QString countdownText(qint64 secs);
    /// Megabytes with one decimal ("12.3"), as core's messages count them (10^6 bytes); "< 0.1" for less.
    static QString megabytesText(qint64 bytes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const ArchiveInfo &a, int column) const;
    QString toolTip(const ArchiveInfo &a, int column) const;

    QList<ArchiveInfo> m_archives;
    QDateTime m_now;
};

} // namespace Rewind
