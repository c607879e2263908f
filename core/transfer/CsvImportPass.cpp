#include "CsvImportPass.h"

#include "sql/SqliteFile.h"
#include "transfer/CsvEncoding.h"
#include "transfer/FieldValues.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>

#include <sqlite3.h>
#include <xxhash.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::CsvImportPass", text);
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

// A prepared statement, finalized with its owner.
struct Prepared
{
    sqlite3_stmt *st = nullptr;
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
};
} // namespace

struct CsvImportPass::Statements
{
    std::unique_ptr<Prepared> byRid, byKey, insertWithId, insertNew;
    QHash<int, std::shared_ptr<Prepared>> linkCheck;   // by field index
    QHash<QString, std::shared_ptr<Prepared>> updates; // one UPDATE per set of changed columns
};

Result<CsvImportColumns> CsvImportPass::planColumns(const QStringList &header, const QStringList &mapping,
                                                    const DbDef &db, const CsvImportOptions &options)
{
    CsvImportColumns cols;
    cols.fieldOfColumn = QList<int>(header.size(), -1);
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
            cols.ridColumn = c;
            continue;
        }
        const FieldDef *f = db.fieldByName(target);
        if (!f)
            return makeError(ErrorCode::NotFound,
                             tr("DB \"%1\" has no field \"%2\" (column %3).").arg(db.name, target).arg(c + 1));
        cols.fieldOfColumn[c] = int(f - db.fields.constData());
    }
    cols.keyColumn = cols.ridColumn;
    if (!options.keyField.isEmpty()) {
        const FieldDef *f = db.fieldByName(options.keyField);
        if (!f)
            return makeError(ErrorCode::NotFound,
                             tr("DB \"%1\" has no field \"%2\" to match on.").arg(db.name, options.keyField));
        cols.keyField = int(f - db.fields.constData());
        cols.keyColumn = int(cols.fieldOfColumn.indexOf(cols.keyField));
        if (cols.keyColumn < 0)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file has no column for the key field \"%1\".").arg(options.keyField));
    } else if (cols.ridColumn < 0 && options.mode == ImportMode::Update) { // upsert without a key registers every row
        return makeError(ErrorCode::InvalidArgument,
                         tr("Updating needs a key: the file has no \"Record ID\" column. Add it, map a "
                            "column to the record ID, or choose a key field."));
    }
    return cols;
}

CsvImportPass::CsvImportPass(SqliteFile &production, DbDef db, const Catalog &catalog, QStringList header,
                             CsvImportColumns columns, const CsvImportOptions &options, bool cp932, qint64 nowMs)
    : m_prod(production), m_db(std::move(db)), m_catalog(catalog), m_header(std::move(header)),
      m_cols(std::move(columns)), m_options(options), m_cp932(cp932), m_now(nowMs), m_st(std::make_unique<Statements>())
{
}

CsvImportPass::~CsvImportPass() = default;

Status CsvImportPass::prepare(bool write)
{
    QStringList fieldColumns;
    for (const auto &f : m_db.fields)
        fieldColumns.append(f.column());
    const QString selectList = u"rid"_s + (fieldColumns.isEmpty() ? QString() : u", "_s + fieldColumns.join(u", "_s));
    m_st->byRid =
        std::make_unique<Prepared>(m_prod, u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(selectList, m_db.table()));
    if (m_cols.keyField >= 0) {
        m_st->byKey =
            std::make_unique<Prepared>(m_prod, u"SELECT %1 FROM %2 WHERE %3 = ? LIMIT 2"_s.arg(
                                                   selectList, m_db.table(), m_db.fields[m_cols.keyField].column()));
    }
    for (int i = 0; i < m_db.fields.size(); ++i) {
        const FieldDef &f = m_db.fields[i];
        if (f.type == FieldType::Link && m_cols.fieldOfColumn.contains(i) && m_catalog.db(f.linkDbId))
            m_st->linkCheck.insert(i, std::make_shared<Prepared>(m_prod, u"SELECT 1 FROM %1 WHERE rid = ?"_s.arg(
                                                                             m_catalog.db(f.linkDbId)->table())));
    }
    if (write) {
        const QString cols = fieldColumns.isEmpty() ? QString() : u", "_s + fieldColumns.join(u", "_s);
        QString marks;
        for (qsizetype i = 0; i < fieldColumns.size(); ++i)
            marks += u", ?"_s;
        m_st->insertWithId = std::make_unique<Prepared>(
            m_prod, u"INSERT INTO %1(rid, created_at, updated_at, search%2) VALUES (?, ?, ?, ?%3)"_s.arg(m_db.table(),
                                                                                                         cols, marks));
        m_st->insertNew = std::make_unique<Prepared>(
            m_prod,
            u"INSERT INTO %1(created_at, updated_at, search%2) VALUES (?, ?, ?%3)"_s.arg(m_db.table(), cols, marks));
    }
    if (!m_st->byRid->st || (m_st->byKey && !m_st->byKey->st) ||
        (write && (!m_st->insertWithId->st || !m_st->insertNew->st)))
        return makeError(
            ErrorCode::Database,
            tr("Cannot read \"%1\": %2").arg(m_db.name, QString::fromUtf8(sqlite3_errmsg(m_prod.handle()))));
    return {};
}

