#include "SettingsDiff.h"

#include "backup/BackupWindow.h"
#include "access/Access.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "history/PendingOperation.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::SettingsDiff", text);
}

// A field as readable lines; the first line is its type, so a type change is easy to see.
QString describe(const FieldDef &f, const Catalog &catalog)
{
    QStringList lines = {fieldTypeName(f.type)};
    if (f.required)
        lines.append(QCoreApplication::translate("Rewind::SettingsDiff", "required"));
    if (f.unique)
        lines.append(QCoreApplication::translate("Rewind::SettingsDiff", "unique"));
    if (!f.choices.isEmpty())
        lines.append(QCoreApplication::translate("Rewind::SettingsDiff", "choices: %1").arg(f.choices.join(u", "_s)));
    if (f.type == FieldType::Link) {
        const DbDef *target = catalog.db(f.linkDbId);
        lines.append(
            QCoreApplication::translate("Rewind::SettingsDiff", "links to: %1")
                .arg(
                    target
                        ? target->name
                        : (f.linkDbId
                               ? QCoreApplication::translate("Rewind::SettingsDiff", "(deleted DB #%1)").arg(f.linkDbId)
                               : QCoreApplication::translate("Rewind::SettingsDiff", "(unlinked)"))));
    }
    return lines.join(u'\n');
}

QString describe(const SettingDef &s)
{
    return QString::fromUtf8(QJsonDocument(s.definition).toJson(QJsonDocument::Compact));
}

Result<Catalog> load(const ConnectionSpec &spec)
{
    auto conn = ScopedConnection::open(spec, u"settings-diff"_s);
    if (!conn)
        return conn.error();
    return Catalog::load(conn.value()->db());
}
} // namespace

QString settingsDifferenceKindKey(SettingsDifference::Kind kind)
{
    switch (kind) {
    case SettingsDifference::Kind::FieldMissing:
        return u"field-missing"_s;
    case SettingsDifference::Kind::FieldAdded:
        return u"field-added"_s;
    case SettingsDifference::Kind::FieldChanged:
        return u"field-changed"_s;
    case SettingsDifference::Kind::SettingMissing:
        return u"setting-missing"_s;
    case SettingsDifference::Kind::SettingAdded:
        return u"setting-added"_s;
    case SettingsDifference::Kind::SettingChanged:
        return u"setting-changed"_s;
    }
    return {};
}

QString SettingsDifference::reapplyEffect() const
{
    switch (kind) {
    case Kind::FieldMissing:
        return QCoreApplication::translate(
                   "Rewind::SettingsDifference",
                   "add the field \"%1\" back to production (its values are not restored; use CSV import for those)")
            .arg(name);
    case Kind::FieldAdded:
        return QCoreApplication::translate("Rewind::SettingsDifference",
                                           "delete the field \"%1\" from production, with its values")
            .arg(name);
    case Kind::FieldChanged:
        return destructive()
                   ? QCoreApplication::translate(
                         "Rewind::SettingsDifference",
                         "change the field \"%1\" back to its earlier type; values that do not fit are cleared")
                         .arg(name)
                   : QCoreApplication::translate("Rewind::SettingsDifference",
                                                 "give the field \"%1\" its earlier options")
                         .arg(name);
    case Kind::SettingMissing:
        return QCoreApplication::translate("Rewind::SettingsDifference", "add the setting \"%1\" back").arg(name);
    case Kind::SettingAdded:
        return QCoreApplication::translate("Rewind::SettingsDifference", "delete the setting \"%1\" from production")
            .arg(name);
    case Kind::SettingChanged:
        return QCoreApplication::translate("Rewind::SettingsDifference",
                                           "give the setting \"%1\" its earlier definition")
            .arg(name);
    }
    return {};
}

QString SettingsDifference::id() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &part :
         {settingsDifferenceKindKey(kind), setting ? settingKindKey(*setting) : QString(), name, before, after}) {
        h.addData(part.toUtf8());
        h.addData(QByteArrayView("\x1f"));
    }
    return QString::fromLatin1(h.result().toHex().left(10));
}

