#include "RecordRestorer.h"

#include "access/Access.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "history/PendingOperation.h"
#include "sql/Connection.h"
#include "transfer/FieldValues.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RecordRestorer", text);
}

/// A record's stored values by field ID (and its creation time), or nothing when it is not there.
struct Row
{
    bool exists = false;
    qint64 createdAt = 0;
    QHash<qint64, QVariant> values;
};

Result<Row> readRow(const QSqlDatabase &db, const DbDef &def, qint64 rid)
{
    QString cols = u"created_at"_s;
    for (const FieldDef &f : def.fields)
        cols += u", "_s + f.column();
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(cols, def.table()));
    q.addBindValue(rid);
    if (auto st = Sql::exec(q, tr("Reading record %1 of %2").arg(rid).arg(def.name)); !st)
        return st.error();
    Row row;
    if (!q.next())
        return row;
    row.exists = true;
    row.createdAt = q.value(0).toLongLong();
    for (qsizetype i = 0; i < def.fields.size(); ++i)
        row.values.insert(def.fields[i].id, q.value(int(i) + 1));
    return row;
}

using Key = std::pair<qint64, qint64>; // DB ID, record ID

/// Stored values compared the way people read them: no value and an empty text are the same (as in
/// FieldValues and RecordDiff).
bool sameStored(const QVariant &a, const QVariant &b)
{
    auto empty = [](const QVariant &v) {
        return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
    };
    if (empty(a) || empty(b))
        return empty(a) && empty(b);
    return a == b;
}
} // namespace

int RecordRestoreResult::recreated() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(), [](const RecordRestoreStep &s) {
        return s.action == RecordRestoreStep::Action::Recreate;
    }));
}

int RecordRestoreResult::updated() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [](const RecordRestoreStep &s) { return s.action == RecordRestoreStep::Action::Update; }));
}

