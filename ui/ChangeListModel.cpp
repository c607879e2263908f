#include "ChangeListModel.h"

#include <QLocale>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kPagesKept = 16;
} // namespace

ChangeListModel::ChangeListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_filter.dbId = -1; // no DB chosen yet: nothing shown
}

QString ChangeListModel::valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("(empty)");
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

void ChangeListModel::setSpool(std::shared_ptr<const ChangeSpool> spool, qint64 total)
{
    m_spool = std::move(spool);
    m_total = m_spool ? total : 0;
    refilter();
}

void ChangeListModel::clear()
{
    setSpool(nullptr, 0);
}

void ChangeListModel::setDb(qint64 dbId)
{
    const qint64 db = dbId == 0 ? -1 : dbId;
    if (db == m_filter.dbId)
        return;
    m_filter.dbId = db;
    refilter();
}

void ChangeListModel::setKindFilter(std::optional<ChangeKind> kind)
{
    if (kind == m_filter.kind)
        return;
    m_filter.kind = kind;
    refilter();
}

void ChangeListModel::setFieldFilter(qint64 fieldId)
{
    if (fieldId == m_filter.fieldId)
        return;
    m_filter.fieldId = fieldId;
    refilter();
}

void ChangeListModel::setSearch(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed == m_filter.search)
        return;
    m_filter.search = trimmed;
    refilter();
}

void ChangeListModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    m_pages.clear();
    m_pageOrder.clear();
    m_error.clear();
    if (m_spool && m_filter.dbId > 0) {
        auto rows = m_spool->select(m_filter);
        if (rows)
            m_rows = std::move(rows).value();
        else
            m_error = rows.error().message;
    }
    endResetModel();
}

const ChangeListModel::Page *ChangeListModel::page(int row) const
{
    if (!m_spool || row < 0 || row >= m_rows.size())
        return nullptr;
    const int number = row / kPageRows;
    if (auto it = m_pages.constFind(number); it != m_pages.cend()) {
        m_pageOrder.removeOne(number);
        m_pageOrder.append(number);
        return &it.value();
    }
    Page p;
    const int first = number * kPageRows;
    const int last = std::min<int>(first + kPageRows, int(m_rows.size()));
    for (int r = first; r < last; ++r) {
        auto change = m_spool->read(m_rows.at(r));
        if (!change) {
            m_error = change.error().message;
            return nullptr;
        }
        p.texts.append(fieldsText(change.value()));
        p.changes.append(std::move(change).value());
    }
    if (m_pageOrder.size() >= kPagesKept)
        m_pages.remove(m_pageOrder.takeFirst());
    m_pageOrder.append(number);
    return &*m_pages.insert(number, std::move(p));
}

std::optional<RecordChange> ChangeListModel::changeAt(int row) const
{
    if (const Page *p = page(row))
        return p->changes.at(row % kPageRows);
    return std::nullopt;
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
    const Page *p = index.isValid() ? page(index.row()) : nullptr;
    if (!p)
        return {};
    const RecordChange &c = p->changes.at(index.row() % kPageRows);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RidColumn:
            return role == Qt::DisplayRole ? QVariant(c.rid) : QVariant();
        case KindColumn:
            return role == Qt::DisplayRole ? kindText(c.kind) : QString();
        case FieldsColumn:
            return p->texts.at(index.row() % kPageRows);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RidColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RidRole:
        return c.rid;
    case KindRole:
        return changeKindKey(c.kind);
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
