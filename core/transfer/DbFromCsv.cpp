#include "DbFromCsv.h"

#include "backup/BackupWindow.h"
#include "access/Access.h"
#include "backup/RestorePointStore.h"
#include "history/HistoryStore.h"
#include "sql/Connection.h"
#include "transfer/CsvReader.h"
#include "transfer/FieldValues.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::DbFromCsv", text);
}
} // namespace

DbFromCsv::DbFromCsv(DataDir dir, const Clock &clock, Session actor)
    : m_dir(std::move(dir)), m_clock(clock), m_actor(std::move(actor))
{
}

Result<QStringList> DbFromCsv::fieldNames(const QStringList &header)
{
    QStringList names;
    QSet<QString> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        // A BOM the reader left, or the apostrophe of a formula guard, is not part of a name.
        QString name = FieldValues::stripFormulaGuard(header[i]).trimmed();
        if (auto st = SchemaEditor::validateName(name, tr("field")); !st) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("Column %1 of the header (\"%2\") cannot be a field name: %3")
                                 .arg(i + 1)
                                 .arg(header[i], st.error().message));
        }
        if (taken.contains(name)) {
            QString numbered;
            for (int n = 2;; ++n) {
                numbered = u"%1 (%2)"_s.arg(name).arg(n);
                if (!taken.contains(numbered) && !header.contains(numbered))
                    break;
            }
            if (auto st = SchemaEditor::validateName(numbered, tr("field")); !st) {
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Column %1 of the header (\"%2\") repeats an earlier column, and numbering it "
                                    "makes the name too long: %3")
                                     .arg(i + 1)
                                     .arg(header[i], st.error().message));
            }
            name = numbered;
        }
        taken.insert(name);
        names.append(name);
    }
    return names;
}

Result<DbFromCsvResult> DbFromCsv::run(const DbFromCsvOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (auto st = Access::require(m_dir, m_actor, Right::ManageSettings); !st)
        return st.error();
    if (auto st = BackupWindow::refuseDuringRun(m_dir, tr("Creating a DB from a CSV file")); !st)
        return st.error();
    if (auto st = SchemaEditor::validateName(options.name, tr("DB")); !st)
        return st.error();
    const QString fileName = QDir::toNativeSeparators(options.file);

    CsvReader reader(CsvReader::Options{options.encoding, std::nullopt, 1'000'000});
    if (!reader.open(options.file))
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    QStringList header;
    if (!reader.readRow(&header)) {
        if (reader.hasError())
            return makeError(ErrorCode::InvalidArgument, reader.errorString());
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 is empty: the first row must name the columns.").arg(fileName));
    }
    auto names = fieldNames(header);
    if (!names)
        return makeError(ErrorCode::InvalidArgument, tr("%1: %2").arg(fileName, names.error().message));

    auto conn = Production::open(m_dir, u"db-from-csv"_s);
    if (!conn)
        return conn.error();
    const QSqlDatabase sql = conn.value()->db();
    {
        // Said before a restore point is taken; createDb() checks again inside the transaction.
        auto catalog = Catalog::load(sql);
        if (!catalog)
            return catalog.error();
        if (catalog->dbByName(options.name.trimmed()))
            return makeError(ErrorCode::AlreadyExists,
                             tr("A DB named \"%1\" already exists. Choose another name.").arg(options.name.trimmed()));
    }

    DbFromCsvResult result;
    result.db = options.name.trimmed();
    result.fields = names.value();
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    auto rp = RestorePointStore(m_dir).create(
        tr("Before creating DB %1 from %2").arg(result.db, QFileInfo(options.file).fileName()), m_clock.now(),
        Right::ManageSettings);
    if (!rp)
        return rp.error();
    result.restorePoint = rp->id;

    Sql::Transaction tx(sql);
    if (auto st = tx.begin(); !st)
        return st.error();
    SchemaEditor editor(sql, m_clock);
    auto dbId = editor.createDb(result.db, tr("Created from %1").arg(QFileInfo(options.file).fileName()));
    if (!dbId)
        return dbId.error();
    result.dbId = dbId.value();
    for (const QString &name : std::as_const(result.fields)) {
        FieldDef f;
        f.name = name;
        f.type = FieldType::Text;
        if (auto id = editor.addField(result.dbId, f); !id)
            return id.error();
    }
    auto catalog = Catalog::load(sql);
    if (!catalog)
        return catalog.error();
    const DbDef def = *catalog->db(result.dbId);

    RecordWriter writer(sql, def, m_clock);
    QStringList cells;
    QVariantList values;
    values.reserve(def.fields.size());
    qint64 row = 0;
    while (reader.readRow(&cells)) {
        ++row;
        if (m_cancel && m_cancel->load())
            return makeError(ErrorCode::Cancelled, tr("Cancelled; production was not changed."));
        if (cells.size() > def.fields.size()) {
            // Trailing empty cells (a spreadsheet's stray delimiters) are harmless; text beyond the header is not.
            for (qsizetype c = def.fields.size(); c < cells.size(); ++c) {
                if (!cells[c].trimmed().isEmpty())
                    return makeError(ErrorCode::InvalidArgument,
                                     tr("%1, row %2 (line %3) has %4 cells but the header names %5 columns.")
                                         .arg(fileName)
                                         .arg(row)
                                         .arg(reader.line())
                                         .arg(cells.size())
                                         .arg(def.fields.size()));
            }
        }
        values.clear();
        for (qsizetype c = 0; c < def.fields.size(); ++c) {
            const FieldDef &f = def.fields[c];
            QVariant value;
            QString reason;
            if (!FieldValues::parse(f, c < cells.size() ? cells[c] : QString(), &value, &reason))
                return makeError(ErrorCode::InvalidArgument, tr("%1, row %2 (line %3), column %4 \"%5\": %6")
                                                                 .arg(fileName)
                                                                 .arg(row)
                                                                 .arg(reader.line())
                                                                 .arg(c + 1)
                                                                 .arg(f.name, reason));
            values.append(value);
        }
        if (auto id = writer.insert(values); !id)
            return id.error();
        if (m_progress && (row & 1023) == 0)
            m_progress(reader.bytesRead(), reader.size());
    }
    if (reader.hasError())
        return makeError(ErrorCode::InvalidArgument, reader.errorString());
    if (auto st = tx.commit(); !st)
        return st.error();
    result.records = row;
    if (m_progress)
        m_progress(reader.size(), reader.size());

    (void)HistoryStore(m_dir).append(m_clock.now(), m_actor.historyName(),
                                     QString::fromLatin1(HistoryKind::DbCreatedFromFile),
                                     tr("Created DB %1 from %2: %3 fields, %4 records (restore point %5)")
                                         .arg(result.db, QFileInfo(options.file).fileName())
                                         .arg(result.fields.size())
                                         .arg(result.records)
                                         .arg(result.restorePoint),
                                     QJsonObject{{"db"_L1, result.db},
                                                 {"file"_L1, QFileInfo(options.file).fileName()},
                                                 {"fields"_L1, QJsonArray::fromStringList(result.fields)},
                                                 {"records"_L1, result.records},
                                                 {"encoding"_L1, csvEncodingKey(result.encoding)},
                                                 {"restorePoint"_L1, result.restorePoint}});
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace Rewind
