#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Rewind
{

/// Password hashing with Argon2id (Debian's libargon2), in the standard encoded form
/// `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (salt and hash in unpadded Base64), so any Argon2
/// implementation can check a stored hash. Parameters are OWASP's minimum for Argon2id: 19 MiB of memory,
/// 2 passes, 1 lane, a 16-byte random salt and a 32-byte hash; one verification takes tens of
/// milliseconds and allocates 19 MiB. Thread-safe; nothing here logs or keeps a password.
///
/// Passwords are bytes (UTF-8): callers convert once, hand the bytes in and wipe() their copy afterwards.
namespace PasswordHash
{

inline constexpr quint32 kMemoryKiB = 19456; ///< m: 19 MiB
inline constexpr quint32 kIterations = 2;    ///< t
inline constexpr quint32 kParallelism = 1;   ///< p
inline constexpr int kSaltBytes = 16;
inline constexpr int kHashBytes = 32;
inline constexpr int kVersion = 0x13; ///< Argon2 version 1.3, written as v=19

/// Upper bounds an encoding may ask for. A stored hash is data: one with m = 4 GiB would make every
/// verification allocate that much, so such an encoding is refused before libargon2 sees it.
inline constexpr quint32 kMaxMemoryKiB = 262144; ///< 256 MiB
inline constexpr quint32 kMaxIterations = 16;
inline constexpr quint32 kMaxParallelism = 8;

/// The parts of an encoded hash.
struct Encoded
{
    QString algorithm; ///< "argon2id"
    int version = 0;   ///< 19
    quint32 memoryKiB = 0, iterations = 0, parallelism = 0;
    QByteArray salt, hash; ///< decoded bytes
};

/// A new encoded hash of `password` with the parameters above and a fresh salt from
/// QRandomGenerator::system(). Fails only when libargon2 does (out of memory).
Result<QString> hash(const QByteArray &password);

/// Whether `password` matches `encoded`. libargon2 recomputes the hash with the encoding's salt and
/// parameters and compares in constant time. False for a wrong password, for anything that is not an
/// Argon2id encoding, and for an encoding whose parameters are weaker than the minimum above (or
/// beyond the maximum) — a hash tampered down to m=1024 is refused even when it matches.
bool verify(const QString &encoded, const QByteArray &password);

/// Spends the time of one verify() without any stored hash (against a fixed hash of an unknown
/// password). Login calls it for an unknown user ID or a locked account, so those answers take as long
/// as a wrong password and timing does not tell which user IDs exist.
void burn(const QByteArray &password);

/// The parts of `encoded`; nullopt when it is not a well-formed `$argon2id$v=19$m=…,t=…,p=…$salt$hash`.
std::optional<Encoded> parse(const QString &encoded);
/// Whether the parameters are at least the minimum above (and within the maximum), with a salt of at
/// least kSaltBytes and a hash of at least kHashBytes.
bool meetsPolicy(const Encoded &encoded);

/// Overwrites a buffer that held a password (explicit_bzero, which the compiler may not drop) and
/// empties it. Only for buffers the caller owns: wiping detaches a shared copy first.
void wipe(QByteArray &secret);
void wipe(QString &secret);

} // namespace PasswordHash
} // namespace Rewind
