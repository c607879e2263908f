// The History tab, driven like a user would on real demo data folders: filters set through their widgets,
// buttons clicked, file dialogs pre-answered; what the pane shows is compared with what HistoryStore reads
// through its own calls, the exported file with its bytes, and the chart with the events it plots.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

#include "ConsoleUser.h"
#include "FileDialogs.h"
#include "HistoryChart.h"
#include "HistoryColors.h"
#include "HistoryModel.h"
#include "HistoryPane.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "util/Environment.h"
#include "util/I18n.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 20000;
const QSize kScreenshotSize(1100, 700);
const auto kRun = QString::fromLatin1(HistoryKind::GenerationRun);
const auto kFailed = QString::fromLatin1(HistoryKind::GenerationFailed);
// What the demo's history holds: its three users created and the administrator's login (the builder
// logs in to create the others), then the seven nightly generation runs of the simulated week.
constexpr int kDemoUserEvents = 4;
constexpr int kDemoEvents = kDemoUserEvents + 7;

/// Data records in a CSV file's bytes: line breaks outside quotes, minus the header.
qint64 csvRecords(const QByteArray &bytes)
{
    qint64 lines = 0;
    bool quoted = false;
    for (char c : bytes) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        ++lines;
    return lines - 1;
}

/// The first cell of a UTF-8 (with BOM) CSV file.
QString firstCell(const QByteArray &bytes)
{
    QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    qsizetype end = 0;
    while (end < body.size() && body.at(end) != ',' && body.at(end) != '\r' && body.at(end) != '\n')
        ++end;
    return QString::fromUtf8(body.left(end));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

bool append(const QString &root, const QDateTime &when, const QString &user, const char *kind, const QString &text,
            const QJsonObject &details = {})
{
    auto e = HistoryStore(DataDir(root)).append(when, user, QString::fromLatin1(kind), text, details);
    if (!e)
        qWarning("append failed: %s", qPrintable(e.error().message));
    return e.ok();
}

/// Every pair of rectangles apart, and all inside `bounds`.
bool apartAndInside(const QList<QRect> &rects, const QRect &bounds, QString *why)
{
    for (int i = 0; i < rects.size(); ++i) {
        if (!bounds.contains(rects.at(i))) {
            *why = u"label %1 (%2,%3 %4×%5) leaves the widget"_s.arg(i)
                       .arg(rects.at(i).x())
                       .arg(rects.at(i).y())
                       .arg(rects.at(i).width())
                       .arg(rects.at(i).height());
            return false;
        }
        for (int j = i + 1; j < rects.size(); ++j) {
            if (rects.at(i).intersects(rects.at(j))) {
                *why = u"labels %1 and %2 overlap"_s.arg(i).arg(j);
                return false;
            }
        }
    }
    return true;
}

/// Saves a picture of `widget` when REWIND_SCREENSHOT_DIR is set (for looking at the chart by eye).
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("REWIND_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}
} // namespace

class TestHistoryPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEventsInTimeOrder();
    void filtersByKindUserAndDate();
    void keyboardReachesFiltersAndButtons();
    void exportWritesFilteredEvents();
    void verifyReportsIntactChain();
    void verifyFindsTamperedEventAndSelectsIt();
    void chartPlotsRunsAndMarksFailures();
    void chartHandlesNoneOneAndMany();
    void followsLanguageChange();
    void readsAfreshWhenFirstShown();
    void screenshots();

private:
    QString freshDemo(const QString &name);
    /// A demo whose history also holds events of two more people and a few failures.
    QString busyDemo(const QString &name, bool japanese = false);
    std::unique_ptr<HistoryPane> openPane(const QString &root);
    static QTableView *view(HistoryPane *pane) { return pane->findChild<QTableView *>(u"historyView"_s); }
    static QComboBox *combo(HistoryPane *pane, const QString &name) { return pane->findChild<QComboBox *>(name); }
    static QLabel *message(HistoryPane *pane) { return pane->findChild<QLabel *>(u"historyMessage"_s); }

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    // The demo's administrator (who reads the whole history), logged in once in a copy of the demo so
    // no workspace the tests read holds a login of theirs; user IDs are the same in every demo.
    Session m_admin;
    QList<FileDialogs::Request> m_fileRequests;
    QString m_fileAnswer;
};

void TestHistoryPane::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path()));
    const QString login = m_scratch.filePath(u"login"_s);
    QVERIFY(RewindTest::copyFolder(m_demo.path(), login));
    m_admin = RewindTest::adminSession(DataDir(login));
    QVERIFY(m_admin.isAdmin());
}

