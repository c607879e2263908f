#pragma once

#include <QWizard>

#include "util/DataDir.h"
#include "workspace/Catalog.h"

namespace Rewind
{

/// What every Rewind wizard shares: no Cancel or Back on the last page (the result page runs the
/// change), stable objectNames on the standard buttons for tests and accessibility tools, and a
/// wizard that refuses to close while its result page is busy writing.
class RewindWizard : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewindWizard)

public:
    ~RewindWizard() override;

    /// A task that must not be abandoned (a write, an undo) is running; the wizard cannot close now.
    virtual bool isBusy() const = 0;

public slots:
    void reject() override;

protected:
    explicit RewindWizard(QWidget *parent = nullptr);

    /// Names Back, Next, Finish and Cancel "wizard<Which>Button", and the commit button `commitName`.
    void nameButtons(const QString &commitName);
    /// Production's catalog, read once when a wizard opens (small); on failure `error` says why.
    static Catalog loadProductionCatalog(const DataDir &dir, QString *error);
};

} // namespace Rewind