SettingsDiff::SettingsDiff(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

QList<SettingsDifference> SettingsDiff::compare(const DbDef &gen, const Catalog &genCatalog, const DbDef &prod,
                                                const Catalog &prodCatalog)
{
    using K = SettingsDifference::Kind;
    QList<SettingsDifference> out;
    for (const FieldDef &g : gen.fields) {
        const FieldDef *p = prod.fieldByName(g.name);
        const QString before = describe(g, genCatalog);
        if (!p)
            out.append({K::FieldMissing, g.name, std::nullopt, before, {}, g.id, 0});
        else if (const QString after = describe(*p, prodCatalog); after != before)
            out.append({K::FieldChanged, g.name, std::nullopt, before, after, g.id, p->id});
    }
    for (const FieldDef &p : prod.fields) {
        if (!gen.fieldByName(p.name))
            out.append({K::FieldAdded, p.name, std::nullopt, {}, describe(p, prodCatalog), 0, p.id});
    }
    // Settings pair by kind and name; two of the same name pair in order, so none hides another.
    auto group = [](const DbDef &db) {
        QMap<std::pair<int, QString>, QList<const SettingDef *>> g;
        for (const SettingDef &s : db.settings)
            g[{int(s.kind), s.name}].append(&s);
        return g;
    };
    const auto genGroups = group(gen);
    const auto prodGroups = group(prod);
    QSet<std::pair<int, QString>> keys;
    for (auto it = genGroups.cbegin(); it != genGroups.cend(); ++it)
        keys.insert(it.key());
    for (auto it = prodGroups.cbegin(); it != prodGroups.cend(); ++it)
        keys.insert(it.key());
    QList<std::pair<int, QString>> ordered(keys.begin(), keys.end());
    std::sort(ordered.begin(), ordered.end());
    for (const auto &key : ordered) {
        const auto gs = genGroups.value(key);
        const auto ps = prodGroups.value(key);
        const SettingKind kind = SettingKind(key.first);
        for (qsizetype n = 0; n < std::max(gs.size(), ps.size()); ++n) {
            const SettingDef *g = n < gs.size() ? gs[n] : nullptr;
            const SettingDef *p = n < ps.size() ? ps[n] : nullptr;
            if (g && !p)
                out.append({K::SettingMissing, key.second, kind, describe(*g), {}, g->id, 0});
            else if (!g && p)
                out.append({K::SettingAdded, key.second, kind, {}, describe(*p), 0, p->id});
            else if (g->definition != p->definition)
                out.append({K::SettingChanged, key.second, kind, describe(*g), describe(*p), g->id, p->id});
        }
    }
    return out;
}

Result<QList<SettingsDifference>> SettingsDiff::compare(Weekday slot, const QString &dbName) const
{
    auto genSpec = Environments::readSpec(m_dir, m_actor, EnvironmentId::generation(slot));
    if (!genSpec)
        return genSpec.error();
    auto gen = load(genSpec.value());
    if (!gen)
        return gen.error();
    auto prod = load(Production::readOnly(m_dir));
    if (!prod)
        return prod.error();
    const DbDef *g = gen->dbByName(dbName);
    const DbDef *p = prod->dbByName(dbName);
    if (!g)
        return makeError(ErrorCode::NotFound,
                         tr("The %1 generation has no DB named \"%2\".").arg(weekdayName(slot), dbName));
    if (!p)
        return makeError(ErrorCode::NotFound,
                         tr("Production has no DB named \"%1\"; restore the whole DB instead.").arg(dbName));
    return compare(*g, gen.value(), *p, prod.value());
}

Result<QString> SettingsDiff::reapply(Weekday slot, const QString &dbName, const QList<SettingsDifference> &chosen)
{
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (chosen.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Choose at least one difference to re-apply."));
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Changing settings")); !st)
        return st.error();
    // Marked while it runs: a failure, or a kill, of the re-apply reaches the history too.
    PendingOperation op(m_dir, m_clock, m_actor.historyName(), u"settings-reapply"_s,
                        tr("Re-applying settings of %1 from the %2 generation").arg(dbName, weekdayName(slot)));
    if (auto st = op.begin(); !st)
        return st.error();
    return op.finish(doReapply(slot, dbName, chosen, op.id()));
}

Result<QString> SettingsDiff::doReapply(Weekday slot, const QString &dbName, const QList<SettingsDifference> &chosen,
                                        const QString &operation)
{
    using K = SettingsDifference::Kind;
    auto genSpec = Environments::readSpec(m_dir, m_actor, EnvironmentId::generation(slot));
    if (!genSpec)
        return genSpec.error();
    auto gen = load(genSpec.value());
    if (!gen)
        return gen.error();
    const DbDef *g = gen->dbByName(dbName);
    if (!g)
        return makeError(ErrorCode::NotFound,
                         tr("The %1 generation has no DB named \"%2\".").arg(weekdayName(slot), dbName));
    auto rp = RestorePointStore(m_dir).create(
        tr("Before re-applying settings of %1 from the %2 generation").arg(dbName, weekdayName(slot)), m_clock.now(),
        Right::ManageSettings);
    if (!rp)
        return rp.error();
    auto conn = Production::open(m_dir, u"settings-reapply"_s);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value()->db();
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    // Compare again under the write lock: what is applied is exactly what the user chose, or nothing.
    auto prodCatalog = Catalog::load(db);
    if (!prodCatalog)
        return prodCatalog.error();
    const DbDef *p = prodCatalog->dbByName(dbName);
    if (!p)
        return makeError(ErrorCode::NotFound,
                         tr("Production has no DB named \"%1\"; restore the whole DB instead.").arg(dbName));
    const QList<SettingsDifference> now = compare(*g, gen.value(), *p, prodCatalog.value());
    QList<SettingsDifference> todo;
    for (const SettingsDifference &c : chosen) {
        const auto it =
            std::find_if(now.begin(), now.end(), [&c](const SettingsDifference &d) { return d.id() == c.id(); });
        if (it == now.end()) {
            return makeError(
                ErrorCode::InvalidArgument,
                tr("The settings of %1 changed since they were compared (\"%2\" is no longer that difference). "
                   "Compare again and choose what to re-apply.")
                    .arg(dbName, c.name));
        }
        todo.append(*it);
    }
    SchemaEditor editor(db, m_clock);
    QStringList done;
    qint64 cleared = 0;
    auto settingIn = [](const DbDef &d, qint64 id) -> const SettingDef * {
        for (const SettingDef &s : d.settings) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    };
    auto linkTarget = [&](qint64 genLinkDbId) -> qint64 {
        const DbDef *genTarget = gen->db(genLinkDbId);
        const DbDef *target = genTarget ? prodCatalog->dbByName(genTarget->name) : nullptr;
        return target ? target->id : 0;
    };
    for (const SettingsDifference &d : std::as_const(todo)) {
        Status st;
        switch (d.kind) {
        case K::FieldMissing: {
            FieldDef f = *g->field(d.generationItemId);
            if (f.type == FieldType::Link)
                f.linkDbId = linkTarget(f.linkDbId);
            auto id = editor.addField(p->id, f);
            st = id ? Status() : Status(id.error());
            break;
        }
        case K::FieldAdded:
            st = editor.deleteField(d.productionItemId);
            break;
        case K::FieldChanged: {
            const FieldDef &want = *g->field(d.generationItemId);
            const FieldDef &have = *p->field(d.productionItemId);
            if (want.type != have.type) {
                auto n = editor.retypeField(have.id, want.type);
                st = n ? Status() : Status(n.error());
                cleared += n ? n.value() : 0;
            }
            if (st)
                st = editor.setFieldOptions(have.id, want.required, want.unique, want.choices);
            if (st && want.type == FieldType::Link)
                st = editor.relinkField(have.id, linkTarget(want.linkDbId));
            break;
        }
        case K::SettingMissing: {
            const SettingDef *s = settingIn(*g, d.generationItemId);
            auto id = editor.addSetting(p->id, s->kind, s->name, s->definition);
            st = id ? Status() : Status(id.error());
            break;
        }
        case K::SettingAdded:
            st = editor.deleteSetting(d.productionItemId);
            break;
        case K::SettingChanged:
            st = editor.updateSetting(d.productionItemId, d.name, settingIn(*g, d.generationItemId)->definition);
            break;
        }
        if (!st)
            return makeError(st.error().code, tr("%1: %2 Nothing was changed.").arg(d.name, st.error().message));
        done.append(d.reapplyEffect());
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), u"settings-reapply"_s,
        cleared > 0
            ? tr("Re-applied %1 settings of %2 from the %3 generation; %4 values that did not fit a changed type were "
                 "cleared")
                  .arg(done.size())
                  .arg(dbName, weekdayName(slot))
                  .arg(cleared)
            : tr("Re-applied %1 settings of %2 from the %3 generation").arg(done.size()).arg(dbName, weekdayName(slot)),
        QJsonObject{{"db"_L1, dbName},
                    {"slot"_L1, weekdayKey(slot)},
                    {"changes"_L1, QJsonArray::fromStringList(done)},
                    {"clearedValues"_L1, cleared},
                    {"restorePoint"_L1, rp->id},
                    {"operation"_L1, operation}});
    return rp->id;
}

} // namespace Rewind
