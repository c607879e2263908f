#pragma once

#include "access/Users.h"
#include "backup/ContentHash.h"
#include "demo/DemoBuilder.h"
#include "pg/PgConn.h"
#include "pg/PgTarget.h"
#include "pg/PgWorkingCopy.h"
#include "pg/PgWorkspaceCopy.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "util/DataDir.h"
#include "workspace/Catalog.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace RewindTest
{

/// The fixed last day of the demo week in tests: a Friday, so the slots run Saturday 11-14 … Friday 11-20.
inline QDate demoToday()
{
    return QDate(2026, 11, 20);
}

/// The engine production runs on in this test run. ctest runs the engine-independent suites twice: as they
/// are (SQLite), and as NAME_pg with REWIND_TEST_ENGINE=postgres on the private cluster tests/pg/cluster
/// started (ctest fixture "pg"; REWIND_TEST_PG_STATE names its folder). Same test code, both engines.
inline bool onPostgres()
{
    return qEnvironmentVariable("REWIND_TEST_ENGINE") == QLatin1String("postgres");
}

/// postgresql://USER@HOST:PORT/`db` on the test cluster; loads the cluster's PG* variables (and with them
/// the password, for libpq) into this process the first time.
inline QString pgUrl(const QString &db)
{
    static const bool loaded = [] {
        QFile env(qEnvironmentVariable("REWIND_TEST_PG_STATE") + QStringLiteral("/env"));
        if (!env.open(QIODevice::ReadOnly)) {
            qWarning("No test cluster: ctest starts it (fixture \"pg\"); by hand run tests/pg/cluster start DIR "
                     "and set REWIND_TEST_PG_STATE=DIR.");
            return false;
        }
        for (const QByteArray &line : env.readAll().split('\n')) {
            const QByteArray kv = line.mid(line.indexOf(' ') + 1);
            const QByteArray key = kv.left(kv.indexOf('=')), value = kv.mid(kv.indexOf('=') + 1);
            if (key.startsWith("PG"))
                qputenv(key.constData(), value);
        }
        return true;
    }();
    Q_UNUSED(loaded);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), db);
}

/// A new database on the test cluster (a copy of `templateDb` when given); its name, or empty on error.
inline QString newPgDatabase(const QString &templateDb = {})
{
    static int made = 0;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    auto admin =
        Rewind::PgConn::open(*Rewind::PgTarget::parse(pgUrl(QStringLiteral("postgres"))), QStringLiteral("test"));
    if (!admin) {
        qWarning("%s", qPrintable(admin.error().message));
        return {};
    }
    auto st = (*admin)->exec(
        "CREATE DATABASE " + name.toUtf8() +
            (templateDb.isEmpty() ? QByteArray() : " TEMPLATE " + templateDb.toUtf8() + " STRATEGY FILE_COPY"),
        QStringLiteral("Creating a test database"));
    if (!st) {
        qWarning("%s", qPrintable(st.error().message));
        return {};
    }
    return name;
}

/// Builds a demo workspace into `root`; false (with a warning) on error. On PostgreSQL runs, production is
/// then moved into a database of its own, as `rewindctl demo --production` leaves it.
inline bool buildDemo(const QString &root, qint64 records = 2000, quint64 seed = 7, const QDate &today = demoToday())
{
    Rewind::DemoBuilder builder(Rewind::DataDir(root), Rewind::DemoOptions{records, seed, today});
    auto summary = builder.build();
    if (!summary) {
        qWarning("demo failed: %s", qPrintable(summary.error().message));
        return false;
    }
    if (onPostgres()) {
        const QString db = newPgDatabase();
        auto moved = db.isEmpty() ? Rewind::Result<Rewind::PgWorkspaceCopy::Copied>(
                                        Rewind::makeError(Rewind::ErrorCode::Io, QStringLiteral("no database")))
                                  : Rewind::PgWorkspaceCopy::moveProduction(Rewind::DataDir(root), pgUrl(db));
        if (!moved) {
            qWarning("moving the demo into PostgreSQL failed: %s", qPrintable(moved.error().message));
            return false;
        }
    }
    return true;
}

/// Everything production holds, as one hash, to prove an operation left it as it was: on SQLite the
/// file's bytes; on PostgreSQL every row of every table of the workspace in key order, and every sequence.
inline QByteArray productionState(const Rewind::DataDir &dir)
{
    // A failure to read is never equal to anything, not even to another failure.
    static int failures = 0;
    const auto unreadable = []() -> QByteArray {
        return "unreadable #" + QByteArray::number(++failures);
    };
    if (!dir.isPostgres()) {
        QFile f(dir.productionPath());
        if (!f.open(QIODevice::ReadOnly))
            return unreadable();
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        return h.result().toHex();
    }
    auto conn = Rewind::PgConn::open(*Rewind::PgTarget::parse(dir.productionUrl()), QStringLiteral("test-state"));
    if (!conn)
        return unreadable();
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto tables = (*conn)->query("SELECT tablename FROM pg_tables WHERE schemaname = 'rewind' AND tablename <> "
                                 "'rw_backup_run' ORDER BY 1",
                                 {}, QStringLiteral("test"));
    auto sequences =
        (*conn)->query("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'rewind' ORDER BY 1", {},
                       QStringLiteral("test"));
    if (!tables || !sequences)
        return unreadable();
    for (const QStringList &t : *tables) {
        h.addData(t.value(0).toUtf8());
        auto st = (*conn)->copyOut(
            "COPY (SELECT * FROM " + t.value(0).toUtf8() + " ORDER BY 1) TO STDOUT",
            [&h](const char *data, int size) {
                h.addData(QByteArrayView(data, size));
                return true;
            },
            QStringLiteral("test"));
        if (!st)
            return unreadable();
    }
    for (const QStringList &s : *sequences)
        h.addData((s.join(u'=') + u'\n').toUtf8());
    return h.result().toHex();
}

