#include "ArchiveCommands.h"

#include "CtlContext.h"

#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "jobs/JobProgress.h"
#include "jobs/JobRunner.h"
#include "jobs/ScheduleService.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace Rewind::Ctl
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Ctl", text);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

bool dateOption(CtlContext &ctx, const QString &option, QDate *out, int *exit)
{
    if (!ctx.parser.isSet(option))
        return true;
    const QString text = ctx.parser.value(option);
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid())
        *out = QDate::fromString(text, u"yyyy/MM/dd"_s);
    if (!out->isValid()) {
        *exit = ctx.usage(tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(option, text));
        return false;
    }
    return true;
}

QString sub(CtlContext &ctx)
{
    const QStringList args = ctx.parser.positionalArguments().mid(1);
    return args.isEmpty() ? QString() : args.first();
}

QStringList subArgs(CtlContext &ctx)
{
    return ctx.parser.positionalArguments().mid(2);
}

std::function<void(qint64, qint64, const QString &)> countPrinter(CtlContext &ctx)
{
    auto print = ctx.progressPrinter();
    if (!print)
        return {};
    return [print](qint64 done, qint64 total, const QString &stage) {
        print(total > 0 ? int(done * 100 / total) : 0, stage);
    };
}

QJsonObject archiveJson(const ArchiveInfo &a, const QDateTime &now)
{
    QJsonObject o = a.problem.isEmpty() ? a.manifest.toJson() : QJsonObject{{"id"_L1, a.id}};
    if (!a.problem.isEmpty())
        o.insert("problem"_L1, a.problem);
    o.insert("path"_L1, QDir::toNativeSeparators(a.path));
    o.insert("sizeBytes"_L1, a.sizeBytes);
    o.insert("expiresInSecs"_L1, now.secsTo(a.manifest.expiresAt));
    return o;
}

// ---- archive ------------------------------------------------------------------------------------

int archiveCreate(CtlContext &ctx)
{
    ArchiveRequest request;
    int exit = kOk;
    const bool full = ctx.parser.isSet(u"full"_s);
    if (!dateOption(ctx, u"from"_s, &request.from, &exit) || !dateOption(ctx, u"to"_s, &request.to, &exit))
        return exit;
    if (full == (request.from.isValid() || request.to.isValid()))
        return ctx.usage(tr("Say what to archive: --full, or --from DATE --to DATE (at most 31 days)."));
    request.kind = full ? ArchiveKind::Full : ArchiveKind::Custom;
    if (ctx.parser.isSet(u"encoding"_s)) {
        const auto e = csvEncodingFromKey(ctx.parser.value(u"encoding"_s));
        if (!e)
            return ctx.usage(
                tr("--encoding takes utf-8-bom or cp932, not \"%1\".").arg(ctx.parser.value(u"encoding"_s)));
        request.encoding = *e;
    }
    ArchiveService service(ctx.dir, ctx.clock(), ctx.session);
    service.setProgress(countPrinter(ctx));
    QList<ArchiveRequest> requests{request};
    if (!full && ctx.parser.isSet(u"split"_s)) {
        auto policy = service.policy();
        if (!policy)
            return ctx.fail(policy.error());
        requests.clear();
        for (const auto &[from, to] : ArchiveService::splitRange(request.from, request.to, policy->maxRangeDays)) {
            ArchiveRequest piece = request;
            piece.from = from;
            piece.to = to;
            requests.append(piece);
        }
    }
    QJsonArray made;
    for (const ArchiveRequest &r : requests) {
        auto info = service.create(r);
        if (!info)
            return ctx.fail(info.error());
        made.append(archiveJson(info.value(), ctx.clock().now()));
        if (!ctx.parser.isSet(u"json"_s)) {
            ctx.out << tr("Archive %1 is ready: %2 records in %3 files, %4 MB (%5). Kept until %6.")
                           .arg(info->id)
                           .arg(info->manifest.totalRecords())
                           .arg(info->manifest.entries.size())
                           .arg(double(info->sizeBytes) / 1e6, 0, 'f', 1)
                           .arg(info->manifest.rangeText(), when(info->manifest.expiresAt))
                    << Qt::endl;
        }
    }
    if (ctx.parser.isSet(u"json"_s))
        ctx.printJson(QJsonObject{{"archives"_L1, made}});
    return kOk;
}

