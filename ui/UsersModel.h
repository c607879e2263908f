#pragma once

#include "access/Users.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Rewind
{

/// The Users tab's table: one row per user as UserStore::list() reads them, with the effective right to
/// open generations and the login status worked out for display. Only shows; holds no passwords or hashes.
/// Qt::UserRole on any cell is the user's id. The row of `selfId` (who is logged in) is bold.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column
    {
        LoginColumn,
        DisplayNameColumn,
        RoleColumn,
        PrimaryContactColumn,
        GenerationsColumn,
        FailedLoginsColumn,
        StatusColumn,
        ColumnCount
    };

    explicit UsersModel(QObject *parent = nullptr);

    /// Replaces the rows. `now` decides whether a login delay is still running; `selfId` is the logged-in user.
    void setUsers(const QList<UserInfo> &users, const QDateTime &now, qint64 selfId);
    /// The user of `row`, or nullptr.
    const UserInfo *userAt(int row) const;
    /// The row of user `id`, or -1.
    int rowOf(qint64 id) const;
    const QDateTime &now() const { return m_now; }
    /// Re-reads the translated texts (after a language change).
    void retranslate();

    /// "always" / "granted" / "not granted" / "—", as the generations column shows it.
    static QString generationsText(const UserInfo &user);
    /// "Locked by an administrator" / "Login delayed until HH:mm:ss" / "Active" at `now`.
    static QString statusText(const UserInfo &user, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserInfo> m_users;
    QDateTime m_now;
    qint64 m_selfId = 0;
};

} // namespace Rewind
