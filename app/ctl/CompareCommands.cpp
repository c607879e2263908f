#include "CompareCommands.h"

#include "CtlContext.h"

#include "compare/RecordDiff.h"
#include "compare/RecordRestorer.h"
#include "compare/RecordTimeline.h"
#include "transfer/FieldValues.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

/// A stored value as people read it, through the field's definition on the side that has it.
QString shown(const Catalog *primary, const Catalog *other, const RecordChange &c, const FieldDelta &f,
              const QVariant &value)
{
    if (value.isNull())
        return {};
    for (const Catalog *cat : {primary, other}) {
        if (!cat)
            continue;
        if (const DbDef *db = cat->db(c.dbId)) {
            if (const FieldDef *field = db->field(f.fieldId))
                return FieldValues::canonical(*field, value);
        }
    }
    return value.toString();
}

QString quoted(const QString &text)
{
    QString t = text;
    t.replace(u'\\', u"\\\\"_s);
    t.replace(u'"', u"\\\""_s);
    t.replace(u'\n', u"\\n"_s);
    return u'"' + t + u'"';
}

int runDiff(CtlContext &ctx)
{
    DiffOptions o;
    const auto from = EnvironmentId::parse(ctx.parser.value(u"from"_s));
    const auto to =
        EnvironmentId::parse(ctx.parser.value(u"to"_s).isEmpty() ? u"production"_s : ctx.parser.value(u"to"_s));
    if (!from || !to)
        return ctx.usage(tr("diff needs --from ENV and optionally --to ENV (production, or mon … sun)."));
    o.from = *from;
    o.to = *to;
    o.dbs = ctx.parser.values(u"db"_s);
    QSet<QString> kinds;
    for (const QString &k : ctx.parser.values(u"kind"_s)) {
        if (k != "added"_L1 && k != "deleted"_L1 && k != "changed"_L1)
            return ctx.usage(tr("--kind takes added, deleted or changed, not \"%1\".").arg(k));
        kinds.insert(k);
    }
    const bool summaryOnly = ctx.parser.isSet(u"summary"_s);
    const bool json = ctx.parser.isSet(u"json"_s);

    // The catalogs name fields and format values; the compare itself checks the right to read each side.
    auto toCatalog = Environments::loadCatalog(ctx.dir, ctx.session, o.to);
    auto fromCatalog = Environments::loadCatalog(ctx.dir, ctx.session, o.from);
    if (!toCatalog)
        return ctx.fail(toCatalog.error());
    if (!fromCatalog)
        return ctx.fail(fromCatalog.error());
    const Catalog *toCat = &toCatalog.value();
    const Catalog *fromCat = &fromCatalog.value();

    QJsonArray changes;
    RecordDiff::Sink sink;
    if (!summaryOnly) {
        sink = [&](const RecordChange &c) {
            if (!kinds.isEmpty() && !kinds.contains(changeKindKey(c.kind)))
                return true;
            if (json) {
                QJsonArray fields;
                for (const FieldDelta &f : c.fields) {
                    QJsonObject fo{{"field"_L1, f.field}};
                    if (c.kind != ChangeKind::Added)
                        fo.insert("before"_L1, f.before.isNull() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(shown(fromCat, toCat, c, f, f.before)));
                    if (c.kind != ChangeKind::Deleted)
                        fo.insert("after"_L1, f.after.isNull() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(shown(toCat, fromCat, c, f, f.after)));
                    fields.append(fo);
                }
                changes.append(QJsonObject{
                    {"db"_L1, c.db}, {"rid"_L1, c.rid}, {"kind"_L1, changeKindKey(c.kind)}, {"fields"_L1, fields}});
                return true;
            }
            QStringList parts;
            if (c.kind == ChangeKind::Changed) {
                for (const FieldDelta &f : c.fields)
                    parts.append(u"%1: %2 → %3"_s.arg(f.field, quoted(shown(fromCat, toCat, c, f, f.before)),
                                                      quoted(shown(toCat, fromCat, c, f, f.after))));
            } else {
                const bool added = c.kind == ChangeKind::Added;
                for (const FieldDelta &f : c.fields) {
                    const QVariant &v = added ? f.after : f.before;
                    if (!v.isNull())
                        parts.append(u"%1: %2"_s.arg(
                            f.field, quoted(shown(added ? toCat : fromCat, added ? fromCat : toCat, c, f, v))));
                }
            }
            const QString kind = c.kind == ChangeKind::Added     ? tr("added")
                                 : c.kind == ChangeKind::Deleted ? tr("deleted")
                                                                 : tr("changed");
            ctx.out << u"%1 #%2 %3  %4"_s.arg(c.db).arg(c.rid).arg(kind, parts.join(u"; "_s)) << Qt::endl;
            return true;
        };
    }
    RecordDiff diff(ctx.dir, ctx.session);
    diff.setProgress([printer = ctx.progressPrinter()](qint64 done, qint64 total) {
        if (printer)
            printer(int(total > 0 ? done * 100 / total : 100), tr("Comparing"));
    });
    auto result = diff.run(o, sink);
    if (!result)
        return ctx.fail(result.error(), result.error().code == ErrorCode::InvalidArgument ? kUsage : kFailed);
    if (json) {
        QJsonArray dbs;
        for (const DbDiff &d : result.value()) {
            dbs.append(QJsonObject{{"db"_L1, d.db},
                                   {"added"_L1, d.added},
                                   {"deleted"_L1, d.deleted},
                                   {"changed"_L1, d.changed},
                                   {"unchanged"_L1, d.unchanged},
                                   {"dbOnlyIn"_L1, d.onlyInFrom ? QJsonValue(o.from.key())
                                                   : d.onlyInTo ? QJsonValue(o.to.key())
                                                                : QJsonValue(QJsonValue::Null)},
                                   {"fieldsOnlyInFrom"_L1, QJsonArray::fromStringList(d.fieldsOnlyInFrom)},
                                   {"fieldsOnlyInTo"_L1, QJsonArray::fromStringList(d.fieldsOnlyInTo)}});
        }
        QJsonObject doc{{"from"_L1, o.from.key()}, {"to"_L1, o.to.key()}, {"dbs"_L1, dbs}};
        if (!summaryOnly)
            doc.insert("changes"_L1, changes);
        ctx.printJson(doc);
        return kOk;
    }
    ctx.out << tr("From %1 to %2:").arg(o.from.displayName(), o.to.displayName()) << Qt::endl;
    for (const DbDiff &d : result.value()) {
        QString line = tr("  %1: %2 added, %3 deleted, %4 changed, %5 unchanged")
                           .arg(d.db)
                           .arg(d.added)
                           .arg(d.deleted)
                           .arg(d.changed)
                           .arg(d.unchanged);
        if (d.onlyInFrom)
            line += tr(" (the DB is gone)");
        if (d.onlyInTo)
            line += tr(" (a new DB)");
        ctx.out << line << Qt::endl;
    }
    return kOk;
}

