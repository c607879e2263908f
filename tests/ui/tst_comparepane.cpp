// The Compare tab on real demo data folders, driven like a user would: environments picked, buttons
// clicked, filters typed, questions pre-answered. What the pane shows is checked against RecordDiff run
// directly in the test, and a restore (and its undo) against production read with the test's own SQL.

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "ChangeListModel.h"
#include "ComparePane.h"
#include "ConsoleUser.h"
#include "MessageBoxes.h"
#include "TestSupport.h"
#include "compare/RecordDiff.h"
#include "util/Environment.h"
#include "util/I18n.h"
#include "workspace/Production.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
// Waits return as soon as the condition holds; the limit only matters on a loaded machine.
constexpr int kUiTimeoutMs = 60000;
const QSize kPaneSize(1200, 720);

/// Whether production's DB `db` holds record `rid`, read with the test's own connection; -1 on error.
int productionHas(const QString &root, const QString &db, qint64 rid)
{
    auto connection = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-has"_s);
    if (!connection)
        return -1;
    const auto catalog = Catalog::load(connection.value()->db());
    if (!catalog || !catalog->dbByName(db))
        return -1;
    QSqlQuery q(connection.value()->db());
    q.prepare(u"SELECT count(*) FROM %1 WHERE rid = ?"_s.arg(catalog->dbByName(db)->table()));
    q.addBindValue(rid);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestComparePane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void summaryMatchesRecordDiff();
    void kindFilterAndSearch();
    void capsTheListAndSaysSo();
    void restoreSelectedThenUndo();
    void supportWithoutGrantSeesRefusal();
    void keyboardAndScreenshot();

private:
    /// A fresh copy of the demo (restores write to production).
    QString copyDemo(const QString &name);
    std::unique_ptr<ComparePane> openPane(const QString &root);
    /// Picks `from` → `to` in the combos, clicks Compare and waits until it is done.
    static bool runCompare(ComparePane *pane, const EnvironmentId &from, const EnvironmentId &to);
    /// RecordDiff run directly, with every change.
    static QList<DbDiff> directDiff(const QString &root, const Session &session, QList<RecordChange> *changes);
    /// The first DB with deleted records.
    static const DbDiff *withDeleted(const QList<DbDiff> &diffs);

    template <typename T> static T *child(ComparePane *pane, const QString &name) { return pane->findChild<T *>(name); }

    QTemporaryDir m_demo;
    QTemporaryDir m_scratch;
    QList<MessageBoxes::Request> m_asked;
};

void TestComparePane::initTestCase()
{
    QVERIFY(m_demo.isValid());
    QVERIFY(m_scratch.isValid());
    QVERIFY(RewindTest::buildDemo(m_demo.path(), 2000, 7));
}

void TestComparePane::init()
{
    I18n::install(u"en"_s);
    m_asked.clear();
    MessageBoxes::setHandler([this](const MessageBoxes::Request &request) {
        m_asked.append(request);
        return request.buttons.testFlag(QMessageBox::Yes) ? QMessageBox::Yes : QMessageBox::Ok;
    });
}

void TestComparePane::cleanup()
{
    MessageBoxes::setHandler({});
}

QString TestComparePane::copyDemo(const QString &name)
{
    const QString root = m_scratch.filePath(name);
    return RewindTest::copyFolder(m_demo.path(), root) ? root : QString();
}

std::unique_ptr<ComparePane> TestComparePane::openPane(const QString &root)
{
    auto pane = std::make_unique<ComparePane>(DataDir(root), Clock::system());
    pane->resize(kPaneSize);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        return nullptr;
    return pane;
}

bool TestComparePane::runCompare(ComparePane *pane, const EnvironmentId &from, const EnvironmentId &to)
{
    auto *fromCombo = child<QComboBox>(pane, u"compareFrom"_s);
    auto *toCombo = child<QComboBox>(pane, u"compareTo"_s);
    const int f = fromCombo->findData(from.key());
    const int t = toCombo->findData(to.key());
    if (f < 0 || t < 0)
        return false;
    fromCombo->setCurrentIndex(f);
    toCombo->setCurrentIndex(t);
    auto *button = child<QPushButton>(pane, u"compareButton"_s);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([pane] { return !pane->isBusy(); }, kUiTimeoutMs);
}

