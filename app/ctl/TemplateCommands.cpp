#include "TemplateCommands.h"

#include "CtlContext.h"

#include "transfer/DbRestorer.h"
#include "transfer/SettingsDiff.h"
#include "transfer/TemplateExporter.h"
#include "transfer/TemplateImporter.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

QJsonObject importJson(const TemplateImportResult &r)
{
    QJsonArray dbs;
    for (const auto &d : r.dbs)
        dbs.append(QJsonObject{
            {"template"_L1, d.templateName}, {"name"_L1, d.name}, {"action"_L1, d.action}, {"id"_L1, d.id}});
    QJsonArray links;
    for (const auto &l : r.links)
        links.append(
            QJsonObject{{"db"_L1, l.db},
                        {"field"_L1, l.field},
                        {"target"_L1, l.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(l.target)}});
    return QJsonObject{{"dbs"_L1, dbs},
                       {"links"_L1, links},
                       {"fields"_L1, r.fields},
                       {"settings"_L1, r.settings},
                       {"repointed"_L1, QJsonArray::fromStringList(r.repointed)},
                       {"restorePoint"_L1, r.restorePoint},
                       {"applied"_L1, r.applied}};
}

int runExport(CtlContext &ctx)
{
    TemplateExportOptions o;
    const auto env = EnvironmentId::parse(ctx.parser.value(u"env"_s));
    if (!env)
        return ctx.usage(tr("Say which environment with --env production|mon|tue|wed|thu|fri|sat|sun."));
    o.env = *env;
    o.dbs = ctx.parser.values(u"db"_s);
    if (o.dbs.isEmpty())
        return ctx.usage(tr("Name at least one DB with --db NAME (repeat --db for more)."));
    if (ctx.parser.isSet(u"with-related"_s) && ctx.parser.isSet(u"without-related"_s))
        return ctx.usage(tr("Use --with-related or --without-related, not both."));
    o.withRelated = !ctx.parser.isSet(u"without-related"_s);
    o.leaveOut = ctx.parser.values(u"leave-out"_s);
    o.outPath = ctx.parser.value(u"out"_s);
    if (o.outPath.isEmpty())
        return ctx.usage(tr("Say where to write with --out FILE."));
    auto r = TemplateExporter(ctx.dir, ctx.clock(), ctx.session).run(o);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray omitted;
        for (const auto &om : r->omitted)
            omitted.append(QJsonObject{{"db"_L1, om.db}, {"item"_L1, om.item}, {"reason"_L1, om.reason}});
        ctx.printJson(QJsonObject{{"file"_L1, QDir::toNativeSeparators(r->path)},
                                  {"dbs"_L1, QJsonArray::fromStringList(r->dbs)},
                                  {"omitted"_L1, omitted},
                                  {"danglingLinks"_L1, QJsonArray::fromStringList(r->danglingLinks)}});
        return kOk;
    }
    ctx.out << tr("Wrote the template of %1 to %2.").arg(r->dbs.join(u", "_s), QDir::toNativeSeparators(r->path))
            << Qt::endl;
    for (const auto &om : r->omitted)
        ctx.out << tr("  not in the template: %1 — %2 (%3)").arg(om.db, om.item, om.reason) << Qt::endl;
    for (const QString &d : r->danglingLinks)
        ctx.out << tr("  link to a DB outside the template: %1").arg(d) << Qt::endl;
    return kOk;
}

