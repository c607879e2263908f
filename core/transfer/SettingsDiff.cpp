#include "SettingsDiff.h"

#include "backup/BackupWindow.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
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

const SettingDef *findSetting(const DbDef &db, SettingKind kind, const QString &name)
{
    for (const SettingDef &s : db.settings) {
        if (s.kind == kind && s.name == name)
            return &s;
    }
    return nullptr;
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

SettingsDiff::SettingsDiff(DataDir dir, const Clock &clock) : m_dir(std::move(dir)), m_clock(clock)
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
            out.append({K::FieldMissing, g.name, std::nullopt, before, {}});
        else if (const QString after = describe(*p, prodCatalog); after != before)
            out.append({K::FieldChanged, g.name, std::nullopt, before, after});
    }
    for (const FieldDef &p : prod.fields) {
        if (!gen.fieldByName(p.name))
            out.append({K::FieldAdded, p.name, std::nullopt, {}, describe(p, prodCatalog)});
    }
    for (const SettingDef &g : gen.settings) {
        const SettingDef *p = findSetting(prod, g.kind, g.name);
        if (!p)
            out.append({K::SettingMissing, g.name, g.kind, describe(g), {}});
        else if (p->definition != g.definition)
            out.append({K::SettingChanged, g.name, g.kind, describe(g), describe(*p)});
    }
    for (const SettingDef &p : prod.settings) {
        if (!findSetting(gen, p.kind, p.name))
            out.append({K::SettingAdded, p.name, p.kind, {}, describe(p)});
    }
    return out;
}

Result<QList<SettingsDifference>> SettingsDiff::compare(Weekday slot, const QString &dbName) const
{
    auto genSpec = Environments::readSpec(m_dir, EnvironmentId::generation(slot));
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

Result<QString> SettingsDiff::reapply(Weekday slot, const QString &dbName, const QList<int> &indexes,
                                      const QString &user)
{
    using K = SettingsDifference::Kind;
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Changing settings")); !st)
        return st.error();
    auto diffs = compare(slot, dbName);
    if (!diffs)
        return diffs.error();
    for (int i : indexes) {
        if (i < 0 || i >= diffs->size())
            return makeError(ErrorCode::InvalidArgument,
                             tr("There is no difference number %1 (there are %2).").arg(i + 1).arg(diffs->size()));
    }
    auto gen = load(Environments::readSpec(m_dir, EnvironmentId::generation(slot)).value());
    if (!gen)
        return gen.error();
    auto rp = RestorePointStore(m_dir).create(
        tr("Before re-applying settings of %1 from the %2 generation").arg(dbName, weekdayName(slot)), m_clock.now());
    if (!rp)
        return rp.error();
    auto conn = Production::open(m_dir, u"settings-reapply"_s);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value()->db();
    auto prod = Catalog::load(db);
    if (!prod)
        return prod.error();
    const DbDef *g = gen->dbByName(dbName);
    const DbDef *p = prod->dbByName(dbName);
    Sql::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    SchemaEditor editor(db, m_clock);
    QStringList done;
    for (int i : indexes) {
        const SettingsDifference &d = diffs->at(i);
        Status st;
        switch (d.kind) {
        case K::FieldMissing: {
            FieldDef f = *g->fieldByName(d.name);
            if (f.type == FieldType::Link) {
                const DbDef *genTarget = gen->db(f.linkDbId);
                const DbDef *target = genTarget ? prod->dbByName(genTarget->name) : nullptr;
                f.linkDbId = target ? target->id : 0;
            }
            auto id = editor.addField(p->id, f);
            st = id ? Status() : Status(id.error());
            break;
        }
        case K::FieldAdded:
            st = editor.deleteField(p->fieldByName(d.name)->id);
            break;
        case K::FieldChanged: {
            const FieldDef &want = *g->fieldByName(d.name);
            const FieldDef &have = *p->fieldByName(d.name);
            if (want.type != have.type) {
                auto cleared = editor.retypeField(have.id, want.type);
                st = cleared ? Status() : Status(cleared.error());
            }
            if (st)
                st = editor.setFieldOptions(have.id, want.required, want.unique, want.choices);
            if (st && want.type == FieldType::Link) {
                const DbDef *genTarget = gen->db(want.linkDbId);
                const DbDef *target = genTarget ? prod->dbByName(genTarget->name) : nullptr;
                st = editor.relinkField(have.id, target ? target->id : 0);
            }
            break;
        }
        case K::SettingMissing: {
            const SettingDef *s = findSetting(*g, *d.setting, d.name);
            auto id = editor.addSetting(p->id, s->kind, s->name, s->definition);
            st = id ? Status() : Status(id.error());
            break;
        }
        case K::SettingAdded:
            st = editor.deleteSetting(findSetting(*p, *d.setting, d.name)->id);
            break;
        case K::SettingChanged:
            st = editor.updateSetting(findSetting(*p, *d.setting, d.name)->id, d.name,
                                      findSetting(*g, *d.setting, d.name)->definition);
            break;
        }
        if (!st)
            return makeError(st.error().code, tr("%1: %2 Nothing was changed.").arg(d.name, st.error().message));
        done.append(d.reapplyEffect());
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    (void)HistoryStore(m_dir).append(
        m_clock.now(), user.isEmpty() ? HistoryStore::currentUser() : user, u"settings-reapply"_s,
        tr("Re-applied %1 settings of %2 from the %3 generation").arg(done.size()).arg(dbName, weekdayName(slot)),
        QJsonObject{{"db"_L1, dbName},
                    {"slot"_L1, weekdayKey(slot)},
                    {"changes"_L1, QJsonArray::fromStringList(done)},
                    {"restorePoint"_L1, rp->id}});
    return rp->id;
}

} // namespace Rewind
