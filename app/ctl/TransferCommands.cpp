#include "TransferCommands.h"

#include "CtlContext.h"

#include "transfer/CsvExporter.h"
#include "transfer/CsvImporter.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

bool parseDate(CtlContext &ctx, const QString &option, std::optional<QDate> *out, int *exit)
{
    if (!ctx.parser.isSet(option))
        return true;
    const QString text = ctx.parser.value(option);
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, u"yyyy/MM/dd"_s);
    if (!d.isValid()) {
        *exit = ctx.usage(tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(option, text));
        return false;
    }
    *out = d;
    return true;
}

int runExport(CtlContext &ctx)
{
    CsvExportOptions o;
    const auto env = EnvironmentId::parse(ctx.parser.value(u"env"_s));
    if (!env)
        return ctx.usage(tr("Say which environment with --env production|mon|tue|wed|thu|fri|sat|sun."));
    o.env = *env;
    const QStringList dbs = ctx.parser.values(u"db"_s);
    if (dbs.isEmpty())
        return ctx.usage(tr("Say which DB with --db NAME."));
    o.db = dbs.first();
    o.outPath = ctx.parser.value(u"out"_s);
    const QString outDir = ctx.parser.value(u"out-dir"_s);
    if (dbs.size() > 1 && outDir.isEmpty())
        return ctx.usage(tr("Several DBs go into a folder: use --out-dir DIR (one CSV per DB) instead of --out."));
    if (o.outPath.isEmpty() == outDir.isEmpty())
        return ctx.usage(tr("Say where to write with --out FILE, or --out-dir DIR for one file per DB."));
    if (ctx.parser.isSet(u"fields"_s))
        o.fields = ctx.parser.value(u"fields"_s).split(u',', Qt::SkipEmptyParts);
    if (ctx.parser.isSet(u"encoding"_s)) {
        const auto e = csvEncodingFromKey(ctx.parser.value(u"encoding"_s));
        if (!e)
            return ctx.usage(
                tr("--encoding takes utf-8-bom, utf-8 or cp932, not \"%1\".").arg(ctx.parser.value(u"encoding"_s)));
        o.encoding = *e;
    }
    o.search = ctx.parser.value(u"search"_s);
    o.formulaGuard = !ctx.parser.isSet(u"no-formula-guard"_s);
    int exit = kOk;
    if (!parseDate(ctx, u"updated-from"_s, &o.updatedFrom, &exit) ||
        !parseDate(ctx, u"updated-to"_s, &o.updatedTo, &exit) ||
        !parseDate(ctx, u"created-from"_s, &o.createdFrom, &exit) ||
        !parseDate(ctx, u"created-to"_s, &o.createdTo, &exit))
        return exit;
    CsvExporter exporter(ctx.dir, ctx.session);
    if (!outDir.isEmpty()) {
        auto results = exporter.runMany(o, dbs, outDir);
        if (!results)
            return ctx.fail(results.error());
        QJsonArray files;
        for (const CsvExportResult &r : results.value()) {
            files.append(
                QJsonObject{{"file"_L1, QDir::toNativeSeparators(r.path)}, {"rows"_L1, r.rows}, {"bytes"_L1, r.bytes}});
            if (!ctx.parser.isSet(u"json"_s))
                ctx.out << tr("Wrote %1 records to %2.").arg(r.rows).arg(QDir::toNativeSeparators(r.path)) << Qt::endl;
        }
        if (ctx.parser.isSet(u"json"_s))
            ctx.printJson(QJsonObject{{"files"_L1, files}, {"encoding"_L1, csvEncodingKey(o.encoding)}});
        return kOk;
    }
    auto result = exporter.run(o);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(QJsonObject{{"file"_L1, QDir::toNativeSeparators(result->path)},
                                  {"rows"_L1, result->rows},
                                  {"bytes"_L1, result->bytes},
                                  {"elapsedMs"_L1, result->elapsedMs},
                                  {"encoding"_L1, csvEncodingKey(o.encoding)}});
        return kOk;
    }
    ctx.out << tr("Wrote %1 records of \"%2\" (%3) to %4 in %5 s.")
                   .arg(result->rows)
                   .arg(o.db, o.env.displayName(), QDir::toNativeSeparators(result->path))
                   .arg(double(result->elapsedMs) / 1000.0, 0, 'f', 2)
            << Qt::endl;
    return kOk;
}

