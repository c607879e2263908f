#include "JobProgress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

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
    const QByteArray key = QDir(dir.root()).absolutePath().toUtf8() + '\0' + qgetenv("USER");
    return u"rewind-jobs-"_s +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

bool JobProgressServer::start()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverName(m_dir);
    if (!m_server->listen(name)) {
        // Only the holder of the jobs lock publishes, so a socket left behind is a killed run's.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name))
            return false;
    }
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
