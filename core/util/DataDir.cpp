#include "DataDir.h"

#include <QCoreApplication>
#include <QDir>
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