/// The content hash of each record table of production (ContentHash::recordTable), on either engine.
inline QStringList recordTableHashes(const Rewind::DataDir &dir)
{
    std::unique_ptr<Rewind::PgWorkingCopy> copy;
    Rewind::SqliteFile own;
    if (dir.isPostgres()) {
        auto opened = Rewind::PgWorkingCopy::open(dir, Rewind::PgWorkingCopy::Mode::Read,
                                                  Rewind::PgWorkspaceCopy::Selection{true, {}, false});
        if (!opened) {
            static int failures = 0; // never equal to anything, not even to another failure
            return {opened.error().message + QStringLiteral(" #") + QString::number(++failures)};
        }
        copy = std::move(opened).value();
    } else if (!own.open(dir.productionPath(), Rewind::SqliteFile::OpenMode::ReadOnly)) {
        static int failures = 0;
        return {QStringLiteral("cannot open #%1").arg(++failures)};
    }
    Rewind::SqliteFile &f = copy ? copy->file() : own;
    QStringList out;
    for (int id = 1; id <= 7; ++id) {
        QString sum;
        qint64 n = 0;
        if (Rewind::ContentHash::recordTable(f, QStringLiteral("rec_%1").arg(id), &sum, &n))
            out.append(sum);
    }
    return out;
}

/// Records of DB `db` in the database `spec` opens, counted with the test's own connection (optionally
/// only those whose folded search text contains `search`); -1 when it cannot be read.
inline qint64 countRecords(const Rewind::ConnectionSpec &spec, const QString &db, const QString &search = {})
{
    using namespace Qt::StringLiterals;
    auto connection = Rewind::ScopedConnection::open(spec, u"test-count"_s);
    if (!connection)
        return -1;
    const auto catalog = Rewind::Catalog::load(connection.value()->db());
    if (!catalog || !catalog->dbByName(db))
        return -1;
    QSqlQuery q(connection.value()->db());
    QString sql = u"SELECT count(*) FROM "_s + catalog->dbByName(db)->table();
    if (!search.isEmpty())
        sql += u" WHERE search LIKE ?"_s;
    q.prepare(sql);
    if (!search.isEmpty())
        q.addBindValue(QString(u'%' + search + u'%'));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

/// SHA-256 of a file's bytes, to prove a file was left byte-identical.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

/// Copies a folder tree, hidden files included (archives/.schedule-state, backup.state …); false when
/// anything could not be copied. A data dir whose production is in PostgreSQL gets a copy of that database
/// too (CREATE DATABASE … TEMPLATE), so the copy is a workspace of its own.
inline bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.fileName() == QLatin1String("production.url")) {
            QFile url(entry.filePath());
            if (!url.open(QIODevice::ReadOnly))
                return false;
            auto source = Rewind::PgTarget::parse(QString::fromUtf8(url.readAll()).trimmed());
            const QString db = source ? newPgDatabase(source->dbname) : QString();
            QFile out(target);
            if (db.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(pgUrl(db).toUtf8() + '\n') < 0)
                return false;
            continue;
        }
        if (entry.isDir() ? !copyFolder(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

/// The error message of a failed Result, read only when it failed (a successful Result holds no Error, and
/// QVERIFY2 evaluates its message even when the check passes).
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

/// The password tests give the administrators they create (the demo's come from kDemoUsers).
inline constexpr const char *kTestAdminPassword = "test-admin-pass";

/// Logs `login` in; fails the calling test (and returns an empty session) when that is refused.
inline Rewind::Session loginAs(const Rewind::DataDir &dir, const QString &login, const QByteArray &password)
{
    auto session = Rewind::UserStore(dir, Rewind::Clock::system()).login(login, password);
    if (!session) {
        qWarning("login of %s failed: %s", qPrintable(login), qPrintable(session.error().message));
        return {};
    }
    return session.value();
}

/// The demo user of `role` (the demo workspace has one per role), logged in.
inline Rewind::Session demoSession(const Rewind::DataDir &dir, Rewind::Role role)
{
    for (const Rewind::DemoUser &u : Rewind::kDemoUsers) {
        if (u.role == role)
            return loginAs(dir, QString::fromUtf8(u.login), QByteArray(u.password));
    }
    return {};
}

/// An administrator of the workspace in `dir`, logged in: the demo's "admin", or in a workspace without
/// users a first administrator "admin" created here with kTestAdminPassword.
inline Rewind::Session adminSession(const Rewind::DataDir &dir)
{
    Rewind::UserStore users(dir, Rewind::Clock::system());
    auto any = users.hasUsers();
    if (any && !any.value()) {
        auto made = users.createFirstAdmin(QStringLiteral("admin"), {}, QByteArray(kTestAdminPassword));
        if (!made) {
            qWarning("first administrator failed: %s", qPrintable(made.error().message));
            return {};
        }
        return loginAs(dir, QStringLiteral("admin"), QByteArray(kTestAdminPassword));
    }
    // The demo's administrator carries the demo's display name; any other "admin" was made here.
    bool demo = false;
    if (auto list = users.list(); list) {
        for (const Rewind::UserInfo &u : list.value())
            demo = demo || (u.login == QLatin1String("admin") &&
                            u.displayName == QString::fromUtf8(Rewind::kDemoUsers[0].displayName));
    }
    return loginAs(dir, QStringLiteral("admin"),
                   QByteArray(demo ? Rewind::kDemoUsers[0].password : kTestAdminPassword));
}

} // namespace RewindTest

/// QVERIFY that a Result succeeded, printing its error message when it did not.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), RewindTest::why(result_).constData());                                                  \
    } while (false)
