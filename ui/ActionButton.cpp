#include "ActionButton.h"

#include <QAction>
#include <QToolButton>

namespace Rewind
{

using namespace Qt::StringLiterals;

QToolButton *makeActionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::visibleChanged, button,
                     [action, button] { button->setVisible(action->isVisible()); });
    return button;
}

} // namespace Rewind
