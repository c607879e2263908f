#include "SchemaEditor.h"

#include "backup/BackupWindow.h"
#include "sql/Connection.h"
#include "sql/Dialect.h"
#include "util/Clock.h"
#include "workspace/RecordWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlError>
#include <QVariant>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::SchemaEditor", text);
}
constexpr int kMaxNameLength = 64;

QString optionsJson(const FieldDef &f)
{
    QJsonObject o;
    if (!f.choices.isEmpty())
        o.insert("choices"_L1, QJsonArray::fromStringList(f.choices));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// PostgreSQL: a valid calendar date in the first 10 characters of text `t` (checked without a cast that
// could fail the statement: day within the month's length, year not 0).
QString pgDateOk(const QString &t)
{
    // Nested CASEs: PostgreSQL promises no order for AND, and the casts must run only on the right shape.
    return u"(CASE WHEN %1 ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])' THEN CASE WHEN substr(%1, 1, "
           "4)::int > 0 THEN substr(%1, 9, 2)::int <= extract(day FROM make_date(substr(%1, 1, 4)::int, substr(%1, "
           "6, 2)::int, 1) + interval '1 month - 1 day') ELSE false END ELSE false END)"_s.arg(t);
}

// The same conversions on PostgreSQL, where a column has one type: the old value is read as text and
// converted only when it has the shape, so no value makes the statement fail.
QString pgConversion(const QString &col, FieldType to)
{
    const QString t = u"trim(%1::text)"_s.arg(col);
    switch (to) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Choice:
        return u"CAST(%1 AS TEXT)"_s.arg(col);
    case FieldType::Number:
        // A number written as one (as SQLite keeps it: "007" or "1.50" are not).
        return u"CASE WHEN %1 ~ '^-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?$' THEN %1::numeric ELSE NULL END"_s.arg(t);
    case FieldType::Date:
        return u"CASE WHEN %1 THEN substr(%2, 1, 10) ELSE NULL END"_s.arg(pgDateOk(t), t);
    case FieldType::DateTime:
        return u"CASE WHEN %1 AND %2 ~ '^.{10}([ T]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?)?$' THEN "
               "substr(%2, 1, 10) || 'T' || CASE WHEN length(%2) >= 16 THEN substr(%2, 12, 5) || ':' || "
               "coalesce(nullif(substr(%2, 18, 2), ''), '00') ELSE '00:00:00' END ELSE NULL END"_s.arg(pgDateOk(t), t);
    case FieldType::CheckBox:
        return u"CASE WHEN lower(%1) IN ('1', 'true', 'yes') THEN 1 WHEN lower(%1) IN ('0', 'false', 'no') THEN 0 "
               "ELSE NULL END"_s.arg(t);
    case FieldType::Link:
        return u"NULL"_s;
    }
    return u"NULL"_s;
}

// SQL that converts column `col` of the old type into a value of the new type, or NULL when it cannot.
QString conversion(const QString &col, FieldType to, Dialect::Engine engine)
{
    if (engine == Dialect::Engine::Postgres)
        return pgConversion(col, to);
    switch (to) {
    case FieldType::Text:
    case FieldType::MultilineText:
    case FieldType::Choice:
        return u"CAST(%1 AS TEXT)"_s.arg(col);
    case FieldType::Number:
        return u"CASE WHEN typeof(%1) IN ('integer','real') THEN %1 "
               "WHEN trim(%1) GLOB '*[0-9]*' AND CAST(trim(%1) AS NUMERIC) || '' = trim(%1) "
               "THEN CAST(trim(%1) AS NUMERIC) ELSE NULL END"_s.arg(col);
    // Only text shaped like a date becomes a date: SQLite's date() would read a number as a Julian day
    // and turn a stock count of 311 into the year -4712.
    case FieldType::Date:
        return u"CASE WHEN typeof(%1) = 'text' AND %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
               "AND date(%1) IS NOT NULL THEN date(%1) ELSE NULL END"_s.arg(col);
    case FieldType::DateTime:
        return u"CASE WHEN typeof(%1) = 'text' AND %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
               "AND datetime(%1) IS NOT NULL THEN strftime('%Y-%m-%dT%H:%M:%S', %1) ELSE NULL END"_s.arg(col);
    case FieldType::CheckBox:
        return u"CASE WHEN %1 IN (1, '1', 'true', 'TRUE', 'yes') THEN 1 WHEN %1 IN (0, '0', 'false', 'FALSE', 'no') "
               "THEN 0 ELSE NULL END"_s.arg(col);
    case FieldType::Link:
        return u"CASE WHEN typeof(%1) = 'integer' THEN %1 ELSE NULL END"_s.arg(col);
    }
    return u"NULL"_s;
}