void TestHistoryPane::init()
{
    I18n::install(u"en"_s);
    ConsoleUser::set(m_admin); // the pane reads as the console's user
    m_fileRequests.clear();
    m_fileAnswer.clear();
    MessageBoxes::setHandler([](const MessageBoxes::Request &) { return QMessageBox::Ok; });
    FileDialogs::setHandler([this](const FileDialogs::Request &request) {
        m_fileRequests.append(request);
        return m_fileAnswer;
    });
}

void TestHistoryPane::cleanup()
{
    MessageBoxes::setHandler({});
    FileDialogs::setHandler({});
}

QString TestHistoryPane::freshDemo(const QString &name)
{
    const QString root = m_scratch.filePath(name);
    return RewindTest::buildDemo(root) ? root : QString();
}

QString TestHistoryPane::busyDemo(const QString &name, bool japanese)
{
    // Built in the language whose descriptions it should hold: history keeps the words of the moment.
    I18n::install(japanese ? u"ja"_s : u"en"_s);
    const QString root = freshDemo(name);
    if (root.isEmpty())
        return {};
    auto t = [japanese](const QString &en, const QString &ja) {
        return japanese ? ja : en;
    };
    const QString sato = t(u"sato"_s, u"佐藤"_s);
    const QString tanaka = t(u"tanaka"_s, u"田中"_s);
    bool ok = true;
    // After the demo's week (runs Saturday 11-14 … Friday 11-20 at 01:30), in the order things happen:
    // Sato makes and downloads an archive every day, the nightly runs go on with one failure and one
    // missed night, Tanaka sets the schedule and later stops it.
    for (int day = 20; day <= 26; ++day) {
        const QString slot = weekdayKey(weekdayOf(QDate(2026, 11, day)));
        if (day == 23) {
            ok &= append(root, at(day, 1, 31), u"root"_s, HistoryKind::GenerationFailed,
                         t(u"The generation run for Monday failed: the disk is full."_s,
                           u"月曜日の世代の作成に失敗しました: ディスクがいっぱいです。"_s),
                         {{"slot"_L1, slot},
                          {"reason"_L1, t(u"the disk is full"_s, u"ディスクがいっぱいです"_s)},
                          {"durationMs"_L1, 2100}});
        } else if (day == 24) {
            ok &= append(root, at(day, 2, 0), u"root"_s, HistoryKind::RunMissed,
                         t(u"The daily generation due 2026-11-24 01:30 did not run."_s,
                           u"2026-11-24 01:30 の日次世代が実行されませんでした。"_s),
                         {{"job"_L1, u"daily"_s}, {"due"_L1, u"2026-11-24T01:30:00"_s}});
            ok &=
                append(root, at(day, 8, 0), u"root"_s, HistoryKind::GenerationRun,
                       t(u"Tuesday's generation was written and verified."_s, u"火曜日の世代を作成し検証しました。"_s),
                       {{"slot"_L1, slot}, {"durationMs"_L1, 96}, {"sizeBytes"_L1, 470000}, {"records"_L1, 2046}});
        } else if (day > 20) {
            ok &= append(root, at(day, 1, 30), u"root"_s, HistoryKind::GenerationRun,
                         t(u"%1's generation was written and verified."_s, u"%1の世代を作成し検証しました。"_s)
                             .arg(weekdayName(weekdayOf(QDate(2026, 11, day)))),
                         {{"slot"_L1, slot},
                          {"durationMs"_L1, 45 + day % 4 * 6},
                          {"sizeBytes"_L1, 440000 + (day - 20) * 8000},
                          {"records"_L1, 2035 + (day - 20) * 5}});
        }
        ok &= append(root, at(day, 9, 5), sato, HistoryKind::ArchiveStarted,
                     t(u"%1 started a backup (full archive, all DBs)."_s,
                       u"%1 がバックアップを開始しました（完全アーカイブ、全DB）。"_s)
                         .arg(sato),
                     {{"id"_L1, u"a%1"_s.arg(day)}, {"kind"_L1, u"full"_s}});
        ok &=
            append(root, at(day, 9, 6), sato, HistoryKind::ArchiveReady,
                   t(u"The full archive a%1 is ready to download."_s, u"完全アーカイブ a%1 をダウンロードできます。"_s)
                       .arg(day),
                   {{"id"_L1, u"a%1"_s.arg(day)}, {"records"_L1, 2000}, {"bytes"_L1, 123456}});
        ok &= append(root, at(day, 9, 30), sato, HistoryKind::DownloadStarted,
                     t(u"%1 downloaded the archive a%2."_s, u"%1 がアーカイブ a%2 をダウンロードしました。"_s)
                         .arg(sato)
                         .arg(day),
                     {{"id"_L1, u"a%1"_s.arg(day)}, {"file"_L1, u"/home/sato/a%1.zip"_s.arg(day)}});
        if (day == 20)
            ok &=
                append(root, at(day, 17, 0), tanaka, HistoryKind::ScheduleSet,
                       t(u"%1 scheduled the daily generation at 01:30."_s, u"%1 が日次世代を 01:30 に設定しました。"_s)
                           .arg(tanaka),
                       {{"time"_L1, u"01:30"_s}});
        if (day == 26)
            ok &= append(root, at(day, 18, 0), tanaka, HistoryKind::ScheduleStopped,
                         t(u"%1 stopped the schedule."_s, u"%1 がスケジュールを停止しました。"_s).arg(tanaka), {});
    }
    I18n::install(u"en"_s);
    return ok ? root : QString();
}