QList<DbDiff> TestComparePane::directDiff(const QString &root, const Session &session, QList<RecordChange> *changes)
{
    RecordDiff diff(DataDir(root), session);
    auto result = diff.run(DiffOptions{}, [changes](const RecordChange &c) {
        if (changes)
            changes->append(c);
        return true;
    });
    if (!result) {
        qWarning("RecordDiff failed: %s", qPrintable(result.error().message));
        return {};
    }
    return result.value();
}

const DbDiff *TestComparePane::withDeleted(const QList<DbDiff> &diffs)
{
    for (const DbDiff &d : diffs) {
        if (d.deleted > 0 && !d.onlyInFrom)
            return &d;
    }
    return nullptr;
}

void TestComparePane::summaryMatchesRecordDiff()
{
    const QString root = copyDemo(u"summary"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    QList<RecordChange> changes;
    const QList<DbDiff> expected = directDiff(root, admin, &changes);
    QVERIFY(!expected.isEmpty());

    auto pane = openPane(root);
    QVERIFY(pane);
    // Monday first in "from", production first in "to".
    QCOMPARE(child<QComboBox>(pane.get(), u"compareTo"_s)->itemData(0).toString(), EnvironmentId::production().key());
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    QVERIFY2(!child<QLabel>(pane.get(), u"compareError"_s)->isVisible(),
             qPrintable(child<QLabel>(pane.get(), u"compareError"_s)->text()));

    auto *summary = child<QTableWidget>(pane.get(), u"compareSummary"_s);
    QCOMPARE(summary->rowCount(), expected.size());
    qint64 total = 0;
    for (int row = 0; row < expected.size(); ++row) {
        const DbDiff &d = expected.at(row);
        QCOMPARE(summary->item(row, 0)->data(Qt::UserRole).toLongLong(), d.dbId);
        QVERIFY(summary->item(row, 0)->text().contains(d.db));
        QCOMPARE(summary->item(row, 1)->data(Qt::DisplayRole).toLongLong(), d.added);
        QCOMPARE(summary->item(row, 2)->data(Qt::DisplayRole).toLongLong(), d.deleted);
        QCOMPARE(summary->item(row, 3)->data(Qt::DisplayRole).toLongLong(), d.changed);
        total += d.total();
    }
    QVERIFY(total > 0);
    QCOMPARE(pane->model()->totalChanges(), changes.size());
    QVERIFY(!child<QLabel>(pane.get(), u"compareNote"_s)->isVisible());

    // Each DB's list holds its changes, in the order RecordDiff found them.
    auto *view = child<QTableView>(pane.get(), u"compareChanges"_s);
    QCOMPARE(view->model(), pane->model());
    for (const DbDiff &d : expected) {
        QVERIFY(pane->selectDb(d.dbId));
        QCOMPARE(qint64(pane->model()->rowCount()), d.total());
        QList<RecordChange> ofDb;
        for (const RecordChange &c : changes) {
            if (c.dbId == d.dbId)
                ofDb.append(c);
        }
        for (int row = 0; row < std::min<qsizetype>(ofDb.size(), 50); ++row) {
            const QModelIndex rid = pane->model()->index(row, ChangeListModel::RidColumn);
            QCOMPARE(rid.data(ChangeListModel::RidRole).toLongLong(), ofDb.at(row).rid);
            QCOMPARE(rid.data(ChangeListModel::KindRole).toString(), changeKindKey(ofDb.at(row).kind));
            QCOMPARE(pane->model()->index(row, ChangeListModel::KindColumn).data().toString(),
                     ChangeListModel::kindText(ofDb.at(row).kind));
            QCOMPARE(pane->model()->index(row, ChangeListModel::FieldsColumn).data().toString(),
                     ChangeListModel::fieldsText(ofDb.at(row)));
        }
    }
}

void TestComparePane::kindFilterAndSearch()
{
    const QString root = copyDemo(u"filters"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    QList<RecordChange> changes;
    const QList<DbDiff> expected = directDiff(root, admin, &changes);
    const DbDiff *db = withDeleted(expected);
    QVERIFY(db);

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    QVERIFY(pane->selectDb(db->dbId));

    auto *kind = child<QComboBox>(pane.get(), u"compareKind"_s);
    kind->setCurrentIndex(kind->findData(u"deleted"_s));
    ChangeListModel *model = pane->model();
    QCOMPARE(qint64(model->rowCount()), db->deleted);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(ChangeListModel::KindRole).toString(), u"deleted"_s);
        QCOMPARE(model->index(row, ChangeListModel::KindColumn).data().toString(), u"deleted"_s);
    }

    // A term taken from the first row's values, typed in another case.
    const RecordChange *first = model->changeAt(0);
    QVERIFY(first && !first->fields.isEmpty());
    QString term;
    for (const FieldDelta &f : first->fields) {
        const QString v = f.before.toString();
        if (v.size() >= 3) {
            term = v.left(3);
            break;
        }
    }
    QVERIFY(!term.isEmpty());
    child<QLineEdit>(pane.get(), u"compareSearch"_s)->insert(term.toUpper()); // as typed (it may be Japanese)
    qint64 matching = 0;
    for (const RecordChange &c : changes) {
        if (c.dbId == db->dbId && c.kind == ChangeKind::Deleted &&
            ChangeListModel::fieldsText(c).contains(term, Qt::CaseInsensitive))
            ++matching;
    }
    QVERIFY(matching >= 1);
    QCOMPARE(qint64(model->rowCount()), matching);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, ChangeListModel::FieldsColumn).data().toString().contains(term, Qt::CaseInsensitive));

    // All kinds and no term: the DB's whole list again.
    child<QLineEdit>(pane.get(), u"compareSearch"_s)->clear();
    kind->setCurrentIndex(kind->findData(QString()));
    QCOMPARE(qint64(model->rowCount()), db->total());
    kind->setCurrentIndex(kind->findData(u"changed"_s));
    QCOMPARE(qint64(model->rowCount()), db->changed);
    kind->setCurrentIndex(kind->findData(u"added"_s));
    QCOMPARE(qint64(model->rowCount()), db->added);
}