// What a refused setting change is called, per kind that is locked during a run.
QString settingOperation(SettingKind kind, int verb) // 0 add, 1 change, 2 delete
{
    if (kind == SettingKind::Aggregation) {
        const char *texts[] = {QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Adding an aggregation setting"),
                               QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Changing an aggregation setting"),
                               QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Deleting an aggregation setting")};
        return tr(texts[verb]);
    }
    const char *texts[] = {QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Adding a workflow setting"),
                           QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Changing a workflow setting"),
                           QT_TRANSLATE_NOOP("Rewind::SchemaEditor", "Deleting a workflow setting")};
    return tr(texts[verb]);
}
} // namespace

SchemaEditor::SchemaEditor(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock), m_dataDir(BackupWindow::dataDirOf(m_db))
{
}

bool SchemaEditor::lockedDuringRun(SettingKind kind)
{
    // Aggregations (items, breakdowns, stored results are all part of the definition) and workflows.
    return kind == SettingKind::Aggregation || kind == SettingKind::Workflow;
}

Status SchemaEditor::refuseDuringRun(const QString &operation) const
{
    // PostgreSQL's connection checks the run its database holds; an SQLite one needs the data dir.
    return m_dataDir ? BackupWindow::refuseDuringRun(*m_dataDir, operation)
                     : BackupWindow::refuseDuringRun(m_db, operation);
}

Status SchemaEditor::refuseSettingChangeDuringRun(qint64 settingId, bool deleting) const
{
    if (!m_dataDir && !Sql::isPostgres(m_db))
        return {};
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind FROM rw_setting WHERE id = ?"_s);
    q.addBindValue(settingId);
    if (auto st = Sql::exec(q, tr("Reading the setting")); !st)
        return st;
    if (!q.next())
        return {}; // NotFound follows
    const auto kind = settingKindFromKey(q.value(0).toString());
    if (!kind || !lockedDuringRun(*kind))
        return {};
    return refuseDuringRun(settingOperation(*kind, deleting ? 2 : 1));
}

Status SchemaEditor::validateName(const QString &name, const QString &what)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The %1 name is empty. Enter a name.").arg(what));
    if (n.size() > kMaxNameLength) {
        return makeError(ErrorCode::InvalidArgument, tr("The %1 name \"%2\" is %3 characters long; the limit is %4.")
                                                         .arg(what, n)
                                                         .arg(n.size())
                                                         .arg(kMaxNameLength));
    }
    for (QChar c : n) {
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The %1 name \"%2\" contains a control character.").arg(what, n));
    }
    return {};
}

