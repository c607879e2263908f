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
#include <QSet>
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
#include "RecordSideBySide.h"
#include "RecordTimelineDialog.h"
#include "SlotSearchDialog.h"
#include "TestSupport.h"
#include "backup/GenerationStore.h"
#include "compare/RecordDiff.h"
#include "compare/RecordTimeline.h"
#include "util/Environment.h"
#include "util/I18n.h"
#include "workspace/Environments.h"
#include "workspace/Production.h"
#include "workspace/TextFold.h"

#include <QListWidget>
#include <QSqlError>

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

/// One value of a record, read with the test's own SQL from production or a generation file.
QString valueIn(const ConnectionSpec &spec, const QString &table, const QString &column, qint64 rid)
{
    auto connection = ScopedConnection::open(spec, u"test-value"_s);
    if (!connection)
        return u"<open failed>"_s;
    QSqlQuery q(connection.value()->db());
    q.prepare(u"SELECT %1 FROM %2 WHERE rid = ?"_s.arg(column, table));
    q.addBindValue(rid);
    return q.exec() && q.next() ? q.value(0).toString() : u"<no row>"_s;
}

/// Runs SQL on production through the test's own connection.
bool productionSql(const QString &root, const QString &statement)
{
    auto connection = ScopedConnection::open(Production::writable(DataDir(root)), u"test-edit"_s);
    if (!connection)
        return false;
    QSqlQuery q(connection.value()->db());
    if (!q.exec(statement)) {
        qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// Types `text` into the search field and presses Enter (which applies it without waiting for a pause).
void search(QLineEdit *field, const QString &text)
{
    field->clear();
    field->insert(text);
    QTest::keyClick(field, Qt::Key_Return);
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
    void pagesThroughManyChangesAndFiltersByField();
    void sideBySideRestoresOnlyTickedFields();
    void timelineShowsTheWeekAndRestoresAVersion();
    void slotSearchFindsLastWeeksRecord();
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
    /// A 顧客 record in Monday's generation and in production, with two of its text fields set to new values in
    /// production. Returns the record ID (0 on failure); the columns and Monday's values go to the arguments.
    static qint64 editTwoFields(const QString &root, const Session &session, QString *table, QString *nameColumn,
                                QString *kanaColumn);

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
    const auto first = model->changeAt(0);
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
    search(child<QLineEdit>(pane.get(), u"compareSearch"_s), term.toUpper()); // as typed (it may be Japanese)
    // The reference: a field name or value that contains the term, width- and case-insensitively.
    const QString folded = TextFold::fold(term);
    auto matches = [&folded](const RecordChange &c) {
        for (const FieldDelta &f : c.fields) {
            for (const QString &text : {f.field, f.before.toString(), f.after.toString()}) {
                if (TextFold::fold(text).contains(folded))
                    return true;
            }
        }
        return false;
    };
    qint64 matching = 0;
    for (const RecordChange &c : changes) {
        if (c.dbId == db->dbId && c.kind == ChangeKind::Deleted && matches(c))
            ++matching;
    }
    QVERIFY(matching >= 1);
    QCOMPARE(qint64(model->rowCount()), matching);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(matches(*model->changeAt(row)));
    // Typing alone applies the term once typing pauses.
    child<QLineEdit>(pane.get(), u"compareSearch"_s)->insert(u"#no-such-value#"_s);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, kUiTimeoutMs);

    // All kinds and no term: the DB's whole list again.
    search(child<QLineEdit>(pane.get(), u"compareSearch"_s), QString());
    kind->setCurrentIndex(kind->findData(QString()));
    QCOMPARE(qint64(model->rowCount()), db->total());
    kind->setCurrentIndex(kind->findData(u"changed"_s));
    QCOMPARE(qint64(model->rowCount()), db->changed);
    kind->setCurrentIndex(kind->findData(u"added"_s));
    QCOMPARE(qint64(model->rowCount()), db->added);
}

qint64 TestComparePane::editTwoFields(const QString &root, const Session &session, QString *table, QString *nameColumn,
                                      QString *kanaColumn)
{
    const auto catalog = Environments::loadCatalog(DataDir(root), session, EnvironmentId::production());
    if (!catalog)
        return 0;
    const DbDef *customers = catalog->dbByName(u"顧客"_s);
    *table = customers->table();
    *nameColumn = customers->fieldByName(u"顧客名"_s)->column();
    *kanaColumn = customers->fieldByName(u"顧客名カナ"_s)->column();
    // The lowest record ID Monday's generation and production share.
    // (Read from each side with its own connection: production may be on PostgreSQL.)
    qint64 rid = 0;
    {
        QSet<qint64> inProduction;
        auto production = ScopedConnection::open(Production::readOnly(DataDir(root)), u"test-pick"_s);
        auto monday =
            ScopedConnection::open(GenerationStore(DataDir(root)).connectionSpec(Weekday::Mon), u"test-mon"_s);
        if (!production || !monday)
            return 0;
        QSqlQuery q(production.value()->db());
        if (!q.exec(u"SELECT rid FROM %1"_s.arg(*table)))
            return 0;
        while (q.next())
            inProduction.insert(q.value(0).toLongLong());
        QSqlQuery g(monday.value()->db());
        if (!g.exec(u"SELECT rid FROM %1 ORDER BY rid"_s.arg(*table)))
            return 0;
        while (rid == 0 && g.next()) {
            if (inProduction.contains(g.value(0).toLongLong()))
                rid = g.value(0).toLongLong();
        }
    }
    if (!productionSql(root, u"UPDATE %1 SET %2 = '側A-テスト', %3 = '側B-テスト' WHERE rid = %4"_s
                                 .arg(*table, *nameColumn, *kanaColumn)
                                 .arg(rid)))
        return 0;
    return rid;
}

void TestComparePane::pagesThroughManyChangesAndFiltersByField()
{
    const QString root = copyDemo(u"pages"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    // Every record of the largest DB gets a new value in its first text field in production: more changes
    // than several pages hold.
    const auto catalog = Environments::loadCatalog(DataDir(root), admin, EnvironmentId::production());
    QVERIFY(catalog.ok());
    const DbDef *customers = nullptr;
    qint64 most = -1;
    for (const DbDef &d : catalog->dbs) {
        const qint64 n = RewindTest::countRecords(Production::readOnly(DataDir(root)), d.name);
        if (n > most)
            most = n, customers = &d;
    }
    QVERIFY(customers);
    const FieldDef *prefecture = nullptr, *other = nullptr;
    for (const FieldDef &f : customers->fields) {
        if (f.type == FieldType::Text && !prefecture)
            prefecture = &f;
        else if (!other)
            other = &f;
    }
    QVERIFY(prefecture && other);
    QVERIFY(productionSql(root, u"UPDATE %1 SET %2 = '新県-' || rid"_s.arg(customers->table(), prefecture->column())));
    QList<RecordChange> changes;
    const QList<DbDiff> expected = directDiff(root, admin, &changes);
    QList<RecordChange> ofDb;
    for (const RecordChange &c : std::as_const(changes)) {
        if (c.dbId == customers->id)
            ofDb.append(c);
    }
    QVERIFY2(ofDb.size() > 2 * ChangeListModel::kPageRows, QByteArray::number(ofDb.size()).constData());

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    QCOMPARE(pane->model()->totalChanges(), changes.size());
    QVERIFY(pane->selectDb(customers->id));
    ChangeListModel *model = pane->model();
    QCOMPARE(qint64(model->rowCount()), qint64(ofDb.size()));
    // Rows on both sides of page boundaries, the last one, and back to the first (pages read again).
    const int n = int(ofDb.size());
    for (int row : {0, ChangeListModel::kPageRows - 1, ChangeListModel::kPageRows, 2 * ChangeListModel::kPageRows + 1,
                    n - 1, 1}) {
        QCOMPARE(model->index(row, 0).data(ChangeListModel::RidRole).toLongLong(), ofDb.at(row).rid);
        QCOMPARE(model->index(row, ChangeListModel::FieldsColumn).data().toString(),
                 ChangeListModel::fieldsText(ofDb.at(row)));
    }
    QVERIFY(model->lastError().isEmpty());

    // The field filter: changes touching that field (added and deleted records: with a value in it).
    auto *field = child<QComboBox>(pane.get(), u"compareField"_s);
    QCOMPARE(field->itemData(0).toLongLong(), 0);
    for (const FieldDef *f : {prefecture, other}) {
        const int index = field->findData(f->id);
        QVERIFY2(index > 0, qPrintable(f->name));
        field->setCurrentIndex(index);
        qint64 touching = 0;
        for (const RecordChange &c : std::as_const(ofDb)) {
            for (const FieldDelta &d : c.fields) {
                const bool value = !(c.kind == ChangeKind::Added ? d.after : d.before).toString().isEmpty();
                if (d.fieldId == f->id && (c.kind == ChangeKind::Changed || value)) {
                    ++touching;
                    break;
                }
            }
        }
        QCOMPARE(qint64(model->rowCount()), touching);
        for (int row = 0; row < model->rowCount(); row += 97) {
            const auto c = model->changeAt(row);
            QVERIFY(c);
            QVERIFY(std::any_of(c->fields.cbegin(), c->fields.cend(),
                                [f](const FieldDelta &d) { return d.fieldId == f->id; }));
        }
    }
    field->setCurrentIndex(0);
    QCOMPARE(qint64(model->rowCount()), qint64(ofDb.size()));
    // The counts line says how many of the DB's changes are listed.
    QVERIFY(child<QLabel>(pane.get(), u"compareShown"_s)->text().contains(QLocale().toString(qint64(ofDb.size()))));
}

void TestComparePane::sideBySideRestoresOnlyTickedFields()
{
    const QString root = copyDemo(u"ticks"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    QString table, name, kana;
    const qint64 rid = editTwoFields(root, admin, &table, &name, &kana);
    QVERIFY(rid > 0);
    const ConnectionSpec monday = GenerationStore(DataDir(root)).connectionSpec(Weekday::Mon);
    const QString mondayName = valueIn(monday, table, name, rid);
    const QString mondayKana = valueIn(monday, table, kana, rid);

    auto pane = openPane(root);
    QVERIFY(pane);
    QVERIFY(runCompare(pane.get(), EnvironmentId::generation(Weekday::Mon), EnvironmentId::production()));
    const DbDiff *customers = nullptr;
    for (const DbDiff &d : pane->diffs()) {
        if (d.db == u"顧客"_s)
            customers = &d;
    }
    QVERIFY(customers);
    const qint64 customersId = customers->dbId; // the diffs are replaced by the compare after the restore
    QVERIFY(pane->selectDb(customersId));
    search(child<QLineEdit>(pane.get(), u"compareSearch"_s), u"側ａ-テスト"_s); // folded: full width, any case
    QCOMPARE(pane->model()->rowCount(), 1);
    auto *view = child<QTableView>(pane.get(), u"compareChanges"_s);
    view->setCurrentIndex(pane->model()->index(0, 0));
    view->selectRow(0);
    RecordSideBySide *side = pane->sideBySide();
    QTRY_VERIFY_WITH_TIMEOUT(side->isLoaded(), kUiTimeoutMs);

    // Every field of the record, Monday left and production right; the two edited ones differ, ticked.
    QTableWidget *table2 = side->table();
    QCOMPARE(table2->columnCount(), 3);
    QCOMPARE(table2->horizontalHeaderItem(1)->text(), EnvironmentId::generation(Weekday::Mon).displayName());
    QCOMPARE(table2->horizontalHeaderItem(2)->text(), EnvironmentId::production().displayName());
    int nameRow = -1, kanaRow = -1, differing = 0, hidden = 0;
    for (int row = 0; row < table2->rowCount(); ++row) {
        const QString field = table2->item(row, 0)->text();
        const bool differs = table2->item(row, 0)->flags() & Qt::ItemIsUserCheckable;
        differing += differs;
        hidden += table2->isRowHidden(row);
        QCOMPARE(table2->isRowHidden(row), !differs); // unchanged fields stay out of the way at first
        if (field == u"顧客名"_s)
            nameRow = row;
        if (field == u"顧客名カナ"_s)
            kanaRow = row;
    }
    QVERIFY(nameRow >= 0 && kanaRow >= 0);
    QVERIFY(hidden > 0);
    QCOMPARE(differing, 2);
    QCOMPARE(table2->item(nameRow, 1)->text(), mondayName);
    QCOMPARE(table2->item(nameRow, 2)->text(), u"側A-テスト"_s);
    QCOMPARE(table2->item(kanaRow, 1)->text(), mondayKana);
    QCOMPARE(table2->item(nameRow, 0)->checkState(), Qt::Checked);
    QVERIFY(table2->item(nameRow, 2)->font().bold());
    auto *showAll = side->findChild<QCheckBox *>(u"sideBySideShowUnchanged"_s);
    QVERIFY(showAll->isEnabled());
    showAll->setChecked(true);
    for (int row = 0; row < table2->rowCount(); ++row)
        QVERIFY(!table2->isRowHidden(row));

    // Untick 顧客名: the restore writes 顧客名カナ only, as the question says.
    table2->item(nameRow, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(side->untickedFields().size(), 1);
    auto *restore = child<QPushButton>(pane.get(), u"compareRestoreButton"_s);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy() && !pane->restorePoint().isEmpty(), kUiTimeoutMs);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().text.contains(u"顧客名カナ"_s), qPrintable(m_asked.first().text));
    QVERIFY2(!m_asked.first().text.contains(u"顧客名,"_s), qPrintable(m_asked.first().text));
    QCOMPARE(valueIn(Production::readOnly(DataDir(root)), table, kana, rid), mondayKana);
    QCOMPARE(valueIn(Production::readOnly(DataDir(root)), table, name, rid), u"側A-テスト"_s);

    // The compare ran again and 顧客名 still differs. With it unticked, nothing is left to write: the dry run
    // says so and nothing is asked.
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), kUiTimeoutMs);
    QVERIFY(pane->selectDb(customersId));
    search(child<QLineEdit>(pane.get(), u"compareSearch"_s), u"側A-テスト"_s);
    QCOMPARE(pane->model()->rowCount(), 1);
    view->setCurrentIndex(pane->model()->index(0, 0));
    view->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(side->isLoaded() && table2->rowCount() > 0, kUiTimeoutMs);
    int ticks = 0;
    for (int row = 0; row < table2->rowCount(); ++row) {
        if (table2->item(row, 0)->flags() & Qt::ItemIsUserCheckable) {
            QCOMPARE(table2->item(row, 0)->text(), u"顧客名"_s);
            QCOMPARE(table2->item(row, 0)->checkState(), Qt::Checked); // a new compare ticks everything again
            table2->item(row, 0)->setCheckState(Qt::Unchecked);
            ++ticks;
        }
    }
    QCOMPARE(ticks, 1);
    m_asked.clear();
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isBusy(), kUiTimeoutMs);
    QVERIFY(m_asked.isEmpty());
    QVERIFY(child<QLabel>(pane.get(), u"compareStatus"_s)->text().startsWith(u"Nothing to restore"_s));
    QCOMPARE(valueIn(Production::readOnly(DataDir(root)), table, name, rid), u"側A-テスト"_s);
}

