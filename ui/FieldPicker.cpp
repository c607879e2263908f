#include "FieldPicker.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Rewind
{

using namespace Qt::StringLiterals;

FieldPicker::FieldPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"fieldPicker"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"fieldList"_s);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setToolTip(tr("Checked fields are exported in this order. Drag a field, or use Move Up and Move "
                          "Down, to change the order; Space checks or unchecks the selected field."));

    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(u"fieldUpButton"_s);
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_down->setObjectName(u"fieldDownButton"_s);
    m_all = new QPushButton(tr("&All"), this);
    m_all->setObjectName(u"fieldsAllButton"_s);
    m_none = new QPushButton(tr("N&one"), this);
    m_none->setObjectName(u"fieldsNoneButton"_s);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_all, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { checkAll(false); });
    connect(m_list, &QListWidget::currentRowChanged, this, &FieldPicker::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &FieldPicker::changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &FieldPicker::changed);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(12);
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void FieldPicker::setFields(const QStringList &fields)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const QString &name : fields) {
            auto *item = new QListWidgetItem(name, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(Qt::Checked);
        }
        if (m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    updateButtons();
    emit changed();
}

QStringList FieldPicker::checkedFields() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->text());
    }
    return out;
}

QStringList FieldPicker::fields() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void FieldPicker::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
        m_list->setCurrentRow(target);
    }
    updateButtons();
    emit changed();
}

void FieldPicker::checkAll(bool checked)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    emit changed();
}

void FieldPicker::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace Rewind
