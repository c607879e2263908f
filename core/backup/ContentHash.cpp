#include "ContentHash.h"

#include "sql/SqliteFile.h"

#include <QFile>
#include <QMap>

#include <sqlite3.h>
#include <xxhash.h>

#include <map>
#include <memory>

namespace Rewind::ContentHash
{

using namespace Qt::StringLiterals;

namespace
{
struct StateDeleter
{
    void operator()(XXH3_state_t *s) const { XXH3_freeState(s); }
};

// Feeds one statement's rows into the hash: per column a type tag, then its bytes (texts and blobs
// length-prefixed), so ("ab","c") and ("a","bc") differ.
bool hashRows(SqliteFile &file, const QByteArray &sql, XXH3_state_t *state, qint64 *count,
              const std::atomic_bool *cancel, bool *cancelled)
{
    SqliteStatement st(file, sql);
    if (!st.isValid())
        return file.fail(QString::fromUtf8(sql));
    const int columns = sqlite3_column_count(st.get());
    qint64 rows = 0;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c) {
            const int type = sqlite3_column_type(st.get(), c);
            const unsigned char tag = static_cast<unsigned char>(type);
            XXH3_128bits_update(state, &tag, 1);
            switch (type) {
            case SQLITE_INTEGER: {
                const sqlite3_int64 v = sqlite3_column_int64(st.get(), c);
                XXH3_128bits_update(state, &v, sizeof v);
                break;
            }
            case SQLITE_FLOAT: {
                const double v = sqlite3_column_double(st.get(), c);
                XXH3_128bits_update(state, &v, sizeof v);
                break;
            }
            case SQLITE_TEXT:
            case SQLITE_BLOB: {
                const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(st.get(), c))
                                                    : sqlite3_column_blob(st.get(), c);
                const quint32 n = quint32(sqlite3_column_bytes(st.get(), c));
                XXH3_128bits_update(state, &n, sizeof n);
                if (n)
                    XXH3_128bits_update(state, p, n);
                break;
            }
            default:
                break;
            }
        }
        ++rows;
        if (cancel && (rows & 0x3fff) == 0 && cancel->load(std::memory_order_relaxed)) {
            if (cancelled)
                *cancelled = true;
            return false;
        }
    }
    if (rc != SQLITE_DONE)
        return file.fail(QString::fromUtf8(sql));
    if (count)
        *count = rows;
    return true;
}

QString digest(XXH3_state_t *state)
{
    const XXH128_hash_t h = XXH3_128bits_digest(state);
    return u"xxh3-128:%1%2"_s.arg(qulonglong(h.high64), 16, 16, QLatin1Char('0'))
        .arg(qulonglong(h.low64), 16, 16, QLatin1Char('0'));
}
} // namespace

bool recordTable(SqliteFile &file, const QString &table, QString *checksum, qint64 *count,
                 const std::atomic_bool *cancel, bool *cancelled)
{
    std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
    XXH3_128bits_reset(state.get());
    if (!hashRows(file, "SELECT * FROM " + table.toLatin1() + " ORDER BY rid", state.get(), count, cancel, cancelled))
        return false;
    *checksum = digest(state.get());
    return true;
}

bool catalog(SqliteFile &file, QString *checksum)
{
    std::unique_ptr<XXH3_state_t, StateDeleter> state(XXH3_createState());
    XXH3_128bits_reset(state.get());
    for (const char *sql : {"SELECT * FROM rw_db ORDER BY id", "SELECT * FROM rw_field ORDER BY id",
                            "SELECT * FROM rw_setting ORDER BY id"}) {
        if (!hashRows(file, sql, state.get(), nullptr, nullptr, nullptr))
            return false;
    }
    *checksum = digest(state.get());
    return true;
}

bool pageDigests(SqliteFile &file, const QString &path, const QStringList &tables, QHash<QString, PageDigest> *out,
                 QString *error)
{
    qint64 pageSize = 0;
    if (!file.queryInt("PRAGMA page_size", &pageSize) || pageSize <= 0) {
        *error = file.errorString();
        return false;
    }
    // Which b-trees belong to which table: the table itself and its indexes.
    QHash<QString, QString> owner;
    {
        SqliteStatement st(file, "SELECT name, tbl_name FROM sqlite_schema WHERE type IN ('table', 'index')");
        if (!st.isValid()) {
            file.fail(u"sqlite_schema"_s);
            *error = file.errorString();
            return false;
        }
        while (sqlite3_step(st.get()) == SQLITE_ROW) {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0)));
            const QString table = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 1)));
            if (tables.contains(table))
                owner.insert(name, table);
        }
    }
    // Pages per b-tree in page order; rows are the cells of a table's own leaf pages.
    QMap<QString, QList<qint64>> pagesByTree;
    QHash<QString, qint64> rows;
    {
        SqliteStatement st(file, "SELECT name, pageno, pagetype, ncell FROM dbstat ORDER BY name, pageno");
        if (!st.isValid()) {
            file.fail(u"dbstat"_s);
            *error = file.errorString();
            return false;
        }
        int rc;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
            const QString tree = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 0)));
            const auto it = owner.constFind(tree);
            if (it == owner.constEnd())
                continue;
            pagesByTree[tree].append(sqlite3_column_int64(st.get(), 1));
            if (tree == *it && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(st.get(), 2)), "leaf") == 0)
                rows[tree] += sqlite3_column_int64(st.get(), 3);
        }
        if (rc != SQLITE_DONE) {
            file.fail(u"dbstat"_s);
            *error = file.errorString();
            return false;
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    const qint64 size = f.size();
    const uchar *map = size > 0 ? f.map(0, size) : nullptr;
    if (!map) {
        *error = f.errorString();
        return false;
    }
    std::map<QString, std::unique_ptr<XXH3_state_t, StateDeleter>> states;
    for (const QString &table : tables) {
        states[table].reset(XXH3_createState());
        XXH3_128bits_reset(states[table].get());
        (*out)[table] = PageDigest{};
    }
    for (auto it = pagesByTree.cbegin(); it != pagesByTree.cend(); ++it) {
        const QString &table = owner.value(it.key());
        XXH3_state_t *state = states[table].get();
        const QByteArray name = it.key().toUtf8();
        XXH3_128bits_update(state, name.constData(), size_t(name.size()) + 0);
        for (qint64 page : it.value()) {
            const qint64 offset = (page - 1) * pageSize;
            if (page < 1 || offset + pageSize > size) {
                *error = u"page %1 lies outside the file"_s.arg(page);
                return false;
            }
            XXH3_128bits_update(state, map + offset, size_t(pageSize));
        }
        (*out)[table].pages += it.value().size();
    }
    for (const QString &table : tables) {
        (*out)[table].checksum = digest(states[table].get()).replace(u"xxh3-128:"_s, u"xxh3-128-pages:"_s);
        (*out)[table].rows = rows.value(table);
    }
    return true;
}

} // namespace Rewind::ContentHash
