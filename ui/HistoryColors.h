#pragma once

#include <QColor>
#include <QPalette>

namespace Rewind::HistoryColors
{

/// Whether `palette` is a dark theme (light text on a dark base).
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

/// The red of failures: deep on light backgrounds, light on dark ones, so it reads in both.
inline QColor failure(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

/// The second series of the chart (run duration): an orange that differs from the highlight colour
/// the bars use in every common theme.
inline QColor duration(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x57, 0x00);
}

/// The bars (generation size): the theme's highlight, a little see-through so grid lines show.
inline QColor size(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Highlight);
    c.setAlpha(isDark(palette) ? 200 : 170);
    return c;
}

} // namespace Rewind::HistoryColors