int runImport(CtlContext &ctx)
{
    const QString file = ctx.parser.value(u"file"_s);
    if (file.isEmpty())
        return ctx.usage(tr("Say which template with --file FILE."));
    TemplateImportOptions o;
    o.file = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    if (ctx.parser.isSet(u"on-conflict"_s)) {
        const auto c = templateConflictFromKey(ctx.parser.value(u"on-conflict"_s));
        if (!c)
            return ctx.usage(tr("--on-conflict takes rename, replace, skip or fail, not \"%1\".")
                                 .arg(ctx.parser.value(u"on-conflict"_s)));
        o.onConflict = *c;
    }
    auto doc = TemplateDocument::read(file);
    if (!doc)
        return ctx.fail(doc.error());
    for (const QString &spec : ctx.parser.values(u"link"_s)) {
        const qsizetype eq = spec.indexOf(u'=');
        if (eq <= 0)
            return ctx.usage(
                tr("--link takes DB=TARGET (TARGET empty to leave the link unlinked), not \"%1\".").arg(spec));
        const QString from = spec.left(eq).trimmed();
        const auto ext = std::find_if(doc->externals.begin(), doc->externals.end(),
                                      [&from](const TemplateExternal &e) { return e.name == from; });
        if (ext == doc->externals.end())
            return ctx.usage(tr("The template has no link to a DB named \"%1\" outside it.").arg(from));
        o.links.insert(ext->key, spec.mid(eq + 1).trimmed());
    }
    o.dryRun = ctx.parser.isSet(u"dry-run"_s);
    auto r = TemplateImporter(ctx.dir, ctx.clock(), ctx.session).run(doc.value(), o);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(importJson(r.value()));
        return kOk;
    }
    ctx.out << (o.dryRun ? tr("Dry run: the template would make these changes; nothing was written.")
                         : tr("Template loaded."))
            << Qt::endl;
    for (const auto &d : r->dbs) {
        ctx.out << u"  %1 → %2 (%3)"_s.arg(d.templateName, d.name, d.action);
        if (d.action == "replaced"_L1)
            ctx.out << tr(", %1 records of the old DB deleted").arg(d.deletedRecords);
        ctx.out << Qt::endl;
    }
    for (const auto &l : r->links)
        ctx.out << tr("  link %1.%2 → %3").arg(l.db, l.field, l.target.isEmpty() ? tr("(unlinked)") : l.target)
                << Qt::endl;
    for (const QString &p : r->repointed)
        ctx.out << tr("  re-pointed %1 at the loaded DB").arg(p) << Qt::endl;
    if (!r->restorePoint.isEmpty())
        ctx.out << tr("Restore point: %1 (undo with \"rewindctl undo-import %1\").").arg(r->restorePoint) << Qt::endl;
    return kOk;
}

int runTemplate(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    if (args.size() != 1 || (args.first() != "export"_L1 && args.first() != "import"_L1))
        return ctx.usage(
            tr("template takes export or import: \"rewindctl template export …\" or \"rewindctl template import …\"."));
    return args.first() == "export"_L1 ? runExport(ctx) : runImport(ctx);
}

