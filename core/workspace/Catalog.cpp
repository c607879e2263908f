#include "Catalog.h"

#include "sql/Connection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
struct TypeInfo
{
    FieldType type;
    const char *key;
    const char *name;
};
const TypeInfo kTypes[] = {
    {FieldType::Text, "text", QT_TRANSLATE_NOOP("Rewind::FieldType", "Single-line text")},
    {FieldType::MultilineText, "multiline", QT_TRANSLATE_NOOP("Rewind::FieldType", "Multi-line text")},
    {FieldType::Number, "number", QT_TRANSLATE_NOOP("Rewind::FieldType", "Number")},
    {FieldType::Date, "date", QT_TRANSLATE_NOOP("Rewind::FieldType", "Date")},
    {FieldType::DateTime, "datetime", QT_TRANSLATE_NOOP("Rewind::FieldType", "Date and time")},
    {FieldType::Choice, "choice", QT_TRANSLATE_NOOP("Rewind::FieldType", "Choice")},
    {FieldType::CheckBox, "checkbox", QT_TRANSLATE_NOOP("Rewind::FieldType", "Check box")},
    {FieldType::Link, "link", QT_TRANSLATE_NOOP("Rewind::FieldType", "Link to another DB")},
};

struct KindInfo
{
    SettingKind kind;
    const char *key;
    const char *name;
};
const KindInfo kKinds[] = {
    {SettingKind::Automation, "automation", QT_TRANSLATE_NOOP("Rewind::SettingKind", "Automations")},
    {SettingKind::Aggregation, "aggregation", QT_TRANSLATE_NOOP("Rewind::SettingKind", "Aggregations")},
    {SettingKind::Workflow, "workflow", QT_TRANSLATE_NOOP("Rewind::SettingKind", "Workflows")},
    {SettingKind::View, "view", QT_TRANSLATE_NOOP("Rewind::SettingKind", "Views")},
    {SettingKind::AccessRight, "access", QT_TRANSLATE_NOOP("Rewind::SettingKind", "Access rights")},
};
} // namespace

QString fieldTypeKey(FieldType type)
{
    for (const auto &t : kTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.key);
    }
    return {};
}

std::optional<FieldType> fieldTypeFromKey(const QString &key)
{
    for (const auto &t : kTypes) {
        if (key == QLatin1StringView(t.key))
            return t.type;
    }
    return std::nullopt;
}

QString fieldTypeName(FieldType type)
{
    for (const auto &t : kTypes) {
        if (t.type == type)
            return QCoreApplication::translate("Rewind::FieldType", t.name);
    }
    return {};
}

bool isSearchable(FieldType type)
{
    return type == FieldType::Text || type == FieldType::MultilineText || type == FieldType::Choice;
}

QString settingKindKey(SettingKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<SettingKind> settingKindFromKey(const QString &key)
{
    for (const auto &k : kKinds) {
        if (key == QLatin1StringView(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString settingKindName(SettingKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("Rewind::SettingKind", k.name);
    }
    return {};
}

const FieldDef *DbDef::field(qint64 fieldId) const
{
    for (const auto &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

const FieldDef *DbDef::fieldByName(const QString &name) const
{
    for (const auto &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FieldDef *DbDef::displayField() const
{
    for (const auto &f : fields) {
        if (f.type == FieldType::Text)
            return &f;
    }
    return nullptr;
}

const DbDef *Catalog::db(qint64 id) const
{
    for (const auto &d : dbs) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const DbDef *Catalog::dbByName(const QString &name) const
{
    for (const auto &d : dbs) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

Result<Catalog> Catalog::load(const QSqlDatabase &db)
{
    const QString what = QCoreApplication::translate("Rewind::Catalog", "Reading the workspace catalog");
    Catalog catalog;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM rw_meta"_s))
        return Sql::error(q.lastError(), what);
    while (q.next()) {
        if (q.value(0).toString() == "workspace_id"_L1)
            catalog.workspaceId = q.value(1).toString();
        else if (q.value(0).toString() == "workspace_name"_L1)
            catalog.workspaceName = q.value(1).toString();
        else if (q.value(0).toString() == "created_at"_L1)
            catalog.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    }
    if (!q.exec(u"SELECT id, name, description, position FROM rw_db ORDER BY position, id"_s))
        return Sql::error(q.lastError(), what);
    while (q.next()) {
        DbDef d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.description = q.value(2).toString();
        d.position = q.value(3).toInt();
        catalog.dbs.append(d);
    }
    auto dbIndex = [&catalog](qint64 id) -> DbDef * {
        for (auto &d : catalog.dbs) {
            if (d.id == id)
                return &d;
        }
        return nullptr;
    };
    if (!q.exec(u"SELECT id, db_id, name, type, required, is_unique, link_db_id, options, position "
                "FROM rw_field ORDER BY db_id, position, id"_s))
        return Sql::error(q.lastError(), what);
    while (q.next()) {
        FieldDef f;
        f.id = q.value(0).toLongLong();
        f.dbId = q.value(1).toLongLong();
        f.name = q.value(2).toString();
        const auto type = fieldTypeFromKey(q.value(3).toString());
        if (!type) {
            return makeError(ErrorCode::Corrupt, QCoreApplication::translate(
                                                     "Rewind::Catalog", "Field %1 (id %2) has an unknown type \"%3\".")
                                                     .arg(f.name)
                                                     .arg(f.id)
                                                     .arg(q.value(3).toString()));
        }
        f.type = *type;
        f.required = q.value(4).toBool();
        f.unique = q.value(5).toBool();
        f.linkDbId = q.value(6).toLongLong();
        const QJsonObject options = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        for (const auto &c : options.value("choices"_L1).toArray())
            f.choices.append(c.toString());
        f.position = q.value(8).toInt();
        if (DbDef *d = dbIndex(f.dbId))
            d->fields.append(f);
    }
    if (!q.exec(
            u"SELECT id, db_id, kind, name, definition, position FROM rw_setting ORDER BY db_id, kind, position, id"_s))
        return Sql::error(q.lastError(), what);
    while (q.next()) {
        SettingDef s;
        s.id = q.value(0).toLongLong();
        s.dbId = q.value(1).toLongLong();
        s.kind = settingKindFromKey(q.value(2).toString()).value_or(SettingKind::Automation);
        s.name = q.value(3).toString();
        s.definition = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        s.position = q.value(5).toInt();
        if (DbDef *d = dbIndex(s.dbId))
            d->settings.append(s);
    }
    return catalog;
}

} // namespace Rewind
