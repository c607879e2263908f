#include "TemplateImportState.h"

#include <QDir>
#include <QFileInfo>

namespace Rewind
{

QList<const TemplateDb *> TemplateImportState::clashing() const
{
    QList<const TemplateDb *> out;
    if (!document)
        return out;
    for (const TemplateDb &db : document->dbs) {
        if (catalog.dbByName(db.name))
            out.append(&db);
    }
    return out;
}

TemplateImportOptions TemplateImportState::options(bool dry) const
{
    TemplateImportOptions o;
    o.onConflict = TemplateConflict::Fail; // every clash has its own choice; a new one stops the load
    o.conflicts = conflicts;
    o.renames = renames;
    o.links = links;
    o.dryRun = dry;
    o.file = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    return o;
}

} // namespace Rewind
