#include "HistoryChart.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

#include "HistoryColors.h"
#include "util/Environment.h"

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kPad = 8;             // around the whole chart
constexpr int kTickGap = 6;         // between an axis and its labels
constexpr int kLabelGap = 16;       // at least this much between two time labels
constexpr int kLegendGap = 18;      // between legend entries
constexpr int kSwatch = 14;         // legend symbol size
constexpr double kMaxBarWidth = 36; // pixels; one run must not become a slab
constexpr double kCrossHalf = 5;    // half the size of a failure cross
constexpr int kMarkerLimit = 60;    // draw a dot on the duration line for each run up to this many runs
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

/// A "nice" axis from 0 to at least `max`: the step and the decimals its labels need.
struct Axis
{
    double step = 0.25;
    int intervals = 4;
    int decimals = 2;
    double top() const { return step * intervals; }
};

Axis niceAxis(double max)
{
    if (!(max > 0))
        max = 1;
    const double raw = max / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    double factor = 10;
    for (double f : {1.0, 2.0, 2.5, 5.0}) {
        if (norm <= f + 1e-9) {
            factor = f;
            break;
        }
    }
    Axis a;
    a.step = factor * magnitude;
    a.intervals = std::max(1, int(std::ceil(max / a.step - 1e-9)));
    a.decimals = std::max(0, int(-std::floor(std::log10(a.step) + 1e-9)) + (factor == 2.5 ? 1 : 0));
    return a;
}

enum class StepUnit
{
    Hour,
    Day,
    Month,
    Year
};

struct TimeStep
{
    StepUnit unit;
    int n;
    qint64 approxMs;
    const char *format;
};

const TimeStep kTimeSteps[] = {
    {StepUnit::Hour, 1, kHourMs, "MM-dd HH:mm"},     {StepUnit::Hour, 3, 3 * kHourMs, "MM-dd HH:mm"},
    {StepUnit::Hour, 6, 6 * kHourMs, "MM-dd HH:mm"}, {StepUnit::Hour, 12, 12 * kHourMs, "MM-dd HH:mm"},
    {StepUnit::Day, 1, kDayMs, "yyyy-MM-dd"},        {StepUnit::Day, 2, 2 * kDayMs, "yyyy-MM-dd"},
    {StepUnit::Day, 7, 7 * kDayMs, "yyyy-MM-dd"},    {StepUnit::Day, 14, 14 * kDayMs, "yyyy-MM-dd"},
    {StepUnit::Month, 1, 30 * kDayMs, "yyyy-MM"},    {StepUnit::Month, 2, 61 * kDayMs, "yyyy-MM"},
    {StepUnit::Month, 3, 91 * kDayMs, "yyyy-MM"},    {StepUnit::Month, 6, 182 * kDayMs, "yyyy-MM"},
    {StepUnit::Year, 1, 365 * kDayMs, "yyyy"},       {StepUnit::Year, 2, 730 * kDayMs, "yyyy"},
    {StepUnit::Year, 5, 1826 * kDayMs, "yyyy"},      {StepUnit::Year, 10, 3652 * kDayMs, "yyyy"},
};

/// Tick times from the first step boundary at or after `from` up to `to`, at local calendar boundaries.
QList<QDateTime> timeTicks(const TimeStep &step, const QDateTime &from, const QDateTime &to)
{
    QList<QDateTime> out;
    const QDate d0 = from.date();
    QDateTime t;
    switch (step.unit) {
    case StepUnit::Hour:
        t = QDateTime(d0, QTime(from.time().hour() / step.n * step.n, 0));
        break;
    case StepUnit::Day: {
        QDate d = d0;
        while (d.toJulianDay() % step.n != 0) // a 7-day step falls on Mondays
            d = d.addDays(-1);
        t = d.startOfDay();
        break;
    }
    case StepUnit::Month:
        t = QDate(d0.year(), (d0.month() - 1) / step.n * step.n + 1, 1).startOfDay();
        break;
    case StepUnit::Year:
        t = QDate(d0.year() / step.n * step.n, 1, 1).startOfDay();
        break;
    }
    for (int guard = 0; t.isValid() && t <= to && guard < 1000; ++guard) {
        if (t >= from)
            out.append(t);
        switch (step.unit) {
        case StepUnit::Hour:
            t = t.addSecs(qint64(step.n) * 3600);
            break;
        case StepUnit::Day:
            t = t.date().addDays(step.n).startOfDay();
            break;
        case StepUnit::Month:
            t = t.date().addMonths(step.n).startOfDay();
            break;
        case StepUnit::Year:
            t = t.date().addYears(step.n).startOfDay();
            break;
        }
    }
    return out;
}

