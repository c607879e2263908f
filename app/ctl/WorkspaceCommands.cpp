#include "WorkspaceCommands.h"

#include "CtlContext.h"

#include "transfer/DbFromCsv.h"
#include "workspace/BulkDelete.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
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
    };
}

} // namespace Rewind::Ctl
