#pragma once

#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Result.h"

#include <QDate>

#include <atomic>
#include <functional>

namespace Rewind
{

struct DemoOptions
{
    qint64 records = 50000; ///< production records in total, spread over the seven DBs
    quint64 seed = 1;
    QDate today; ///< the last simulated day; invalid means the system date
};

/// The demo workspace's users, one per role. Their passwords are for the demo only: the README prints them
/// and the console's login dialog shows them when it opens the demo.
struct DemoUser
{
    const char *login;
    const char *displayName; ///< UTF-8
    Role role;
    const char *password;
};
inline constexpr DemoUser kDemoUsers[] = {
    {"admin", "山田 太郎", Role::Admin, "demo-admin-pass"},
    {"support", "佐藤 花子", Role::Support, "demo-support-pass"},
    {"manager", "鈴木 一郎", Role::Manager, "demo-manager-pass"},
};

struct DemoSummary
{
    qint64 records = 0; ///< production records after the simulated week
    int dbs = 0;
    int generations = 0;
};

/// Builds the demo workspace: a Japanese sales workspace (顧客, 担当者, 商品, 案件, 見積, 見積明細, 請求)
/// with linked DBs and settings of every kind, then simulates a week. Each simulated day changes,
/// adds and deletes records and settings, then takes that day's backup with a moved clock, so all
/// seven slots hold distinct generations. The same (seed, records, today) always gives the same
/// content. Blocking: call it from a worker thread or rewindctl.
class DemoBuilder final
{
public:
    using ProgressFn = std::function<void(int percent, const QString &stage)>;

    DemoBuilder(DataDir dir, DemoOptions options);
    void setProgress(ProgressFn fn) { m_progress = std::move(fn); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    /// Fails with AlreadyExists when the data directory already has a production workspace.
    Result<DemoSummary> build();

private:
    DataDir m_dir;
    DemoOptions m_options;
    ProgressFn m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Rewind
