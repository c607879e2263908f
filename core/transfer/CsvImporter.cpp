#include "CsvImporter.h"

#include "backup/BackupWindow.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "sql/SqliteFile.h"
#include "transfer/CsvEncoding.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"
#include "transfer/FieldValues.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QDir>
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

QVariant columnValue(sqlite3_stmt *st, int c)
{
    switch (sqlite3_column_type(st, c)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(st, c)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(st, c));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)),
                                 sqlite3_column_bytes(st, c));
    }
}

void bind(sqlite3_stmt *st, int index, const QVariant &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(st, index);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        sqlite3_bind_int64(st, index, v.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(st, index, v.toDouble());
        return;
    default: {
        const QByteArray text = v.toString().toUtf8();
        sqlite3_bind_text(st, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
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

struct Prepared
{
    sqlite3_stmt *st = nullptr;
    Prepared() = default;
    Prepared(SqliteFile &file, const QString &sql)
    {
        const QByteArray s = sql.toUtf8();
        if (sqlite3_prepare_v2(file.handle(), s.constData(), int(s.size()), &st, nullptr) != SQLITE_OK)
            st = nullptr;
    }
    ~Prepared()
    {
        if (st)
            sqlite3_finalize(st);
    }
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;
    Prepared(Prepared &&o) noexcept : st(o.st) { o.st = nullptr; }
    Prepared &operator=(Prepared &&o) noexcept
    {
        std::swap(st, o.st);
        return *this;
    }
};
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

CsvImporter::CsvImporter(DataDir dir, const Clock &clock) : m_dir(std::move(dir)), m_clock(clock)
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

Result<CsvFileInfo> CsvImporter::inspect(const QString &file, std::optional<CsvEncoding> encoding,
                                         const QString &dbName, int previewRows)
{
    auto conn = Production::open(m_dir, u"import-inspect"_s);
    if (!conn)
        return conn.error();
    auto catalog = Catalog::load(conn.value()->db());
    if (!catalog)
        return catalog.error();
    const DbDef *db = catalog->dbByName(dbName);
    if (!db)
        return makeError(ErrorCode::NotFound, tr("Production has no DB named \"%1\".").arg(dbName));
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
    info.mapping = autoMapping(info.header, *db);
    for (qsizetype i = 0; i < info.header.size(); ++i) {
        if (info.mapping[i].isEmpty())
            info.unknownColumns.append(info.header[i]);
    }
    for (const FieldDef &f : db->fields) {
        if (!info.mapping.contains(f.name))
            info.missingFields.append(f.name);
    }
    auto fp = fingerprint(file);
    if (fp)
        info.fingerprint = fp.value();
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
    return process(options, true);
}

Status CsvImporter::undo(const QString &restorePoint, const QString &user)
{
    // The history says what was undone: the restore point remembers why it was taken.
    QString reason;
    if (auto points = RestorePointStore(m_dir).list(); points) {
        for (const RestorePoint &rp : points.value()) {
            if (rp.id == restorePoint)
                reason = rp.reason;
        }
    }
    if (auto st = RestorePointStore(m_dir).restore(restorePoint); !st)
        return st;
    (void)HistoryStore(m_dir).append(
        m_clock.now(), user.isEmpty() ? HistoryStore::currentUser() : user, u"undo"_s,
        reason.isEmpty()
            ? tr("Undid a change: production is back at restore point %1").arg(restorePoint)
            : tr("Undid a change: production is back at restore point %1 (\"%2\")").arg(restorePoint, reason),
        QJsonObject{{"restorePoint"_L1, restorePoint}, {"reason"_L1, reason}});
    return {};
}

Result<ImportReport> CsvImporter::process(const CsvImportOptions &options, bool write)
{
    QElapsedTimer timer;
    timer.start();
    const QString fileName = QDir::toNativeSeparators(options.file);
    auto inspected = inspect(options.file, options.encoding, options.db, 0);
    if (!inspected)
        return inspected.error();
    ImportReport report;
    report.file = inspected.value();
    Catalog catalog;
    {
        auto conn = Production::open(m_dir, u"import-catalog"_s);
        if (!conn)
            return conn.error();
        catalog = Catalog::load(conn.value()->db()).value();
    }
    const DbDef db = *catalog.dbByName(options.db);
    const QStringList &header = report.file.header;
    QStringList mapping = options.mapping.isEmpty() ? report.file.mapping : options.mapping;
    if (mapping.size() != header.size())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The mapping names %1 columns but the file has %2.").arg(mapping.size()).arg(header.size()));
    report.file.mapping = mapping;

    // Column plan: which field each column fills, which column holds the record ID.
    int ridColumn = -1;
    QList<int> fieldOfColumn(header.size(), -1); // index into db.fields
    QHash<QString, int> seenTargets;
    for (int c = 0; c < header.size(); ++c) {
        const QString target = mapping[c];
        if (target.isEmpty())
            continue;
        if (seenTargets.contains(target)) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("Columns %1 (\"%2\") and %3 (\"%4\") both fill \"%5\". Map one of them to "
                                "nothing.")
                                 .arg(seenTargets[target] + 1)
                                 .arg(header[seenTargets[target]])
                                 .arg(c + 1)
                                 .arg(header[c], target == CsvImportOptions::kRecordId ? tr("Record ID") : target));
        }
        seenTargets.insert(target, c);
        if (target == CsvImportOptions::kRecordId) {
            ridColumn = c;
            continue;
        }
        const FieldDef *f = db.fieldByName(target);
        if (!f)
            return makeError(ErrorCode::NotFound,
                             tr("DB \"%1\" has no field \"%2\" (column %3).").arg(db.name, target).arg(c + 1));
        fieldOfColumn[c] = int(f - db.fields.constData());
    }
    int keyField = -1; // index into db.fields when matching on a field
    int keyColumn = ridColumn;
    if (!options.keyField.isEmpty()) {
        const FieldDef *f = db.fieldByName(options.keyField);
        if (!f)
            return makeError(ErrorCode::NotFound,
                             tr("DB \"%1\" has no field \"%2\" to match on.").arg(db.name, options.keyField));
        keyField = int(f - db.fields.constData());
        keyColumn = int(fieldOfColumn.indexOf(keyField));
        if (keyColumn < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file has no column for the key field \"%1\".").arg(options.keyField));
    } else if (ridColumn < 0 && options.mode == ImportMode::Update) { // upsert without a key registers every row
        return makeError(ErrorCode::InvalidArgument,
                         tr("Updating needs a key: the file has no \"Record ID\" column. Add it, map a "
                            "column to the record ID, or choose a key field."));
    }

    // Production through the C API: one connection, prepared statements reused for every row.
    SqliteFile prod;
    if (!prod.open(m_dir.productionPath(), write ? SqliteFile::OpenMode::ReadWrite : SqliteFile::OpenMode::ReadOnly))
        return makeError(ErrorCode::Database, tr("Cannot open production: %1").arg(prod.errorString()));
    // A bulk pass touches the table and its indexes all over: a 64 MiB page cache (default: 2 MiB)
    // keeps their upper levels in memory. Bounded, whatever the file size.
    prod.exec("PRAGMA cache_size=-65536");
    QStringList fieldColumns;
    for (const auto &f : db.fields)
        fieldColumns.append(f.column());
    const QString selectList = u"rid"_s + (fieldColumns.isEmpty() ? QString() : u", "_s + fieldColumns.join(u", "_s));
    Prepared byRid(prod, u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(selectList, db.table()));
    Prepared byKey;
    if (keyField >= 0)
        byKey = Prepared(prod, u"SELECT %1 FROM %2 WHERE %3 = ? LIMIT 2"_s.arg(selectList, db.table(),
                                                                               db.fields[keyField].column()));
    QHash<int, std::shared_ptr<Prepared>> linkCheck; // by field index
    for (int i = 0; i < db.fields.size(); ++i) {
        const FieldDef &f = db.fields[i];
        if (f.type == FieldType::Link && fieldOfColumn.contains(i) && catalog.db(f.linkDbId))
            linkCheck.insert(i, std::make_shared<Prepared>(
                                    prod, u"SELECT 1 FROM %1 WHERE rid = ?"_s.arg(catalog.db(f.linkDbId)->table())));
    }
    if (!byRid.st)
        return makeError(ErrorCode::Database,
                         tr("Cannot read \"%1\": %2").arg(db.name, QString::fromUtf8(sqlite3_errmsg(prod.handle()))));

    // Writing: a restore point, then one transaction for everything.
    Prepared insertWithId, insertNew;
    std::unique_ptr<QSaveFile> rejectsFile;
    std::unique_ptr<CsvWriter> rejects;
    if (write) {
        if (options.takeRestorePoint) {
            auto rp = RestorePointStore(m_dir).create(
                tr("Before importing %1 into %2").arg(QFileInfo(options.file).fileName(), db.name), m_clock.now());
            if (!rp)
                return rp.error();
            report.restorePoint = rp->id;
        }
        if (!prod.exec("BEGIN IMMEDIATE"))
            return makeError(ErrorCode::Busy, tr("Production is busy: %1").arg(prod.errorString()));
        const QString cols = fieldColumns.isEmpty() ? QString() : u", "_s + fieldColumns.join(u", "_s);
        QString marks;
        for (qsizetype i = 0; i < fieldColumns.size(); ++i)
            marks += u", ?"_s;
        insertWithId =
            Prepared(prod, u"INSERT INTO %1(rid, created_at, updated_at, search%2) VALUES (?, ?, ?, ?%3)"_s.arg(
                               db.table(), cols, marks));
        insertNew = Prepared(prod, u"INSERT INTO %1(created_at, updated_at, search%2) VALUES (?, ?, ?%3)"_s.arg(
                                       db.table(), cols, marks));
        if (options.skipErrors && !options.rejectsPath.isEmpty()) {
            rejectsFile = std::make_unique<QSaveFile>(options.rejectsPath);
            if (!rejectsFile->open(QIODevice::WriteOnly))
                return makeError(ErrorCode::Io,
                                 tr("Cannot write %1: %2")
                                     .arg(QDir::toNativeSeparators(options.rejectsPath), rejectsFile->errorString()));
            rejects = std::make_unique<CsvWriter>(rejectsFile.get(), CsvEncoding::Utf8Bom, false);
            rejects->begin();
            for (const QString &h : header)
                rejects->addCell(h);
            rejects->addCell(tr("Reason"));
            rejects->endRow();
        }
    }
    auto rollback = [&prod, write] {
        if (write)
            prod.exec("ROLLBACK");
    };

    CsvReader reader(CsvReader::Options{report.file.encoding, report.file.delimiter, 1'000'000});
    if (!reader.open(options.file)) {
        rollback();
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    }
    QStringList cells;
    reader.readRow(&cells);          // the header
    QHash<quint64, qint64> keysSeen; // hash of a key → the data row it first appeared on
    QHash<qint64, qint64> ridsSeen;
    QHash<QString, std::shared_ptr<Prepared>> updates; // one prepared UPDATE per set of changed columns  // key-field
                                                       // mode: explicit record IDs of new rows → their row
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const bool cp932 = report.file.encoding == CsvEncoding::Cp932;
    auto addIssue = [&report](const ImportIssue &issue) {
        if (report.issues.size() < ImportReport::kMaxIssues)
            report.issues.append(issue);
        else
            report.issuesTruncated = true;
    };
    qint64 dataRow = 0;
    while (reader.readRow(&cells)) {
        ++dataRow;
        ++report.rows;
        QList<ImportIssue> issues;
        auto issue = [&](int column, const QString &field, const QString &reason) {
            issues.append(ImportIssue{dataRow, reader.line(), column + 1,
                                      column >= 0 ? header.value(column) : QString(), field, reason});
        };
        if (cells.size() != header.size()) {
            issue(-1, {}, tr("the row has %1 cells but the header has %2").arg(cells.size()).arg(header.size()));
        }
        // Parse the mapped cells.
        QVariantList values(db.fields.size());
        QList<bool> given(db.fields.size(), false);
        if (issues.isEmpty()) {
            for (int c = 0; c < header.size(); ++c) {
                const int fi = fieldOfColumn[c];
                if (fi < 0)
                    continue;
                QString reason;
                if (!FieldValues::parse(db.fields[fi], cells[c], &values[fi], &reason))
                    issue(c, db.fields[fi].name, reason);
                given[fi] = true;
            }
        }
        // An empty required cell is an error whatever else is wrong with the row: report it now.
        for (int c = 0; c < header.size() && c < cells.size(); ++c) {
            const int fi = fieldOfColumn[c];
            if (fi >= 0 && db.fields[fi].required && cells[c].trimmed().isEmpty())
                issue(c, db.fields[fi].name, tr("the field is required but the cell is empty"));
        }
        // Which record the row is about.
        qint64 rid = 0;
        QVariantList existing;
        bool found = false;
        if (issues.isEmpty() && ridColumn >= 0 && !cells[ridColumn].trimmed().isEmpty()) {
            bool ok = false;
            rid = cells[ridColumn].trimmed().normalized(QString::NormalizationForm_KC).toLongLong(&ok);
            if (!ok || rid <= 0) {
                issue(ridColumn, tr("Record ID"),
                      tr("\"%1\" is not a record ID (a whole number above 0)").arg(cells[ridColumn]));
                rid = 0;
            }
        }
        QString keyText;
        if (issues.isEmpty()) {
            if (keyField >= 0) {
                keyText = FieldValues::canonical(db.fields[keyField], values[keyField]);
                if (keyText.isEmpty())
                    issue(keyColumn, db.fields[keyField].name,
                          tr("the key field is empty, so the row matches no record"));
            } else if (rid > 0) {
                keyText = QString::number(rid);
            }
        }
        if (issues.isEmpty() && !keyText.isEmpty()) {
            const QByteArray k = keyText.toUtf8();
            const quint64 h = XXH3_64bits(k.constData(), size_t(k.size()));
            if (const auto it = keysSeen.constFind(h); it != keysSeen.constEnd()) {
                issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                      keyField >= 0
                          ? tr("\"%1\" already appears on row %2; each key may appear only once in a file")
                                .arg(keyText)
                                .arg(*it)
                          : tr("record ID %1 already appears on row %2; each record may appear only once in a file")
                                .arg(keyText)
                                .arg(*it));
            } else {
                keysSeen.insert(h, dataRow);
            }
        }
        if (issues.isEmpty() && !keyText.isEmpty()) {
            sqlite3_stmt *st = keyField >= 0 ? byKey.st : byRid.st;
            sqlite3_reset(st);
            if (keyField >= 0)
                bind(st, 1, values[keyField]);
            else
                sqlite3_bind_int64(st, 1, rid);
            if (sqlite3_step(st) == SQLITE_ROW) {
                found = true;
                const qint64 existingRid = sqlite3_column_int64(st, 0);
                for (int i = 0; i < db.fields.size(); ++i)
                    existing.append(columnValue(st, i + 1));
                if (keyField >= 0 && sqlite3_step(st) == SQLITE_ROW) {
                    issue(keyColumn, db.fields[keyField].name,
                          tr("\"%1\" matches several records (IDs %2 and %3); choose a key whose values are unique")
                              .arg(keyText)
                              .arg(existingRid)
                              .arg(sqlite3_column_int64(st, 0)));
                }
                if (keyField >= 0 && rid > 0 && rid != existingRid) {
                    issue(ridColumn, tr("Record ID"),
                          tr("the key \"%1\" belongs to record %2, not %3").arg(keyText).arg(existingRid).arg(rid));
                }
                rid = existingRid;
            }
            sqlite3_reset(st);
        }
        // A row that registers a new record under an explicit ID: the ID must be free, and used once in the file.
        if (issues.isEmpty() && !found && rid > 0 && keyField >= 0) {
            sqlite3_reset(byRid.st);
            sqlite3_bind_int64(byRid.st, 1, rid);
            if (sqlite3_step(byRid.st) == SQLITE_ROW)
                issue(ridColumn, tr("Record ID"),
                      tr("record ID %1 already belongs to another record, whose key is not \"%2\"")
                          .arg(rid)
                          .arg(keyText));
            sqlite3_reset(byRid.st);
            if (const auto it = ridsSeen.constFind(rid); it != ridsSeen.constEnd())
                issue(ridColumn, tr("Record ID"),
                      tr("record ID %1 already appears on row %2; each record may appear only once in a file")
                          .arg(rid)
                          .arg(*it));
            else
                ridsSeen.insert(rid, dataRow);
        }
        if (issues.isEmpty()) {
            if (found && options.mode == ImportMode::Insert)
                issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                      tr("record %1 already exists, and the mode only registers new records").arg(rid));
            else if (!found && options.mode == ImportMode::Update)
                issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                      keyText.isEmpty()
                          ? tr("the row names no record, and the mode only updates existing records")
                          : tr("there is no record \"%1\" to update, and the mode only updates existing records")
                                .arg(keyText));
        }
        // Field rules that need the outcome: required values, links that must exist.
        if (issues.isEmpty()) {
            for (int i = 0; i < db.fields.size(); ++i) {
                const FieldDef &f = db.fields[i];
                // Empty required cells were reported above; here: required fields the file does not fill.
                if (f.required && !given[i] && (!found || existing[i].isNull()))
                    issue(-1, f.name, tr("the field is required but the file has no column for it"));
                // Links are checked where the import sets them: an unchanged link that was already broken in
                // production is not this file's fault, and must not block re-importing an export.
                const bool linkChanges =
                    !found || FieldValues::canonical(f, existing[i]) != FieldValues::canonical(f, values[i]);
                if (given[i] && !values[i].isNull() && f.type == FieldType::Link && linkChanges) {
                    const auto check = linkCheck.value(i);
                    bool exists = false;
                    if (check && check->st) {
                        sqlite3_reset(check->st);
                        sqlite3_bind_int64(check->st, 1, values[i].toLongLong());
                        exists = sqlite3_step(check->st) == SQLITE_ROW;
                        sqlite3_reset(check->st);
                    }
                    if (!exists && options.keepDanglingLinks) {
                        ++report.danglingLinks;
                    } else if (!exists) {
                        const DbDef *target = catalog.db(f.linkDbId);
                        issue(int(fieldOfColumn.indexOf(i)), f.name,
                              target ? tr("links to record %1 of \"%2\", which does not exist")
                                           .arg(values[i].toLongLong())
                                           .arg(target->name)
                                     : tr("links to a DB that no longer exists"));
                    }
                }
            }
        }

        ImportRow outcome;
        outcome.row = dataRow;
        outcome.recordId = rid;
        if (!issues.isEmpty()) {
            outcome.outcome = RowOutcome::Error;
            ++report.errorRows;
            for (const auto &i : issues)
                addIssue(i);
            if (rejects) {
                QStringList raw = cells;
                while (raw.size() < header.size())
                    raw.append(QString());
                for (const QString &cell : std::as_const(raw))
                    rejects->addCell(cell);
                QStringList reasons;
                for (const auto &i : issues)
                    reasons.append(i.field.isEmpty() ? i.reason : u"%1: %2"_s.arg(i.field, i.reason));
                rejects->addCell(reasons.join(u"; "_s));
                rejects->endRow();
                ++report.rejected;
            }
        } else if (found) {
            QVariantList merged = existing;
            for (int i = 0; i < db.fields.size(); ++i) {
                if (!given[i])
                    continue;
                const QString before = FieldValues::canonical(db.fields[i], existing[i]);
                const QString after = FieldValues::canonical(db.fields[i], values[i]);
                // A Shift_JIS file cannot hold 〜, − … and carries their Microsoft forms: the same text.
                const bool sameInCp932 = cp932 && CsvText::toMicrosoftForms(before) == after;
                if (before != after && !sameInCp932) {
                    outcome.changes.append(FieldChange{db.fields[i].name, before, after});
                    merged[i] = values[i];
                }
            }
            outcome.outcome = outcome.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
            ++(outcome.changes.isEmpty() ? report.unchanged : report.updated);
            if (write && !outcome.changes.isEmpty()) {
                QStringList sets = {u"updated_at = ?"_s, u"search = ?"_s};
                for (const auto &ch : outcome.changes)
                    sets.append(db.fieldByName(ch.field)->column() + u" = ?"_s);
                const QString sql = u"UPDATE %1 SET %2 WHERE rid = ?"_s.arg(db.table(), sets.join(u", "_s));
                auto &cached = updates[sql];
                if (!cached)
                    cached = std::make_shared<Prepared>(prod, sql);
                Prepared &update = *cached;
                sqlite3_reset(update.st);
                int b = 1;
                sqlite3_bind_int64(update.st, b++, now);
                bind(update.st, b++, RecordWriter::searchText(db, merged));
                for (const auto &ch : outcome.changes)
                    bind(update.st, b++, merged[int(db.fieldByName(ch.field) - db.fields.constData())]);
                sqlite3_bind_int64(update.st, b, rid);
                if (!update.st || sqlite3_step(update.st) != SQLITE_DONE) {
                    const QString error = QString::fromUtf8(sqlite3_errmsg(prod.handle()));
                    rollback();
                    return makeError(ErrorCode::Database,
                                     tr("Writing row %1 failed: %2. Nothing was imported.").arg(dataRow).arg(error));
                }
            }
        } else {
            outcome.outcome = RowOutcome::New;
            ++report.newRows;
            // The values of a new record are only spelled out for rows the report keeps.
            for (int i = 0; i < db.fields.size() && report.outcomes.size() < ImportReport::kMaxRows; ++i) {
                if (given[i] && !values[i].isNull())
                    outcome.changes.append(
                        FieldChange{db.fields[i].name, QString(), FieldValues::canonical(db.fields[i], values[i])});
            }
            if (write) {
                sqlite3_stmt *st = rid > 0 ? insertWithId.st : insertNew.st;
                sqlite3_reset(st);
                int b = 1;
                if (rid > 0)
                    sqlite3_bind_int64(st, b++, rid);
                sqlite3_bind_int64(st, b++, now);
                sqlite3_bind_int64(st, b++, now);
                bind(st, b++, RecordWriter::searchText(db, values));
                for (const QVariant &v : values)
                    bind(st, b++, v);
                if (sqlite3_step(st) != SQLITE_DONE) {
                    const QString error = QString::fromUtf8(sqlite3_errmsg(prod.handle()));
                    rollback();
                    return makeError(ErrorCode::Database,
                                     tr("Writing row %1 failed: %2. Nothing was imported.").arg(dataRow).arg(error));
                }
                if (rid == 0)
                    outcome.recordId = sqlite3_last_insert_rowid(prod.handle());
            }
        }
        if (report.outcomes.size() < ImportReport::kMaxRows)
            report.outcomes.append(outcome);
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
    if (!prod.exec("COMMIT")) {
        const QString error = prod.errorString();
        rollback();
        return makeError(ErrorCode::Database, tr("Committing the import failed: %1. Nothing was imported.").arg(error));
    }
    report.applied = true;
    report.rejectsPath = rejects ? options.rejectsPath : QString();
    report.elapsedMs = timer.elapsed();
    if (options.recordHistory)
        (void)HistoryStore(m_dir).append(
            m_clock.now(), options.user.isEmpty() ? HistoryStore::currentUser() : options.user, u"csv-import"_s,
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
                        {"elapsedMs"_L1, report.elapsedMs}});
    return report;
}

} // namespace Rewind
