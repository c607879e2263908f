#include "UsersModel.h"

#include <QFont>

namespace Rewind
{

using namespace Qt::StringLiterals;

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(const QList<UserInfo> &users, const QDateTime &now, qint64 selfId)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    m_selfId = selfId;
    endResetModel();
}

const UserInfo *UsersModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UsersModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

void UsersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_users.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_users.size()) - 1, ColumnCount - 1));
}

QString UsersModel::generationsText(const UserInfo &user)
{
    switch (user.role) {
    case Role::Admin:
        return tr("always");
    case Role::Support:
        return user.canOpenGenerations ? tr("granted") : tr("not granted");
    case Role::Manager:
        break;
    }
    return u"—"_s;
}

QString UsersModel::statusText(const UserInfo &user, const QDateTime &now)
{
    if (user.adminLocked)
        return tr("Locked by an administrator");
    if (user.delayedAt(now)) {
        const QDateTime until = user.lockedUntil.toLocalTime();
        // Seconds, because the first delay is only 30 s long; and a delay may cross midnight.
        const QString format = until.date() == now.toLocalTime().date() ? u"HH:mm:ss"_s : u"yyyy-MM-dd HH:mm:ss"_s;
        return tr("Login delayed until %1").arg(until.toString(format));
    }
    return tr("Active");
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LoginColumn:
            return user.login;
        case DisplayNameColumn:
            return user.displayName;
        case RoleColumn:
            return roleName(user.role);
        case PrimaryContactColumn:
            return user.primaryContact ? u"✓"_s : QString();
        case GenerationsColumn:
            return generationsText(user);
        case FailedLoginsColumn:
            return user.failedAttempts;
        case StatusColumn:
            return statusText(user, m_now);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LoginColumn && user.id == m_selfId)
            return tr("You are logged in as this user.");
        if (index.column() == PrimaryContactColumn && user.primaryContact)
            return tr("The primary contact");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PrimaryContactColumn)
            return int(Qt::AlignCenter);
        if (index.column() == FailedLoginsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (user.id == m_selfId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::UserRole:
        return user.id;
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case LoginColumn:
            return tr("User ID");
        case DisplayNameColumn:
            return tr("Display name");
        case RoleColumn:
            return tr("Role");
        case PrimaryContactColumn:
            return tr("Primary contact");
        case GenerationsColumn:
            return tr("Opens generations");
        case FailedLoginsColumn:
            return tr("Failed logins");
        case StatusColumn:
            return tr("Status");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case PrimaryContactColumn:
            return tr("The administrator people are told to ask. There is always exactly one.");
        case GenerationsColumn:
            return tr("Whether the user may open the daily generations: system administrators always, support "
                      "staff when granted, managers never.");
        case FailedLoginsColumn:
            return tr("Failed logins since the last successful one. From the fifth on, each failure delays the "
                      "next login.");
        default:
            break;
        }
    }
    return {};
}

} // namespace Rewind
