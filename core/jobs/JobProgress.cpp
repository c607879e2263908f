#include "JobProgress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Rewind
{

using namespace Qt::StringLiterals;

JobProgressServer::JobProgressServer(DataDir dir, QObject *parent) : QObject(parent), m_dir(std::move(dir))
{
}

JobProgressServer::~JobProgressServer()
{
    if (m_server)
        m_server->close();
}

QString JobProgressServer::serverName(const DataDir &dir)
{
    // A full path in the user's private runtime folder (XDG_RUNTIME_DIR, 0700): another user cannot take the
    // name first, and the console and the timer agree whatever $USER says or which symlink led to the folder.
    QString root = QFileInfo(dir.root()).canonicalFilePath();
    if (root.isEmpty())
        root = QDir(dir.root()).absolutePath();
    const QByteArray key = root.toUtf8() + '\0' + QByteArray::number(qulonglong(::getuid()));
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return runtime + u"/rewind-jobs-"_s +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool JobProgressServer::start()
{
    const QString name = serverName(m_dir);
    // A live publisher answers: leave its socket alone (listen() could otherwise replace it). Only a socket
    // nobody answers on — a killed run's — is removed and taken over. The folder is the user's own (0700),
    // so no socket options are needed, and none means listen() never renames over an existing socket.
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(200))
            return false;
    }
    QLocalServer::removeServer(name);
    m_server = new QLocalServer(this);
    if (!m_server->listen(name))
        return false;
    connect(m_server, &QLocalServer::newConnection, this, &JobProgressServer::onNewConnection);
    return true;
}

void JobProgressServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        m_clients.append(socket);
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
        if (!m_last.isEmpty())
            socket->write(m_last);
    }
}

void JobProgressServer::publish(const QJsonObject &message)
{
    m_last = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
    for (QLocalSocket *socket : std::as_const(m_clients)) {
        socket->write(m_last);
        socket->flush();
    }
}

JobProgressClient::JobProgressClient(DataDir dir, QObject *parent) : QObject(parent), m_dir(std::move(dir))
{
}

bool JobProgressClient::isConnected() const
{
    return m_socket && m_socket->state() == QLocalSocket::ConnectedState;
}

bool JobProgressClient::connectToRun()
{
    if (isConnected())
        return true;
    if (m_socket)
        m_socket->deleteLater();
    m_socket = new QLocalSocket(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &JobProgressClient::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &JobProgressClient::ended);
    m_buffer.clear();
    m_socket->connectToServer(JobProgressServer::serverName(m_dir));
    return m_socket->waitForConnected(500);
}

void JobProgressClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            Q_EMIT message(doc.object());
    }
}

} // namespace Rewind
