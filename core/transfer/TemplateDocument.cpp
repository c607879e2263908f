#include "TemplateDocument.h"

#include "workspace/SchemaEditor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::TemplateDocument", text);
}

const auto kJsonEntry = u"template.json"_s;
const auto kSumEntry = u"template.sha256"_s;

Error bad(const QString &message)
{
    return makeError(ErrorCode::Corrupt, message);
}
} // namespace

const TemplateDb *TemplateDocument::db(const QString &key) const
{
    for (const auto &d : dbs) {
        if (d.key == key)
            return &d;
    }
    return nullptr;
}

const TemplateExternal *TemplateDocument::external(const QString &key) const
{
    for (const auto &e : externals) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

TemplateDocument TemplateDocument::fromCatalog(const Catalog &catalog, const QList<qint64> &dbIds,
                                               const QString &environment, const QDateTime &now)
{
    TemplateDocument doc;
    doc.createdAt = now;
    doc.sourceWorkspace = catalog.workspaceName;
    doc.sourceWorkspaceId = catalog.workspaceId;
    doc.sourceEnvironment = environment;
    doc.appVersion = QStringLiteral(REWIND_VERSION);
    QSet<qint64> included(dbIds.begin(), dbIds.end());
    for (const DbDef &d : catalog.dbs) {
        if (!included.contains(d.id))
            continue;
        TemplateDb t;
        t.key = u"db"_s + QString::number(d.id);
        t.name = d.name;
        t.description = d.description;
        for (const FieldDef &f : d.fields) {
            TemplateField tf{u"f"_s + QString::number(f.id), f.name, f.type, f.required, f.unique, f.choices, {}};
            if (f.type == FieldType::Link && f.linkDbId != 0) {
                if (included.contains(f.linkDbId)) {
                    tf.linkKey = u"db"_s + QString::number(f.linkDbId);
                } else {
                    tf.linkKey = u"ext"_s + QString::number(f.linkDbId);
                    if (!doc.external(tf.linkKey)) {
                        const DbDef *target = catalog.db(f.linkDbId);
                        doc.externals.append(
                            {tf.linkKey, target ? target->name : tr("(deleted DB #%1)").arg(f.linkDbId)});
                    }
                }
            }
            t.fields.append(tf);
        }
        for (const SettingDef &s : d.settings) {
            // Access rights given to a person cannot travel: the people differ between workspaces.
            if (s.kind == SettingKind::AccessRight && s.definition.contains("user"_L1)) {
                doc.omitted.append({d.name, u"%1: %2"_s.arg(settingKindName(s.kind), s.name),
                                    tr("an access right for a specific user; set it up again after loading")});
                continue;
            }
            t.settings.append({s.kind, s.name, s.definition});
        }
        doc.omitted.append(
            {d.name, tr("Records"), tr("a template carries settings only; bring records back by CSV import")});
        doc.dbs.append(t);
    }
    return doc;
}

QJsonObject TemplateDocument::toJson() const
{
    QJsonArray dbArray;
    for (const TemplateDb &d : dbs) {
        QJsonArray fields;
        for (const TemplateField &f : d.fields) {
            QJsonObject o{{"key"_L1, f.key},
                          {"name"_L1, f.name},
                          {"type"_L1, fieldTypeKey(f.type)},
                          {"required"_L1, f.required},
                          {"unique"_L1, f.unique}};
            if (!f.choices.isEmpty())
                o.insert("choices"_L1, QJsonArray::fromStringList(f.choices));
            if (f.type == FieldType::Link)
                o.insert("link"_L1, f.linkKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.linkKey));
            fields.append(o);
        }
        QJsonArray settings;
        for (const TemplateSetting &s : d.settings)
            settings.append(
                QJsonObject{{"kind"_L1, settingKindKey(s.kind)}, {"name"_L1, s.name}, {"definition"_L1, s.definition}});
        dbArray.append(QJsonObject{{"key"_L1, d.key},
                                   {"name"_L1, d.name},
                                   {"description"_L1, d.description},
                                   {"fields"_L1, fields},
                                   {"settings"_L1, settings}});
    }
    QJsonArray ext;
    for (const auto &e : externals)
        ext.append(QJsonObject{{"key"_L1, e.key}, {"name"_L1, e.name}});
    QJsonArray omissions;
    for (const auto &o : omitted)
        omissions.append(QJsonObject{{"db"_L1, o.db}, {"item"_L1, o.item}, {"reason"_L1, o.reason}});
    return QJsonObject{{"format"_L1, u"rewind-template"_s},
                       {"formatVersion"_L1, formatVersion},
                       {"createdAt"_L1, createdAt.toString(Qt::ISODate)},
                       {"sourceWorkspace"_L1, sourceWorkspace},
                       {"sourceWorkspaceId"_L1, sourceWorkspaceId},
                       {"sourceEnvironment"_L1, sourceEnvironment},
                       {"appVersion"_L1, appVersion},
                       {"dbs"_L1, dbArray},
                       {"externalLinks"_L1, ext},
                       {"omitted"_L1, omissions}};
}

