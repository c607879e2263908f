#pragma once

#include "util/DataDir.h"
#include "workspace/Catalog.h"

#include <QSqlDatabase>

#include <optional>

namespace Rewind
{

class Clock;

/// The one place production's structure changes: DBs, fields and settings. Every call is one
/// transaction, so a failed change leaves production as it was. Works on the caller's thread
/// and connection; the connection must be a writable production connection.
///
/// While a backup run writes a generation (BackupWindow), adding, copying, deleting and retyping fields
/// and adding, changing or deleting aggregation and workflow settings are refused with Busy; renaming
/// fields, field options and the other setting kinds keep working. The data directory is the folder of
/// the connection's production.sqlite; on any other database file nothing is refused.
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

    /// Whether changes to settings of `kind` are refused while a backup run is in progress.
    static bool lockedDuringRun(SettingKind kind);

private:
    Status refuseDuringRun(const QString &operation) const;
    /// Refuses changing (`deleting` false) or deleting a setting whose kind is locked during a run.
    Status refuseSettingChangeDuringRun(qint64 settingId, bool deleting) const;
    Result<FieldDef> loadField(qint64 fieldId) const;
    Result<qint64> insertField(qint64 dbId, const FieldDef &field);
    Status rebuildSearch(qint64 dbId);

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::optional<DataDir> m_dataDir; ///< the production's data directory, for the backup-window lock
};

} // namespace Rewind
