#pragma once

#include "workspace/RecordPageLoader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QThread;

namespace Rewind
{

/// A read-only table of one DB's records that stays responsive on millions of rows.
///
/// Pages of RecordPageLoader::kPageSize rows are fetched by a loader on a worker thread and kept in a
/// bounded cache; data() never blocks and shows a "Loading…" placeholder for rows not yet here.
/// Row count goes from unknown (0) to a lower bound (the first page) to exact (a background count),
/// growing with beginInsertRows. Every sort or search change bumps a generation, and pages of older
/// generations are dropped on arrival. Lives on the GUI (or test) thread.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    enum Roles
    {
        RecordIdRole = Qt::UserRole + 1,
        LoadedRole
    };
    static constexpr int kMaxCachedPages = 128;

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    /// Shows `query` (its sort and search included). An empty DbDef shows nothing.
    void setQuery(const RecordQuery &query);
    void clear();
    void setSearch(const QString &text);
    const RecordQuery &query() const { return m_query; }
    bool isCountExact() const { return m_countExact; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The number of rows changed; `exact` is false while it is only a lower bound.
    void rowCountKnown(qint64 rows, bool exact);
    void loadFailed(const QString &message);
    /// A page arrived (tests and benchmarks wait for this).
    void pageArrived(int page);

private:
    void restart();
    void onPageLoaded(quint64 generation, int page, const Rewind::RecordPage &data);
    void onCountLoaded(quint64 generation, qint64 count);
    void onPageDropped(quint64 generation, int page);
    void setRows(qint64 rows);
    QVariant display(int column, const QVariant &value) const;

    QThread *m_thread = nullptr;
    RecordPageLoader *m_loader = nullptr; // lives on m_thread, deleted when it finishes
    RecordQuery m_query;
    bool m_active = false;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_countExact = false;
    QHash<int, RecordPage> m_pages;
    mutable QList<int> m_lru; // most recently used last
    mutable QSet<int> m_requested;
};

} // namespace Rewind