QString slotTitle(const QString &slot)
{
    if (const auto day = weekdayFromKey(slot))
        return QCoreApplication::translate("Rewind::HistoryChart", "%1's generation").arg(weekdayName(*day));
    return QCoreApplication::translate("Rewind::HistoryChart", "Generation run");
}

QString durationText(double seconds)
{
    return QLocale().toString(seconds, 'f', seconds < 1 ? 3 : seconds < 100 ? 1 : 0);
}

QString sizeText(double mb)
{
    return QLocale().toString(mb, 'f', mb < 10 ? 2 : 1);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

struct HistoryChart::Geometry
{
    enum class LabelRole
    {
        Time,
        Size,
        Duration,
        Unit,
        Legend,
        Message
    };
    struct Label
    {
        QRect rect;
        QString text;
        int flags = Qt::AlignCenter;
        LabelRole role = LabelRole::Time;
    };
    enum class Symbol
    {
        Bar,
        Line,
        Cross
    };

    bool empty = true;
    QRect plot;
    qint64 t0 = 0, t1 = 1; // ms since epoch at the plot's left and right edge
    Axis size, duration;
    double barWidth = kMaxBarWidth;
    QList<double> timeTickX;
    QList<Label> labels;
    QList<std::pair<QRect, Symbol>> swatches;

    double x(const QDateTime &at) const
    {
        return plot.left() + double(at.toMSecsSinceEpoch() - t0) * plot.width() / double(t1 - t0);
    }
    double ySize(double mb) const { return plot.bottom() - std::min(mb / size.top(), 1.0) * plot.height(); }
    double yDuration(double s) const { return plot.bottom() - std::min(s / duration.top(), 1.0) * plot.height(); }
};

HistoryChart::HistoryChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"historyChart"_s);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

HistoryChart::~HistoryChart() = default;

QSize HistoryChart::minimumSizeHint() const
{
    return {320, 180};
}

QSize HistoryChart::sizeHint() const
{
    return {720, 240};
}

void HistoryChart::setEvents(const QList<HistoryEvent> &events)
{
    m_runs.clear();
    m_failures.clear();
    m_hover = {};
    for (const HistoryEvent &e : events) {
        if (e.kind == QLatin1StringView(HistoryKind::GenerationRun)) {
            Run r;
            r.eventId = e.id;
            r.at = e.at;
            r.slot = e.details.value("slot"_L1).toString();
            r.sizeMb = std::max(0.0, e.details.value("sizeBytes"_L1).toDouble() / 1e6);
            r.durationS = std::max(0.0, e.details.value("durationMs"_L1).toDouble() / 1000.0);
            r.records = e.details.contains("records"_L1) ? e.details.value("records"_L1).toInteger() : -1;
            m_runs.append(r);
        } else if (e.kind == QLatin1StringView(HistoryKind::GenerationFailed)) {
            m_failures.append(
                Failure{e.id, e.at, e.details.value("slot"_L1).toString(), e.details.value("reason"_L1).toString()});
        }
    }
    // The history is in id order; a clock moved back must not fold the line over itself.
    std::stable_sort(m_runs.begin(), m_runs.end(), [](const Run &a, const Run &b) { return a.at < b.at; });
    std::stable_sort(m_failures.begin(), m_failures.end(),
                     [](const Failure &a, const Failure &b) { return a.at < b.at; });
    updateAccessibleText();
    update();
}

