#include "CsvExporter.h"

#include "access/Access.h"
#include "sql/Connection.h"
#include "sql/SqliteFile.h"
#include "pg/PgWorkingCopy.h"
#include "transfer/CsvWriter.h"
#include "workspace/Catalog.h"
#include "workspace/Environments.h"
#include "workspace/RecordQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::CsvExporter", text);
}

void bindVariant(sqlite3_stmt *st, int index, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        sqlite3_bind_int64(st, index, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(st, index, v.toDouble());
        break;
    default: {
        const QByteArray text = v.toString().toUtf8();
        sqlite3_bind_text(st, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

qint64 startOfDayMs(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}
} // namespace

CsvExporter::CsvExporter(DataDir dir, Session actor) : m_dir(std::move(dir)), m_actor(std::move(actor))
{
}

QString CsvExporter::fileNameFor(const QString &db)
{
    QString name = db;
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' ||
            c == u'|' || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return name + ".csv"_L1;
}

Result<CsvExportResult> CsvExporter::run(const CsvExportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (auto st = Access::require(m_dir, m_actor, Right::TransferCsv); !st)
        return st.error();
    auto spec = Environments::readSpec(m_dir, m_actor, options.env);
    if (!spec)
        return spec.error();
    Catalog catalog;
    {
        auto conn = ScopedConnection::open(spec.value(), u"export-catalog"_s);
        if (!conn)
            return conn.error();
        auto loaded = Catalog::load(conn.value()->db());
        if (!loaded)
            return loaded.error();
        catalog = loaded.value();
    }
    const DbDef *db = catalog.dbByName(options.db);
    if (!db) {
        QStringList names;
        for (const auto &d : catalog.dbs)
            names.append(d.name);
        return makeError(ErrorCode::NotFound, tr("There is no DB named \"%1\" in %2. DBs: %3")
                                                  .arg(options.db, options.env.displayName(), names.join(u", "_s)));
    }
    QList<FieldDef> fields;
    if (options.fields.isEmpty()) {
        fields = db->fields;
    } else {
        for (const QString &name : options.fields) {
            const FieldDef *f = db->fieldByName(name.trimmed());
            if (!f) {
                QStringList names;
                for (const auto &x : db->fields)
                    names.append(x.name);
                return makeError(
                    ErrorCode::NotFound,
                    tr("DB \"%1\" has no field \"%2\". Fields: %3").arg(db->name, name.trimmed(), names.join(u", "_s)));
            }
            fields.append(*f);
        }
    }

    // PostgreSQL: the DB's records copied from one snapshot into a scratch file, then the same export.
    std::unique_ptr<PgWorkingCopy> pgCopy;
    if (spec->isPostgres()) {
        auto copied =
            PgWorkingCopy::open(m_dir, PgWorkingCopy::Mode::Read, PgWorkspaceCopy::Selection{false, {db->id}, false});
        if (!copied)
            return copied.error();
        pgCopy = std::move(copied).value();
        spec = ConnectionSpec{pgCopy->path(), ConnectionSpec::Mode::ReadOnly};
    }

    // The records to export, in record ID order.
    RecordQuery query = RecordQuery::forDb(spec.value(), catalog, *db);
    query.search = options.search;
    QVariantList binds;
    QStringList where;
    if (const QString filter = query.filterSql(&binds); !filter.isEmpty())
        where.append(filter);
    if (!options.recordIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : options.recordIds)
            ids.append(id);
        where.append(u"r.rid IN (SELECT value FROM json_each(?))"_s);
        binds.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    auto range = [&](const char *column, const std::optional<QDate> &from, const std::optional<QDate> &to) {
        if (from) {
            where.append(u"r.%1 >= ?"_s.arg(QLatin1StringView(column)));
            binds.append(startOfDayMs(*from));
        }
        if (to) {
            where.append(u"r.%1 < ?"_s.arg(QLatin1StringView(column)));
            binds.append(startOfDayMs(to->addDays(1)));
        }
    };
    range("updated_at", options.updatedFrom, options.updatedTo);
    range("created_at", options.createdFrom, options.createdTo);
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(" AND "_L1);

    SqliteFile file;
    if (!file.open(spec->path, spec->mode == ConnectionSpec::Mode::Immutable ? SqliteFile::OpenMode::Immutable
                                                                             : SqliteFile::OpenMode::ReadOnly))
        return makeError(ErrorCode::Database,
                         tr("Cannot open %1: %2").arg(options.env.displayName(), file.errorString()));
    // One read transaction: the count and the rows come from the same instant of production.
    file.exec("BEGIN");
    qint64 total = 0;
    if (m_progress) { // the total is only for progress: skip the extra scan when nobody watches
        SqliteStatement count(file, (u"SELECT count(*) FROM "_s + db->table() + u" r"_s + whereSql).toUtf8());
        for (int i = 0; i < binds.size(); ++i)
            bindVariant(count.get(), i + 1, binds[i]);
        if (!count.isValid() || sqlite3_step(count.get()) != SQLITE_ROW)
            return makeError(
                ErrorCode::Database,
                tr("Cannot read \"%1\": %2").arg(db->name, QString::fromUtf8(sqlite3_errmsg(file.handle()))));
        total = sqlite3_column_int64(count.get(), 0);
    }

    QDir().mkpath(QFileInfo(options.outPath).absolutePath());
    QSaveFile out(options.outPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(options.outPath), out.errorString()));
    CsvWriter writer(&out, options.encoding, options.formulaGuard);
    writer.begin();
    CsvTableQuery table{db, fields, whereSql, binds, options.recordIdColumn, {}};
    auto rows = writeCsvTable(
        file, table, writer,
        [&](qint64 done) {
            if (m_progress)
                m_progress(done, total);
            return !(m_cancel && m_cancel->load());
        },
        QDir::toNativeSeparators(options.outPath));
    if (!rows) {
        out.cancelWriting();
        if (rows.error().code == ErrorCode::Cancelled)
            return makeError(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
        return rows.error();
    }
    if (!writer.flush() || !out.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(options.outPath), out.errorString()));
    if (m_progress)
        m_progress(rows.value(), total);
    return CsvExportResult{options.outPath, rows.value(), writer.bytesWritten(), timer.elapsed()};
}

Result<qint64> writeCsvTable(SqliteFile &file, const CsvTableQuery &query, CsvWriter &writer,
                             const std::function<bool(qint64 done)> &tick, const QString &target)
{
    const DbDef *db = query.db;
    const QList<FieldDef> &fields = query.fields;
    QStringList columns = {u"r.rid"_s};
    for (const auto &f : fields)
        columns.append(u"r."_s + f.column());
    const int extra = query.include ? 2 : 0; // created_at, updated_at at the end, for the row filter
    if (query.include)
        columns.append({u"r.created_at"_s, u"r.updated_at"_s});
    SqliteStatement rows(file, (u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + db->table() + u" r"_s +
                                query.whereSql + u" ORDER BY r.rid"_s)
                                   .toUtf8());
    if (!rows.isValid())
        return makeError(ErrorCode::Database,
                         tr("Cannot read \"%1\": %2").arg(db->name, QString::fromUtf8(sqlite3_errmsg(file.handle()))));
    for (int i = 0; i < query.binds.size(); ++i)
        bindVariant(rows.get(), i + 1, query.binds[i]);

    QStringList header;
    if (query.recordIdColumn)
        header.append(tr("Record ID"));
    for (const auto &f : fields)
        header.append(f.name);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!writer.addCell(header[i])) {
            if (writer.unencodable().isEmpty())
                return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, writer.errorString()));
            return makeError(ErrorCode::InvalidArgument,
                             tr("The header \"%1\" cannot be written in %2: %3")
                                 .arg(header[i], csvEncodingName(CsvEncoding::Cp932), writer.errorString()));
        }
    }
    writer.endRow();

    const int firstColumn = query.recordIdColumn ? 0 : 1;
    const int lastColumn = int(columns.size()) - extra;
    qint64 done = 0;
    qint64 seen = 0;
    int rc;
    QByteArray scratch;
    while ((rc = sqlite3_step(rows.get())) == SQLITE_ROW) {
        if ((++seen & 0x3ff) == 0 && tick && !tick(done))
            return makeError(ErrorCode::Cancelled, tr("Cancelled."));
        if (query.include &&
            !query.include(sqlite3_column_int64(rows.get(), 0), sqlite3_column_int64(rows.get(), lastColumn),
                           sqlite3_column_int64(rows.get(), lastColumn + 1)))
            continue;
        for (int c = firstColumn; c < lastColumn; ++c) {
            const char *text = reinterpret_cast<const char *>(sqlite3_column_text(rows.get(), c));
            qsizetype size = sqlite3_column_bytes(rows.get(), c);
            if (!text) {
                text = "";
                size = 0;
            } else if (c > 0 && fields[c - 1].type == FieldType::DateTime && size >= 11 && text[10] == 'T') {
                scratch = QByteArray(text, size); // spreadsheets read "2026-11-16 09:30:00", not ISO's "T"
                scratch[10] = ' ';
                text = scratch.constData();
            }
            if (!writer.addCellUtf8(text, size)) {
                if (!writer.unencodable().isEmpty()) {
                    return makeError(
                        ErrorCode::InvalidArgument,
                        tr("Record %1 (row %2 of the file), field \"%3\": the character \"%4\" cannot be written "
                           "in Shift_JIS. Export as UTF-8 instead, or change the value.")
                            .arg(sqlite3_column_int64(rows.get(), 0))
                            .arg(done + 2)
                            .arg(c == 0 ? tr("Record ID") : fields[c - 1].name, writer.unencodable()));
                }
                return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(target, writer.errorString()));
            }
        }
        writer.endRow();
        ++done;
    }
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database,
                         tr("Cannot read \"%1\": %2").arg(db->name, QString::fromUtf8(sqlite3_errmsg(file.handle()))));
    if (tick && !tick(done))
        return makeError(ErrorCode::Cancelled, tr("Cancelled."));
    return done;
}

Result<QList<CsvExportResult>> CsvExporter::runMany(const CsvExportOptions &options, const QStringList &dbs,
                                                    const QString &folder)
{
    QList<CsvExportResult> results;
    for (const QString &db : dbs) {
        CsvExportOptions one = options;
        one.db = db;
        one.outPath = QDir(folder).filePath(fileNameFor(db));
        auto r = run(one);
        if (!r)
            return r.error();
        results.append(r.value());
    }
    return results;
}

} // namespace Rewind