std::unique_ptr<HistoryPane> TestHistoryPane::openPane(const QString &root)
{
    auto pane = std::make_unique<HistoryPane>(DataDir(root));
    pane->resize(kScreenshotSize);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

void TestHistoryPane::listsEventsInTimeOrder()
{
    const QString root = busyDemo(u"listing"_s);
    QVERIFY(!root.isEmpty());
    auto expected = HistoryStore(DataDir(root)).events();
    QVERIFY(expected);
    QVERIFY(expected->size() > 30);

    auto pane = openPane(root);
    QVERIFY(pane);
    HistoryModel *model = pane->model();
    QCOMPARE(view(pane.get())->model(), model);
    QCOMPARE(model->rowCount(), expected->size());
    for (int row = 0; row < expected->size(); ++row) {
        const HistoryEvent &e = expected->at(row);
        if (row > 0)
            QVERIFY(expected->at(row - 1).at <= e.at);
        QCOMPARE(model->data(model->index(row, 0), HistoryModel::EventIdRole).toLongLong(), e.id);
        QCOMPARE(model->index(row, HistoryModel::TimeColumn).data().toString(),
                 e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(model->index(row, HistoryModel::UserColumn).data().toString(), e.user);
        QCOMPARE(model->index(row, HistoryModel::KindColumn).data().toString(), HistoryStore::kindName(e.kind));
        QCOMPARE(model->index(row, HistoryModel::DescriptionColumn).data().toString(), e.description);
    }
    // Time order: oldest first (the demo makes its users before the week it simulates), and the seed's
    // descriptions are there as written.
    QCOMPARE(model->index(0, HistoryModel::DescriptionColumn).data().toString(), expected->constFirst().description);
    QCOMPARE(model->index(0, 0).data(HistoryModel::KindRole).toString(),
             QString::fromLatin1(UserHistoryKind::UserCreated));
    QCOMPARE(model->index(kDemoUserEvents, 0).data(HistoryModel::KindRole).toString(), kRun);
    QVERIFY(model->index(kDemoUserEvents, HistoryModel::DescriptionColumn)
                .data()
                .toString()
                .contains(u"Saturday's generation"_s));
    QCOMPARE(model->index(model->rowCount() - 1, HistoryModel::DescriptionColumn).data().toString(),
             u"tanaka stopped the schedule."_s);
    QCOMPARE(pane->findChild<QLabel *>(u"historyCountLabel"_s)->text(),
             u"%1 events"_s.arg(QLocale().toString(expected->size())));

    // The tooltip is the details, pretty-printed; failures are marked.
    const QJsonObject details = expected->constFirst().details;
    const QString tip = model->index(0, HistoryModel::DescriptionColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented)).trimmed().toHtmlEscaped()),
             qPrintable(tip));
    QVERIFY(tip.contains(u"<pre>"_s));
    int failures = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex time = model->index(row, HistoryModel::TimeColumn);
        const bool failure = time.data(HistoryModel::FailureRole).toBool();
        QCOMPARE(failure, expected->at(row).kind == kFailed ||
                              expected->at(row).kind == QLatin1StringView(HistoryKind::RunMissed));
        QCOMPARE(!time.data(Qt::DecorationRole).value<QIcon>().isNull(), failure);
        QCOMPARE(time.data(Qt::ForegroundRole).isValid(), failure);
        failures += failure ? 1 : 0;
    }
    QCOMPARE(failures, 2);

    // Scrolled to the newest event at the bottom.
    QScrollBar *bar = view(pane.get())->verticalScrollBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0, kUiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(bar->value(), bar->maximum(), kUiTimeoutMs);
}

