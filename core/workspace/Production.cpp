#include "Production.h"

#include "util/Clock.h"
#include "workspace/ProductionSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Rewind::Production
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Production", text);
}
} // namespace

ConnectionSpec writable(const DataDir &dir)
{
    return ConnectionSpec{dir.productionPath(), ConnectionSpec::Mode::ReadWrite};
}

ConnectionSpec readOnly(const DataDir &dir)
{
    return ConnectionSpec{dir.productionPath(), ConnectionSpec::Mode::ReadOnly};
}

Result<std::shared_ptr<ScopedConnection>> open(const DataDir &dir, const QString &purpose)
{
    if (!QFileInfo::exists(dir.productionPath())) {
        return makeError(ErrorCode::NotFound,
                         tr("There is no production workspace in %1. Create one with \"rewindctl demo\" or "
                            "\"rewindctl init\", or pass the right --data-dir.")
                             .arg(QDir::toNativeSeparators(dir.root())));
    }
    auto conn = ScopedConnection::open(writable(dir), purpose);
    if (!conn)
        return conn;
    auto version = ProductionSchema::version(conn.value()->db());
    if (!version)
        return version.error();
    if (version.value() == 0) {
        return makeError(
            ErrorCode::Corrupt,
            tr("%1 is not a Rewind production workspace.").arg(QDir::toNativeSeparators(dir.productionPath())));
    }
    return conn;
}

Result<std::shared_ptr<ScopedConnection>> create(const DataDir &dir, const QString &workspaceName, const Clock &clock)
{
    if (QFileInfo::exists(dir.productionPath())) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already holds a production workspace. Use another --data-dir.")
                             .arg(QDir::toNativeSeparators(dir.root())));
    }
    QString error;
    if (!dir.ensure(&error))
        return makeError(ErrorCode::Io, error);
    auto conn = ScopedConnection::open(writable(dir), u"create"_s);
    if (!conn)
        return conn;
    if (auto st = ProductionSchema::create(conn.value()->db(), workspaceName, clock.now()); !st)
        return st.error();
    return conn;
}

} // namespace Rewind::Production
