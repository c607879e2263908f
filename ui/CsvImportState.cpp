#include "CsvImportState.h"

#include <QDir>
#include <QFileInfo>

namespace Rewind
{

using namespace Qt::StringLiterals;

CsvImportOptions CsvImportState::options() const
{
    CsvImportOptions o;
    o.db = db;
    o.file = file;
    o.encoding = info ? std::optional<CsvEncoding>(info->encoding) : encoding;
    o.mapping = mapping;
    o.mode = mode;
    o.keyField = keyField;
    o.skipErrors = skipErrors;
    o.rejectsPath = skipErrors ? QDir::fromNativeSeparators(rejectsPath) : QString();
    return o;
}

QString CsvImportState::suggestedRejectsPath() const
{
    if (file.isEmpty())
        return {};
    const QFileInfo fi(file);
    return QDir::toNativeSeparators(fi.dir().filePath(fi.completeBaseName() + u"-rejected.csv"_s));
}

} // namespace Rewind