void TestComparePane::timelineShowsTheWeekAndRestoresAVersion()
{
    const QString root = copyDemo(u"timeline"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    QString table, name, kana;
    const qint64 rid = editTwoFields(root, admin, &table, &name, &kana);
    QVERIFY(rid > 0);
    const auto reference = RecordTimeline(DataDir(root), admin).run(u"顧客"_s, rid);
    QVERIFY(reference.ok());

    RecordTimelineDialog dialog(DataDir(root), Clock::system(), u"顧客"_s, rid);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.timeline(), kUiTimeoutMs);
    QTableWidget *t = dialog.table();
    // A column per version (the week's generations oldest first, then production), a row per field.
    QCOMPARE(t->columnCount(), reference->versions.size());
    QCOMPARE(t->rowCount(), reference->fields.size());
    QCOMPARE(t->horizontalHeaderItem(t->columnCount() - 1)->data(Qt::UserRole).toString(),
             EnvironmentId::production().key());
    for (int c = 0; c < reference->versions.size(); ++c)
        QCOMPARE(t->horizontalHeaderItem(c)->data(Qt::UserRole).toString(), reference->versions.at(c).env.key());
    // The highlighted cells are exactly the field changes of the events.
    int highlighted = 0, changedFields = 0;
    for (int c = 0; c < t->columnCount(); ++c) {
        for (int r = 0; r < t->rowCount(); ++r)
            highlighted += t->item(r, c)->data(Qt::UserRole).toBool();
    }
    for (const TimelineEvent &e : reference->events) {
        if (e.kind == TimelineEvent::Kind::Changed)
            changedFields += int(e.fields.size());
    }
    QCOMPARE(highlighted, changedFields);
    QVERIFY(highlighted >= 2); // the two edits, at least
    QVERIFY(dialog.grab().save(u"/tmp/timeline-shot.png"_s));
    auto *events = dialog.findChild<QListWidget *>(u"timelineEvents"_s);
    QCOMPARE(events->count(), reference->events.size());
    QVERIFY(events->item(events->count() - 1)->text().contains(u"側A-テスト"_s));

    // Production's column cannot be "restored"; the newest generation that has the record is preselected.
    auto *restore = dialog.findChild<QPushButton *>(u"timelineRestoreButton"_s);
    QVERIFY(dialog.selectVersion(EnvironmentId::production()));
    QVERIFY(!restore->isEnabled());
    QVERIFY(dialog.selectVersion(EnvironmentId::generation(Weekday::Mon)));
    QVERIFY(restore->isEnabled());
    const ConnectionSpec monday = GenerationStore(DataDir(root)).connectionSpec(Weekday::Mon);
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.findChild<QPushButton *>(u"timelineUndoButton"_s)->isEnabled(),
                             kUiTimeoutMs);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().text.contains(u"values: 1"_s), qPrintable(m_asked.first().text));
    QCOMPARE(valueIn(Production::readOnly(DataDir(root)), table, name, rid), valueIn(monday, table, name, rid));
    QCOMPARE(valueIn(Production::readOnly(DataDir(root)), table, kana, rid), valueIn(monday, table, kana, rid));
    // Read again after the restore: production's column now shows Monday's values, and the edit is gone.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.timeline(), kUiTimeoutMs);
    int mondayColumn = -1;
    for (int c = 0; c < t->columnCount(); ++c) {
        if (t->horizontalHeaderItem(c)->data(Qt::UserRole).toString() == EnvironmentId::generation(Weekday::Mon).key())
            mondayColumn = c;
    }
    QVERIFY(mondayColumn >= 0);
    for (int r = 0; r < t->rowCount(); ++r)
        QCOMPARE(t->item(r, t->columnCount() - 1)->text(), t->item(r, mondayColumn)->text());
    for (int i = 0; i < events->count(); ++i)
        QVERIFY(!events->item(i)->text().contains(u"側A-テスト"_s));
}

