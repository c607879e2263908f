#pragma once

#include "demo/DemoBuilder.h"
#include "util/DataDir.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>

namespace RewindTest
{

/// The fixed last day of the demo week in tests: a Friday, so the slots run Saturday 11-14 … Friday 11-20.
inline QDate demoToday()
{
    return QDate(2026, 11, 20);
}

/// Builds a demo workspace into `root`; fails the calling test on error.
inline bool buildDemo(const QString &root, qint64 records = 2000, quint64 seed = 7)
{
    Rewind::DemoBuilder builder(Rewind::DataDir(root), Rewind::DemoOptions{records, seed, demoToday()});
    auto summary = builder.build();
    if (!summary) {
        qWarning("demo failed: %s", qPrintable(summary.error().message));
        return false;
    }
    return true;
}

/// SHA-256 of a file's bytes, to prove a file was left byte-identical.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace RewindTest
