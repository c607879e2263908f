#include "Manifest.h"

#include "sql/SqliteFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Manifest", text);
}
} // namespace

qint64 Manifest::totalRecords() const
{
    qint64 total = 0;
    for (const auto &d : dbs)
        total += d.records;
    return total;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const auto &d : dbs) {
        list.append(QJsonObject{{"id"_L1, d.id},
                                {"name"_L1, d.name},
                                {"table"_L1, d.table},
                                {"records"_L1, d.records},
                                {"checksum"_L1, d.checksum}});
    }
    QJsonObject stages;
    for (const auto &[name, ms] : stagesMs)
        stages.insert(name, ms);
    return QJsonObject{
        {"format"_L1, u"rewind-generation"_s},
        {"stagesMs"_L1, stages},
        {"formatVersion"_L1, formatVersion},
        {"slot"_L1, weekdayKey(slot)},
        {"takenAt"_L1, takenAt.toOffsetFromUtc(takenAt.offsetFromUtc()).toString(Qt::ISODateWithMs)},
        {"workspaceId"_L1, workspaceId},
        {"workspaceName"_L1, workspaceName},
        {"sourceEngine"_L1, sourceEngine},
        {"sourcePath"_L1, sourcePath},
        {"appVersion"_L1, appVersion},
        {"durationMs"_L1, durationMs},
        {"sizeBytes"_L1, sizeBytes},
        {"catalogChecksum"_L1, catalogChecksum},
        {"dbs"_L1, list},
        {"historyEventId"_L1, historyEventId},
        {"historyHash"_L1, historyHash},
    };
}

Result<Manifest> Manifest::fromJson(const QJsonObject &json)
{
    if (json.value("format"_L1).toString() != "rewind-generation"_L1)
        return makeError(ErrorCode::Corrupt, tr("The manifest is not a Rewind generation manifest."));
    Manifest m;
    m.formatVersion = json.value("formatVersion"_L1).toInt();
    if (m.formatVersion < 1 || m.formatVersion > kFormatVersion) {
        return makeError(ErrorCode::Unsupported,
                         tr("The generation has manifest format %1; this Rewind reads up to %2.")
                             .arg(m.formatVersion)
                             .arg(kFormatVersion));
    }
    const auto slot = weekdayFromKey(json.value("slot"_L1).toString());
    m.takenAt = QDateTime::fromString(json.value("takenAt"_L1).toString(), Qt::ISODateWithMs);
    if (!slot || !m.takenAt.isValid())
        return makeError(ErrorCode::Corrupt, tr("The manifest's slot or time is missing or malformed."));
    m.slot = *slot;
    m.workspaceId = json.value("workspaceId"_L1).toString();
    m.workspaceName = json.value("workspaceName"_L1).toString();
    m.sourceEngine = json.value("sourceEngine"_L1).toString();
    m.sourcePath = json.value("sourcePath"_L1).toString();
    m.appVersion = json.value("appVersion"_L1).toString();
    m.durationMs = json.value("durationMs"_L1).toInteger();
    m.sizeBytes = json.value("sizeBytes"_L1).toInteger();
    m.catalogChecksum = json.value("catalogChecksum"_L1).toString();
    m.historyEventId = json.value("historyEventId"_L1).toInteger();
    m.historyHash = json.value("historyHash"_L1).toString();
    const QJsonObject stages = json.value("stagesMs"_L1).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it)
        m.stagesMs.append({it.key(), it.value().toInteger()});
    for (const auto &v : json.value("dbs"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        ManifestDb d;
        d.id = o.value("id"_L1).toInteger();
        d.name = o.value("name"_L1).toString();
        d.table = o.value("table"_L1).toString();
        d.records = o.value("records"_L1).toInteger();
        d.checksum = o.value("checksum"_L1).toString();
        if (!d.table.startsWith("rec_"_L1))
            return makeError(ErrorCode::Corrupt, tr("The manifest names an invalid table for DB \"%1\".").arg(d.name));
        m.dbs.append(d);
    }
    return m;
}

Result<Manifest> Manifest::read(SqliteFile &file)
{
    QString text;
    if (!file.queryText("SELECT value FROM rw_manifest WHERE key = 'manifest'", &text))
        return makeError(ErrorCode::Corrupt,
                         tr("The generation has no readable manifest (%1).").arg(file.errorString()));
    // Generations written since the manifest carries its own SHA-256 are checked against it: a changed time
    // or name is damage too, which no other checksum covers.
    QString expected;
    if (file.queryText("SELECT coalesce((SELECT value FROM rw_manifest WHERE key = 'manifest-sha256'), '')",
                       &expected) &&
        !expected.isEmpty() &&
        expected != QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex()))
        return makeError(ErrorCode::Corrupt, tr("The generation's manifest does not match its checksum: it was "
                                                "changed or damaged after the generation was written."));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (doc.isNull() || !doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("The generation's manifest is not valid JSON: %1.").arg(err.errorString()));
    return fromJson(doc.object());
}

Status Manifest::write(SqliteFile &file) const
{
    if (!file.exec("CREATE TABLE rw_manifest(key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
        return makeError(ErrorCode::Io, tr("Cannot write the manifest: %1").arg(file.errorString()));
    SqliteStatement st(file, "INSERT INTO rw_manifest(key, value) VALUES ('manifest', ?), ('manifest-sha256', ?)");
    const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    const QByteArray sum = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
    if (!st.isValid() ||
        sqlite3_bind_text(st.get(), 1, json.constData(), int(json.size()), SQLITE_TRANSIENT) != SQLITE_OK ||
        sqlite3_bind_text(st.get(), 2, sum.constData(), int(sum.size()), SQLITE_TRANSIENT) != SQLITE_OK ||
        sqlite3_step(st.get()) != SQLITE_DONE) {
        file.fail(u"manifest"_s);
        return makeError(ErrorCode::Io, tr("Cannot write the manifest: %1").arg(file.errorString()));
    }
    return {};
}

} // namespace Rewind
