#include "EnvironmentSession.h"

#include <QDir>
#include <QFileInfo>

#include "ConsoleUser.h"
#include "backup/GenerationStore.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

EnvironmentSession::EnvironmentSession(DataDir dir) : m_dir(std::move(dir))
{
}

EnvironmentSession::~EnvironmentSession() = default;

void EnvironmentSession::close()
{
    m_connection.reset();
    m_catalog = Catalog{};
    m_manifest.reset();
    m_spec = ConnectionSpec{};
}

Status EnvironmentSession::open(const EnvironmentId &env)
{
    close();
    m_env = env;
    if (env.isProduction()) {
        if (!m_dir.isPostgres() && !QFileInfo::exists(m_dir.productionPath())) {
            const QString root = QDir::toNativeSeparators(m_dir.root());
            return makeError(ErrorCode::NotFound,
                             tr("There is no production workspace in %1 yet.\n\n"
                                "To look around with sample data, start the console with --demo, or create the "
                                "demo workspace here with:\n\n    rewindctl --data-dir \"%1\" demo\n\n"
                                "then open this window again.")
                                 .arg(root));
        }
        m_spec = Production::readOnly(m_dir);
    } else {
        const GenerationStore store(m_dir);
        const GenerationInfo info = store.info(env.slot());
        switch (info.state) {
        case SlotState::Empty:
            return makeError(ErrorCode::NotFound,
                             tr("No generation has been taken on a %1 yet.").arg(weekdayName(env.slot())));
        case SlotState::Damaged:
            return makeError(ErrorCode::Corrupt,
                             tr("The %1 generation cannot be read: %2").arg(weekdayName(env.slot()), info.problem));
        case SlotState::Writing:
        case SlotState::Ready:
            break;
        }
        // Core decides whether this user may open generations, against production's current users.
        auto spec = Environments::readSpec(m_dir, ConsoleUser::session(), env);
        if (!spec)
            return spec.error();
        m_manifest = info.manifest;
        m_spec = spec.value();
    }

    auto connection = ScopedConnection::open(m_spec, u"console-"_s + env.key());
    if (!connection) {
        m_manifest.reset();
        return connection.error();
    }
    auto catalog = Catalog::load(connection.value()->db());
    if (!catalog) {
        m_manifest.reset();
        return catalog.error();
    }
    m_connection = connection.value();
    m_catalog = std::move(catalog).value();
    return {};
}

qint64 EnvironmentSession::recordedCount(qint64 dbId) const
{
    if (!m_manifest)
        return -1;
    for (const ManifestDb &db : m_manifest->dbs) {
        if (db.id == dbId)
            return db.records;
    }
    return -1;
}

} // namespace Rewind