RecordRestorer::RecordRestorer(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<RecordRestoreResult> RecordRestorer::run(const RecordRestoreOptions &options)
{
    if (auto st = Access::require(m_dir, m_actor, Right::EditRecords); !st)
        return st.error();
    if (options.ids.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Choose at least one record to restore."));
    const EnvironmentId genEnv = EnvironmentId::generation(options.from);
    auto genSpec = Environments::readSpec(m_dir, m_actor, genEnv);
    if (!genSpec)
        return genSpec.error();
    auto genConn = ScopedConnection::open(genSpec.value(), u"restore-records-gen"_s);
    if (!genConn)
        return genConn.error();
    auto genCatalog = Catalog::load(genConn.value()->db());
    if (!genCatalog)
        return genCatalog.error();

    auto prodConn = Production::open(m_dir, u"restore-records"_s);
    if (!prodConn)
        return prodConn.error();
    QSqlDatabase prod = prodConn.value()->db();
    // Planned and written in one transaction: what the dry run of an apply saw is what it writes.
    std::optional<Sql::Transaction> tx;
    if (!options.dryRun) {
        tx.emplace(prod);
        if (auto st = tx->begin(); !st)
            return st.error();
    }
    auto prodCatalog = Catalog::load(prod);
    if (!prodCatalog)
        return prodCatalog.error();

    const DbDef *prodDb = prodCatalog->dbByName(options.db);
    const DbDef *genDb = prodDb ? genCatalog->db(prodDb->id) : genCatalog->dbByName(options.db);
    if (genDb && !prodDb)
        prodDb = prodCatalog->db(genDb->id);
    if (!genDb || !prodDb) {
        return makeError(
            ErrorCode::NotFound,
            !prodDb && genDb
                ? tr("Production no longer has the DB %1: restore the whole DB first (Restore Deleted "
                     "DB… / rewindctl restore-db).")
                      .arg(options.db)
                : tr("The %1 generation has no DB named \"%2\".").arg(weekdayName(options.from), options.db));
    }
    QSet<qint64> onlyFields;
    for (const QString &name : options.fields) {
        const FieldDef *f = prodDb->fieldByName(name);
        if (!f || !genDb->field(f->id))
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 has no field \"%2\" in both production and the %3 generation.")
                                 .arg(prodDb->name, name, weekdayName(options.from)));
        onlyFields.insert(f->id);
    }

    RecordRestoreResult result;
    struct Planned
    {
        RecordRestoreStep step;
        const DbDef *prodDb = nullptr;
        Row gen;
        QHash<qint64, QVariant> changes; // Update: field → new value
        QVariantList values;             // Recreate: in production's field order
    };
    std::map<Key, Planned> plan;
    QList<Key> order;
    QList<std::tuple<qint64, qint64, bool>> queue; // DB ID, record ID, linked
    for (qint64 rid : options.ids)
        queue.append({prodDb->id, rid, false});
    QHash<Key, bool> inProduction;

    for (qsizetype at = 0; at < queue.size(); ++at) {
        const auto [dbId, rid, linked] = queue[at];
        const Key key{dbId, rid};
        if (plan.count(key))
            continue;
        const DbDef *pdb = prodCatalog->db(dbId);
        const DbDef *gdb = genCatalog->db(dbId);
        auto g = readRow(genConn.value()->db(), *gdb, rid);
        if (!g)
            return g.error();
        if (!g->exists) {
            if (linked)
                continue; // reported as a missing link below
            return makeError(
                ErrorCode::NotFound,
                tr("Record %1 of %2 is not in the %3 generation.").arg(rid).arg(pdb->name, weekdayName(options.from)));
        }
        auto p = readRow(prod, *pdb, rid);
        if (!p)
            return p.error();
        // A linked record is only brought back when production lacks it, never changed, and its own links
        // are production's business then.
        if (linked && p->exists)
            continue;
        inProduction.insert(key, p->exists);
        Planned item;
        item.prodDb = pdb;
        item.gen = g.value();
        item.step.db = pdb->name;
        item.step.rid = rid;
        item.step.linked = linked;
        QHash<qint64, QVariant> after; // the record as it will be, for the link check
        if (!p->exists) {
            item.step.action = RecordRestoreStep::Action::Recreate;
            for (const FieldDef &f : pdb->fields) {
                const QVariant v = item.gen.values.value(f.id);
                item.values.append(v);
                after.insert(f.id, v);
                if (!v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                    item.step.fields.append(f.name);
            }
        } else {
            after = p->values;
            for (const FieldDef &f : pdb->fields) {
                if (!gdb->field(f.id) || (!onlyFields.isEmpty() && !onlyFields.contains(f.id)))
                    continue;
                const QVariant v = item.gen.values.value(f.id);
                if (!sameStored(v, p->values.value(f.id))) {
                    item.changes.insert(f.id, v);
                    after.insert(f.id, v);
                    item.step.fields.append(f.name);
                }
            }
            item.step.action =
                item.changes.isEmpty() ? RecordRestoreStep::Action::Unchanged : RecordRestoreStep::Action::Update;
        }
        // The links this restore writes (every link of a recreated record, the changed ones of an updated
        // one): only those are followed — production's own links are not this restore's business.
        for (const FieldDef &f : pdb->fields) {
            if (f.type != FieldType::Link || f.linkDbId == 0)
                continue;
            if (item.step.action != RecordRestoreStep::Action::Recreate && !item.changes.contains(f.id))
                continue;
            const QVariant v = after.value(f.id);
            if (v.isNull() || v.toLongLong() <= 0)
                continue;
            if (options.withLinked && prodCatalog->db(f.linkDbId) && genCatalog->db(f.linkDbId))
                queue.append({f.linkDbId, v.toLongLong(), true});
        }
        plan.emplace(key, std::move(item));
        order.append(key);
    }

    // Every value to be written must pass production's field rules as they are now: the same rules a CSV
    // import applies (type, choices, length), plus required and unique.
    for (const Key &key : order) {
        Planned &item = plan.at(key);
        const DbDef *pdb = item.prodDb;
        const DbDef *gdb = genCatalog->db(key.first);
        auto check = [&](const FieldDef &f, QVariant *value) {
            const FieldDef *g = gdb->field(f.id);
            QString reason;
            if (g && (g->type != f.type || f.type == FieldType::Choice) && !value->isNull()) {
                QVariant parsed;
                if (!FieldValues::parse(f, FieldValues::canonical(*g, *value), &parsed, &reason)) {
                    result.conflicts.append({pdb->name, key.second, f.name, reason});
                    return;
                }
                *value = parsed;
            }
            const bool empty =
                value->isNull() || (value->typeId() == QMetaType::QString && value->toString().isEmpty());
            if (f.required && empty) {
                result.conflicts.append({pdb->name, key.second, f.name,
                                         tr("the field is required now, and that day "
                                            "it was empty")});
                return;
            }
            if (f.unique && !empty) {
                QSqlQuery q(prod);
                q.prepare(u"SELECT rid FROM %1 WHERE %2 = ? AND rid <> ? LIMIT 1"_s.arg(pdb->table(), f.column()));
                q.addBindValue(*value);
                q.addBindValue(key.second);
                if (q.exec() && q.next()) {
                    result.conflicts.append({pdb->name, key.second, f.name,
                                             tr("the field must be unique now, and record %1 has the same value")
                                                 .arg(q.value(0).toLongLong())});
                }
            }
        };
        if (item.step.action == RecordRestoreStep::Action::Recreate) {
            for (qsizetype i = 0; i < pdb->fields.size(); ++i)
                check(pdb->fields[i], &item.values[i]);
        } else if (item.step.action == RecordRestoreStep::Action::Update) {
            for (auto it = item.changes.begin(); it != item.changes.end(); ++it)
                check(*pdb->field(it.key()), &it.value());
        }
    }

    // Which links would point at nothing once the plan is written.
    for (const Key &key : order) {
        const Planned &item = plan.at(key);
        const DbDef *pdb = item.prodDb;
        for (const FieldDef &f : pdb->fields) {
            if (f.type != FieldType::Link || f.linkDbId == 0)
                continue;
            QVariant v =
                item.step.action == RecordRestoreStep::Action::Recreate ? item.gen.values.value(f.id) : QVariant();
            if (item.step.action != RecordRestoreStep::Action::Recreate) {
                if (!item.changes.contains(f.id))
                    continue; // an untouched link is production's own business
                v = item.changes.value(f.id);
            }
            if (v.isNull() || v.toLongLong() <= 0)
                continue;
            const Key target{f.linkDbId, v.toLongLong()};
            if (plan.count(target))
                continue;
            const DbDef *tp = prodCatalog->db(f.linkDbId);
            const DbDef *tg = genCatalog->db(f.linkDbId);
            bool there = false;
            if (tp) {
                auto t = readRow(prod, *tp, target.second);
                if (!t)
                    return t.error();
                there = t->exists;
            }
            if (there)
                continue;
            bool inGen = false; // restorable: the generation has it and production still has its DB
            if (tg && tp) {
                auto t = readRow(genConn.value()->db(), *tg, target.second);
                if (!t)
                    return t.error();
                inGen = t->exists;
            }
            result.missingLinks.append({pdb->name, key.second, f.name,
                                        tp   ? tp->name
                                        : tg ? tg->name
                                             : QString(),
                                        target.second, inGen});
        }
    }
    for (const Key &key : order)
        result.steps.append(plan.at(key).step);
    const bool anything = result.recreated() + result.updated() > 0;
    if (options.dryRun || !anything)
        return result;
    if (!result.conflicts.isEmpty()) {
        const RestoreConflict &c = result.conflicts.first();
        return makeError(ErrorCode::InvalidArgument,
                         tr("Nothing was restored: record %1 of %2, field %3: %4 (%5 value(s) in all do not fit "
                            "production's fields as they are now).")
                             .arg(c.rid)
                             .arg(c.db, c.field, c.reason)
                             .arg(result.conflicts.size()));
    }

    // Marked while it writes: a failure, or a kill, reaches the history too.
    PendingOperation op(
        m_dir, m_clock, m_actor.historyName(), QString::fromLatin1(HistoryKind::RecordsRestored),
        tr("Restoring records of %1 from the %2 generation").arg(prodDb->name, weekdayName(options.from)));
    if (auto st = op.begin(); !st)
        return st.error();
    auto failed = [&op](const Error &e) {
        op.failed(e);
        return e;
    };
    auto rp = RestorePointStore(m_dir).create(
        QCoreApplication::translate("Rewind::RecordRestorer",
                                    "Before restoring %n record(s) of %1 from the %2 generation", nullptr,
                                    int(options.ids.size()))
            .arg(prodDb->name, weekdayName(options.from)),
        m_clock.now(), Right::EditRecords);
    if (!rp)
        return failed(rp.error());
    std::map<qint64, std::unique_ptr<RecordWriter>> writers;
    for (const Key &key : order) {
        const Planned &item = plan.at(key);
        auto &writer = writers[key.first];
        if (!writer)
            writer = std::make_unique<RecordWriter>(prod, *item.prodDb, m_clock);
        if (item.step.action == RecordRestoreStep::Action::Recreate) {
            auto made = writer->insert(item.values, key.second, item.gen.createdAt);
            if (!made)
                return failed(made.error());
        } else if (item.step.action == RecordRestoreStep::Action::Update) {
            if (auto st = writer->update(key.second, item.changes); !st)
                return failed(st.error());
        }
    }
    writers.clear();
    if (auto st = tx->commit(); !st)
        return failed(st.error());
    result.applied = true;
    result.restorePoint = rp->id;

    QJsonArray ids;
    for (const Key &key : order) {
        if (plan.at(key).step.action != RecordRestoreStep::Action::Unchanged)
            ids.append(QJsonObject{{"db"_L1, plan.at(key).step.db}, {"rid"_L1, key.second}});
    }
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), QString::fromLatin1(HistoryKind::RecordsRestored),
        tr("Restored %1 record(s) of %2 from the %3 generation: %4 brought back, %5 set to that day's values.")
            .arg(ids.size())
            .arg(prodDb->name, weekdayName(options.from))
            .arg(result.recreated())
            .arg(result.updated()),
        QJsonObject{{"db"_L1, prodDb->name},
                    {"from"_L1, weekdayKey(options.from)},
                    {"records"_L1, ids},
                    {"fields"_L1, QJsonArray::fromStringList(options.fields)},
                    {"restorePoint"_L1, rp->id},
                    {"operation"_L1, op.id()}});
    op.succeeded();
    // What still points at nothing after the write.
    QList<MissingLink> still;
    for (const MissingLink &m : result.missingLinks) {
        if (!(options.withLinked && m.inGeneration))
            still.append(m);
    }
    result.missingLinks = still;
    return result;
}

} // namespace Rewind
