#include "CsvImporter.h"

#include "backup/BackupWindow.h"
#include "access/Access.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "history/PendingOperation.h"
#include "pg/PgWorkingCopy.h"
#include "sql/Connection.h"
#include "sql/SqliteFile.h"
#include "transfer/CsvEncoding.h"
#include "transfer/CsvImportPass.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"
#include "transfer/FieldValues.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>
#include <xxhash.h>

#include <memory>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::CsvImporter", text);
}

const QStringList &recordIdHeaders()
{
    static const QStringList names = {u"record id"_s, u"レコードid"_s, u"rid"_s, u"id"_s, u"レコード id"_s};
    return names;
}

// Builds the column → target mapping from header names.
QStringList autoMapping(const QStringList &header, const DbDef &db)
{
    QStringList mapping;
    for (const QString &h : header) {
        const QString name = h.trimmed();
        if (recordIdHeaders().contains(name.toLower()))
            mapping.append(CsvImportOptions::kRecordId);
        else if (db.fieldByName(name))
            mapping.append(name);
        else
            mapping.append(QString());
    }
    return mapping;
}

} // namespace

QString importModeKey(ImportMode mode)
{
    switch (mode) {
    case ImportMode::Insert:
        return u"insert"_s;
    case ImportMode::Update:
        return u"update"_s;
    case ImportMode::Upsert:
        return u"upsert"_s;
    }
    return {};
}

std::optional<ImportMode> importModeFromKey(const QString &key)
{
    for (ImportMode m : {ImportMode::Insert, ImportMode::Update, ImportMode::Upsert}) {
        if (importModeKey(m) == key.trimmed().toLower())
            return m;
    }
    return std::nullopt;
}

QString rowOutcomeKey(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::New:
        return u"new"_s;
    case RowOutcome::Update:
        return u"update"_s;
    case RowOutcome::Unchanged:
        return u"unchanged"_s;
    case RowOutcome::Error:
        return u"error"_s;
    }
    return {};
}

CsvImporter::CsvImporter(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<QString> CsvImporter::fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    XXH3_state_t *state = XXH3_createState();
    XXH3_64bits_reset(state);
    QByteArray chunk;
    while (!(chunk = f.read(1 << 20)).isEmpty())
        XXH3_64bits_update(state, chunk.constData(), size_t(chunk.size()));
    const quint64 h = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return u"%1:%2:%3"_s.arg(f.size())
        .arg(QFileInfo(path).lastModified().toMSecsSinceEpoch())
        .arg(qulonglong(h), 16, 16, QLatin1Char('0'));
}

namespace
{
void rollbackNow(SqliteFile &prod, bool within)
{
    prod.exec(within ? "ROLLBACK TO csv_import; RELEASE csv_import" : "ROLLBACK");
}
} // namespace

Result<Catalog> CsvImporter::productionCatalog() const
{
    auto conn = Production::open(m_dir, u"import-catalog"_s);
    if (!conn)
        return conn.error();
    return Catalog::load(conn.value()->db());
}

Result<CsvFileInfo> CsvImporter::inspect(const QString &file, std::optional<CsvEncoding> encoding,
                                         const QString &dbName, int previewRows)
{
    if (auto st = Access::require(m_dir, m_actor, Right::TransferCsv); !st)
        return st.error();
    auto catalog = productionCatalog();
    if (!catalog)
        return catalog.error();
    const DbDef *db = catalog->dbByName(dbName);
    if (!db)
        return makeError(ErrorCode::NotFound, tr("Production has no DB named \"%1\".").arg(dbName));
    return readHead(file, encoding, *db, previewRows, true);
}

Result<CsvFileInfo> CsvImporter::readHead(const QString &file, std::optional<CsvEncoding> encoding, const DbDef &db,
                                          int previewRows, bool withFingerprint) const
{
    CsvReader reader(CsvReader::Options{encoding, std::nullopt, 1'000'000});
    if (!reader.open(file))
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    CsvFileInfo info;
    info.encoding = reader.encoding();
    info.delimiter = reader.delimiter();
    if (!reader.readRow(&info.header))
        return makeError(ErrorCode::InvalidArgument,
                         reader.hasError() ? reader.errorString()
                                           : tr("%1 has no header row.").arg(QDir::toNativeSeparators(file)));
    QStringList row;
    while (info.preview.size() < previewRows && reader.readRow(&row))
        info.preview.append(row);
    if (reader.hasError())
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    info.mapping = autoMapping(info.header, db);
    for (qsizetype i = 0; i < info.header.size(); ++i) {
        if (info.mapping[i].isEmpty())
            info.unknownColumns.append(info.header[i]);
    }
    for (const FieldDef &f : db.fields) {
        if (!info.mapping.contains(f.name))
            info.missingFields.append(f.name);
    }
    // The fingerprint reads the whole file: only when someone will compare it (inspect, dry run).
    if (withFingerprint) {
        auto fp = fingerprint(file);
        if (fp)
            info.fingerprint = fp.value();
    }
    return info;
}

