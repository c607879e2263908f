#pragma once

#include "util/DataDir.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace Rewind
{

/// Live progress of a run of due work, published by the process running it (rewindctl run-due from the
/// timer, or a console) on a local socket named after the data directory, so an open console shows a
/// run started elsewhere. Messages are one JSON object per line: {"job", "percent", "stage", "state"}
/// where state is "running" or "finished"; a client that connects mid-run gets the latest one at once.
class JobProgressServer final : public QObject
{
    Q_OBJECT
public:
    explicit JobProgressServer(DataDir dir, QObject *parent = nullptr);
    ~JobProgressServer() override;

    /// Starts listening (removing a stale socket a killed run left). False when it cannot.
    bool start();
    void publish(const QJsonObject &message);

    /// The socket name for a data directory (distinct per directory and user).
    static QString serverName(const DataDir &dir);

private:
    void onNewConnection();

    DataDir m_dir;
    QLocalServer *m_server = nullptr;
    QList<QLocalSocket *> m_clients;
    QByteArray m_last;
};

/// Follows a run published by JobProgressServer.
class JobProgressClient final : public QObject
{
    Q_OBJECT
public:
    explicit JobProgressClient(DataDir dir, QObject *parent = nullptr);

    /// Tries to connect; false when no run is publishing.
    bool connectToRun();
    bool isConnected() const;

Q_SIGNALS:
    void message(const QJsonObject &message);
    /// The publishing process finished or went away.
    void ended();

private:
    void onReadyRead();

    DataDir m_dir;
    QLocalSocket *m_socket = nullptr;
    QByteArray m_buffer;
};

} // namespace Rewind