HistoryChart::Geometry HistoryChart::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    const int lineH = fm.height();
    const QRect area = rect();

    if (m_runs.isEmpty() && m_failures.isEmpty()) {
        const QString text = tr("No generation runs in this selection.");
        QRect r = fm.boundingRect(area.adjusted(kPad, kPad, -kPad, -kPad), Qt::AlignCenter | Qt::TextWordWrap, text);
        g.labels.append({r, text, Qt::AlignCenter | Qt::TextWordWrap, Geometry::LabelRole::Message});
        return g;
    }
    g.empty = false;

    // Value axes: both get the same number of intervals, so their labels share the grid lines.
    double maxSize = 0, maxDuration = 0;
    for (const Run &r : m_runs) {
        maxSize = std::max(maxSize, r.sizeMb);
        maxDuration = std::max(maxDuration, r.durationS);
    }
    g.size = niceAxis(maxSize);
    g.duration = niceAxis(maxDuration);
    const int intervals = std::max(g.size.intervals, g.duration.intervals);
    g.size.intervals = g.duration.intervals = intervals;

    const QLocale locale;
    const QString sizeUnit = tr("MB");
    const QString durationUnit = tr("s");
    QStringList sizeLabels, durationLabels;
    int leftW = fm.horizontalAdvance(sizeUnit), rightW = fm.horizontalAdvance(durationUnit);
    for (int i = 0; i <= intervals; ++i) {
        sizeLabels.append(locale.toString(g.size.step * i, 'f', g.size.decimals));
        durationLabels.append(locale.toString(g.duration.step * i, 'f', g.duration.decimals));
        leftW = std::max(leftW, fm.horizontalAdvance(sizeLabels.last()));
        rightW = std::max(rightW, fm.horizontalAdvance(durationLabels.last()));
    }
    const int plotLeft = area.left() + kPad + leftW + kTickGap;
    const int plotRight = area.right() - kPad - rightW - kTickGap;

    // Legend across the top, wrapped to the plot's width; the units sit above their axes.
    struct Entry
    {
        Geometry::Symbol symbol;
        QString text;
    };
    const Entry entries[] = {{Geometry::Symbol::Bar, tr("Generation size (MB, left)")},
                             {Geometry::Symbol::Line, tr("Run duration (s, right)")},
                             {Geometry::Symbol::Cross, tr("Failed run")}};
    int lx = plotLeft;
    int ly = area.top() + kPad;
    for (const Entry &entry : entries) {
        const int w = kSwatch + 4 + fm.horizontalAdvance(entry.text);
        // The first line stops at the plot's edge, where the duration unit sits; later ones may use the margin.
        const int limit = ly == area.top() + kPad ? plotRight : area.right() - kPad;
        if (lx > plotLeft && lx + w > limit) {
            lx = plotLeft;
            ly += lineH + 2;
        }
        const QRect swatch(lx, ly + (lineH - kSwatch) / 2, kSwatch, kSwatch);
        g.swatches.append({swatch, entry.symbol});
        const QRect text(lx + kSwatch + 4, ly, fm.horizontalAdvance(entry.text), lineH);
        g.labels.append({text, entry.text, Qt::AlignLeft | Qt::AlignVCenter, Geometry::LabelRole::Legend});
        lx += w + kLegendGap;
    }
    const int legendBottom = ly + lineH;
    const int unitY = area.top() + kPad;
    if (!m_runs.isEmpty()) {
        g.labels.append(
            {QRect(plotLeft - kTickGap - fm.horizontalAdvance(sizeUnit), unitY, fm.horizontalAdvance(sizeUnit), lineH),
             sizeUnit, Qt::AlignRight | Qt::AlignVCenter, Geometry::LabelRole::Unit});
        g.labels.append({QRect(plotRight + kTickGap, unitY, fm.horizontalAdvance(durationUnit), lineH), durationUnit,
                         Qt::AlignLeft | Qt::AlignVCenter, Geometry::LabelRole::Unit});
    }

    const int plotTop = legendBottom + 8 + lineH / 2;
    const int plotBottom = area.bottom() - kPad - lineH - 8;
    g.plot = QRect(QPoint(plotLeft, plotTop), QPoint(plotRight, std::max(plotTop + 20, plotBottom)));

    for (int i = 0; i <= intervals && !m_runs.isEmpty(); ++i) { // only failures: no values to scale
        const int y = int(std::lround(g.plot.bottom() - double(i) * g.plot.height() / intervals));
        g.labels.append({QRect(area.left() + kPad, y - lineH / 2, leftW, lineH), sizeLabels.at(i),
                         Qt::AlignRight | Qt::AlignVCenter, Geometry::LabelRole::Size});
        g.labels.append({QRect(plotRight + kTickGap, y - lineH / 2, rightW, lineH), durationLabels.at(i),
                         Qt::AlignLeft | Qt::AlignVCenter, Geometry::LabelRole::Duration});
    }

    // Time axis: everything plotted, with room for half a bar at either end.
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const Run &r : m_runs) {
        first = std::min(first, r.at.toMSecsSinceEpoch());
        last = std::max(last, r.at.toMSecsSinceEpoch());
    }
    for (const Failure &f : m_failures) {
        first = std::min(first, f.at.toMSecsSinceEpoch());
        last = std::max(last, f.at.toMSecsSinceEpoch());
    }
    const int points = int(m_runs.size() + m_failures.size());
    qint64 margin = 3 * kDayMs; // a single night: a week around it, labelled by date
    if (last - first >= kHourMs)
        margin = std::max<qint64>((last - first) / std::max(1, points - 1) / 2, (last - first) / 50);
    g.t0 = first - margin;
    g.t1 = last + margin;
    const double pxPerMs = double(g.plot.width()) / double(g.t1 - g.t0);

    // Bars as wide as the typical spacing allows (the median, so two runs on one day do not thin all bars).
    QList<double> gaps;
    for (int i = 1; i < m_runs.size(); ++i)
        gaps.append(double(m_runs.at(i).at.toMSecsSinceEpoch() - m_runs.at(i - 1).at.toMSecsSinceEpoch()) * pxPerMs);
    g.barWidth = gaps.isEmpty() ? kMaxBarWidth : std::clamp(median(gaps) * 0.6, 1.0, kMaxBarWidth);

    const TimeStep *step = &kTimeSteps[std::size(kTimeSteps) - 1];
    for (const TimeStep &candidate : kTimeSteps) {
        const int labelW = fm.horizontalAdvance(
            QDateTime(QDate(2026, 12, 28), QTime(23, 59)).toString(QString::fromLatin1(candidate.format)));
        if (double(candidate.approxMs) * pxPerMs >= labelW + kLabelGap) {
            step = &candidate;
            break;
        }
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(g.t0);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(g.t1);
    QRect previous;
    for (const QDateTime &t : timeTicks(*step, from, to)) {
        const double x = g.x(t);
        g.timeTickX.append(x);
        const QString text = t.toString(QString::fromLatin1(step->format));
        const int w = fm.horizontalAdvance(text);
        QRect r(int(std::lround(x - w / 2.0)), g.plot.bottom() + 8, w, lineH);
        if (r.left() < area.left())
            r.moveLeft(area.left());
        if (r.right() > area.right())
            r.moveRight(area.right());
        if (previous.isValid() && r.left() < previous.right() + kLabelGap / 2)
            continue; // clamped into a neighbour at an edge
        g.labels.append({r, text, Qt::AlignCenter, Geometry::LabelRole::Time});
        previous = r;
    }
    return g;
}