CsvRowPlan CsvImportPass::check(const QStringList &cells, qint64 dataRow, qint64 line, bool spellOutNew)
{
    const DbDef &db = m_db;
    const QStringList &header = m_header;
    const QList<int> &fieldOfColumn = m_cols.fieldOfColumn;
    const int ridColumn = m_cols.ridColumn;
    const int keyField = m_cols.keyField;
    const int keyColumn = m_cols.keyColumn;
    CsvRowPlan plan;
    QList<ImportIssue> &issues = plan.issues;
    auto issue = [&](int column, const QString &field, const QString &reason) {
        issues.append(
            ImportIssue{dataRow, line, column + 1, column >= 0 ? header.value(column) : QString(), field, reason});
    };
    if (cells.size() != header.size())
        issue(-1, {}, tr("the row has %1 cells but the header has %2").arg(cells.size()).arg(header.size()));
    // Parse the mapped cells.
    QVariantList &values = plan.values;
    values = QVariantList(db.fields.size());
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
                issue(keyColumn, db.fields[keyField].name, tr("the key field is empty, so the row matches no record"));
        } else if (rid > 0) {
            keyText = QString::number(rid);
        }
    }
    if (issues.isEmpty() && !keyText.isEmpty()) {
        const QByteArray k = keyText.toUtf8();
        const quint64 h = XXH3_64bits(k.constData(), size_t(k.size()));
        if (const auto it = m_keysSeen.constFind(h); it != m_keysSeen.constEnd()) {
            issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                  keyField >= 0
                      ? tr("\"%1\" already appears on row %2; each key may appear only once in a file")
                            .arg(keyText)
                            .arg(*it)
                      : tr("record ID %1 already appears on row %2; each record may appear only once in a file")
                            .arg(keyText)
                            .arg(*it));
        } else {
            m_keysSeen.insert(h, dataRow);
        }
    }
    if (issues.isEmpty() && !keyText.isEmpty()) {
        sqlite3_stmt *st = keyField >= 0 ? m_st->byKey->st : m_st->byRid->st;
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
            if (keyField >= 0 && rid > 0 && rid != existingRid)
                issue(ridColumn, tr("Record ID"),
                      tr("the key \"%1\" belongs to record %2, not %3").arg(keyText).arg(existingRid).arg(rid));
            rid = existingRid;
        }
        sqlite3_reset(st);
    }
    // A row that registers a new record under an explicit ID: the ID must be free, and used once in the file.
    if (issues.isEmpty() && !found && rid > 0 && keyField >= 0) {
        sqlite3_stmt *st = m_st->byRid->st;
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, rid);
        if (sqlite3_step(st) == SQLITE_ROW)
            issue(ridColumn, tr("Record ID"),
                  tr("record ID %1 already belongs to another record, whose key is not \"%2\"").arg(rid).arg(keyText));
        sqlite3_reset(st);
        if (const auto it = m_ridsSeen.constFind(rid); it != m_ridsSeen.constEnd())
            issue(ridColumn, tr("Record ID"),
                  tr("record ID %1 already appears on row %2; each record may appear only once in a file")
                      .arg(rid)
                      .arg(*it));
        else
            m_ridsSeen.insert(rid, dataRow);
    }
    if (issues.isEmpty()) {
        if (found && m_options.mode == ImportMode::Insert)
            issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                  tr("record %1 already exists, and the mode only registers new records").arg(rid));
        else if (!found && m_options.mode == ImportMode::Update)
            issue(keyColumn, keyField >= 0 ? db.fields[keyField].name : tr("Record ID"),
                  keyText.isEmpty()
                      ? tr("the row names no record, and the mode only updates existing records")
                      : tr("there is no record \"%1\" to update, and the mode only updates existing records")
                            .arg(keyText));
    }
    // Field rules that need the outcome: required fields the file does not fill, links that must exist.
    if (issues.isEmpty()) {
        for (int i = 0; i < db.fields.size(); ++i) {
            const FieldDef &f = db.fields[i];
            if (f.required && !given[i] && (!found || existing[i].isNull()))
                issue(-1, f.name, tr("the field is required but the file has no column for it"));
            // Links are checked where the import sets them: an unchanged link that was already broken in
            // production is not this file's fault, and must not block re-importing an export.
            const bool linkChanges =
                !found || FieldValues::canonical(f, existing[i]) != FieldValues::canonical(f, values[i]);
            if (given[i] && !values[i].isNull() && f.type == FieldType::Link && linkChanges) {
                const auto check = m_st->linkCheck.value(i);
                bool exists = false;
                if (check && check->st) {
                    sqlite3_reset(check->st);
                    sqlite3_bind_int64(check->st, 1, values[i].toLongLong());
                    exists = sqlite3_step(check->st) == SQLITE_ROW;
                    sqlite3_reset(check->st);
                }
                if (!exists && m_options.keepDanglingLinks) {
                    plan.keptDanglingLink = true;
                } else if (!exists) {
                    const DbDef *target = m_catalog.db(f.linkDbId);
                    issue(int(fieldOfColumn.indexOf(i)), f.name,
                          target ? tr("links to record %1 of \"%2\", which does not exist")
                                       .arg(values[i].toLongLong())
                                       .arg(target->name)
                                 : tr("links to a DB that no longer exists"));
                }
            }
        }
    }

    ImportRow &outcome = plan.outcome;
    outcome.row = dataRow;
    outcome.recordId = rid;
    if (!issues.isEmpty()) {
        outcome.outcome = RowOutcome::Error;
    } else if (found) {
        plan.merged = existing;
        for (int i = 0; i < db.fields.size(); ++i) {
            if (!given[i])
                continue;
            const QString before = FieldValues::canonical(db.fields[i], existing[i]);
            const QString after = FieldValues::canonical(db.fields[i], values[i]);
            // A Shift_JIS file cannot hold 〜, − … and carries their Microsoft forms: the same text.
            const bool sameInCp932 = m_cp932 && CsvText::toMicrosoftForms(before) == after;
            if (before != after && !sameInCp932) {
                outcome.changes.append(FieldChange{db.fields[i].name, before, after});
                plan.merged[i] = values[i];
            }
        }
        outcome.outcome = outcome.changes.isEmpty() ? RowOutcome::Unchanged : RowOutcome::Update;
    } else {
        outcome.outcome = RowOutcome::New;
        // The values of a new record are only spelled out for rows the report keeps.
        for (int i = 0; spellOutNew && i < db.fields.size(); ++i) {
            if (given[i] && !values[i].isNull())
                outcome.changes.append(
                    FieldChange{db.fields[i].name, QString(), FieldValues::canonical(db.fields[i], values[i])});
        }
    }
    return plan;
}

