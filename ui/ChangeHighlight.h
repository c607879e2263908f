#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QString>
#include <QTableWidgetItem>

namespace Rewind::ChangeHighlight
{

/// A value that differs (side by side) or changed since the version before (a record's week): amber
/// background with black bold text, readable in light and dark themes alike.
inline void markChanged(QTableWidgetItem *item)
{
    item->setBackground(QColor(255, 236, 179));
    item->setForeground(QColor(Qt::black));
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

/// No value at all (the record or the field is not there): a grey dash, the tooltip saying why.
inline void markAbsent(QTableWidgetItem *item, const QPalette &palette, const QString &why)
{
    item->setText(QStringLiteral("—"));
    item->setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    item->setToolTip(why);
}

} // namespace Rewind::ChangeHighlight
