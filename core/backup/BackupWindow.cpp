#include "BackupWindow.h"

#include "backup/GenerationStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>

namespace Rewind::BackupWindow
{

using namespace Qt::StringLiterals;

std::optional<RunInfo> currentRun(const DataDir &dir)
{
    const GenerationStore store(dir);
    if (!store.runInProgress())
        return std::nullopt;
    // The lock is taken a moment before the run names its slot: a run either way.
    RunInfo run;
    run.slot = store.slotBeingWritten();
    QFile state(dir.root() + "/backup.state"_L1);
    if (state.open(QIODevice::ReadOnly))
        run.startedAt = QDateTime::fromString(
            QJsonDocument::fromJson(state.readAll()).object().value("startedAt"_L1).toString(), Qt::ISODateWithMs);
    // Expect about as long as the last run of any slot took, with room to spare.
    qint64 lastMs = 0;
    for (const GenerationInfo &g : store.list()) {
        if (g.manifest)
            lastMs = std::max(lastMs, g.manifest->durationMs);
    }
    if (run.startedAt.isValid())
        run.expectedEnd = run.startedAt.addMSecs(std::max<qint64>(60000, lastMs * 2));
    return run;
}

Status refuseDuringRun(const DataDir &dir, const QString &operation)
{
    const auto run = currentRun(dir);
    if (!run)
        return {};
    return makeError(
        ErrorCode::Busy,
        QCoreApplication::translate("Rewind::BackupWindow",
                                    "%1 is not possible right now: a backup run is writing the %2 generation "
                                    "(started %3) and production must not change under it. It should end by "
                                    "about %4; try again then.")
            .arg(operation,
                 run->slot ? weekdayName(*run->slot) : QCoreApplication::translate("Rewind::BackupWindow", "next"),
                 run->startedAt.isValid() ? QLocale().toString(run->startedAt.time(), QLocale::ShortFormat) : u"?"_s,
                 run->expectedEnd.isValid() ? QLocale().toString(run->expectedEnd.time(), QLocale::ShortFormat)
                                            : u"?"_s));
}

std::optional<DataDir> dataDirOf(const QSqlDatabase &db)
{
    // Writable production connections name the file itself (ConnectionSpec::Mode::ReadWrite).
    const QFileInfo file(db.databaseName());
    if (db.databaseName().isEmpty() || db.databaseName().startsWith("file:"_L1) || db.databaseName() == ":memory:"_L1)
        return std::nullopt;
    const DataDir dir(file.absolutePath());
    if (file.fileName() != QFileInfo(dir.productionPath()).fileName())
        return std::nullopt;
    return dir;
}

Status refuseDuringRun(const QSqlDatabase &db, const QString &operation)
{
    const auto dir = dataDirOf(db);
    return dir ? refuseDuringRun(*dir, operation) : Status{};
}

} // namespace Rewind::BackupWindow
