// Roles enforced in core: every guarded service called as every role on a real demo workspace (one fresh
// copy per call), logins into generations against production's current users, and users kept across an
// undo. No mocks: real SQLite files, real Argon2id hashes.

#include "TestSupport.h"

#include "access/Access.h"
#include "access/PasswordHash.h"
#include "access/Users.h"
#include "archive/ArchiveService.h"
#include "backup/BackupRunner.h"
#include "backup/GenerationStore.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "jobs/ScheduleService.h"
#include "sql/SqliteFile.h"
#include "transfer/CsvExporter.h"
#include "transfer/CsvImporter.h"
#include "transfer/DbFromCsv.h"
#include "transfer/DbRestorer.h"
#include "transfer/SettingsDiff.h"
#include "transfer/TemplateDocument.h"
#include "transfer/TemplateExporter.h"
#include "transfer/TemplateImporter.h"
#include "util/Clock.h"
#include "workspace/BulkDelete.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{
/// Who calls: the three roles, and support staff once an administrator granted generations.
enum class Caller
{
    Admin,
    Support,
    SupportGranted,
    Manager,
};
constexpr Caller kCallers[] = {Caller::Admin, Caller::Support, Caller::SupportGranted, Caller::Manager};

QString callerName(Caller c)
{
    switch (c) {
    case Caller::Admin:
        return u"admin"_s;
    case Caller::Support:
        return u"support"_s;
    case Caller::SupportGranted:
        return u"support (granted)"_s;
    case Caller::Manager:
        return u"manager"_s;
    }
    return {};
}

/// The role table of the README, as this test expects it (written out again, not read from Access).
bool expected(Right right, Caller c)
{
    const bool admin = c == Caller::Admin;
    const bool support = c == Caller::Support || c == Caller::SupportGranted;
    switch (right) {
    case Right::OpenGenerations:
        return admin || c == Caller::SupportGranted;
    case Right::EditRecords:
    case Right::TransferCsv:
        return admin || support;
    case Right::ManageSettings:
    case Right::ManageSchedules:
    case Right::RunGenerations:
    case Right::ManageUsers:
    case Right::ManageArchives: // the demo's administrator is its primary contact
        return admin;
    case Right::ReadHistory:
        return true;
    }
    return false;
}

/// One guarded call: what it needs and how to make it.
struct Guarded
{
    const char *name;
    Right right;
    std::function<Status(const DataDir &, const Clock &, const Session &, const QString &tmp)> call;
    /// Sets the workspace up first (before production's bytes are taken as "before"), when needed.
    std::function<Status(const DataDir &, const Clock &)> prepare = {};
};

template <typename T> Status statusOf(const Result<T> &r)
{
    if (r.ok())
        return {};
    return r.error();
}

const Weekday kToday = weekdayOf(RewindTest::demoToday());
const Weekday kFirstDay = weekdayOf(RewindTest::demoToday().addDays(-6));

