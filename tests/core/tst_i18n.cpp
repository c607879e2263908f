// Translations reach every layer at run time: a context that lupdate files differently from the
// one the code asks for would silently fall back to English, so each service is checked here.

#include "TestSupport.h"
#include "archive/ArchiveService.h"
#include "backup/GenerationStore.h"
#include "history/HistoryStore.h"
#include "schedule/Schedule.h"
#include "transfer/CsvExporter.h"
#include "sql/Connection.h"
#include "transfer/CsvEncoding.h"
#include "transfer/CsvImporter.h"
#include "transfer/FieldValues.h"
#include "transfer/SettingsDiff.h"
#include "transfer/TemplateDocument.h"
#include "util/Clock.h"
#include "util/I18n.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/SchemaEditor.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Rewind;
using namespace Qt::StringLiterals;

class TstI18n : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { I18n::install(u"en"_s); }

    void japaneseFromEveryService()
    {
        QCOMPARE(I18n::install(u"ja"_s), u"ja"_s);
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QCOMPARE(weekdayName(Weekday::Mon), u"月曜日"_s);
        QCOMPARE(EnvironmentId::production().displayName(), u"本番"_s);
        QCOMPARE(fieldTypeName(FieldType::Link), u"他DBへのリンク"_s);
        QCOMPARE(settingKindName(SettingKind::Workflow), u"業務フロー"_s);

        const auto missing = Production::open(dir, u"t"_s);
        QVERIFY(missing.error().message.contains(u"本番ワークスペースがありません"_s));
        const auto empty = GenerationStore(dir).verify(Weekday::Tue, false);
        QVERIFY2(empty.error().message.contains(u"火曜日のスロットは空"_s), qPrintable(empty.error().message));
        const auto noFile =
            ScopedConnection::open({tmp.filePath(u"x.sqlite"_s), ConnectionSpec::Mode::Immutable}, u"t"_s);
        QVERIFY(noFile.error().message.contains(u"がありません"_s));

        auto conn = Production::create(dir, u"t"_s, Clock::system());
        QVERIFY(conn.ok());
        SchemaEditor editor(conn.value()->db(), Clock::system());
        QVERIFY(editor.createDb(u"顧客"_s).ok());
        const auto dup = editor.createDb(u"顧客"_s);
        QVERIFY2(dup.error().message.contains(u"すでにあります"_s), qPrintable(dup.error().message));

        // Services added later, each with its own context.
        SettingsDifference d{
            SettingsDifference::Kind::SettingMissing, u"月別請求額"_s, SettingKind::Aggregation, {}, {}};
        QVERIFY2(d.reapplyEffect().contains(u"設定「月別請求額」を戻します"_s), qPrintable(d.reapplyEffect()));
        const auto notTemplate = TemplateDocument::read(tmp.filePath(u"none.rwt"_s));
        QVERIFY2(notTemplate.error().message.contains(u"はありません"_s), qPrintable(notTemplate.error().message));
        QVERIFY(csvEncodingName(CsvEncoding::Utf8Bom).contains(u"BOM付き"_s));
        QVariant value;
        QString reason;
        FieldDef number;
        number.type = FieldType::Number;
        QVERIFY(!FieldValues::parse(number, u"abc"_s, &value, &reason));
        QVERIFY2(reason.contains(u"数値ではありません"_s), qPrintable(reason));

        // A row error from the import pass (its own context).
        {
            QFile csv(tmp.filePath(u"bad.csv"_s));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("顧客名\n\n,\n");
        }
        CsvImportOptions im;
        im.db = u"顧客"_s;
        im.file = tmp.filePath(u"bad.csv"_s);
        auto dry = CsvImporter(dir, Clock::system(), RewindTest::adminSession(dir)).dryRun(im);
        QVERIFY(dry.ok());
        QVERIFY(!dry->issues.isEmpty());
        QVERIFY2(dry->issues.first().reason.contains(u"必須項目"_s) || dry->issues.first().reason.contains(u"セル"_s),
                 qPrintable(dry->issues.first().reason));

        QCOMPARE(I18n::install(u"en"_s), u"en"_s);
        QCOMPARE(weekdayName(Weekday::Mon), u"Monday"_s);
    }

    // Strings whose lupdate context differs from the one the code asks with (a struct's method, a free
    // function in a file whose helper names another context) still arrive in Japanese.
    void japaneseAcrossContexts()
    {
        QCOMPARE(I18n::install(u"ja"_s), u"ja"_s);
        const QRegularExpression japanese(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
        QTemporaryDir tmp;

        ArchiveSchedule s;
        s.frequency = Frequency::Monthly;
        s.monthlyRule = MonthlyRule::DayOfMonth;
        s.dayOfMonth = 31;
        s.startDate = QDate(2026, 11, 21);
        QVERIFY2(s.describe().contains(japanese), qPrintable(s.describe())); // context Rewind::ArchiveSchedule
        s.dayOfMonth = 32;
        QVERIFY2(s.validate().error().message.contains(japanese), qPrintable(s.validate().error().message));
        DailyRunTime d;
        d.time = QTime(9, 0);
        QVERIFY2(d.validate().error().message.contains(japanese), qPrintable(d.validate().error().message));
        QVERIFY2(HistoryStore::kindName(u"generation-run"_s).contains(japanese),
                 qPrintable(HistoryStore::kindName(u"generation-run"_s)));
        ArchivePolicy bad;
        bad.expiryDays = 0;
        QVERIFY2(bad.validate().error().message.contains(japanese), qPrintable(bad.validate().error().message));

        // A hostile entry name is refused by a free function of SafeZip.cpp.
        const QString zipPath = tmp.filePath(u"hostile.zip"_s);
        {
            QuaZip zip(zipPath);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(u"../evil.csv"_s)));
            f.write("x");
            f.close();
            zip.close();
        }
        const auto refused = ArchiveService::verifyFile(zipPath);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(japanese), qPrintable(refused.error().message));

        // The CSV header written by writeCsvTable, a free function shared by exports and archives.
        auto conn = Production::create(DataDir(tmp.path()), u"t"_s, Clock::system());
        QVERIFY(conn.ok());
        QVERIFY(SchemaEditor(conn.value()->db(), Clock::system()).createDb(u"顧客"_s).ok());
        conn = Result<std::shared_ptr<ScopedConnection>>(makeError(ErrorCode::NotFound, {}));
        CsvExportOptions o;
        o.db = u"顧客"_s;
        o.encoding = CsvEncoding::Utf8;
        o.outPath = tmp.filePath(u"out.csv"_s);
        QVERIFY(CsvExporter(DataDir(tmp.path()), RewindTest::adminSession(DataDir(tmp.path()))).run(o).ok());
        QFile out(o.outPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(out.readLine());
        QVERIFY2(header.contains(japanese), qPrintable(header));
    }
};

QTEST_GUILESS_MAIN(TstI18n)
#include "tst_i18n.moc"
