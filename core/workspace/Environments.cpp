#include "Environments.h"

#include "workspace/Production.h"

#include "access/Access.h"
#include "backup/GenerationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Rewind::Environments
{

using namespace Qt::StringLiterals;

Result<ConnectionSpec> readSpec(const DataDir &dir, const Session &reader, const EnvironmentId &env)
{
    if (env.isProduction()) {
        if (!dir.isPostgres() && !QFileInfo::exists(dir.productionPath())) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate(
                                 "Rewind::Production",
                                 "There is no production workspace in %1. Create one with \"rewindctl demo\" or "
                                 "\"rewindctl init\", or pass the right --data-dir.")
                                 .arg(QDir::toNativeSeparators(dir.root())));
        }
        return Production::readOnly(dir);
    }
    if (auto allowed = Access::require(dir, reader, Right::OpenGenerations); !allowed)
        return allowed.error();
    const GenerationStore store(dir);
    const GenerationInfo info = store.info(env.slot());
    switch (info.state) {
    case SlotState::Empty:
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Rewind::GenerationStore",
                                                     "The %1 slot is empty: no generation has been taken on a %1 yet.")
                             .arg(weekdayName(env.slot())));
    case SlotState::Damaged:
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Rewind::Ctl", "The %1 generation is damaged: %2")
                             .arg(weekdayName(env.slot()), info.problem));
    case SlotState::Writing:
    case SlotState::Ready:
        // A slot being rewritten still holds its previous, complete generation until the rename. What the
        // slot list cannot see (a damaged page) is checked once per file before anyone reads it.
        if (auto st = store.checkBeforeOpening(env.slot()); !st)
            return st.error();
        return store.connectionSpec(env.slot());
    }
    return store.connectionSpec(env.slot());
}

Result<Catalog> loadCatalog(const DataDir &dir, const Session &reader, const EnvironmentId &env)
{
    auto spec = readSpec(dir, reader, env);
    if (!spec)
        return spec.error();
    auto connection = ScopedConnection::open(spec.value(), u"catalog-"_s + env.key());
    if (!connection)
        return connection.error();
    return Catalog::load(connection.value()->db());
}

} // namespace Rewind::Environments