int runRestoreRecords(CtlContext &ctx)
{
    RecordRestoreOptions o;
    const auto from = weekdayFromKey(ctx.parser.value(u"from"_s));
    if (!from)
        return ctx.usage(tr("restore-records needs --from mon … sun (the generation to take the records from)."));
    o.from = *from;
    o.db = ctx.parser.value(u"db"_s);
    if (o.db.isEmpty())
        return ctx.usage(tr("restore-records needs --db NAME."));
    for (const QString &part : ctx.parser.value(u"ids"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usage(tr("--ids takes record IDs separated by commas, not \"%1\".").arg(part));
        o.ids.append(id);
    }
    if (o.ids.isEmpty())
        return ctx.usage(tr("restore-records needs --ids ID[,ID…]."));
    o.fields = ctx.parser.value(u"fields"_s).split(u',', Qt::SkipEmptyParts);
    for (QString &f : o.fields)
        f = f.trimmed();
    o.withLinked = ctx.parser.isSet(u"with-linked"_s);
    o.dryRun = !ctx.parser.isSet(u"yes"_s);
    auto r = RecordRestorer(ctx.dir, ctx.clock(), ctx.session).run(o);
    if (!r)
        return ctx.fail(r.error(), r.error().code == ErrorCode::InvalidArgument ? kUsage : kFailed);
    auto action = [](RecordRestoreStep::Action a) {
        switch (a) {
        case RecordRestoreStep::Action::Recreate:
            return u"recreate"_s;
        case RecordRestoreStep::Action::Update:
            return u"update"_s;
        case RecordRestoreStep::Action::Unchanged:
            break;
        }
        return u"unchanged"_s;
    };
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray steps, links, conflicts;
        for (const RestoreConflict &c : r->conflicts)
            conflicts.append(
                QJsonObject{{"db"_L1, c.db}, {"rid"_L1, c.rid}, {"field"_L1, c.field}, {"reason"_L1, c.reason}});
        for (const RecordRestoreStep &st : r->steps)
            steps.append(QJsonObject{{"db"_L1, st.db},
                                     {"rid"_L1, st.rid},
                                     {"action"_L1, action(st.action)},
                                     {"fields"_L1, QJsonArray::fromStringList(st.fields)},
                                     {"linked"_L1, st.linked}});
        for (const MissingLink &m : r->missingLinks)
            links.append(QJsonObject{{"db"_L1, m.db},
                                     {"rid"_L1, m.rid},
                                     {"field"_L1, m.field},
                                     {"targetDb"_L1, m.targetDb},
                                     {"targetRid"_L1, m.targetRid},
                                     {"inGeneration"_L1, m.inGeneration}});
        ctx.printJson(QJsonObject{
            {"applied"_L1, r->applied},
            {"restorePoint"_L1, r->restorePoint.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r->restorePoint)},
            {"steps"_L1, steps},
            {"missingLinks"_L1, links},
            {"conflicts"_L1, conflicts}});
        return kOk;
    }
    for (const RecordRestoreStep &st : r->steps) {
        const QString what = st.action == RecordRestoreStep::Action::Recreate ? tr("comes back with its ID")
                             : st.action == RecordRestoreStep::Action::Update
                                 ? tr("gets that day's %1").arg(st.fields.join(u", "_s))
                                 : tr("is already as it was");
        ctx.out << u"%1 #%2 %3%4"_s.arg(st.db).arg(st.rid).arg(what, st.linked ? tr(" (linked)") : QString())
                << Qt::endl;
    }
    for (const MissingLink &m : r->missingLinks) {
        ctx.out << tr("%1 #%2: %3 links to %4 #%5, which production does not have%6")
                       .arg(m.db)
                       .arg(m.rid)
                       .arg(m.field, m.targetDb)
                       .arg(m.targetRid)
                       .arg(m.inGeneration ? tr(" (add --with-linked to bring it back too)") : QString())
                << Qt::endl;
    }
    for (const RestoreConflict &c : r->conflicts)
        ctx.out << tr("%1 #%2, %3: %4").arg(c.db).arg(c.rid).arg(c.field, c.reason) << Qt::endl;
    if (r->applied)
        ctx.out << tr("Restored. Undo with: rewindctl undo-import %1").arg(r->restorePoint) << Qt::endl;
    else if (o.dryRun)
        ctx.out << tr("Dry run: nothing was changed. Add --yes to restore.") << Qt::endl;
    return kOk;
}

