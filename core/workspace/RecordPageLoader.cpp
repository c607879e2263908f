#include "RecordPageLoader.h"

#include "sql/Connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Rewind
{

using namespace Qt::StringLiterals;

RecordPageLoader::RecordPageLoader()
{
    qRegisterMetaType<Rewind::RecordPage>();
}

RecordPageLoader::~RecordPageLoader() = default;

void RecordPageLoader::setQuery(quint64 generation, const RecordQuery &query)
{
    {
        QMutexLocker lock(&m_mutex);
        m_generation = generation;
        m_query = query;
        m_queryChanged = true;
        m_pending.clear();
    }
    schedule();
}

void RecordPageLoader::requestPage(quint64 generation, int page)
{
    QList<int> dropped;
    {
        QMutexLocker lock(&m_mutex);
        if (generation != m_generation)
            return;
        m_pending.removeAll(page);
        m_pending.append(page);
        while (m_pending.size() > kMaxPending)
            dropped.append(m_pending.takeFirst());
    }
    for (int p : dropped)
        emit pageDropped(generation, p);
    schedule();
}

void RecordPageLoader::schedule()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_scheduled)
            return;
        m_scheduled = true;
    }
    QMetaObject::invokeMethod(this, &RecordPageLoader::drain, Qt::QueuedConnection);
}

void RecordPageLoader::drain()
{
    for (;;) {
        int page = -1;
        quint64 generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (m_queryChanged) {
                m_workerQuery = m_query;
                m_workerGeneration = m_generation;
                m_queryChanged = false;
                m_bounds.clear();
                m_count.reset();
                m_countNeeded = true;
            }
            generation = m_workerGeneration;
            if (!m_pending.isEmpty())
                page = m_pending.takeLast();
            else if (!m_countNeeded)
                m_scheduled = false;
            if (page < 0 && !m_countNeeded)
                return;
        }
        QString error;
        if (page >= 0) {
            RecordPage data;
            if (fetchPage(m_workerQuery, page, &data, &error))
                emit pageLoaded(generation, page, data);
            else
                emit failed(generation, error);
        } else {
            // The count runs once the first pages are out: first rows come before the exact total.
            m_countNeeded = false;
            qint64 count = 0;
            if (fetchCount(m_workerQuery, &count, &error)) {
                m_count = count;
                emit countLoaded(generation, count);
            } else {
                emit failed(generation, error);
            }
        }
    }
}

bool RecordPageLoader::ensureConnection(const ConnectionSpec &spec, QString *error)
{
    if (m_connection && m_connection->spec().path == spec.path && m_connection->spec().mode == spec.mode)
        return true;
    m_connection.reset();
    // Readers never write: production is browsed through a read-only connection too.
    ConnectionSpec readSpec = spec;
    if (readSpec.mode == ConnectionSpec::Mode::ReadWrite)
        readSpec.mode = ConnectionSpec::Mode::ReadOnly;
    auto conn = ScopedConnection::open(readSpec, u"records"_s);
    if (!conn) {
        *error = conn.error().message;
        return false;
    }
    m_connection = conn.value();
    return true;
}

bool RecordPageLoader::fetchPage(const RecordQuery &query, int page, RecordPage *out, QString *error)
{
    if (!ensureConnection(query.spec, error))
        return false;
    std::optional<RecordKey> after;
    bool reverse = false;
    qint64 offset = qint64(page) * kPageSize;
    int limit = kPageSize;
    if (auto prev = m_bounds.find(page - 1); prev != m_bounds.end() && prev->rows == kPageSize) {
        after = prev->last;
    } else if (auto next = m_bounds.find(page + 1); next != m_bounds.end() && page >= 0) {
        after = next->first;
        reverse = true;
    } else if (m_count && offset > *m_count / 2) {
        // Nearer the end: walk backwards from the last row instead of skipping most of the table.
        const qint64 endOffset = *m_count - (offset + kPageSize);
        if (endOffset < 0) {
            limit = int(kPageSize + endOffset);
            offset = 0;
        } else {
            offset = endOffset;
        }
        reverse = true;
        if (limit <= 0)
            return true;
    }
    QVariantList binds;
    const QString sql = query.pageSql(after, reverse, reverse && !after ? offset : (after ? 0 : offset), limit, &binds);
    QSqlQuery q(m_connection->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = QCoreApplication::translate("Rewind::RecordPageLoader", "Cannot read the records of \"%1\": %2")
                     .arg(query.db.name, q.lastError().text());
        return false;
    }
    const int columns = query.columnCount();
    const int sortColumn = query.sortColumn > 0 && query.sortColumn < columns ? query.sortColumn : 0;
    QList<int> linkColumns;
    for (int c = 1; c < columns - 2; ++c) {
        if (query.fieldAt(c)->type == FieldType::Link)
            linkColumns.append(c);
    }
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q.value(c));
        for (qsizetype i = 0; i < linkColumns.size(); ++i) {
            QVariant &cell = row[linkColumns[i]];
            if (cell.isNull())
                continue;
            const QString label = q.value(int(columns + i)).toString();
            cell = label.isEmpty() ? u"#%1"_s.arg(cell.toLongLong()) : u"%1 (#%2)"_s.arg(label).arg(cell.toLongLong());
        }
        out->rows.append(row);
    }
    if (reverse)
        std::reverse(out->rows.begin(), out->rows.end());
    if (!out->rows.isEmpty()) {
        Bounds b;
        b.rows = int(out->rows.size());
        b.first = RecordKey{out->rows.first().value(sortColumn), out->rows.first().value(0).toLongLong()};
        b.last = RecordKey{out->rows.last().value(sortColumn), out->rows.last().value(0).toLongLong()};
        // Link columns hold labels now; their keys must be the raw IDs the SQL compares.
        if (sortColumn != 0 && query.fieldAt(sortColumn) && query.fieldAt(sortColumn)->type == FieldType::Link)
            m_bounds.remove(page);
        else
            m_bounds.insert(page, b);
    }
    return true;
}

bool RecordPageLoader::fetchCount(const RecordQuery &query, qint64 *count, QString *error)
{
    if (!ensureConnection(query.spec, error))
        return false;
    QVariantList binds;
    QSqlQuery q(m_connection->db());
    q.prepare(query.countSql(&binds));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        *error = QCoreApplication::translate("Rewind::RecordPageLoader", "Cannot count the records of \"%1\": %2")
                     .arg(query.db.name, q.lastError().text());
        return false;
    }
    *count = q.value(0).toLongLong();
    return true;
}

} // namespace Rewind
