#include "Commands.h"

#include "CtlContext.h"
#include "CompareCommands.h"
#include "TemplateCommands.h"
#include "ArchiveCommands.h"
#include "TransferCommands.h"
#include "UserCommands.h"
#include "WorkspaceCommands.h"

#include "access/PasswordHash.h"
#include "access/Users.h"
#include "backup/BackupRunner.h"
#include "backup/GenerationStore.h"
#include "demo/DemoBuilder.h"
#include "pg/PgTarget.h"
#include "pg/PgWorkspaceCopy.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/RecordQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QJsonArray>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

QJsonObject generationJson(const GenerationInfo &g)
{
    QJsonObject o{{"slot"_L1, weekdayKey(g.slot)},
                  {"weekday"_L1, QLocale::c().dayName(int(g.slot))},
                  {"state"_L1, slotStateKey(g.state)},
                  {"path"_L1, QDir::toNativeSeparators(g.path)},
                  {"sizeBytes"_L1, g.sizeBytes}};
    if (g.manifest) {
        o.insert("takenAt"_L1, isoTime(g.manifest->takenAt));
        o.insert("records"_L1, g.manifest->totalRecords());
        o.insert("durationMs"_L1, g.manifest->durationMs);
        o.insert("workspaceId"_L1, g.manifest->workspaceId);
    } else {
        o.insert("takenAt"_L1, QJsonValue::Null);
        o.insert("records"_L1, QJsonValue::Null);
    }
    o.insert("problem"_L1, g.problem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.problem));
    return o;
}

// --- init -------------------------------------------------------------------------------------
int runInit(CtlContext &ctx)
{
    // The first administrator comes with the workspace: nobody can act in a workspace without users.
    auto given = ctx.credentials();
    if (!given)
        return ctx.fail(given.error(), kUsage);
    auto [login, password] = std::move(given).value();
    // (an init-capture: clang before 16 cannot capture a structured binding)
    const auto wipe = qScopeGuard([&secret = password] { PasswordHash::wipe(secret); });
    if (auto st = UserStore::checkLogin(login); !st)
        return ctx.fail(st.error(), kUsage);
    if (auto st = UserStore::checkPassword(login, password); !st)
        return ctx.fail(st.error(), kUsage);
    const bool existed = Production::exists(ctx.dir);
    if (!existed) {
        const QString name = ctx.parser.value(u"name"_s);
        auto conn = Production::create(ctx.dir, name.isEmpty() ? tr("My workspace") : name, Clock::system());
        if (!conn)
            return ctx.fail(conn.error());
    }
    UserStore users(ctx.dir, ctx.clock());
    auto admin = users.createFirstAdmin(login, ctx.parser.value(u"display-name"_s), password);
    if (!admin) {
        if (existed && admin.error().code == ErrorCode::AlreadyExists)
            return ctx.fail(makeError(ErrorCode::AlreadyExists,
                                      tr("%1 already holds a workspace with users. Log in as an administrator "
                                         "and add users with \"rewindctl users add\".")
                                          .arg(QDir::toNativeSeparators(ctx.dir.root()))));
        return ctx.fail(admin.error());
    }
    if (existed)
        ctx.out << tr("%1 is now the first system administrator and primary contact of the workspace in %2.")
                       .arg(admin->login, QDir::toNativeSeparators(ctx.dir.root()))
                << Qt::endl;
    else if (ctx.dir.isPostgres())
        ctx.out << tr("Created an empty workspace in %1 (schema \"rewind\") with %2 as its system administrator and "
                      "primary contact; generations go to %3.")
                       .arg(ctx.dir.productionUrl(), admin->login, QDir::toNativeSeparators(ctx.dir.root()))
                << Qt::endl;
    else
        ctx.out << tr("Created an empty workspace in %1 with %2 as its system administrator and primary contact.")
                       .arg(QDir::toNativeSeparators(ctx.dir.root()), admin->login)
                << Qt::endl;
    return kOk;
}

