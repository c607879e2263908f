#include "WizardLabels.h"

#include <QGridLayout>
#include <QLabel>

namespace Rewind
{

using namespace Qt::StringLiterals;

QLabel *WizardLabels::text(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *WizardLabels::error(const QString &name, QWidget *parent)
{
    QLabel *label = text(name, parent);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    return label;
}

QLabel *WizardLabels::total(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(u"–"_s, parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QGridLayout *WizardLabels::totalsGrid(std::span<const std::pair<QLabel *, QString>> totals, QWidget *parent)
{
    auto *grid = new QGridLayout;
    int column = 0;
    for (const auto &[value, caption] : totals) {
        auto *label = new QLabel(caption, parent);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(value, 0, column);
        grid->addWidget(label, 1, column);
        ++column;
    }
    return grid;
}

} // namespace Rewind
