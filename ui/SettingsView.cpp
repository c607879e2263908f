#include "SettingsView.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kMaxNameColumnWidth = 360; // pixels

QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &name, const QString &value)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, value);
    return item;
}

} // namespace

SettingsView::SettingsView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"settingsView"_s);
    setColumnCount(2);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    rebuild();
}

void SettingsView::showDb(const Catalog &catalog, qint64 dbId)
{
    m_catalog = catalog;
    m_dbId = dbId;
    rebuild();
}

void SettingsView::clearDb()
{
    m_catalog = Catalog{};
    m_dbId = 0;
    rebuild();
}

QString SettingsView::dbName(qint64 dbId) const
{
    if (const DbDef *db = m_catalog.db(dbId))
        return db->name;
    return tr("(deleted DB #%1)").arg(dbId);
}

QTreeWidgetItem *SettingsView::addGroup(const QString &title, int count)
{
    auto *group = new QTreeWidgetItem(this, {tr("%1 (%2)").arg(title).arg(count)});
    QFont font = group->font(0);
    font.setBold(true);
    group->setFont(0, font);
    group->setFirstColumnSpanned(true);
    return group;
}

void SettingsView::rebuild()
{
    setUpdatesEnabled(false);
    clear();
    setHeaderLabels({tr("Setting"), tr("Value")});
    if (const DbDef *db = m_catalog.db(m_dbId)) {
        addFields(addGroup(tr("Fields"), int(db->fields.size())), *db);
        addLinks(*db);
        for (SettingKind kind : kAllSettingKinds) {
            QList<const SettingDef *> settings;
            for (const SettingDef &s : db->settings) {
                if (s.kind == kind)
                    settings.append(&s);
            }
            QTreeWidgetItem *group = addGroup(settingKindName(kind), int(settings.size()));
            for (const SettingDef *s : settings) {
                QTreeWidgetItem *item = addRow(group, s->name, {});
                item->setToolTip(0, QString::fromUtf8(QJsonDocument(s->definition).toJson(QJsonDocument::Indented)));
                for (auto it = s->definition.begin(); it != s->definition.end(); ++it)
                    addJson(item, it.key(), it.value());
            }
        }
    }
    expandAll();
    resizeColumnToContents(0);
    setColumnWidth(0, std::min(columnWidth(0) + 16, kMaxNameColumnWidth));
    setUpdatesEnabled(true);
}

void SettingsView::addFields(QTreeWidgetItem *group, const DbDef &db)
{
    for (const FieldDef &f : db.fields) {
        QStringList traits = {fieldTypeName(f.type)};
        if (f.required)
            traits.append(tr("required"));
        if (f.unique)
            traits.append(tr("unique"));
        QTreeWidgetItem *item = addRow(group, f.name, traits.join(u", "_s));
        if (f.type == FieldType::Choice)
            addRow(item, tr("Choices"), f.choices.join(u", "_s));
        if (f.type == FieldType::Link)
            addRow(item, tr("Links to"), dbName(f.linkDbId));
    }
}

void SettingsView::addLinks(const DbDef &db)
{
    QList<std::pair<QString, QString>> from; // (field, target DB)
    for (const FieldDef &f : db.fields) {
        if (f.type == FieldType::Link)
            from.append({f.name, dbName(f.linkDbId)});
    }
    QList<std::pair<QString, QString>> to; // (source DB, field)
    for (const DbDef &other : m_catalog.dbs) {
        for (const FieldDef &f : other.fields) {
            if (f.type == FieldType::Link && f.linkDbId == db.id)
                to.append({other.name, f.name});
        }
    }
    QTreeWidgetItem *group = addGroup(tr("Links"), int(from.size() + to.size()));
    if (!from.isEmpty()) {
        QTreeWidgetItem *out = addRow(group, tr("From this DB"), {});
        for (const auto &[field, target] : from)
            addRow(out, field, tr("→ %1").arg(target));
    }
    if (!to.isEmpty()) {
        QTreeWidgetItem *in = addRow(group, tr("To this DB"), {});
        for (const auto &[source, field] : to)
            addRow(in, source, tr("through its field \"%1\"").arg(field));
    }
}

QString SettingsView::scalarText(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QLocale().toString(qint64(d)) : QLocale().toString(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return tr("(none)");
    default:
        return {};
    }
}

void SettingsView::addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QTreeWidgetItem *item = addRow(parent, key, {});
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool flat =
            std::none_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
        if (flat) {
            QStringList parts;
            for (const QJsonValue &v : array)
                parts.append(scalarText(v));
            addRow(parent, key, parts.join(u", "_s));
            return;
        }
        QTreeWidgetItem *item = addRow(parent, key, {});
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QString::number(i + 1), array.at(i));
        return;
    }
    addRow(parent, key, scalarText(value));
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

} // namespace Rewind