// --- demo -------------------------------------------------------------------------------------
int runDemo(CtlContext &ctx)
{
    DemoOptions options;
    bool ok = true;
    if (ctx.parser.isSet(u"records"_s)) {
        options.records = ctx.parser.value(u"records"_s).toLongLong(&ok);
        if (!ok || options.records < 1 || options.records > 100'000'000)
            return ctx.usage(tr("--records takes a whole number from 1 to 100000000, not \"%1\".")
                                 .arg(ctx.parser.value(u"records"_s)));
    }
    if (ctx.parser.isSet(u"seed"_s)) {
        options.seed = ctx.parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return ctx.usage(tr("--seed takes a whole number, not \"%1\".").arg(ctx.parser.value(u"seed"_s)));
    }
    if (ctx.parser.isSet(u"today"_s)) {
        options.today = QDate::fromString(ctx.parser.value(u"today"_s), Qt::ISODate);
        if (!options.today.isValid())
            return ctx.usage(tr("--today takes a date as YYYY-MM-DD, not \"%1\".").arg(ctx.parser.value(u"today"_s)));
    }
    QElapsedTimer timer;
    timer.start();
    // PostgreSQL: the demo week is built on an SQLite production as usual, which then moves into the database;
    // the generations stay as they are (the same workspace).
    const QString pgUrl = ctx.dir.productionUrl();
    if (!pgUrl.isEmpty()) {
        if (QFileInfo::exists(ctx.dir.productionUrlPath()) || QFileInfo::exists(ctx.dir.productionPath()))
            return ctx.fail(
                makeError(ErrorCode::AlreadyExists, tr("%1 already holds a workspace. Use another --data-dir.")
                                                        .arg(QDir::toNativeSeparators(ctx.dir.root()))));
        DataDir::setProductionOverride({});
    }
    DemoBuilder builder(ctx.dir, options);
    builder.setProgress(ctx.progressPrinter());
    auto summary = builder.build();
    if (!summary)
        return ctx.fail(summary.error());
    if (!pgUrl.isEmpty()) {
        DataDir::setProductionOverride(pgUrl);
        auto moved = PgWorkspaceCopy::moveProduction(ctx.dir, pgUrl);
        if (!moved)
            return ctx.fail(moved.error());
        ctx.out << tr("Production moved into %1: %2 rows.").arg(pgUrl).arg(moved->rows) << Qt::endl;
    }
    ctx.out << tr("Demo workspace ready in %1: %2 DBs, %3 records, %4 generations (%5 s).")
                   .arg(QDir::toNativeSeparators(ctx.dir.root()))
                   .arg(summary->dbs)
                   .arg(summary->records)
                   .arg(summary->generations)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    return kOk;
}

// --- backup -----------------------------------------------------------------------------------
int runBackup(CtlContext &ctx)
{
    BackupRunner runner(ctx.dir, ctx.clock(), ctx.session);
    runner.setProgress(ctx.progressPrinter());
    auto gen = runner.run();
    if (!gen)
        return ctx.fail(gen.error());
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(generationJson(gen.value()));
        return kOk;
    }
    const Manifest &m = *gen->manifest;
    ctx.out << tr("Generation %1 taken at %2: %3 records, %4, verified in %5 s.")
                   .arg(weekdayKey(gen->slot), m.takenAt.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                   .arg(m.totalRecords())
                   .arg(humanSize(gen->sizeBytes))
                   .arg(double(m.durationMs) / 1000.0, 0, 'f', 2)
            << Qt::endl;
    return kOk;
}

// --- generations ------------------------------------------------------------------------------
int runGenerations(CtlContext &ctx)
{
    const QList<GenerationInfo> all = GenerationStore(ctx.dir).list();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const auto &g : all)
            list.append(generationJson(g));
        ctx.printJson(QJsonObject{{"dataDir"_L1, QDir::toNativeSeparators(ctx.dir.root())}, {"generations"_L1, list}});
        return kOk;
    }
    ctx.out << u"%1  %2  %3  %4  %5"_s.arg(tr("slot"), -4)
                   .arg(tr("state"), -8)
                   .arg(tr("taken at"), -19)
                   .arg(tr("records"), 10)
                   .arg(tr("size"), 10)
            << Qt::endl;
    for (const auto &g : all) {
        ctx.out << u"%1  %2  %3  %4  %5"_s.arg(weekdayKey(g.slot), -4)
                       .arg(slotStateKey(g.state), -8)
                       .arg(g.manifest ? g.manifest->takenAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s, -19)
                       .arg(g.manifest ? QString::number(g.manifest->totalRecords()) : u"-"_s, 10)
                       .arg(g.sizeBytes ? humanSize(g.sizeBytes) : u"-"_s, 10);
        if (!g.problem.isEmpty())
            ctx.out << "  " << g.problem;
        ctx.out << Qt::endl;
    }
    return kOk;
}

