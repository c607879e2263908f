#pragma once

#include "backup/Manifest.h"
#include "sql/Connection.h"
#include "util/DataDir.h"
#include "util/Environment.h"
#include "workspace/Catalog.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace Rewind
{

/// The environment the console is looking at: its read-only connection and its catalog.
///
/// Production is opened with Production::readOnly(), a generation with GenerationStore's immutable
/// spec, so nothing reached through a session can write. The connection belongs to the UI thread and
/// is only used for the (small) catalog; record pages are read by RecordTableModel on its own thread.
class EnvironmentSession final
{
    Q_DECLARE_TR_FUNCTIONS(Rewind::EnvironmentSession)

public:
    explicit EnvironmentSession(DataDir dir);
    ~EnvironmentSession();
    EnvironmentSession(const EnvironmentSession &) = delete;
    EnvironmentSession &operator=(const EnvironmentSession &) = delete;

    /// Closes what was open and opens `env`. On failure the session is closed and the error's
    /// message says what to do (e.g. how to create a production workspace). UI thread only.
    Status open(const EnvironmentId &env);
    void close();

    bool isOpen() const { return m_connection != nullptr; }
    const DataDir &dataDir() const { return m_dir; }
    const EnvironmentId &environment() const { return m_env; }
    const ConnectionSpec &spec() const { return m_spec; }
    const Catalog &catalog() const { return m_catalog; }
    /// The generation's manifest; empty for production.
    const std::optional<Manifest> &manifest() const { return m_manifest; }
    /// Records per DB as the manifest recorded them (generations only); -1 when not known.
    qint64 recordedCount(qint64 dbId) const;

private:
    DataDir m_dir;
    EnvironmentId m_env = EnvironmentId::production();
    ConnectionSpec m_spec;
    std::shared_ptr<ScopedConnection> m_connection;
    Catalog m_catalog;
    std::optional<Manifest> m_manifest;
};

} // namespace Rewind
