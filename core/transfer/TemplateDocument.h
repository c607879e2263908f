#pragma once

#include "workspace/Catalog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Rewind
{

struct TemplateField
{
    QString key; ///< stable within the template ("f12": the field id in the source workspace)
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    bool unique = false;
    QStringList choices;
    QString linkKey; ///< link fields: a template DB key ("db3"), an external key ("ext5"), or empty (unlinked)
};

struct TemplateSetting
{
    SettingKind kind = SettingKind::Automation;
    QString name;
    QJsonObject definition;
};

struct TemplateDb
{
    QString key; ///< "db<id in the source workspace>"
    QString name;
    QString description;
    QList<TemplateField> fields;
    QList<TemplateSetting> settings;
};

/// A DB outside the template that a field links to; the import chooses a target for it.
struct TemplateExternal
{
    QString key;  ///< "ext<id in the source workspace>"
    QString name; ///< its name in the source workspace
};

/// Something the template does not carry, with the reason, so people can set it up by hand.
struct TemplateOmission
{
    QString db;
    QString item;
    QString reason;
};

/// A DB template: the settings of one or more DBs (fields, links, views, automations, aggregations,
/// workflows, role-level access rights), without records. Stored as a ZIP holding template.json
/// (indented, readable) and template.sha256 (its checksum).
struct TemplateDocument
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxJsonBytes = 64LL * 1024 * 1024;

    int formatVersion = kFormatVersion;
    QDateTime createdAt;
    QString sourceWorkspace;
    QString sourceWorkspaceId; ///< links are re-pointed by DB id only into the workspace the template came from
    QString sourceEnvironment;
    QString appVersion;
    QList<TemplateDb> dbs;
    QList<TemplateExternal> externals;
    QList<TemplateOmission> omitted;

    /// The template of `dbIds` of `catalog`. Links to DBs not in `dbIds` become externals; records and
    /// user-specific access rights are listed as omitted.
    static TemplateDocument fromCatalog(const Catalog &catalog, const QList<qint64> &dbIds, const QString &environment,
                                        const QDateTime &now);

    QJsonObject toJson() const;
    /// Parses and checks every definition: format and version, names, field types, choices, and that
    /// every link points at a DB of the template or at a listed external.
    static Result<TemplateDocument> fromJson(const QJsonObject &json);

    /// Writes the ZIP under a temporary name and renames it when complete.
    Status write(const QString &path) const;
    /// Reads and validates a template file: a damaged, truncated, foreign or newer file is refused with
    /// a message naming what is wrong.
    static Result<TemplateDocument> read(const QString &path);

    const TemplateDb *db(const QString &key) const;
    const TemplateExternal *external(const QString &key) const;
};

} // namespace Rewind
