#include "RewindWizard.h"
#include "ConsoleUser.h"

#include "workspace/Environments.h"

#include <QAbstractButton>

namespace Rewind
{

using namespace Qt::StringLiterals;

RewindWizard::RewindWizard(QWidget *parent) : QWizard(parent)
{
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
}

RewindWizard::~RewindWizard() = default;

void RewindWizard::reject()
{
    if (isBusy())
        return; // production or a file is being written; the result page says when it is done
    QWizard::reject();
}

void RewindWizard::nameButtons(const QString &commitName)
{
    const std::pair<WizardButton, QString> names[] = {{QWizard::BackButton, u"wizardBackButton"_s},
                                                      {QWizard::NextButton, u"wizardNextButton"_s},
                                                      {QWizard::CommitButton, commitName},
                                                      {QWizard::FinishButton, u"wizardFinishButton"_s},
                                                      {QWizard::CancelButton, u"wizardCancelButton"_s}};
    for (const auto &[which, name] : names)
        button(which)->setObjectName(name);
}

Catalog RewindWizard::loadProductionCatalog(const DataDir &dir, QString *error)
{
    auto catalog = Environments::loadCatalog(dir, ConsoleUser::session(), EnvironmentId::production());
    if (!catalog) {
        *error = catalog.error().message;
        return {};
    }
    return catalog.value();
}

} // namespace Rewind
