#pragma once

#include "transfer/TemplateDocument.h"
#include "access/Users.h"
#include "util/DataDir.h"
#include "util/Environment.h"

namespace Rewind
{

class Clock;

/// A DB related to the chosen ones through links, directly or through other related DBs.
struct RelatedDb
{
    qint64 id = 0;
    QString name;
    QString relation; ///< translated: how it is related ("linked from 見積明細 through 商品")
};

struct TemplateExportOptions
{
    EnvironmentId env = EnvironmentId::production();
    QStringList dbs;         ///< the DBs chosen
    bool withRelated = true; ///< include every related DB …
    QStringList leaveOut;    ///< … except these
    QString outPath;
};

struct TemplateExportResult
{
    QString path;
    QStringList dbs; ///< names in the template
    QList<TemplateOmission> omitted;
    QStringList danglingLinks; ///< "DB.field → target" for links to DBs left out
};

/// Template export from any environment (production or a generation). Blocking; any thread.
class TemplateExporter final
{
public:
    /// `actor` needs Right::ManageSettings, and Right::OpenGenerations to export from a generation.
    TemplateExporter(DataDir dir, const Clock &clock, Session actor);

    /// The DBs related to `dbs`, transitively, in both link directions, with how they are related.
    /// DBs in `exclude` are neither listed nor walked through.
    Result<QList<RelatedDb>> related(const EnvironmentId &env, const QStringList &dbs,
                                     const QStringList &exclude = {}) const;
    /// The template document that run() would write (for previews).
    Result<TemplateDocument> build(const TemplateExportOptions &options, QStringList *dangling = nullptr) const;
    Result<TemplateExportResult> run(const TemplateExportOptions &options) const;

private:
    DataDir m_dir;
    const Clock &m_clock;
    Session m_actor;
};

} // namespace Rewind
