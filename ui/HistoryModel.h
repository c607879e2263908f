#pragma once

#include "history/HistoryStore.h"

#include <QAbstractTableModel>

namespace Rewind
{

/// The rows of the History tab: events as HistoryStore returned them (time order), with time, user,
/// translated kind and description. The tooltip is the event's details, pretty-printed; failures
/// carry a warning icon and a red that reads on light and dark themes.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        KindColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1, ///< qint64
        KindRole,                       ///< the stable kind key
        FailureRole,                    ///< bool
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEvents(QList<HistoryEvent> events);
    const QList<HistoryEvent> &events() const { return m_events; }
    /// The row showing event `id`, or -1.
    int rowOfEvent(qint64 id) const;

    /// Whether events of `kind` report something that went wrong (a failed or missed run).
    static bool isFailure(const QString &kind);
    /// The time as the table and the CSV export show it.
    static QString timeText(const QDateTime &at);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Headers and kind names are translated on demand: call after the language changed.
    void retranslate();

private:
    QString toolTip(const HistoryEvent &event) const;

    QList<HistoryEvent> m_events;
};

} // namespace Rewind
