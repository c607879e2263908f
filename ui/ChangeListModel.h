#pragma once

#include "compare/ChangeSpool.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Rewind
{

/// The record changes of a compare, one row each, for the DB chosen: record ID, kind and the fields
/// ("name: old → new; …"). The changes stay in the compare's ChangeSpool on disk: a filter (DB, kind, a
/// field, a search term) selects their positions, and only the pages on screen are read, so a million
/// changes cost a few megabytes.
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
    static constexpr int kPageRows = 256;

    explicit ChangeListModel(QObject *parent = nullptr);

    /// Shows the changes in `spool` (and keeps the filters); nullptr shows none.
    void setSpool(std::shared_ptr<const ChangeSpool> spool, qint64 total);
    void clear();
    /// Shows the changes of DB `dbId` only; 0 shows none.
    void setDb(qint64 dbId);
    /// Only changes of `kind`; empty: every kind.
    void setKindFilter(std::optional<ChangeKind> kind);
    /// Only changes touching field `fieldId`; 0: every change.
    void setFieldFilter(qint64 fieldId);
    /// Only changes whose field names or values contain `term` (width- and case-insensitive); empty: all.
    void setSearch(const QString &term);

    /// The change shown in `row`, read from the spool (empty for a row out of range).
    std::optional<RecordChange> changeAt(int row) const;
    /// Every change the compare found (all DBs, unfiltered).
    qint64 totalChanges() const { return m_total; }
    /// The last error reading the spool, if any (the rows it hid show nothing).
    QString lastError() const { return m_error; }

    /// "added", "deleted", "changed" in the current language.
    static QString kindText(ChangeKind kind);
    /// "name: old → new; …" (one side only for added and deleted records).
    static QString fieldsText(const RecordChange &change);
    /// A stored value as shown: "(empty)" for no value.
    static QString valueText(const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Page
    {
        QList<RecordChange> changes;
        QStringList texts;
    };
    void refilter();
    const Page *page(int row) const;

    std::shared_ptr<const ChangeSpool> m_spool;
    qint64 m_total = 0;
    ChangeSpool::Filter m_filter;
    QList<qint64> m_rows; // spool positions shown, in order
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_pageOrder; // least recently read first
    mutable QString m_error;
};

} // namespace Rewind