QString when(const EnvironmentId &env, const QDateTime &at)
{
    return env.isProduction() ? env.displayName()
                              : u"%1 (%2)"_s.arg(env.displayName(), at.toString(u"yyyy-MM-dd HH:mm"_s));
}

int runTimeline(CtlContext &ctx)
{
    const QString db = ctx.parser.value(u"db"_s);
    bool ok = false;
    const qint64 rid = ctx.parser.value(u"id"_s).toLongLong(&ok);
    if (db.isEmpty() || !ok || rid <= 0)
        return ctx.usage(tr("timeline needs --db NAME and --id RECORD_ID."));
    auto t = RecordTimeline(ctx.dir, ctx.session).run(db, rid);
    if (!t)
        return ctx.fail(t.error());
    auto kind = [](TimelineEvent::Kind k) {
        switch (k) {
        case TimelineEvent::Kind::Appeared:
            return u"appeared"_s;
        case TimelineEvent::Kind::Changed:
            return u"changed"_s;
        case TimelineEvent::Kind::Disappeared:
            return u"disappeared"_s;
        case TimelineEvent::Kind::Reappeared:
            break;
        }
        return u"reappeared"_s;
    };
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray versions, events;
        for (const RecordVersion &v : t->versions)
            versions.append(QJsonObject{{"env"_L1, v.env.key()},
                                        {"takenAt"_L1, v.takenAt.isValid() ? QJsonValue(v.takenAt.toString(Qt::ISODate))
                                                                           : QJsonValue(QJsonValue::Null)},
                                        {"present"_L1, v.present}});
        for (const TimelineEvent &e : t->events) {
            QJsonArray fields;
            for (const FieldDelta &f : e.fields)
                fields.append(QJsonObject{{"field"_L1, f.field},
                                          {"before"_L1, QJsonValue::fromVariant(f.before)},
                                          {"after"_L1, QJsonValue::fromVariant(f.after)}});
            events.append(QJsonObject{{"kind"_L1, kind(e.kind)}, {"env"_L1, e.env.key()}, {"fields"_L1, fields}});
        }
        ctx.printJson(
            QJsonObject{{"db"_L1, t->db}, {"rid"_L1, t->rid}, {"versions"_L1, versions}, {"events"_L1, events}});
        return kOk;
    }
    ctx.out << tr("%1 #%2 through the week:").arg(t->db).arg(t->rid) << Qt::endl;
    for (const TimelineEvent &e : t->events) {
        QString line;
        switch (e.kind) {
        case TimelineEvent::Kind::Appeared:
            line = tr("first seen in %1");
            break;
        case TimelineEvent::Kind::Changed:
            line = tr("changed, first seen in %1");
            break;
        case TimelineEvent::Kind::Disappeared:
            line = tr("gone in %1");
            break;
        case TimelineEvent::Kind::Reappeared:
            line = tr("back in %1");
            break;
        }
        QStringList parts;
        for (const FieldDelta &f : e.fields)
            parts.append(u"%1: %2 → %3"_s.arg(f.field, quoted(f.before.toString()), quoted(f.after.toString())));
        const RecordVersion &v = *std::find_if(t->versions.cbegin(), t->versions.cend(),
                                               [&e](const RecordVersion &r) { return r.env == e.env; });
        ctx.out << u"  "_s << line.arg(when(v.env, v.takenAt))
                << (parts.isEmpty() ? QString() : u"  "_s + parts.join(u"; "_s)) << Qt::endl;
    }
    return kOk;
}