// --- verify -----------------------------------------------------------------------------------
int runVerify(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    const bool all = ctx.parser.isSet(u"all"_s);
    if (all == !args.isEmpty() || args.size() > 1)
        return ctx.usage(tr("verify takes one slot (mon … sun) or --all."));
    QList<Weekday> chosen;
    if (all) {
        chosen = QList<Weekday>(kAllWeekdays.begin(), kAllWeekdays.end());
    } else {
        const auto day = weekdayFromKey(args.first());
        if (!day)
            return ctx.usage(tr("\"%1\" is not a slot. Use mon, tue, wed, thu, fri, sat or sun.").arg(args.first()));
        chosen = {*day};
    }
    const GenerationStore store(ctx.dir);
    const bool full = ctx.parser.isSet(u"full"_s);
    const bool json = ctx.parser.isSet(u"json"_s);
    int exit = kOk;
    int checked = 0;
    QJsonArray results;
    for (Weekday day : chosen) {
        auto report = store.verify(day, full);
        if (!report) {
            if (report.error().code == ErrorCode::NotFound && all) {
                results.append(QJsonObject{{"slot"_L1, weekdayKey(day)}, {"state"_L1, u"empty"_s}});
                if (!json)
                    ctx.out << u"%1  %2"_s.arg(weekdayKey(day), -4).arg(tr("empty")) << Qt::endl;
                continue;
            }
            return ctx.fail(report.error());
        }
        ++checked;
        QJsonObject o{{"slot"_L1, weekdayKey(day)},
                      {"state"_L1, report->ok() ? u"ok"_s : u"damaged"_s},
                      {"records"_L1, report->records},
                      {"elapsedMs"_L1, report->elapsedMs},
                      {"problems"_L1, QJsonArray::fromStringList(report->problems)}};
        results.append(o);
        if (!report->ok())
            exit = kDamaged;
        if (!json) {
            if (report->ok()) {
                ctx.out << u"%1  %2  "_s.arg(weekdayKey(day), -4).arg(tr("OK"))
                        << tr("%1 records checked in %2 s")
                               .arg(report->records)
                               .arg(double(report->elapsedMs) / 1000.0, 0, 'f', 2)
                        << Qt::endl;
            } else {
                ctx.out << u"%1  %2"_s.arg(weekdayKey(day), -4).arg(tr("DAMAGED")) << Qt::endl;
                for (const QString &p : report->problems)
                    ctx.out << "      " << p << Qt::endl;
            }
        }
    }
    if (json)
        ctx.printJson(QJsonObject{{"full"_L1, full}, {"results"_L1, results}});
    if (exit == kDamaged)
        ctx.err << "rewindctl: "
                << tr("Damaged generations found. Take a new backup; the damaged slot is replaced by the next run of "
                      "its weekday.")
                << Qt::endl;
    else if (all && checked == 0 && !json)
        ctx.out << tr("No generations yet. Take one with \"rewindctl backup\".") << Qt::endl;
    return exit;
}

// --- shared by dbs and records: open an environment read-only ----------------------------------
struct OpenedEnv
{
    std::shared_ptr<ScopedConnection> conn;
    ConnectionSpec spec;
    Catalog catalog;
    std::optional<Manifest> manifest;
};

