#include "Archive.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::Archive", text);
}

QJsonObject entryJson(const ArchiveEntry &e)
{
    return QJsonObject{{"file"_L1, e.file},       {"db"_L1, e.db},       {"dbId"_L1, e.dbId},
                       {"records"_L1, e.records}, {"bytes"_L1, e.bytes}, {"sha256"_L1, e.sha256}};
}

ArchiveEntry entryFrom(const QJsonObject &o)
{
    return ArchiveEntry{o.value("file"_L1).toString(),   o.value("db"_L1).toString(),
                        o.value("dbId"_L1).toInteger(),  o.value("records"_L1).toInteger(),
                        o.value("bytes"_L1).toInteger(), o.value("sha256"_L1).toString()};
}

QString isoOf(const QDateTime &t)
{
    return t.isValid() ? t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QString archiveKindKey(ArchiveKind kind)
{
    switch (kind) {
    case ArchiveKind::Full:
        return u"full"_s;
    case ArchiveKind::Custom:
        return u"custom"_s;
    case ArchiveKind::Incremental:
        return u"incremental"_s;
    }
    return {};
}

std::optional<ArchiveKind> archiveKindFromKey(const QString &key)
{
    for (ArchiveKind k : {ArchiveKind::Full, ArchiveKind::Custom, ArchiveKind::Incremental}) {
        if (archiveKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString archiveKindName(ArchiveKind kind)
{
    switch (kind) {
    case ArchiveKind::Full:
        return QCoreApplication::translate("Rewind::Archive", "Full");
    case ArchiveKind::Custom:
        return QCoreApplication::translate("Rewind::Archive", "Custom");
    case ArchiveKind::Incremental:
        return QCoreApplication::translate("Rewind::Archive", "Incremental");
    }
    return {};
}

QJsonObject ArchivePolicy::toJson() const
{
    return QJsonObject{{"fullCooldownDays"_L1, fullCooldownDays},
                       {"maxRecords"_L1, maxRecords},
                       {"expiryDays"_L1, expiryDays},
                       {"maxRangeDays"_L1, maxRangeDays}};
}

ArchivePolicy ArchivePolicy::fromJson(const QJsonObject &json)
{
    ArchivePolicy p;
    p.fullCooldownDays = json.value("fullCooldownDays"_L1).toInt(p.fullCooldownDays);
    p.maxRecords = json.value("maxRecords"_L1).toInteger(p.maxRecords);
    p.expiryDays = json.value("expiryDays"_L1).toInt(p.expiryDays);
    p.maxRangeDays = json.value("maxRangeDays"_L1).toInt(p.maxRangeDays);
    return p;
}

Status ArchivePolicy::validate() const
{
    if (fullCooldownDays < 0 || fullCooldownDays > 366)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Rewind::Archive",
                                                     "The days between full archives must be between 0 and 366."));
    if (maxRecords < 1)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Rewind::Archive", "The record limit per archive must be at least 1."));
    if (expiryDays < 1 || expiryDays > 366)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Rewind::Archive",
                                                     "Archives must expire between 1 and 366 days after creation."));
    if (maxRangeDays < 1 || maxRangeDays > 366)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Rewind::Archive",
                                                     "A custom archive's range limit must be between 1 and 366 days."));
    return {};
}

qint64 ArchiveManifest::totalRecords() const
{
    qint64 n = 0;
    for (const auto &e : entries)
        n += e.records;
    return n;
}

