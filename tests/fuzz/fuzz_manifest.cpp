// The generation manifest reader: Manifest::read() on the input stored as the manifest text of a
// generation file (an in-memory SQLite database with the rw_manifest table a generation has).
// Oracle: a manifest that is accepted writes out and reads back as the same manifest.

#include "FuzzSupport.h"

#include "backup/Manifest.h"
#include "sql/SqliteFile.h"

#include <QJsonDocument>

#include <sqlite3.h>

using namespace Rewind;

namespace
{
SqliteFile *g_file = nullptr;

void store(const uint8_t *data, size_t size)
{
    SqliteStatement st(*g_file, "UPDATE rw_manifest SET value = ? WHERE key = 'manifest'");
    FUZZ_CHECK(st.isValid());
    FUZZ_CHECK(sqlite3_bind_text(st.get(), 1, reinterpret_cast<const char *>(data), int(size), SQLITE_TRANSIENT) ==
               SQLITE_OK);
    FUZZ_CHECK(sqlite3_step(st.get()) == SQLITE_DONE);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RewindFuzz::init(argc, argv);
    static SqliteFile file;
    FUZZ_CHECK(file.open(QStringLiteral(":memory:"), SqliteFile::OpenMode::Create));
    FUZZ_CHECK(file.exec("CREATE TABLE rw_manifest(key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    FUZZ_CHECK(file.exec("INSERT INTO rw_manifest(key, value) VALUES ('manifest', '')"));
    g_file = &file;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    store(data, size);
    auto manifest = Manifest::read(*g_file);
    if (!manifest) {
        FUZZ_CHECK(!manifest.error().message.isEmpty());
        return 0;
    }
    // What the reader accepted must survive the writer: Manifest::write() stores toJson() indented.
    const QJsonObject json = manifest->toJson();
    (void)manifest->totalRecords(); // shown by verify and the Generations tab
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);
    store(reinterpret_cast<const uint8_t *>(text.constData()), size_t(text.size()));
    auto again = Manifest::read(*g_file);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->toJson() == json);
    return 0;
}
