#include "EnvironmentBar.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kProductionId = 0; // button ids: 0 = production, 1..7 = Weekday values

QKeySequence shortcutFor(int id)
{
    return QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + id));
}

QString shortcutText(int id)
{
    return shortcutFor(id).toString(QKeySequence::NativeText);
}

// QAbstractButton::setText() replaces the shortcut with the text's mnemonic, so set both together.
void setLabel(QToolButton *button, int id, const QString &text)
{
    button->setText(text);
    button->setShortcut(shortcutFor(id));
}
} // namespace

EnvironmentBar::EnvironmentBar(DataDir dir, QWidget *parent) : QWidget(parent), m_dir(std::move(dir))
{
    setObjectName(u"environmentBar"_s);
    // Checked and damaged states must be obvious at a glance, in every style.
    setStyleSheet(u"QToolButton { padding: 5px 12px; border: 1px solid palette(mid); border-radius: 4px;"
                  "  background: palette(button); }"
                  "QToolButton:hover { border-color: palette(highlight); }"
                  "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                  "  border-color: palette(highlight); font-weight: bold; }"
                  "QToolButton:disabled { color: palette(mid); background: palette(window); }"
                  "QToolButton[damaged=\"true\"] { color: #b3261e; border: 1px dashed #b3261e; }"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);

    auto makeButton = [this, layout](int id, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
        m_group->addButton(button, id);
        layout->addWidget(button);
        return button;
    };
    m_production = makeButton(kProductionId, u"env_production"_s);
    m_production->setChecked(true);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(6);
    layout->addWidget(separator);
    layout->addSpacing(6);
    m_generationsLabel = new QLabel(this);
    m_generationsLabel->setObjectName(u"generationsLabel"_s);
    layout->addWidget(m_generationsLabel);

    for (Weekday day : kAllWeekdays) {
        m_weekdays.append(makeButton(int(day), u"env_"_s + weekdayKey(day)));
        GenerationInfo empty;
        empty.slot = day;
        m_slots.append(empty);
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, &EnvironmentBar::onButtonClicked);

    m_watcher = new QFileSystemWatcher(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250); // a run touches the folder several times; read once it settles
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &EnvironmentBar::refresh);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &EnvironmentBar::refresh);
    m_poll->start();

    retranslateUi();
    refresh();
}

EnvironmentBar::~EnvironmentBar() = default;

const GenerationInfo &EnvironmentBar::generation(Weekday day) const
{
    return m_slots[int(day) - 1];
}

QToolButton *EnvironmentBar::button(const EnvironmentId &env) const
{
    return env.isProduction() ? m_production : m_weekdays[int(env.slot()) - 1];
}

bool EnvironmentBar::isAvailable(const EnvironmentId &env) const
{
    return env.isProduction() || (m_generationsAllowed && generation(env.slot()).state == SlotState::Ready);
}

void EnvironmentBar::setCurrent(const EnvironmentId &env)
{
    m_current = env;
    button(env)->setChecked(true);
}

void EnvironmentBar::onButtonClicked(int id)
{
    const EnvironmentId env =
        id == kProductionId ? EnvironmentId::production() : EnvironmentId::generation(Weekday(id));
    if (env == m_current)
        return;
    m_current = env;
    emit environmentRequested(env);
}

