#pragma once

#include "workspace/Catalog.h"

#include <QTreeWidget>

class QJsonValue;

namespace Rewind
{

/// The "Settings" tab: everything one DB is set up with, read-only: its fields (type, required,
/// unique, choices, link target), the links from and to it, and its automations, aggregations,
/// workflows, views and access rights, each definition shown as key/value rows.
class SettingsView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsView)

public:
    explicit SettingsView(QWidget *parent = nullptr);

    /// Shows the settings of DB `dbId` of `catalog` (a copy is kept for retranslation).
    void showDb(const Catalog &catalog, qint64 dbId);
    void clearDb();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QTreeWidgetItem *addGroup(const QString &title, int count);
    void addFields(QTreeWidgetItem *group, const DbDef &db);
    void addLinks(const DbDef &db);
    void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value);
    QString dbName(qint64 dbId) const;
    QString scalarText(const QJsonValue &value) const;

    Catalog m_catalog;
    qint64 m_dbId = 0;
};

} // namespace Rewind
