#include "HistoryModel.h"

#include <QApplication>
#include <QJsonDocument>
#include <QStyle>

#include "HistoryColors.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void HistoryModel::setEvents(QList<HistoryEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int HistoryModel::rowOfEvent(qint64 id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

bool HistoryModel::isFailure(const QString &kind)
{
    return kind == QLatin1StringView(HistoryKind::GenerationFailed) ||
           kind == QLatin1StringView(HistoryKind::ArchiveFailed) || kind == QLatin1StringView(HistoryKind::RunMissed) ||
           kind == QLatin1StringView(HistoryKind::ChangeFailed) ||
           kind == QLatin1StringView(HistoryKind::ChangeInterrupted);
}

QString HistoryModel::timeText(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.at);
        case UserColumn:
            return e.user;
        case KindColumn:
            return HistoryStore::kindName(e.kind);
        case DescriptionColumn:
            return e.description;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return toolTip(e);
    case Qt::DecorationRole:
        if (index.column() == TimeColumn && isFailure(e.kind))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (isFailure(e.kind))
            return HistoryColors::failure(QApplication::palette());
        return {};
    case EventIdRole:
        return e.id;
    case KindRole:
        return e.kind;
    case FailureRole:
        return isFailure(e.kind);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn), {Qt::DisplayRole});
}

QString HistoryModel::toolTip(const HistoryEvent &e) const
{
    // Rich text, so the details keep their indentation; every piece of event text is escaped.
    QString html = u"<p><b>%1</b> · %2</p><p>%3</p>"_s.arg(HistoryStore::kindName(e.kind).toHtmlEscaped(),
                                                           timeText(e.at), e.description.toHtmlEscaped());
    if (e.details.isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(tr("No details recorded.").toHtmlEscaped());
    } else {
        const QString json = QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented)).trimmed();
        html += u"<pre>%1</pre>"_s.arg(json.toHtmlEscaped());
    }
    return html;
}

} // namespace Rewind