QJsonObject ArchiveManifest::toJson() const
{
    QJsonArray list;
    for (const auto &e : entries)
        list.append(entryJson(e));
    QJsonObject o{{"format"_L1, u"rewind-archive"_s},
                  {"formatVersion"_L1, kFormatVersion},
                  {"id"_L1, id},
                  {"kind"_L1, archiveKindKey(kind)},
                  {"origin"_L1, origin == ArchiveOrigin::Manual ? u"manual"_s : u"scheduled"_s},
                  {"createdAt"_L1, isoOf(createdAt)},
                  {"expiresAt"_L1, isoOf(expiresAt)},
                  {"createdBy"_L1, createdBy},
                  {"workspaceId"_L1, workspaceId},
                  {"workspaceName"_L1, workspaceName},
                  {"encoding"_L1, csvEncodingKey(encoding)},
                  {"records"_L1, totalRecords()},
                  {"entries"_L1, list}};
    if (kind == ArchiveKind::Custom) {
        o.insert("range"_L1,
                 QJsonObject{{"from"_L1, rangeFrom.toString(Qt::ISODate)}, {"to"_L1, rangeTo.toString(Qt::ISODate)}});
    }
    if (kind == ArchiveKind::Incremental)
        o.insert("since"_L1, isoOf(since));
    if (deleted) {
        QJsonObject d = entryJson(*deleted);
        d.insert("byDb"_L1, deletedByDb);
        o.insert("deleted"_L1, d);
    }
    return o;
}

Result<ArchiveManifest> ArchiveManifest::fromJson(const QJsonObject &json)
{
    if (json.value("format"_L1).toString() != "rewind-archive"_L1)
        return makeError(ErrorCode::Corrupt, tr("manifest.json is not a Rewind archive manifest."));
    const int version = json.value("formatVersion"_L1).toInt();
    if (version < 1 || version > kFormatVersion)
        return makeError(
            ErrorCode::Unsupported,
            tr("The archive has manifest format %1; this Rewind reads up to %2.").arg(version).arg(kFormatVersion));
    ArchiveManifest m;
    m.id = json.value("id"_L1).toString();
    const auto kind = archiveKindFromKey(json.value("kind"_L1).toString());
    m.createdAt = QDateTime::fromString(json.value("createdAt"_L1).toString(), Qt::ISODateWithMs);
    if (!kind || !m.createdAt.isValid())
        return makeError(ErrorCode::Corrupt, tr("The archive manifest's kind or creation time is missing."));
    m.kind = *kind;
    m.origin = json.value("origin"_L1).toString() == "scheduled"_L1 ? ArchiveOrigin::Scheduled : ArchiveOrigin::Manual;
    m.expiresAt = QDateTime::fromString(json.value("expiresAt"_L1).toString(), Qt::ISODateWithMs);
    m.createdBy = json.value("createdBy"_L1).toString();
    m.workspaceId = json.value("workspaceId"_L1).toString();
    m.workspaceName = json.value("workspaceName"_L1).toString();
    m.encoding = csvEncodingFromKey(json.value("encoding"_L1).toString()).value_or(CsvEncoding::Utf8Bom);
    const QJsonObject range = json.value("range"_L1).toObject();
    m.rangeFrom = QDate::fromString(range.value("from"_L1).toString(), Qt::ISODate);
    m.rangeTo = QDate::fromString(range.value("to"_L1).toString(), Qt::ISODate);
    m.since = QDateTime::fromString(json.value("since"_L1).toString(), Qt::ISODateWithMs);
    for (const auto &v : json.value("entries"_L1).toArray())
        m.entries.append(entryFrom(v.toObject()));
    if (json.contains("deleted"_L1)) {
        m.deleted = entryFrom(json.value("deleted"_L1).toObject());
        m.deletedByDb = json.value("deleted"_L1).toObject().value("byDb"_L1).toObject();
    }
    return m;
}

QString ArchiveManifest::rangeText() const
{
    switch (kind) {
    case ArchiveKind::Full:
        return tr("everything");
    case ArchiveKind::Custom:
        return tr("%1 – %2").arg(rangeFrom.toString(Qt::ISODate), rangeTo.toString(Qt::ISODate));
    case ArchiveKind::Incremental:
        return tr("changes since %1").arg(since.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    return {};
}

} // namespace Rewind
