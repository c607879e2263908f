#include "Production.h"

#include "util/Clock.h"
#include "workspace/ProductionSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>

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
    return ConnectionSpec{dir.productionPath(), ConnectionSpec::Mode::ReadWrite, dir.productionUrl()};
}

ConnectionSpec readOnly(const DataDir &dir)
{
    return ConnectionSpec{dir.productionPath(), ConnectionSpec::Mode::ReadOnly, dir.productionUrl()};
}

namespace
{
// Connects and checks the layout version; `notWorkspace` words a database that is not a Rewind workspace.
Result<std::shared_ptr<ScopedConnection>> openChecked(const DataDir &dir, const QString &purpose, ErrorCode code,
                                                      const QString &notWorkspace)
{
    auto conn = ScopedConnection::open(writable(dir), purpose);
    if (!conn)
        return conn;
    auto version = ProductionSchema::version(conn.value()->db());
    if (!version)
        return version.error();
    if (version.value() == 0)
        return makeError(code, notWorkspace);
    return conn;
}

Result<std::shared_ptr<ScopedConnection>> openPostgres(const DataDir &dir, const QString &purpose)
{
    return openChecked(dir, purpose, ErrorCode::NotFound,
                       tr("The PostgreSQL database %1 has no Rewind workspace (schema \"rewind\"). Create one with "
                          "\"rewindctl init --production %1\", or check the address.")
                           .arg(dir.productionUrl()));
}
} // namespace

bool exists(const DataDir &dir)
{
    if (!dir.isPostgres())
        return QFileInfo::exists(dir.productionPath());
    return openPostgres(dir, u"exists"_s).ok();
}

Result<std::shared_ptr<ScopedConnection>> open(const DataDir &dir, const QString &purpose)
{
    if (dir.isPostgres())
        return openPostgres(dir, purpose);
    if (!QFileInfo::exists(dir.productionPath())) {
        return makeError(ErrorCode::NotFound,
                         tr("There is no production workspace in %1. Create one with \"rewindctl demo\" or "
                            "\"rewindctl init\", or pass the right --data-dir.")
                             .arg(QDir::toNativeSeparators(dir.root())));
    }
    return openChecked(
        dir, purpose, ErrorCode::Corrupt,
        tr("%1 is not a Rewind production workspace.").arg(QDir::toNativeSeparators(dir.productionPath())));
}

Result<std::shared_ptr<ScopedConnection>> create(const DataDir &dir, const QString &workspaceName, const Clock &clock)
{
    if (dir.isPostgres()) {
        QString error;
        if (!dir.ensure(&error))
            return makeError(ErrorCode::Io, error);
        auto conn = ScopedConnection::open(writable(dir), u"create"_s);
        if (!conn)
            return conn;
        const QSqlDatabase db = conn.value()->db();
        auto version = ProductionSchema::version(db);
        if (!version)
            return version.error();
        if (version.value() > 0) {
            return makeError(ErrorCode::AlreadyExists,
                             tr("The PostgreSQL database %1 already holds a Rewind workspace. Use it with "
                                "--production %1, or name an empty database.")
                                 .arg(dir.productionUrl()));
        }
        Sql::Transaction tx(db);
        if (auto st = tx.begin(); !st)
            return st.error();
        if (auto st = Sql::exec(db, u"CREATE SCHEMA IF NOT EXISTS rewind"_s,
                                tr("Creating the schema \"rewind\" in %1").arg(dir.productionUrl()));
            !st)
            return st.error();
        if (auto st = ProductionSchema::create(db, workspaceName, clock.now()); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        // Later runs and the console find production here without --production.
        QSaveFile file(dir.productionUrlPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(dir.productionUrl().toUtf8() + '\n') < 0 || !file.commit())
            return makeError(
                ErrorCode::Io,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(dir.productionUrlPath()), file.errorString()));
        return conn;
    }
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
