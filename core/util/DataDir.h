#pragma once

#include "util/Environment.h"

#include <QString>

namespace Rewind
{

/// The layout of a Rewind data directory. Pure path arithmetic; creates nothing except in ensure().
///
///   production.sqlite          production (embedded SQLite engine)
///   generations/mon.sqlite …   one verified, read-only generation per weekday slot
///   backup.lock                held by the process running a backup
class DataDir
{
public:
    explicit DataDir(QString root);
    /// QStandardPaths::AppDataLocation, used when no --data-dir is given.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString productionPath() const;
    QString generationsDir() const;
    QString slotPath(Weekday day) const;
    /// The file a backup run writes before it is verified and renamed over the slot.
    QString partialPath(Weekday day) const;
    QString backupLockPath() const;
    /// Creates the folders; false (with a reason in *error) when the folder cannot be created.
    bool ensure(QString *error) const;

private:
    QString m_root;
};

} // namespace Rewind
