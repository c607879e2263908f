#include "DemoBuilder.h"

#include "backup/BackupRunner.h"
#include "sql/Connection.h"
#include "util/Clock.h"
#include "workspace/Catalog.h"
#include "workspace/Production.h"
#include "workspace/RecordWriter.h"
#include "workspace/SchemaEditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <random>

namespace Rewind
{

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Rewind::DemoBuilder", text);
}

// Deterministic pseudo-random source. mt19937_64 is specified bit for bit by the standard; the
// helpers below avoid std::uniform_*_distribution, whose output differs between libraries.
class Dice
{
public:
    explicit Dice(quint64 seed) : m_rng(seed) {}
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(m_rng() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N> const T &pick(const T (&items)[N]) { return items[below(N)]; }
    QString pickS(const QStringList &items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_rng;
};

const char *const kFamily[] = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤",
                               "吉田", "山本", "髙橋", "斎藤", "松本", "井上", "木村", "林",   "清水", "山崎"};
const char *const kGiven[] = {"太郎", "花子", "一郎", "美咲", "翔",   "陽菜", "健太", "さくら", "大輔", "由美",
                              "拓也", "彩",   "誠",   "直子", "悠斗", "愛",   "浩二", "真由美", "蓮",   "結衣"};
const char *const kCompanyCore[] = {"山田",   "東海",   "北斗", "富士", "大和", "さくら", "みどり",
                                    "日の出", "青葉",   "髙島", "丸一", "三和", "平成",   "中央",
                                    "関東",   "瀬戸内", "白鳥", "若葉", "朝日", "浪速"};
const char *const kCompanySuffix[] = {"商事", "工業", "製作所", "物産", "システムズ",       "ホールディングス",
                                      "電機", "食品", "建設",   "運輸", "ソリューションズ", "印刷"};
const char *const kCompanyForm[] = {"株式会社", "株式会社", "株式会社", "有限会社", "合同会社", "㈱"};
const char *const kStatuses[] = {"見込み", "提案中", "受注", "失注"};
const char *const kPrefectures[] = {"東京都", "大阪府", "愛知県", "神奈川県", "福岡県", "北海道", "京都府", "広島県"};
const char *const kCities[] = {"中央区1-2-3",  "北区4-5-6", "港区7-8-9", "緑区〜10-1",
                               "栄町2丁目3番", "本町①-5",   "駅前通り11"};
const char *const kIndustries[] = {"製造", "小売", "卸売", "IT", "建設", "運輸", "飲食", "医療"};
const char *const kCategories[] = {"ハードウェア", "ソフトウェア", "保守", "消耗品", "コンサルティング"};
const char *const kProductWords[] = {"ノートPC",   "モニター", "プリンター",   "ルーター", "会計ソフト",
                                     "保守パック", "トナー",   "ＵＳＢメモリ", "サーバー", "タブレット"};
const char *const kDealWords[] = {"基幹システム更改", "PC入替",     "保守契約更新",    "ネットワーク増強",
                                  "クラウド移行",     "複合機導入", "セキュリティ診断"};
const char *const kDepartments[] = {"営業部", "総務部", "情報システム部", "経理部", "購買部", "製造部"};
const char *const kNotes[] = {"",
                              "",
                              "",
                              "至急対応",
                              "前回の見積は＼12,000引き",
                              "担当交代あり\n引継ぎ済み",
                              "～年度末までに決裁",
                              "=SUM(A1:A3) と書かれたメモ",
                              "-5% 値引き希望",
                              "+81-3-1234-5678 に折り返し"};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct DbPlan
{
    const char *name;
    const char *description;
    int weight; // share of the records, in percent
};
const DbPlan kPlan[] = {
    {"顧客", "取引先企業", 6}, {"担当者", "取引先の担当者", 10}, {"商品", "販売する商品とサービス", 2},
    {"案件", "商談", 12},      {"見積", "見積書", 15},           {"見積明細", "見積書の明細行", 40},
    {"請求", "請求書", 15},
};

struct Ids
{
    qint64 customer = 0, contact = 0, product = 0, deal = 0, quote = 0, line = 0, invoice = 0;
};

FieldDef field(const char *name, FieldType type, qint64 link = 0, QStringList choices = {}, bool required = false)
{
    FieldDef f;
    f.name = s(name);
    f.type = type;
    f.linkDbId = link;
    f.choices = std::move(choices);
    f.required = required;
    return f;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(s(i));
    return out;
}

QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> items)
{
    QJsonObject o;
    for (const auto &[k, v] : items)
        o.insert(k, v);
    return o;
}
} // namespace

