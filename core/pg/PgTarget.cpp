#include "PgTarget.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PgTarget", text);
}

// The query parameters an address may carry: connection tuning and TLS, nothing that names a password
// or replaces the parts above.
const QStringList kAllowedParams = {u"sslmode"_s,         u"sslrootcert"_s,          u"sslcert"_s,         u"sslkey"_s,
                                    u"connect_timeout"_s, u"target_session_attrs"_s, u"keepalives_idle"_s, u"host"_s,
                                    u"gssencmode"_s};

// libpq conninfo quoting: single quotes around the value, backslash before ' and \.
QByteArray quoted(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\");
    v.replace('\'', "\\'");
    return '\'' + v + '\'';
}
} // namespace

QString PgTarget::schemaDenied(const QString &user)
{
    return tr("PostgreSQL user \"%1\" may not use the schema \"rewind\" (permission denied). The database's owner "
              "can allow it: GRANT USAGE ON SCHEMA rewind TO %1; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES "
              "IN SCHEMA rewind TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA rewind TO %1;")
        .arg(user);
}

bool PgTarget::looksLike(const QString &text)
{
    return text.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           text.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

Result<PgTarget> PgTarget::parse(const QString &text)
{
    const auto invalid = [&text](const QString &why) {
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not a usable PostgreSQL address: %2 Write it as "
                                                        "postgresql://USER@HOST:PORT/DATABASE.")
                                                         .arg(QUrl(text).toDisplayString(QUrl::RemovePassword), why));
    };
    if (!looksLike(text))
        return invalid(tr("it does not start with postgresql://."));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(url.errorString() + u'.');
    if (!url.password().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The PostgreSQL address %1 contains a password. Passwords never go into an address, "
                            "where the command line and the settings would keep them: remove it and set "
                            "PGPASSWORD, or put it in ~/.pgpass.")
                             .arg(url.toDisplayString(QUrl::RemovePassword)));
    }
    PgTarget t;
    t.user = url.userName();
    t.host = url.host();
    t.port = url.port(0);
    t.dbname = url.path().mid(1);
    if (t.dbname.isEmpty() || t.dbname.contains(u'/'))
        return invalid(tr("it names no database."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == "password"_L1 || key == "passfile"_L1) {
            return makeError(ErrorCode::InvalidArgument,
                             tr("The PostgreSQL address %1 names a password or password file. Set PGPASSWORD or "
                                "PGPASSFILE, or use ~/.pgpass, instead.")
                                 .arg(url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery)));
        }
        if (!kAllowedParams.contains(key))
            return invalid(tr("the parameter \"%1\" is not supported here.").arg(key));
        t.params.append({key, value});
    }
    return t;
}

QString PgTarget::url() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setPath(u'/' + dbname);
    if (!params.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : params)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    QString s = url.toString(QUrl::FullyEncoded);
    if (host.isEmpty()) // QUrl drops the empty authority: postgresql:/db is not an address libpq reads
        s.replace("postgresql:/"_L1, "postgresql:///"_L1);
    return s;
}

QByteArray PgTarget::conninfo(const QString &applicationName, bool readOnly) const
{
    QByteArray s = "dbname=" + quoted(dbname);
    if (!user.isEmpty())
        s += " user=" + quoted(user);
    if (!host.isEmpty())
        s += " host=" + quoted(host);
    if (port > 0)
        s += " port=" + QByteArray::number(port);
    for (const auto &[key, value] : params)
        s += ' ' + key.toLatin1() + '=' + quoted(value);
    if (!s.contains("connect_timeout="))
        s += " connect_timeout=10";
    s += " application_name=" + quoted(applicationName.left(63));
    QString options =
        u"-c search_path=%1 -c client_encoding=UTF8 -c client_min_messages=warning"_s.arg(QLatin1StringView(kSchema));
    if (readOnly)
        options += " -c default_transaction_read_only=on"_L1;
    s += " options=" + quoted(options);
    return s;
}

} // namespace Rewind