int archiveList(CtlContext &ctx)
{
    ArchiveService service(ctx.dir, ctx.clock(), ctx.session);
    auto all = service.list();
    if (!all)
        return ctx.fail(all.error());
    const QDateTime now = ctx.clock().now();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const ArchiveInfo &a : all.value())
            list.append(archiveJson(a, now));
        auto next = service.nextFullAllowed();
        ctx.printJson(QJsonObject{{"archives"_L1, list}, {"nextFullAllowed"_L1, next ? iso(next.value()) : QString()}});
        return kOk;
    }
    if (all->isEmpty()) {
        ctx.out << tr("No archives. Make one with \"rewindctl archive create --full\".") << Qt::endl;
        return kOk;
    }
    ctx.out << u"%1  %2  %3  %4  %5  %6"_s.arg(tr("ID"), -28)
                   .arg(tr("Kind"), -11)
                   .arg(tr("Records"), 10)
                   .arg(tr("Size (MB)"), 9)
                   .arg(tr("Expires in"), -12)
                   .arg(tr("Range"))
            << Qt::endl;
    for (const ArchiveInfo &a : all.value()) {
        if (!a.problem.isEmpty()) {
            ctx.out << u"%1  %2"_s.arg(a.id, -28).arg(tr("damaged: %1").arg(a.problem)) << Qt::endl;
            continue;
        }
        const qint64 secs = now.secsTo(a.manifest.expiresAt);
        const QString left = secs <= 0 ? tr("expired") : tr("%1 d %2 h").arg(secs / 86400).arg((secs % 86400) / 3600);
        ctx.out << u"%1  %2  %3  %4  %5  %6"_s.arg(a.id, -28)
                       .arg(archiveKindName(a.manifest.kind), -11)
                       .arg(a.manifest.totalRecords(), 10)
                       .arg(double(a.sizeBytes) / 1e6, 9, 'f', 1)
                       .arg(left, -12)
                       .arg(a.manifest.rangeText())
                << Qt::endl;
    }
    return kOk;
}

int archiveVerify(CtlContext &ctx, const QString &file)
{
    auto report = ArchiveService::verifyFile(file);
    if (!report) // a file that is not there is not damaged: exit 1, as for any failure
        return ctx.fail(report.error(),
                        report.error().code == ErrorCode::Corrupt || report.error().code == ErrorCode::Unsupported
                            ? kDamaged
                            : kFailed);
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(QJsonObject{{"file"_L1, QDir::toNativeSeparators(file)},
                                  {"ok"_L1, report->ok()},
                                  {"entries"_L1, report->entriesChecked},
                                  {"records"_L1, report->manifest ? report->manifest->totalRecords() : 0},
                                  {"problems"_L1, QJsonArray::fromStringList(report->problems)}});
    } else if (report->ok()) {
        ctx.out << tr("%1: OK — %2 entries, %3 records, every SHA-256 matches the manifest (%4 archive, %5, made "
                      "%6 by %7).")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(report->entriesChecked)
                       .arg(report->manifest->totalRecords())
                       .arg(archiveKindName(report->manifest->kind), report->manifest->rangeText(),
                            when(report->manifest->createdAt), report->manifest->createdBy)
                << Qt::endl;
    } else {
        for (const QString &p : report->problems)
            ctx.err << "rewindctl: " << QDir::toNativeSeparators(file) << ": " << p << Qt::endl;
    }
    return report->ok() ? kOk : kDamaged;
}

