#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace Rewind
{

/// A checkable, reorderable list of field names: drag rows, or use Move Up/Move Down (keyboard too),
/// All and None. What is checked, in list order, is what gets exported.
class FieldPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldPicker)

public:
    explicit FieldPicker(QWidget *parent = nullptr);

    /// Lists `fields` in this order, all checked.
    void setFields(const QStringList &fields);
    /// The checked fields in list order.
    QStringList checkedFields() const;
    /// Every listed field, in list order.
    QStringList fields() const;
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void move(int delta);
    void checkAll(bool checked);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_none = nullptr;
};

} // namespace Rewind
