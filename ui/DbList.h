#pragma once

#include "workspace/Catalog.h"

#include <QHash>
#include <QTreeWidget>

namespace Rewind
{

/// The DBs of the open environment, with their record counts where known, in catalog order.
class DbList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbList)

public:
    explicit DbList(QWidget *parent = nullptr);

    /// Lists the DBs of `catalog`. `counts` maps DB id to records; DBs without an entry show no count.
    /// Keeps the DB of the same name selected when there is one, else selects the first.
    void setCatalog(const Catalog &catalog, const QHash<qint64, qint64> &counts);
    void clearDbs();
    /// Records a count learnt later (e.g. from the record view's exact count).
    void setRecordCount(qint64 dbId, qint64 count);
    /// Selects the DB named `name`; false when there is none.
    bool selectDb(const QString &name);
    qint64 currentDbId() const;

signals:
    /// The selected DB changed; 0 when nothing is selected.
    void currentDbChanged(qint64 dbId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCount(QTreeWidgetItem *item);
    QTreeWidgetItem *findItem(const QString &name) const;

    QHash<qint64, qint64> m_counts;
};

} // namespace Rewind
