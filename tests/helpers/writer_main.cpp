// rewind_test_writer DATA_DIR DB_ID COUNTER_DB_ID INTERVAL_MS SECONDS
//
// Commits continuously into production for SECONDS, every INTERVAL_MS: each commit adds one record
// to DB_ID and sets the first field of record 1 of COUNTER_DB_ID to the number of records in DB_ID.
// So in any consistent snapshot, counter == count(DB_ID). Prints each commit's latency (ms) on exit
// as "max_latency_ms N commits N".

#include "sql/Connection.h"
#include "util/Clock.h"
#include "util/DataDir.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

using namespace Rewind;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() != 6) {
        QTextStream(stderr) << "usage: rewind_test_writer DATA_DIR DB_ID COUNTER_DB_ID INTERVAL_MS SECONDS\n";
        return 2;
    }
    const DataDir dir(a[1]);
    const qint64 dbId = a[2].toLongLong();
    const qint64 counterDbId = a[3].toLongLong();
    const int interval = a[4].toInt();
    const int seconds = a[5].toInt();
    auto conn = Production::open(dir, u"writer"_s);
    if (!conn) {
        QTextStream(stderr) << conn.error().message << '\n';
        return 1;
    }
    QSqlDatabase db = conn.value()->db();
    auto catalog = Catalog::load(db);
    const DbDef *target = catalog->db(dbId);
    const DbDef *counter = catalog->db(counterDbId);
    if (!target || !counter || counter->fields.isEmpty()) {
        QTextStream(stderr) << "unknown DB\n";
        return 1;
    }
    RecordWriter writer(db, *target, Clock::system());
    QVariantList values;
    for (qsizetype i = 0; i < target->fields.size(); ++i)
        values.append(QVariant());
    QElapsedTimer total;
    total.start();
    qint64 maxLatency = 0;
    int commits = 0;
    QSqlQuery q(db);
    while (total.elapsed() < seconds * 1000) {
        QElapsedTimer t;
        t.start();
        if (!db.transaction())
            return 1;
        if (auto id = writer.insert(values); !id) {
            QTextStream(stderr) << id.error().message << '\n';
            return 1;
        }
        q.exec(u"UPDATE %1 SET %2 = (SELECT count(*) FROM %3) WHERE rid = 1"_s.arg(
            counter->table(), counter->fields[0].column(), target->table()));
        if (!db.commit())
            return 1;
        maxLatency = std::max(maxLatency, t.elapsed());
        ++commits;
        QThread::msleep(interval);
    }
    QTextStream(stdout) << "max_latency_ms " << maxLatency << " commits " << commits << Qt::endl;
    return 0;
}
