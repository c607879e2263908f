<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Rewind::BackupRunner</name>
    <message>
        <source>There is no production workspace in %1. Create one with "rewindctl demo" or "rewindctl init", or pass the right --data-dir.</source>
        <translation>%1 に本番ワークスペースがありません。「rewindctl demo」または「rewindctl init」で作成するか、正しい --data-dir を指定してください。</translation>
    </message>
    <message>
        <source>Another backup run (process %1) is in progress. Wait for it to finish.</source>
        <translation>別のバックアップ実行(プロセス %1)が進行中です。終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>The backup run was cancelled. The previous generation of %1 is unchanged.</source>
        <translation>バックアップ実行は中止されました。%1の前の世代はそのままです。</translation>
    </message>
    <message>
        <source>Copying production</source>
        <translation>本番をコピーしています</translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation>本番を開けません: %1</translation>
    </message>
    <message>
        <source>Cannot start reading production: %1</source>
        <translation>本番の読み取りを開始できません: %1</translation>
    </message>
    <message>
        <source>Production is not a Rewind workspace: %1</source>
        <translation>本番は Rewind のワークスペースではありません: %1</translation>
    </message>
    <message>
        <source>Cannot count the records of "%1": %2</source>
        <translation>「%1」のレコード数を数えられません: %2</translation>
    </message>
    <message>
        <source>Cannot create the new generation file: %1</source>
        <translation>新しい世代のファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the new generation file: %1</source>
        <translation>新しい世代のファイルを準備できません: %1</translation>
    </message>
    <message>
        <source>Cannot start copying production: %1</source>
        <translation>本番のコピーを開始できません: %1</translation>
    </message>
    <message>
        <source>Copying production failed: %1</source>
        <translation>本番のコピーに失敗しました: %1</translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after the copy).</source>
        <translation>新しい世代の書き込みに失敗しました(コピー後に注入した障害)。</translation>
    </message>
    <message>
        <source>Verifying the copy</source>
        <translation>コピーを検証しています</translation>
    </message>
    <message>
        <source>Cannot finish the new generation file: %1</source>
        <translation>新しい世代のファイルを仕上げられません: %1</translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after converting the journal).</source>
        <translation>新しい世代の書き込みに失敗しました(ジャーナル変換後に注入した障害)。</translation>
    </message>
    <message>
        <source>The copy cannot be read back: %1</source>
        <translation>コピーを読み戻せません: %1</translation>
    </message>
    <message>
        <source>The copied settings cannot be read back: %1</source>
        <translation>コピーした設定を読み戻せません: %1</translation>
    </message>
    <message>
        <source>The copy failed its integrity check: %1</source>
        <translation>コピーが整合性チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>The copy of "%1" has %2 records, production had %3 at the same instant. The previous generation is kept.</source>
        <translation>「%1」のコピーは %2 件ですが、同じ時点の本番は %3 件でした。前の世代を残します。</translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after verification).</source>
        <translation>新しい世代の書き込みに失敗しました(検証後に注入した障害)。</translation>
    </message>
    <message>
        <source>Publishing the generation</source>
        <translation>世代を公開しています</translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after the manifest).</source>
        <translation>新しい世代の書き込みに失敗しました(マニフェスト書き込み後に注入した障害)。</translation>
    </message>
    <message>
        <source>Cannot flush the new generation to disk: %1</source>
        <translation>新しい世代をディスクに書き出せません: %1</translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault before publishing).</source>
        <translation>新しい世代の書き込みに失敗しました(公開前に注入した障害)。</translation>
    </message>
    <message>
        <source>Cannot publish the new generation as %1: %2</source>
        <translation>新しい世代を %1 として公開できません: %2</translation>
    </message>
    <message>
        <source>Cannot flush the generations folder to disk: %1</source>
        <translation>世代フォルダーをディスクに書き出せません: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Rewind::Catalog</name>
    <message>
        <source>Reading the workspace catalog</source>
        <translation>ワークスペースの定義を読み込み中</translation>
    </message>
    <message>
        <source>Field %1 (id %2) has an unknown type "%3".</source>
        <translation>項目 %1(ID %2)の型「%3」は不明です。</translation>
    </message>