QPointF HistoryChart::pointPosition(int index) const
{
    if (index < 0 || index >= m_runs.size())
        return {};
    const Geometry g = geometry();
    const Run &r = m_runs.at(index);
    return {g.x(r.at), g.ySize(r.sizeMb)};
}

QPointF HistoryChart::failurePosition(int index) const
{
    if (index < 0 || index >= m_failures.size())
        return {};
    const Geometry g = geometry();
    return {g.x(m_failures.at(index).at), double(g.plot.bottom())};
}

QList<QRect> HistoryChart::labelRects() const
{
    QList<QRect> out;
    for (const Geometry::Label &l : geometry().labels)
        out.append(l.rect);
    return out;
}

HistoryChart::Hit HistoryChart::hitAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (g.empty || pos.y() < g.plot.top() - 4 || pos.y() > g.plot.bottom() + kCrossHalf + 4 ||
        pos.x() < g.plot.left() - 4 || pos.x() > g.plot.right() + 4)
        return {};
    Hit run, failure;
    double runDx = 1e9, failureDx = 1e9;
    const double runReach = std::max(g.barWidth / 2, 4.0) + 2;
    for (int i = 0; i < m_runs.size(); ++i) {
        const double dx = std::abs(g.x(m_runs.at(i).at) - pos.x());
        if (dx <= runReach && dx < runDx) {
            runDx = dx;
            run = {Hit::RunHit, i};
        }
    }
    for (int i = 0; i < m_failures.size(); ++i) {
        const double dx = std::abs(g.x(m_failures.at(i).at) - pos.x());
        if (dx <= kCrossHalf + 3 && dx < failureDx) {
            failureDx = dx;
            failure = {Hit::FailureHit, i};
        }
    }
    if (failure.kind == Hit::None)
        return run;
    if (run.kind == Hit::None || failureDx < runDx || pos.y() >= g.plot.bottom() - 2 * kCrossHalf)
        return failure;
    return run;
}