void TestHistoryPane::filtersByKindUserAndDate()
{
    const QString root = busyDemo(u"filters"_s);
    QVERIFY(!root.isEmpty());
    {
        // The demo's simulated week: seven generation runs.
        auto demo = openPane(m_demo.path());
        QVERIFY(demo);
        QComboBox *kind = combo(demo.get(), u"historyKindCombo"_s);
        kind->setCurrentIndex(kind->findData(kRun));
        QCOMPARE(demo->model()->rowCount(), 7);
        QCOMPARE(demo->chart()->pointCount(), 7);
    }
    HistoryStore store{DataDir(root)};
    auto pane = openPane(root);
    QVERIFY(pane);
    HistoryModel *model = pane->model();
    const qint64 all = store.events()->size();
    QCOMPARE(all, kDemoEvents + 30);
    QCOMPARE(model->rowCount(), all);

    // Kind: "All" and every known kind by its translated name.
    QComboBox *kind = combo(pane.get(), u"historyKindCombo"_s);
    QCOMPARE(kind->count(), HistoryStore::knownKinds().size() + 1);
    QCOMPARE(kind->itemData(0).toString(), QString());
    const int runIndex = kind->findData(kRun);
    QVERIFY(runIndex > 0);
    QCOMPARE(kind->itemText(runIndex), HistoryStore::kindName(kRun));
    kind->setCurrentIndex(runIndex);
    const qint64 runs = store.events(m_admin, HistoryFilter{{kRun}, {}, {}, {}})->size();
    QCOMPARE(runs, 12);
    QCOMPARE(model->rowCount(), runs);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(HistoryModel::KindRole).toString(), kRun);
    QCOMPARE(pane->chart()->pointCount(), runs);
    QCOMPARE(pane->findChild<QLabel *>(u"historyCountLabel"_s)->text(), u"12 events match"_s);
    kind->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);

    // User: "All" and each user who appears.
    QComboBox *user = combo(pane.get(), u"historyUserCombo"_s);
    QStringList users;
    for (int i = 1; i < user->count(); ++i)
        users.append(user->itemData(i).toString());
    QCOMPARE(users, store.users(m_admin).value());
    QVERIFY(users.contains(u"sato"_s) && users.contains(u"tanaka"_s));
    user->setCurrentIndex(user->findData(u"tanaka"_s));
    QCOMPARE(model->rowCount(), 2);
    user->setCurrentIndex(user->findData(u"sato"_s));
    const qint64 satos = store.events(m_admin, HistoryFilter{{}, u"sato"_s, {}, {}})->size();
    QCOMPARE(satos, 21);
    QCOMPARE(model->rowCount(), satos);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, HistoryModel::UserColumn).data().toString(), u"sato"_s);
    QCOMPARE(pane->chart()->pointCount(), 0); // sato ran no generations
    // Kind and user together.
    kind->setCurrentIndex(kind->findData(QString::fromLatin1(HistoryKind::DownloadStarted)));
    QCOMPARE(model->rowCount(), 7);
    kind->setCurrentIndex(0);
    user->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), all);

    // Dates: off until ticked, preset to the range listed, inclusive.
    auto *fromCheck = pane->findChild<QCheckBox *>(u"historyFromCheck"_s);
    auto *toCheck = pane->findChild<QCheckBox *>(u"historyToCheck"_s);
    auto *from = pane->findChild<QDateEdit *>(u"historyFromEdit"_s);
    auto *to = pane->findChild<QDateEdit *>(u"historyToEdit"_s);
    QVERIFY(from->calendarPopup());
    QVERIFY(!from->isEnabled() && !to->isEnabled());
    // From the day before the demo's week, when it made its users, to the last event added here.
    QCOMPARE(store.events()->constFirst().at.date(), QDate(2026, 11, 13));
    QCOMPARE(from->date(), QDate(2026, 11, 13));
    QCOMPARE(to->date(), QDate(2026, 11, 26));
    fromCheck->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(model->rowCount(), all); // from the first day: everything still
    from->setDate(QDate(2026, 11, 22));
    toCheck->setChecked(true);
    to->setDate(QDate(2026, 11, 23));
    const HistoryFilter range{{}, {}, QDate(2026, 11, 22), QDate(2026, 11, 23)};
    const qint64 inRange = store.events(m_admin, range)->size();
    QCOMPARE(pane->filter().from, range.from);
    QCOMPARE(pane->filter().to, range.to);
    QCOMPARE(model->rowCount(), inRange);
    QVERIFY(inRange > 0 && inRange < all);
    QCOMPARE(inRange, 1 /* run */ + 6 /* sato */ + 1 /* failed */);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QDate d = QDate::fromString(model->index(row, 0).data().toString().left(10), u"yyyy-MM-dd"_s);
        QVERIFY2(d >= range.from && d <= range.to, qPrintable(d.toString()));
    }
    QCOMPARE(pane->chart()->pointCount(), 1);
    QCOMPARE(pane->chart()->failureCount(), 1);
    // A "to" before "from" moves "from" along instead of listing nothing.
    to->setDate(QDate(2026, 11, 21));
    QCOMPARE(from->date(), QDate(2026, 11, 21));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->rowCount(),
             store.events(m_admin, HistoryFilter{{}, {}, QDate(2026, 11, 21), QDate(2026, 11, 21)})->size());
    // Unticked, the dates stop filtering.
    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QCOMPARE(model->rowCount(), all);
}

