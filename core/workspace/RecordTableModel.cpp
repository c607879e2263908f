#include "RecordTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QThread>

namespace Rewind
{

using namespace Qt::StringLiterals;

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"record-loader"_s);
    m_loader = new RecordPageLoader;
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &RecordPageLoader::pageLoaded, this, &RecordTableModel::onPageLoaded);
    connect(m_loader, &RecordPageLoader::countLoaded, this, &RecordTableModel::onCountLoaded);
    connect(m_loader, &RecordPageLoader::pageDropped, this, &RecordTableModel::onPageDropped);
    connect(m_loader, &RecordPageLoader::failed, this, [this](quint64 generation, const QString &message) {
        if (generation == m_generation)
            emit loadFailed(message);
    });
    m_thread->start();
}

RecordTableModel::~RecordTableModel()
{
    m_thread->quit();
    m_thread->wait();
}

void RecordTableModel::setQuery(const RecordQuery &query)
{
    beginResetModel();
    m_query = query;
    m_active = !query.db.table().isEmpty() && query.db.id != 0;
    restart();
    endResetModel();
}

void RecordTableModel::clear()
{
    setQuery(RecordQuery{});
}

void RecordTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    beginResetModel();
    m_query.search = text;
    restart();
    endResetModel();
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    beginResetModel();
    m_query.sortColumn = column;
    m_query.order = order;
    restart();
    endResetModel();
}

// Called between begin/endResetModel: forget everything and ask for the first page of a new generation.
void RecordTableModel::restart()
{
    ++m_generation;
    m_rows = 0;
    m_countExact = false;
    m_pages.clear();
    m_lru.clear();
    m_requested.clear();
    if (!m_active)
        return;
    m_loader->setQuery(m_generation, m_query);
    m_requested.insert(0);
    m_loader->requestPage(m_generation, 0);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_active ? 0 : m_query.columnCount();
}

QVariant RecordTableModel::display(int column, const QVariant &value) const
{
    if (value.isNull())
        return QString();
    const int n = m_query.columnCount();
    if (column == n - 1 || column == n - 2)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()), QLocale::ShortFormat);
    const FieldDef *f = m_query.fieldAt(column);
    if (!f)
        return value;
    switch (f->type) {
    case FieldType::CheckBox:
        return value.toInt() ? u"✓"_s : QString();
    case FieldType::Number:
        return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'g', 15)
                                                   : QLocale().toString(value.toLongLong());
    case FieldType::Date:
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    case FieldType::DateTime:
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate), QLocale::ShortFormat);
    default:
        return value;
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / RecordPageLoader::kPageSize;
    const int offset = index.row() % RecordPageLoader::kPageSize;
    const auto it = m_pages.constFind(page);
    const bool loaded = it != m_pages.constEnd() && offset < it->rows.size();
    if (role == LoadedRole)
        return loaded;
    if (!loaded) {
        if (role == Qt::DisplayRole && index.column() == 0) {
            if (!m_requested.contains(page)) {
                m_requested.insert(page);
                m_loader->requestPage(m_generation, page);
            }
            return tr("Loading…");
        }
        if (role == Qt::DisplayRole && !m_requested.contains(page)) {
            m_requested.insert(page);
            m_loader->requestPage(m_generation, page);
        }
        return {};
    }
    if (m_lru.isEmpty() || m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    const QVariant &value = it->rows[offset].at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), value);
    case Qt::EditRole:
        return value;
    case RecordIdRole:
        return it->rows[offset].at(0);
    case Qt::TextAlignmentRole: {
        const FieldDef *f = m_query.fieldAt(index.column());
        if (index.column() == 0 || (f && f->type == FieldType::Number))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (f && f->type == FieldType::CheckBox)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    return m_query.columnHeader(section);
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Never editable: generations are read-only, and production edits go through core services.
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

void RecordTableModel::setRows(qint64 rows)
{
    const int target = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_rows) {
        beginInsertRows({}, m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    } else if (target < m_rows) {
        beginRemoveRows({}, target, m_rows - 1);
        m_rows = target;
        endRemoveRows();
    }
}

void RecordTableModel::onPageLoaded(quint64 generation, int page, const RecordPage &data)
{
    if (generation != m_generation)
        return; // a page of an earlier sort or search
    m_requested.remove(page);
    m_pages.insert(page, data);
    m_lru.removeOne(page);
    m_lru.append(page);
    while (m_lru.size() > kMaxCachedPages)
        m_pages.remove(m_lru.takeFirst());

    const int first = page * RecordPageLoader::kPageSize;
    if (!m_countExact) {
        const qint64 seen = qint64(first) + data.rows.size();
        if (page == 0 && data.rows.size() < RecordPageLoader::kPageSize) {
            m_countExact = true;
            setRows(seen);
            emit rowCountKnown(m_rows, true);
        } else if (seen > m_rows) {
            setRows(seen);
            emit rowCountKnown(m_rows, false);
        }
    }
    const int last = std::min(m_rows, first + int(data.rows.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit pageArrived(page);
}

void RecordTableModel::onCountLoaded(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    m_countExact = true;
    setRows(count);
    emit rowCountKnown(m_rows, true);
}

void RecordTableModel::onPageDropped(quint64 generation, int page)
{
    if (generation == m_generation)
        m_requested.remove(page);
}

} // namespace Rewind