int runFind(CtlContext &ctx)
{
    const QString db = ctx.parser.value(u"db"_s);
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    if (db.isEmpty() || args.isEmpty())
        return ctx.usage(tr("find needs --db NAME and the text to look for."));
    auto found = RecordTimeline(ctx.dir, ctx.session).find(db, ctx.parser.value(u"field"_s), args.join(u' '));
    if (!found)
        return ctx.fail(found.error());
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray envs;
        for (const SlotMatch &m : found.value()) {
            QJsonArray rids;
            for (qint64 r : m.rids)
                rids.append(r);
            envs.append(QJsonObject{{"env"_L1, m.env.key()}, {"count"_L1, m.count}, {"rids"_L1, rids}});
        }
        ctx.printJson(QJsonObject{{"db"_L1, db}, {"environments"_L1, envs}});
        return kOk;
    }
    for (const SlotMatch &m : found.value()) {
        QStringList ids;
        for (qint64 r : m.rids)
            ids.append(u'#' + QString::number(r));
        ctx.out << u"%1  %2  %3"_s.arg(when(m.env, m.takenAt), -28)
                       .arg(QCoreApplication::translate("Rewind::Ctl", "%n record(s)", nullptr, int(m.count)), -12)
                       .arg(ids.join(u' '))
                << Qt::endl;
    }
    return kOk;
}
} // namespace

QList<Command> compareCommands()
{
    return {
        {u"diff"_s,
         tr("Compare a generation with production (or two generations): per DB the records added, deleted and "
            "changed since, and each change, old → new."),
         {QCommandLineOption(u"from"_s, tr("The earlier side: mon … sun (or production)."), tr("ENV")),
          QCommandLineOption(u"to"_s, tr("The later side (default production)."), tr("ENV")),
          QCommandLineOption(u"db"_s, tr("Only this DB; repeat for more."), tr("NAME")),
          QCommandLineOption(u"kind"_s, tr("Only changes of this kind: added, deleted or changed; repeatable."),
                             tr("KIND")),
          QCommandLineOption(u"summary"_s, tr("Only the counts per DB.")),
          QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."))},
         {},
         runDiff},
        {u"restore-records"_s,
         tr("Put chosen records back from a generation: deleted ones with their original IDs, changed ones with "
            "that day's values (all fields or --fields). A dry run unless --yes; then one transaction after a "
            "restore point, undone with undo-import."),
         {QCommandLineOption(u"from"_s, tr("The generation: mon … sun."), tr("SLOT")),
          QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"ids"_s, tr("Record IDs, separated by commas."), tr("IDS")),
          QCommandLineOption(u"fields"_s, tr("Only these fields of records production still has (comma-separated)."),
                             tr("NAMES")),
          QCommandLineOption(u"with-linked"_s, tr("Also bring back linked records production lacks.")),
          QCommandLineOption(u"yes"_s, tr("Restore (without it: only say what would be written).")),
          QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."))},
         {},
         runRestoreRecords},
        {u"timeline"_s,
         tr("A record's week: when it first appears in the generations, each field change with the day it was "
            "first seen, and the day it disappeared."),
         {QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"id"_s, tr("The record ID."), tr("ID")),
          QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."))},
         {},
         runTimeline},
        {u"find"_s,
         tr("Which generations (and production) have records of a DB containing a text, e.g. \"it was there last "
            "week\"; width- and case-insensitive."),
         {QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"field"_s, tr("Only this field (default: every searchable field)."), tr("FIELD")),
          QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."))},
         tr("TEXT"),
         runFind},
    };
}

} // namespace Rewind::Ctl
