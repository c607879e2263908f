#include "WorkspaceCommands.h"

#include "CtlContext.h"

#include "transfer/DbFromCsv.h"
#include "workspace/BulkDelete.h"
#include "workspace/ProductionLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

int runCreateDb(CtlContext &ctx)
{
    DbFromCsvOptions o;
    o.file = ctx.parser.value(u"from-csv"_s);
    o.name = ctx.parser.value(u"name"_s);
    if (o.file.isEmpty() || o.name.isEmpty())
        return ctx.usage(tr("create-db needs --from-csv FILE and --name NAME."));
    const QString enc = ctx.parser.value(u"encoding"_s);
    if (!enc.isEmpty() && enc != "auto"_L1) {
        const auto e = csvEncodingFromKey(enc);
        if (!e)
            return ctx.usage(tr("--encoding takes auto, utf-8 or cp932, not \"%1\".").arg(enc));
        o.encoding = *e;
    }
    DbFromCsv creator(ctx.dir, ctx.clock(), ctx.session);
    auto result = creator.run(o);
    if (!result)
        return ctx.fail(result.error());
    const DbFromCsvResult &r = result.value();
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(QJsonObject{{"db"_L1, r.db},
                                  {"fields"_L1, QJsonArray::fromStringList(r.fields)},
                                  {"records"_L1, r.records},
                                  {"encoding"_L1, csvEncodingKey(r.encoding)},
                                  {"restorePoint"_L1, r.restorePoint},
                                  {"elapsedMs"_L1, r.elapsedMs}});
        return kOk;
    }
    ctx.out << tr("Created DB \"%1\" from %2 (%3): %4 fields, %5 records.")
                   .arg(r.db, QDir::toNativeSeparators(o.file), csvEncodingName(r.encoding))
                   .arg(r.fields.size())
                   .arg(r.records)
            << Qt::endl;
    ctx.out << tr("Restore point: %1 (undo with \"rewindctl undo-import %1\").").arg(r.restorePoint) << Qt::endl;
    return kOk;
}

int runDeleteAllRecords(CtlContext &ctx)
{
    const QString db = ctx.parser.value(u"db"_s);
    if (db.isEmpty())
        return ctx.usage(tr("delete-all-records needs --db NAME."));
    BulkDelete bulk(ctx.dir, ctx.clock(), ctx.session);
    if (!ctx.parser.isSet(u"yes"_s)) {
        // Say what would go before anything is touched; a missing DB is still an error of its own.
        auto count = bulk.count(db);
        if (!count)
            return ctx.fail(count.error());
        return ctx.usage(tr("This would delete all %1 records of production DB \"%2\" (a restore point is taken "
                            "first). To do it, run the command again with --yes.")
                             .arg(count.value())
                             .arg(db));
    }
    auto result = bulk.deleteAll(db);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(QJsonObject{
            {"db"_L1, result->db}, {"deleted"_L1, result->deleted}, {"restorePoint"_L1, result->restorePoint}});
        return kOk;
    }
    ctx.out << tr("Deleted all %1 records of \"%2\".").arg(result->deleted).arg(result->db) << Qt::endl;
    ctx.out << tr("Restore point: %1 (undo with \"rewindctl undo-import %1\").").arg(result->restorePoint) << Qt::endl;
    return kOk;
}
QJsonObject probeJson(const ProductionLocation::Probe &p)
{
    return QJsonObject{{"address"_L1, p.address},
                       {"server"_L1, p.server},
                       {"user"_L1, p.user},
                       {"workspace"_L1, p.workspace},
                       {"mayUse"_L1, p.mayUse},
                       {"workspaceId"_L1, p.workspaceId},
                       {"workspaceName"_L1, p.workspaceName},
                       {"layoutVersion"_L1, p.layoutVersion},
                       {"dbs"_L1, p.dbs},
                       {"users"_L1, p.users}};
}

