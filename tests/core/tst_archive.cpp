// Archives on real demo workspaces: a full archive read back entry by entry and compared with production,
// CP932, custom date ranges, the policy (cooldown, record cap, expiry), the primary contact's right,
// "Save as…" and delete, scheduled full and incremental runs with their deletion lists, tampered and
// hostile archive files, cancellation, and the history events every change leaves.
//
// Expectations are computed here: CSV cells from the test's own SQL, SHA-256 over the bytes QuaZip reads
// back, names and UTF-8 flags from the ZIP's own directory.

#include "TestSupport.h"

#include "access/Access.h"
#include "archive/ArchiveService.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "transfer/CsvEncoding.h"
#include "transfer/CsvReader.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <atomic>

using namespace Rewind;
using namespace Qt::StringLiterals;

namespace
{

struct ZipItem
{
    QString name;
    QByteArray data;
    quint16 flags = 0;
    quint32 externalAttr = 0100644u << 16;
};

/// Every entry of a ZIP as QuaZip reads it (decompressed), in directory order.
QList<ZipItem> readZip(const QString &path)
{
    QList<ZipItem> out;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return out;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return {};
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        out.append(ZipItem{info.name, f.readAll(), info.flags, info.externalAttr});
        f.close();
    }
    return out;
}

/// Writes `items` into a new ZIP (UTF-8 names); false on any QuaZip error.
bool writeZip(const QString &path, const QList<ZipItem> &items)
{
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    zip.setOsCode(3);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipItem &item : items) {
        QuaZipFile f(&zip);
        QuaZipNewInfo info(item.name);
        info.externalAttr = item.externalAttr;
        if (!f.open(QIODevice::WriteOnly, info) || f.write(item.data) != item.data.size())
            return false;
        f.close();
        if (f.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

const ZipItem *itemNamed(const QList<ZipItem> &items, const QString &name)
{
    for (const ZipItem &i : items) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Every record of a CSV file, header first, read with CsvReader (encoding given or detected).
QList<QStringList> readCsv(const QString &path, std::optional<CsvEncoding> encoding = std::nullopt,
                           QString *error = nullptr)
{
    CsvReader::Options options;
    options.encoding = encoding;
    options.delimiter = u',';
    CsvReader reader(options);
    QList<QStringList> rows;
    if (!reader.open(path)) {
        if (error)
            *error = reader.errorString();
        return rows;
    }
    QStringList cells;
    while (reader.readRow(&cells))
        rows.append(cells);
    if (reader.hasError() && error)
        *error = reader.errorString();
    return rows;
}

/// What the archive should hold for a value SQLite renders as `text`: datetimes with a space instead of
/// ISO's "T", CP932's Microsoft forms, and the formula guard's apostrophe.
QString expectedCell(const FieldDef &field, QString text, bool cp932)
{
    if (field.type == FieldType::DateTime && text.size() >= 11 && text[10] == u'T')
        text[10] = u' ';
    if (cp932)
        text = CsvText::toMicrosoftForms(text);
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    return text;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// Archive files and partial files left in a folder (the lock file is not one).
QStringList archiveLeftovers(const QString &folder)
{
    QStringList out;
    for (const QString &f : filesIn(folder)) {
        if (f.endsWith(".zip"_L1) || f.contains(".partial"_L1))
            out.append(f);
    }
    return out;
}
} // namespace

class TstArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_demo;
    // Saturday 21 November 2026, the morning after the demo week.
    const QDateTime m_start{QDate(2026, 11, 21), QTime(10, 0)};
    ManualClock m_clock{m_start};
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<DataDir> m_dir;
    Session m_admin; // the demo's administrator and primary contact
    std::shared_ptr<ScopedConnection> m_conn;
    Catalog m_catalog;

    QString path(const QString &name) const { return m_tmp->filePath(name); }
    QString archiveFolder() const { return ArchiveService::folder(*m_dir); }
    ArchiveService service() { return ArchiveService(*m_dir, m_clock, m_admin); }
    ArchiveService service(const Session &actor) { return ArchiveService(*m_dir, m_clock, actor); }
    void reloadCatalog() { m_catalog = Catalog::load(m_conn->db()).value(); }
    const DbDef &db(const QString &name) const { return *m_catalog.dbByName(name); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_conn->db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    bool exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_conn->db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec();
    }
    /// The record ID at 0-based position `n` of DB `name`, in ID order.
    qint64 nthRid(const QString &name, int n)
    {
        return scalar(u"SELECT rid FROM %1 ORDER BY rid LIMIT 1 OFFSET %2"_s.arg(db(name).table()).arg(n));
    }
    qint64 totalRecords()
    {
        qint64 n = 0;
        for (const DbDef &d : m_catalog.dbs)
            n += scalar(u"SELECT count(*) FROM "_s + d.table());
        return n;
    }
    /// rid → every field's value as SQLite renders it as text (NULL as ""), read with the test's connection.
    QMap<qint64, QStringList> dbRows(const DbDef &d)
    {
        QStringList cols = {u"rid"_s};
        for (const FieldDef &f : d.fields)
            cols.append(u"CAST(%1 AS TEXT)"_s.arg(f.column()));
        QSqlQuery q(m_conn->db());
        q.setForwardOnly(true);
        QMap<qint64, QStringList> out;
        if (!q.exec(u"SELECT %1 FROM %2 ORDER BY rid"_s.arg(cols.join(u", "_s), d.table())))
            return out;
        while (q.next()) {
            QStringList cells;
            for (int i = 1; i < cols.size(); ++i)
                cells.append(q.value(i).isNull() ? QString() : q.value(i).toString());
            out.insert(q.value(0).toLongLong(), cells);
        }
        return out;
    }
    /// Compares a CSV of DB `d` with production: header, then exactly the records `rids` (every record
    /// when empty and `all`), each cell. Returns the first difference, or "" when they match.
    QString compareCsv(const QString &csvPath, const DbDef &d, const QList<qint64> &rids, bool all, bool cp932)
    {
        QString error;
        const QList<QStringList> rows =
            readCsv(csvPath, cp932 ? std::optional(CsvEncoding::Cp932) : std::nullopt, &error);
        if (!error.isEmpty())
            return u"%1: %2"_s.arg(csvPath, error);
        if (rows.isEmpty())
            return u"%1 is empty"_s.arg(csvPath);
        QStringList header = {u"Record ID"_s};
        for (const FieldDef &f : d.fields)
            header.append(f.name);
        if (rows.first() != header)
            return u"%1 header %2, expected %3"_s.arg(csvPath, rows.first().join(u'|'), header.join(u'|'));
        const QMap<qint64, QStringList> inDb = dbRows(d);
        const QList<qint64> expectedIds = all ? inDb.keys() : rids;
        if (rows.size() - 1 != expectedIds.size())
            return u"%1 holds %2 records, expected %3"_s.arg(csvPath).arg(rows.size() - 1).arg(expectedIds.size());
        for (qsizetype i = 0; i < expectedIds.size(); ++i) {
            const QStringList &row = rows[i + 1];
            const qint64 rid = expectedIds[i];
            if (row.value(0) != QString::number(rid))
                return u"%1 row %2: record ID %3, expected %4"_s.arg(csvPath).arg(i + 2).arg(row.value(0)).arg(rid);
            if (!inDb.contains(rid))
                return u"record %1 is not in production"_s.arg(rid);
            const QStringList &values = inDb[rid];
            if (row.size() != values.size() + 1)
                return u"%1 row %2 has %3 cells"_s.arg(csvPath).arg(i + 2).arg(row.size());
            for (qsizetype c = 0; c < values.size(); ++c) {
                const QString expected = expectedCell(d.fields[c], values[c], cp932);
                if (row[c + 1] != expected)
                    return u"%1 record %2 field %3: \"%4\", production has \"%5\""_s.arg(csvPath).arg(rid).arg(
                        d.fields[c].name, row[c + 1], expected);
            }
        }
        return {};
    }
    QList<HistoryEvent> history()
    {
        auto all = HistoryStore(*m_dir).events();
        return all ? all.value() : QList<HistoryEvent>();
    }
    QStringList historyKindsSince(qsizetype from)
    {
        QStringList out;
        const auto all = history();
        for (qsizetype i = from; i < all.size(); ++i)
            out.append(all[i].kind);
        return out;
    }
    /// Extracts an archive with ArchiveService::extractFile into a new folder and returns the folder.
    QString extract(const QString &zipPath, const QString &name)
    {
        const QString folder = path(name);
        QDir().mkpath(folder);
        auto files = ArchiveService::extractFile(zipPath, folder);
        if (!files) {
            qWarning("extract failed: %s", qPrintable(files.error().message));
            return {};
        }
        return folder;
    }

private slots:
    void initTestCase() { QVERIFY(RewindTest::buildDemo(m_demo.path(), 3000, 7)); }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        RewindTest::copyFolder(m_demo.path(), m_tmp->filePath(u"data"_s));
        m_dir = std::make_unique<DataDir>(m_tmp->filePath(u"data"_s));
        m_admin = RewindTest::adminSession(*m_dir);
        QVERIFY(m_admin.userId != 0);
        m_clock.set(m_start);
        auto conn = Production::open(*m_dir, u"test"_s);
        QVERIFY(conn.ok());
        m_conn = conn.value();
        reloadCatalog();
        QCOMPARE(m_catalog.dbs.size(), 7);
    }
    void cleanup()
    {
        m_conn.reset();
        m_tmp.reset();
    }

    void fullArchiveRoundTrip()
    {
        const Session me = m_admin;
        const qsizetype eventsBefore = history().size();
        ArchiveService archives = service(me);
        auto info = archives.create(ArchiveRequest{});
        VERIFY_OK(info);
        QCOMPARE(info->manifest.kind, ArchiveKind::Full);
        QCOMPARE(info->manifest.origin, ArchiveOrigin::Manual);
        QCOMPARE(info->manifest.createdAt, m_clock.now());
        QCOMPARE(info->manifest.expiresAt, m_clock.now().addDays(7));
        QCOMPARE(info->manifest.createdBy, me.historyName());
        QCOMPARE(QFileInfo(info->path).absolutePath(), QDir(archiveFolder()).absolutePath());
        QVERIFY(QFile::exists(info->path));
        QCOMPARE(archiveLeftovers(archiveFolder()), QStringList{QFileInfo(info->path).fileName()});
        QCOMPARE(info->sizeBytes, QFileInfo(info->path).size());

        // The ZIP as QuaZip reads it: one CSV per DB plus manifest.json, UTF-8 names flagged as such.
        const QList<ZipItem> items = readZip(info->path);
        QCOMPARE(items.size(), m_catalog.dbs.size() + 1);
        QStringList expectedNames = {u"manifest.json"_s};
        for (const DbDef &d : m_catalog.dbs)
            expectedNames.append(d.name + u".csv"_s);
        QStringList names;
        for (const ZipItem &i : items) {
            names.append(i.name);
            QVERIFY2(i.flags & 0x0800, qPrintable(i.name + u": general purpose bit 11 (UTF-8) not set"_s));
        }
        expectedNames.sort();
        names.sort();
        QCOMPARE(names, expectedNames);
        QVERIFY(names.contains(u"顧客.csv"_s));
        // The raw name bytes are UTF-8 in the file itself.
        {
            QFile raw(info->path);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY(raw.readAll().contains(u"顧客.csv"_s.toUtf8()));
        }

        // The manifest, parsed here: per entry SHA-256, bytes and records as this test computes them.
        const ZipItem *manifestItem = itemNamed(items, u"manifest.json"_s);
        QVERIFY(manifestItem);
        const QJsonObject manifest = QJsonDocument::fromJson(manifestItem->data).object();
        QCOMPARE(manifest.value("format"_L1).toString(), u"rewind-archive"_s);
        QCOMPARE(manifest.value("kind"_L1).toString(), u"full"_s);
        QCOMPARE(manifest.value("origin"_L1).toString(), u"manual"_s);
        QCOMPARE(manifest.value("encoding"_L1).toString(), u"utf-8-bom"_s);
        QCOMPARE(manifest.value("records"_L1).toInteger(), totalRecords());
        const QJsonArray entries = manifest.value("entries"_L1).toArray();
        QCOMPARE(entries.size(), m_catalog.dbs.size());
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QString file = e.value("file"_L1).toString();
            const ZipItem *item = itemNamed(items, file);
            QVERIFY2(item, qPrintable(file));
            const DbDef *d = m_catalog.dbByName(e.value("db"_L1).toString());
            QVERIFY(d);
            QCOMPARE(file, d->name + u".csv"_s);
            QCOMPARE(e.value("dbId"_L1).toInteger(), d->id);
            QCOMPARE(e.value("sha256"_L1).toString(), sha256(item->data));
            QCOMPARE(e.value("bytes"_L1).toInteger(), qint64(item->data.size()));
            QCOMPARE(e.value("records"_L1).toInteger(), scalar(u"SELECT count(*) FROM "_s + d->table()));
            QVERIFY(item->data.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, the default
        }
        QCOMPARE(info->manifest.totalRecords(), totalRecords());

        // Every CSV equals its DB, record by record and field by field.
        const QString out = path(u"out"_s);
        QVERIFY(QDir().mkpath(out));
        auto files = ArchiveService::extractFile(info->path, out);
        VERIFY_OK(files);
        QCOMPARE(files->size(), m_catalog.dbs.size() + 1);
        for (const DbDef &d : m_catalog.dbs) {
            const QString csv = QDir(out).filePath(d.name + u".csv"_s);
            QVERIFY2(files->contains(csv), qPrintable(csv));
            const QString diff = compareCsv(csv, d, {}, true, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        auto report = ArchiveService::verifyFile(info->path);
        VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
        QCOMPARE(report->entriesChecked, qint64(m_catalog.dbs.size()));
        QCOMPARE(report->manifest->id, info->id);

        // The list shows it; history says who started it and that it is ready.
        auto listed = archives.list();
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, info->id);
        const QList<HistoryEvent> events = history();
        QCOMPARE(events.size(), eventsBefore + 2);
        QCOMPARE(events[eventsBefore].kind, u"archive-started"_s);
        QCOMPARE(events[eventsBefore + 1].kind, u"archive-ready"_s);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(events[eventsBefore + i].user, me.historyName());
            QCOMPARE(events[eventsBefore + i].details.value("id"_L1).toString(), info->id);
        }
        QCOMPARE(events.last().details.value("records"_L1).toInteger(), totalRecords());
        QCOMPARE(events.last().details.value("bytes"_L1).toInteger(), QFileInfo(info->path).size());
        QVERIFY(HistoryStore(*m_dir).check().value().ok());
    }

    void cp932Encoding()
    {
        ArchiveRequest request;
        request.encoding = CsvEncoding::Cp932;
        auto info = service().create(request);
        VERIFY_OK(info);
        QCOMPARE(info->manifest.encoding, CsvEncoding::Cp932);
        const QList<ZipItem> items = readZip(info->path);
        QCOMPARE(items.size(), m_catalog.dbs.size() + 1);
        const QJsonObject manifest = QJsonDocument::fromJson(itemNamed(items, u"manifest.json"_s)->data).object();
        QCOMPARE(manifest.value("encoding"_L1).toString(), u"cp932"_s);
        for (const DbDef &d : m_catalog.dbs) {
            const ZipItem *item = itemNamed(items, d.name + u".csv"_s);
            QVERIFY(item);
            QVERIFY(!item->data.startsWith("\xEF\xBB\xBF"));
            // Shift_JIS (Microsoft's CP932): decodes cleanly, is not UTF-8, and the header reads right.
            QStringDecoder sjis("windows-31j");
            QVERIFY(sjis.isValid());
            const QString text = sjis.decode(item->data);
            QVERIFY2(!sjis.hasError(), qPrintable(d.name));
            QStringDecoder utf8(QStringDecoder::Utf8);
            (void)QString(utf8.decode(item->data));
            QVERIFY2(utf8.hasError(), qPrintable(d.name + u" reads as UTF-8"_s));
            QVERIFY(text.startsWith(u"Record ID,"_s + d.fields.first().name));
        }
        const QString out = path(u"out"_s);
        QVERIFY(QDir().mkpath(out));
        VERIFY_OK(ArchiveService::extractFile(info->path, out));
        for (const DbDef &d : m_catalog.dbs) {
            const QString diff = compareCsv(QDir(out).filePath(d.name + u".csv"_s), d, {}, true, true);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        auto report = ArchiveService::verifyFile(info->path);
        VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
    }

    void customRangeHoldsOnlyRecordsCreatedOrUpdatedInIt()
    {
        // In Tokyo time: the range's days are the archive's time zone's days.
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(tokyo.isValid());
        const QDate from(2026, 10, 1), to(2026, 10, 31);
        const qint64 a = QDateTime(from, QTime(0, 0), tokyo).toMSecsSinceEpoch();
        const qint64 b = QDateTime(to.addDays(1), QTime(0, 0), tokyo).toMSecsSinceEpoch();
        const qint64 old = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (const DbDef &d : m_catalog.dbs)
            QVERIFY(exec(u"UPDATE %1 SET created_at = ?, updated_at = ?"_s.arg(d.table()), {old, old}));
        struct Case
        {
            QString db;
            int n;
            qint64 created, updated;
            bool in;
        };
        const QList<Case> cases = {
            {u"顧客"_s, 2, a + 5 * 86400000LL, old, true},      // created inside
            {u"案件"_s, 9, old, b - 1, true},                   // updated in the last millisecond
            {u"商品"_s, 1, old, a, true},                       // updated in the first millisecond
            {u"見積明細"_s, 0, a - 1000, a + 86400000LL, true}, // created before, updated inside
            {u"請求"_s, 4, b, b, false},                        // the first instant after the range
            {u"見積"_s, 6, a - 1, a - 1, false},                // the last instant before
            {u"担当者"_s, 3, a - 1, b, false},                  // before and after, never inside
        };
        QMap<QString, QList<qint64>> expected;
        for (const Case &c : cases) {
            const qint64 rid = nthRid(c.db, c.n);
            QVERIFY(rid > 0);
            QVERIFY(exec(u"UPDATE %1 SET created_at = ?, updated_at = ? WHERE rid = ?"_s.arg(db(c.db).table()),
                         {c.created, c.updated, rid}));
            if (c.in)
                expected[c.db].append(rid);
        }

        ArchiveService archives = service();
        archives.setTimeZone(tokyo);
        ArchiveRequest request;
        request.kind = ArchiveKind::Custom;
        request.from = from;
        request.to = to;
        auto info = archives.create(request);
        VERIFY_OK(info);
        QCOMPARE(info->manifest.kind, ArchiveKind::Custom);
        QCOMPARE(info->manifest.rangeFrom, from);
        QCOMPARE(info->manifest.rangeTo, to);
        QCOMPARE(info->manifest.totalRecords(), qint64(4));
        const QString out = extract(info->path, u"out"_s);
        QVERIFY(!out.isEmpty());
        for (const DbDef &d : m_catalog.dbs) {
            const QString diff =
                compareCsv(QDir(out).filePath(d.name + u".csv"_s), d, expected.value(d.name), false, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        // A custom archive does not start the full archive's cooldown.
        QVERIFY(archives.check(ArchiveRequest{}).ok());
    }

    void customRangeLimit()
    {
        ArchiveService archives = service();
        ArchiveRequest request;
        request.kind = ArchiveKind::Custom;
        request.from = QDate(2026, 10, 1);
        request.to = QDate(2026, 11, 1); // 32 days
        const qsizetype eventsBefore = history().size();
        auto refused = archives.create(request);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(u"31 days"_s), qPrintable(message));
        QVERIFY2(message.contains(u"32 days"_s), qPrintable(message));
        QVERIFY2(message.contains(u"split"_s, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(message.contains(u"2 archives"_s), qPrintable(message));
        QVERIFY(archiveLeftovers(archiveFolder()).isEmpty());
        QCOMPARE(history().size(), eventsBefore);
        // 31 days is allowed, and so is a single day.
        request.to = QDate(2026, 10, 31);
        VERIFY_OK(archives.check(request));
        request.to = request.from;
        VERIFY_OK(archives.check(request));
        // The end before the start.
        request.to = QDate(2026, 9, 30);
        auto backwards = archives.check(request);
        QVERIFY(!backwards.ok());
        QVERIFY2(backwards.error().message.contains(u"2026-09-30"_s), qPrintable(backwards.error().message));
        // Incremental archives are the schedule's.
        request.kind = ArchiveKind::Incremental;
        QVERIFY(!archives.create(request).ok());
    }

    void splitRange()
    {
        // The seed's example: 2024-01-01 – 2024-03-15 is 75 days (a leap year) → three pieces of 25.
        const auto pieces = ArchiveService::splitRange(QDate(2024, 1, 1), QDate(2024, 3, 15), 31);
        const QList<std::pair<QDate, QDate>> expected = {{QDate(2024, 1, 1), QDate(2024, 1, 25)},
                                                         {QDate(2024, 1, 26), QDate(2024, 2, 19)},
                                                         {QDate(2024, 2, 20), QDate(2024, 3, 15)}};
        QCOMPARE(pieces, expected);
        // Any range: contiguous, complete, each piece within the limit, as few pieces as possible.
        for (int days = 1; days <= 200; days += 7) {
            for (int maxDays : {1, 7, 30, 31}) {
                const QDate from(2026, 2, 20);
                const QDate to = from.addDays(days - 1);
                const auto p = ArchiveService::splitRange(from, to, maxDays);
                QVERIFY(!p.isEmpty());
                QCOMPARE(p.size(), (days + maxDays - 1) / maxDays);
                QCOMPARE(p.first().first, from);
                QCOMPARE(p.last().second, to);
                for (qsizetype i = 0; i < p.size(); ++i) {
                    QVERIFY(p[i].first <= p[i].second);
                    QVERIFY(p[i].first.daysTo(p[i].second) + 1 <= maxDays);
                    if (i > 0)
                        QCOMPARE(p[i - 1].second.addDays(1), p[i].first);
                }
            }
        }
        QVERIFY(ArchiveService::splitRange(QDate(2026, 1, 2), QDate(2026, 1, 1), 31).isEmpty());
    }

    void fullArchiveCooldown()
    {
        ArchiveService archives = service();
        auto first = archives.create(ArchiveRequest{});
        VERIFY_OK(first);
        const QDateTime made = m_clock.now();
        const QDateTime next = made.addDays(30);
        QCOMPARE(archives.nextFullAllowed().value(), next);

        m_clock.advanceSecs(24 * 3600);
        auto refused = archives.create(ArchiveRequest{});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        QVERIFY2(refused.error().message.contains(next.toString(u"yyyy-MM-dd HH:mm"_s)),
                 qPrintable(refused.error().message));
        QCOMPARE(archiveLeftovers(archiveFolder()).size(), 1);
        // A custom archive may be made meanwhile.
        ArchiveRequest custom;
        custom.kind = ArchiveKind::Custom;
        custom.from = QDate(2026, 11, 1);
        custom.to = QDate(2026, 11, 20);
        VERIFY_OK(archives.create(custom));

        m_clock.set(next.addSecs(-60));
        QVERIFY(!archives.create(ArchiveRequest{}).ok());
        m_clock.set(next);
        auto again = archives.create(ArchiveRequest{});
        VERIFY_OK(again);
        QCOMPARE(archives.nextFullAllowed().value(), next.addDays(30));
    }

    void recordCapRefusesAndWritesNothing()
    {
        ArchiveService archives = service();
        ArchivePolicy policy;
        policy.maxRecords = 100;
        const qsizetype eventsBefore = history().size();
        VERIFY_OK(archives.setPolicy(policy));
        QCOMPARE(archives.policy().value().maxRecords, qint64(100));
        QCOMPARE(historyKindsSince(eventsBefore), QStringList{u"policy-changed"_s});
        const qint64 total = totalRecords();
        QVERIFY(total > 100);

        auto refused = archives.create(ArchiveRequest{});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QString::number(total)), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"100"_s), qPrintable(refused.error().message));
        QVERIFY2(archiveLeftovers(archiveFolder()).isEmpty(), qPrintable(filesIn(archiveFolder()).join(u", "_s)));
        // A refused full archive does not count for the cooldown.
        QVERIFY(archives.nextFullAllowed().value() <= m_clock.now());
        // Nor does a scheduled run escape the cap.
        auto scheduled = service(Session::schedulerSession()).createScheduled(std::nullopt, nullptr);
        QVERIFY(!scheduled.ok());
        QVERIFY(archiveLeftovers(archiveFolder()).isEmpty());

        // A policy that makes no sense is refused.
        ArchivePolicy bad;
        bad.maxRecords = 0;
        QVERIFY(!archives.setPolicy(bad).ok());
        bad = ArchivePolicy{};
        bad.expiryDays = 0;
        QVERIFY(!archives.setPolicy(bad).ok());
        QCOMPARE(archives.policy().value().maxRecords, qint64(100));
    }

    void expiredArchivesArePurged()
    {
        ArchiveService archives = service();
        auto info = archives.create(ArchiveRequest{});
        VERIFY_OK(info);
        const qsizetype eventsBefore = history().size();
        m_clock.advanceSecs(7 * 24 * 3600 - 60);
        QCOMPARE(archives.purgeExpired().value(), 0);
        QVERIFY(QFile::exists(info->path));
        QCOMPARE(history().size(), eventsBefore);

        m_clock.set(m_start.addDays(7));
        // Expired: no longer saved out, even before the purge removed it.
        auto late = archives.saveAs(info->id, path(u"late.zip"_s));
        QVERIFY(!late.ok());
        QVERIFY(!QFile::exists(path(u"late.zip"_s)));
        QCOMPARE(archives.purgeExpired().value(), 1);
        QVERIFY(!QFile::exists(info->path));
        QVERIFY(archives.list().value().isEmpty());
        const QList<HistoryEvent> events = history();
        QCOMPARE(events.last().kind, u"archive-expired"_s);
        QCOMPARE(events.last().details.value("id"_L1).toString(), info->id);
        QCOMPARE(events.last().at, m_clock.now());
        QCOMPARE(archives.purgeExpired().value(), 0);
    }

    // A ZIP in the archives folder that cannot be read (damaged, or not ours) is listed with the reason,
    // dated by its file, and expires like any archive: it never lingers unseen.
    void damagedArchivesAreListedAndExpire()
    {
        ArchiveService archives = service();
        VERIFY_OK(archives.create(ArchiveRequest{}));
        QDir().mkpath(archiveFolder());
        const QString junk = archiveFolder() + u"/20261101-000000-full.zip"_s;
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PK\x03\x04 not really a zip");
            QVERIFY(f.flush()); // else closing writes again and moves the date
            QVERIFY(f.setFileTime(m_clock.now().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        const auto list = archives.list();
        VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        const ArchiveInfo &bad = list->at(1); // older by its file date
        QCOMPARE(bad.id, u"20261101-000000-full"_s);
        QVERIFY2(!bad.problem.isEmpty(), "a damaged archive says why");
        QVERIFY(list->at(0).problem.isEmpty());
        // Files not named as archives (a note, a copy someone saved there) are not ours: never listed or removed.
        const QString note = archiveFolder() + u"/my-notes.zip"_s;
        QVERIFY(QFile::copy(list->at(0).path, archiveFolder() + u"/copy.zip"_s));
        {
            QFile f(note);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello");
        }
        QCOMPARE(archives.list()->size(), 2);
        m_clock.set(m_clock.now().addDays(7));
        QCOMPARE(archives.purgeExpired().value(), 2);
        QVERIFY(!QFile::exists(junk));
        QVERIFY(QFile::exists(note));
        QVERIFY(QFile::exists(archiveFolder() + u"/copy.zip"_s));
    }

    void onlyThePrimaryContactManagesArchives()
    {
        const Session me = m_admin;
        auto made = service(me).create(ArchiveRequest{});
        VERIFY_OK(made);
        const QByteArray before = RewindTest::fileHash(made->path);
        // Another administrator becomes the primary contact: being an administrator is not enough.
        UserStore users(*m_dir, m_clock);
        auto sato = users.createUser(me, u"sato"_s, {}, Role::Admin, "sato-password-1", false);
        VERIFY_OK(sato);
        VERIFY_OK(users.setPrimaryContact(me, sato->id));
        QCOMPARE(Access::primaryContact(*m_dir).value(), u"sato"_s);
        const Session satoSession = RewindTest::loginAs(*m_dir, u"sato"_s, "sato-password-1");

        const qsizetype eventsBefore = history().size();
        const QStringList filesBefore = filesIn(archiveFolder());
        ArchiveService mine = service(me);
        m_clock.set(m_start.addDays(1));

        auto create = mine.create(ArchiveRequest{});
        QVERIFY(!create.ok());
        QCOMPARE(create.error().code, ErrorCode::ReadOnly);
        QVERIFY2(create.error().message.contains(u"sato"_s), qPrintable(create.error().message));
        ArchiveRequest custom;
        custom.kind = ArchiveKind::Custom;
        custom.from = QDate(2026, 11, 1);
        custom.to = QDate(2026, 11, 20);
        auto createCustom = mine.create(custom);
        QVERIFY(!createCustom.ok());
        QVERIFY2(createCustom.error().message.contains(u"sato"_s), qPrintable(createCustom.error().message));

        const QString copy = path(u"copy.zip"_s);
        auto save = mine.saveAs(made->id, copy);
        QVERIFY(!save.ok());
        QVERIFY2(save.error().message.contains(u"sato"_s), qPrintable(save.error().message));
        QVERIFY(!QFile::exists(copy));

        auto del = mine.remove(made->id);
        QVERIFY(!del.ok());
        QVERIFY2(del.error().message.contains(u"sato"_s), qPrintable(del.error().message));
        QCOMPARE(RewindTest::fileHash(made->path), before);

        // The policy is any administrator's setting (Right::ManageSchedules), not the primary contact's.

        QCOMPARE(filesIn(archiveFolder()), filesBefore);
        QCOMPARE(history().size(), eventsBefore);
        VERIFY_OK(mine.setPolicy(ArchivePolicy{}));

        // The schedule acts for the primary contact.
        const Session scheduler = Session::schedulerSession();
        auto scheduled = service(scheduler).createScheduled(std::nullopt, nullptr);
        VERIFY_OK(scheduled);
        QCOMPARE(scheduled->manifest.origin, ArchiveOrigin::Scheduled);
        QCOMPARE(scheduled->manifest.createdBy, scheduler.historyName());
        // And the primary contact may save a copy.
        VERIFY_OK(service(satoSession).saveAs(made->id, copy));
        QCOMPARE(RewindTest::fileHash(copy), before);
    }

    void saveAsAndRemove()
    {
        ArchiveService archives = service();
        auto info = archives.create(ArchiveRequest{});
        VERIFY_OK(info);
        const QString copy = path(u"downloads/サブ/copy.zip"_s);
        const qsizetype eventsBefore = history().size();
        VERIFY_OK(archives.saveAs(info->id, copy));
        QCOMPARE(RewindTest::fileHash(copy), RewindTest::fileHash(info->path));
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(info->path).size());
        QList<HistoryEvent> events = history();
        QCOMPARE(events.size(), eventsBefore + 1);
        QCOMPARE(events.last().kind, u"download-started"_s);
        QCOMPARE(events.last().details.value("id"_L1).toString(), info->id);
        QCOMPARE(events.last().details.value("file"_L1).toString(), QDir::toNativeSeparators(copy));
        QCOMPARE(events.last().user, m_admin.historyName());
        // The copy verifies on its own.
        QVERIFY(ArchiveService::verifyFile(copy).value().ok());

        // IDs that point elsewhere and unknown IDs are refused.
        QCOMPARE(archives.saveAs(u"../x"_s, path(u"x.zip"_s)).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(archives.remove(u"nope"_s).error().code, ErrorCode::NotFound);

        VERIFY_OK(archives.remove(info->id));
        QVERIFY(!QFile::exists(info->path));
        QVERIFY(QFile::exists(copy));
        events = history();
        QCOMPARE(events.size(), eventsBefore + 2);
        QCOMPARE(events.last().kind, u"archive-deleted"_s);
        QCOMPARE(events.last().details.value("id"_L1).toString(), info->id);
        QCOMPARE(archives.find(info->id).error().code, ErrorCode::NotFound);
        QVERIFY(archives.list().value().isEmpty());
    }

    void scheduledRunsFullThenIncremental()
    {
        const Session scheduler = Session::schedulerSession();
        ArchiveService archives = service(scheduler);

        // 1. The first run holds everything.
        QDateTime snap1;
        auto first = archives.createScheduled(std::nullopt, &snap1);
        VERIFY_OK(first);
        QCOMPARE(first->manifest.kind, ArchiveKind::Full);
        QCOMPARE(first->manifest.origin, ArchiveOrigin::Scheduled);
        QCOMPARE(first->manifest.totalRecords(), totalRecords());
        QCOMPARE(snap1, m_clock.now());
        QVERIFY(!first->manifest.deleted);

        // 2. Changes an hour later: update 3, insert 2, delete 4.
        m_clock.advanceSecs(3600);
        QList<qint64> customers, products;
        QList<std::pair<QString, qint64>> deleted;
        {
            const DbDef &c = db(u"顧客"_s);
            RecordWriter w(m_conn->db(), c, m_clock);
            for (int n : {0, 50}) {
                const qint64 rid = nthRid(u"顧客"_s, n);
                VERIFY_OK(w.update(rid, {{c.fieldByName(u"備考"_s)->id, u"更新しました"_s}}));
                customers.append(rid);
            }
            for (int i = 0; i < 2; ++i) {
                QVariantList values(c.fields.size());
                values[0] = u"新規顧客 %1"_s.arg(i);
                auto rid = w.insert(values);
                VERIFY_OK(rid);
                customers.append(rid.value());
            }
            const DbDef &p = db(u"商品"_s);
            RecordWriter pw(m_conn->db(), p, m_clock);
            const qint64 rid = nthRid(u"商品"_s, 10);
            VERIFY_OK(pw.update(rid, {{p.fieldByName(u"在庫数"_s)->id, 4242}}));
            products.append(rid);
            for (const QString &name : {u"見積明細"_s, u"請求"_s}) {
                RecordWriter dw(m_conn->db(), db(name), m_clock);
                // One in the middle and the last one (IDs after the last row read are gone too).
                for (qint64 victim : {nthRid(name, 20), scalar(u"SELECT max(rid) FROM "_s + db(name).table())}) {
                    VERIFY_OK(dw.remove(victim));
                    deleted.append({name, victim});
                }
            }
        }
        std::sort(customers.begin(), customers.end());
        QCOMPARE(customers.size(), 4);

        m_clock.advanceSecs(24 * 3600);
        QDateTime snap2;
        auto second = archives.createScheduled(snap1, &snap2);
        VERIFY_OK(second);
        QCOMPARE(second->manifest.kind, ArchiveKind::Incremental);
        QCOMPARE(second->manifest.origin, ArchiveOrigin::Scheduled);
        QCOMPARE(second->manifest.since, snap1);
        QCOMPARE(snap2, m_clock.now());
        QCOMPARE(second->manifest.totalRecords(), qint64(5));
        QVERIFY(second->manifest.deleted.has_value());
        QCOMPARE(second->manifest.deleted->records, qint64(4));
        // The manifest itself lists them per DB (few enough to list inline), exactly those deleted.
        {
            QStringList inManifest, wanted;
            for (auto it = second->manifest.deletedByDb.begin(); it != second->manifest.deletedByDb.end(); ++it) {
                const QJsonObject one = it.value().toObject();
                QCOMPARE(one.value("records"_L1).toInteger(), qint64(one.value("ids"_L1).toArray().size()));
                for (const auto &id : one.value("ids"_L1).toArray())
                    inManifest.append(it.key() + u'|' + QString::number(id.toInteger()));
            }
            for (const auto &[name, id] : deleted)
                wanted.append(name + u'|' + QString::number(id));
            inManifest.sort();
            wanted.sort();
            QCOMPARE(inManifest, wanted);
        }
        auto report = ArchiveService::verifyFile(second->path);
        VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
        QString out = extract(second->path, u"second"_s);
        QVERIFY(!out.isEmpty());
        for (const DbDef &d : m_catalog.dbs) {
            const QList<qint64> expected = d.name == u"顧客"_s   ? customers
                                           : d.name == u"商品"_s ? products
                                                                 : QList<qint64>();
            const QString diff = compareCsv(QDir(out).filePath(d.name + u".csv"_s), d, expected, false, false);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        auto deletedRows = readCsv(QDir(out).filePath(u"deleted.csv"_s));
        QVERIFY(!deletedRows.isEmpty());
        QCOMPARE(deletedRows.first(), (QStringList{u"DB"_s, u"Record ID"_s}));
        QStringList listed, expectedDeleted;
        for (qsizetype i = 1; i < deletedRows.size(); ++i)
            listed.append(deletedRows[i].join(u'|'));
        for (const auto &[name, rid] : deleted)
            expectedDeleted.append(name + u'|' + QString::number(rid));
        listed.sort();
        expectedDeleted.sort();
        QCOMPARE(listed, expectedDeleted);

        // 3. Nothing changed since: every CSV holds its header row only (the overlap is 10 minutes; a day passed).
        m_clock.advanceSecs(24 * 3600);
        QDateTime snap3;
        auto third = archives.createScheduled(snap2, &snap3);
        VERIFY_OK(third);
        QCOMPARE(third->manifest.kind, ArchiveKind::Incremental);
        QCOMPARE(third->manifest.totalRecords(), qint64(0));
        QCOMPARE(third->manifest.deleted->records, qint64(0));
        out = extract(third->path, u"third"_s);
        QVERIFY(!out.isEmpty());
        for (const DbDef &d : m_catalog.dbs) {
            const auto rows = readCsv(QDir(out).filePath(d.name + u".csv"_s));
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().first(), u"Record ID"_s);
        }
        QCOMPARE(readCsv(QDir(out).filePath(u"deleted.csv"_s)).size(), 1);

        // 4. A whole DB deleted: every record it had is listed as deleted.
        const DbDef gone = db(u"見積明細"_s);
        const QList<qint64> goneIds = dbRows(gone).keys();
        QVERIFY(goneIds.size() > 10);
        m_clock.advanceSecs(3600);
        VERIFY_OK(SchemaEditor(m_conn->db(), m_clock).deleteDb(gone.id));
        reloadCatalog();
        m_clock.advanceSecs(24 * 3600);
        auto fourth = archives.createScheduled(snap3, nullptr);
        VERIFY_OK(fourth);
        QCOMPARE(fourth->manifest.kind, ArchiveKind::Incremental);
        QCOMPARE(fourth->manifest.entries.size(), 6);
        QCOMPARE(fourth->manifest.totalRecords(), qint64(0));
        QCOMPARE(fourth->manifest.deleted->records, qint64(goneIds.size()));
        out = extract(fourth->path, u"fourth"_s);
        QVERIFY(!out.isEmpty());
        QVERIFY(!QFile::exists(QDir(out).filePath(gone.name + u".csv"_s)));
        deletedRows = readCsv(QDir(out).filePath(u"deleted.csv"_s));
        QCOMPARE(deletedRows.size(), goneIds.size() + 1);
        QList<qint64> listedIds;
        for (qsizetype i = 1; i < deletedRows.size(); ++i) {
            QCOMPARE(deletedRows[i].value(0), gone.name);
            listedIds.append(deletedRows[i].value(1).toLongLong());
        }
        std::sort(listedIds.begin(), listedIds.end());
        QCOMPARE(listedIds, goneIds);
    }

    void tamperedArchivesAreReported()
    {
        auto info = service().create(ArchiveRequest{});
        VERIFY_OK(info);
        const QList<ZipItem> items = readZip(info->path);
        QCOMPARE(items.size(), m_catalog.dbs.size() + 1);
        const QString victim = u"案件.csv"_s;

        // One byte changed inside an entry, the manifest kept: same size, another SHA-256.
        QList<ZipItem> changed = items;
        for (ZipItem &i : changed) {
            if (i.name != victim)
                continue;
            qsizetype pos = i.data.indexOf('\n') + 1;
            while (pos < i.data.size() && !(i.data[pos] >= '0' && i.data[pos] <= '8'))
                ++pos;
            QVERIFY(pos < i.data.size());
            i.data[pos] = char(i.data[pos] + 1);
        }
        const QString tampered = path(u"tampered.zip"_s);
        QVERIFY(writeZip(tampered, changed));
        auto report = ArchiveService::verifyFile(tampered);
        VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(victim), qPrintable(report->problems.first()));
        const QString target = path(u"target"_s);
        QVERIFY(QDir().mkpath(target));
        auto extracted = ArchiveService::extractFile(tampered, target);
        QVERIFY(!extracted.ok());
        QVERIFY2(extracted.error().message.contains(victim), qPrintable(extracted.error().message));
        QVERIFY(filesIn(target).isEmpty());

        // An entry the manifest does not name.
        QList<ZipItem> extra = items;
        extra.append(ZipItem{u"extra.csv"_s, "a,b\r\n1,2\r\n"});
        const QString withExtra = path(u"extra.zip"_s);
        QVERIFY(writeZip(withExtra, extra));
        report = ArchiveService::verifyFile(withExtra);
        VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(u"extra.csv"_s), qPrintable(report->problems.first()));

        // An entry the manifest names is missing.
        QList<ZipItem> missing;
        for (const ZipItem &i : items) {
            if (i.name != u"請求.csv"_s)
                missing.append(i);
        }
        const QString withMissing = path(u"missing.zip"_s);
        QVERIFY(writeZip(withMissing, missing));
        report = ArchiveService::verifyFile(withMissing);
        VERIFY_OK(report);
        QVERIFY(!report->ok());
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.first().contains(u"請求.csv"_s), qPrintable(report->problems.first()));

        // The untouched original still verifies.
        QVERIFY(ArchiveService::verifyFile(info->path).value().ok());
    }

    void hostileArchivesWriteNothingOutside_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("symlink");
        QTest::newRow("parent folder") << u"../evil.csv"_s << false;
        QTest::newRow("deeper parent") << u"sub/../../evil.csv"_s << false;
        QTest::newRow("absolute") << u"/tmp/evil-rewind-archive-test.csv"_s << false;
        QTest::newRow("symbolic link") << u"evil.csv"_s << true;
    }
    void hostileArchivesWriteNothingOutside()
    {
        QFETCH(QString, name);
        QFETCH(bool, symlink);
        auto info = service().create(ArchiveRequest{});
        VERIFY_OK(info);
        QList<ZipItem> items = readZip(info->path);
        // A manifest that names the hostile entry with its true checksum, as a forger would write it.
        ZipItem *manifestItem = nullptr;
        for (ZipItem &i : items) {
            if (i.name == u"manifest.json"_s)
                manifestItem = &i;
        }
        QVERIFY(manifestItem);
        const QByteArray payload = symlink ? QByteArray("../../outside") : QByteArray("Record ID,x\r\n1,evil\r\n");
        QJsonObject manifest = QJsonDocument::fromJson(manifestItem->data).object();
        QJsonArray entries = manifest.value("entries"_L1).toArray();
        entries.append(QJsonObject{{"file"_L1, name},
                                   {"db"_L1, u"evil"_s},
                                   {"dbId"_L1, 99},
                                   {"records"_L1, 1},
                                   {"bytes"_L1, payload.size()},
                                   {"sha256"_L1, sha256(payload)}});
        manifest.insert("entries"_L1, entries);
        manifestItem->data = QJsonDocument(manifest).toJson();
        ZipItem hostile{name, payload};
        if (symlink)
            hostile.externalAttr = 0120777u << 16;
        items.insert(0, hostile);
        if (symlink)
            items.append(ZipItem{u"evil.csv/through-link.csv"_s, "x"});
        const QString zipPath = path(u"hostile.zip"_s);
        QVERIFY(writeZip(zipPath, items));

        const QString base = path(u"a/b"_s);
        const QString target = base + u"/target"_s;
        QVERIFY(QDir().mkpath(target));
        auto report = ArchiveService::verifyFile(zipPath);
        QVERIFY2(!report.ok() || !report->ok(), "a hostile archive verified");
        auto extracted = ArchiveService::extractFile(zipPath, target);
        QVERIFY(!extracted.ok());
        QVERIFY(!extracted.error().message.isEmpty());
        QVERIFY(filesIn(target).isEmpty());
        QCOMPARE(QDir(target).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
                 QStringList());
        QCOMPARE(QDir(base).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System),
                 QStringList{u"target"_s});
        QVERIFY(!QFile::exists(u"/tmp/evil-rewind-archive-test.csv"_s));
        QDirIterator it(m_tmp->path(), QDir::AllEntries | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            QVERIFY2(!it.fileName().startsWith(u"evil"_s), qPrintable(it.filePath()));
        }
    }

    void cancelledFromProgressLeavesNothing_data()
    {
        QTest::addColumn<QString>("when");
        QTest::newRow("first DB") << u"顧客"_s;
        QTest::newRow("last DB") << u"請求"_s;
    }
    void cancelledFromProgressLeavesNothing()
    {
        QFETCH(QString, when);
        ArchiveService archives = service();
        std::atomic_bool cancel = false;
        QStringList stages;
        archives.setCancelFlag(&cancel);
        archives.setProgress([&](qint64, qint64, const QString &stage) {
            stages.append(stage);
            if (stage.contains(when))
                cancel = true;
        });
        const qsizetype eventsBefore = history().size();
        auto r = archives.create(ArchiveRequest{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY2(stages.join(u'|').contains(when), qPrintable(stages.join(u'|')));
        QVERIFY2(archiveLeftovers(archiveFolder()).isEmpty(), qPrintable(filesIn(archiveFolder()).join(u", "_s)));
        QVERIFY(archives.list().value().isEmpty());
        QCOMPARE(historyKindsSince(eventsBefore), (QStringList{u"archive-started"_s, u"archive-failed"_s}));
        // A cancelled full archive does not start the cooldown.
        QVERIFY(archives.nextFullAllowed().value() <= m_clock.now());
        cancel = false;
        archives.setProgress({});
        VERIFY_OK(archives.create(ArchiveRequest{}));
    }

    void archivesMadeInTheSameSecondGetDistinctIds()
    {
        ArchiveService archives = service();
        ArchiveRequest custom;
        custom.kind = ArchiveKind::Custom;
        custom.from = QDate(2026, 11, 1);
        custom.to = QDate(2026, 11, 20);
        auto a = archives.create(custom);
        auto b = archives.create(custom);
        VERIFY_OK(a);
        VERIFY_OK(b);
        QVERIFY(a->id != b->id);
        QVERIFY(QFile::exists(a->path) && QFile::exists(b->path));
        QCOMPARE(archives.list().value().size(), 2);
    }

    void firstScheduledRunIsClean()
    {
        // A full scheduled run has no previous record list; it must not touch files it never opened.
        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtWarningMsg)
                    warnings.append(message);
            });
        auto first = service(Session::schedulerSession()).createScheduled(std::nullopt, nullptr);
        qInstallMessageHandler(previous);
        VERIFY_OK(first);
        QCOMPARE(first->manifest.kind, ArchiveKind::Full);
        QVERIFY2(warnings.isEmpty(),
                 qPrintable(u"%1 warnings, the first: %2"_s.arg(warnings.size()).arg(warnings.value(0))));
    }

    void dbNamedLikeTheDeletionListKeepsIncrementalArchivesReadable()
    {
        // A DB called "Deleted" exports as "Deleted.csv": the incremental archive's deletion list must not
        // collide with it (the same name, or the same after case folding, makes the ZIP unreadable).
        QFETCH(QString, name);
        {
            SchemaEditor editor(m_conn->db(), m_clock);
            auto id = editor.createDb(name);
            VERIFY_OK(id);
            FieldDef f;
            f.name = u"名前"_s;
            VERIFY_OK(editor.addField(id.value(), f));
            reloadCatalog();
            RecordWriter w(m_conn->db(), db(name), m_clock);
            VERIFY_OK(w.insert({u"a"_s}));
            VERIFY_OK(w.insert({u"b"_s}));
        }
        ArchiveService archives = service(Session::schedulerSession());
        QDateTime snap;
        auto first = archives.createScheduled(std::nullopt, &snap);
        VERIFY_OK(first);
        QVERIFY(ArchiveService::verifyFile(first->path).value().ok());
        m_clock.advanceSecs(3600);
        VERIFY_OK(RecordWriter(m_conn->db(), db(name), m_clock).remove(nthRid(name, 0)));
        m_clock.advanceSecs(24 * 3600);
        auto second = archives.createScheduled(snap, nullptr);
        VERIFY_OK(second);
        QCOMPARE(second->manifest.kind, ArchiveKind::Incremental);
        // Everything that goes wrong with such an archive, in one message.
        QStringList problems;
        auto report = ArchiveService::verifyFile(second->path);
        if (!report)
            problems.append(u"verifyFile: "_s + report.error().message);
        else if (!report->ok())
            problems.append(u"verifyFile: "_s + report->problems.join(u"; "_s));
        QStringList entryNames;
        for (const ZipItem &i : readZip(second->path))
            entryNames.append(i.name.toCaseFolded());
        if (entryNames.size() != QSet<QString>(entryNames.begin(), entryNames.end()).size())
            problems.append(u"entry names collide: "_s + entryNames.join(u", "_s));
        const auto listed = archives.list();
        if (!listed || listed->size() != 2)
            problems.append(u"list() shows %1 of the 2 archives"_s.arg(listed ? listed->size() : -1));
        m_clock.advanceSecs(8 * 24 * 3600);
        (void)archives.purgeExpired();
        if (QFile::exists(second->path))
            problems.append(u"purgeExpired() leaves it after 8 days"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    }
    void dbNamedLikeTheDeletionListKeepsIncrementalArchivesReadable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("deleted") << u"deleted"_s;
        QTest::newRow("Deleted") << u"Deleted"_s;
    }

    void dbNamesThatOnlyDifferInNormalisationGetDistinctEntries()
    {
        // "ガ" precomposed (NFC) and "カ" + combining voiced mark (NFD, as macOS writes it) are two DB names
        // production accepts; their CSV entries must stay distinct for any ZIP reader (Rewind's own included).
        const QString nfc = u"ガ"_s;
        const QString nfd = u"カ\u3099"_s;
        QVERIFY(nfc != nfd);
        QCOMPARE(nfd.normalized(QString::NormalizationForm_C), nfc);
        {
            SchemaEditor editor(m_conn->db(), m_clock);
            for (const QString &name : {nfc, nfd, u"abc"_s, u"ABC"_s}) {
                auto id = editor.createDb(name);
                VERIFY_OK(id);
                FieldDef f;
                f.name = u"名前"_s;
                VERIFY_OK(editor.addField(id.value(), f));
            }
            reloadCatalog();
        }
        ArchiveService archives = service();
        auto info = archives.create(ArchiveRequest{});
        VERIFY_OK(info);
        QCOMPARE(info->manifest.entries.size(), 11);
        QStringList problems;
        auto report = ArchiveService::verifyFile(info->path);
        if (!report)
            problems.append(u"verifyFile: "_s + report.error().message);
        else if (!report->ok())
            problems.append(u"verifyFile: "_s + report->problems.join(u"; "_s));
        const QString out = path(u"out"_s);
        QDir().mkpath(out);
        if (auto files = ArchiveService::extractFile(info->path, out); !files)
            problems.append(u"extractFile: "_s + files.error().message);
        if (archives.list().value().size() != 1)
            problems.append(u"list() does not show it"_s);
        m_clock.advanceSecs(8 * 24 * 3600);
        (void)archives.purgeExpired();
        if (QFile::exists(info->path))
            problems.append(u"purgeExpired() leaves it after 8 days"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u" | "_s)));
    }

    void secondArchiveWhileOneIsWrittenIsRefused()
    {
        QVERIFY(QDir().mkpath(archiveFolder()));
        QLockFile held(archiveFolder() + u"/.archive.lock"_s);
        QVERIFY(held.tryLock(0));
        auto r = service().create(ArchiveRequest{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Busy);
        QVERIFY(archiveLeftovers(archiveFolder()).isEmpty());
        held.unlock();
        VERIFY_OK(service().create(ArchiveRequest{}));
    }
};

QTEST_GUILESS_MAIN(TstArchive)
#include "tst_archive.moc"