Result<OpenedEnv> openEnv(CtlContext &ctx)
{
    const QString text = ctx.parser.value(u"env"_s);
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("Say which environment with --env production|mon|tue|wed|thu|fri|sat|sun."));
    const auto env = EnvironmentId::parse(text);
    if (!env)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("\"%1\" is not an environment. Use production, mon, tue, wed, thu, fri, sat or sun.").arg(text));
    OpenedEnv opened;
    if (env->isProduction()) {
        auto prod = Production::open(ctx.dir, u"ctl-check"_s); // checks it exists and is a workspace
        if (!prod)
            return prod.error();
        opened.spec = Production::readOnly(ctx.dir);
    } else {
        // The same refusals (empty, damaged) every other reader of a generation gets.
        auto spec = Environments::readSpec(ctx.dir, ctx.session, *env);
        if (!spec)
            return spec.error();
        opened.spec = spec.value();
        opened.manifest = GenerationStore(ctx.dir).info(env->slot()).manifest;
    }
    auto conn = ScopedConnection::open(opened.spec, u"ctl"_s);
    if (!conn)
        return conn.error();
    opened.conn = conn.value();
    auto catalog = Catalog::load(opened.conn->db());
    if (!catalog)
        return catalog.error();
    opened.catalog = catalog.value();
    return opened;
}

// --- dbs --------------------------------------------------------------------------------------
int runDbs(CtlContext &ctx)
{
    auto env = openEnv(ctx);
    if (!env)
        return env.error().code == ErrorCode::InvalidArgument ? ctx.usage(env.error().message) : ctx.fail(env.error());
    QJsonArray list;
    QSqlQuery q(env->conn->db());
    for (const DbDef &db : env->catalog.dbs) {
        if (!q.exec(u"SELECT count(*) FROM "_s + db.table()) || !q.next())
            return ctx.fail(Sql::error(q.lastError(), tr("Counting the records of \"%1\"").arg(db.name)));
        QJsonObject settings;
        for (SettingKind kind : kAllSettingKinds) {
            settings.insert(settingKindKey(kind),
                            int(std::count_if(db.settings.begin(), db.settings.end(),
                                              [kind](const SettingDef &s) { return s.kind == kind; })));
        }
        list.append(QJsonObject{{"id"_L1, db.id},
                                {"name"_L1, db.name},
                                {"records"_L1, q.value(0).toLongLong()},
                                {"fields"_L1, int(db.fields.size())},
                                {"settings"_L1, settings}});
    }
    const QString envKey = EnvironmentId::parse(ctx.parser.value(u"env"_s))->key();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonObject o{{"env"_L1, envKey}, {"workspace"_L1, env->catalog.workspaceName}, {"dbs"_L1, list}};
        o.insert("takenAt"_L1,
                 env->manifest ? QJsonValue(isoTime(env->manifest->takenAt)) : QJsonValue(QJsonValue::Null));
        ctx.printJson(o);
        return kOk;
    }
    ctx.out << u"%1  %2  %3  %4"_s.arg(u"id"_s, 4).arg(tr("name"), -16).arg(tr("records"), 10).arg(tr("fields"), 6)
            << Qt::endl;
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        ctx.out << u"%1  %2  %3  %4"_s.arg(o.value("id"_L1).toInteger(), 4)
                       .arg(o.value("name"_L1).toString(), -16)
                       .arg(o.value("records"_L1).toInteger(), 10)
                       .arg(o.value("fields"_L1).toInt(), 6)
                << Qt::endl;
    }
    return kOk;
}

