#include "DbList.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kIdRole = Qt::UserRole + 1;
}

DbList::DbList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"dbList"_s);
    setColumnCount(2);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        emit currentDbChanged(current ? current->data(0, kIdRole).toLongLong() : 0);
    });
    retranslateUi();
}

void DbList::setCatalog(const Catalog &catalog, const QHash<qint64, qint64> &counts)
{
    const QString previous = currentItem() ? currentItem()->text(0) : QString();
    m_counts = counts;
    {
        // One currentDbChanged for the whole change, not one per removed and added row: the new
        // catalog belongs to another environment even when the selected name stays the same.
        const QSignalBlocker blocker(this);
        clear();
        for (const DbDef &db : catalog.dbs) {
            auto *item = new QTreeWidgetItem(this);
            item->setText(0, db.name);
            item->setData(0, kIdRole, db.id);
            item->setToolTip(0, db.description);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            showCount(item);
        }
        QTreeWidgetItem *target = findItem(previous);
        if (!target && topLevelItemCount() > 0)
            target = topLevelItem(0);
        setCurrentItem(target);
    }
    emit currentDbChanged(currentDbId());
}

void DbList::clearDbs()
{
    m_counts.clear();
    clear();
    emit currentDbChanged(0);
}

void DbList::setRecordCount(qint64 dbId, qint64 count)
{
    m_counts.insert(dbId, count);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, kIdRole).toLongLong() == dbId)
            showCount(topLevelItem(i));
    }
}

bool DbList::selectDb(const QString &name)
{
    QTreeWidgetItem *item = findItem(name);
    if (item)
        setCurrentItem(item);
    return item != nullptr;
}

QTreeWidgetItem *DbList::findItem(const QString &name) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(0) == name)
            return topLevelItem(i);
    }
    return nullptr;
}

qint64 DbList::currentDbId() const
{
    return currentItem() ? currentItem()->data(0, kIdRole).toLongLong() : 0;
}

void DbList::showCount(QTreeWidgetItem *item)
{
    const auto it = m_counts.constFind(item->data(0, kIdRole).toLongLong());
    item->setText(1, it == m_counts.constEnd() ? QString() : QLocale().toString(*it));
}

void DbList::retranslateUi()
{
    setHeaderLabels({tr("DB"), tr("Records")});
    for (int i = 0; i < topLevelItemCount(); ++i)
        showCount(topLevelItem(i));
}

void DbList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

} // namespace Rewind
