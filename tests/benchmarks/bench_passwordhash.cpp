// Password hashing, side by side: Rewind's Argon2id (m=19 MiB, t=2, p=1, libargon2) against Qt's own
// QPasswordDigestor PBKDF2-HMAC-SHA256 at OWASP's recommended 600,000 iterations, in one run.
// Prints the median of 9 verifications of each and their ratio.

#include "access/PasswordHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPasswordDigestor>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Rewind;

namespace
{
template <typename F> double medianMs(F &&f, int runs = 9)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray password("correct horse battery staple");
    const auto encoded = PasswordHash::hash(password);
    if (!encoded) {
        std::fprintf(stderr, "hash failed: %s\n", qPrintable(encoded.error().message));
        return 1;
    }
    bool ok = true;
    const double argon = medianMs([&] { ok = ok && PasswordHash::verify(encoded.value(), password); });
    const QByteArray salt = QCryptographicHash::hash("salt", QCryptographicHash::Sha256).left(16);
    QByteArray key;
    const double pbkdf2 = medianMs(
        [&] { key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, 600000, 32); });
    if (!ok || key.size() != 32) {
        std::fprintf(stderr, "a verification failed\n");
        return 1;
    }
    std::printf("Argon2id verify (m=19 MiB, t=2, p=1): %.1f ms   PBKDF2-SHA256 600,000 (QPasswordDigestor): %.1f ms"
                "   ratio %.2fx\n",
                argon, pbkdf2, argon / pbkdf2);
    std::printf("stored as %s…\n", qPrintable(encoded.value().left(31)));
    return 0;
}