Result<ImportReport> CsvImporter::dryRun(const CsvImportOptions &options)
{
    return process(options, false);
}

Result<ImportReport> CsvImporter::apply(const CsvImportOptions &options)
{
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Importing a CSV file")); !st)
        return st.error();
    if (!options.expectedFingerprint.isEmpty()) {
        auto now = fingerprint(options.file);
        if (!now)
            return now.error();
        if (now.value() != options.expectedFingerprint) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 has changed since the dry run. Run the dry run again and check "
                                "its result before importing.")
                                 .arg(QDir::toNativeSeparators(options.file)));
        }
    }
    if (!options.recordHistory)
        return process(options, true); // part of a larger change, which marks and records itself
    if (auto st = Access::require(m_dir, m_actor, Right::TransferCsv); !st)
        return st.error();
    // Marked while it runs: a failure, or a kill, of the import reaches the history too.
    PendingOperation op(m_dir, m_clock, m_actor.historyName(), u"csv-import"_s,
                        tr("Importing %1 into %2").arg(QFileInfo(options.file).fileName(), options.db));
    if (auto st = op.begin(); !st)
        return st.error();
    m_operationId = op.id();
    return op.finish(process(options, true));
}

Result<ImportReport> CsvImporter::applyWithin(const QSqlDatabase &db, const CsvImportOptions &options)
{
    m_within = db;
    auto report = process(options, true);
    m_within = QSqlDatabase();
    return report;
}

Status CsvImporter::undo(const QString &restorePoint)
{
    // The history says what was undone: the restore point remembers why it was taken.
    QString reason;
    if (auto points = RestorePointStore(m_dir).list(); points) {
        for (const RestorePoint &rp : points.value()) {
            if (rp.id == restorePoint)
                reason = rp.reason;
        }
    }
    PendingOperation op(m_dir, m_clock, m_actor.historyName(), u"undo"_s,
                        tr("Going back to restore point %1").arg(restorePoint));
    if (auto st = op.begin(); !st)
        return st;
    if (auto st = RestorePointStore(m_dir).restore(restorePoint, m_actor); !st) {
        op.failed(st.error());
        return st;
    }
    (void)HistoryStore(m_dir).append(
        m_clock.now(), m_actor.historyName(), u"undo"_s,
        reason.isEmpty()
            ? tr("Undid a change: production is back at restore point %1").arg(restorePoint)
            : tr("Undid a change: production is back at restore point %1 (\"%2\")").arg(restorePoint, reason),
        QJsonObject{{"restorePoint"_L1, restorePoint}, {"reason"_L1, reason}, {"operation"_L1, op.id()}});
    op.succeeded();
    return {};
}

