// Preferences → Connection, driven like a user would on the test cluster (ctest fixture "pg"): fields filled
// by typing, Test Connection on a worker awaited with QTRY_*, and what changed checked through DataDir and the
// database, never through the dialog.

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "MessageBoxes.h"
#include "PreferencesDialog.h"
#include "TestSupport.h"
#include "history/HistoryStore.h"
#include "util/Clock.h"
#include "workspace/Production.h"

using namespace Qt::StringLiterals;
using namespace Rewind;

namespace
{
template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString pgPort()
{
    return qEnvironmentVariable("PGPORT");
}
} // namespace

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    QList<MessageBoxes::Request> m_asked;

    // Fills the connection fields as a person types them.
    static void fill(PreferencesDialog &d, const QString &host, int port, const QString &db, const QString &user)
    {
        for (auto [name, text] : {std::pair{"hostEdit", host}, {"databaseEdit", db}, {"userEdit", user}}) {
            auto *edit = child<QLineEdit>(&d, name);
            edit->selectAll();
            QTest::keyClicks(edit, text);
        }
        child<QSpinBox>(&d, "portSpin")->setValue(port);
    }

    QString test(PreferencesDialog &d)
    {
        auto *button = child<QPushButton>(&d, "testConnectionButton");
        if (!button->isEnabled())
            return u"(Test Connection disabled)"_s;
        QTest::mouseClick(button, Qt::LeftButton);
        if (!QTest::qWaitFor([&d] { return !d.isBusy(); }, 30000))
            return u"(still testing)"_s;
        return d.resultText();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!RewindTest::pgUrl(u"postgres"_s).isEmpty());
        QVERIFY(!pgPort().isEmpty());
        MessageBoxes::setHandler([this](const MessageBoxes::Request &r) {
            m_asked.append(r);
            return QMessageBox::Yes;
        });
    }
    void cleanup()
    {
        DataDir::setProductionOverride({});
        m_asked.clear();
    }

    // The new user's path: a workspace on this machine, an empty team database, test, move, reopen.
    void testThenMoveProductionIntoAnEmptyDatabase()
    {
        const QString root = m_tmp.filePath(u"move"_s);
        QVERIFY(RewindTest::buildDemo(root, 800, 3));
        const DataDir dir(root);
        QVERIFY(!dir.isPostgres());
        const qint64 customers = RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s);
        QVERIFY(customers > 0);
        const Session admin = RewindTest::adminSession(dir);
        const QString db = RewindTest::newPgDatabase();
        QVERIFY(!db.isEmpty());

        PreferencesDialog d(dir, m_clock, admin);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(child<QLabel>(&d, "currentProduction")->text().contains(u"production.sqlite"_s));
        auto *use = child<QPushButton>(&d, "useConnectionButton");
        QVERIFY(use->isVisible()); // shown for administrators
        fill(d, u"127.0.0.1"_s, pgPort().toInt(), db, qEnvironmentVariable("PGUSER"));
        QCOMPARE(d.address(), RewindTest::pgUrl(db));
        QVERIFY(!use->isEnabled()); // nothing tested yet

        const QString said = test(d);
        QVERIFY2(said.contains(u"an empty database"_s), qPrintable(said));
        QVERIFY2(said.contains(u"PostgreSQL "_s), qPrintable(said));
        QVERIFY(use->isEnabled());
        QVERIFY(use->text().contains(u"Move"_s));

        QSignalSpy changed(&d, &PreferencesDialog::productionChanged);
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 60000);
        QCOMPARE(m_asked.size(), 1); // asked first
        QVERIFY(m_asked.first().text.contains(RewindTest::pgUrl(db)));

        // The data dir now names the database, which holds the same records; the file is kept beside.
        QVERIFY(dir.isPostgres());
        QCOMPARE(dir.productionUrl(), RewindTest::pgUrl(db));
        QVERIFY(!QFileInfo::exists(dir.productionPath()));
        QCOMPARE(QDir(root).entryList({u"production-moved-*.sqlite"_s}).size(), 1);
        QCOMPARE(RewindTest::countRecords(Production::readOnly(dir), u"顧客"_s), customers);
        auto events = HistoryStore(dir).events();
        QVERIFY(events.ok());
        QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const HistoryEvent &e) {
            return e.kind == QLatin1String(HistoryKind::ProductionLocation);
        }));
    }

    // What goes wrong says what went wrong, and nothing changes.
    void failuresAreNamedAndChangeNothing()
    {
        const QString root = m_tmp.filePath(u"fail"_s);
        QVERIFY(RewindTest::buildDemo(root, 300, 4));
        const DataDir dir(root);
        const Session admin = RewindTest::adminSession(dir);
        PreferencesDialog d(dir, m_clock, admin);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));

        // A port nothing listens on: the server is down.
        fill(d, u"127.0.0.1"_s, 1, u"postgres"_s, qEnvironmentVariable("PGUSER"));
        QString said = test(d);
        QVERIFY2(said.startsWith(u"Could not connect"_s), qPrintable(said));
        QVERIFY2(said.contains(u"127.0.0.1"_s), qPrintable(said));
        QVERIFY(!child<QPushButton>(&d, "useConnectionButton")->isEnabled());

        // A database that does not exist.
        fill(d, u"127.0.0.1"_s, pgPort().toInt(), u"no_such_db"_s, qEnvironmentVariable("PGUSER"));
        said = test(d);
        QVERIFY2(said.contains(u"no_such_db"_s), qPrintable(said));

        // The wrong password (from PGPASSWORD, as libpq reads it).
        const QByteArray password = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", "not-the-password");
        fill(d, u"127.0.0.1"_s, pgPort().toInt(), u"postgres"_s, qEnvironmentVariable("PGUSER"));
        said = test(d);
        qputenv("PGPASSWORD", password);
        QVERIFY2(said.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(said));
        QVERIFY(!said.contains(u"not-the-password"_s));

        // A database holding another workspace is refused by core, with its name.
        const QString otherRoot = m_tmp.filePath(u"other"_s);
        QVERIFY(RewindTest::buildDemo(otherRoot, 300, 5));
        const QString otherDb = RewindTest::newPgDatabase();
        QVERIFY(PgWorkspaceCopy::moveProduction(DataDir(otherRoot), RewindTest::pgUrl(otherDb)).ok());
        fill(d, u"127.0.0.1"_s, pgPort().toInt(), otherDb, qEnvironmentVariable("PGUSER"));
        said = test(d);
        QVERIFY2(said.contains(u"workspace"_s), qPrintable(said));
        auto *use = child<QPushButton>(&d, "useConnectionButton");
        QVERIFY(use->isEnabled());
        QSignalSpy changed(&d, &PreferencesDialog::productionChanged);
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 30000);
        QCOMPARE(changed.size(), 0);
        QVERIFY2(d.resultText().contains(u"another workspace"_s), qPrintable(d.resultText()));
        QVERIFY(!dir.isPostgres());
        QVERIFY(QFileInfo::exists(dir.productionPath()));
    }

    // Support staff may test, never change.
    void onlyAdministratorsChangeIt()
    {
        const QString root = m_tmp.filePath(u"roles"_s);
        QVERIFY(RewindTest::buildDemo(root, 300, 6));
        const DataDir dir(root);
        PreferencesDialog d(dir, m_clock, RewindTest::demoSession(dir, Role::Support));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!child<QPushButton>(&d, "useConnectionButton")->isVisible());
        QVERIFY(child<QPushButton>(&d, "testConnectionButton")->isVisible());
        // And core refuses it whatever the console shows.
        auto refused = ProductionLocation::use(dir, RewindTest::demoSession(dir, Role::Support),
                                               RewindTest::pgUrl(RewindTest::newPgDatabase()), true, m_clock);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QVERIFY(!dir.isPostgres());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
