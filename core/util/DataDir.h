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
///   production.url             present when production is a PostgreSQL database: its address
class DataDir
{
public:
    explicit DataDir(QString root);
    /// QStandardPaths::AppDataLocation, used when no --data-dir is given.
    static QString defaultRoot();

    const QString &root() const { return m_root; }
    QString productionPath() const;
    /// The postgresql:// address of a PostgreSQL production (no password), or empty for the embedded
    /// SQLite file. From --production for this process (setProductionOverride), else production.url.
    QString productionUrl() const;
    bool isPostgres() const { return !productionUrl().isEmpty(); }
    /// Where `rewindctl init --production` records the address for later runs and the console.
    QString productionUrlPath() const;
    /// --production: every data directory of this process uses `url` (empty: back to production.url).
    static void setProductionOverride(const QString &url);
    static bool hasProductionOverride();
    /// Production as people should read it: the SQLite file's path or the PostgreSQL address.
    QString productionDisplay() const;
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