int runRestoreDb(CtlContext &ctx)
{
    const auto slot = weekdayFromKey(ctx.parser.value(u"from"_s));
    if (!slot)
        return ctx.usage(tr("Say which generation with --from mon|tue|wed|thu|fri|sat|sun."));
    DbRestorer restorer(ctx.dir, ctx.clock(), ctx.session);
    if (!ctx.parser.isSet(u"db"_s)) {
        auto deleted = restorer.deletedDbs(*slot);
        if (!deleted)
            return ctx.fail(deleted.error());
        if (deleted->isEmpty())
            ctx.out << tr("Production has every DB the %1 generation has.").arg(weekdayName(*slot)) << Qt::endl;
        for (const DeletedDb &d : deleted.value())
            ctx.out << tr("%1: %2 records in the generation; linked from %3")
                           .arg(d.name)
                           .arg(d.records)
                           .arg(d.linkedFrom.isEmpty() ? tr("nothing") : d.linkedFrom.join(u", "_s))
                    << Qt::endl;
        return kOk;
    }
    const bool dry = ctx.parser.isSet(u"dry-run"_s);
    auto r = restorer.restore(*slot, ctx.parser.value(u"db"_s), dry);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonObject o = importJson(r->schema);
        o.insert("records"_L1, r->records);
        o.insert("danglingLinks"_L1, r->danglingLinks);
        o.insert("restorePoint"_L1, r->restorePoint);
        o.insert("applied"_L1, r->applied);
        ctx.printJson(o);
        return kOk;
    }
    ctx.out << (dry ? tr("Dry run: %1 would come back with %2 fields, %3 settings and %4 records; nothing was written.")
                    : tr("%1 is back: %2 fields, %3 settings, %4 records with their original IDs."))
                   .arg(ctx.parser.value(u"db"_s))
                   .arg(r->schema.fields)
                   .arg(r->schema.settings)
                   .arg(r->records)
            << Qt::endl;
    for (const QString &p : r->schema.repointed)
        ctx.out << tr("  re-pointed %1 at the loaded DB").arg(p) << Qt::endl;
    if (r->danglingLinks > 0)
        ctx.out << tr("  %1 link values point at records deleted since the generation; they resolve if those come back "
                      "too.")
                       .arg(r->danglingLinks)
                << Qt::endl;
    if (!r->restorePoint.isEmpty())
        ctx.out << tr("Restore point: %1 (undo with \"rewindctl undo-import %1\").").arg(r->restorePoint) << Qt::endl;
    return kOk;
}
int runSettings(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    if (args.size() != 1 || (args.first() != "diff"_L1 && args.first() != "apply"_L1))
        return ctx.usage(tr("settings takes diff or apply: \"rewindctl settings diff --env mon --db NAME\"."));
    const auto slot = weekdayFromKey(ctx.parser.value(u"env"_s));
    if (!slot)
        return ctx.usage(tr("Say which generation to compare production with: --env mon|tue|wed|thu|fri|sat|sun."));
    const QString db = ctx.parser.value(u"db"_s);
    if (db.isEmpty())
        return ctx.usage(tr("Say which DB with --db NAME."));
    SettingsDiff diff(ctx.dir, ctx.clock(), ctx.session);
    auto list = diff.compare(*slot, db);
    if (!list)
        return ctx.fail(list.error());
    if (args.first() == "diff"_L1) {
        if (ctx.parser.isSet(u"json"_s)) {
            QJsonArray out;
            for (qsizetype i = 0; i < list->size(); ++i) {
                const SettingsDifference &d = list->at(i);
                out.append(QJsonObject{
                    {"id"_L1, d.id()},
                    {"kind"_L1, settingsDifferenceKindKey(d.kind)},
                    {"name"_L1, d.name},
                    {"setting"_L1, d.setting ? QJsonValue(settingKindKey(*d.setting)) : QJsonValue(QJsonValue::Null)},
                    {"generation"_L1, d.before},
                    {"production"_L1, d.after},
                    {"reapply"_L1, d.reapplyEffect()},
                    {"destructive"_L1, d.destructive()}});
            }
            ctx.printJson(QJsonObject{{"db"_L1, db}, {"generation"_L1, weekdayKey(*slot)}, {"differences"_L1, out}});
            return kOk;
        }
        if (list->isEmpty())
            ctx.out << tr("The settings of %1 are the same in production and the %2 generation.")
                           .arg(db, weekdayName(*slot))
                    << Qt::endl;
        for (qsizetype i = 0; i < list->size(); ++i) {
            const SettingsDifference &d = list->at(i);
            ctx.out << u"%1  [%2] %3"_s.arg(d.id(), settingsDifferenceKindKey(d.kind), d.name) << Qt::endl;
            ctx.out << tr("     generation: %1")
                           .arg(d.before.isEmpty() ? tr("(none)") : QString(d.before).replace(u'\n', u"; "_s))
                    << Qt::endl;
            ctx.out << tr("     production: %1")
                           .arg(d.after.isEmpty() ? tr("(none)") : QString(d.after).replace(u'\n', u"; "_s))
                    << Qt::endl;
            ctx.out << tr("     re-applying would %1").arg(d.reapplyEffect()) << Qt::endl;
        }
        return kOk;
    }
    QList<SettingsDifference> chosen;
    if (ctx.parser.isSet(u"all"_s)) {
        chosen = list.value();
    } else {
        // Differences are named by their id from "settings diff": a number would silently mean another
        // difference if production changed in between.
        for (const QString &id : ctx.parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto it = std::find_if(list->begin(), list->end(),
                                         [&id](const SettingsDifference &d) { return d.id() == id.trimmed(); });
            if (it == list->end())
                return ctx.fail(makeError(
                    ErrorCode::InvalidArgument,
                    tr("No current difference has the id \"%1\". Production may have changed since \"settings diff\": "
                       "run it again.")
                        .arg(id.trimmed())));
            chosen.append(*it);
        }
    }
    if (chosen.isEmpty())
        return ctx.usage(tr("Choose what to re-apply: --only ID,ID (the ids \"settings diff\" prints) or --all."));
    auto rp = diff.reapply(*slot, db, chosen);
    if (!rp)
        return ctx.fail(rp.error());
    ctx.out << tr("Re-applied %1 differences to %2. Restore point: %3 (undo with \"rewindctl undo-import %3\").")
                   .arg(chosen.size())
                   .arg(db, rp.value())
            << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> templateCommands()
{
    const QCommandLineOption json(u"json"_s, tr("Print JSON (stable field names, for scripts)."));
    return {
        {u"template"_s,
         tr("Export DB settings as a template file (template export), or load one into production (template import)."),
         {QCommandLineOption(u"env"_s, tr("export: the environment to read, production or mon … sun."), tr("ENV")),
          QCommandLineOption(u"db"_s, tr("export: a DB to include; repeat for more."), tr("NAME")),
          QCommandLineOption(u"with-related"_s, tr("export: also include every DB linked with them (the default).")),
          QCommandLineOption(u"without-related"_s, tr("export: only the DBs named.")),
          QCommandLineOption(u"leave-out"_s, tr("export: a related DB not to include; repeat for more."), tr("NAME")),
          QCommandLineOption(u"out"_s, tr("export: the template file to write."), tr("FILE")),
          QCommandLineOption(u"file"_s, tr("import: the template file."), tr("FILE")),
          QCommandLineOption(
              u"on-conflict"_s,
              tr("import: when production has a DB of the same name: rename, replace, skip or fail (default)."),
              tr("HOW")),
          QCommandLineOption(u"link"_s,
                             tr("import: link fields to DB outside the template go to production DB TARGET (empty: "
                                "unlinked); repeat."),
                             tr("DB=TARGET")),
          QCommandLineOption(u"dry-run"_s, tr("import: show what would be created; write nothing.")), json},
         tr("export|import"),
         runTemplate},
        {u"restore-db"_s,
         tr("Bring back a DB deleted from production, with its settings and records, from a generation."),
         {QCommandLineOption(u"from"_s, tr("The generation that still has the DB: mon … sun."), tr("SLOT")),
          QCommandLineOption(u"db"_s, tr("The DB to restore; without it, list the DBs production lacks."), tr("NAME")),
          QCommandLineOption(u"dry-run"_s, tr("Show what would come back; write nothing.")), json},
         {},
         runRestoreDb},
        {u"settings"_s,
         tr("Compare a DB's settings in a generation with production (settings diff), and re-apply chosen differences "
            "(settings apply)."),
         {QCommandLineOption(u"env"_s, tr("The generation to compare with: mon … sun."), tr("SLOT")),
          QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"only"_s, tr("apply: the differences to re-apply, by the ids \"settings diff\" prints."),
                             tr("ID,ID")),
          QCommandLineOption(u"all"_s, tr("apply: re-apply every difference.")), json},
         tr("diff|apply"),
         runSettings},
    };
}

} // namespace Rewind::Ctl
