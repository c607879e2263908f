#pragma once

class QAction;
class QToolButton;
class QWidget;

namespace Rewind
{

/// A text-only tool button for `action` (objectName: the action's + "Button") that is shown and hidden
/// with the action — QToolButton::setDefaultAction follows enabled and text, not visibility, so an action
/// a role hides would otherwise leave its button behind.
QToolButton *makeActionButton(QAction *action, QWidget *parent);

} // namespace Rewind