int runArchive(CtlContext &ctx)
{
    const QString what = sub(ctx);
    const QStringList args = subArgs(ctx);
    ArchiveService service(ctx.dir, ctx.clock(), ctx.session);
    if (what == "create"_L1)
        return archiveCreate(ctx);
    if (what == "list"_L1)
        return archiveList(ctx);
    if (what == "save"_L1) {
        if (args.size() != 2)
            return ctx.usage(tr("Usage: rewindctl archive save ID FILE"));
        service.setProgress(countPrinter(ctx));
        if (auto st = service.saveAs(args[0], args[1]); !st)
            return ctx.fail(st.error());
        ctx.out << tr("Saved archive %1 to %2.").arg(args[0], QDir::toNativeSeparators(args[1])) << Qt::endl;
        return kOk;
    }
    if (what == "delete"_L1) {
        if (args.size() != 1)
            return ctx.usage(tr("Usage: rewindctl archive delete ID"));
        if (auto st = service.remove(args[0]); !st)
            return ctx.fail(st.error());
        ctx.out << tr("Deleted archive %1.").arg(args[0]) << Qt::endl;
        return kOk;
    }
    if (what == "verify"_L1) {
        if (args.size() != 1)
            return ctx.usage(tr("Usage: rewindctl archive verify FILE"));
        return archiveVerify(ctx, args[0]);
    }
    if (what == "extract"_L1) {
        if (args.size() != 2)
            return ctx.usage(tr("Usage: rewindctl archive extract FILE FOLDER"));
        QDir().mkpath(args[1]);
        auto files = ArchiveService(ctx.dir, ctx.clock(), ctx.session).extract(args[0], args[1]);
        if (!files)
            return ctx.fail(files.error(), files.error().code == ErrorCode::Corrupt ? kDamaged : kFailed);
        for (const QString &f : files.value())
            ctx.out << QDir::toNativeSeparators(f) << Qt::endl;
        return kOk;
    }
    return ctx.usage(tr("Say what to do: archive create | list | save | delete | verify | extract."));
}

// ---- schedule -----------------------------------------------------------------------------------

std::optional<Weekday> weekdayOption(const QString &text)
{
    if (auto d = weekdayFromKey(text.left(3).toLower()))
        return d;
    return std::nullopt;
}

int scheduleSet(CtlContext &ctx, ScheduleService &service)
{
    ArchiveSchedule s;
    const QString every = ctx.parser.value(u"every"_s);
    if (every == "weekly"_L1)
        s.frequency = Frequency::Weekly;
    else if (every == "biweekly"_L1)
        s.frequency = Frequency::Biweekly;
    else if (every == "monthly"_L1)
        s.frequency = Frequency::Monthly;
    else if (every == "quarterly"_L1)
        s.frequency = Frequency::Quarterly;
    else
        return ctx.usage(tr("--every takes weekly, biweekly, monthly or quarterly."));
    const bool monthly = s.frequency == Frequency::Monthly || s.frequency == Frequency::Quarterly;
    if (ctx.parser.isSet(u"weekday"_s)) {
        const auto d = weekdayOption(ctx.parser.value(u"weekday"_s));
        if (!d)
            return ctx.usage(tr("--weekday takes mon, tue, wed, thu, fri, sat or sun."));
        s.weekday = *d;
    }
    if (!monthly && !ctx.parser.isSet(u"weekday"_s))
        return ctx.usage(tr("Weekly and biweekly schedules need --weekday (mon … sun)."));
    if (monthly) {
        if (ctx.parser.isSet(u"day"_s)) {
            s.monthlyRule = MonthlyRule::DayOfMonth;
            bool ok = false;
            s.dayOfMonth = ctx.parser.value(u"day"_s).toInt(&ok);
            if (!ok)
                return ctx.usage(tr("--day takes a day of the month, 1 to 31."));
        } else if (ctx.parser.isSet(u"nth"_s) && ctx.parser.isSet(u"weekday"_s)) {
            s.monthlyRule = MonthlyRule::NthWeekday;
            const QString nth = ctx.parser.value(u"nth"_s);
            bool ok = false;
            s.nth = nth == "last"_L1 ? -1 : nth.toInt(&ok);
            if (nth != "last"_L1 && !ok)
                return ctx.usage(tr("--nth takes 1, 2, 3, 4 or last."));
        } else {
            return ctx.usage(tr("Monthly and quarterly schedules need --day N, or --nth N --weekday DAY (for "
                                "example --nth 1 --weekday wed for the first Wednesday)."));
        }
    }
    if (ctx.parser.isSet(u"time"_s)) {
        s.time = QTime::fromString(ctx.parser.value(u"time"_s), u"HH:mm"_s);
        if (!s.time.isValid())
            return ctx.usage(tr("--time takes HH:MM, not \"%1\".").arg(ctx.parser.value(u"time"_s)));
    }
    int exit = kOk;
    s.startDate = ctx.clock().now().date();
    QDate end;
    if (!dateOption(ctx, u"start"_s, &s.startDate, &exit) || !dateOption(ctx, u"end"_s, &end, &exit))
        return exit;
    if (end.isValid())
        s.endDate = end;
    if (auto st = s.validate(); !st)
        return ctx.fail(st.error(), kUsage);
    if (ctx.parser.isSet(u"preview"_s)) { // the next five runs before saving, as the console shows them
        ctx.out << tr("Would schedule: %1.").arg(s.describe()) << Qt::endl << tr("Next runs:") << Qt::endl;
        for (const QDateTime &t : Schedules::upcoming(s, ctx.clock().now(), QTimeZone::systemTimeZone(), 5))
            ctx.out << u"  "_s << when(t) << u"  "_s << weekdayName(weekdayOf(t.date())) << Qt::endl;
        ctx.out << tr("Nothing was saved (--preview).") << Qt::endl;
        return kOk;
    }
    if (auto st = service.setArchiveSchedule(s); !st)
        return ctx.fail(st.error());
    ctx.out << tr("Scheduled: %1.").arg(s.describe()) << Qt::endl << tr("Next runs:") << Qt::endl;
    for (const QDateTime &t : Schedules::upcoming(s, ctx.clock().now(), QTimeZone::systemTimeZone(), 5))
        ctx.out << u"  "_s << when(t) << u"  "_s << weekdayName(weekdayOf(t.date())) << Qt::endl;
    return kOk;
}

