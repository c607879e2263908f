#pragma once

#include "compare/RecordDiff.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rewind
{

/// The record changes of a compare, one row each, for the DB chosen: record ID, kind and the fields
/// ("name: old → new; …"). Holds every change the compare kept and shows those of one DB that pass the
/// kind filter and whose field text contains the search term (case-insensitive).
class ChangeListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeListModel)

public:
    enum Column
    {
        RidColumn,
        KindColumn,
        FieldsColumn,
        ColumnCount
    };
    enum Role
    {
        RidRole = Qt::UserRole + 1, ///< the record ID (qint64)
        KindRole,                   ///< changeKindKey() of the row's kind
    };

    explicit ChangeListModel(QObject *parent = nullptr);

    /// Replaces every change (and keeps the filters).
    void setChanges(QList<RecordChange> changes);
    void clear();
    /// Shows the changes of DB `dbId` only; 0 shows none.
    void setDb(qint64 dbId);
    /// Only changes of `kind`; empty: every kind.
    void setKindFilter(std::optional<ChangeKind> kind);
    /// Only changes whose field text contains `term` (case-insensitive); empty: every change.
    void setSearch(const QString &term);

    /// The change shown in `row`, or nullptr.
    const RecordChange *changeAt(int row) const;
    /// Every change held (all DBs, unfiltered).
    qsizetype totalChanges() const { return m_changes.size(); }

    /// "added", "deleted", "changed" in the current language.
    static QString kindText(ChangeKind kind);
    /// "name: old → new; …" (one side only for added and deleted records).
    static QString fieldsText(const RecordChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();

    QList<RecordChange> m_changes;
    QStringList m_texts; // fieldsText() of each change, made once
    QList<int> m_rows;   // indexes into m_changes shown, in order
    qint64 m_db = 0;
    std::optional<ChangeKind> m_kind;
    QString m_search;
};

} // namespace Rewind
