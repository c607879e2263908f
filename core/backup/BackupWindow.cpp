#include "BackupWindow.h"

#include "backup/GenerationStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Rewind::BackupWindow
{

using namespace Qt::StringLiterals;

Status refuseDuringRun(const DataDir &dir, const QString &operation)
{
    const GenerationStore store(dir);
    if (!store.runInProgress())
        return {};
    // The lock is taken a moment before the run names its slot: busy either way.
    const auto slot = store.slotBeingWritten();
    QDateTime started;
    QFile state(dir.root() + "/backup.state"_L1);
    if (state.open(QIODevice::ReadOnly))
        started = QDateTime::fromString(
            QJsonDocument::fromJson(state.readAll()).object().value("startedAt"_L1).toString(), Qt::ISODateWithMs);
    // Expect about as long as the last run of any slot took, with room to spare.
    qint64 lastMs = 0;
    for (const GenerationInfo &g : store.list()) {
        if (g.manifest)
            lastMs = std::max(lastMs, g.manifest->durationMs);
    }
    const QDateTime expected = started.isValid() ? started.addMSecs(std::max<qint64>(60000, lastMs * 2)) : QDateTime();
    return makeError(
        ErrorCode::Busy,
        QCoreApplication::translate("Rewind::BackupWindow",
                                    "%1 is not possible right now: a backup run is writing the %2 generation "
                                    "(started %3) and production must not change under it. It should end by "
                                    "about %4; try again then.")
            .arg(operation, slot ? weekdayName(*slot) : QCoreApplication::translate("Rewind::BackupWindow", "next"),
                 started.isValid() ? QLocale().toString(started.time(), QLocale::ShortFormat) : u"?"_s,
                 expected.isValid() ? QLocale().toString(expected.time(), QLocale::ShortFormat) : u"?"_s));
}

} // namespace Rewind::BackupWindow