int scheduleShow(CtlContext &ctx, ScheduleService &service)
{
    auto status = service.status();
    if (!status)
        return ctx.fail(status.error());
    const ScheduleStatus &s = status.value();
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonObject o;
        QJsonArray next;
        for (const QDateTime &t : s.nextArchiveRuns)
            next.append(iso(t));
        if (s.archive) {
            o.insert("archive"_L1, QJsonObject{{"schedule"_L1, s.archive->schedule.toJson()},
                                               {"description"_L1, s.archive->schedule.describe()},
                                               {"setAt"_L1, iso(s.archive->setAt)},
                                               {"setBy"_L1, s.archive->setBy},
                                               {"lastRun"_L1, s.lastArchiveRun ? iso(*s.lastArchiveRun) : QString()},
                                               {"lastResult"_L1, s.lastArchiveResult},
                                               {"runInProgress"_L1, s.archiveRunInProgress},
                                               {"nextRuns"_L1, next}});
        }
        o.insert("daily"_L1, QJsonObject{{"time"_L1, s.daily.toJson()},
                                         {"lastGeneration"_L1, s.lastGeneration ? iso(*s.lastGeneration) : QString()},
                                         {"next"_L1, iso(s.nextDaily)}});
        ctx.printJson(o);
        return kOk;
    }
    ctx.out << tr("Daily generation: at %1 (backup window %2 – %3); next %4; last taken %5.")
                   .arg(s.daily.time.toString(u"HH:mm"_s), s.daily.windowStart.toString(u"HH:mm"_s),
                        s.daily.windowEnd.toString(u"HH:mm"_s), when(s.nextDaily),
                        s.lastGeneration ? when(*s.lastGeneration) : tr("never"))
            << Qt::endl;
    if (!s.archive) {
        ctx.out << tr("Archive schedule: none. Set one with \"rewindctl schedule set --every weekly --weekday wed\".")
                << Qt::endl;
        return kOk;
    }
    ctx.out << tr("Archive schedule: %1 (set %2 by %3).")
                   .arg(s.archive->schedule.describe(), when(s.archive->setAt), s.archive->setBy)
            << Qt::endl;
    if (s.lastArchiveRun)
        ctx.out << tr("Last run: %1 (%2).").arg(when(*s.lastArchiveRun), s.lastArchiveResult) << Qt::endl;
    if (s.archiveRunInProgress)
        ctx.out << tr("A scheduled archive is being written now; it cannot be stopped.") << Qt::endl;
    ctx.out << tr("Next runs:") << Qt::endl;
    for (const QDateTime &t : s.nextArchiveRuns)
        ctx.out << u"  "_s << when(t) << u"  "_s << weekdayName(weekdayOf(t.date())) << Qt::endl;
    return kOk;
}