int runConnection(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    const QString verb = args.value(0, u"show"_s);
    const bool json = ctx.parser.isSet(u"json"_s);
    if (verb == "show"_L1 || verb == "test"_L1) {
        QString url = verb == "test"_L1 ? args.value(1) : ctx.dir.productionUrl();
        if (verb == "test"_L1 && url.isEmpty())
            return ctx.usage(tr("connection test needs the address: connection test postgresql://USER@HOST:PORT/DB"));
        if (url.isEmpty()) { // an SQLite file: nothing to connect to
            if (json) {
                ctx.printJson(QJsonObject{{"engine"_L1, u"sqlite"_s}, {"path"_L1, ctx.dir.productionPath()}});
                return kOk;
            }
            ctx.out << tr("Production: %1 (an SQLite file in the data directory).")
                           .arg(QDir::toNativeSeparators(ctx.dir.productionPath()))
                    << Qt::endl;
            return kOk;
        }
        auto found = ProductionLocation::probe(url);
        if (!found)
            return ctx.fail(found.error());
        if (json) {
            QJsonObject o = probeJson(found.value());
            o.insert("engine"_L1, u"postgresql"_s);
            ctx.printJson(o);
            return kOk;
        }
        if (verb == "show"_L1)
            ctx.out << tr("Production: %1").arg(found->address) << Qt::endl;
        ctx.out << tr("Connected: %1").arg(ProductionLocation::describe(found.value())) << Qt::endl;
        return kOk;
    }
    if (verb == "use"_L1) {
        const QString url = args.value(1);
        if (url.isEmpty())
            return ctx.usage(tr("connection use needs the address: connection use postgresql://USER@HOST:PORT/DB "
                                "[--move]"));
        bool usage = false;
        if (auto st = ctx.login(&usage); !st)
            return ctx.fail(st.error(), usage ? kUsage : kFailed);
        auto changed = ProductionLocation::use(ctx.dir, ctx.session, url, ctx.parser.isSet(u"move"_s), ctx.clock());
        if (!changed)
            return ctx.fail(changed.error());
        ctx.out
            << (changed.value() == ProductionLocation::Change::Moved
                    ? tr("Production moved into %1. The SQLite file is kept beside it as production-moved-*.sqlite.")
                    : tr("Production is now %1."))
                   .arg(ctx.dir.productionUrl())
            << Qt::endl;
        return kOk;
    }
    return ctx.usage(tr("Unknown connection command \"%1\": show, test ADDRESS or use ADDRESS [--move].").arg(verb));
}
} // namespace

QList<Command> workspaceCommands()
{
    const QCommandLineOption json(u"json"_s, tr("Print JSON (stable field names, for scripts)."));
    return {
        {u"create-db"_s,
         tr("Create a production DB from a CSV file: one single-line text field per column, then the rows as "
            "records, after a restore point."),
         {QCommandLineOption(u"from-csv"_s, tr("The CSV file; its first row names the fields."), tr("FILE")),
          QCommandLineOption(u"name"_s, tr("Name of the new DB."), tr("NAME")),
          QCommandLineOption(u"encoding"_s, tr("auto (default: BOM, valid UTF-8, else CP932), utf-8 or cp932."),
                             tr("ENC")),
          json},
         {},
         runCreateDb},
        {u"delete-all-records"_s,
         tr("Delete every record of a production DB, after a restore point. Needs --yes."),
         {QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"yes"_s, tr("Really delete; without it the command only says what would be deleted.")),
          json},
         {},
         runDeleteAllRecords},
        {u"connection"_s,
         tr("Where production lives: show it (and connect to a PostgreSQL one), test ADDRESS (a "
            "postgresql://USER@HOST:PORT/DB address, password from PGPASSWORD or ~/.pgpass), use ADDRESS (the same "
            "workspace at a new address; with --move, an empty database that production's SQLite file is moved "
            "into). use needs an administrator."),
         QList<QCommandLineOption>{QCommandLineOption(u"move"_s, tr("use: move the SQLite production into the "
                                                                    "empty database ADDRESS.")),
                                   json} +
             loginOptions(),
         tr("[show|test ADDRESS|use ADDRESS]"), runConnection, false},
    };
}

} // namespace Rewind::Ctl