DemoBuilder::DemoBuilder(DataDir dir, DemoOptions options) : m_dir(std::move(dir)), m_options(std::move(options))
{
}

Result<DemoSummary> DemoBuilder::build()
{
    const QDate today = m_options.today.isValid() ? m_options.today : Clock::system().now().date();
    const QDate firstDay = today.addDays(-6);
    ManualClock clock(QDateTime(firstDay.addDays(-1), QTime(9, 0)));
    Dice dice(m_options.seed);
    auto report = [this](int percent, const QString &stage) {
        if (m_progress)
            m_progress(percent, stage);
    };
    auto cancelled = [this] {
        return m_cancel && m_cancel->load();
    };

    report(0, tr("Creating the demo workspace"));
    auto conn = Production::create(m_dir, s("デモ販売管理"), clock);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value()->db();
    // Bulk load: durability of each commit does not matter until the first backup.
    (void)Sql::exec(db, u"PRAGMA synchronous=OFF"_s, {});
    (void)Sql::exec(db, u"PRAGMA cache_size=-65536"_s, {});

    // A failed or cancelled build leaves nothing behind: the data directory had no workspace before.
    auto fail = [this](const Error &e) -> Error {
        for (Weekday day : kAllWeekdays)
            QFile::remove(m_dir.slotPath(day));
        QFile::remove(m_dir.productionPath());
        QFile::remove(m_dir.productionPath() + "-wal"_L1);
        QFile::remove(m_dir.productionPath() + "-shm"_L1);
        return e;
    };

    // One user per role; the administrator is the primary contact. Support staff may not open generations
    // until an administrator grants it, as in the seed.
    {
        UserStore users(m_dir, clock);
        const DemoUser &first = kDemoUsers[0];
        auto admin = users.createFirstAdmin(QString::fromUtf8(first.login), QString::fromUtf8(first.displayName),
                                            QByteArray(first.password));
        if (!admin)
            return fail(admin.error());
        auto session = users.login(QString::fromUtf8(first.login), QByteArray(first.password));
        if (!session)
            return fail(session.error());
        for (const DemoUser &u : kDemoUsers) {
            if (u.role == Role::Admin)
                continue;
            auto made = users.createUser(session.value(), QString::fromUtf8(u.login), QString::fromUtf8(u.displayName),
                                         u.role, QByteArray(u.password), false);
            if (!made)
                return fail(made.error());
        }
    }

    SchemaEditor editor(db, clock);
    Ids ids;
    qint64 *idSlots[] = {&ids.customer, &ids.contact, &ids.product, &ids.deal, &ids.quote, &ids.line, &ids.invoice};
    for (size_t i = 0; i < std::size(kPlan); ++i) {
        auto id = editor.createDb(s(kPlan[i].name), s(kPlan[i].description));
        if (!id)
            return fail(id.error());
        *idSlots[i] = id.value();
    }
    const QList<std::pair<qint64, QList<FieldDef>>> fields = {
        {ids.customer,
         {field("顧客名", FieldType::Text, 0, {}, true), field("顧客名カナ", FieldType::Text),
          field("業種", FieldType::Choice, 0, list({"製造", "小売", "卸売", "IT", "建設", "運輸", "飲食", "医療"})),
          field("都道府県", FieldType::Choice, 0,
                list({"東京都", "大阪府", "愛知県", "神奈川県", "福岡県", "北海道", "京都府", "広島県"})),
          field("住所", FieldType::Text), field("電話番号", FieldType::Text), field("取引開始日", FieldType::Date),
          field("有効", FieldType::CheckBox), field("備考", FieldType::MultilineText)}},
        {ids.contact,
         {field("氏名", FieldType::Text, 0, {}, true), field("顧客", FieldType::Link, ids.customer),
          field("部署", FieldType::Text), field("メール", FieldType::Text), field("電話番号", FieldType::Text),
          field("主担当", FieldType::CheckBox)}},
        {ids.product,
         {field("商品名", FieldType::Text, 0, {}, true), field("商品コード", FieldType::Text),
          field("カテゴリ", FieldType::Choice, 0,
                list({"ハードウェア", "ソフトウェア", "保守", "消耗品", "コンサルティング"})),
          field("単価", FieldType::Number), field("在庫数", FieldType::Number), field("発売日", FieldType::Date)}},
        {ids.deal,
         {field("案件名", FieldType::Text, 0, {}, true), field("顧客", FieldType::Link, ids.customer),
          field("担当者", FieldType::Link, ids.contact),
          field("ステータス", FieldType::Choice, 0, list({"見込み", "提案中", "受注", "失注"})),
          field("見込金額", FieldType::Number), field("受注予定日", FieldType::Date),
          field("最終接触", FieldType::DateTime), field("メモ", FieldType::MultilineText)}},
        {ids.quote,
         {field("見積番号", FieldType::Text, 0, {}, true), field("案件", FieldType::Link, ids.deal),
          field("見積日", FieldType::Date), field("有効期限", FieldType::Date), field("合計金額", FieldType::Number),
          field("承認済", FieldType::CheckBox)}},
        {ids.line,
         {field("明細名", FieldType::Text, 0, {}, true), field("見積", FieldType::Link, ids.quote),
          field("商品", FieldType::Link, ids.product), field("数量", FieldType::Number),
          field("単価", FieldType::Number), field("金額", FieldType::Number)}},
        {ids.invoice,
         {field("請求番号", FieldType::Text, 0, {}, true), field("案件", FieldType::Link, ids.deal),
          field("請求日", FieldType::Date), field("支払期日", FieldType::Date), field("請求金額", FieldType::Number),
          field("入金済", FieldType::CheckBox), field("入金日時", FieldType::DateTime)}},
    };
    for (const auto &[dbId, defs] : fields) {
        for (const FieldDef &f : defs) {
            if (auto id = editor.addField(dbId, f); !id)
                return fail(id.error());
        }
    }

    // Settings of every kind, as a sales team would have them.
    struct SettingSeed
    {
        qint64 db;
        SettingKind kind;
        const char *name;
        QJsonObject def;
    };
    const QList<SettingSeed> settings = {
        {ids.deal, SettingKind::Automation, "受注時に請求担当へ通知",
         obj({{u"trigger"_s, u"onUpdate"_s},
              {u"condition"_s, obj({{u"field"_s, s("ステータス")}, {u"equals"_s, s("受注")}})},
              {u"action"_s, obj({{u"type"_s, u"notify"_s}, {u"to"_s, s("role:経理")}})}})},
        {ids.quote, SettingKind::Automation, "有効期限切れを失注に",
         obj({{u"trigger"_s, u"daily"_s},
              {u"time"_s, u"06:00"_s},
              {u"action"_s, obj({{u"type"_s, u"update"_s}, {u"field"_s, s("承認済")}, {u"value"_s, false}})}})},
        {ids.line, SettingKind::Automation, "金額を計算",
         obj({{u"trigger"_s, u"onSave"_s},
              {u"action"_s,
               obj({{u"type"_s, u"calculate"_s}, {u"field"_s, s("金額")}, {u"expression"_s, s("数量 * 単価")}})}})},
        {ids.deal, SettingKind::Aggregation, "顧客別見込金額",
         obj({{u"groupBy"_s, s("顧客")},
              {u"sum"_s, s("見込金額")},
              {u"breakdowns"_s, QJsonArray{s("ステータス")}},
              {u"store"_s, u"monthly"_s}})},
        {ids.invoice, SettingKind::Aggregation, "月別請求額",
         obj({{u"groupBy"_s, s("請求日:month")},
              {u"sum"_s, s("請求金額")},
              {u"breakdowns"_s, QJsonArray{s("入金済")}}})},
        {ids.quote, SettingKind::Workflow, "見積承認",
         obj({{u"states"_s, QJsonArray{s("下書き"), s("承認待ち"), s("承認済"), s("差戻し")}},
              {u"transitions"_s,
               QJsonArray{obj({{u"from"_s, s("下書き")}, {u"to"_s, s("承認待ち")}, {u"role"_s, s("営業")}}),
                          obj({{u"from"_s, s("承認待ち")}, {u"to"_s, s("承認済")}, {u"role"_s, s("課長")}}),
                          obj({{u"from"_s, s("承認待ち")}, {u"to"_s, s("差戻し")}, {u"role"_s, s("課長")}})}}})},
        {ids.customer, SettingKind::View, "有効な顧客",
         obj({{u"columns"_s, QJsonArray{s("顧客名"), s("都道府県"), s("電話番号")}},
              {u"filter"_s, obj({{u"field"_s, s("有効")}, {u"equals"_s, true}})},
              {u"sort"_s, obj({{u"field"_s, s("顧客名カナ")}, {u"order"_s, u"asc"_s}})}})},
        {ids.deal, SettingKind::View, "今月の受注予定",
         obj({{u"columns"_s, QJsonArray{s("案件名"), s("顧客"), s("見込金額"), s("受注予定日")}},
              {u"filter"_s, obj({{u"field"_s, s("受注予定日")}, {u"within"_s, u"thisMonth"_s}})}})},
        {ids.customer, SettingKind::AccessRight, "営業",
         obj({{u"role"_s, s("営業")}, {u"read"_s, true}, {u"write"_s, true}, {u"delete"_s, false}})},
        {ids.invoice, SettingKind::AccessRight, "経理",
         obj({{u"role"_s, s("経理")}, {u"read"_s, true}, {u"write"_s, true}, {u"delete"_s, true}})},
        {ids.invoice, SettingKind::AccessRight, "佐藤さん(閲覧のみ)",
         obj({{u"user"_s, u"sato"_s}, {u"read"_s, true}, {u"write"_s, false}, {u"delete"_s, false}})},
    };
    for (const auto &seed : settings) {
        if (auto id = editor.addSetting(seed.db, seed.kind, s(seed.name), seed.def); !id)
            return fail(id.error());
    }

    auto catalog = Catalog::load(db);
    if (!catalog)
        return fail(catalog.error());

    // Record values, by DB. `counts` holds the highest rid per DB, for links and later edits.
    QHash<qint64, qint64> counts;
    auto dateIn = [&dice](const QDate &base, int spread) {
        return base.addDays(dice.between(-spread, spread)).toString(Qt::ISODate);
    };
    auto valuesFor = [&](qint64 dbId, qint64 n) -> QVariantList {
        const QDate base = clock.now().date();
        auto link = [&](qint64 target) -> QVariant {
            const qint64 max = counts.value(target);
            return max > 0 ? QVariant(dice.between(1, max)) : QVariant();
        };
        const QString person = QString(s(dice.pick(kFamily)) + u' ' + s(dice.pick(kGiven)));
        if (dbId == ids.customer) {
            const QString core = s(dice.pick(kCompanyCore));
            return {QString(s(dice.pick(kCompanyForm)) + core + s(dice.pick(kCompanySuffix)) +
                            (n % 7 == 0 ? QString::number(n) : QString())),
                    core,
                    s(dice.pick(kIndustries)),
                    s(dice.pick(kPrefectures)),
                    s(dice.pick(kCities)),
                    u"0%1-%2-%3"_s.arg(dice.between(3, 99)).arg(dice.between(1000, 9999)).arg(dice.between(1000, 9999)),
                    dateIn(base.addYears(-3), 700),
                    dice.chance(85) ? 1 : 0,
                    s(dice.pick(kNotes))};
        }
        if (dbId == ids.contact) {
            return {
                person,
                link(ids.customer),
                s(dice.pick(kDepartments)),
                u"user%1@example.co.jp"_s.arg(n),
                u"0%1-%2-%3"_s.arg(dice.between(70, 90)).arg(dice.between(1000, 9999)).arg(dice.between(1000, 9999)),
                dice.chance(30) ? 1 : 0};
        }
        if (dbId == ids.product) {
            return {QString(s(dice.pick(kProductWords)) + u' ' +
                            u"%1-%2"_s.arg(QChar(char16_t(u'A' + dice.below(26)))).arg(n)),
                    u"P%1"_s.arg(n, 6, 10, QLatin1Char('0')),
                    s(dice.pick(kCategories)),
                    dice.between(5, 3000) * 100,
                    dice.between(0, 500),
                    dateIn(base.addYears(-2), 500)};
        }
        if (dbId == ids.deal) {
            return {QString(s(dice.pick(kDealWords)) + u" #%1"_s.arg(n)),
                    link(ids.customer),
                    link(ids.contact),
                    s(dice.pick(kStatuses)),
                    dice.between(10, 5000) * 1000,
                    dateIn(base, 90),
                    QDateTime(base.addDays(-dice.below(60)), QTime(dice.between(9, 18), dice.below(60)))
                        .toString(Qt::ISODate),
                    s(dice.pick(kNotes))};
        }
        if (dbId == ids.quote) {
            const QDate d = base.addDays(-dice.below(300));
            return {u"Q-%1"_s.arg(n, 7, 10, QLatin1Char('0')),
                    link(ids.deal),
                    d.toString(Qt::ISODate),
                    d.addDays(30).toString(Qt::ISODate),
                    dice.between(1, 2000) * 1000,
                    dice.chance(60) ? 1 : 0};
        }
        if (dbId == ids.line) {
            const qint64 qty = dice.between(1, 20);
            const qint64 price = dice.between(5, 3000) * 100;
            return {QString(s(dice.pick(kProductWords)) + s(" 一式")),
                    link(ids.quote),
                    link(ids.product),
                    qty,
                    price,
                    qty * price};
        }
        const QDate d = base.addDays(-dice.below(300));
        const bool paid = dice.chance(70);
        return {u"INV-%1"_s.arg(n, 7, 10, QLatin1Char('0')),
                link(ids.deal),
                d.toString(Qt::ISODate),
                d.addDays(30).toString(Qt::ISODate),
                dice.between(1, 2000) * 1000,
                paid ? 1 : 0,
                paid ? QVariant(QDateTime(d.addDays(dice.between(1, 30)), QTime(10, 0)).toString(Qt::ISODate))
                     : QVariant()};
    };

    // Initial load, DB by DB in link order, spread over the past year by created_at.
    qint64 weights = 0;
    for (const auto &p : kPlan)
        weights += p.weight;
    qint64 loaded = 0;
    {
        Sql::Transaction tx(db);
        if (auto st = tx.begin(); !st)
            return fail(st.error());
        for (size_t i = 0; i < std::size(kPlan); ++i) {
            const DbDef *def = catalog->db(*idSlots[i]);
            const qint64 n = std::max<qint64>(5, m_options.records * kPlan[i].weight / weights);
            RecordWriter writer(db, *def, clock);
            const qint64 yearMs = 365LL * 24 * 3600 * 1000;
            const qint64 startMs = clock.now().toMSecsSinceEpoch() - yearMs;
            for (qint64 r = 1; r <= n; ++r) {
                const qint64 created = startMs + yearMs * r / (n + 1);
                if (auto id = writer.insert(valuesFor(def->id, r), 0, created); !id)
                    return fail(id.error());
                counts[def->id] = r;
                if ((++loaded & 0xfff) == 0) {
                    report(int(50 * loaded / std::max<qint64>(1, m_options.records)), tr("Adding demo records"));
                    if (cancelled())
                        return fail(makeError(ErrorCode::Cancelled, tr("Building the demo was cancelled.")));
                }
            }
        }
        if (auto st = tx.commit(); !st)
            return fail(st.error());
    }

    // The week: business-day edits, then that night's backup.
    SchemaEditor weekEditor(db, clock);
    auto settingId = [&db](const char *name) -> qint64 {
        QSqlQuery q(db);
        q.prepare(u"SELECT id FROM rw_setting WHERE name = ?"_s);
        q.addBindValue(s(name));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    auto dayOfEdits = [&](int day) -> Status {
        auto cat = Catalog::load(db);
        if (!cat)
            return cat.error();
        Sql::Transaction tx(db);
        if (auto st = tx.begin(); !st)
            return st;
        for (const DbDef &def : cat->dbs) {
            RecordWriter writer(db, def, clock);
            const qint64 max = counts.value(def.id);
            const qint64 touches = std::max<qint64>(1, max / 200);
            for (qint64 k = 0; k < touches; ++k) {
                const qint64 rid = dice.between(1, max);
                QHash<qint64, QVariant> change;
                const FieldDef &f = def.fields[dice.below(def.fields.size())];
                if (f.type == FieldType::Number)
                    change.insert(f.id, dice.between(1, 99999));
                else if (f.type == FieldType::Text || f.type == FieldType::MultilineText)
                    change.insert(f.id, QString(s(dice.pick(kFamily)) + s(" 更新") + QString::number(day)));
                else
                    continue;
                if (auto st = writer.update(rid, change); !st && st.error().code != ErrorCode::NotFound)
                    return st;
            }
            for (qint64 k = 0; k < std::max<qint64>(1, max / 300); ++k) {
                QVariantList values = valuesFor(def.id, max + k + 1);
                while (values.size() < def.fields.size()) // fields added during the week start empty
                    values.append(QVariant());
                auto id = writer.insert(values);
                if (!id)
                    return id.error();
                counts[def.id] = id.value();
            }
            for (qint64 k = 0; k < std::max<qint64>(1, max / 500); ++k) {
                if (auto st = writer.remove(dice.between(1, max)); !st && st.error().code != ErrorCode::NotFound)
                    return st;
            }
        }
        if (auto st = tx.commit(); !st)
            return st;
        // One settings change a day, so every generation's settings differ from the next.
        switch (day) {
        case 0:
            return weekEditor.updateSetting(
                settingId("受注時に請求担当へ通知"), s("受注時に経理へ通知"),
                obj({{u"trigger"_s, u"onUpdate"_s},
                     {u"action"_s, obj({{u"type"_s, u"notify"_s}, {u"to"_s, s("role:経理")}})}}));
        case 1: {
            FieldDef f = field("LINE ID", FieldType::Text);
            auto id = weekEditor.addField(ids.customer, f);
            return id ? Status() : Status(id.error());
        }
        case 2:
            return weekEditor.updateSetting(
                settingId("今月の受注予定"), s("今月の受注予定"),
                obj({{u"columns"_s, QJsonArray{s("案件名"), s("見込金額")}},
                     {u"filter"_s, obj({{u"field"_s, s("ステータス")}, {u"equals"_s, s("提案中")}})}}));
        case 3:
            return weekEditor.deleteSetting(settingId("月別請求額"));
        case 4: {
            auto id = weekEditor.addSetting(ids.deal, SettingKind::Workflow, s("値引き承認"),
                                            obj({{u"states"_s, QJsonArray{s("申請"), s("承認"), s("却下")}}}));
            return id ? Status() : Status(id.error());
        }
        case 5: {
            auto id =
                weekEditor.addSetting(ids.product, SettingKind::Automation, s("在庫切れ通知"),
                                      obj({{u"trigger"_s, u"onUpdate"_s},
                                           {u"condition"_s, obj({{u"field"_s, s("在庫数")}, {u"equals"_s, 0}})}}));
            return id ? Status() : Status(id.error());
        }
        case 6:
            return weekEditor.updateSetting(
                settingId("営業"), s("営業"),
                obj({{u"role"_s, s("営業")}, {u"read"_s, true}, {u"write"_s, true}, {u"delete"_s, true}}));
        default:
            return weekEditor.deleteSetting(settingId("在庫切れ通知"));
        }
    };

    int generations = 0;
    for (int day = 0; day < 7; ++day) {
        if (cancelled())
            return fail(makeError(ErrorCode::Cancelled, tr("Building the demo was cancelled.")));
        const QDate date = firstDay.addDays(day);
        clock.set(QDateTime(date.addDays(-1), QTime(10, 0)).addSecs(day * 60));
        if (auto st = dayOfEdits(day); !st)
            return fail(st.error());
        clock.set(QDateTime(date, QTime(1, 30)).addSecs(day * 7));
        report(50 + day * 7, tr("Taking the backup of %1").arg(date.toString(Qt::ISODate)));
        BackupRunner runner(m_dir, clock, Session::schedulerSession()); // the nightly timer
        auto gen = runner.run();
        if (!gen)
            return fail(gen.error());
        ++generations;
    }
    // Today's work after the last backup, so production differs from every generation.
    clock.set(QDateTime(today, QTime(2, 0)));
    if (auto st = dayOfEdits(7); !st)
        return fail(st.error());
    (void)Sql::exec(db, u"PRAGMA synchronous=NORMAL"_s, {});

    DemoSummary summary;
    summary.dbs = int(std::size(kPlan));
    summary.generations = generations;
    QSqlQuery q(db);
    for (size_t i = 0; i < std::size(kPlan); ++i) {
        if (q.exec(u"SELECT count(*) FROM rec_%1"_s.arg(*idSlots[i])) && q.next())
            summary.records += q.value(0).toLongLong();
    }
    report(100, tr("Done"));
    return summary;
}

} // namespace Rewind
