#pragma once

#include "workspace/Catalog.h"

#include <QSqlDatabase>

namespace Rewind
{

class Clock;

/// The one place production's structure changes: DBs, fields and settings. Every call is one
/// transaction, so a failed change leaves production as it was. Works on the caller's thread
/// and connection; the connection must be a writable production connection.
class SchemaEditor final
{
public:
    SchemaEditor(QSqlDatabase db, const Clock &clock);

    Result<qint64> createDb(const QString &name, const QString &description = {});
    Status deleteDb(qint64 dbId);

    /// Adds `field` (its id, dbId and position are assigned) to DB `dbId`.
    Result<qint64> addField(qint64 dbId, const FieldDef &field);
    /// Copies a field's definition and values under a new name.
    Result<qint64> copyField(qint64 fieldId, const QString &newName);
    Status deleteField(qint64 fieldId);
    Status renameField(qint64 fieldId, const QString &newName);
    /// Changes a field's type, converting values; returns how many values could not be converted and were cleared.
    Result<qint64> retypeField(qint64 fieldId, FieldType newType);

    Result<qint64> addSetting(qint64 dbId, SettingKind kind, const QString &name, const QJsonObject &definition);
    Status updateSetting(qint64 settingId, const QString &name, const QJsonObject &definition);
    Status deleteSetting(qint64 settingId);

    /// Sets a field's required and unique flags and, for choice fields, its choices.
    Status setFieldOptions(qint64 fieldId, bool required, bool unique, const QStringList &choices);
    /// Points a link field at another DB (0: unlinked), e.g. when a deleted DB comes back under a new id.
    Status relinkField(qint64 fieldId, qint64 targetDbId);

    /// Checks a DB, field or setting name: not empty, at most 64 characters, no control characters.
    /// `what` names the kind of thing in the message ("DB", "field" …).
    static Status validateName(const QString &name, const QString &what);

private:
    Result<FieldDef> loadField(qint64 fieldId) const;
    Result<qint64> insertField(qint64 dbId, const FieldDef &field);
    Status rebuildSearch(qint64 dbId);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace Rewind