QJsonObject reportJson(const ImportReport &r)
{
    QJsonArray issues;
    for (const ImportIssue &i : r.issues) {
        issues.append(QJsonObject{{"row"_L1, i.row},
                                  {"line"_L1, i.line},
                                  {"column"_L1, i.column},
                                  {"columnName"_L1, i.columnName},
                                  {"field"_L1, i.field},
                                  {"reason"_L1, i.reason}});
    }
    QJsonObject o{{"rows"_L1, r.rows},
                  {"new"_L1, r.newRows},
                  {"updated"_L1, r.updated},
                  {"unchanged"_L1, r.unchanged},
                  {"errors"_L1, r.errorRows},
                  {"issues"_L1, issues},
                  {"issuesTruncated"_L1, r.issuesTruncated},
                  {"encoding"_L1, csvEncodingKey(r.file.encoding)},
                  {"applied"_L1, r.applied},
                  {"elapsedMs"_L1, r.elapsedMs}};
    if (r.applied) {
        o.insert("restorePoint"_L1, r.restorePoint);
        o.insert("rejected"_L1, r.rejected);
    }
    return o;
}

int runImport(CtlContext &ctx)
{
    CsvImportOptions o;
    o.db = ctx.parser.value(u"db"_s);
    o.file = ctx.parser.value(u"file"_s);
    if (o.db.isEmpty() || o.file.isEmpty())
        return ctx.usage(tr("import-csv needs --db NAME and --file FILE."));
    const QString enc = ctx.parser.value(u"encoding"_s);
    if (!enc.isEmpty() && enc != "auto"_L1) {
        const auto e = csvEncodingFromKey(enc);
        if (!e)
            return ctx.usage(tr("--encoding takes auto, utf-8 or cp932, not \"%1\".").arg(enc));
        o.encoding = *e;
    }
    if (ctx.parser.isSet(u"mode"_s)) {
        const auto m = importModeFromKey(ctx.parser.value(u"mode"_s));
        if (!m)
            return ctx.usage(tr("--mode takes insert, update or upsert, not \"%1\".").arg(ctx.parser.value(u"mode"_s)));
        o.mode = *m;
    }
    o.keyField = ctx.parser.value(u"key"_s);
    o.skipErrors = ctx.parser.isSet(u"skip-errors"_s);
    o.rejectsPath = ctx.parser.value(u"rejects"_s);
    if (o.skipErrors && o.rejectsPath.isEmpty())
        return ctx.usage(tr("--skip-errors needs --rejects FILE for the rows that are not imported."));
    const bool dry = ctx.parser.isSet(u"dry-run"_s);
    const bool json = ctx.parser.isSet(u"json"_s);
    CsvImporter importer(ctx.dir, ctx.clock(), ctx.session);
    auto report = dry ? importer.dryRun(o) : importer.apply(o);
    if (!report) {
        // All-or-nothing refusals still tell a script every error: run the dry run for the details.
        if (json && report.error().code == ErrorCode::InvalidArgument) {
            auto details = importer.dryRun(o);
            if (details && details->errorRows > 0)
                ctx.printJson(reportJson(details.value()));
        }
        return ctx.fail(report.error());
    }
    if (json) {
        ctx.printJson(reportJson(report.value()));
        return report->errorRows > 0 && dry ? kFailed : kOk;
    }
    const ImportReport &r = report.value();
    ctx.out << (dry ? tr("Dry run of %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 with errors.")
                    : tr("Imported %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 rejected."))
                   .arg(QDir::toNativeSeparators(o.file), csvEncodingName(r.file.encoding))
                   .arg(r.rows)
                   .arg(r.newRows)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(dry ? r.errorRows : r.rejected)
            << Qt::endl;
    for (const ImportIssue &i : r.issues) {
        ctx.out << tr("  row %1 (line %2), column %3 \"%4\", field \"%5\": %6")
                       .arg(i.row)
                       .arg(i.line)
                       .arg(i.column)
                       .arg(i.columnName, i.field, i.reason)
                << Qt::endl;
    }
    if (r.applied)
        ctx.out << tr("Restore point: %1 (undo with \"rewindctl undo-import %1\").").arg(r.restorePoint) << Qt::endl;
    return dry && r.errorRows > 0 ? kFailed : kOk;
}

