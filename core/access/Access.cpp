#include "Access.h"

#include "history/HistoryStore.h"
#include "workspace/Production.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Access", text);
}
} // namespace

Actor Actor::currentUser()
{
    return Actor{HistoryStore::currentUser(), false};
}

Actor Actor::schedulerActor()
{
    return Actor{HistoryStore::currentUser(), true};
}

QString Actor::displayName() const
{
    return scheduler ? QCoreApplication::translate("Rewind::Access", "%1 (schedule)").arg(user) : user;
}

QString Access::rightName(Right right)
{
    switch (right) {
    case Right::ManageArchives:
        return QCoreApplication::translate("Rewind::Access", "create, save and delete archives");
    case Right::ManageSchedules:
        return QCoreApplication::translate("Rewind::Access", "change the archive schedule and policy");
    }
    return {};
}

Result<QString> Access::primaryContact(const DataDir &dir)
{
    auto conn = Production::open(dir, u"access"_s);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    if (!q.exec(u"SELECT value FROM rw_meta WHERE key = 'primary_contact'"_s))
        return Sql::error(q.lastError(), QCoreApplication::translate("Rewind::Access", "Reading the primary contact"));
    return q.next() ? q.value(0).toString() : QString();
}

Status Access::require(const DataDir &dir, const Actor &actor, Right right)
{
    auto contact = primaryContact(dir);
    if (!contact)
        return contact.error();
    // Until roles exist, both rights belong to the primary contact; the scheduler acts on their behalf.
    if (actor.scheduler || (!contact->isEmpty() && contact.value() == actor.user))
        return {};
    if (contact->isEmpty()) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("Rewind::Access",
                                                     "%1 may not %2: the workspace has no primary contact. Mark one "
                                                     "with \"rewindctl primary-contact --set USER\".")
                             .arg(actor.user, rightName(right)));
    }
    return makeError(ErrorCode::ReadOnly,
                     QCoreApplication::translate("Rewind::Access", "%1 may not %2: only the primary contact (%3) may.")
                         .arg(actor.user, rightName(right), contact.value()));
}

Status Access::setPrimaryContact(const DataDir &dir, const Actor &actor, const QString &user)
{
    if (user.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Name the user who becomes the primary contact."));
    auto contact = primaryContact(dir);
    if (!contact)
        return contact.error();
    if (!contact->isEmpty() && contact.value() != actor.user) {
        return makeError(ErrorCode::ReadOnly,
                         tr("Only the primary contact (%1) may hand the role on.").arg(contact.value()));
    }
    auto conn = Production::open(dir, u"access"_s);
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value()->db());
    q.prepare(u"INSERT INTO rw_meta(key, value) VALUES ('primary_contact', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(user.trimmed());
    return Sql::exec(q, tr("Marking the primary contact"));
}

} // namespace Rewind