void TestComparePane::capsTheListAndSaysSo()
{
    const QString root = copyDemo(u"cap"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    const QList<DbDiff> expected = directDiff(root, admin, nullptr);
    qint64 total = 0;
    for (const DbDiff &d : expected)
        total += d.total();
    QVERIFY(total > 10);

    auto pane = openPane(root);
    QVERIFY(pane);
    pane->setRowCap(10);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    QCOMPARE(pane->model()->totalChanges(), 10);
    auto *note = child<QLabel>(pane.get(), u"compareNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"10"_s));
    // The counts still cover everything.
    auto *summary = child<QTableWidget>(pane.get(), u"compareSummary"_s);
    qint64 shown = 0;
    for (int row = 0; row < summary->rowCount(); ++row) {
        for (int c = 1; c <= 3; ++c)
            shown += summary->item(row, c)->data(Qt::DisplayRole).toLongLong();
    }
    QCOMPARE(shown, total);
}

void TestComparePane::restoreSelectedThenUndo()
{
    const QString root = copyDemo(u"restore"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    const QList<DbDiff> before = directDiff(root, admin, nullptr);
    const DbDiff *db = withDeleted(before);
    QVERIFY(db);
    const QString dbName = db->db;
    const qint64 dbId = db->dbId;
    const qint64 deletedBefore = db->deleted;
    const qint64 countBefore = RewindTest::countRecords(Production::readOnly(DataDir(root)), dbName);
    QVERIFY(countBefore >= 0);

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    QVERIFY(pane->selectDb(dbId));
    auto *kind = child<QComboBox>(pane.get(), u"compareKind"_s);
    kind->setCurrentIndex(kind->findData(u"deleted"_s));
    auto *restore = child<QPushButton>(pane.get(), u"compareRestoreButton"_s);
    QVERIFY(!restore->isEnabled()); // nothing selected yet

    auto *view = child<QTableView>(pane.get(), u"compareChanges"_s);
    view->selectRow(0);
    const qint64 rid = pane->model()->changeAt(0)->rid;
    QCOMPARE(productionHas(root, dbName, rid), 0);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy() && !pane->restorePoint().isEmpty(), kUiTimeoutMs);
    auto *error = child<QLabel>(pane.get(), u"compareError"_s);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));

    // The question said what would happen, then the record came back with its ID.
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().text.contains(u"come back with their record IDs: 1"_s), qPrintable(m_asked.first().text));
    QCOMPARE(productionHas(root, dbName, rid), 1);
    QCOMPARE(RewindTest::countRecords(Production::readOnly(DataDir(root)), dbName), countBefore + 1);
    auto *status = child<QLabel>(pane.get(), u"compareStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().startsWith(u"Restored"_s));
    auto *undo = child<QPushButton>(pane.get(), u"compareUndoButton"_s);
    QVERIFY(undo->isVisible() && undo->isEnabled());
    // The compare ran again: one deleted record fewer.
    QVERIFY(pane->selectDb(dbId));
    QCOMPARE(pane->model()->rowCount(), deletedBefore - 1);

    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy() && pane->restorePoint().isEmpty(), kUiTimeoutMs);
    QVERIFY2(!error->isVisible(), qPrintable(error->text()));
    QCOMPARE(productionHas(root, dbName, rid), 0);
    QCOMPARE(RewindTest::countRecords(Production::readOnly(DataDir(root)), dbName), countBefore);
    QVERIFY(!undo->isVisible());
    QVERIFY(status->text().startsWith(u"Undone"_s));
    QVERIFY(pane->selectDb(dbId));
    QCOMPARE(pane->model()->rowCount(), deletedBefore);
}

