#pragma once

#include "access/Users.h"
#include "demo/DemoBuilder.h"
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

/// Builds a demo workspace into `root`; false (with a warning) on error.
inline bool buildDemo(const QString &root, qint64 records = 2000, quint64 seed = 7, const QDate &today = demoToday())
{
    Rewind::DemoBuilder builder(Rewind::DataDir(root), Rewind::DemoOptions{records, seed, today});
    auto summary = builder.build();
    if (!summary) {
        qWarning("demo failed: %s", qPrintable(summary.error().message));
        return false;
    }
    return true;
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
/// anything could not be copied.
inline bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = to + u'/' + entry.fileName();
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