Status CsvImportPass::write(CsvRowPlan &plan, qint64 dataRow)
{
    const DbDef &db = m_db;
    ImportRow &outcome = plan.outcome;
    auto failed = [this, dataRow] {
        return makeError(ErrorCode::Database, tr("Writing row %1 failed: %2. Nothing was imported.")
                                                  .arg(dataRow)
                                                  .arg(QString::fromUtf8(sqlite3_errmsg(m_prod.handle()))));
    };
    if (outcome.outcome == RowOutcome::Update) {
        QStringList sets = {u"updated_at = ?"_s, u"search = ?"_s};
        for (const auto &ch : outcome.changes)
            sets.append(db.fieldByName(ch.field)->column() + u" = ?"_s);
        const QString sql = u"UPDATE %1 SET %2 WHERE rid = ?"_s.arg(db.table(), sets.join(u", "_s));
        auto &cached = m_st->updates[sql];
        if (!cached)
            cached = std::make_shared<Prepared>(m_prod, sql);
        sqlite3_stmt *st = cached->st;
        if (!st)
            return failed();
        sqlite3_reset(st);
        int b = 1;
        sqlite3_bind_int64(st, b++, m_now);
        bind(st, b++, RecordWriter::searchText(db, plan.merged));
        for (const auto &ch : outcome.changes)
            bind(st, b++, plan.merged[int(db.fieldByName(ch.field) - db.fields.constData())]);
        sqlite3_bind_int64(st, b, outcome.recordId);
        if (sqlite3_step(st) != SQLITE_DONE)
            return failed();
    } else if (outcome.outcome == RowOutcome::New) {
        sqlite3_stmt *st = outcome.recordId > 0 ? m_st->insertWithId->st : m_st->insertNew->st;
        sqlite3_reset(st);
        int b = 1;
        if (outcome.recordId > 0)
            sqlite3_bind_int64(st, b++, outcome.recordId);
        sqlite3_bind_int64(st, b++, m_now);
        sqlite3_bind_int64(st, b++, m_now);
        bind(st, b++, RecordWriter::searchText(db, plan.values));
        for (const QVariant &v : std::as_const(plan.values))
            bind(st, b++, v);
        if (sqlite3_step(st) != SQLITE_DONE)
            return failed();
        if (outcome.recordId == 0)
            outcome.recordId = sqlite3_last_insert_rowid(m_prod.handle());
    }
    return {};
}

} // namespace Rewind