void TestComparePane::supportWithoutGrantSeesRefusal()
{
    const QString root = copyDemo(u"support"_s);
    QVERIFY(!root.isEmpty());
    const Session support = RewindTest::demoSession(DataDir(root), Role::Support);
    QVERIFY(!support.login.isEmpty());
    QVERIFY(!support.canOpenGenerations);
    ConsoleUser::set(support);
    // Core's own words for the same call.
    RecordDiff direct(DataDir(root), support);
    auto refused = direct.run(DiffOptions{});
    QVERIFY(!refused.ok());

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    auto *error = child<QLabel>(pane.get(), u"compareError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), refused.error().message);
    QVERIFY(error->text().contains(u"open generations"_s));
    QCOMPARE(child<QTableWidget>(pane.get(), u"compareSummary"_s)->rowCount(), 0);
    QVERIFY(!child<QPushButton>(pane.get(), u"compareRestoreButton"_s)->isEnabled());
}

void TestComparePane::keyboardAndScreenshot()
{
    const QString root = copyDemo(u"keys"_s);
    QVERIFY(!root.isEmpty());
    ConsoleUser::set(RewindTest::adminSession(DataDir(root)));
    auto pane = openPane(root);
    QVERIFY(pane);
    for (const QString &name : {u"compareButton"_s, u"compareRestoreButton"_s, u"compareUndoButton"_s})
        QVERIFY2(child<QPushButton>(pane.get(), name)->text().contains(u'&'), qPrintable(name));
    QVERIFY(child<QCheckBox>(pane.get(), u"compareWithLinked"_s)->text().contains(u'&'));
    auto *view = child<QTableView>(pane.get(), u"compareChanges"_s);
    QVERIFY(view->focusPolicy() & Qt::TabFocus);

    // Alt+C compares.
    QTest::keyClick(pane.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy() && !pane->diffs().isEmpty(), kUiTimeoutMs);
    const DbDiff *db = withDeleted(pane->diffs());
    QVERIFY(db);
    QVERIFY(pane->selectDb(db->dbId));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QVERIFY(view->currentIndex().isValid());
    view->selectRow(0);
    QVERIFY(pane->grab().save(u"/tmp/compare-shot.png"_s));
}

QTEST_MAIN(TestComparePane)
#include "tst_comparepane.moc"