void TestHistoryPane::keyboardReachesFiltersAndButtons()
{
    auto pane = openPane(m_demo.path());
    QVERIFY(pane);
    // Every filter label has a mnemonic and a buddy; every button a mnemonic.
    QSet<QChar> keys;
    auto mnemonic = [&keys](const QString &text) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            return false;
        const QChar key = text.at(amp + 1).toLower();
        if (keys.contains(key))
            return false;
        keys.insert(key);
        return true;
    };
    int buddies = 0;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        if (label->buddy()) {
            QVERIFY2(mnemonic(label->text()), qPrintable(label->text()));
            ++buddies;
        }
    }
    QCOMPARE(buddies, 2);
    for (const QString &name : {u"historyFromCheck"_s, u"historyToCheck"_s})
        QVERIFY(mnemonic(pane->findChild<QCheckBox *>(name)->text()));
    for (const QString &name : {u"historyExportButton"_s, u"historyVerifyButton"_s})
        QVERIFY(mnemonic(pane->findChild<QPushButton *>(name)->text()));
    // The main window's menus own Alt+F, Alt+V and Alt+H.
    QVERIFY(!keys.contains(u'f') && !keys.contains(u'v') && !keys.contains(u'h'));

    pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(pane.get()));
    QTest::keyClick(pane.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), combo(pane.get(), u"historyUserCombo"_s), kUiTimeoutMs);
    QTest::keyClick(pane.get(), Qt::Key_K, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), combo(pane.get(), u"historyKindCombo"_s), kUiTimeoutMs);
    QTest::keyClick(pane.get(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QCheckBox *>(u"historyFromCheck"_s)->isChecked(), kUiTimeoutMs);
    QVERIFY(pane->findChild<QDateEdit *>(u"historyFromEdit"_s)->isEnabled());
}