QString HistoryChart::toolTipFor(const Hit &hit) const
{
    const QLocale locale;
    if (hit.kind == Hit::RunHit) {
        const Run &r = m_runs.at(hit.index);
        QString text = u"<b>%1</b><br>%2<br>%3<br>%4"_s.arg(
            slotTitle(r.slot).toHtmlEscaped(), r.at.toString(u"yyyy-MM-dd HH:mm:ss"_s),
            tr("Size: %1 MB").arg(sizeText(r.sizeMb)).toHtmlEscaped(),
            tr("Duration: %1 s").arg(durationText(r.durationS)).toHtmlEscaped());
        if (r.records >= 0)
            text += u"<br>"_s + tr("Records: %1").arg(locale.toString(r.records)).toHtmlEscaped();
        return text;
    }
    if (hit.kind == Hit::FailureHit) {
        const Failure &f = m_failures.at(hit.index);
        QString text = u"<b>%1</b><br>%2"_s.arg(tr("Failed: %1").arg(slotTitle(f.slot)).toHtmlEscaped(),
                                                f.at.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        if (!f.reason.isEmpty())
            text += u"<br>"_s + f.reason.toHtmlEscaped();
        return text;
    }
    return {};
}

QString HistoryChart::toolTipAt(const QPoint &pos) const
{
    return toolTipFor(hitAt(pos));
}

void HistoryChart::updateAccessibleText()
{
    setAccessibleName(tr("Generation size and run duration"));
    double maxSize = 0, maxDuration = 0;
    for (const Run &r : m_runs) {
        maxSize = std::max(maxSize, r.sizeMb);
        maxDuration = std::max(maxDuration, r.durationS);
    }
    setAccessibleDescription(tr("%1 generation runs, %2 failed runs; largest generation %3 MB, longest run %4 s.")
                                 .arg(QLocale().toString(pointCount()), QLocale().toString(failureCount()),
                                      sizeText(maxSize), durationText(maxDuration)));
}

bool HistoryChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void HistoryChart::mouseMoveEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (!(hit == m_hover)) {
        m_hover = hit;
        setCursor(hit.kind == Hit::None ? Qt::ArrowCursor : Qt::PointingHandCursor);
        if (QToolTip::isVisible()) // follow the mouse from one run to the next
            QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(hit), this);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void HistoryChart::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && hit.kind != Hit::None)
        emit eventClicked(hit.kind == Hit::RunHit ? m_runs.at(hit.index).eventId : m_failures.at(hit.index).eventId);
    QWidget::mousePressEvent(event);
}

void HistoryChart::leaveEvent(QEvent *event)
{
    if (m_hover.kind != Hit::None) {
        m_hover = {};
        update();
    }
    QWidget::leaveEvent(event);
}

void HistoryChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        updateAccessibleText();
        update();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlpha(HistoryColors::isDark(pal) ? 45 : 35);
    QColor axis = text;
    axis.setAlpha(140);
    const QColor sizeColor = HistoryColors::size(pal);
    const QColor sizeEdge = pal.color(QPalette::Highlight);
    const QColor durationColor = HistoryColors::duration(pal);
    const QColor failureColor = HistoryColors::failure(pal);

    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const Geometry g = geometry();
    p.setPen(text);
    if (g.empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        for (const Geometry::Label &l : g.labels)
            p.drawText(l.rect, l.flags, l.text);
        return;
    }

    // Grid: a line for each value tick (shared by both axes) and a faint one for each date.
    p.setPen(QPen(grid, 1));
    for (int i = 1; i <= g.size.intervals; ++i) {
        const double y = std::round(g.plot.bottom() - double(i) * g.plot.height() / g.size.intervals) + 0.5;
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
    }
    for (double x : g.timeTickX)
        p.drawLine(QPointF(std::round(x) + 0.5, g.plot.top()), QPointF(std::round(x) + 0.5, g.plot.bottom()));

    p.setRenderHint(QPainter::Antialiasing, true);

    // Failures: a faint red line through the plot, so a failed night is seen at once.
    QColor failureLine = failureColor;
    failureLine.setAlpha(90);
    p.setPen(QPen(failureLine, 1, Qt::DashLine));
    for (const Failure &f : m_failures) {
        const double x = g.x(f.at);
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }

    // Size bars.
    for (int i = 0; i < m_runs.size(); ++i) {
        const Run &r = m_runs.at(i);
        const double x = g.x(r.at);
        const double top = std::min(g.ySize(r.sizeMb), g.plot.bottom() - (r.sizeMb > 0 ? 1.0 : 0.0));
        const QRectF bar(x - g.barWidth / 2, top, g.barWidth, g.plot.bottom() - top);
        const bool hovered = m_hover.kind == Hit::RunHit && m_hover.index == i;
        p.setPen(g.barWidth >= 4 ? QPen(sizeEdge, 1) : Qt::NoPen);
        p.setBrush(hovered ? sizeEdge : sizeColor);
        p.drawRect(bar);
    }
    p.setBrush(Qt::NoBrush);

    // Axes.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(axis, 1));
    p.drawLine(g.plot.bottomLeft(), g.plot.bottomRight());
    p.drawLine(g.plot.topLeft(), g.plot.bottomLeft());
    p.drawLine(g.plot.topRight(), g.plot.bottomRight());
    for (double x : g.timeTickX)
        p.drawLine(QPointF(std::round(x), g.plot.bottom()), QPointF(std::round(x), g.plot.bottom() + 4));
    p.setRenderHint(QPainter::Antialiasing, true);

    // Duration line with a dot per run (while the dots do not crowd each other).
    if (!m_runs.isEmpty()) {
        QPainterPath path;
        for (int i = 0; i < m_runs.size(); ++i) {
            const QPointF pt(g.x(m_runs.at(i).at), g.yDuration(m_runs.at(i).durationS));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(durationColor, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        p.setBrush(durationColor);
        p.setPen(QPen(pal.color(QPalette::Base), 1));
        for (int i = 0; i < m_runs.size(); ++i) {
            const bool hovered = m_hover.kind == Hit::RunHit && m_hover.index == i;
            if (!hovered && m_runs.size() > kMarkerLimit)
                continue;
            const QPointF pt(g.x(m_runs.at(i).at), g.yDuration(m_runs.at(i).durationS));
            const double radius = hovered ? 5 : 3.5;
            p.drawEllipse(pt, radius, radius);
        }
        p.setBrush(Qt::NoBrush);
    }

    // Failure crosses on the time axis.
    for (int i = 0; i < m_failures.size(); ++i) {
        const bool hovered = m_hover.kind == Hit::FailureHit && m_hover.index == i;
        const double half = hovered ? kCrossHalf + 2 : kCrossHalf;
        const QPointF c(g.x(m_failures.at(i).at), g.plot.bottom());
        p.setPen(QPen(failureColor, hovered ? 3 : 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(c + QPointF(-half, -half), c + QPointF(half, half));
        p.drawLine(c + QPointF(-half, half), c + QPointF(half, -half));
    }

    // Legend symbols.
    for (const auto &[r, symbol] : g.swatches) {
        const QRectF box = QRectF(r).adjusted(1, 1, -1, -1);
        switch (symbol) {
        case Geometry::Symbol::Bar:
            p.setPen(QPen(sizeEdge, 1));
            p.setBrush(sizeColor);
            p.drawRect(box.adjusted(2, 0, -2, 0));
            p.setBrush(Qt::NoBrush);
            break;
        case Geometry::Symbol::Line:
            p.setPen(QPen(durationColor, 2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
            p.setBrush(durationColor);
            p.setPen(QPen(pal.color(QPalette::Base), 1));
            p.drawEllipse(box.center(), 3.5, 3.5);
            p.setBrush(Qt::NoBrush);
            break;
        case Geometry::Symbol::Cross: {
            const QPointF c = box.center();
            p.setPen(QPen(failureColor, 2.5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c + QPointF(-kCrossHalf, -kCrossHalf), c + QPointF(kCrossHalf, kCrossHalf));
            p.drawLine(c + QPointF(-kCrossHalf, kCrossHalf), c + QPointF(kCrossHalf, -kCrossHalf));
            break;
        }
        }
    }

    // Text last, so nothing paints over it.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(text);
    for (const Geometry::Label &l : g.labels)
        p.drawText(l.rect, l.flags, l.text);
}

} // namespace Rewind