void EnvironmentBar::watchFolders()
{
    QStringList wanted;
    for (const QString &path : {m_dir.root(), m_dir.generationsDir()}) {
        if (QDir(path).exists())
            wanted.append(path);
    }
    const QStringList watched = m_watcher->directories();
    for (const QString &path : wanted) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

void EnvironmentBar::refresh()
{
    watchFolders(); // the generations folder may have appeared since the last look
    m_slots = GenerationStore(m_dir).list();
    for (Weekday day : kAllWeekdays)
        updateButton(day);
    emit refreshed();
    checkContents();
}

void EnvironmentBar::checkContents()
{
    // What the manifests cannot show (a damaged record page) is checked off the GUI thread; the answer is
    // kept per file, so only a new or changed generation costs a read.
    const quint64 round = ++m_checkRound;
    QList<Weekday> ready;
    for (Weekday day : kAllWeekdays) {
        if (generation(day).state == SlotState::Ready)
            ready.append(day);
    }
    using Found = QList<std::pair<Weekday, QString>>;
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, round] {
        watcher->deleteLater();
        if (round != m_checkRound)
            return; // a newer refresh started its own check
        bool changed = false;
        for (const auto &[day, problem] : watcher->result()) {
            GenerationInfo &info = m_slots[int(day) - 1];
            if (info.state != SlotState::Ready)
                continue;
            info.state = SlotState::Damaged;
            info.problem = problem;
            updateButton(day);
            changed = true;
        }
        if (changed)
            emit refreshed();
        emit contentsChecked();
    });
    watcher->setFuture(QtConcurrent::run([dir = m_dir, ready] {
        Found damaged;
        const GenerationStore store(dir);
        for (Weekday day : ready) {
            if (auto st = store.checkBeforeOpening(day); !st)
                damaged.append({day, st.error().message});
        }
        return damaged;
    }));
}

void EnvironmentBar::setGenerationsAllowed(bool allowed, const QString &why)
{
    m_generationsAllowed = allowed;
    m_generationsRefusal = why;
    if (m_slots.size() == 7) {
        for (int d = 1; d <= 7; ++d)
            updateButton(Weekday(d));
    }
}

void EnvironmentBar::updateButton(Weekday day)
{
    QToolButton *button = m_weekdays[int(day) - 1];
    const GenerationInfo &info = generation(day);
    const QString shortName = weekdayShortName(day);
    const QString longName = weekdayName(day);
    const QString shortcut = tr("Shortcut: %1").arg(shortcutText(int(day)));
    const bool damaged = info.state == SlotState::Damaged;
    QString text;
    QString tip;
    switch (info.state) {
    case SlotState::Ready: {
        const QDateTime taken = info.manifest->takenAt.toLocalTime();
        const QLocale locale;
        text = u"%1 %2"_s.arg(shortName, locale.toString(taken, u"M/d HH:mm"_s));
        tip = tr("%1 generation\nTaken: %2\nRecords: %3\nSize: %4\n%5")
                  .arg(longName, locale.toString(taken, QLocale::LongFormat),
                       locale.toString(info.manifest->totalRecords()), locale.formattedDataSize(info.sizeBytes),
                       shortcut);
        break;
    }
    case SlotState::Empty:
        text = tr("%1 (empty)").arg(shortName);
        tip = tr("%1: no generation has been taken on a %1 yet, so there is nothing to open.").arg(longName);
        break;
    case SlotState::Writing:
        text = tr("%1 (writing…)").arg(shortName);
        tip = tr("%1: a backup run is writing this slot right now. It can be opened again when the run "
                 "finishes.")
                  .arg(longName);
        break;
    case SlotState::Damaged:
        text = tr("%1 (damaged)").arg(shortName);
        tip = tr("%1: this generation is damaged and cannot be opened.\n%2").arg(longName, info.problem);
        break;
    }
    if (!m_generationsAllowed && info.state == SlotState::Ready)
        tip = m_generationsRefusal;
    setLabel(button, int(day), text);
    button->setToolTip(tip);
    button->setEnabled(info.state == SlotState::Ready && m_generationsAllowed);
    if (button->property("damaged").toBool() != damaged) {
        button->setProperty("damaged", damaged);
        // Re-evaluate the style sheet's [damaged="true"] selector.
        button->style()->unpolish(button);
        button->style()->polish(button);
    }
}

void EnvironmentBar::retranslateUi()
{
    setLabel(m_production, kProductionId, EnvironmentId::production().displayName());
    m_production->setToolTip(tr("Production: the live workspace. It is browsed read-only in this version.\n"
                                "Shortcut: %1")
                                 .arg(shortcutText(kProductionId)));
    m_generationsLabel->setText(tr("Generations:"));
    for (Weekday day : kAllWeekdays)
        updateButton(day);
}

void EnvironmentBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Rewind
