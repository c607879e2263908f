#include "DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

namespace Rewind
{

using namespace Qt::StringLiterals;

DataDir::DataDir(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath()))
{
}

QString DataDir::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDir::productionPath() const
{
    return m_root + "/production.sqlite"_L1;
}

namespace
{
Q_GLOBAL_STATIC(QMutex, overrideMutex)
Q_GLOBAL_STATIC(QString, productionOverride)
} // namespace

void DataDir::setProductionOverride(const QString &url)
{
    QMutexLocker lock(overrideMutex());
    *productionOverride() = url;
}

bool DataDir::hasProductionOverride()
{
    QMutexLocker lock(overrideMutex());
    return !productionOverride()->isEmpty();
}

QString DataDir::productionUrlPath() const
{
    return m_root + "/production.url"_L1;
}

QString DataDir::productionUrl() const
{
    {
        QMutexLocker lock(overrideMutex());
        if (!productionOverride()->isEmpty())
            return *productionOverride();
    }
    QFile file(productionUrlPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString DataDir::productionDisplay() const
{
    const QString url = productionUrl();
    return url.isEmpty() ? QDir::toNativeSeparators(productionPath()) : url;
}

QString DataDir::generationsDir() const
{
    return m_root + "/generations"_L1;
}

QString DataDir::slotPath(Weekday day) const
{
    return generationsDir() + u'/' + weekdayKey(day) + ".sqlite"_L1;
}

QString DataDir::partialPath(Weekday day) const
{
    return generationsDir() + "/."_L1 + weekdayKey(day) + ".sqlite.partial"_L1;
}

QString DataDir::backupLockPath() const
{
    return m_root + "/backup.lock"_L1;
}

bool DataDir::ensure(QString *error) const
{
    if (QDir().mkpath(generationsDir()))
        return true;
    if (error)
        *error = QCoreApplication::translate("Rewind::DataDir",
                                             "Cannot create the data folder %1. Check that the parent folder exists "
                                             "and is writable, or pass another --data-dir.")
                     .arg(QDir::toNativeSeparators(m_root));
    return false;
}

} // namespace Rewind
