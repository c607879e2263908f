#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rewind
{

/// The field types a DB can have. Keys ("text", "link" …) are stored in the catalog and stable.
enum class FieldType
{
    Text,
    MultilineText,
    Number,
    Date,
    DateTime,
    Choice,
    CheckBox,
    Link
};

QString fieldTypeKey(FieldType type);
std::optional<FieldType> fieldTypeFromKey(const QString &key);
/// Translated name for people ("Single-line text" / "文字列(1行)").
QString fieldTypeName(FieldType type);
/// Whether values of this type take part in the full-text search column.
bool isSearchable(FieldType type);

/// The kinds of DB settings a workspace keeps besides fields.
enum class SettingKind
{
    Automation,
    Aggregation,
    Workflow,
    View,
    AccessRight
};

QString settingKindKey(SettingKind kind);
std::optional<SettingKind> settingKindFromKey(const QString &key);
QString settingKindName(SettingKind kind);
inline constexpr SettingKind kAllSettingKinds[] = {SettingKind::Automation, SettingKind::Aggregation,
                                                   SettingKind::Workflow, SettingKind::View, SettingKind::AccessRight};

struct FieldDef
{
    qint64 id = 0;
    qint64 dbId = 0;
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    bool unique = false;
    qint64 linkDbId = 0; ///< Link fields: the DB the link points at (may no longer exist)
    QStringList choices; ///< Choice fields: allowed values, in order
    int position = 0;

    /// Column in the record table. Built from the numeric id, so no user text reaches SQL as a name.
    QString column() const { return u'f' + QString::number(id); }
};

struct SettingDef
{
    qint64 id = 0;
    qint64 dbId = 0;
    SettingKind kind = SettingKind::Automation;
    QString name;
    QJsonObject definition;
    int position = 0;
};

struct DbDef
{
    qint64 id = 0;
    QString name;
    QString description;
    int position = 0;
    QList<FieldDef> fields;     ///< in position order
    QList<SettingDef> settings; ///< in (kind, position) order

    QString table() const { return QStringLiteral("rec_") + QString::number(id); }
    const FieldDef *field(qint64 fieldId) const;
    const FieldDef *fieldByName(const QString &name) const;
    /// The field that names a record in link displays: the first single-line text field, if any.
    const FieldDef *displayField() const;
};

/// All DB definitions of one workspace (production or one generation), as read at one moment.
struct Catalog
{
    QString workspaceId;
    QString workspaceName;
    QDateTime createdAt; ///< when the workspace was created (invalid for very old files)
    QList<DbDef> dbs;    ///< in position order

    const DbDef *db(qint64 id) const;
    const DbDef *dbByName(const QString &name) const;

    /// Reads the catalog through `db`. Works on production and generation files alike.
    static Result<Catalog> load(const QSqlDatabase &db);
};

} // namespace Rewind
