#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

#include <QList>

namespace Rewind
{

class Clock;

/// One way a DB's settings in production differ from the same DB in a generation. Fields are matched by
/// name, settings by kind and name.
struct SettingsDifference
{
    enum class Kind
    {
        FieldMissing,   ///< the generation has the field, production does not (deleted since)
        FieldAdded,     ///< production has a field the generation does not (added since)
        FieldChanged,   ///< type, required, unique, choices or link target differ
        SettingMissing, ///< deleted from production since the generation
        SettingAdded,   ///< added to production since
        SettingChanged, ///< same kind and name, different definition
    };
    Kind kind = Kind::FieldChanged;
    QString name;                       ///< field or setting name
    std::optional<SettingKind> setting; ///< for setting differences
    QString before;                     ///< as in the generation (readable text; empty when absent)
    QString after;                      ///< as in production
    qint64 generationItemId = 0;        ///< the field or setting id in the generation (0 when absent)
    qint64 productionItemId = 0;        ///< the field or setting id in production (0 when absent)
    /// Stable while nothing changes: kind, name and both versions. Re-apply refuses a difference whose id
    /// is no longer in the list, so it never applies something other than what the user looked at.
    QString id() const;
    /// What re-applying does, for people ("add the field back", "delete the field and its values" …).
    QString reapplyEffect() const;
    bool destructive() const
    {
        return kind == Kind::FieldAdded ||
               (kind == Kind::FieldChanged && before.section(u'\n', 0, 0) != after.section(u'\n', 0, 0));
    }
};

/// Compares a DB's settings between a generation and production, and re-applies chosen differences:
/// production takes the generation's version of those fields and settings, through the schema editor,
/// in one unit after a restore point, and refused during a backup run like any schema change.
class SettingsDiff final
{
public:
    /// `actor` needs Right::OpenGenerations to compare, and Right::ManageSettings to re-apply.
    SettingsDiff(DataDir dir, const Clock &clock, Session actor);

    /// The differences for DB `db` (by name) between the generation in `slot` and production.
    Result<QList<SettingsDifference>> compare(Weekday slot, const QString &db) const;
    /// Makes production match the generation for the differences `chosen` (as compare() returned them).
    /// The differences are computed again inside the write transaction; if any chosen one is no longer
    /// there exactly (production or the list changed meanwhile), nothing is changed and the error says so.
    /// Returns the restore point.
    Result<QString> reapply(Weekday slot, const QString &db, const QList<SettingsDifference> &chosen);

    /// The pure comparison, for tests and previews.
    static QList<SettingsDifference> compare(const DbDef &generation, const Catalog &generationCatalog,
                                             const DbDef &production, const Catalog &productionCatalog);

private:
    Result<QString> doReapply(Weekday slot, const QString &dbName, const QList<SettingsDifference> &chosen,
                              const QString &operation);

    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
};

QString settingsDifferenceKindKey(SettingsDifference::Kind kind);

} // namespace Rewind