void TestComparePane::slotSearchFindsLastWeeksRecord()
{
    const QString root = copyDemo(u"slots"_s);
    QVERIFY(!root.isEmpty());
    const Session admin = RewindTest::adminSession(DataDir(root));
    ConsoleUser::set(admin);
    // A record Monday had and production has lost, found by a value of one of its text fields.
    QList<RecordChange> changes;
    directDiff(root, admin, &changes);
    QString db, text;
    qint64 rid = 0;
    for (const RecordChange &c : std::as_const(changes)) {
        if (c.kind != ChangeKind::Deleted)
            continue;
        for (const FieldDelta &f : c.fields) {
            if (f.before.typeId() == QMetaType::QString && f.before.toString().size() >= 4) {
                db = c.db, text = f.before.toString(), rid = c.rid;
                break;
            }
        }
        if (rid)
            break;
    }
    QVERIFY(rid > 0);
    const auto reference = RecordTimeline(DataDir(root), admin).find(db, QString(), text);
    QVERIFY(reference.ok());

    SlotSearchDialog dialog(DataDir(root), Clock::system(), db);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>(u"slotSearchDb"_s)->currentText(), db);
    dialog.findChild<QLineEdit *>(u"slotSearchText"_s)->setText(text);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"slotSearchButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.matches().isEmpty(), kUiTimeoutMs);
    QCOMPARE(dialog.matches().size(), reference->size());
    auto *results = dialog.findChild<QTableWidget *>(u"slotSearchResults"_s);
    int mondayRow = -1;
    for (int row = 0; row < reference->size(); ++row) {
        QCOMPARE(results->item(row, 0)->text(), reference->at(row).env.displayName());
        QCOMPARE(results->item(row, 2)->data(Qt::DisplayRole).toLongLong(), reference->at(row).count);
        if (reference->at(row).env == EnvironmentId::generation(Weekday::Mon))
            mondayRow = row;
    }
    QVERIFY(mondayRow >= 0);
    QVERIFY(dialog.matches().at(mondayRow).rids.contains(rid));
    QVERIFY(!dialog.matches().constLast().rids.contains(rid)); // production lost it
    results->selectRow(mondayRow);
    auto *ids = dialog.findChild<QListWidget *>(u"slotSearchIds"_s);
    const auto found = ids->findItems(QString::number(rid), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    ids->setCurrentItem(found.first());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"slotSearchTimelineButton"_s), Qt::LeftButton);
    auto *week = dialog.findChild<RecordTimelineDialog *>();
    QVERIFY(week);
    QTRY_VERIFY_WITH_TIMEOUT(!week->isBusy() && week->timeline(), kUiTimeoutMs);
    QCOMPARE(week->timeline()->rid, rid);
    QVERIFY(!week->timeline()->versions.constLast().present); // gone from production
    week->close();

    // A text nothing has: said so, no crash, nothing listed.
    dialog.findChild<QLineEdit *>(u"slotSearchText"_s)->setText(u"#no-such-value#"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"slotSearchButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), kUiTimeoutMs);
    QVERIFY(dialog.findChild<QLabel *>(u"slotSearchError"_s)->isVisibleTo(&dialog));
    QCOMPARE(ids->count(), 0);
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
    QVERIFY(child<QPushButton>(pane.get(), u"compareTimelineButton"_s)->isEnabled() || !view->currentIndex().isValid());
    QCOMPARE(productionHas(root, dbName, rid), 0);
    QVERIFY(restore->isEnabled());
    // Side by side, production has no value at all for a deleted record: a dash, not "(empty)".
    view->setCurrentIndex(pane->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(pane->sideBySide()->isLoaded() && pane->sideBySide()->table()->rowCount() > 0,
                             kUiTimeoutMs);
    for (int row = 0; row < pane->sideBySide()->table()->rowCount(); ++row)
        QCOMPARE(pane->sideBySide()->table()->item(row, 2)->text(), u"—"_s);
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
