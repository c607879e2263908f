#include "TemplateExportState.h"

#include <QDir>

namespace Rewind
{

using namespace Qt::StringLiterals;

TemplateExportOptions TemplateExportState::options() const
{
    TemplateExportOptions o;
    o.env = env;
    o.dbs = dbs;
    o.withRelated = true;
    o.leaveOut = leaveOut;
    o.outPath = QDir::fromNativeSeparators(outPath.trimmed());
    return o;
}

QString TemplateExportState::sourceName() const
{
    return env.isProduction() ? tr("production") : tr("the %1 generation").arg(weekdayName(env.slot()));
}

QString TemplateExportState::suggestedFileName() const
{
    QString base = dbs.isEmpty() ? u"template"_s : dbs.first();
    // Characters Windows does not allow in file names become "_".
    for (QChar &c : base) {
        if (u"\\/:*?\"<>|"_s.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    return u"%1-%2-template.zip"_s.arg(base, env.key());
}

} // namespace Rewind