int runSchedule(CtlContext &ctx)
{
    ScheduleService service(ctx.dir, ctx.clock(), ctx.session);
    const QString what = sub(ctx);
    if (what == "set"_L1)
        return scheduleSet(ctx, service);
    if (what == "show"_L1 || what.isEmpty())
        return scheduleShow(ctx, service);
    if (what == "stop"_L1) {
        auto message = service.stopArchiveSchedule();
        if (!message)
            return ctx.fail(message.error());
        ctx.out << message.value() << Qt::endl;
        return kOk;
    }
    if (what == "daily"_L1) {
        DailyRunTime d;
        if (auto cur = service.dailyRunTime())
            d = cur.value();
        if (ctx.parser.isSet(u"time"_s))
            d.time = QTime::fromString(ctx.parser.value(u"time"_s), u"HH:mm"_s);
        if (ctx.parser.isSet(u"window"_s)) {
            const QStringList parts = ctx.parser.value(u"window"_s).split(u'-');
            if (parts.size() != 2)
                return ctx.usage(tr("--window takes HH:MM-HH:MM, for example 00:00-08:00."));
            d.windowStart = QTime::fromString(parts[0], u"HH:mm"_s);
            d.windowEnd = QTime::fromString(parts[1], u"HH:mm"_s);
        }
        if (auto st = service.setDailyRunTime(d); !st)
            return ctx.fail(st.error());
        ctx.out << tr("The daily generation runs at %1.").arg(d.time.toString(u"HH:mm"_s)) << Qt::endl;
        return kOk;
    }
    return ctx.usage(tr("Say what to do: schedule set | show | stop | daily."));
}

// ---- policy -------------------------------------------------------------------------------------

int runPolicy(CtlContext &ctx)
{
    ArchiveService service(ctx.dir, ctx.clock(), ctx.session);
    auto policy = service.policy();
    if (!policy)
        return ctx.fail(policy.error());
    ArchivePolicy p = policy.value();
    const QString what = sub(ctx);
    if (what == "set"_L1) {
        auto number = [&](const QString &option, auto *field) {
            if (!ctx.parser.isSet(option))
                return true;
            bool ok = false;
            const qint64 v = ctx.parser.value(option).toLongLong(&ok);
            if (!ok)
                return false;
            *field = decltype(+*field)(v);
            return true;
        };
        if (!number(u"full-every-days"_s, &p.fullCooldownDays) || !number(u"max-records"_s, &p.maxRecords) ||
            !number(u"keep-days"_s, &p.expiryDays) || !number(u"max-range-days"_s, &p.maxRangeDays))
            return ctx.usage(tr("Policy options take whole numbers."));
        if (auto st = service.setPolicy(p); !st)
            return ctx.fail(st.error());
    } else if (!what.isEmpty() && what != "show"_L1) {
        return ctx.usage(tr("Say what to do: policy show | set."));
    }
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(p.toJson());
        return kOk;
    }
    ctx.out << tr("A full archive at most every %1 days; at most %2 records per archive; archives kept %3 days; "
                  "custom ranges up to %4 days.")
                   .arg(p.fullCooldownDays)
                   .arg(p.maxRecords)
                   .arg(p.expiryDays)
                   .arg(p.maxRangeDays)
            << Qt::endl;
    return kOk;
}

// ---- run-due ------------------------------------------------------------------------------------