void TestHistoryPane::exportWritesFilteredEvents()
{
    const QString root = busyDemo(u"export"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    QComboBox *kind = combo(pane.get(), u"historyKindCombo"_s);
    kind->setCurrentIndex(kind->findData(kRun));
    QCOMPARE(pane->model()->rowCount(), 12);

    // Japanese: the file's header is in the language of the moment (until lupdate, the English source).
    I18n::install(u"ja"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // delivered to windows by post
    const QString path = m_scratch.filePath(u"runs.csv"_s);
    m_fileAnswer = path;
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyExportButton"_s), Qt::LeftButton);
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.first().kind, FileDialogs::Kind::Save);
    QVERIFY(m_fileRequests.first().filter.contains(u"*.csv"_s));
    QVERIFY(m_fileRequests.first().path.endsWith(u".csv"_s));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csvRecords(bytes), 12);
    QCOMPARE(firstCell(bytes), QCoreApplication::translate("Rewind::HistoryStore", "Time"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"Friday's generation was written and verified"_s));
    QLabel *msg = message(pane.get());
    QVERIFY(msg->isVisible());
    QVERIFY(!msg->property("problem").toBool());
    QVERIFY2(msg->text().contains(u"12"_s) && msg->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(msg->text()));
    I18n::install(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // delivered to windows by post
    QCOMPARE(msg->text(), u"Wrote 12 events to %1."_s.arg(QDir::toNativeSeparators(path)));

    // Everything, then one user's: the file always holds what is listed.
    kind->setCurrentIndex(0);
    const QString allPath = m_scratch.filePath(u"all.csv"_s);
    m_fileAnswer = allPath;
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyExportButton"_s), Qt::LeftButton);
    QCOMPARE(csvRecords(readAll(allPath)), pane->model()->rowCount());
    QCOMPARE(firstCell(readAll(allPath)), u"Time"_s);
    QComboBox *user = combo(pane.get(), u"historyUserCombo"_s);
    user->setCurrentIndex(user->findData(u"tanaka"_s));
    const QString tanakaPath = m_scratch.filePath(u"tanaka.csv"_s);
    m_fileAnswer = tanakaPath;
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyExportButton"_s), Qt::LeftButton);
    QCOMPARE(csvRecords(readAll(tanakaPath)), 2);
    QCOMPARE(message(pane.get())->text(), u"Wrote 2 events to %1."_s.arg(QDir::toNativeSeparators(tanakaPath)));

    // Cancel writes nothing and says nothing new.
    m_fileAnswer.clear();
    const QString before = message(pane.get())->text();
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyExportButton"_s), Qt::LeftButton);
    QCOMPARE(message(pane.get())->text(), before);
}

void TestHistoryPane::verifyReportsIntactChain()
{
    auto pane = openPane(m_demo.path());
    QVERIFY(pane);
    QVERIFY(!message(pane.get())->isVisible());
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyVerifyButton"_s), Qt::LeftButton);
    QLabel *msg = message(pane.get());
    QVERIFY(msg->isVisible());
    QVERIFY(!msg->property("problem").toBool());
    // Each generation taken after the first event recorded the newest event's hash in its manifest.
    int anchored = 0;
    for (const GenerationInfo &g : GenerationStore(DataDir(m_demo.path())).list())
        anchored += g.manifest && g.manifest->historyEventId > 0 ? 1 : 0;
    QVERIFY(anchored > 0);
    QCOMPARE(msg->text(), u"The history is intact: %1 events, each chained to the one before, and the %2 generations "
                          "that recorded it agree."_s.arg(kDemoEvents)
                              .arg(anchored));
    QCOMPARE(pane->selectedEventId(), 0);
}

void TestHistoryPane::verifyFindsTamperedEventAndSelectsIt()
{
    const QString root = freshDemo(u"tampered"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    // A filter that hides event 3: the pane must widen it to show the event.
    QComboBox *kind = combo(pane.get(), u"historyKindCombo"_s);
    kind->setCurrentIndex(kind->findData(QString::fromLatin1(HistoryKind::ScheduleSet)));
    QCOMPARE(pane->model()->rowCount(), 0);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(QDir(root).filePath(u"console.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE history SET description='x' WHERE id=3"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyVerifyButton"_s), Qt::LeftButton);
    QLabel *msg = message(pane.get());
    QVERIFY(msg->isVisible());
    QVERIFY(msg->property("problem").toBool());
    auto check = HistoryStore(DataDir(root)).check();
    QVERIFY(check);
    QCOMPARE(check->brokenEventId, 3);
    QCOMPARE(msg->text(), check->problem);
    QVERIFY(msg->text().contains(u"Event 3 "_s));
    QCOMPARE(kind->currentIndex(), 0);
    QCOMPARE(pane->model()->rowCount(), kDemoEvents);
    QCOMPARE(pane->selectedEventId(), 3);
    const QModelIndexList selected = view(pane.get())->selectionModel()->selectedRows(HistoryModel::DescriptionColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), u"x"_s); // the table shows what is stored now
}

void TestHistoryPane::chartPlotsRunsAndMarksFailures()
{
    const QString root = freshDemo(u"chart"_s);
    QVERIFY(!root.isEmpty());
    auto pane = openPane(root);
    QVERIFY(pane);
    HistoryChart *chart = pane->chart();
    QVERIFY(chart->isVisible());
    QVERIFY(chart->height() >= 180);
    QCOMPARE(pane->findChild<QSplitter *>(u"historySplitter"_s)->widget(0), chart);
    const qint64 runs = HistoryStore(DataDir(root)).events(m_admin, HistoryFilter{{kRun}, {}, {}, {}})->size();
    QCOMPARE(runs, 7);
    QCOMPARE(chart->pointCount(), runs);
    QCOMPARE(chart->failureCount(), 0);
    const auto events = HistoryStore(DataDir(root)).events().value();
    QCOMPARE(chart->runs().last().sizeMb, events.last().details.value("sizeBytes"_L1).toDouble() / 1e6);

    // Hovering a bar names the run; clicking it selects its row.
    const QPoint friday = chart->pointPosition(6).toPoint() + QPoint(0, 4);
    QVERIFY(chart->toolTipAt(friday).contains(weekdayName(Weekday::Fri)));
    QVERIFY(chart->toolTipAt(QPoint(2, 2)).isEmpty());
    QHelpEvent help(QEvent::ToolTip, friday, chart->mapToGlobal(friday));
    QApplication::sendEvent(chart, &help);
    QTRY_VERIFY_WITH_TIMEOUT(QToolTip::text().contains(weekdayName(Weekday::Fri)), kUiTimeoutMs);
    QToolTip::hideText();
    QTest::mouseClick(chart, Qt::LeftButton, {}, friday);
    QCOMPARE(pane->selectedEventId(), chart->runs().at(6).eventId);

    // A failed run appears as a red cross on the time axis.
    QVERIFY(HistoryStore(DataDir(root))
                .append(at(20, 13), u"root"_s, kFailed, u"The generation run for Friday failed: disk full"_s,
                        {{"slot"_L1, u"fri"_s}, {"reason"_L1, u"disk full"_s}, {"durationMs"_L1, 1200}})
                .ok());
    pane->refresh();
    QCOMPARE(chart->pointCount(), runs);
    QCOMPARE(chart->failureCount(), 1);
    const QPointF cross = chart->failurePosition(0);
    QVERIFY(chart->rect().contains(cross.toPoint()));
    QVERIFY(cross.x() > chart->pointPosition(6).x()); // after Friday's run
    const QImage image = chart->grab().toImage();
    const QColor red = HistoryColors::failure(chart->palette());
    QVERIFY2(colourDistance(image.pixelColor(cross.toPoint()), red) < 90,
             qPrintable(image.pixelColor(cross.toPoint()).name()));
    const QString tip = chart->toolTipAt(cross.toPoint());
    QVERIFY2(tip.contains(u"disk full"_s) && tip.contains(weekdayName(Weekday::Fri)), qPrintable(tip));
    QString why;
    QVERIFY2(apartAndInside(chart->labelRects(), chart->rect(), &why), qPrintable(why));
}

void TestHistoryPane::chartHandlesNoneOneAndMany()
{
    HistoryChart chart;
    chart.resize(900, 260);
    QString why;

    chart.setEvents({});
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.failureCount(), 0);
    QVERIFY(!chart.grab().isNull());
    snap(&chart, u"chart-none"_s);
    QVERIFY(chart.toolTipAt(QPoint(450, 130)).isEmpty());
    QVERIFY(apartAndInside(chart.labelRects(), chart.rect(), &why));

    HistoryEvent one;
    one.id = 1;
    one.at = at(20, 1, 30);
    one.kind = kRun;
    one.details = {{"slot"_L1, u"fri"_s}, {"sizeBytes"_L1, 5'400'000}, {"durationMs"_L1, 2500}, {"records"_L1, 1000}};
    chart.setEvents({one});
    QCOMPARE(chart.pointCount(), 1);
    QVERIFY(!chart.grab().isNull());
    snap(&chart, u"chart-one"_s);
    QVERIFY2(apartAndInside(chart.labelRects(), chart.rect(), &why), qPrintable(why));
    const QPointF p = chart.pointPosition(0);
    QVERIFY(chart.rect().contains(p.toPoint()));
    QVERIFY(chart.toolTipAt(p.toPoint() + QPoint(0, 3)).contains(u"5.40"_s));

    // Only a failure: an axis to put it on, no crash.
    HistoryEvent failed = one;
    failed.kind = kFailed;
    failed.details = {{"slot"_L1, u"fri"_s}, {"reason"_L1, u"killed"_s}};
    chart.setEvents({failed});
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.failureCount(), 1);
    QVERIFY(!chart.grab().isNull());
    snap(&chart, u"chart-failure-only"_s);

    // Four hundred nights with a failure every forty, other kinds mixed in (and ignored).
    QList<HistoryEvent> many;
    const QDateTime start(QDate(2025, 10, 1), QTime(1, 30));
    for (int i = 0; i < 400; ++i) {
        HistoryEvent e;
        e.id = many.size() + 1;
        e.at = start.addDays(i);
        e.kind = i % 40 == 39 ? kFailed : kRun;
        e.details = {{"slot"_L1, weekdayKey(weekdayOf(e.at.date()))},
                     {"sizeBytes"_L1, 200'000'000 + i * 1'500'000},
                     {"durationMs"_L1, 40'000 + (i % 7) * 9'000},
                     {"records"_L1, 1'000'000 + i * 100}};
        many.append(e);
        HistoryEvent other = e;
        other.id = many.size() + 1;
        other.kind = QString::fromLatin1(HistoryKind::ArchiveReady);
        many.append(other);
    }
    chart.setEvents(many);
    QCOMPARE(chart.pointCount(), 390);
    QCOMPARE(chart.failureCount(), 10);
    for (const QSize size : {QSize(900, 260), QSize(1400, 300), chart.minimumSizeHint()}) {
        chart.resize(size);
        QVERIFY(!chart.grab().isNull());
        snap(&chart, u"chart-many-%1x%2"_s.arg(size.width()).arg(size.height()));
        QVERIFY2(apartAndInside(chart.labelRects(), chart.rect(), &why),
                 qPrintable(u"%1×%2: "_s.arg(size.width()).arg(size.height()) + why));
        QVERIFY(chart.labelRects().size() > 8); // legend, units, value and date labels
    }
    chart.resize(900, 260);
    const QPointF middle = chart.pointPosition(200);
    QVERIFY(chart.toolTipAt(middle.toPoint() + QPoint(0, 2))
                .contains(chart.runs().at(200).at.toString(u"yyyy-MM-dd HH:mm:ss"_s)));
}

void TestHistoryPane::followsLanguageChange()
{
    auto pane = openPane(m_demo.path());
    QVERIFY(pane);
    QComboBox *kind = combo(pane.get(), u"historyKindCombo"_s);
    kind->setCurrentIndex(kind->findData(kRun));
    I18n::install(u"ja"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // delivered to windows by post
    QCOMPARE(kind->currentData().toString(), kRun);                      // the choice survives
    QCOMPARE(kind->currentText(), HistoryStore::kindName(kRun));
    QCOMPARE(kind->itemText(0), QCoreApplication::translate("Rewind::HistoryPane", "All kinds"));
    QCOMPARE(pane->model()->headerData(0, Qt::Horizontal).toString(),
             QCoreApplication::translate("Rewind::HistoryModel", "Time"));
    QCOMPARE(pane->model()->rowCount(), 7);
    I18n::install(u"en"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // delivered to windows by post
    QCOMPARE(kind->itemText(0), u"All kinds"_s);
}

// Built hidden (a tab not yet opened), events are appended meanwhile by another tab or process: the first
// time the pane is shown it lists them.
void TestHistoryPane::readsAfreshWhenFirstShown()
{
    const QString root = busyDemo(u"first-show"_s);
    QVERIFY(!root.isEmpty());
    auto pane = std::make_unique<HistoryPane>(DataDir(root));
    const qsizetype before = HistoryStore(DataDir(root)).events()->size();
    QVERIFY(HistoryStore(DataDir(root))
                .append(QDateTime::currentDateTime(), u"sato"_s, u"archive-ready"_s, u"made while hidden"_s, {})
                .ok());
    pane->resize(kScreenshotSize);
    pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
    QCOMPARE(pane->model()->rowCount(), int(before + 1));
    QCOMPARE(pane->model()->index(int(before), HistoryModel::DescriptionColumn).data().toString(),
             u"made while hidden"_s);
}

void TestHistoryPane::screenshots()
{
    const QString root = busyDemo(u"screenshot"_s);
    QVERIFY(!root.isEmpty());
    QVERIFY(append(root, at(26, 22, 15), u"sato"_s, HistoryKind::ArchiveFailed,
                   u"The full archive a26b could not be made: the disk is full."_s,
                   {{"id"_L1, u"a26b"_s}, {"reason"_L1, u"the disk is full"_s}}));
    auto pane = openPane(root);
    QVERIFY(pane);
    QCOMPARE(pane->size(), kScreenshotSize);
    QVERIFY(pane->grab().save(u"/tmp/historypane.png"_s));
    QString why;
    QVERIFY2(apartAndInside(pane->chart()->labelRects(), pane->chart()->rect(), &why), qPrintable(why));

    {
        // Japanese: a workspace whose history was written in Japanese, shown in Japanese.
        const QString jaRoot = busyDemo(u"screenshot-ja"_s, true);
        QVERIFY(!jaRoot.isEmpty());
        I18n::install(u"ja"_s);
        auto jaPane = openPane(jaRoot);
        QVERIFY(jaPane);
        QTest::mouseClick(jaPane->findChild<QPushButton *>(u"historyVerifyButton"_s), Qt::LeftButton);
        QVERIFY(jaPane->grab().save(u"/tmp/historypane-ja.png"_s));
        QVERIFY2(apartAndInside(jaPane->chart()->labelRects(), jaPane->chart()->rect(), &why), qPrintable(why));
        I18n::install(u"en"_s);
    }

    // Dark theme.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    QTest::mouseClick(pane->findChild<QPushButton *>(u"historyVerifyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(HistoryColors::isDark(pane->chart()->palette()), kUiTimeoutMs);
    QVERIFY(HistoryColors::isDark(pane->chart()->palette()));
    QVERIFY(pane->grab().save(u"/tmp/historypane-dark.png"_s));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"