Result<TemplateDocument> TemplateDocument::fromJson(const QJsonObject &json)
{
    if (json.value("format"_L1).toString() != "rewind-template"_L1)
        return bad(tr("This is not a Rewind template (its \"format\" is missing or different)."));
    TemplateDocument doc;
    doc.formatVersion = json.value("formatVersion"_L1).toInt();
    if (doc.formatVersion > kFormatVersion) {
        return makeError(ErrorCode::Unsupported,
                         tr("The template has format version %1, made by a newer Rewind; this one "
                            "reads up to version %2. Update Rewind to load it.")
                             .arg(doc.formatVersion)
                             .arg(kFormatVersion));
    }
    if (doc.formatVersion < 1)
        return bad(tr("The template's format version is missing."));
    doc.createdAt = QDateTime::fromString(json.value("createdAt"_L1).toString(), Qt::ISODate);
    doc.sourceWorkspace = json.value("sourceWorkspace"_L1).toString();
    doc.sourceWorkspaceId = json.value("sourceWorkspaceId"_L1).toString();
    doc.sourceEnvironment = json.value("sourceEnvironment"_L1).toString();
    doc.appVersion = json.value("appVersion"_L1).toString();
    QSet<QString> externalKeys;
    for (const auto &v : json.value("externalLinks"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const TemplateExternal e{o.value("key"_L1).toString(), o.value("name"_L1).toString()};
        if (!e.key.startsWith("ext"_L1) || externalKeys.contains(e.key))
            return bad(tr("The template lists an invalid or repeated external link \"%1\".").arg(e.key));
        externalKeys.insert(e.key);
        doc.externals.append(e);
    }
    const QJsonArray dbArray = json.value("dbs"_L1).toArray();
    if (dbArray.isEmpty())
        return bad(tr("The template contains no DB."));
    QSet<QString> dbKeys, dbNames;
    for (const auto &v : dbArray) {
        const QString key = v.toObject().value("key"_L1).toString();
        if (!key.startsWith("db"_L1) || dbKeys.contains(key))
            return bad(tr("The template has an invalid or repeated DB key \"%1\".").arg(key));
        dbKeys.insert(key);
    }
    for (const auto &v : dbArray) {
        const QJsonObject o = v.toObject();
        TemplateDb d;
        d.key = o.value("key"_L1).toString();
        d.name = o.value("name"_L1).toString().trimmed();
        d.description = o.value("description"_L1).toString();
        if (auto st = SchemaEditor::validateName(d.name, tr("DB")); !st)
            return bad(tr("DB %1: %2").arg(d.key, st.error().message));
        if (dbNames.contains(d.name))
            return bad(tr("The template has two DBs named \"%1\".").arg(d.name));
        dbNames.insert(d.name);
        QSet<QString> fieldNames;
        for (const auto &fv : o.value("fields"_L1).toArray()) {
            const QJsonObject fo = fv.toObject();
            TemplateField f;
            f.key = fo.value("key"_L1).toString();
            f.name = fo.value("name"_L1).toString().trimmed();
            const auto type = fieldTypeFromKey(fo.value("type"_L1).toString());
            if (!type)
                return bad(tr("DB \"%1\", field \"%2\": unknown field type \"%3\".")
                               .arg(d.name, f.name, fo.value("type"_L1).toString()));
            f.type = *type;
            if (auto st = SchemaEditor::validateName(f.name, tr("field")); !st)
                return bad(tr("DB \"%1\": %2").arg(d.name, st.error().message));
            if (fieldNames.contains(f.name))
                return bad(tr("DB \"%1\" has two fields named \"%2\".").arg(d.name, f.name));
            fieldNames.insert(f.name);
            f.required = fo.value("required"_L1).toBool();
            f.unique = fo.value("unique"_L1).toBool();
            for (const auto &c : fo.value("choices"_L1).toArray())
                f.choices.append(c.toString());
            if (f.type == FieldType::Choice && f.choices.isEmpty())
                return bad(tr("DB \"%1\", choice field \"%2\" has no choices.").arg(d.name, f.name));
            if (f.type == FieldType::Link) {
                f.linkKey = fo.value("link"_L1).toString();
                if (!f.linkKey.isEmpty() && !dbKeys.contains(f.linkKey) && !externalKeys.contains(f.linkKey))
                    return bad(
                        tr("DB \"%1\", link field \"%2\" points at \"%3\", which the template does not describe.")
                            .arg(d.name, f.name, f.linkKey));
            }
            d.fields.append(f);
        }
        for (const auto &sv : o.value("settings"_L1).toArray()) {
            const QJsonObject so = sv.toObject();
            const auto kind = settingKindFromKey(so.value("kind"_L1).toString());
            if (!kind)
                return bad(
                    tr("DB \"%1\": unknown kind of setting \"%2\".").arg(d.name, so.value("kind"_L1).toString()));
            TemplateSetting s{*kind, so.value("name"_L1).toString(), so.value("definition"_L1).toObject()};
            if (auto st = SchemaEditor::validateName(s.name, settingKindName(s.kind)); !st)
                return bad(tr("DB \"%1\": %2").arg(d.name, st.error().message));
            d.settings.append(s);
        }
        doc.dbs.append(d);
    }
    for (const auto &v : json.value("omitted"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        doc.omitted.append(
            {o.value("db"_L1).toString(), o.value("item"_L1).toString(), o.value("reason"_L1).toString()});
    }
    return doc;
}

Status TemplateDocument::write(const QString &path) const
{
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    const QByteArray sum = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex() + '\n';
    // The ZIP is built in memory (a template is small) and saved in one step: QuaZip closes the device
    // it writes to, which a QSaveFile must not be before commit().
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return makeError(
                ErrorCode::Io,
                tr("Cannot write %1 (zip error %2).").arg(QDir::toNativeSeparators(path)).arg(zip.getZipError()));
        for (const auto &[name, bytes] : {std::pair{kJsonEntry, json}, std::pair{kSumEntry, sum}}) {
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(name);
            info.dateTime = createdAt.isValid() ? createdAt : QDateTime::currentDateTime();
            if (!entry.open(QIODevice::WriteOnly, info) || entry.write(bytes) != bytes.size()) {
                return makeError(
                    ErrorCode::Io,
                    tr("Cannot write %1 (zip error %2).").arg(QDir::toNativeSeparators(path)).arg(entry.getZipError()));
            }
            entry.close();
            if (entry.getZipError() != 0)
                return makeError(
                    ErrorCode::Io,
                    tr("Cannot write %1 (zip error %2).").arg(QDir::toNativeSeparators(path)).arg(entry.getZipError()));
        }
        zip.close();
        if (zip.getZipError() != 0)
            return makeError(
                ErrorCode::Io,
                tr("Cannot write %1 (zip error %2).").arg(QDir::toNativeSeparators(path)).arg(zip.getZipError()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<TemplateDocument> TemplateDocument::read(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(name));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return bad(tr("%1 is not a Rewind template: it is not a ZIP file, or it is damaged or truncated.").arg(name));
    QHash<QString, QByteArray> entries;
    for (const QuaZipFileInfo64 &info : zip.getFileInfoList64()) {
        if (info.name != kJsonEntry && info.name != kSumEntry)
            continue; // a template is read, never extracted: other entries are simply not used
        if (entries.contains(info.name))
            return bad(tr("%1 holds %2 twice; this is not a template Rewind wrote.").arg(name, info.name));
        if (info.uncompressedSize > quint64(kMaxJsonBytes))
            return bad(tr("%1: %2 is larger than %3 MB; this is not a template Rewind wrote.")
                           .arg(name, info.name)
                           .arg(kMaxJsonBytes >> 20));
        if (!zip.setCurrentFile(info.name))
            return bad(tr("%1 is damaged: %2 cannot be found.").arg(name, info.name));
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly))
            return bad(tr("%1 is damaged: %2 cannot be opened.").arg(name, info.name));
        // Count what is really inflated: a lying size header must not let a zip bomb through.
        QByteArray bytes;
        char buf[65536];
        qint64 n;
        while ((n = entry.read(buf, sizeof buf)) > 0) {
            bytes.append(buf, n);
            if (bytes.size() > kMaxJsonBytes)
                return bad(tr("%1: %2 inflates beyond %3 MB; this is not a template Rewind wrote.")
                               .arg(name, info.name)
                               .arg(kMaxJsonBytes >> 20));
        }
        entry.close();
        if (n < 0 || entry.getZipError() != 0)
            return bad(tr("%1 is damaged or truncated: %2 cannot be read completely.").arg(name, info.name));
        entries.insert(info.name, bytes);
    }
    if (!entries.contains(kJsonEntry))
        return bad(tr("%1 is not a Rewind template: it has no template.json.").arg(name));
    if (!entries.contains(kSumEntry))
        return bad(tr("%1 is incomplete: its checksum (template.sha256) is missing.").arg(name));
    const QByteArray json = entries.value(kJsonEntry);
    if (QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex() != entries.value(kSumEntry).trimmed())
        return bad(
            tr("%1 is damaged: template.json does not match its checksum. Export the template again.").arg(name));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (doc.isNull() || !doc.isObject())
        return bad(
            tr("%1: template.json is not valid JSON (%2 at byte %3).").arg(name, err.errorString()).arg(err.offset));
    auto parsed = fromJson(doc.object());
    if (!parsed)
        return makeError(parsed.error().code, tr("%1: %2").arg(name, parsed.error().message));
    return parsed;
}

} // namespace Rewind