int runDue(CtlContext &ctx)
{
    // The work runs on a worker thread; this thread serves the progress socket an open console follows.
    JobProgressServer server(ctx.dir);
    const bool publishing = server.start();
    const auto print = ctx.progressPrinter();
    const DataDir dir = ctx.dir;
    const Clock *clock = &ctx.clock();
    QFutureWatcher<RunDueSummary> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<RunDueSummary>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([dir, clock, &server, print] {
        JobRunner runner(dir, *clock);
        runner.setProgress([&server, print](const QString &job, int percent, const QString &stage) {
            const QJsonObject message{
                {"job"_L1, job}, {"percent"_L1, percent}, {"stage"_L1, stage}, {"state"_L1, u"running"_s}};
            QMetaObject::invokeMethod(
                &server, [&server, message] { server.publish(message); }, Qt::QueuedConnection);
            if (print)
                print(percent, stage);
        });
        return runner.runDue();
    }));
    loop.exec();
    const RunDueSummary summary = watcher.result();
    if (publishing)
        server.publish(QJsonObject{{"state"_L1, u"finished"_s}});
    if (summary.alreadyRunning) {
        ctx.out << tr("Due work is already running in process %1; nothing was started.").arg(summary.otherPid)
                << Qt::endl;
        return kOk;
    }
    if (ctx.parser.isSet(u"json"_s)) {
        ctx.printJson(QJsonObject{{"done"_L1, QJsonArray::fromStringList(summary.done)},
                                  {"missed"_L1, QJsonArray::fromStringList(summary.missed)},
                                  {"failures"_L1, QJsonArray::fromStringList(summary.failures)}});
    } else {
        for (const QString &line : summary.missed)
            ctx.out << line << Qt::endl;
        for (const QString &line : summary.done)
            ctx.out << line << Qt::endl;
        if (summary.done.isEmpty() && summary.failures.isEmpty())
            ctx.out << tr("Nothing is due.") << Qt::endl;
        for (const QString &line : summary.failures)
            ctx.err << "rewindctl: " << line << Qt::endl;
    }
    return summary.ok() ? kOk : kFailed;
}

// ---- history ------------------------------------------------------------------------------------

int runHistory(CtlContext &ctx)
{
    HistoryStore store(ctx.dir);
    const QString what = sub(ctx);
    if (what == "verify"_L1) {
        auto check = store.check(GenerationStore(ctx.dir).historyAnchors());
        if (!check)
            return ctx.fail(check.error());
        if (ctx.parser.isSet(u"json"_s)) {
            ctx.printJson(QJsonObject{{"ok"_L1, check->ok()},
                                      {"events"_L1, check->events},
                                      {"brokenEventId"_L1, check->brokenEventId},
                                      {"problem"_L1, check->problem}});
        } else if (check->ok()) {
            ctx.out << tr("The history is intact: %1 events, each chained to the one before, and every generation's "
                          "anchor matches.")
                           .arg(check->events)
                    << Qt::endl;
        } else {
            ctx.err << "rewindctl: " << check->problem << Qt::endl;
        }
        return check->ok() ? kOk : kDamaged;
    }
    HistoryFilter filter;
    int exit = kOk;
    if (!dateOption(ctx, u"from"_s, &filter.from, &exit) || !dateOption(ctx, u"to"_s, &filter.to, &exit))
        return exit;
    filter.kinds = ctx.parser.values(u"kind"_s);
    filter.user = ctx.parser.value(u"by"_s);
    if (what == "export"_L1) {
        const QStringList args = subArgs(ctx);
        if (args.size() != 1)
            return ctx.usage(tr("Usage: rewindctl history export FILE"));
        auto n = store.exportCsv(ctx.session, filter, args[0]);
        if (!n)
            return ctx.fail(n.error());
        ctx.out << tr("Wrote %1 events to %2.").arg(n.value()).arg(QDir::toNativeSeparators(args[0])) << Qt::endl;
        return kOk;
    }
    if (!what.isEmpty())
        return ctx.usage(
            tr("Say what to do: history [--kind K] [--by ID] [--from D] [--to D] | verify | export FILE."));
    auto events = store.events(ctx.session, filter);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const HistoryEvent &e : events.value())
            list.append(QJsonObject{{"id"_L1, e.id},
                                    {"at"_L1, iso(e.at)},
                                    {"user"_L1, e.user},
                                    {"kind"_L1, e.kind},
                                    {"description"_L1, e.description},
                                    {"details"_L1, e.details},
                                    {"hash"_L1, e.hash}});
        ctx.printJson(QJsonObject{{"events"_L1, list}});
        return kOk;
    }
    if (events->isEmpty())
        ctx.out << tr("No events.") << Qt::endl;
    for (const HistoryEvent &e : events.value()) {
        ctx.out << u"%1  %2  %3  %4"_s.arg(e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s))
                       .arg(e.user, -16)
                       .arg(HistoryStore::kindName(e.kind), -18)
                       .arg(e.description)
                << Qt::endl;
    }
    return kOk;
}