Result<ImportReport> CsvImporter::process(const CsvImportOptions &options, bool write)
{
    if (auto st = Access::require(m_dir, m_actor, Right::TransferCsv); !st)
        return st.error();
    QElapsedTimer timer;
    timer.start();
    const QString fileName = QDir::toNativeSeparators(options.file);
    // Within a caller's transaction, its connection sees what the caller wrote (a DB created just now).
    auto loaded = m_within.isValid() ? Catalog::load(m_within) : productionCatalog();
    if (!loaded)
        return loaded.error();
    const Catalog catalog = loaded.value();
    if (!catalog.dbByName(options.db))
        return makeError(ErrorCode::NotFound, tr("Production has no DB named \"%1\".").arg(options.db));
    const DbDef db = *catalog.dbByName(options.db);
    auto head = readHead(options.file, options.encoding, db, 0, !write);
    if (!head)
        return head.error();
    ImportReport report;
    report.file = head.value();
    const QStringList &header = report.file.header;
    QStringList mapping = options.mapping.isEmpty() ? report.file.mapping : options.mapping;
    if (mapping.size() != header.size())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The mapping names %1 columns but the file has %2.").arg(mapping.size()).arg(header.size()));
    report.file.mapping = mapping;

    auto columns = CsvImportPass::planColumns(header, mapping, db, options);
    if (!columns)
        return columns.error();

    // Writing: a restore point first.
    if (write && options.takeRestorePoint) {
        auto rp = RestorePointStore(m_dir).create(
            tr("Before importing %1 into %2").arg(QFileInfo(options.file).fileName(), db.name), m_clock.now(),
            Right::TransferCsv);
        if (!rp)
            return rp.error();
        report.restorePoint = rp->id;
    }

    // Production through the C API: one connection, prepared statements reused for every row. On PostgreSQL,
    // the DB and the DBs it links to, copied into a scratch SQLite file inside one transaction; the pass
    // runs there, and the commit sends back what it wrote (INSERT … ON CONFLICT).
    SqliteFile direct;
    std::unique_ptr<PgWorkingCopy> pgCopy;
    const bool within = write && m_within.isValid();
    if (m_dir.isPostgres()) {
        PgWorkspaceCopy::Selection selection{false, {db.id}, false, false};
        for (const FieldDef &f : db.fields) {
            if (f.type == FieldType::Link && f.linkDbId != db.id && catalog.db(f.linkDbId))
                selection.dbIds.append(f.linkDbId);
        }
        auto opened =
            within
                ? PgWorkingCopy::within(m_dir, m_within, selection)
                : PgWorkingCopy::open(m_dir, write ? PgWorkingCopy::Mode::Write : PgWorkingCopy::Mode::Read, selection);
        if (!opened)
            return opened.error();
        pgCopy = std::move(opened).value();
    } else if (within) {
        const QVariant handle = m_within.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return makeError(ErrorCode::Database, tr("Cannot open production: not an SQLite connection."));
        direct.adopt(*static_cast<sqlite3 *const *>(handle.constData()));
    } else if (!direct.open(m_dir.productionPath(),
                            write ? SqliteFile::OpenMode::ReadWrite : SqliteFile::OpenMode::ReadOnly)) {
        return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(direct.errorString()));
    }
    SqliteFile &prod = pgCopy ? pgCopy->file() : direct;
    const bool savepoint = within && !pgCopy;
    // A bulk pass touches the table and its indexes all over: a 64 MiB page cache (default: 2 MiB)
    // keeps their upper levels in memory. Bounded, whatever the file size.
    prod.exec("PRAGMA cache_size=-65536");
    CsvImportPass pass(prod, db, catalog, header, columns.value(), options, report.file.encoding == CsvEncoding::Cp932,
                       m_clock.now().toMSecsSinceEpoch());

    // Writing: one transaction for everything. A dry run reads in one transaction too: every row is checked
    // against the same instant of production, and the file is locked once, not once per lookup.
    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    if (!write)
        (void)prod.exec("BEGIN");
    if (write) {
        if (!prod.exec(savepoint ? "SAVEPOINT csv_import" : "BEGIN IMMEDIATE"))
            return makeError(ErrorCode::Busy, tr("Production is busy: %1").arg(prod.errorString()));
        if (options.skipErrors && !options.rejectsPath.isEmpty()) {
            rejectsFile = std::make_unique<QSaveFile>(options.rejectsPath);
            if (!rejectsFile->open(QIODevice::WriteOnly)) {
                rollbackNow(prod, savepoint);
                return makeError(ErrorCode::Io,
                                 tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(options.rejectsPath), rejectsFile->errorString()));
            }
            rejects = std::make_unique<CsvWriter>(rejectsFile.get(), CsvEncoding::Utf8Bom, false);
            rejects->begin();
            for (const QString &h : header)
                rejects->addCell(h);
            rejects->addCell(tr("Reason"));
            rejects->endRow();
        }
    }
    auto rollback = [&prod, &pgCopy, write, savepoint] {
        if (savepoint)
            prod.exec("ROLLBACK TO csv_import; RELEASE csv_import");
        else if (write)
            prod.exec("ROLLBACK");
        if (pgCopy)
            pgCopy->rollback();
    };
    if (auto st = pass.prepare(write); !st) {
        rollback();
        return st.error();
    }

    CsvReader reader(CsvReader::Options{report.file.encoding, report.file.delimiter, 1'000'000});
    if (!reader.open(options.file)) {
        rollback();
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    }
    QStringList cells;
    reader.readRow(&cells); // the header
    qint64 dataRow = 0;
    while (reader.readRow(&cells)) {
        ++dataRow;
        ++report.rows;
        CsvRowPlan plan = pass.check(cells, dataRow, reader.line(), report.outcomes.size() < ImportReport::kMaxRows);
        report.danglingLinks += plan.keptDanglingLink ? 1 : 0;
        switch (plan.outcome.outcome) {
        case RowOutcome::Error:
            ++report.errorRows;
            for (const ImportIssue &i : std::as_const(plan.issues)) {
                if (report.issues.size() < ImportReport::kMaxIssues)
                    report.issues.append(i);
                else
                    report.issuesTruncated = true;
            }
            if (rejects) {
                // The row as it was, padded to the header, and why it was not imported.
                QStringList raw = cells;
                while (raw.size() < header.size())
                    raw.append(QString());
                for (const QString &cell : std::as_const(raw))
                    rejects->addCell(cell);
                QStringList reasons;
                for (const ImportIssue &i : std::as_const(plan.issues))
                    reasons.append(i.field.isEmpty() ? i.reason : u"%1: %2"_s.arg(i.field, i.reason));
                rejects->addCell(reasons.join(u"; "_s));
                rejects->endRow();
                ++report.rejected;
            }
            break;
        case RowOutcome::Update:
            ++report.updated;
            break;
        case RowOutcome::Unchanged:
            ++report.unchanged;
            break;
        case RowOutcome::New:
            ++report.newRows;
            break;
        }
        if (write && plan.outcome.outcome != RowOutcome::Error) {
            if (auto st = pass.write(plan, dataRow); !st) {
                rollback();
                return st.error();
            }
        }
        if (report.outcomes.size() < ImportReport::kMaxRows)
            report.outcomes.append(plan.outcome);
        if ((dataRow & 0x1fff) == 0) {
            if (m_progress)
                m_progress(reader.bytesRead(), reader.size());
            if (m_cancel && m_cancel->load()) {
                rollback();
                return makeError(ErrorCode::Cancelled, write ? tr("The import was cancelled; production is unchanged.")
                                                             : tr("The dry run was cancelled."));
            }
        }
    }
    if (reader.hasError()) {
        rollback();
        return makeError(ErrorCode::InvalidArgument,
                         reader.errorString() + (write ? tr(" Nothing was imported.") : QString()));
    }
    if (report.rows == 0) {
        rollback();
        return makeError(ErrorCode::InvalidArgument, tr("%1 has a header row but no records to import.").arg(fileName));
    }
    report.elapsedMs = timer.elapsed();
    if (!write)
        return report;

    if (report.errorRows > 0 && !options.skipErrors) {
        rollback();
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 of %2 rows have errors, so nothing was imported. Fix them, or choose to "
                            "skip rows with errors.")
                             .arg(report.errorRows)
                             .arg(report.rows));
    }
    if (rejects && (!rejects->flush() || !rejectsFile->commit())) {
        rollback();
        return makeError(ErrorCode::Io, tr("Cannot write the rejected rows to %1. Nothing was imported.")
                                            .arg(QDir::toNativeSeparators(options.rejectsPath)));
    }
    if (!prod.exec(savepoint ? "RELEASE csv_import" : "COMMIT")) {
        const QString error = prod.errorString();
        rollback();
        return makeError(ErrorCode::Database, tr("Committing the import failed: %1. Nothing was imported.").arg(error));
    }
    if (pgCopy) {
        if (auto st = pgCopy->commit(tr("Writing the import into production")); !st) {
            if (rejectsFile)
                QFile::remove(options.rejectsPath);
            // A conflict already says nothing was written; other failures say it here.
            if (st.error().code == ErrorCode::Busy)
                return st.error();
            return makeError(st.error().code, tr("%1 Nothing was imported.").arg(st.error().message),
                             st.error().detail);
        }
    }
    report.applied = true;
    report.rejectsPath = rejects ? options.rejectsPath : QString();
    report.elapsedMs = timer.elapsed();
    if (options.recordHistory)
        (void)HistoryStore(m_dir).append(
            m_clock.now(), m_actor.historyName(), u"csv-import"_s,
            tr("Imported %1 into %2: %3 new, %4 updated, %5 unchanged, %6 rejected")
                .arg(QFileInfo(options.file).fileName(), db.name)
                .arg(report.newRows)
                .arg(report.updated)
                .arg(report.unchanged)
                .arg(report.rejected),
            QJsonObject{{"file"_L1, QDir::toNativeSeparators(QFileInfo(options.file).absoluteFilePath())},
                        {"db"_L1, db.name},
                        {"mode"_L1, importModeKey(options.mode)},
                        {"key"_L1, options.keyField.isEmpty() ? u"record id"_s : options.keyField},
                        {"new"_L1, report.newRows},
                        {"updated"_L1, report.updated},
                        {"unchanged"_L1, report.unchanged},
                        {"rejected"_L1, report.rejected},
                        {"restorePoint"_L1, report.restorePoint},
                        {"elapsedMs"_L1, report.elapsedMs},
                        {"operation"_L1, m_operationId}});
    return report;
}

} // namespace Rewind