QList<Guarded> guardedCalls()
{
    return {
        {"open a generation", Right::OpenGenerations,
         [](const DataDir &d, const Clock &, const Session &s, const QString &) {
             return statusOf(Environments::readSpec(d, s, EnvironmentId::generation(kToday)));
         }},
        {"catalog of a generation", Right::OpenGenerations,
         [](const DataDir &d, const Clock &, const Session &s, const QString &) {
             return statusOf(Environments::loadCatalog(d, s, EnvironmentId::generation(kFirstDay)));
         }},
        {"settings diff", Right::OpenGenerations,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(SettingsDiff(d, c, s).compare(kFirstDay, u"顧客"_s));
         }},
        {"deleted DBs of a generation", Right::OpenGenerations,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(DbRestorer(d, c, s).deletedDbs(kToday));
         }},
        {"CSV export", Right::TransferCsv,
         [](const DataDir &d, const Clock &, const Session &s, const QString &tmp) {
             CsvExportOptions o;
             o.db = u"顧客"_s;
             o.outPath = tmp + u"/out.csv"_s;
             return statusOf(CsvExporter(d, s).run(o));
         }},
        {"CSV import", Right::TransferCsv,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &tmp) {
             CsvExportOptions o;
             o.db = u"顧客"_s;
             o.outPath = tmp + u"/in.csv"_s;
             if (auto st = statusOf(CsvExporter(d, RewindTest::adminSession(d)).run(o)); !st)
                 return st;
             CsvImportOptions im;
             im.db = u"顧客"_s;
             im.file = o.outPath;
             im.mode = ImportMode::Upsert;
             return statusOf(CsvImporter(d, c, s).apply(im));
         }},
        {"delete all records", Right::EditRecords,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(BulkDelete(d, c, s).deleteAll(u"見積明細"_s));
         }},
        {"template export", Right::ManageSettings,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &tmp) {
             TemplateExportOptions o;
             o.dbs = {u"顧客"_s};
             o.outPath = tmp + u"/t.rwt"_s;
             return statusOf(TemplateExporter(d, c, s).run(o));
         }},
        {"template import", Right::ManageSettings,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &tmp) {
             TemplateExportOptions o;
             o.dbs = {u"顧客"_s};
             o.outPath = tmp + u"/t.rwt"_s;
             if (auto st = statusOf(TemplateExporter(d, c, RewindTest::adminSession(d)).run(o)); !st)
                 return st;
             TemplateImportOptions im;
             im.onConflict = TemplateConflict::Rename;
             return statusOf(TemplateImporter(d, c, s).run(TemplateDocument::read(o.outPath).value(), im));
         }},
        {"settings re-apply", Right::ManageSettings,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             // The differences as an administrator sees them; the caller re-applies them.
             auto diffs = SettingsDiff(d, c, RewindTest::adminSession(d)).compare(kFirstDay, u"顧客"_s);
             if (!diffs)
                 return Status(diffs.error());
             if (diffs->isEmpty())
                 return Status(makeError(ErrorCode::NotFound, u"the demo week changed no setting of 顧客"_s));
             return statusOf(SettingsDiff(d, c, s).reapply(kFirstDay, u"顧客"_s, {diffs->first()}));
         }},
        {"restore a deleted DB", Right::ManageSettings,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(DbRestorer(d, c, s).restore(kToday, u"請求"_s, false));
         },
         [](const DataDir &d, const Clock &c) {
             // 請求 is gone from production; the generation still has it.
             auto conn = Production::open(d, u"drop"_s);
             if (!conn)
                 return Status(conn.error());
             const auto catalog = Catalog::load(conn.value()->db());
             return SchemaEditor(conn.value()->db(), c).deleteDb(catalog->dbByName(u"請求"_s)->id);
         }},
        {"DB from a CSV file", Right::ManageSettings,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &tmp) {
             QFile f(tmp + u"/new.csv"_s);
             if (!f.open(QIODevice::WriteOnly))
                 return Status(makeError(ErrorCode::Io, f.errorString()));
             f.write("会社,電話\nA社,03\n");
             f.close();
             DbFromCsvOptions o;
             o.file = f.fileName();
             o.name = u"取引先"_s;
             return statusOf(DbFromCsv(d, c, s).run(o));
         }},
        {"daily generation time", Right::ManageSchedules,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             DailyRunTime daily;
             daily.time = QTime(2, 30);
             return ScheduleService(d, c, s).setDailyRunTime(daily);
         }},
        {"archive policy", Right::ManageSchedules,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return ArchiveService(d, c, s).setPolicy(ArchivePolicy{});
         }},
        {"generation now", Right::RunGenerations,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(BackupRunner(d, c, s).run());
         }},
        {"archive now", Right::ManageArchives,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(ArchiveService(d, c, s).create(ArchiveRequest{}));
         }},
        {"add a user", Right::ManageUsers,
         [](const DataDir &d, const Clock &c, const Session &s, const QString &) {
             return statusOf(UserStore(d, c).createUser(s, u"new-one"_s, {}, Role::Manager, "new-one-pass", false));
         }},
        {"read the history", Right::ReadHistory,
         [](const DataDir &d, const Clock &, const Session &s, const QString &) {
             return statusOf(HistoryStore(d).events(s, HistoryFilter{}));
         }},
    };
}
} // namespace

class TstAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demo;
    // The morning after the demo week, inside nothing's cooldown.
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};

    /// A fresh copy of the demo, logged in as `caller`.
    Session sessionFor(const DataDir &dir, Caller caller)
    {
        switch (caller) {
        case Caller::Admin:
            return RewindTest::demoSession(dir, Role::Admin);
        case Caller::Manager:
            return RewindTest::demoSession(dir, Role::Manager);
        case Caller::SupportGranted: {
            const Session admin = RewindTest::demoSession(dir, Role::Admin);
            const auto users = UserStore(dir, m_clock).list().value();
            const auto support =
                std::find_if(users.cbegin(), users.cend(), [](const UserInfo &u) { return u.role == Role::Support; });
            if (!UserStore(dir, m_clock).setCanOpenGenerations(admin, support->id, true).ok())
                return {};
            return RewindTest::demoSession(dir, Role::Support); // logged in after the grant
        }
        case Caller::Support:
            return RewindTest::demoSession(dir, Role::Support);
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(RewindTest::buildDemo(m_demo.path(), 1500, 11)); }

    void permissionMatrix_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("caller");
        const QList<Guarded> calls = guardedCalls();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            for (Caller c : kCallers)
                QTest::addRow("%s as %s", calls[i].name, qPrintable(callerName(c))) << int(i) << int(c);
        }
    }

    // Every guarded service as every role: allowed ones succeed, refused ones say which right is missing and
    // leave production byte-identical.
    void permissionMatrix()
    {
        QFETCH(int, call);
        QFETCH(int, caller);
        const Guarded g = guardedCalls().at(call);
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.filePath(u"data"_s)));
        const DataDir dir(tmp.filePath(u"data"_s));
        const Session session = sessionFor(dir, Caller(caller));
        QVERIFY(session.userId != 0);
        QCOMPARE(Access::allows(session, g.right), expected(g.right, Caller(caller)));

        if (g.prepare)
            VERIFY_OK(g.prepare(dir, m_clock));
        const QByteArray before = RewindTest::productionState(dir);
        const Status st = g.call(dir, m_clock, session, tmp.path());
        if (expected(g.right, Caller(caller))) {
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        } else {
            QVERIFY(!st.ok());
            QCOMPARE(st.error().code, ErrorCode::ReadOnly);
            QVERIFY2(st.error().message.contains(Access::rightName(g.right)), qPrintable(st.error().message));
            QVERIFY2(st.error().message.contains(session.login), qPrintable(st.error().message));
            QCOMPARE(RewindTest::productionState(dir), before);
        }
    }

    // The scheduler runs the timer's work and nothing else.
    void schedulerHoldsOnlyTheTimersRights()
    {
        const Session scheduler = Session::schedulerSession();
        QVERIFY(scheduler.scheduler);
        QCOMPARE(scheduler.historyName(), u"(schedule)"_s);
        for (Right r : {Right::OpenGenerations, Right::EditRecords, Right::TransferCsv, Right::ManageSettings,
                        Right::ManageSchedules, Right::ReadHistory, Right::ManageUsers})
            QVERIFY(!Access::allows(scheduler, r));
        QVERIFY(Access::allows(scheduler, Right::RunGenerations));
        QVERIFY(Access::allows(scheduler, Right::ManageArchives));
        const DataDir dir(m_demo.path());
        const Status refused = Access::require(dir, scheduler, Right::TransferCsv);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        // And no user ID can pose as it.
        QCOMPARE(UserStore::checkLogin(u"(schedule)"_s).error().code, ErrorCode::InvalidArgument);
    }

    // Support staff read their own events; asking for someone else's gives nothing.
    void supportReadsOwnHistoryOnly()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir dir(tmp.path());
        const Session support = RewindTest::demoSession(dir, Role::Support);
        const Session manager = RewindTest::demoSession(dir, Role::Manager);
        HistoryStore store(dir);
        auto own = store.events(support, HistoryFilter{});
        VERIFY_OK(own);
        QVERIFY(!own->isEmpty()); // at least the login
        for (const HistoryEvent &e : own.value())
            QCOMPARE(e.user, u"support"_s);
        HistoryFilter others;
        others.user = u"admin"_s;
        QVERIFY(store.events(support, others)->isEmpty());
        QCOMPARE(store.users(support).value(), QStringList{u"support"_s});
        // Managers read everything.
        auto all = store.events(manager, HistoryFilter{});
        VERIFY_OK(all);
        QVERIFY(all->size() > own->size());
        QVERIFY(store.events(manager, others)->size() > 0);
    }

    // A generation is opened with the credentials production holds now, never the copy inside it.
    void generationsUseTodaysCredentials()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir dir(tmp.path());
        UserStore users(dir, m_clock);
        const Session admin = RewindTest::demoSession(dir, Role::Admin);
        const QByteArray oldPassword(kDemoUsers[1].password);
        const QByteArray newPassword("changed-today-1");
        Session support = RewindTest::demoSession(dir, Role::Support);
        VERIFY_OK(users.setCanOpenGenerations(admin, support.userId, true));
        VERIFY_OK(users.setPassword(admin, support.userId, newPassword));

        // Monday's generation still holds the old hash, and it would verify the old password…
        const Weekday monday = Weekday::Mon;
        {
            SqliteFile gen;
            QVERIFY(gen.open(dir.slotPath(monday), SqliteFile::OpenMode::Immutable));
            QString stored;
            QVERIFY(gen.queryText("SELECT password_hash FROM rw_user WHERE login = 'support'", &stored));
            QVERIFY(PasswordHash::verify(stored, oldPassword));
        }
        // …but login checks production: the old password fails, today's works for Monday's generation.
        QCOMPARE(users.login(u"support"_s, oldPassword).error().code, ErrorCode::InvalidArgument);
        auto today = users.login(u"support"_s, newPassword);
        VERIFY_OK(today);
        VERIFY_OK(Environments::readSpec(dir, today.value(), EnvironmentId::generation(monday)));

        // A user removed today cannot open it, even with a session from before.
        VERIFY_OK(users.remove(admin, today->userId));
        const auto refused = Environments::readSpec(dir, today.value(), EnvironmentId::generation(monday));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY(!users.login(u"support"_s, newPassword).ok());
        // A demotion counts at once too.
        const Session manager = RewindTest::demoSession(dir, Role::Manager);
        Session stale = admin;
        stale.role = Role::Admin;
        VERIFY_OK(users.setRole(admin, manager.userId, Role::Admin));
        Session promoted = manager; // the session still says manager; production says administrator
        VERIFY_OK(Environments::readSpec(dir, promoted, EnvironmentId::generation(monday)));
        VERIFY_OK(users.setRole(admin, manager.userId, Role::Manager));
        promoted.role = Role::Admin; // a session claiming more than production says gets nothing more
        QCOMPARE(Environments::readSpec(dir, promoted, EnvironmentId::generation(monday)).error().code,
                 ErrorCode::ReadOnly);
        Q_UNUSED(stale)
    }

    // Undoing a change brings back records and settings, never an old password or a removed user.
    void undoKeepsTodaysUsers()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir dir(tmp.path());
        UserStore users(dir, m_clock);
        const Session admin = RewindTest::demoSession(dir, Role::Admin);
        auto deleted = BulkDelete(dir, m_clock, admin).deleteAll(u"見積明細"_s);
        VERIFY_OK(deleted);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"見積明細"_s), qint64(0));
        // After the restore point: a new password, a new user, a removed user.
        const Session support = RewindTest::demoSession(dir, Role::Support);
        VERIFY_OK(users.setPassword(admin, support.userId, "after-the-point"));
        VERIFY_OK(users.createUser(admin, u"late"_s, {}, Role::Manager, "late-user-pass", false));
        const Session manager = RewindTest::demoSession(dir, Role::Manager);
        VERIFY_OK(users.remove(admin, manager.userId));
        // The newest user, removed again: the highest number, the one a reset counter would hand out again.
        auto temp = users.createUser(admin, u"temp"_s, {}, Role::Manager, "temp-user-pass", false);
        VERIFY_OK(temp);
        const Session tempSession = RewindTest::loginAs(dir, u"temp"_s, "temp-user-pass");
        VERIFY_OK(users.remove(admin, temp->id));

        // Support staff may not undo a delete of records? They may: it needs the right the change needed.
        VERIFY_OK(CsvImporter(dir, m_clock, admin).undo(deleted->restorePoint));
        QVERIFY(RewindTest::countRecords(Production::readOnly(dir), u"見積明細"_s) > 0);
        VERIFY_OK(users.login(u"support"_s, "after-the-point"));
        QVERIFY(!users.login(u"support"_s, QByteArray(kDemoUsers[1].password)).ok());
        VERIFY_OK(users.login(u"late"_s, "late-user-pass"));
        QVERIFY(!users.login(u"manager"_s, QByteArray(kDemoUsers[2].password)).ok());
        QCOMPARE(Access::primaryContact(dir).value(), u"admin"_s);
        // The removed manager's number is never handed out again, and the old session acts for nobody.
        auto newcomer = users.createUser(admin, u"newcomer"_s, {}, Role::Admin, "newcomer-pass-1", false);
        VERIFY_OK(newcomer);
        QVERIFY(newcomer->id != manager.userId);
        QVERIFY(newcomer->id > temp->id);
        QCOMPARE(Access::require(dir, tempSession, Right::ReadHistory).error().code, ErrorCode::ReadOnly);
        Session posing = tempSession; // a session of a removed user carrying the newcomer's number
        posing.userId = newcomer->id;
        QCOMPARE(Access::require(dir, posing, Right::ManageUsers).error().code, ErrorCode::ReadOnly);
    }

    // Undoing a CSV import is support staff's — unless an administrator changed settings since: going back
    // would undo that too, so then it is the administrator's.
    void undoThatWouldRevertSettingsNeedsTheSettingsRight()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir dir(tmp.path());
        const Session admin = RewindTest::demoSession(dir, Role::Admin);
        const Session support = RewindTest::demoSession(dir, Role::Support);
        CsvExportOptions ex;
        ex.db = u"顧客"_s;
        ex.outPath = tmp.filePath(u"c.csv"_s);
        VERIFY_OK(CsvExporter(dir, support).run(ex));
        CsvImportOptions im;
        im.db = u"顧客"_s;
        im.file = ex.outPath;
        auto imported = CsvImporter(dir, m_clock, support).apply(im);
        VERIFY_OK(imported);
        // The administrator adds a DB afterwards.
        QFile f(tmp.filePath(u"new.csv"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("会社\nA社\n");
        f.close();
        DbFromCsvOptions o;
        o.file = f.fileName();
        o.name = u"取引先"_s;
        VERIFY_OK(DbFromCsv(dir, m_clock, admin).run(o));
        const QByteArray before = RewindTest::productionState(dir);
        const Status refused = CsvImporter(dir, m_clock, support).undo(imported->restorePoint);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY2(refused.error().message.contains(u"settings"_s), qPrintable(refused.error().message));
        QCOMPARE(RewindTest::productionState(dir), before);
        // Without a settings change in between, support staff undo their own import.
        auto again = CsvImporter(dir, m_clock, support).apply(im);
        VERIFY_OK(again);
        VERIFY_OK(CsvImporter(dir, m_clock, support).undo(again->restorePoint));
        // The administrator may undo the first one, taking the new DB with it.
        VERIFY_OK(CsvImporter(dir, m_clock, admin).undo(imported->restorePoint));
        QVERIFY(!Environments::loadCatalog(dir, admin, EnvironmentId::production())->dbByName(u"取引先"_s));
    }

    // An undo needs the right of the change it undoes: a template load is the administrator's to undo.
    void undoNeedsTheRightOfTheChange()
    {
        QTemporaryDir tmp;
        QVERIFY(RewindTest::copyFolder(m_demo.path(), tmp.path()));
        const DataDir dir(tmp.path());
        const Session admin = RewindTest::demoSession(dir, Role::Admin);
        const Session support = RewindTest::demoSession(dir, Role::Support);
        auto settingsPoint =
            RestorePointStore(dir).create(u"before a template"_s, m_clock.now(), Right::ManageSettings);
        VERIFY_OK(settingsPoint);
        auto recordsPoint = RestorePointStore(dir).create(u"before an import"_s, m_clock.now(), Right::TransferCsv);
        VERIFY_OK(recordsPoint);
        const QByteArray before = RewindTest::productionState(dir);
        const Status refused = CsvImporter(dir, m_clock, support).undo(settingsPoint->id);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY2(refused.error().message.contains(Access::rightName(Right::ManageSettings)),
                 qPrintable(refused.error().message));
        QCOMPARE(RewindTest::productionState(dir), before);
        VERIFY_OK(CsvImporter(dir, m_clock, support).undo(recordsPoint->id));
        VERIFY_OK(CsvImporter(dir, m_clock, admin).undo(settingsPoint->id));
    }
};

QTEST_GUILESS_MAIN(TstAccess)
#include "tst_access.moc"
