#include "ContentHash.h"

#include "sql/SqliteFile.h"

#include <sqlite3.h>
#include <xxhash.h>

#include <memory>

namespace Rewind::ContentHash {

using namespace Qt::StringLiterals;

namespace {
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
    return u"xxh3-128:%1%2"_s.arg(qulonglong(h.high64), 16, 16, QLatin1Char('0')).arg(qulonglong(h.low64), 16, 16, QLatin1Char('0'));
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

} // namespace Rewind::ContentHash