QCommandLineOption json()
{
    return QCommandLineOption(u"json"_s, tr("Print JSON (stable field names, for scripts)."));
}
} // namespace

QList<Command> archiveCommands()
{
    return {
        {u"archive"_s,
         tr("Archives (a ZIP of one CSV per DB, kept 7 days): create --full | --from DATE --to DATE [--split], "
            "list, save ID FILE, delete ID, verify FILE, extract FILE FOLDER. Only the primary contact may create, "
            "save and delete."),
         {QCommandLineOption(u"full"_s, tr("create: every record of every DB (at most once per 30 days).")),
          QCommandLineOption(u"from"_s, tr("create: first day of a custom range."), tr("DATE")),
          QCommandLineOption(u"to"_s, tr("create: last day of a custom range (at most 31 days)."), tr("DATE")),
          QCommandLineOption(u"split"_s, tr("create: split a longer range into several archives.")),
          QCommandLineOption(u"encoding"_s, tr("create: utf-8-bom (default) or cp932."), tr("ENC")), json()},
         tr("create|list|save|delete|verify|extract [ARGS]"),
         runArchive},
        {u"schedule"_s,
         tr("The archive schedule and the daily generation time: show, set, stop, daily."),
         {QCommandLineOption(u"every"_s, tr("set: weekly, biweekly, monthly or quarterly."), tr("FREQ")),
          QCommandLineOption(u"weekday"_s, tr("set: mon … sun."), tr("DAY")),
          QCommandLineOption(u"nth"_s, tr("set: which weekday of the month: 1, 2, 3, 4 or last."), tr("N")),
          QCommandLineOption(u"day"_s, tr("set: day of the month, 1 to 31 (short months: their last day)."), tr("N")),
          QCommandLineOption(u"time"_s, tr("set/daily: time of day, HH:MM."), tr("TIME")),
          QCommandLineOption(u"start"_s, tr("set: first day (default today)."), tr("DATE")),
          QCommandLineOption(u"end"_s, tr("set: last day (inclusive)."), tr("DATE")),
          QCommandLineOption(u"preview"_s, tr("set: only show the description and the next five runs.")),
          QCommandLineOption(u"window"_s, tr("daily: the backup window, HH:MM-HH:MM (default 00:00-08:00)."),
                             tr("RANGE")),
          json()},
         tr("show|set|stop|daily"),
         runSchedule},
        {u"policy"_s,
         tr("Archive limits: show, or set (administrators)."),
         {QCommandLineOption(u"full-every-days"_s, tr("Days between full archives (default 30)."), tr("N")),
          QCommandLineOption(u"max-records"_s, tr("Records per archive (default 10000000)."), tr("N")),
          QCommandLineOption(u"keep-days"_s, tr("Days an archive is kept (default 7)."), tr("N")),
          QCommandLineOption(u"max-range-days"_s, tr("Longest custom range in days (default 31)."), tr("N")), json()},
         tr("[show|set]"),
         runPolicy},
        {u"run-due"_s,
         tr("Run whatever is due (daily generation, scheduled archive, expiry purge) and exit. For the systemd "
            "timer; an open console shows its progress."),
         {json()},
         {},
         runDue,
         false},
        {u"history"_s,
         tr("The backup history: list (filters: --kind, --by, --from, --to), verify (the hash chain and the "
            "generations' anchors; exit code 3 names the first bad event), export FILE (CSV)."),
         {QCommandLineOption(u"kind"_s, tr("Only events of this kind (repeatable)."), tr("KIND")),
          QCommandLineOption(u"by"_s, tr("Only events by this user ID."), tr("ID")),
          QCommandLineOption(u"from"_s, tr("From this day."), tr("DATE")),
          QCommandLineOption(u"to"_s, tr("To this day (inclusive)."), tr("DATE")), json()},
         tr("[verify|export FILE]"),
         runHistory},
    };
}

} // namespace Rewind::Ctl
