#include "ChangeListModel.h"

#include <QLocale>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return ChangeListModel::tr("(empty)");
    const QString text = value.toString();
    return text.isEmpty() ? ChangeListModel::tr("(empty)") : text;
}
} // namespace

ChangeListModel::ChangeListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ChangeListModel::setChanges(QList<RecordChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_texts.clear();
    m_texts.reserve(m_changes.size());
    for (const RecordChange &c : std::as_const(m_changes))
        m_texts.append(fieldsText(c));
    m_rows.clear();
    endResetModel();
    refilter();
}

void ChangeListModel::clear()
{
    setChanges({});
}

void ChangeListModel::setDb(qint64 dbId)
{
    if (dbId == m_db)
        return;
    m_db = dbId;
    refilter();
}

void ChangeListModel::setKindFilter(std::optional<ChangeKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

void ChangeListModel::setSearch(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void ChangeListModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    if (m_db != 0) {
        for (int i = 0; i < m_changes.size(); ++i) {
            const RecordChange &c = m_changes.at(i);
            if (c.dbId != m_db || (m_kind && c.kind != *m_kind))
                continue;
            if (!m_search.isEmpty() && !m_texts.at(i).contains(m_search, Qt::CaseInsensitive))
                continue;
            m_rows.append(i);
        }
    }
    endResetModel();
}

const RecordChange *ChangeListModel::changeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_changes.at(m_rows.at(row)) : nullptr;
}

QString ChangeListModel::kindText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Deleted:
        return tr("deleted");
    case ChangeKind::Changed:
        return tr("changed");
    }
    return {};
}

QString ChangeListModel::fieldsText(const RecordChange &change)
{
    QStringList parts;
    parts.reserve(change.fields.size());
    for (const FieldDelta &f : change.fields) {
        switch (change.kind) {
        case ChangeKind::Added:
            parts.append(u"%1: %2"_s.arg(f.field, valueText(f.after)));
            break;
        case ChangeKind::Deleted:
            parts.append(u"%1: %2"_s.arg(f.field, valueText(f.before)));
            break;
        case ChangeKind::Changed:
            parts.append(u"%1: %2 → %3"_s.arg(f.field, valueText(f.before), valueText(f.after)));
            break;
        }
    }
    return parts.join(u"; "_s);
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    const RecordChange *c = index.isValid() ? changeAt(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RidColumn:
            return role == Qt::DisplayRole ? QVariant(c->rid) : QVariant();
        case KindColumn:
            return role == Qt::DisplayRole ? kindText(c->kind) : QString();
        case FieldsColumn:
            return m_texts.at(m_rows.at(index.row()));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RidColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RidRole:
        return c->rid;
    case KindRole:
        return changeKindKey(c->kind);
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RidColumn:
        return tr("Record ID");
    case KindColumn:
        return tr("Change");
    case FieldsColumn:
        return tr("Fields");
    }
    return {};
}

} // namespace Rewind
