#include "TemplateExporter.h"

#include "access/Access.h"
#include "util/Clock.h"
#include "workspace/Environments.h"

#include <QCoreApplication>
#include <QSet>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::TemplateExporter", text);
}
} // namespace

TemplateExporter::TemplateExporter(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<QList<RelatedDb>> TemplateExporter::related(const EnvironmentId &env, const QStringList &dbs,
                                                   const QStringList &exclude) const
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    auto cat = Environments::loadCatalog(m_dir, m_actor, env);
    if (!cat)
        return cat.error();
    QSet<qint64> seen;
    QList<qint64> queue;
    for (const QString &name : dbs) {
        const DbDef *d = cat->dbByName(name);
        if (!d)
            return makeError(ErrorCode::NotFound,
                             tr("There is no DB named \"%1\" in %2.").arg(name, env.displayName()));
        seen.insert(d->id);
        queue.append(d->id);
    }
    // A DB left out is a wall: what is reached only through it stays out too.
    for (const QString &name : exclude) {
        if (const DbDef *d = cat->dbByName(name))
            seen.insert(d->id);
    }
    QList<RelatedDb> out;
    // Breadth first over links in both directions; each DB is reported with the first relation found.
    while (!queue.isEmpty()) {
        const DbDef *current = cat->db(queue.takeFirst());
        for (const DbDef &other : cat->dbs) {
            for (const FieldDef &f : other.fields) {
                if (f.type != FieldType::Link)
                    continue;
                qint64 found = 0;
                QString relation;
                if (other.id == current->id && f.linkDbId != 0 && cat->db(f.linkDbId) && !seen.contains(f.linkDbId)) {
                    found = f.linkDbId;
                    relation = tr("linked from %1 through its field %2").arg(current->name, f.name);
                } else if (f.linkDbId == current->id && !seen.contains(other.id)) {
                    found = other.id;
                    relation = tr("links to %1 through its field %2").arg(current->name, f.name);
                }
                if (found) {
                    seen.insert(found);
                    queue.append(found);
                    out.append({found, cat->db(found)->name, relation});
                }
            }
        }
    }
    return out;
}

Result<TemplateDocument> TemplateExporter::build(const TemplateExportOptions &options, QStringList *dangling) const
{
    if (options.dbs.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Choose at least one DB for the template."));
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    auto cat = Environments::loadCatalog(m_dir, m_actor, options.env);
    if (!cat)
        return cat.error();
    QList<qint64> ids;
    for (const QString &name : options.dbs) {
        const DbDef *d = cat->dbByName(name);
        if (!d)
            return makeError(ErrorCode::NotFound,
                             tr("There is no DB named \"%1\" in %2.").arg(name, options.env.displayName()));
        ids.append(d->id);
    }
    if (options.withRelated) {
        auto rel = related(options.env, options.dbs, options.leaveOut);
        if (!rel)
            return rel.error();
        for (const RelatedDb &r : rel.value()) {
            if (!options.leaveOut.contains(r.name))
                ids.append(r.id);
        }
    }
    TemplateDocument doc = TemplateDocument::fromCatalog(cat.value(), ids, options.env.key(), m_clock.now());
    if (dangling) {
        for (const TemplateDb &d : doc.dbs) {
            for (const TemplateField &f : d.fields) {
                if (const TemplateExternal *e = doc.external(f.linkKey))
                    dangling->append(u"%1.%2 → %3"_s.arg(d.name, f.name, e->name));
            }
        }
    }
    return doc;
}

Result<TemplateExportResult> TemplateExporter::run(const TemplateExportOptions &options) const
{
    if (options.outPath.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Say where to write the template."));
    TemplateExportResult result;
    auto doc = build(options, &result.danglingLinks);
    if (!doc)
        return doc.error();
    if (auto st = doc->write(options.outPath); !st)
        return st.error();
    result.path = options.outPath;
    for (const TemplateDb &d : doc->dbs)
        result.dbs.append(d.name);
    result.omitted = doc->omitted;
    return result;
}

} // namespace Rewind