Result<qint64> SchemaEditor::createDb(const QString &name, const QString &description)
{
    if (auto st = validateName(name, tr("DB")); !st)
        return st.error();
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM rw_db WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (auto st = Sql::exec(q, tr("Checking the DB name")); !st)
        return st.error();
    if (q.next() && q.value(0).toInt() > 0)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A DB named \"%1\" already exists. Choose another name.").arg(name.trimmed()));
    q.prepare(u"INSERT INTO rw_db(name, description, position, created_at) "
              "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM rw_db), ?)"_s +
              Sql::returning(m_db));
    q.addBindValue(name.trimmed());
    q.addBindValue(description.isNull() ? u""_s : description); // a null QString binds as SQL NULL
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    if (auto st = Sql::exec(q, tr("Creating the DB")); !st)
        return st.error();
    const qint64 id = Sql::insertedId(q);
    for (const QString &sql : Dialect::createRecordTable(id, Dialect::engineOf(m_db))) {
        if (auto st = Sql::exec(m_db, sql, tr("Creating the DB's record table")); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status SchemaEditor::deleteDb(qint64 dbId)
{
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM rw_db WHERE id = ?"_s);
    q.addBindValue(dbId);
    if (auto st = Sql::exec(q, tr("Deleting the DB")); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no DB with id %1.").arg(dbId));
    for (const char *sql : {"DELETE FROM rw_field WHERE db_id = ?", "DELETE FROM rw_setting WHERE db_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(dbId);
        if (auto st = Sql::exec(q, tr("Deleting the DB's settings")); !st)
            return st;
    }
    // Link fields in other DBs keep pointing at the deleted id: a template import can re-point them later.
    if (auto st = Sql::exec(m_db, u"DROP TABLE "_s + Dialect::recordTable(dbId), tr("Deleting the DB's records")); !st)
        return st;
    return tx.commit();
}

Result<qint64> SchemaEditor::insertField(qint64 dbId, const FieldDef &field)
{
    if (auto st = validateName(field.name, tr("field")); !st)
        return st.error();
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT (SELECT count(*) FROM rw_db WHERE id = ?), (SELECT count(*) FROM rw_field WHERE db_id = ? AND name = ?)"_s);
    q.addBindValue(dbId);
    q.addBindValue(dbId);
    q.addBindValue(field.name.trimmed());
    if (auto st = Sql::exec(q, tr("Checking the field name")); !st)
        return st.error();
    q.next();
    if (q.value(0).toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no DB with id %1.").arg(dbId));
    if (q.value(1).toInt() > 0)
        return makeError(ErrorCode::AlreadyExists,
                         tr("The DB already has a field named \"%1\".").arg(field.name.trimmed()));
    if (field.type == FieldType::Link && field.linkDbId != 0) { // 0: a link field left unlinked
        q.prepare(u"SELECT count(*) FROM rw_db WHERE id = ?"_s);
        q.addBindValue(field.linkDbId);
        if (auto st = Sql::exec(q, tr("Checking the link target")); !st)
            return st.error();
        if (!q.next() || q.value(0).toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("The link field \"%1\" points at DB id %2, which does not exist.")
                                                      .arg(field.name.trimmed())
                                                      .arg(field.linkDbId));
    }
    if (field.type == FieldType::Choice && field.choices.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The choice field \"%1\" needs at least one choice.").arg(field.name.trimmed()));
    q.prepare(u"INSERT INTO rw_field(db_id, name, type, required, is_unique, link_db_id, options, position) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM rw_field WHERE db_id = ?))"_s +
              Sql::returning(m_db));
    q.addBindValue(dbId);
    q.addBindValue(field.name.trimmed());
    q.addBindValue(fieldTypeKey(field.type));
    q.addBindValue(field.required ? 1 : 0);
    q.addBindValue(field.unique ? 1 : 0);
    q.addBindValue(field.type == FieldType::Link && field.linkDbId != 0 ? QVariant(field.linkDbId) : QVariant());
    q.addBindValue(optionsJson(field));
    q.addBindValue(dbId);
    if (auto st = Sql::exec(q, tr("Adding the field")); !st)
        return st.error();
    const qint64 id = Sql::insertedId(q);
    FieldDef created = field;
    created.id = id;
    if (auto st = Sql::exec(
            m_db,
            u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(Dialect::recordTable(dbId), created.column(),
                                                     Dialect::columnType(field.type, Dialect::engineOf(m_db))),
            tr("Adding the field's column"));
        !st)
        return st.error();
    return id;
}

Result<qint64> SchemaEditor::addField(qint64 dbId, const FieldDef &field)
{
    if (auto st = refuseDuringRun(tr("Adding a field")); !st)
        return st.error();
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto id = insertField(dbId, field);
    if (!id)
        return id;
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Result<FieldDef> SchemaEditor::loadField(qint64 fieldId) const
{
    auto catalog = Catalog::load(m_db);
    if (!catalog)
        return catalog.error();
    for (const auto &db : catalog->dbs) {
        if (const FieldDef *f = db.field(fieldId))
            return *f;
    }
    return makeError(ErrorCode::NotFound, tr("There is no field with id %1.").arg(fieldId));
}

Result<qint64> SchemaEditor::copyField(qint64 fieldId, const QString &newName)
{
    if (auto st = refuseDuringRun(tr("Copying a field")); !st)
        return st.error();
    auto source = loadField(fieldId);
    if (!source)
        return source.error();
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    FieldDef copy = source.value();
    copy.name = newName;
    copy.unique = false; // copied values would violate uniqueness at once
    auto id = insertField(source->dbId, copy);
    if (!id)
        return id;
    copy.id = id.value();
    if (auto st = Sql::exec(
            m_db, u"UPDATE %1 SET %2 = %3"_s.arg(Dialect::recordTable(source->dbId), copy.column(), source->column()),
            tr("Copying the field's values"));
        !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return id;
}

Status SchemaEditor::deleteField(qint64 fieldId)
{
    if (auto st = refuseDuringRun(tr("Deleting a field")); !st)
        return st;
    auto field = loadField(fieldId);
    if (!field)
        return field.error();
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM rw_field WHERE id = ?"_s);
    q.addBindValue(fieldId);
    if (auto st = Sql::exec(q, tr("Deleting the field")); !st)
        return st;
    if (auto st =
            Sql::exec(m_db, u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(Dialect::recordTable(field->dbId), field->column()),
                      tr("Deleting the field's column"));
        !st)
        return st;
    if (isSearchable(field->type)) {
        if (auto st = rebuildSearch(field->dbId); !st)
            return st;
    }
    return tx.commit();
}

Status SchemaEditor::renameField(qint64 fieldId, const QString &newName)
{
    auto field = loadField(fieldId);
    if (!field)
        return field.error();
    if (auto st = validateName(newName, tr("field")); !st)
        return st;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE rw_field SET name = ? WHERE id = ?"_s);
    q.addBindValue(newName.trimmed());
    q.addBindValue(fieldId);
    if (!q.exec()) {
        return makeError(
            ErrorCode::AlreadyExists,
            tr("Cannot rename the field to \"%1\": the DB already has a field with that name.").arg(newName.trimmed()),
            q.lastError().text());
    }
    return {};
}

Result<qint64> SchemaEditor::retypeField(qint64 fieldId, FieldType newType)
{
    if (auto st = refuseDuringRun(tr("Changing a field's type")); !st)
        return st.error();
    auto field = loadField(fieldId);
    if (!field)
        return field.error();
    // A choice field needs its choices (setFieldOptions, in the same transaction); a link field needs a
    // target and IDs that mean something there, which a type change cannot give.
    if (newType == FieldType::Link)
        return makeError(ErrorCode::Unsupported,
                         tr("A field cannot be changed into a link field; add a new link field instead."));
    if (field->type == newType)
        return qint64(0);
    const QString table = Dialect::recordTable(field->dbId);
    const QString col = field->column();
    const QString tmp = col + "_old"_L1;
    Sql::Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    const QString what = tr("Changing the field's type");
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE rw_field SET type = ?, link_db_id = NULL, options = '{}' WHERE id = ?"_s);
    q.addBindValue(fieldTypeKey(newType));
    q.addBindValue(fieldId);
    if (auto st = Sql::exec(q, what); !st)
        return st.error();
    const QStringList steps = {
        u"ALTER TABLE %1 RENAME COLUMN %2 TO %3"_s.arg(table, col, tmp),
        u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(table, col, Dialect::columnType(newType, Dialect::engineOf(m_db))),
        u"UPDATE %1 SET %2 = %3"_s.arg(table, col, conversion(tmp, newType, Dialect::engineOf(m_db))),
    };
    for (const QString &sql : steps) {
        if (auto st = Sql::exec(m_db, sql, what); !st)
            return st.error();
    }
    if (!q.exec(u"SELECT count(*) FROM %1 WHERE %2 IS NULL AND %3 IS NOT NULL"_s.arg(table, col, tmp)) || !q.next())
        return Sql::error(q.lastError(), what);
    const qint64 cleared = q.value(0).toLongLong();
    q.finish();
    if (auto st = Sql::exec(m_db, u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(table, tmp), what); !st)
        return st.error();
    if (isSearchable(field->type) != isSearchable(newType)) {
        if (auto st = rebuildSearch(field->dbId); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return cleared;
}

Status SchemaEditor::rebuildSearch(qint64 dbId)
{
    auto catalog = Catalog::load(m_db);
    if (!catalog)
        return catalog.error();
    const DbDef *db = catalog->db(dbId);
    if (!db)
        return makeError(ErrorCode::NotFound, tr("There is no DB with id %1.").arg(dbId));
    RecordWriter writer(m_db, *db, m_clock);
    return writer.rebuildSearchColumn();
}

Status SchemaEditor::setFieldOptions(qint64 fieldId, bool required, bool unique, const QStringList &choices)
{
    auto field = loadField(fieldId);
    if (!field)
        return field.error();
    FieldDef updated = field.value();
    updated.required = required;
    updated.unique = unique;
    updated.choices = choices;
    if (updated.type == FieldType::Choice && choices.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The choice field \"%1\" needs at least one choice.").arg(updated.name));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE rw_field SET required = ?, is_unique = ?, options = ? WHERE id = ?"_s);
    q.addBindValue(required ? 1 : 0);
    q.addBindValue(unique ? 1 : 0);
    q.addBindValue(optionsJson(updated));
    q.addBindValue(fieldId);
    return Sql::exec(q, tr("Changing the field"));
}

Status SchemaEditor::relinkField(qint64 fieldId, qint64 targetDbId)
{
    auto field = loadField(fieldId);
    if (!field)
        return field.error();
    if (field->type != FieldType::Link)
        return makeError(ErrorCode::InvalidArgument, tr("The field \"%1\" is not a link field.").arg(field->name));
    QSqlQuery q(m_db);
    if (targetDbId != 0) {
        q.prepare(u"SELECT count(*) FROM rw_db WHERE id = ?"_s);
        q.addBindValue(targetDbId);
        if (auto st = Sql::exec(q, tr("Checking the link target")); !st)
            return st;
        if (!q.next() || q.value(0).toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no DB with id %1.").arg(targetDbId));
    }
    q.prepare(u"UPDATE rw_field SET link_db_id = ? WHERE id = ?"_s);
    q.addBindValue(targetDbId != 0 ? QVariant(targetDbId) : QVariant());
    q.addBindValue(fieldId);
    return Sql::exec(q, tr("Changing the link"));
}

Result<qint64> SchemaEditor::addSetting(qint64 dbId, SettingKind kind, const QString &name,
                                        const QJsonObject &definition)
{
    if (lockedDuringRun(kind)) {
        if (auto st = refuseDuringRun(settingOperation(kind, 0)); !st)
            return st.error();
    }
    if (auto st = validateName(name, settingKindName(kind)); !st)
        return st.error();
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO rw_setting(db_id, kind, name, definition, position, updated_at) "
        "SELECT ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM rw_setting WHERE db_id = ? AND kind = ?), ? "
        "WHERE EXISTS (SELECT 1 FROM rw_db WHERE id = ?)"_s +
        Sql::returning(m_db));
    const QString kindKey = settingKindKey(kind);
    q.addBindValue(dbId);
    q.addBindValue(kindKey);
    q.addBindValue(name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(dbId);
    q.addBindValue(kindKey);
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(dbId);
    if (auto st = Sql::exec(q, tr("Adding the setting")); !st)
        return st.error();
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no DB with id %1.").arg(dbId));
    return Sql::insertedId(q);
}

Status SchemaEditor::updateSetting(qint64 settingId, const QString &name, const QJsonObject &definition)
{
    if (auto st = refuseSettingChangeDuringRun(settingId, false); !st)
        return st;
    if (auto st = validateName(name, tr("setting")); !st)
        return st;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE rw_setting SET name = ?, definition = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_clock.now().toMSecsSinceEpoch());
    q.addBindValue(settingId);
    if (auto st = Sql::exec(q, tr("Changing the setting")); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no setting with id %1.").arg(settingId));
    return {};
}

Status SchemaEditor::deleteSetting(qint64 settingId)
{
    if (auto st = refuseSettingChangeDuringRun(settingId, true); !st)
        return st;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM rw_setting WHERE id = ?"_s);
    q.addBindValue(settingId);
    if (auto st = Sql::exec(q, tr("Deleting the setting")); !st)
        return st;
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("There is no setting with id %1.").arg(settingId));
    return {};
}

} // namespace Rewind
