#include "RecordTimeline.h"

#include "backup/GenerationStore.h"
#include "sql/Connection.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/TextFold.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::RecordTimeline", text);
}

/// The environments to read: readable generations oldest first, then production.
QList<std::pair<EnvironmentId, QDateTime>> environments(const DataDir &dir)
{
    QList<std::pair<EnvironmentId, QDateTime>> out;
    for (const GenerationInfo &g : GenerationStore(dir).list()) {
        if (g.state == SlotState::Ready && g.manifest)
            out.append({EnvironmentId::generation(g.slot), g.manifest->takenAt});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    out.append({EnvironmentId::production(), QDateTime()});
    return out;
}
} // namespace

RecordTimeline::RecordTimeline(DataDir dir, Session reader) : m_dir(std::move(dir)), m_reader(std::move(reader))
{
}

Result<RecordTimelineResult> RecordTimeline::run(const QString &dbName, qint64 rid,
                                                 const QList<EnvironmentId> &only) const
{
    RecordTimelineResult result;
    result.rid = rid;
    QHash<qint64, QString> fieldNames; // newest name of each field seen
    QList<qint64> fieldOrder;          // newest environment's order first: built back to front below
    QList<QList<qint64>> orders;
    for (const auto &[env, takenAt] : environments(m_dir)) {
        if (!only.isEmpty() && !only.contains(env))
            continue;
        auto spec = Environments::readSpec(m_dir, m_reader, env);
        if (!spec)
            return spec.error(); // a refusal (no right to open generations) stops here
        auto conn = ScopedConnection::open(spec.value(), u"timeline-"_s + env.key());
        if (!conn)
            return conn.error();
        auto catalog = Catalog::load(conn.value()->db());
        if (!catalog)
            return catalog.error();
        const DbDef *db = result.dbId ? catalog->db(result.dbId) : catalog->dbByName(dbName);
        RecordVersion v;
        v.env = env;
        v.takenAt = takenAt;
        if (db) {
            result.dbId = db->id;
            result.db = db->name;
            QString cols = u"rid"_s;
            QList<qint64> order;
            for (const FieldDef &f : db->fields) {
                cols += u", "_s + f.column();
                fieldNames.insert(f.id, f.name);
                order.append(f.id);
            }
            orders.append(order);
            QSqlQuery q(conn.value()->db());
            q.prepare(u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(cols, db->table()));
            q.addBindValue(rid);
            if (auto st = Sql::exec(q, tr("Reading record %1 of %2").arg(rid).arg(db->name)); !st)
                return st.error();
            if (q.next()) {
                v.present = true;
                for (qsizetype i = 0; i < db->fields.size(); ++i)
                    v.values.insert(db->fields[i].id, q.value(int(i) + 1));
            }
        }
        result.versions.append(v);
    }
    if (result.dbId == 0)
        return makeError(ErrorCode::NotFound,
                         tr("No generation and not production has a DB named \"%1\".").arg(dbName));
    for (auto it = orders.crbegin(); it != orders.crend(); ++it) {
        for (qint64 id : *it) {
            if (!fieldOrder.contains(id))
                fieldOrder.append(id);
        }
    }
    for (qint64 id : std::as_const(fieldOrder))
        result.fields.append({id, fieldNames.value(id)});

    const RecordVersion *previous = nullptr; // the last version that had the record
    bool gone = false;
    for (const RecordVersion &v : result.versions) {
        TimelineEvent e;
        e.env = v.env;
        e.at = v.takenAt;
        if (!v.present) {
            if (previous && !gone) {
                e.kind = TimelineEvent::Kind::Disappeared;
                result.events.append(e);
                gone = true;
            }
            continue;
        }
        if (!previous) {
            e.kind = TimelineEvent::Kind::Appeared;
            result.events.append(e);
        } else {
            QList<qint64> ids = v.values.keys();
            std::sort(ids.begin(), ids.end());
            for (qint64 id : ids) {
                if (previous->values.contains(id) && previous->values.value(id) != v.values.value(id))
                    e.fields.append({id, fieldNames.value(id), previous->values.value(id), v.values.value(id)});
            }
            if (gone) {
                e.kind = TimelineEvent::Kind::Reappeared;
                result.events.append(e);
            } else if (!e.fields.isEmpty()) {
                e.kind = TimelineEvent::Kind::Changed;
                result.events.append(e);
            }
        }
        gone = false;
        previous = &v;
    }
    return result;
}

Result<QList<SlotMatch>> RecordTimeline::find(const QString &dbName, const QString &fieldName,
                                              const QString &text) const
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Say what to look for."));
    const QString pattern = u'%' + TextFold::escapeLike(TextFold::fold(text.trimmed())) + u'%';
    QList<SlotMatch> out;
    bool dbSeen = false;
    for (const auto &[env, takenAt] : environments(m_dir)) {
        auto spec = Environments::readSpec(m_dir, m_reader, env);
        if (!spec)
            return spec.error();
        auto conn = ScopedConnection::open(spec.value(), u"find-"_s + env.key());
        if (!conn)
            return conn.error();
        auto catalog = Catalog::load(conn.value()->db());
        if (!catalog)
            return catalog.error();
        SlotMatch m;
        m.env = env;
        m.takenAt = takenAt;
        const DbDef *db = catalog->dbByName(dbName);
        if (db) {
            dbSeen = true;
            // The search column holds the folded text of every searchable field: it narrows the rows, and a
            // field asked for is then checked on its own, folded the same way.
            const FieldDef *f = fieldName.isEmpty() ? nullptr : db->fieldByName(fieldName);
            if (!fieldName.isEmpty() && !f) {
                out.append(m); // the field did not exist that day
                continue;
            }
            const bool textField = f && (f->type == FieldType::Text || f->type == FieldType::MultilineText ||
                                         f->type == FieldType::Choice);
            QSqlQuery q(conn.value()->db());
            q.setForwardOnly(true);
            if (!f) {
                q.prepare(u"SELECT rid FROM %1 WHERE search LIKE ? ESCAPE '\\' ORDER BY rid"_s.arg(db->table()));
                q.addBindValue(pattern);
            } else if (textField) {
                q.prepare(u"SELECT rid, %1 FROM %2 WHERE search LIKE ? ESCAPE '\\' ORDER BY rid"_s.arg(f->column(),
                                                                                                       db->table()));
                q.addBindValue(pattern);
            } else {
                q.prepare(u"SELECT rid FROM %1 WHERE CAST(%2 AS TEXT) LIKE ? ESCAPE '\\' ORDER BY rid"_s.arg(
                    db->table(), f->column()));
                q.addBindValue(QString(u'%' + TextFold::escapeLike(text.trimmed()) + u'%'));
            }
            if (auto st = Sql::exec(q, tr("Searching %1").arg(env.displayName())); !st)
                return st.error();
            const QString folded = TextFold::fold(text.trimmed());
            while (q.next()) {
                if (textField && !TextFold::fold(q.value(1).toString()).contains(folded))
                    continue;
                if (m.rids.size() < kMatchesListed)
                    m.rids.append(q.value(0).toLongLong());
                ++m.count;
            }
        }
        out.append(m);
    }
    if (!dbSeen)
        return makeError(ErrorCode::NotFound,
                         tr("No generation and not production has a DB named \"%1\".").arg(dbName));
    return out;
}

} // namespace Rewind