// --- records ----------------------------------------------------------------------------------
int runRecords(CtlContext &ctx)
{
    auto env = openEnv(ctx);
    if (!env)
        return env.error().code == ErrorCode::InvalidArgument ? ctx.usage(env.error().message) : ctx.fail(env.error());
    const QString name = ctx.parser.value(u"db"_s);
    const DbDef *db = env->catalog.dbByName(name);
    if (!db) {
        QStringList names;
        for (const auto &d : env->catalog.dbs)
            names.append(d.name);
        return ctx.fail(makeError(ErrorCode::NotFound,
                                  tr("There is no DB named \"%1\" here. DBs: %2").arg(name, names.join(u", "_s))));
    }
    bool ok = true;
    const int limit = ctx.parser.isSet(u"limit"_s) ? ctx.parser.value(u"limit"_s).toInt(&ok) : 20;
    if (!ok || limit < 1)
        return ctx.usage(tr("--limit takes a whole number above 0."));
    RecordQuery query = RecordQuery::forDb(env->spec, env->catalog, *db);
    query.search = ctx.parser.value(u"search"_s);
    QVariantList binds;
    QSqlQuery q(env->conn->db());
    q.setForwardOnly(true);
    q.prepare(query.pageSql(std::nullopt, false, 0, limit, &binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return ctx.fail(Sql::error(q.lastError(), tr("Reading the records of \"%1\"").arg(db->name)));
    const int columns = query.columnCount();
    QJsonArray rows;
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header.append(query.columnHeader(c));
    if (!ctx.parser.isSet(u"json"_s))
        ctx.out << header.join(u'\t') << Qt::endl;
    while (q.next()) {
        QJsonObject row;
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value(c);
            QString key = c == 0 ? u"rid"_s
                                 : (c == columns - 2 ? u"createdAt"_s
                                                     : (c == columns - 1 ? u"updatedAt"_s : query.fieldAt(c)->name));
            QJsonValue jv = QJsonValue::fromVariant(v);
            if (c >= columns - 2)
                jv = QDateTime::fromMSecsSinceEpoch(v.toLongLong()).toString(Qt::ISODate);
            row.insert(key, jv);
            cells.append(c >= columns - 2 ? jv.toString() : v.toString().replace(u'\n', u' '));
        }
        rows.append(row);
        if (!ctx.parser.isSet(u"json"_s))
            ctx.out << cells.join(u'\t') << Qt::endl;
    }
    if (ctx.parser.isSet(u"json"_s))
        ctx.printJson(QJsonObject{{"db"_L1, db->name}, {"records"_L1, rows}});
    return kOk;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."));
}

QCommandLineOption envOption()
{
    return QCommandLineOption(u"env"_s, tr("Environment: production, or a slot mon, tue, wed, thu, fri, sat, sun."),
                              tr("ENV"));
}
} // namespace

QList<Command> commands()
{
    QList<Command> all = {
        {u"init"_s,
         tr("Create an empty production workspace in the data directory, with --user ID as its first system "
            "administrator (password from --password-stdin, REWIND_PASSWORD or a prompt). In a workspace without "
            "users it only adds that administrator."),
         QList<QCommandLineOption>{
             QCommandLineOption(u"name"_s, tr("Name of the workspace."), tr("NAME")),
             QCommandLineOption(u"display-name"_s, tr("The administrator's display name."), tr("NAME"))} +
             loginOptions(),
         {},
         runInit,
         false},
        {u"demo"_s,
         tr("Create the demo workspace and simulate a week of daily backups (all seven slots)."),
         {QCommandLineOption(u"records"_s, tr("Production records in total (default 50000)."), tr("N")),
          QCommandLineOption(u"seed"_s, tr("Random seed; the same seed gives the same workspace (default 1)."),
                             tr("S")),
          QCommandLineOption(u"today"_s, tr("Last simulated day, YYYY-MM-DD (default: today)."), tr("DATE"))},
         {},
         runDemo,
         false},
        {u"backup"_s,
         tr("Take today's generation now: copy production, verify it, and publish it in today's weekday slot."),
         {jsonOption()},
         {},
         runBackup},
        {u"generations"_s,
         tr("List the seven weekday slots: state, time taken, records and size."),
         {jsonOption()},
         {},
         runGenerations},
        {u"verify"_s,
         tr("Check generations against their manifests (integrity check, record counts, checksums). "
            "Exit code 3 when one is damaged."),
         {QCommandLineOption(u"all"_s, tr("Verify every slot.")),
          QCommandLineOption(u"full"_s, tr("Run SQLite's full integrity_check instead of quick_check.")), jsonOption()},
         tr("[SLOT]"),
         runVerify},
        {u"dbs"_s,
         tr("List the DBs of an environment with their record counts."),
         {envOption(), jsonOption()},
         {},
         runDbs},
        {u"records"_s,
         tr("Print records of one DB of an environment."),
         {envOption(), QCommandLineOption(u"db"_s, tr("DB name."), tr("NAME")),
          QCommandLineOption(u"search"_s, tr("Only records containing these words (width- and case-insensitive)."),
                             tr("TEXT")),
          QCommandLineOption(u"limit"_s, tr("At most N records (default 20)."), tr("N")), jsonOption()},
         {},
         runRecords},
    };
    all.append(transferCommands());
    all.append(workspaceCommands());
    all.append(templateCommands());
    all.append(archiveCommands());
    all.append(compareCommands());
    all.append(userCommands());
    return all;
}

} // namespace Rewind::Ctl
