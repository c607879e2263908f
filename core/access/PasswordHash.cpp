#include "PasswordHash.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <argon2.h>
#include <string.h> // explicit_bzero

namespace Rewind::PasswordHash
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::PasswordHash", text);
}

/// A hash of 32 random bytes nobody kept, with the current parameters: burn() verifies against it.
constexpr auto kDummy =
    "$argon2id$v=19$m=19456,t=2,p=1$9YGFl6VolRKBrc0iHIGiNA$a3Q9BxWkgg+Yc4/eJhN+syfKvtb9laGhxJJnD2VM3Vs";

/// Longer than any encoding with the parameters allowed here; anything longer is not one of ours.
constexpr qsizetype kMaxEncodedLength = 512;

std::optional<quint32> parseNumber(QStringView text, QStringView key)
{
    if (!text.startsWith(key) || text.size() <= key.size() || text.size() > key.size() + 10)
        return std::nullopt;
    const QStringView digits = text.mid(key.size());
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (digits.size() > 1 && digits.front() == u'0') // the standard form has no leading zeros
        return std::nullopt;
    bool ok = false;
    const qulonglong value = digits.toULongLong(&ok);
    if (!ok || value > 0xffffffffULL)
        return std::nullopt;
    return quint32(value);
}

/// Unpadded standard Base64, as the Argon2 encoding writes it.
std::optional<QByteArray> decodeBase64(QStringView text)
{
    if (text.isEmpty() || text.size() % 4 == 1)
        return std::nullopt;
    for (QChar c : text) {
        const bool ok =
            (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
        if (!ok)
            return std::nullopt;
    }
    QByteArray padded = text.toLatin1();
    while (padded.size() % 4 != 0)
        padded.append('=');
    auto decoded =
        QByteArray::fromBase64Encoding(padded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}
} // namespace

Result<QString> hash(const QByteArray &password)
{
    quint32 saltWords[kSaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(saltWords);
    const size_t length = argon2_encodedlen(kIterations, kMemoryKiB, kParallelism, kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc =
        argon2id_hash_encoded(kIterations, kMemoryKiB, kParallelism, password.constData(), size_t(password.size()),
                              saltWords, kSaltBytes, kHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK) {
        return makeError(ErrorCode::Io,
                         tr("The password could not be protected (%1). Close other programs and try again.")
                             .arg(QString::fromLatin1(argon2_error_message(rc))),
                         u"argon2id_hash_encoded: %1"_s.arg(rc));
    }
    encoded.truncate(qsizetype(qstrnlen(encoded.constData(), size_t(encoded.size()))));
    return QString::fromLatin1(encoded);
}

std::optional<Encoded> parse(const QString &encoded)
{
    if (encoded.size() > kMaxEncodedLength)
        return std::nullopt;
    const QList<QStringView> parts = QStringView(encoded).split(u'$');
    // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, hash
    if (parts.size() != 6 || !parts[0].isEmpty())
        return std::nullopt;
    Encoded out;
    out.algorithm = parts[1].toString();
    if (out.algorithm != "argon2id"_L1)
        return std::nullopt;
    const auto version = parseNumber(parts[2], u"v=");
    if (!version)
        return std::nullopt;
    out.version = int(*version);
    const QList<QStringView> params = parts[3].split(u',');
    if (params.size() != 3)
        return std::nullopt;
    const auto m = parseNumber(params[0], u"m="), t = parseNumber(params[1], u"t="), p = parseNumber(params[2], u"p=");
    if (!m || !t || !p)
        return std::nullopt;
    out.memoryKiB = *m;
    out.iterations = *t;
    out.parallelism = *p;
    auto salt = decodeBase64(parts[4]), digest = decodeBase64(parts[5]);
    if (!salt || !digest)
        return std::nullopt;
    out.salt = std::move(*salt);
    out.hash = std::move(*digest);
    return out;
}

bool meetsPolicy(const Encoded &e)
{
    return e.algorithm == "argon2id"_L1 && e.version == kVersion && e.memoryKiB >= kMemoryKiB &&
           e.memoryKiB <= kMaxMemoryKiB && e.iterations >= kIterations && e.iterations <= kMaxIterations &&
           e.parallelism >= kParallelism && e.parallelism <= kMaxParallelism && e.salt.size() >= kSaltBytes &&
           e.hash.size() >= kHashBytes;
}

bool verify(const QString &encoded, const QByteArray &password)
{
    const auto parts = parse(encoded);
    if (!parts || !meetsPolicy(*parts))
        return false;
    const QByteArray ascii = encoded.toLatin1(); // parse() admitted only ASCII
    return argon2id_verify(ascii.constData(), password.constData(), size_t(password.size())) == ARGON2_OK;
}

void burn(const QByteArray &password)
{
    (void)argon2id_verify(kDummy, password.constData(), size_t(password.size()));
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), size_t(secret.size()));
    secret.clear();
}

void wipe(QString &secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}

} // namespace Rewind::PasswordHash