int runUndo(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    if (args.size() != 1)
        return ctx.usage(tr("undo-import takes the restore point an import printed."));
    CsvImporter importer(ctx.dir, ctx.clock(), ctx.session);
    if (auto st = importer.undo(args.first()); !st)
        return ctx.fail(st.error());
    ctx.out << tr("Production is back at restore point %1.").arg(args.first()) << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> transferCommands()
{
    const QCommandLineOption json(u"json"_s, tr("Print JSON (stable field names, for scripts)."));
    return {
        {u"export-csv"_s,
         tr("Write one DB of an environment to a CSV file (UTF-8 with BOM by default)."),
         {QCommandLineOption(u"env"_s, tr("Environment: production, or a slot mon, tue, wed, thu, fri, sat, sun."),
                             tr("ENV")),
          QCommandLineOption(u"db"_s, tr("DB name; repeat with --out-dir for several."), tr("NAME")),
          QCommandLineOption(u"fields"_s, tr("Fields to write, comma-separated, in this order (default: all)."),
                             tr("A,B")),
          QCommandLineOption(u"encoding"_s, tr("utf-8-bom (default, Excel), utf-8 or cp932 (Shift_JIS)."), tr("ENC")),
          QCommandLineOption(u"search"_s, tr("Only records containing these words."), tr("TEXT")),
          QCommandLineOption(u"updated-from"_s, tr("Only records updated on or after this date."), tr("DATE")),
          QCommandLineOption(u"updated-to"_s, tr("Only records updated on or before this date."), tr("DATE")),
          QCommandLineOption(u"created-from"_s, tr("Only records created on or after this date."), tr("DATE")),
          QCommandLineOption(u"created-to"_s, tr("Only records created on or before this date."), tr("DATE")),
          QCommandLineOption(u"no-formula-guard"_s,
                             tr("Do not put ' before cells starting with = + - @ (not recommended).")),
          QCommandLineOption(u"out"_s, tr("The CSV file to write."), tr("FILE")),
          QCommandLineOption(u"out-dir"_s, tr("With several --db: a folder for one CSV per DB, named after it."),
                             tr("DIR")),
          json},
         {},
         runExport},
        {u"import-csv"_s,
         tr("Register or update records of a production DB from a CSV file, after a dry run and a restore point."),
         {QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"file"_s, tr("The CSV file."), tr("FILE")),
          QCommandLineOption(u"encoding"_s, tr("auto (default: BOM, valid UTF-8, else CP932), utf-8 or cp932."),
                             tr("ENC")),
          QCommandLineOption(u"mode"_s, tr("insert (new only), update (existing only) or upsert (default)."),
                             tr("MODE")),
          QCommandLineOption(u"key"_s, tr("Match records on this field instead of the record ID."), tr("FIELD")),
          QCommandLineOption(
              u"dry-run"_s,
              tr("Only report what every row would do; write nothing. Exit code 1 when a row has an error.")),
          QCommandLineOption(u"skip-errors"_s, tr("Import the valid rows; write the others to --rejects.")),
          QCommandLineOption(u"rejects"_s, tr("CSV file for rows that were not imported, with a reason column."),
                             tr("FILE")),
          json},
         {},
         runImport},
        {u"undo-import"_s,
         tr("Bring production back to the restore point an import took."),
         {},
         tr("RESTORE_POINT"),
         runUndo},
    };
}

} // namespace Rewind::Ctl
