#pragma once

#include "history/HistoryStore.h"

#include <QWidget>

namespace Rewind
{

/// The History tab's chart: for each "generation-run" event a bar of the generation's size (MB, left
/// axis) and a point on the run-duration line (seconds, right axis), over time; each
/// "generation-failed" event a red cross on the time axis. Dates label the time axis, a legend names
/// the series, hovering names the run. Painted with QPainter in palette colours, so it reads in light
/// and dark themes; copes with no runs, one run and hundreds.
class HistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChart)

public:
    /// One plotted generation run.
    struct Run
    {
        qint64 eventId = 0;
        QDateTime at;
        QString slot; ///< weekday key
        double sizeMb = 0;
        double durationS = 0;
        qint64 records = -1; ///< -1 when the event does not say
    };
    /// One failed run, marked on the time axis.
    struct Failure
    {
        qint64 eventId = 0;
        QDateTime at;
        QString slot;
        QString reason;
    };

    explicit HistoryChart(QWidget *parent = nullptr);
    ~HistoryChart() override;

    /// Plots the generation runs and failures among `events` (other kinds are ignored).
    void setEvents(const QList<HistoryEvent> &events);

    int pointCount() const { return int(m_runs.size()); }
    int failureCount() const { return int(m_failures.size()); }
    const QList<Run> &runs() const { return m_runs; }
    const QList<Failure> &failures() const { return m_failures; }

    /// Where run `index` is drawn: the top centre of its bar, in widget coordinates.
    QPointF pointPosition(int index) const;
    /// Where failure `index`'s cross is drawn, in widget coordinates.
    QPointF failurePosition(int index) const;
    /// What hovering at `pos` shows (rich text), or an empty string over nothing.
    QString toolTipAt(const QPoint &pos) const;
    /// The rectangles of every text the chart draws (axis labels, legend, units), for layout checks.
    QList<QRect> labelRects() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    /// A run or failure was clicked.
    void eventClicked(qint64 eventId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Geometry;
    struct Hit
    {
        enum Kind
        {
            None,
            RunHit,
            FailureHit
        } kind = None;
        int index = -1;
        bool operator==(const Hit &) const = default;
    };

    Geometry geometry() const;
    Hit hitAt(const QPoint &pos) const;
    QString toolTipFor(const Hit &hit) const;
    void updateAccessibleText();

    QList<Run> m_runs;         // time order
    QList<Failure> m_failures; // time order
    Hit m_hover;
};

} // namespace Rewind
