#pragma once

#include <QString>

#include <span>
#include <utility>

class QGridLayout;
class QLabel;
class QWidget;

namespace Rewind
{

/// The labels the wizard pages build the same way: plain, selectable text; an error in red; and the
/// big bold totals of a dry run with their captions. Captions come from the caller, so each page's
/// tr() texts stay in its own translation context.
class WizardLabels final
{
public:
    WizardLabels() = delete;

    /// A word-wrapped, selectable plain-text label named `name`.
    static QLabel *text(const QString &name, QWidget *parent);
    /// text() in red, hidden until there is an error to show.
    static QLabel *error(const QString &name, QWidget *parent);
    /// A big bold centred number, "–" until there is one.
    static QLabel *total(const QString &name, QWidget *parent);
    /// The totals in a row, each above its caption.
    static QGridLayout *totalsGrid(std::span<const std::pair<QLabel *, QString>> totals, QWidget *parent);
};

} // namespace Rewind
