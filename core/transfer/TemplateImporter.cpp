#include "TemplateImporter.h"

#include "backup/BackupWindow.h"
#include "access/Access.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "history/PendingOperation.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::TemplateImporter", text);
}
} // namespace

QString templateConflictKey(TemplateConflict c)
{
    switch (c) {
    case TemplateConflict::Fail:
        return u"fail"_s;
    case TemplateConflict::Rename:
        return u"rename"_s;
    case TemplateConflict::Replace:
        return u"replace"_s;
    case TemplateConflict::Skip:
        return u"skip"_s;
    }
    return {};
}

std::optional<TemplateConflict> templateConflictFromKey(const QString &key)
{
    for (auto c :
         {TemplateConflict::Fail, TemplateConflict::Rename, TemplateConflict::Replace, TemplateConflict::Skip}) {
        if (templateConflictKey(c) == key.trimmed().toLower())
            return c;
    }
    return std::nullopt;
}

TemplateImporter::TemplateImporter(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

QString TemplateImporter::suggestName(const QString &name, const QStringList &taken)
{
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)"_s.arg(name).arg(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

Result<TemplateImportResult> TemplateImporter::run(const TemplateDocument &doc, const TemplateImportOptions &options)
{
    if (options.dryRun || !options.recordHistory)
        return load(doc, options); // nothing written, or part of a larger change that marks and records itself
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Loading a template")); !st)
        return st.error();
    // Marked while it runs: a failure, or a kill, of the load reaches the history too.
    PendingOperation op(m_dir, m_clock, m_actor.historyName(), u"template-load"_s,
                        tr("Loading the template %1").arg(QFileInfo(options.file).fileName()));
    if (auto st = op.begin(); !st)
        return st.error();
    m_operationId = op.id();
    return op.finish(load(doc, options));
}

Result<TemplateImportResult> TemplateImporter::load(const TemplateDocument &doc, const TemplateImportOptions &options)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (!options.dryRun) {
        if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Loading a template")); !st)
            return st.error();
    }
    auto conn = Production::open(m_dir, u"template-import"_s);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value()->db();
    auto before = Catalog::load(db);
    if (!before)
        return before.error();
    QStringList taken;
    for (const DbDef &d : before->dbs)
        taken.append(d.name);

    // Decide every DB's fate before touching anything.
    TemplateImportResult result;
    for (const TemplateDb &t : doc.dbs) {
        TemplateImportResult::Db r{t.key, t.name, t.name, u"created"_s, 0};
        if (const DbDef *existing = before->dbByName(t.name)) {
            const TemplateConflict c = options.conflicts.value(t.key, options.onConflict);
            switch (c) {
            case TemplateConflict::Fail:
                return makeError(ErrorCode::AlreadyExists,
                                 tr("Production already has a DB named \"%1\". Choose to rename, replace or "
                                    "skip it (rewindctl: --on-conflict rename|replace|skip).")
                                     .arg(t.name));
            case TemplateConflict::Skip:
                r.action = u"skipped"_s;
                r.id = existing->id;
                break;
            case TemplateConflict::Replace: {
                r.action = u"replaced"_s;
                QSqlQuery q(db);
                if (q.exec(u"SELECT count(*) FROM "_s + existing->table()) && q.next())
                    r.deletedRecords = q.value(0).toLongLong();
                break;
            }
            case TemplateConflict::Rename:
                r.name = options.renames.value(t.key).trimmed();
                if (r.name.isEmpty())
                    r.name = suggestName(t.name, taken);
                if (before->dbByName(r.name) ||
                    std::any_of(result.dbs.begin(), result.dbs.end(),
                                [&r](const TemplateImportResult::Db &o) { return o.name == r.name; }))
                    return makeError(ErrorCode::AlreadyExists,
                                     tr("Cannot rename \"%1\" to \"%2\": production already has a DB with that name.")
                                         .arg(t.name, r.name));
                r.action = u"renamed"_s;
                taken.append(r.name);
                break;
            }
        }
        result.dbs.append(r);
    }
    // Resolve links that leave the template.
    QHash<QString, qint64> externalTarget;
    for (const TemplateExternal &e : doc.externals) {
        const QString target = options.links.contains(e.key) ? options.links.value(e.key) : e.name;
        if (target.isEmpty()) {
            externalTarget.insert(e.key, 0);
            continue;
        }
        const DbDef *t = before->dbByName(target);
        if (!t && options.links.contains(e.key))
            return makeError(
                ErrorCode::NotFound,
                tr("The link target \"%1\" (for links to %2) is not a DB in production.").arg(target, e.name));
        externalTarget.insert(e.key, t ? t->id : 0);
    }

    if (!options.dryRun && options.takeRestorePoint) {
        auto rp =
            RestorePointStore(m_dir).create(tr("Before loading a template"), m_clock.now(), Right::ManageSettings);
        if (!rp)
            return rp.error();
        result.restorePoint = rp->id;
    }
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    SchemaEditor editor(db, m_clock);
    // Replaced DBs go first, then every DB is created before any field, so links inside the template resolve.
    QHash<QString, qint64> idOf;
    QHash<qint64, QString> replacedIds; // the old DB's id → the template DB replacing it
    for (auto &r : result.dbs) {
        if (r.action == "skipped"_L1) {
            idOf.insert(r.key, r.id);
            continue;
        }
        if (r.action == "replaced"_L1) {
            const qint64 oldId = before->dbByName(r.templateName)->id;
            replacedIds.insert(oldId, r.key);
            if (auto st = editor.deleteDb(oldId); !st)
                return st.error();
        }
        auto id = editor.createDb(r.name, doc.db(r.key)->description);
        if (!id)
            return makeError(id.error().code, tr("DB \"%1\": %2").arg(r.name, id.error().message));
        r.id = id.value();
        idOf.insert(r.key, r.id);
    }
    for (const auto &r : std::as_const(result.dbs)) {
        if (r.action == "skipped"_L1)
            continue;
        const TemplateDb *t = doc.db(r.key);
        for (const TemplateField &tf : t->fields) {
            FieldDef f;
            f.name = tf.name;
            f.type = tf.type;
            f.required = tf.required;
            f.unique = tf.unique;
            f.choices = tf.choices;
            if (tf.type == FieldType::Link && !tf.linkKey.isEmpty()) {
                if (idOf.contains(tf.linkKey)) {
                    f.linkDbId = idOf.value(tf.linkKey);
                } else {
                    f.linkDbId = externalTarget.value(tf.linkKey);
                    const DbDef *target = before->db(f.linkDbId);
                    result.links.append({r.name, tf.name, target ? target->name : QString()});
                }
            }
            if (auto id = editor.addField(r.id, f); !id)
                return makeError(id.error().code,
                                 tr("DB \"%1\", field \"%2\": %3").arg(r.name, tf.name, id.error().message));
            ++result.fields;
        }
        for (const TemplateSetting &s : t->settings) {
            if (auto id = editor.addSetting(r.id, s.kind, s.name, s.definition); !id)
                return makeError(id.error().code,
                                 tr("DB \"%1\", setting \"%2\": %3").arg(r.name, s.name, id.error().message));
            ++result.settings;
        }
    }
    // Links in production that pointed at a DB this template brings back point at it again:
    // - a DB replaced just now: links to its old id;
    // - a DB deleted earlier: links to its original id, but only when the template comes from this very
    //   workspace (ids of another workspace mean nothing here).
    const bool sameWorkspace = !doc.sourceWorkspaceId.isEmpty() && doc.sourceWorkspaceId == before->workspaceId;
    QHash<qint64, qint64> repoint; // old id → new id
    for (const auto &r : std::as_const(result.dbs)) {
        if (r.action == "skipped"_L1)
            continue;
        const qint64 originalId = r.key.mid(2).toLongLong();
        if (sameWorkspace && originalId != 0 && !before->db(originalId))
            repoint.insert(originalId, r.id);
    }
    for (auto it = replacedIds.cbegin(); it != replacedIds.cend(); ++it)
        repoint.insert(it.key(), idOf.value(it.value()));
    for (const DbDef &d : before->dbs) {
        if (replacedIds.contains(d.id))
            continue; // its fields went with it
        for (const FieldDef &f : d.fields) {
            if (f.type == FieldType::Link && repoint.contains(f.linkDbId)) {
                if (auto st = editor.relinkField(f.id, repoint.value(f.linkDbId)); !st)
                    return st.error();
                result.repointed.append(u"%1.%2"_s.arg(d.name, f.name));
            }
        }
    }
    if (options.dryRun)
        return result; // the Transaction rolls everything back
    if (options.beforeCommit) {
        if (auto st = options.beforeCommit(db, result); !st)
            return st.error(); // the Transaction rolls everything back
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    result.applied = true;
    if (options.recordHistory) {
        QJsonArray dbs;
        QStringList summary;
        for (const auto &r : std::as_const(result.dbs)) {
            dbs.append(QJsonObject{{"template"_L1, r.templateName},
                                   {"name"_L1, r.name},
                                   {"action"_L1, r.action},
                                   {"deletedRecords"_L1, r.deletedRecords}});
            summary.append(r.action == "created"_L1 ? r.name : u"%1 (%2)"_s.arg(r.name, r.action));
        }
        QJsonArray links;
        for (const auto &l : std::as_const(result.links))
            links.append(QJsonObject{{"db"_L1, l.db}, {"field"_L1, l.field}, {"target"_L1, l.target}});
        (void)HistoryStore(m_dir).append(
            m_clock.now(), m_actor.historyName(), u"template-load"_s,
            tr("Loaded the template %1: %2").arg(QFileInfo(options.file).fileName(), summary.join(u", "_s)),
            QJsonObject{{"file"_L1, options.file},
                        {"dbs"_L1, dbs},
                        {"links"_L1, links},
                        {"repointed"_L1, QJsonArray::fromStringList(result.repointed)},
                        {"restorePoint"_L1, result.restorePoint},
                        {"operation"_L1, m_operationId}});
    }
    return result;
}

} // namespace Rewind