</context>
<context>
    <name>Rewind::Console</name>
    <message>
        <source>Rewind console: browse production and the seven daily generations.</source>
        <translation>Rewind コンソール: 本番と毎日の 7 世代を閲覧します。</translation>
    </message>
    <message>
        <source>Where production and the generations live (default: %1).</source>
        <translation>本番と世代を置く場所(既定: %1)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the demo workspace (in %1 unless --data-dir is given); build it first if it is not there.</source>
        <translation>デモワークスペースを開きます(--data-dir がなければ %1)。なければ先に作成します。</translation>
    </message>
    <message>
        <source>Language of the console: ja or en (default: the last choice, else the system's).</source>
        <translation>コンソールの言語: ja または en(既定: 前回の選択、なければシステムの言語)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The demo could not be built</source>
        <translation>デモを作成できませんでした</translation>
    </message>
</context>
<context>
    <name>Rewind::Ctl</name>
    <message>
        <source>My workspace</source>
        <translation>マイワークスペース</translation>
    </message>
    <message>
        <source>Created an empty workspace in %1</source>
        <translation>%1 に空のワークスペースを作成しました</translation>
    </message>
    <message>
        <source>--records takes a whole number from 1 to 100000000, not "%1".</source>
        <translation>--records には 1〜100000000 の整数を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not "%1".</source>
        <translation>--seed には整数を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD, not "%1".</source>
        <translation>--today には YYYY-MM-DD 形式の日付を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2 DBs, %3 records, %4 generations (%5 s).</source>
        <translation>%1 にデモワークスペースを用意しました: DB %2 個、レコード %3 件、世代 %4 個(%5 秒)。</translation>
    </message>
    <message>
        <source>Generation %1 taken at %2: %3 records, %4, verified in %5 s.</source>
        <translation>世代 %1 を %2 に取得しました: %3 件、%4、%5 秒で検証済み。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>verify takes one slot (mon … sun) or --all.</source>
        <translation>verify にはスロットを 1 つ(mon … sun)か --all を指定してください。</translation>
    </message>
    <message>
        <source>"%1" is not a slot. Use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>「%1」はスロットではありません。mon, tue, wed, thu, fri, sat, sun のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 records checked in %2 s</source>
        <translation>%1 件を %2 秒で確認</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Damaged generations found. Take a new backup; the damaged slot is replaced by the next run of its weekday.</source>
        <translation>破損した世代があります。新しくバックアップを取ってください。破損したスロットはその曜日の次の実行で置き換わります。</translation>
    </message>
    <message>
        <source>No generations yet. Take one with "rewindctl backup".</source>
        <translation>世代はまだありません。「rewindctl backup」で取得してください。</translation>
    </message>
    <message>
        <source>Say which environment with --env production|mon|tue|wed|thu|fri|sat|sun.</source>
        <translation>--env production|mon|tue|wed|thu|fri|sat|sun で環境を指定してください。</translation>
    </message>
    <message>
        <source>"%1" is not an environment. Use production, mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>「%1」は環境ではありません。production, mon, tue, wed, thu, fri, sat, sun のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The %1 slot is empty: no generation has been taken on a %1 yet.</source>
        <translation>%1のスロットは空です: %1にはまだ世代が取得されていません。</translation>
    </message>
    <message>
        <source>The %1 generation is damaged: %2</source>
        <translation>%1の世代は破損しています: %2</translation>
    </message>
    <message>
        <source>Counting the records of "%1"</source>
        <translation>「%1」のレコード数を数えています</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>There is no DB named "%1" here. DBs: %2</source>
        <translation>「%1」という DB はありません。DB: %2</translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation>--limit には 1 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>Reading the records of "%1"</source>
        <translation>「%1」のレコードを読み込み中</translation>
    </message>
    <message>
        <source>Print JSON (stable field names, for scripts).</source>
        <translation>JSON で出力します(スクリプト用。項目名は変わりません)。</translation>
    </message>
    <message>
        <source>Environment: production, or a slot mon, tue, wed, thu, fri, sat, sun.</source>
        <translation>環境: production、またはスロット mon, tue, wed, thu, fri, sat, sun。</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Create an empty production workspace in the data directory.</source>
        <translation>データフォルダーに空の本番ワークスペースを作成します。</translation>
    </message>
    <message>
        <source>Name of the workspace.</source>
        <translation>ワークスペースの名前。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Create the demo workspace and simulate a week of daily backups (all seven slots).</source>
        <translation>デモワークスペースを作成し、1 週間分の毎日のバックアップ(7 スロットすべて)を再現します。</translation>
    </message>
    <message>
        <source>Production records in total (default 50000).</source>
        <translation>本番のレコード総数(既定 50000)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same workspace (default 1).</source>
        <translation>乱数シード。同じシードなら同じワークスペースになります(既定 1)。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last simulated day, YYYY-MM-DD (default: today).</source>
        <translation>再現する最後の日 YYYY-MM-DD(既定: 今日)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Take today's generation now: copy production, verify it, and publish it in today's weekday slot.</source>
        <translation>今日の世代を今すぐ取得します: 本番をコピーして検証し、今日の曜日のスロットに公開します。</translation>
    </message>
    <message>
        <source>List the seven weekday slots: state, time taken, records and size.</source>
        <translation>7 つの曜日スロットを一覧表示します: 状態、取得日時、レコード数、サイズ。</translation>
    </message>
    <message>
        <source>Check generations against their manifests (integrity check, record counts, checksums). Exit code 3 when one is damaged.</source>
        <translation>世代をマニフェストと照合します(整合性チェック、レコード数、チェックサム)。破損があれば終了コード 3。</translation>
    </message>
    <message>
        <source>Verify every slot.</source>
        <translation>すべてのスロットを検証します。</translation>
    </message>
    <message>
        <source>Run SQLite's full integrity_check instead of quick_check.</source>
        <translation>quick_check の代わりに SQLite の完全な integrity_check を実行します。</translation>
    </message>
    <message>
        <source>[SLOT]</source>
        <translation>[スロット]</translation>
    </message>
    <message>
        <source>List the DBs of an environment with their record counts.</source>
        <translation>環境の DB をレコード数とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Print records of one DB of an environment.</source>
        <translation>環境の DB 1 つのレコードを表示します。</translation>
    </message>
    <message>
        <source>DB name.</source>
        <translation>DB 名。</translation>
    </message>
    <message>
        <source>Only records containing these words (width- and case-insensitive).</source>
        <translation>これらの語を含むレコードだけ(全角・半角、大文字・小文字を区別しません)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>At most N records (default 20).</source>
        <translation>最大 N 件(既定 20)。</translation>
    </message>
    <message>
        <source>Run "rewindctl --help" for the list of commands.</source>
        <translation>コマンドの一覧は「rewindctl --help」で表示できます。</translation>
    </message>
    <message>
        <source>Usage: rewindctl [--data-dir DIR] [--lang ja|en] COMMAND [options]

Rewind keeps seven verified, read-only daily generations of a business database.

Commands:
</source>
        <translation>使い方: rewindctl [--data-dir DIR] [--lang ja|en] コマンド [オプション]

Rewind は業務データベースの検証済み・読み取り専用の世代を毎日 1 つ、7 世代保持します。

コマンド:
</translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR  Where production and generations live (default: %1).
  --lang ja|en    Language of messages (default: the system's; also REWIND_LANG).
  -h, --help      Help; "rewindctl COMMAND --help" shows a command's options.
  -v, --version   Version.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments, 3 a verified generation is damaged.
</source>
        <translation>
共通オプション:
  --data-dir DIR  本番と世代を置く場所(既定: %1)。
  --lang ja|en    メッセージの言語(既定: システムの言語。REWIND_LANG でも指定可)。
  -h, --help      ヘルプ。「rewindctl コマンド --help」でコマンドのオプションを表示します。
  -v, --version   バージョン。

終了コード: 0 成功、1 処理の失敗、2 引数の誤り、3 検証した世代が破損。
</translation>
    </message>
    <message>
        <source>Rewind command line</source>
        <translation>Rewind コマンドライン</translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation>データフォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation>メッセージの言語: ja または en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>ヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>Usage: rewindctl [--data-dir DIR] %1 [options] %2</source>
        <translation>使い方: rewindctl [--data-dir DIR] %1 [オプション] %2</translation>
    </message>
    <message>
        <source>"%1" takes no arguments, but got "%2".</source>
        <translation>「%1」は引数を取りませんが、「%2」が指定されました。</translation>
    </message>
    <message>
        <source>No data directory: pass --data-dir DIR.</source>
        <translation>データフォルダーがありません: --data-dir DIR を指定してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::DataDir</name>
    <message>
        <source>Cannot create the data folder %1. Check that the parent folder exists and is writable, or pass another --data-dir.</source>
        <translation>データフォルダー %1 を作成できません。親フォルダーが存在して書き込めるか確認するか、別の --data-dir を指定してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::DbList</name>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
</context>
<context>
    <name>Rewind::DemoBuildJob</name>
    <message>
        <source>Building the demo workspace</source>
        <translation>デモワークスペースを作成中</translation>
    </message>
    <message>
        <source>Preparing a week of sample data and backups…</source>
        <translation>1 週間分のサンプルデータとバックアップを準備しています…</translation>
    </message>
    <message>
        <source>Building the demo was cancelled.</source>
        <translation>デモの作成は中止されました。</translation>
    </message>
</context>
<context>
    <name>Rewind::DemoBuilder</name>
    <message>
        <source>Creating the demo workspace</source>
        <translation>デモワークスペースを作成しています</translation>
    </message>
    <message>
        <source>Adding demo records</source>
        <translation>デモのレコードを追加しています</translation>
    </message>
    <message>
        <source>Building the demo was cancelled.</source>
        <translation>デモの作成は中止されました。</translation>
    </message>
    <message>
        <source>Taking the backup of %1</source>
        <translation>%1 のバックアップを取得しています</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentBar</name>
    <message>
        <source>Shortcut: %1</source>
        <translation>ショートカット: %1</translation>
    </message>
    <message>
        <source>%1 generation
Taken: %2
Records: %3
Size: %4
%5</source>
        <translation>%1の世代
取得: %2
レコード: %3
サイズ: %4
%5</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1(空)</translation>
    </message>
    <message>
        <source>%1: no generation has been taken on a %1 yet, so there is nothing to open.</source>
        <translation>%1: %1にはまだ世代が取得されていないため、開くものがありません。</translation>
    </message>
    <message>
        <source>%1 (writing…)</source>
        <translation>%1(書き込み中…)</translation>
    </message>
    <message>
        <source>%1: a backup run is writing this slot right now. It can be opened again when the run finishes.</source>
        <translation>%1: バックアップ実行がこのスロットに書き込んでいます。実行が終わると再び開けます。</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1(破損)</translation>
    </message>
    <message>
        <source>%1: this generation is damaged and cannot be opened.
%2</source>
        <translation>%1: この世代は破損しているため開けません。
%2</translation>
    </message>
    <message>
        <source>Production: the live workspace. It is browsed read-only in this version.
Shortcut: %1</source>
        <translation>本番: 現在使用中のワークスペース。このバージョンでは閲覧のみです。
ショートカット: %1</translation>
    </message>
    <message>
        <source>Generations:</source>
        <translation>世代:</translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentId</name>
    <message>
        <source>Production</source>
        <translation>本番</translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentSession</name>
    <message>
        <source>There is no production workspace in %1 yet.

To look around with sample data, start the console with --demo, or create the demo workspace here with:

    rewindctl --data-dir "%1" demo

then open this window again.</source>
        <translation>%1 にはまだ本番ワークスペースがありません。

サンプルデータで試すには --demo を付けてコンソールを起動するか、次のコマンドでここにデモワークスペースを作成してから、このウィンドウを開き直してください:

    rewindctl --data-dir "%1" demo</translation>
    </message>
    <message>
        <source>No generation has been taken on a %1 yet.</source>
        <translation>%1にはまだ世代が取得されていません。</translation>
    </message>
    <message>
        <source>The %1 generation cannot be read: %2</source>
        <translation>%1の世代を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rewind::FieldType</name>
    <message>
        <source>Single-line text</source>
        <translation>文字列(1行)</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>文字列(複数行)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Check box</source>
        <translation>チェックボックス</translation>
    </message>
    <message>
        <source>Link to another DB</source>
        <translation>他DBへのリンク</translation>
    </message>
</context>
<context>
    <name>Rewind::GenerationStore</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file in the %1 slot says it belongs to %2.</source>
        <translation>%1のスロットにあるファイルは%2のものです。</translation>
    </message>
    <message>
        <source>The %1 slot is empty: no generation has been taken on a %1 yet.</source>
        <translation>%1のスロットは空です: %1にはまだ世代が取得されていません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>整合性チェックを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation>整合性チェックに失敗しました: %1</translation>
    </message>
    <message>
        <source>The file says it belongs to the %1 slot.</source>
        <translation>このファイルは%1のスロットのものです。</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>設定を読み込めません: %1</translation>
    </message>
    <message>
        <source>The settings do not match the checksum in the manifest.</source>
        <translation>設定がマニフェストのチェックサムと一致しません。</translation>
    </message>
    <message>
        <source>The records cannot be read: %1</source>
        <translation>レコードを読み込めません: %1</translation>
    </message>
    <message>
        <source>"%1" has %2 records; the manifest says %3.</source>
        <translation>「%1」は %2 件ですが、マニフェストでは %3 件です。</translation>
    </message>
    <message>
        <source>The records of "%1" do not match their checksum.</source>
        <translation>「%1」のレコードがチェックサムと一致しません。</translation>
    </message>
</context>
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find Records</source>
        <translation>レコードを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rewind</source>
        <translation>Rewind について(&amp;A)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データフォルダー: %1</translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation>Rewind</translation>
    </message>
    <message>
        <source>Rewind — %1</source>
        <translation>Rewind — %1</translation>
    </message>
    <message>
        <source>The %1 generation is no longer available; showing production.</source>
        <translation>%1の世代は使えなくなりました。本番を表示します。</translation>
    </message>
    <message>
        <source>A new %1 generation was published; showing it.</source>
        <translation>%1の新しい世代が公開されました。表示を切り替えます。</translation>
    </message>
    <message>
        <source>About Rewind</source>
        <translation>Rewind について</translation>
    </message>
    <message>
        <source>Rewind %1

Keeps seven verified, read-only daily generations of a business database and helps you get data back from them.

Data folder: %2</source>
        <translation>Rewind %1

業務データベースの検証済み・読み取り専用の世代を毎日 7 世代保持し、そこからデータを取り戻す手助けをします。

データフォルダー: %2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Rewind::Manifest</name>
    <message>
        <source>The manifest is not a Rewind generation manifest.</source>
        <translation>このマニフェストは Rewind の世代のマニフェストではありません。</translation>
    </message>
    <message>
        <source>The generation has manifest format %1; this Rewind reads up to %2.</source>
        <translation>この世代のマニフェスト形式は %1 ですが、この Rewind が読めるのは %2 までです。</translation>
    </message>
    <message>
        <source>The manifest's slot or time is missing or malformed.</source>
        <translation>マニフェストのスロットまたは日時がないか、形式が正しくありません。</translation>
    </message>
    <message>
        <source>The manifest names an invalid table for DB "%1".</source>
        <translation>マニフェストが DB「%1」に無効なテーブルを指定しています。</translation>
    </message>
    <message>
        <source>The generation has no readable manifest (%1).</source>
        <translation>この世代には読めるマニフェストがありません(%1)。</translation>
    </message>
    <message>
        <source>The generation's manifest is not valid JSON: %1.</source>
        <translation>この世代のマニフェストは正しい JSON ではありません: %1。</translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation>マニフェストを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::Production</name>
    <message>
        <source>There is no production workspace in %1. Create one with "rewindctl demo" or "rewindctl init", or pass the right --data-dir.</source>
        <translation>%1 に本番ワークスペースがありません。「rewindctl demo」または「rewindctl init」で作成するか、正しい --data-dir を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not a Rewind production workspace.</source>
        <translation>%1 は Rewind の本番ワークスペースではありません。</translation>
    </message>
    <message>
        <source>%1 already holds a production workspace. Use another --data-dir.</source>
        <translation>%1 にはすでに本番ワークスペースがあります。別の --data-dir を指定してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::ProductionSchema</name>
    <message>
        <source>Creating the workspace tables</source>
        <translation>ワークスペースのテーブルを作成中</translation>
    </message>
    <message>
        <source>Reading the workspace version</source>
        <translation>ワークスペースのバージョンを読み込み中</translation>
    </message>
    <message>
        <source>This workspace has layout version %1, but this Rewind only knows up to version %2. Update Rewind.</source>
        <translation>このワークスペースの形式はバージョン %1 ですが、この Rewind はバージョン %2 までしか扱えません。Rewind を更新してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::ReadOnlyBanner</name>
    <message>
        <source>Read-only: the %1 generation, taken %2. Nothing here can be changed.</source>
        <translation>読み取り専用: %1の世代(%2 取得)。ここでは何も変更できません。</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordPageLoader</name>
    <message>
        <source>Cannot read the records of "%1": %2</source>
        <translation>「%1」のレコードを読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot count the records of "%1": %2</source>
        <translation>「%1」のレコード数を数えられません: %2</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordQuery</name>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordWriter</name>
    <message>
        <source>DB "%1" has %2 fields but %3 values were given.</source>
        <translation>DB「%1」の項目は %2 個ですが、値が %3 個指定されました。</translation>
    </message>
    <message>
        <source>Preparing to add records to "%1"</source>
        <translation>「%1」へのレコード追加を準備中</translation>
    </message>
    <message>
        <source>Adding a record to "%1"</source>
        <translation>「%1」にレコードを追加中</translation>
    </message>
    <message>
        <source>Reading record %1 of "%2"</source>
        <translation>「%2」のレコード %1 を読み込み中</translation>
    </message>
    <message>
        <source>DB "%1" has no record with ID %2.</source>
        <translation>DB「%1」にレコード ID %2 はありません。</translation>
    </message>
    <message>
        <source>A changed field does not belong to DB "%1".</source>
        <translation>変更した項目が DB「%1」のものではありません。</translation>
    </message>
    <message>
        <source>Changing record %1 of "%2"</source>
        <translation>「%2」のレコード %1 を変更中</translation>
    </message>
    <message>
        <source>Deleting record %1 of "%2"</source>
        <translation>「%2」のレコード %1 を削除中</translation>
    </message>
    <message>
        <source>Rebuilding the search index of "%1"</source>
        <translation>「%1」の検索用データを作り直し中</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordsPane</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation>レコードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No records match</source>
        <translation>一致するレコードはありません</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>レコードはありません</translation>
    </message>
    <message>
        <source>1 record matches</source>
        <translation>1 件が一致</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 records match</source>
        <translation>%1 件が一致</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>at least %1 records match</source>
        <translation>%1 件以上が一致</translation>
    </message>
    <message>
        <source>at least %1 records</source>
        <translation>%1 件以上</translation>
    </message>
    <message>
        <source>Search the text of every field (%1)</source>
        <translation>すべての項目の文字を検索(%1)</translation>
    </message>
</context>
<context>
    <name>Rewind::SchemaEditor</name>
    <message>
        <source>The %1 name is empty. Enter a name.</source>
        <translation>%1名が空です。名前を入力してください。</translation>
    </message>
    <message>
        <source>The %1 name "%2" is %3 characters long; the limit is %4.</source>
        <translation>%1名「%2」は %3 文字あります。上限は %4 文字です。</translation>
    </message>
    <message>
        <source>The %1 name "%2" contains a control character.</source>
        <translation>%1名「%2」に制御文字が含まれています。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Checking the DB name</source>
        <translation>DB 名を確認中</translation>
    </message>
    <message>
        <source>A DB named "%1" already exists. Choose another name.</source>
        <translation>「%1」という DB はすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>Creating the DB</source>
        <translation>DB を作成中</translation>
    </message>
    <message>
        <source>Creating the DB's record table</source>
        <translation>DB のレコード用テーブルを作成中</translation>
    </message>
    <message>
        <source>Deleting the DB</source>
        <translation>DB を削除中</translation>
    </message>
    <message>
        <source>There is no DB with id %1.</source>
        <translation>ID %1 の DB はありません。</translation>
    </message>
    <message>
        <source>Deleting the DB's settings</source>
        <translation>DB の設定を削除中</translation>
    </message>
    <message>
        <source>Deleting the DB's records</source>
        <translation>DB のレコードを削除中</translation>
    </message>
    <message>
        <source>field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Checking the field name</source>
        <translation>項目名を確認中</translation>
    </message>
    <message>
        <source>The DB already has a field named "%1".</source>
        <translation>この DB にはすでに「%1」という項目があります。</translation>
    </message>
    <message>
        <source>Checking the link target</source>
        <translation>リンク先を確認中</translation>
    </message>
    <message>
        <source>The link field "%1" points at DB id %2, which does not exist.</source>
        <translation>リンク項目「%1」のリンク先 DB(ID %2)は存在しません。</translation>
    </message>
    <message>
        <source>The choice field "%1" needs at least one choice.</source>
        <translation>選択肢項目「%1」には選択肢が 1 つ以上必要です。</translation>
    </message>
    <message>
        <source>Adding the field</source>
        <translation>項目を追加中</translation>
    </message>
    <message>
        <source>Adding the field's column</source>
        <translation>項目の列を追加中</translation>
    </message>
    <message>
        <source>There is no field with id %1.</source>
        <translation>ID %1 の項目はありません。</translation>
    </message>
    <message>
        <source>Copying the field's values</source>
        <translation>項目の値をコピー中</translation>
    </message>
    <message>
        <source>Deleting the field</source>
        <translation>項目を削除中</translation>
    </message>
    <message>
        <source>Deleting the field's column</source>
        <translation>項目の列を削除中</translation>
    </message>
    <message>
        <source>Cannot rename the field to "%1": the DB already has a field with that name.</source>
        <translation>項目名を「%1」に変更できません: この DB にはすでに同じ名前の項目があります。</translation>
    </message>
    <message>
        <source>A field cannot be changed into a link or choice field; add a new field instead.</source>
        <translation>項目をリンク項目や選択肢項目に変更することはできません。新しい項目を追加してください。</translation>
    </message>
    <message>
        <source>Changing the field's type</source>
        <translation>項目のタイプを変更中</translation>
    </message>
    <message>
        <source>Adding the setting</source>
        <translation>設定を追加中</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Changing the setting</source>
        <translation>設定を変更中</translation>
    </message>
    <message>
        <source>There is no setting with id %1.</source>
        <translation>ID %1 の設定はありません。</translation>
    </message>
    <message>
        <source>Deleting the setting</source>
        <translation>設定を削除中</translation>
    </message>
</context>
<context>
    <name>Rewind::SettingKind</name>
    <message>
        <source>Automations</source>
        <translation>自動処理</translation>
    </message>
    <message>
        <source>Aggregations</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>業務フロー</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>Access rights</source>
        <translation>アクセス権</translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsView</name>
    <message>
        <source>(deleted DB #%1)</source>
        <translation>(削除された DB #%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>重複不可</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Links to</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>From this DB</source>
        <translation>この DB から</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>To this DB</source>
        <translation>この DB へ</translation>
    </message>
    <message>
        <source>through its field "%1"</source>
        <translation>項目「%1」経由</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>Rewind::Sql</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>データベースファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Setting up the production database</source>
        <translation>本番データベースを準備中</translation>
    </message>
    <message>
        <source>Opening read-only</source>
        <translation>読み取り専用で開いています</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>トランザクションを開始中</translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation>変更を確定中</translation>
    </message>
</context>
<context>
    <name>Rewind::Weekday</name>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
</TS>