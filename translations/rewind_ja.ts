<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Rewind</name>
    <message>
        <source>%1: manifest.json is not valid JSON (%2).</source>
        <translation>%1: manifest.json は正しい JSON ではありません(%2)。</translation>
    </message>
    <message>
        <source>Archive %1, entry "%2": %3.</source>
        <extracomment>%1 the archive file, %2 the entry (a path inside the archive), %3 what is wrong with it</extracomment>
        <translation>アーカイブ %1 のエントリ「%2」: %3。</translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation>名前が空です</translation>
    </message>
    <message>
        <source>its name contains a NUL or other control character</source>
        <translation>名前に NUL などの制御文字が含まれています</translation>
    </message>
    <message>
        <source>its name contains a backslash, which Windows reads as a folder separator</source>
        <translation>名前にバックスラッシュが含まれています。Windows ではフォルダーの区切りとして扱われます</translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation>名前が絶対パスです</translation>
    </message>
    <message>
        <source>its name starts with a drive letter</source>
        <translation>名前がドライブ文字で始まっています</translation>
    </message>
    <message>
        <source>its name has an empty component ("//")</source>
        <translation>名前に空の要素(「//」)があります</translation>
    </message>
    <message>
        <source>its name has a "." or ".." component, which could lead outside the target folder</source>
        <translation>名前に「.」または「..」の要素があり、展開先フォルダーの外を指すおそれがあります</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The header "%1" cannot be written in %2: %3</source>
        <translation>見出し「%1」は %2 で書けません: %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>Record %1 (row %2 of the file), field "%3": the character "%4" cannot be written in Shift_JIS. Export as UTF-8 instead, or change the value.</source>
        <translation>レコード %1(ファイルの %2 行目)、項目「%3」: 文字「%4」は Shift_JIS で書けません。UTF-8 で出力するか、値を変更してください。</translation>
    </message>
    <message>
        <source>Cannot open %1 to compare: %2</source>
        <translation>比較のために%1を開けません: %2</translation>
    </message>
    <message>
        <source>Reading record %1 of %2</source>
        <translation>%2のレコード %1 の読み込み</translation>
    </message>
    <message>
        <source>The DB settings of %1 changed while the compare started. Compare again.</source>
        <translation>比較の開始中に%1の DB 設定が変わりました。もう一度比較してください。</translation>
    </message>
    <message>
        <source>the local socket</source>
        <translation>ローカルソケット</translation>
    </message>
</context>
<context>
    <name>Rewind::Access</name>
    <message>
        <source>create, save and delete archives</source>
        <translation>アーカイブの作成・保存・削除</translation>
    </message>
    <message>
        <source>change the archive schedule and policy</source>
        <translation>アーカイブのスケジュールとポリシーの変更</translation>
    </message>
    <message>
        <source>open generations</source>
        <translation>世代を開く操作</translation>
    </message>
    <message>
        <source>change production's records</source>
        <translation>本番のレコードの変更</translation>
    </message>
    <message>
        <source>export or re-import CSV</source>
        <translation>CSV の出力・再インポート</translation>
    </message>
    <message>
        <source>change DB settings (templates, settings re-apply, fields, new DBs)</source>
        <translation>DB 設定の変更(テンプレート、設定の再適用、項目、新しい DB)</translation>
    </message>
    <message>
        <source>take a generation now</source>
        <translation>世代の即時作成</translation>
    </message>
    <message>
        <source>read the history</source>
        <translation>履歴の閲覧</translation>
    </message>
    <message>
        <source>system administrators, and support staff an administrator has granted it</source>
        <translation>システム管理者と、管理者が許可したサポート担当</translation>
    </message>
    <message>
        <source>system administrators and support staff</source>
        <translation>システム管理者とサポート担当</translation>
    </message>
    <message>
        <source>system administrators</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>every user</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>the primary contact</source>
        <translation>主担当者</translation>
    </message>
    <message>
        <source>The schedule may not %1: only %2 may.</source>
        <translation>スケジュールには%1の権限がありません: 行えるのは%2だけです。</translation>
    </message>
    <message>
        <source>support staff open generations only when a system administrator grants it (Users tab).</source>
        <translation>サポート担当が世代を開けるのは、システム管理者が許可した場合だけです(ユーザータブ)。</translation>
    </message>
    <message>
        <source>only the primary contact (%1) may.</source>
        <translation>行えるのは主担当者(%1)だけです。</translation>
    </message>
    <message>
        <source>only the primary contact may, and nobody is marked as one (Users tab).</source>
        <translation>行えるのは主担当者だけですが、主担当者が指定されていません(ユーザータブ)。</translation>
    </message>
    <message>
        <source>only %1 may.</source>
        <translation>行えるのは%1だけです。</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: %4</source>
        <translation>%1(%2)には%3の権限がありません: %4</translation>
    </message>
</context>
<context>
    <name>Rewind::Archive</name>
    <message>
        <source>Full</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>期間指定</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>増分</translation>
    </message>
    <message>
        <source>The days between full archives must be between 0 and 366.</source>
        <translation>完全アーカイブの間隔は 0〜366 日にしてください。</translation>
    </message>
    <message>
        <source>The record limit per archive must be at least 1.</source>
        <translation>アーカイブあたりのレコード数の上限は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>Archives must expire between 1 and 366 days after creation.</source>
        <translation>アーカイブの保存期間は作成後 1〜366 日にしてください。</translation>
    </message>
    <message>
        <source>A custom archive's range limit must be between 1 and 366 days.</source>
        <translation>期間指定アーカイブの期間の上限は 1〜366 日にしてください。</translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveManifest</name>
    <message>
        <source>manifest.json is not a Rewind archive manifest.</source>
        <translation>manifest.json は Rewind のアーカイブのマニフェストではありません。</translation>
    </message>
    <message>
        <source>The archive has manifest format %1; this Rewind reads up to %2.</source>
        <translation>このアーカイブのマニフェスト形式は %1 ですが、この Rewind が読めるのは %2 までです。</translation>
    </message>
    <message>
        <source>The archive manifest's kind or creation time is missing.</source>
        <translation>アーカイブのマニフェストに種類または作成日時がありません。</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>%1 以降の変更</translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveSchedule</name>
    <message>
        <source>The archive schedule's “%1” is not valid: “%2”.</source>
        <translation>アーカイブのスケジュールの「%1」が正しくありません: 「%2」。</translation>
    </message>
    <message>
        <source>The archive schedule's frequency is not one of weekly, every two weeks, monthly or every three months.</source>
        <translation>アーカイブのスケジュールの頻度が、毎週・隔週・毎月・3 か月ごとのいずれでもありません。</translation>
    </message>
    <message>
        <source>The archive schedule needs a start date.</source>
        <translation>アーカイブのスケジュールには開始日が必要です。</translation>
    </message>
    <message>
        <source>The archive schedule's time of day is not a valid time.</source>
        <translation>アーカイブのスケジュールの時刻が正しくありません。</translation>
    </message>
    <message>
        <source>The archive schedule's monthly rule must be a weekday of the month or a day of the month.</source>
        <translation>アーカイブのスケジュールの月ごとの指定は、第何曜日か、何日かのどちらかにしてください。</translation>
    </message>
    <message>
        <source>The archive schedule's weekday must be Monday to Sunday.</source>
        <translation>アーカイブのスケジュールの曜日は月曜日〜日曜日にしてください。</translation>
    </message>
    <message>
        <source>The archive schedule's week of the month must be 1 to 4 or last (-1), not %1.</source>
        <translation>アーカイブのスケジュールの第何週は 1〜4 または最終(-1)にしてください(%1 は使えません)。</translation>
    </message>
    <message>
        <source>The archive schedule's day of the month must be 1 to 31, not %1.</source>
        <translation>アーカイブのスケジュールの日付は 1〜31 にしてください(%1 は使えません)。</translation>
    </message>
    <message>
        <source>The archive schedule's end date %1 is before its start date %2: choose an end date on or after the start date, or none.</source>
        <translation>アーカイブのスケジュールの終了日 %1 が開始日 %2 より前です。終了日を開始日以降にするか、終了日なしにしてください。</translation>
    </message>
    <message>
        <source>Invalid archive schedule</source>
        <translation>無効なアーカイブのスケジュール</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第1</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第2</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第3</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第4</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Every week on %1 at %2</source>
        <translation>毎週%1 %2</translation>
    </message>
    <message>
        <source>Every two weeks on %1 at %2</source>
        <translation>隔週%1 %2</translation>
    </message>
    <message>
        <source>Every month on day %1 at %2</source>
        <translation>毎月 %1 日 %2</translation>
    </message>
    <message>
        <source>Every month on the %1 %2 at %3</source>
        <translation>毎月%1%2 %3</translation>
    </message>
    <message>
        <source>Every three months (%1) on day %2 at %3</source>
        <translation>3 か月ごと(%1)の %2 日 %3</translation>
    </message>
    <message>
        <source>Every three months (%1) on the %2 %3 at %4</source>
        <translation>3 か月ごと(%1)の%2%3 %4</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1(%2 まで)</translation>
    </message>
    <message>
        <source>%1 (in months without day %2 it runs on the month's last day)</source>
        <translation>%1(%2 日がない月は月末日に実行)</translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveService</name>
    <message>
        <source>Archive policy changed: a full archive every %1 days at most, at most %2 records per archive, archives kept %3 days, custom ranges up to %4 days.</source>
        <translation>アーカイブのポリシーを変更しました: 完全アーカイブは最短 %1 日ごと、アーカイブあたり最大 %2 件、保存期間 %3 日、期間指定は最大 %4 日。</translation>
    </message>
    <message>
        <source>Incremental archives are made by the schedule only.</source>
        <translation>増分アーカイブはスケジュールでのみ作成されます。</translation>
    </message>
    <message>
        <source>A custom archive needs a start date and an end date.</source>
        <translation>期間指定アーカイブには開始日と終了日が必要です。</translation>
    </message>
    <message>
        <source>The end date %1 lies before the start date %2.</source>
        <translation>終了日 %1 が開始日 %2 より前です。</translation>
    </message>
    <message>
        <source>%1 – %2 spans %3 days; a custom archive covers at most %4 days. Split the range into %5 archives (for example %6 – %7 first).</source>
        <translation>%1 – %2 は %3 日間ですが、期間指定アーカイブは最大 %4 日です。期間を %5 個のアーカイブに分けてください(たとえば最初に %6 – %7)。</translation>
    </message>
    <message>
        <source>A full archive was made less than %1 days ago; the next is allowed from %2. A custom archive (a date range) can be made now.</source>
        <translation>完全アーカイブは %1 日以内に作成済みです。次は %2 から作成できます。期間指定アーカイブ(日付の範囲)は今すぐ作成できます。</translation>
    </message>
    <message>
        <source>Cannot create the archive folder %1.</source>
        <translation>アーカイブフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Another archive is being written (process %1). Wait for it to finish.</source>
        <translation>別のアーカイブを書き込み中です(プロセス %1)。終了するまでお待ちください。</translation>
    </message>
    <message>
        <source>%1 started a backup: archive %2 (%3, %4).</source>
        <translation>%1 がバックアップを開始しました: アーカイブ %2(%3、%4)。</translation>
    </message>
    <message>
        <source>Archive %1 (%2) could not be made: %3</source>
        <translation>アーカイブ %1(%2)を作成できませんでした: %3</translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation>本番を開けません: %1</translation>
    </message>
    <message>
        <source>Production is not a Rewind workspace: %1</source>
        <translation>本番は Rewind のワークスペースではありません: %1</translation>
    </message>
    <message>
        <source>Production's DBs or fields changed just as the archive started. Try again.</source>
        <translation>アーカイブの開始と同時に本番の DB または項目が変更されました。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>レコード数を数えています</translation>
    </message>
    <message>
        <source>Cannot count the records of "%1": %2</source>
        <translation>「%1」のレコード数を数えられません: %2</translation>
    </message>
    <message>
        <source>The archive would hold %1 records; an archive holds at most %2. Choose a shorter date range.</source>
        <translation>このアーカイブは %1 件になりますが、アーカイブに入るのは最大 %2 件です。期間を短くしてください。</translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2).</source>
        <translation>%1 を作成できません(ZIP エラー %2)。</translation>
    </message>
    <message>
        <source>Cannot write %1 into %2 (zip error %3).</source>
        <translation>%1 を %2 に書き込めません(ZIP エラー %3)。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1.</source>
        <translation>%1 に一時ファイルを作成できません。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 を書き込んでいます</translation>
    </message>
    <message>
        <source>Cannot write the schedule's record list in %1.</source>
        <translation>%1 にスケジュール用のレコード一覧を書き込めません。</translation>
    </message>
    <message>
        <source>The archive was cancelled; nothing was kept.</source>
        <translation>アーカイブを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Cannot publish %1.</source>
        <translation>%1 を公開できません。</translation>
    </message>
    <message>
        <source>Archive %1 (%2) is ready: %3 records, %4 MB, kept until %5.</source>
        <translation>アーカイブ %1(%2)ができました: %3 件、%4 MB、%5 まで保存。</translation>
    </message>
    <message>
        <source>%1 deleted records are listed.</source>
        <translation>削除されたレコード %1 件の一覧を含みます。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>"%1" is not an archive ID.</source>
        <translation>「%1」はアーカイブ ID ではありません。</translation>
    </message>
    <message>
        <source>There is no archive "%1"; there are no archives.</source>
        <translation>アーカイブ「%1」はありません。アーカイブは 1 つもありません。</translation>
    </message>
    <message>
        <source>There is no archive "%1". Archives: %2</source>
        <translation>アーカイブ「%1」はありません。アーカイブ: %2</translation>
    </message>
    <message>
        <source>Archive %1 expired on %2.</source>
        <translation>アーカイブ %1 は %2 に期限切れになりました。</translation>
    </message>
    <message>
        <source>%1 started saving archive %2 to %3.</source>
        <translation>%1 がアーカイブ %2 の %3 への保存を開始しました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>%1 を保存しています</translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation>保存を中止しました。%1 は書き込まれていません。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>%1 deleted archive %2.</source>
        <translation>%1 がアーカイブ %2 を削除しました。</translation>
    </message>
    <message>
        <source>Archive %1 expired (made %2) and was removed.</source>
        <translation>アーカイブ %1(%2 作成)は期限切れのため削除されました。</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a Rewind archive.</source>
        <translation>%1 には manifest.json がありません。Rewind のアーカイブではありません。</translation>
    </message>
    <message>
        <source>%1: manifest.json is not valid JSON (%2).</source>
        <translation>%1: manifest.json は正しい JSON ではありません(%2)。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the archive.</source>
        <translation>%1 はマニフェストに載っていますが、アーカイブにありません。</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: SHA-256 %2 (%3 bytes), the manifest says %4 (%5 bytes).</source>
        <translation>%1 がマニフェストと一致しません: SHA-256 %2(%3 バイト)ですが、マニフェストでは %4(%5 バイト)です。</translation>
    </message>
    <message>
        <source>%1 holds %2 records; the manifest says %3.</source>
        <translation>%1 は %2 件ですが、マニフェストでは %3 件です。</translation>
    </message>
    <message>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation>%1 はアーカイブにありますが、マニフェストに載っていません。</translation>
    </message>
    <message>
        <source>%1 does not verify, so nothing was extracted: %2</source>
        <translation>%1 は検証に通らなかったため、何も展開していません: %2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full or nearly full (%2 MB free).</source>
        <translation>%1 のディスクがいっぱい、またはほぼいっぱいです(空き %2 MB)。</translation>
    </message>
    <message>
        <source>The archive would hold %1 records; an archive holds at most %2. Use custom archives of shorter date ranges, or ask an administrator to raise the limit.</source>
        <translation>アーカイブは %1 件になります。1 つのアーカイブに入るのは最大 %2 件です。短い期間の期間指定アーカイブを使うか、管理者に上限の引き上げを依頼してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveTableModel</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>%1 未満</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>cannot be read — Verify says why</source>
        <translation>読み込めません — 理由は「検証」で確認できます</translation>
    </message>
    <message>
        <source>%1 (schedule)</source>
        <translation>%1(スケジュール)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: %2 件</translation>
    </message>
    <message>
        <source>%1 deleted records listed</source>
        <translation>削除されたレコード %1 件の一覧あり</translation>
    </message>
    <message>
        <source>Expired on %1; it can no longer be saved and is removed at the next cleanup.</source>
        <translation>%1 に期限切れになりました。もう保存できず、次回の整理で削除されます。</translation>
    </message>
    <message>
        <source>Kept until %1, then removed.</source>
        <translation>%1 まで保存され、その後削除されます。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>サイズ(MB)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>期限まで</translation>
    </message>
</context>
<context>
    <name>Rewind::ArchivesPane</name>
    <message>
        <source>next allowed: unknown</source>
        <translation>次回可能日: 不明</translation>
    </message>
    <message>
        <source>allowed now</source>
        <translation>今すぐ作成可能</translation>
    </message>
    <message>
        <source>next allowed %1</source>
        <translation>次回は %1 から作成可能</translation>
    </message>
    <message>
        <source>A full archive at most every %1 days — %2; custom ranges up to %3 days; archives are kept %4 days.</source>
        <translation>完全アーカイブは最短 %1 日ごと — %2。期間指定は最大 %3 日、アーカイブの保存期間は %4 日です。</translation>
    </message>
    <message>
        <source>Primary contact: %1 (you). Only the primary contact may create, save and delete archives.</source>
        <translation>主担当者: %1(あなた)。アーカイブの作成・保存・削除は主担当者だけが行えます。</translation>
    </message>
    <message>
        <source>Only %1, the workspace's primary contact, may create, save and delete archives. You (%2) can see the list and verify archives.</source>
        <translation>アーカイブの作成・保存・削除は、ワークスペースの主担当者 %1 だけが行えます。あなた(%2)は一覧の表示とアーカイブの検証ができます。</translation>
    </message>
    <message>
        <source>Make an archive now: everything, or the records created or updated in a date range.</source>
        <translation>今すぐアーカイブを作成します: すべて、または期間内に作成・更新されたレコード。</translation>
    </message>
    <message>
        <source>This archive has expired and can no longer be saved.</source>
        <translation>このアーカイブは期限切れのため、もう保存できません。</translation>
    </message>
    <message>
        <source>Save a copy of the selected archive as a ZIP file (Enter or double-click).</source>
        <translation>選択したアーカイブのコピーを ZIP ファイルとして保存します(Enter キーまたはダブルクリック)。</translation>
    </message>
    <message>
        <source>Delete the selected archive after asking (Delete key).</source>
        <translation>確認のうえ、選択したアーカイブを削除します(Delete キー)。</translation>
    </message>
    <message>
        <source>Archive %1 is ready: %2 records, %3 MB, kept until %4.</source>
        <translation>アーカイブ %1 ができました: %2 件、%3 MB、%4 まで保存。</translation>
    </message>
    <message>
        <source>%1 archives are ready: %2 (%3 records in all).</source>
        <translation>アーカイブが %1 個できました: %2(合計 %3 件)。</translation>
    </message>
    <message>
        <source>Save archive %1</source>
        <translation>アーカイブ %1 を保存</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP アーカイブ (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation>%1 を %2 に保存しています…</translation>
    </message>
    <message>
        <source>Saved archive %1 to %2 (%3).</source>
        <translation>アーカイブ %1 を %2 に保存しました(%3)。</translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation>保存を中止しました。%1 は書き込まれていません。</translation>
    </message>
    <message>
        <source>Delete archive %1 (%2, %3, %4 records, %5 MB)?

The file is removed from the archives folder; copies saved elsewhere are kept.</source>
        <translation>アーカイブ %1(%2、%3、%4 件、%5 MB)を削除しますか?

アーカイブフォルダーからファイルが削除されます。別の場所に保存したコピーは残ります。</translation>
    </message>
    <message>
        <source>Delete archive</source>
        <translation>アーカイブの削除</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>Archive %1 was deleted.</source>
        <translation>アーカイブ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>アーカイブの検証</translation>
    </message>
    <message>
        <source>Archive %1 is OK: %2 files, %3 records; every file matches the SHA-256, size and record count its manifest names.</source>
        <translation>アーカイブ %1 は正常です: ファイル %2 個、%3 件。すべてのファイルがマニフェストの SHA-256、サイズ、レコード数と一致します。</translation>
    </message>
    <message>
        <source>Archive %1 does not match its manifest:</source>
        <translation>アーカイブ %1 がマニフェストと一致しません:</translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Read the selected archive back and check every file against its manifest.</source>
        <translation>選択したアーカイブを読み直し、すべてのファイルをマニフェストと照合します。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the archive list again (archives made by rewindctl or the schedule appear).</source>
        <translation>アーカイブの一覧を読み直します(rewindctl やスケジュールで作成したアーカイブも表示されます)。</translation>
    </message>
    <message>
        <source>No archives yet. Backup now makes one.</source>
        <translation>アーカイブはまだありません。「今すぐバックアップ」で作成できます。</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>The workspace has no primary contact, so nobody may create, save and delete archives. An administrator marks one in the Users tab.</source>
        <translation>ワークスペースに主担当者がいないため、誰もアーカイブの作成・保存・削除を行えません。主担当者は管理者がユーザータブで指定します。</translation>
    </message>
</context>
<context>
    <name>Rewind::BackupNowDialog</name>
    <message>
        <source>Allowed now. After it, the next full archive is allowed %1 days later.</source>
        <translation>今すぐ作成できます。作成後、次の完全アーカイブは %1 日後から作成できます。</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日間</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日間</translation>
    </message>
    <message>
        <source>%1 days — more than %2: split into %3 archives: %4</source>
        <translation>%1 日間 — %2 日を超えるため、%3 個のアーカイブに分けます: %4</translation>
    </message>
    <message>
        <source>&amp;Split: create the %1 archives one after another</source>
        <translation>分割(&amp;S): %1 個のアーカイブを順に作成する</translation>
    </message>
    <message>
        <source>C&amp;reate %1 archives</source>
        <translation>アーカイブを %1 個作成(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;reate archive</source>
        <translation>アーカイブを作成(&amp;R)</translation>
    </message>
    <message>
        <source>An archive covers at most %1 days: shorten the range or tick "Split".</source>
        <translation>アーカイブの期間は最大 %1 日です。期間を短くするか、「分割」をチェックしてください。</translation>
    </message>
    <message>
        <source>Creating the full archive…</source>
        <translation>完全アーカイブを作成しています…</translation>
    </message>
    <message>
        <source>Creating archive %1 of %2 (%3)…</source>
        <translation>アーカイブを作成しています(%2 個中 %1 個目、%3)…</translation>
    </message>
    <message>
        <source>Creating the archive of %1…</source>
        <translation>%1 のアーカイブを作成しています…</translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>%1 of %2 archives are ready (%3); the rest were cancelled.</source>
        <translation>%2 個中 %1 個のアーカイブができました(%3)。残りは中止しました。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>バックアップを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 of %2 archives are ready (%3); the next one was not made: %4</source>
        <translation>%2 個中 %1 個のアーカイブができました(%3)。次のアーカイブは作成できませんでした: %4</translation>
    </message>
    <message>
        <source>What to archive</source>
        <translation>アーカイブの対象</translation>
    </message>
    <message>
        <source>&amp;Full: every record of every DB</source>
        <translation>完全(&amp;F): すべての DB のすべてのレコード</translation>
    </message>
    <message>
        <source>A manual full archive is allowed at most every %1 days.</source>
        <translation>手動の完全アーカイブは最短 %1 日ごとに作成できます。</translation>
    </message>
    <message>
        <source>C&amp;ustom: records created or updated in a date range</source>
        <translation>期間指定(&amp;U): 期間内に作成・更新されたレコード</translation>
    </message>
    <message>
        <source>A date range of at most %1 days, both days included. A longer range is made as several archives.</source>
        <translation>最大 %1 日間の期間(開始日と終了日を含む)。それより長い期間は複数のアーカイブに分けて作成します。</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Encoding of the CSV files:</source>
        <translation>CSV ファイルの文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; a character Shift_JIS cannot hold stops the archive with a message naming it.</source>
        <translation>Excel は BOM 付き UTF-8 をそのまま開けます。古い日本語システム向けには Shift_JIS を選んでください。Shift_JIS で表せない文字があると、その文字を示してアーカイブを止めます。</translation>
    </message>
</context>
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
    <message>
        <source>Cannot read production's list of DBs: %1</source>
        <translation>本番の DB 一覧を読み込めません: %1</translation>
    </message>
    <message>
        <source>The generation run for %1 failed: %2</source>
        <translation>%1の世代の作成に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1's generation was written and verified: %2 records, %3 MB in %4 s.</source>
        <translation>%1の世代を作成し検証しました: %2 件、%3 MB、%4 秒。</translation>
    </message>
    <message>
        <source>Copying production from PostgreSQL failed: %1 The previous generation of %2 is kept.</source>
        <translation>PostgreSQL からの本番のコピーに失敗しました: %1 %2の以前の世代はそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>Rewind::BackupWindow</name>
    <message>
        <source>%1 is not possible right now: a backup run is writing the %2 generation (started %3) and production must not change under it. It should end by about %4; try again then.</source>
        <translation>%1は今はできません: バックアップ実行が%2の世代を書き込み中(%3 開始)で、その間は本番を変更できません。%4 ごろに終わる見込みです。その後にやり直してください。</translation>
    </message>
    <message>
        <source>next</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Taking the backup lock in %1</source>
        <translation>%1 でバックアップのロックを取得</translation>
    </message>
    <message>
        <source>Another backup run is in progress on %1 (%2's generation, started %3 by %4). Wait for it to finish.</source>
        <translation>%1 で別のバックアップ実行が進行中です(%2の世代、%3 に %4 が開始)。終了するまでお待ちください。</translation>
    </message>
</context>
<context>
    <name>Rewind::BackupWindowBanner</name>
    <message>
        <source>A backup run is writing %1's generation (since %2, expected to end about %3).</source>
        <translation>バックアップ実行が%1の世代を書き込んでいます(%2 から、%3 ごろ終了予定)。</translation>
    </message>
    <message>
        <source>A backup run is writing %1's generation.</source>
        <translation>バックアップ実行が%1の世代を書き込んでいます。</translation>
    </message>
    <message>
        <source>A backup run is starting.</source>
        <translation>バックアップ実行を開始しています。</translation>
    </message>
    <message>
        <source>Until it ends, field changes, aggregation and workflow settings, templates, creating DBs from files and deleting all records are locked; reading, record edits and CSV export keep working.</source>
        <translation>終了するまで、項目の変更、集計と業務フローの設定、テンプレート、ファイルからの DB 作成、全レコード削除はロックされます。参照、レコードの編集、CSV 出力はそのまま使えます。</translation>
    </message>
</context>
<context>
    <name>Rewind::BulkDelete</name>
    <message>
        <source>Production has no DB named "%1".</source>
        <translation>本番に「%1」という DB はありません。</translation>
    </message>
    <message>
        <source>Counting the records of "%1"</source>
        <translation>「%1」のレコード数を数えています</translation>
    </message>
    <message>
        <source>Deleting all records</source>
        <translation>全レコードの削除</translation>
    </message>
    <message>
        <source>Before deleting all records of %1</source>
        <translation>%1 の全レコードを削除する前</translation>
    </message>
    <message>
        <source>Deleted all %1 records of %2 (restore point %3)</source>
        <translation>%2 の全 %1 件のレコードを削除しました(復元ポイント %3)</translation>
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
    <name>Rewind::ChangeListModel</name>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
</context>
<context>
    <name>Rewind::ChangeSpool</name>
    <message>
        <source>%1 failed in the compare's scratch file %2: %3</source>
        <translation>比較の作業ファイル %2 で%1に失敗しました: %3</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み込み</translation>
    </message>
    <message>
        <source>Change %1 in the compare's scratch file %2 cannot be read.</source>
        <translation>比較の作業ファイル %2 の変更 %1 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>Rewind::ComparePane</name>
    <message>
        <source>&amp;From:</source>
        <translation>比較元(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two environments record by record.</source>
        <translation>2 つの環境をレコード単位で比較します。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Field names or values</source>
        <translation>項目名または値</translation>
    </message>
    <message>
        <source>Also bring back &amp;linked records</source>
        <translation>リンク先のレコードも戻す(&amp;L)</translation>
    </message>
    <message>
        <source>Records the restored ones link to and production no longer has come back from the same generation.</source>
        <translation>復元するレコードのリンク先で本番にないものも、同じ世代から戻します。</translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation>選択を復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring production back to the restore point taken just before the restore.</source>
        <translation>復元の直前に作成した復元ポイントに本番を戻します。</translation>
    </message>
    <message>
        <source>Records are restored into production: compare a generation with production.</source>
        <translation>レコードは本番に復元されます: 世代と本番を比較してください。</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1と%2を比較中…</translation>
    </message>
    <message>
        <source>The compare was cancelled.</source>
        <translation>比較は取り消されました。</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1(その後削除)</translation>
    </message>
    <message>
        <source>%1 (created since)</source>
        <translation>%1(その後作成)</translation>
    </message>
    <message>
        <source>Fields deleted since: %1</source>
        <translation>その後削除された項目: %1</translation>
    </message>
    <message>
        <source>Fields added since: %1</source>
        <translation>その後追加された項目: %1</translation>
    </message>
    <message>
        <source>Records unchanged: %1</source>
        <translation>変更なしのレコード: %1</translation>
    </message>
    <message>
        <source>&amp;Find in Every Generation…</source>
        <translation>全世代から検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text (“it was there last week”).</source>
        <translation>項目に指定の文字を含むレコードがどの世代にあるかを調べます (「先週はあった」)。</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>項目(&amp;I):</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Record's &amp;Week…</source>
        <translation>レコードの1週間(&amp;W)…</translation>
    </message>
    <message>
        <source>The selected record in every generation and production, with one-click restore.</source>
        <translation>選択したレコードを全世代と本番環境で表示し、ワンクリックで復元できます。</translation>
    </message>
    <message>
        <source>Every field is unticked: tick the fields to bring back.</source>
        <translation>すべての項目のチェックが外れています。戻す項目にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Bring the selected deleted or changed records back as the generation has them (changed ones: the ticked fields). A dry run says what would change first.</source>
        <translation>選択した削除・変更レコードを世代の内容に戻します (変更レコードはチェックした項目のみ)。先にドライランで変更内容を表示します。</translation>
    </message>
    <message>
        <source>%1 of the %2 changes of “%3” shown.</source>
        <translation>「%3」の変更 %2 件のうち %1 件を表示しています。</translation>
    </message>
    <message>
        <source>No folder for the compare's change list: %1</source>
        <translation>比較の変更一覧を置くフォルダーがありません: %1</translation>
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
    <message>
        <source>The workspace cannot be read</source>
        <translation>ワークスペースを読み込めません</translation>
    </message>
    <message>
        <source>%1 (%2): password %3</source>
        <translation>%1(%2): パスワード %3</translation>
    </message>
    <message>
        <source>Demo users (for this demo workspace only):
%1</source>
        <translation>デモ用ユーザー(このデモワークスペース専用):
%1</translation>
    </message>
    <message>
        <source>No workspace yet</source>
        <translation>ワークスペースがありません</translation>
    </message>
    <message>
        <source>There is no workspace in %1.

Create an empty one there? You will set its first system administrator next. (To look around with sample data instead, start the console with --demo.)</source>
        <translation>%1 にワークスペースがありません。

ここに空のワークスペースを作成しますか?続いて最初のシステム管理者を設定します。(サンプルデータで試す場合は、コンソールを --demo 付きで起動してください。)</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>マイワークスペース</translation>
    </message>
    <message>
        <source>The workspace could not be created</source>
        <translation>ワークスペースを作成できませんでした</translation>
    </message>
    <message>
        <source>Production is this PostgreSQL database (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation>本番をこの PostgreSQL データベースにします(パスワードは PGPASSWORD または ~/.pgpass から読み込みます)。</translation>
    </message>
</context>
<context>
    <name>Rewind::ConsoleState</name>
    <message>
        <source>Opening the console state</source>
        <translation>コンソールの状態を開いています</translation>
    </message>
    <message>
        <source>Reading setting "%1"</source>
        <translation>設定「%1」を読み込み中</translation>
    </message>
    <message>
        <source>Saving setting "%1"</source>
        <translation>設定「%1」を保存中</translation>
    </message>
    <message>
        <source>Removing setting "%1"</source>
        <translation>設定「%1」を削除中</translation>
    </message>
    <message>
        <source>Reading the state of job "%1"</source>
        <translation>ジョブ「%1」の状態を読み込み中</translation>
    </message>
    <message>
        <source>Saving the state of job "%1"</source>
        <translation>ジョブ「%1」の状態を保存中</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvEncoding</name>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation>UTF-8 BOM付き(Excel)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Windows)</source>
        <translation>Shift_JIS(CP932、Windows)</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV 出力</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>すべてのレコード(&amp;A)</translation>
    </message>
    <message>
        <source>Records &amp;dated</source>
        <translation>日付で絞り込み(&amp;D)</translation>
    </message>
    <message>
        <source>last updated</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>from</source>
        <translation>から</translation>
    </message>
    <message>
        <source>to</source>
        <translation>まで</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>&amp;Record ID as the first column</source>
        <translation>1 列目にレコード ID(&amp;R)</translation>
    </message>
    <message>
        <source>Keep this on to import the file back later: the record IDs let the import update the same records and re-register deleted ones with their original IDs, so links from other DBs point at them again.</source>
        <translation>あとでこのファイルをインポートし直すなら、オンのままにしてください。レコード ID があると、同じレコードを更新でき、削除されたレコードも元の ID で再登録できるので、他の DB からのリンクがまたつながります。</translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; a character Shift_JIS cannot hold stops the export with a message naming the record and field.</source>
        <translation>Excel は BOM 付き UTF-8 をそのまま開けます。古い日本語システム向けには Shift_JIS を選んでください。Shift_JIS で表せない文字があると、レコードと項目を示して出力を止めます。</translation>
    </message>
    <message>
        <source>&amp;Formula guard</source>
        <translation>数式の無効化(&amp;F)</translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a line break get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas. Rewind removes the apostrophe again when the file is imported.</source>
        <translation>=、+、-、@、タブ、改行で始まるセルの先頭にアポストロフィを付け、表計算ソフトが数式として実行せず文字として表示するようにします。インポート時に Rewind がアポストロフィを取り除きます。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>D&amp;B:</source>
        <translation>DB(&amp;B):</translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation>文字コード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>出力(&amp;E)</translation>
    </message>
    <message>
        <source>%1 generation</source>
        <translation>%1の世代</translation>
    </message>
    <message>
        <source>%1 generation (%2)</source>
        <translation>%1の世代(%2)</translation>
    </message>
    <message>
        <source>Records matching the current &amp;search: “%1”</source>
        <translation>現在の検索に一致するレコード(&amp;S): 「%1」</translation>
    </message>
    <message>
        <source>Records matching the current &amp;search (only for the DB shown in the browser)</source>
        <translation>現在の検索に一致するレコード(&amp;S)(ブラウザーに表示中の DB のみ)</translation>
    </message>
    <message>
        <source>Records matching the current &amp;search (no search is applied)</source>
        <translation>現在の検索に一致するレコード(&amp;S)(検索していません)</translation>
    </message>
    <message>
        <source>The s&amp;elected records (only for the DB shown in the browser)</source>
        <translation>選択したレコード(&amp;E)(ブラウザーに表示中の DB のみ)</translation>
    </message>
    <message>
        <source>The s&amp;elected records (none are selected)</source>
        <translation>選択したレコード(&amp;E)(選択なし)</translation>
    </message>
    <message>
        <source>The s&amp;elected records: %1 of %2 selected rows; rows not loaded yet are left out</source>
        <translation>選択したレコード(&amp;E): 選択した %2 行のうち %1 行。まだ読み込まれていない行は含まれません</translation>
    </message>
    <message>
        <source>The s&amp;elected records (%1)</source>
        <translation>選択したレコード(&amp;E)(%1)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The date range ends before it starts. Choose a "to" date on or after the "from" date.</source>
        <translation>期間の終わりが始まりより前です。「まで」の日付を「から」の日付以降にしてください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Exporting "%1"…</source>
        <translation>「%1」を出力しています…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Exported 1 record to %1.</source>
        <translation>1 件を %1 に出力しました。</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 件を %2 に出力しました。</translation>
    </message>
    <message>
        <source>Size %1, took %2 s.</source>
        <translation>サイズ %1、所要 %2 秒。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvExporter</name>
    <message>
        <source>There is no DB named "%1" in %2. DBs: %3</source>
        <translation>%2 に「%1」という DB はありません。DB: %3</translation>
    </message>
    <message>
        <source>DB "%1" has no field "%2". Fields: %3</source>
        <translation>DB「%1」に項目「%2」はありません。項目: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>出力を中止しました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportDryRunPage</name>
    <message>
        <source>Check what the import would do</source>
        <translation>インポートの結果を確認</translation>
    </message>
    <message>
        <source>A dry run reads every row and compares it with production. Nothing is changed until you click Import.</source>
        <translation>試行ではすべての行を読み、本番と比べます。「インポート」を押すまで何も変更されません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>新規レコード</translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation>更新レコード</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>エラーのある行</translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation>もう一度試行(&amp;A)</translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation>%1 の全行を確認しています…</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>試行を中止しました。</translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation>行(%1)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>エラー(%1)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>&amp;Skip the rows with errors and write them to %1</source>
        <translation>エラーのある行を飛ばして %1 に書き出す(&amp;S)</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with production…</source>
        <translation>ファイルを読み、本番と比べています…</translation>
    </message>
    <message>
        <source>Production already holds everything in this file: there is nothing to import.</source>
        <translation>このファイルの内容はすべて本番にあります。インポートするものはありません。</translation>
    </message>
    <message>
        <source>The rows without errors change nothing, so there is nothing to import. Correct the rows listed under Errors and run the import again.</source>
        <translation>エラーのない行は何も変えないため、インポートするものがありません。「エラー」に挙げた行を直して、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors. Correct the file and go back to read it again, or skip those rows: the others are imported and the skipped ones are written to a file.</source>
        <translation>%2 行のうち %1 行にエラーがあります。ファイルを直して読み直すか、その行を飛ばしてください。残りの行はインポートされ、飛ばした行はファイルに書き出されます。</translation>
    </message>
    <message>
        <source>%1 rows checked in %2 s. Click Import to write them into production; a restore point is taken first, so the import can be undone.</source>
        <translation>%1 行を %2 秒で確認しました。「インポート」で本番に書き込みます。先に復元ポイントを作るので、インポートは元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportFilePage</name>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV ファイルを選ぶ</translation>
    </message>
    <message>
        <source>The file is imported into a DB of production. Rewind reads its first rows to check the encoding and the columns; nothing is changed yet.</source>
        <translation>ファイルは本番の DB にインポートされます。Rewind は先頭の行を読んで文字コードと列を確認します。まだ何も変更されません。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv ファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation>Shift_JIS(CP932)</translation>
    </message>
    <message>
        <source>Rewind recognises UTF-8 (with or without BOM) and Shift_JIS as Excel writes them. Choose one here only when the preview shows garbled text.</source>
        <translation>Rewind は Excel が書く UTF-8(BOM の有無を問わず)と Shift_JIS を判別します。プレビューが文字化けしているときだけ、ここで選んでください。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Into the production &amp;DB:</source>
        <translation>本番の DB(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>First rows as Rewind reads them:</source>
        <translation>Rewind が読んだ先頭の行:</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV インポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Reading as %1; delimiter: %2</source>
        <translation>%1 として読み込み。区切り文字: %2</translation>
    </message>
    <message>
        <source>Detected: %1; delimiter: %2</source>
        <translation>判定: %1。区切り文字: %2</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportMappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation>列を項目に対応づける</translation>
    </message>
    <message>
        <source>Choose what each column of the file fills. Columns set to "(ignore)" are not imported; fields no column fills keep their value (new records leave them empty).</source>
        <translation>ファイルの各列をどの項目に入れるか選びます。「(無視)」の列はインポートされません。どの列も対応しない項目は今の値のままです(新規レコードでは空)。</translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation>CSV の列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>Column %1, %2, imports into</source>
        <translation>列 %1、%2 のインポート先</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(無視)</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Columns %1 ("%2") and %3 ("%4") both fill "%5". Set one of them to "(ignore)".</source>
        <translation>列 %1(「%2」)と列 %3(「%4」)がどちらも「%5」に入ります。どちらかを「(無視)」にしてください。</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1(必須)</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>すべての列をインポートします。</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>インポートしない列: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file fills every field of the DB.</source>
        <translation>ファイルは DB のすべての項目を埋めます。</translation>
    </message>
    <message>
        <source>Fields the file does not fill: %1</source>
        <translation>ファイルにない項目: %1</translation>
    </message>
    <message>
        <source>No column is imported. Choose a field for at least one column.</source>
        <translation>インポートする列がありません。少なくとも 1 列に項目を選んでください。</translation>
    </message>
    <message>
        <source>Only the record ID is imported. Choose a field for at least one more column.</source>
        <translation>レコード ID しかインポートされません。ほかに少なくとも 1 列に項目を選んでください。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportModePage</name>
    <message>
        <source>Choose how rows become records</source>
        <translation>行をレコードにする方法を選ぶ</translation>
    </message>
    <message>
        <source>Rows are matched to existing records by a key. Records keep their IDs: a row with the ID of a deleted record registers it again under that ID, so links from other DBs point at it.</source>
        <translation>行はキーで既存のレコードと照合されます。レコードは ID を保ちます。削除されたレコードの ID を持つ行はその ID で再登録されるので、他の DB からのリンクがまたつながります。</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>&amp;Register new records only</source>
        <translation>新規登録のみ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Update existing records only</source>
        <translation>既存レコードの更新のみ(&amp;U)</translation>
    </message>
    <message>
        <source>Update existing records and register &amp;new ones</source>
        <translation>更新と新規登録(&amp;N)</translation>
    </message>
    <message>
        <source>Rows are matched to records by this column. A field used as the key must have a different value in every record.</source>
        <translation>この列で行とレコードを照合します。キーにする項目は、レコードごとに値が異なる必要があります。</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import the others</source>
        <translation>エラーのある行を飛ばして残りをインポート(&amp;S)</translation>
    </message>
    <message>
        <source>Without this, one row with an error stops the whole import and nothing changes.</source>
        <translation>これを選ばないと、エラーが 1 行でもあればインポート全体が止まり、何も変更されません。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Match rows by &amp;key:</source>
        <translation>照合キー(&amp;K):</translation>
    </message>
    <message>
        <source>Write skipped rows &amp;to:</source>
        <translation>飛ばした行の書き出し先(&amp;T):</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>No column is imported as the record ID, so rows cannot be matched to existing records. Map a column to "Record ID" on the previous page, choose a key field, or register new records only.</source>
        <translation>レコード ID としてインポートする列がないため、行を既存のレコードと照合できません。前のページで列を「レコードID」に対応づけるか、キー項目を選ぶか、新規登録のみにしてください。</translation>
    </message>
    <message>
        <source>Choose a file for the skipped rows, so you can correct them and import them later.</source>
        <translation>飛ばした行を書き出すファイルを選んでください。あとで直してインポートできます。</translation>
    </message>
    <message>
        <source>The skipped rows cannot be written over the file being imported. Choose another file.</source>
        <translation>飛ばした行をインポート中のファイルに上書きすることはできません。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Write skipped rows to</source>
        <translation>飛ばした行の書き出し先</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportPass</name>
    <message>
        <source>Columns %1 ("%2") and %3 ("%4") both fill "%5". Map one of them to nothing.</source>
        <translation>列 %1(「%2」)と列 %3(「%4」)がどちらも「%5」に入ります。どちらかを対応なしにしてください。</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>DB "%1" has no field "%2" (column %3).</source>
        <translation>DB「%1」に項目「%2」はありません(列 %3)。</translation>
    </message>
    <message>
        <source>DB "%1" has no field "%2" to match on.</source>
        <translation>DB「%1」に照合用の項目「%2」はありません。</translation>
    </message>
    <message>
        <source>The file has no column for the key field "%1".</source>
        <translation>ファイルにキー項目「%1」の列がありません。</translation>
    </message>
    <message>
        <source>Updating needs a key: the file has no "Record ID" column. Add it, map a column to the record ID, or choose a key field.</source>
        <translation>更新にはキーが必要です: ファイルに「レコードID」の列がありません。列を追加するか、列をレコード ID に対応づけるか、キー項目を選んでください。</translation>
    </message>
    <message>
        <source>Cannot read "%1": %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation>行のセルは %1 個ですが、見出しは %2 個です</translation>
    </message>
    <message>
        <source>the field is required but the cell is empty</source>
        <translation>必須項目なのにセルが空です</translation>
    </message>
    <message>
        <source>"%1" is not a record ID (a whole number above 0)</source>
        <translation>「%1」はレコード ID(1 以上の整数)ではありません</translation>
    </message>
    <message>
        <source>the key field is empty, so the row matches no record</source>
        <translation>キー項目が空のため、行がどのレコードとも一致しません</translation>
    </message>
    <message>
        <source>"%1" already appears on row %2; each key may appear only once in a file</source>
        <translation>「%1」は %2 行目にもあります。キーはファイル内で 1 回しか使えません</translation>
    </message>
    <message>
        <source>record ID %1 already appears on row %2; each record may appear only once in a file</source>
        <translation>レコード ID %1 は %2 行目にもあります。レコードはファイル内に 1 回しか書けません</translation>
    </message>
    <message>
        <source>"%1" matches several records (IDs %2 and %3); choose a key whose values are unique</source>
        <translation>「%1」は複数のレコード(ID %2 と %3)に一致します。値が重複しないキーを選んでください</translation>
    </message>
    <message>
        <source>the key "%1" belongs to record %2, not %3</source>
        <translation>キー「%1」はレコード %3 ではなく %2 のものです</translation>
    </message>
    <message>
        <source>record ID %1 already belongs to another record, whose key is not "%2"</source>
        <translation>レコード ID %1 は、キーが「%2」ではない別のレコードのものです</translation>
    </message>
    <message>
        <source>record %1 already exists, and the mode only registers new records</source>
        <translation>レコード %1 はすでにあり、このモードは新規登録のみです</translation>
    </message>
    <message>
        <source>the row names no record, and the mode only updates existing records</source>
        <translation>行がどのレコードも指しておらず、このモードは既存レコードの更新のみです</translation>
    </message>
    <message>
        <source>there is no record "%1" to update, and the mode only updates existing records</source>
        <translation>更新するレコード「%1」がなく、このモードは既存レコードの更新のみです</translation>
    </message>
    <message>
        <source>the field is required but the file has no column for it</source>
        <translation>必須項目なのにファイルにその列がありません</translation>
    </message>
    <message>
        <source>links to record %1 of "%2", which does not exist</source>
        <translation>存在しない「%2」のレコード %1 にリンクしています</translation>
    </message>
    <message>
        <source>links to a DB that no longer exists</source>
        <translation>存在しない DB にリンクしています</translation>
    </message>
    <message>
        <source>Writing row %1 failed: %2. Nothing was imported.</source>
        <translation>%1 行目の書き込みに失敗しました: %2。何もインポートされていません。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation>最初から(&amp;S)</translation>
    </message>
    <message>
        <source>Back to the first page, to read the file again and run a new dry run.</source>
        <translation>最初のページに戻り、ファイルを読み直して試行し直します。</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>このインポートを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Brings production back to the restore point taken just before the import.</source>
        <translation>インポート直前の復元ポイントに本番を戻します。</translation>
    </message>
    <message>
        <source>Importing %1 into "%2"…</source>
        <translation>%1 を「%2」にインポートしています…</translation>
    </message>
    <message>
        <source>Writing into production…</source>
        <translation>本番に書き込んでいます…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされていません。</translation>
    </message>
    <message>
        <source>The import was cancelled; production is unchanged.</source>
        <translation>インポートを中止しました。本番は変更されていません。</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>インポートが完了しました。</translation>
    </message>
    <message>
        <source>Imported into "%1": %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>「%1」にインポートしました: 新規 %2 件、更新 %3 件、変更なし %4 件、スキップ %5 件。</translation>
    </message>
    <message>
        <source>Time taken: %1 s</source>
        <translation>所要時間: %1 秒</translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>復元ポイント: %1</translation>
    </message>
    <message>
        <source>Skipped rows were written to: %1</source>
        <translation>飛ばした行の書き出し先: %1</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>このインポートを元に戻す</translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before this import?

Changes made to production by anyone after the import are undone too.</source>
        <translation>このインポート直前に作った復元ポイント %1 に本番を戻しますか?

インポート後に誰かが本番に加えた変更も元に戻ります。</translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation>本番を元に戻しています…</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>インポートを元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>インポートを元に戻しました。</translation>
    </message>
    <message>
        <source>Production is back to how it was before the import (restore point %1).</source>
        <translation>本番はインポート前の状態に戻りました(復元ポイント %1)。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportWizard</name>
    <message>
        <source>Import CSV into Production</source>
        <translation>本番へ CSV インポート</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Production has no DB named "%1".</source>
        <translation>本番に「%1」という DB はありません。</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 には見出し行がありません。</translation>
    </message>
    <message>
        <source>Importing a CSV file</source>
        <translation>CSV ファイルのインポート</translation>
    </message>
    <message>
        <source>%1 has changed since the dry run. Run the dry run again and check its result before importing.</source>
        <translation>%1 は試行の後に変更されています。もう一度試行して結果を確認してからインポートしてください。</translation>
    </message>
    <message>
        <source>The mapping names %1 columns but the file has %2.</source>
        <translation>対応づけは %1 列分ですが、ファイルは %2 列です。</translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation>本番を開けません: %1</translation>
    </message>
    <message>
        <source>Before importing %1 into %2</source>
        <translation>%1 を %2 にインポートする前</translation>
    </message>
    <message>
        <source>Production is busy: %1</source>
        <translation>本番は使用中です: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The import was cancelled; production is unchanged.</source>
        <translation>インポートを中止しました。本番は変更されていません。</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>試行を中止しました。</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> 何もインポートされていません。</translation>
    </message>
    <message>
        <source>%1 has a header row but no records to import.</source>
        <translation>%1 には見出し行だけで、インポートするレコードがありません。</translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors, so nothing was imported. Fix them, or choose to skip rows with errors.</source>
        <translation>%2 行のうち %1 行にエラーがあるため、何もインポートしていません。直すか、エラーのある行を飛ばす設定にしてください。</translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1. Nothing was imported.</source>
        <translation>取り込まなかった行を %1 に書き込めません。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Committing the import failed: %1. Nothing was imported.</source>
        <translation>インポートの確定に失敗しました: %1。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 new, %4 updated, %5 unchanged, %6 rejected</source>
        <translation>%1 を %2 にインポート: 新規 %3 件、更新 %4 件、変更なし %5 件、取り込まず %6 件</translation>
    </message>
    <message>
        <source>Undid a change: production is back at restore point %1</source>
        <translation>変更を元に戻しました: 本番は復元ポイント %1 の状態です</translation>
    </message>
    <message>
        <source>Undid a change: production is back at restore point %1 ("%2")</source>
        <translation>変更を元に戻しました: 本番は復元ポイント %1 の状態です(「%2」)</translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation>%1 を %2 に読み込み</translation>
    </message>
    <message>
        <source>Going back to restore point %1</source>
        <translation>復元ポイント %1 に戻しています</translation>
    </message>
    <message>
        <source>Cannot open production: not an SQLite connection.</source>
        <translation>本番環境を開けません: SQLite の接続ではありません。</translation>
    </message>
    <message>
        <source>Writing the import into production</source>
        <translation>インポートを本番に書き込み</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 何もインポートされていません。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as "CSV UTF-8" or "CSV (comma delimited)" and import that file.</source>
        <translation>このファイルは UTF-16 のテキストです。「CSV UTF-8」または「CSV (コンマ区切り)」で保存し直して、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a CSV file. Export the data as CSV and import that file.</source>
        <translation>ファイルにバイナリデータ(NUL バイト)が含まれているため、CSV ではありません。データを CSV で出力し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text.</source>
        <translation>ファイルは UTF-8 でも Shift_JIS(CP932)でもありません。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no records.</source>
        <translation>%1 は空です: 見出し行もレコードもありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This system cannot decode Shift_JIS (CP932).</source>
        <translation>このシステムでは Shift_JIS(CP932)を読めません。</translation>
    </message>
    <message>
        <source>%1 contains binary data (NUL bytes) near line %2; it is not a CSV file.</source>
        <translation>%1 の %2 行目付近にバイナリデータ(NUL バイト)があります。CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 has bytes that are not valid %2 near line %3. Choose the file's real encoding, or save it again as UTF-8.</source>
        <translation>%1 の %3 行目付近に %2 として正しくないバイトがあります。ファイルの本当の文字コードを選ぶか、UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 (record %3) is never closed. Check for a missing double quote.</source>
        <translation>%1: %2 行目(レコード %3)で始まる引用符付きの値が閉じられていません。ダブルクォートの抜けを確認してください。</translation>
    </message>
    <message>
        <source>%1: record %2 (from line %3) has a field longer than %4 characters. Is the file really CSV, or is a closing quote missing?</source>
        <translation>%1: レコード %2(%3 行目から)に %4 文字を超える値があります。本当に CSV ファイルか、閉じるダブルクォートが抜けていないか確認してください。</translation>
    </message>
    <message>
        <source>%1 ends in the middle of a character (the file is truncated or not %2).</source>
        <translation>%1 は文字の途中で終わっています(ファイルが途中で切れているか、%2 ではありません)。</translation>
    </message>
</context>
<context>
    <name>Rewind::CsvWriter</name>
    <message>
        <source>The character "%1" (U+%2) cannot be written in Shift_JIS.</source>
        <translation>文字「%1」(U+%2)は Shift_JIS で書けません。</translation>
    </message>
</context>
<context>
    <name>Rewind::Ctl</name>
    <message>
        <source>My workspace</source>
        <translation>マイワークスペース</translation>
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
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not "%2".</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください(「%2」は使えません)。</translation>
    </message>
    <message>
        <source>Say which DB with --db NAME.</source>
        <translation>--db NAME で DB を指定してください。</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation>--out FILE で書き出し先を指定してください。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom, utf-8 or cp932, not "%1".</source>
        <translation>--encoding には utf-8-bom、utf-8、cp932 のいずれかを指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Wrote %1 records of "%2" (%3) to %4 in %5 s.</source>
        <translation>「%2」(%3)の %1 件を %4 に %5 秒で書き出しました。</translation>
    </message>
    <message>
        <source>import-csv needs --db NAME and --file FILE.</source>
        <translation>import-csv には --db NAME と --file FILE が必要です。</translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8 or cp932, not "%1".</source>
        <translation>--encoding には auto、utf-8、cp932 のいずれかを指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--mode takes insert, update or upsert, not "%1".</source>
        <translation>--mode には insert、update、upsert のいずれかを指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--skip-errors needs --rejects FILE for the rows that are not imported.</source>
        <translation>--skip-errors には、取り込まない行の書き出し先 --rejects FILE が必要です。</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 with errors.</source>
        <translation>%1(%2)の試行: %3 行 — 新規 %4、更新 %5、変更なし %6、エラー %7。</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation>%1(%2)をインポート: %3 行 — 新規 %4、更新 %5、変更なし %6、取り込まず %7。</translation>
    </message>
    <message>
        <source>  row %1 (line %2), column %3 "%4", field "%5": %6</source>
        <translation>  %1 行目(%2 行)、列 %3「%4」、項目「%5」: %6</translation>
    </message>
    <message>
        <source>Restore point: %1 (undo with "rewindctl undo-import %1").</source>
        <translation>復元ポイント: %1(「rewindctl undo-import %1」で元に戻せます)。</translation>
    </message>
    <message>
        <source>undo-import takes the restore point an import printed.</source>
        <translation>undo-import にはインポートが表示した復元ポイントを指定してください。</translation>
    </message>
    <message>
        <source>Production is back at restore point %1.</source>
        <translation>本番は復元ポイント %1 の状態に戻りました。</translation>
    </message>
    <message>
        <source>Write one DB of an environment to a CSV file (UTF-8 with BOM by default).</source>
        <translation>環境の DB 1 つを CSV ファイルに書き出します(既定は UTF-8 BOM付き)。</translation>
    </message>
    <message>
        <source>Fields to write, comma-separated, in this order (default: all).</source>
        <translation>書き出す項目をカンマ区切りでこの順に(既定: すべて)。</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>utf-8-bom (default, Excel), utf-8 or cp932 (Shift_JIS).</source>
        <translation>utf-8-bom(既定、Excel)、utf-8、cp932(Shift_JIS)。</translation>
    </message>
    <message>
        <source>ENC</source>
        <translation>ENC</translation>
    </message>
    <message>
        <source>Only records containing these words.</source>
        <translation>これらの語を含むレコードだけ。</translation>
    </message>
    <message>
        <source>Only records updated on or after this date.</source>
        <translation>この日以降に更新されたレコードだけ。</translation>
    </message>
    <message>
        <source>Only records updated on or before this date.</source>
        <translation>この日以前に更新されたレコードだけ。</translation>
    </message>
    <message>
        <source>Only records created on or after this date.</source>
        <translation>この日以降に作成されたレコードだけ。</translation>
    </message>
    <message>
        <source>Only records created on or before this date.</source>
        <translation>この日以前に作成されたレコードだけ。</translation>
    </message>
    <message>
        <source>Do not put ' before cells starting with = + - @ (not recommended).</source>
        <translation>= + - @ で始まるセルの前に ' を付けません(推奨しません)。</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>書き出す CSV ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Register or update records of a production DB from a CSV file, after a dry run and a restore point.</source>
        <translation>CSV ファイルから本番 DB のレコードを登録・更新します(試行と復元ポイントの後に)。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV ファイル。</translation>
    </message>
    <message>
        <source>auto (default: BOM, valid UTF-8, else CP932), utf-8 or cp932.</source>
        <translation>auto(既定: BOM、正しい UTF-8、それ以外は CP932)、utf-8、cp932。</translation>
    </message>
    <message>
        <source>insert (new only), update (existing only) or upsert (default).</source>
        <translation>insert(新規のみ)、update(既存のみ)、upsert(既定)。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Match records on this field instead of the record ID.</source>
        <translation>レコード ID の代わりにこの項目でレコードを照合します。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Only report what every row would do; write nothing. Exit code 1 when a row has an error.</source>
        <translation>各行の結果を表示するだけで何も書き込みません。エラーのある行があれば終了コード 1。</translation>
    </message>
    <message>
        <source>Import the valid rows; write the others to --rejects.</source>
        <translation>正しい行をインポートし、それ以外を --rejects に書き出します。</translation>
    </message>
    <message>
        <source>CSV file for rows that were not imported, with a reason column.</source>
        <translation>取り込まなかった行を理由の列付きで書き出す CSV ファイル。</translation>
    </message>
    <message>
        <source>Bring production back to the restore point an import took.</source>
        <translation>インポートが作った復元ポイントに本番を戻します。</translation>
    </message>
    <message>
        <source>RESTORE_POINT</source>
        <translation>復元ポイント</translation>
    </message>
    <message>
        <source>Name at least one DB with --db NAME (repeat --db for more).</source>
        <translation>--db NAME で DB を 1 つ以上指定してください(複数なら --db を繰り返します)。</translation>
    </message>
    <message>
        <source>Use --with-related or --without-related, not both.</source>
        <translation>--with-related と --without-related はどちらか一方だけ指定してください。</translation>
    </message>
    <message>
        <source>Wrote the template of %1 to %2.</source>
        <translation>%1 のテンプレートを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>  not in the template: %1 — %2 (%3)</source>
        <translation>  テンプレートに含まれないもの: %1 — %2(%3)</translation>
    </message>
    <message>
        <source>  link to a DB outside the template: %1</source>
        <translation>  テンプレート外の DB へのリンク: %1</translation>
    </message>
    <message>
        <source>Say which template with --file FILE.</source>
        <translation>--file FILE でテンプレートを指定してください。</translation>
    </message>
    <message>
        <source>--on-conflict takes rename, replace, skip or fail, not "%1".</source>
        <translation>--on-conflict には rename、replace、skip、fail のいずれかを指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>--link takes DB=TARGET (TARGET empty to leave the link unlinked), not "%1".</source>
        <translation>--link には DB=TARGET を指定してください(TARGET を空にするとリンクなし)。「%1」は使えません。</translation>
    </message>
    <message>
        <source>The template has no link to a DB named "%1" outside it.</source>
        <translation>テンプレートには、外部の「%1」という DB へのリンクはありません。</translation>
    </message>
    <message>
        <source>Dry run: the template would make these changes; nothing was written.</source>
        <translation>試行: テンプレートは次の変更を行います。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Template loaded.</source>
        <translation>テンプレートを読み込みました。</translation>
    </message>
    <message>
        <source>  link %1.%2 → %3</source>
        <translation>  リンク %1.%2 → %3</translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>  re-pointed %1 at the loaded DB</source>
        <translation>  %1 を読み込んだ DB に貼り替えました</translation>
    </message>
    <message>
        <source>template takes export or import: "rewindctl template export …" or "rewindctl template import …".</source>
        <translation>template には export か import を指定してください: 「rewindctl template export …」または「rewindctl template import …」。</translation>
    </message>
    <message>
        <source>Say which generation with --from mon|tue|wed|thu|fri|sat|sun.</source>
        <translation>--from mon|tue|wed|thu|fri|sat|sun で世代を指定してください。</translation>
    </message>
    <message>
        <source>Production has every DB the %1 generation has.</source>
        <translation>本番には%1の世代にある DB がすべてあります。</translation>
    </message>
    <message>
        <source>%1: %2 records in the generation; linked from %3</source>
        <translation>%1: 世代に %2 件。リンク元: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Dry run: %1 would come back with %2 fields, %3 settings and %4 records; nothing was written.</source>
        <translation>試行: %1 は項目 %2 個、設定 %3 個、レコード %4 件で戻ります。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1 is back: %2 fields, %3 settings, %4 records with their original IDs.</source>
        <translation>%1 を戻しました: 項目 %2 個、設定 %3 個、レコード %4 件(元の ID のまま)。</translation>
    </message>
    <message>
        <source>settings takes diff or apply: "rewindctl settings diff --env mon --db NAME".</source>
        <translation>settings には diff か apply を指定してください: 「rewindctl settings diff --env mon --db NAME」。</translation>
    </message>
    <message>
        <source>Say which generation to compare production with: --env mon|tue|wed|thu|fri|sat|sun.</source>
        <translation>本番と比べる世代を指定してください: --env mon|tue|wed|thu|fri|sat|sun。</translation>
    </message>
    <message>
        <source>The settings of %1 are the same in production and the %2 generation.</source>
        <translation>%1 の設定は本番と%2の世代で同じです。</translation>
    </message>
    <message>
        <source>     generation: %1</source>
        <translation>     世代: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>     production: %1</source>
        <translation>     本番: %1</translation>
    </message>
    <message>
        <source>     re-applying would %1</source>
        <translation>     再適用すると: %1</translation>
    </message>
    <message>
        <source>Re-applied %1 differences to %2. Restore point: %3 (undo with "rewindctl undo-import %3").</source>
        <translation>%2 に %1 件の差分を再適用しました。復元ポイント: %3(「rewindctl undo-import %3」で元に戻せます)。</translation>
    </message>
    <message>
        <source>Export DB settings as a template file (template export), or load one into production (template import).</source>
        <translation>DB の設定をテンプレートファイルに出力(template export)、または本番に読み込み(template import)ます。</translation>
    </message>
    <message>
        <source>export: the environment to read, production or mon … sun.</source>
        <translation>export: 読み込む環境。production または mon … sun。</translation>
    </message>
    <message>
        <source>export: a DB to include; repeat for more.</source>
        <translation>export: 含める DB。複数なら繰り返します。</translation>
    </message>
    <message>
        <source>export: also include every DB linked with them (the default).</source>
        <translation>export: リンクでつながる DB もすべて含めます(既定)。</translation>
    </message>
    <message>
        <source>export: only the DBs named.</source>
        <translation>export: 指定した DB だけ。</translation>
    </message>
    <message>
        <source>export: a related DB not to include; repeat for more.</source>
        <translation>export: 含めない関連 DB。複数なら繰り返します。</translation>
    </message>
    <message>
        <source>export: the template file to write.</source>
        <translation>export: 書き出すテンプレートファイル。</translation>
    </message>
    <message>
        <source>import: the template file.</source>
        <translation>import: テンプレートファイル。</translation>
    </message>
    <message>
        <source>import: when production has a DB of the same name: rename, replace, skip or fail (default).</source>
        <translation>import: 本番に同名の DB があるとき: rename、replace、skip、fail(既定)。</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>import: link fields to DB outside the template go to production DB TARGET (empty: unlinked); repeat.</source>
        <translation>import: テンプレート外の DB へのリンク項目を本番の DB TARGET につなぎます(空ならリンクなし)。繰り返し可。</translation>
    </message>
    <message>
        <source>DB=TARGET</source>
        <translation>DB=TARGET</translation>
    </message>
    <message>
        <source>import: show what would be created; write nothing.</source>
        <translation>import: 作成されるものを表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>export|import</source>
        <translation>export|import</translation>
    </message>
    <message>
        <source>Bring back a DB deleted from production, with its settings and records, from a generation.</source>
        <translation>本番から削除された DB を、設定とレコードごと世代から戻します。</translation>
    </message>
    <message>
        <source>The generation that still has the DB: mon … sun.</source>
        <translation>その DB がまだある世代: mon … sun。</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>スロット</translation>
    </message>
    <message>
        <source>The DB to restore; without it, list the DBs production lacks.</source>
        <translation>戻す DB。省略すると本番にない DB を一覧表示します。</translation>
    </message>
    <message>
        <source>Show what would come back; write nothing.</source>
        <translation>戻るものを表示するだけで、何も書き込みません。</translation>
    </message>
    <message>
        <source>Compare a DB's settings in a generation with production (settings diff), and re-apply chosen differences (settings apply).</source>
        <translation>世代の DB 設定を本番と比べ(settings diff)、選んだ差分を再適用します(settings apply)。</translation>
    </message>
    <message>
        <source>The generation to compare with: mon … sun.</source>
        <translation>比べる世代: mon … sun。</translation>
    </message>
    <message>
        <source>apply: re-apply every difference.</source>
        <translation>apply: すべての差分を再適用します。</translation>
    </message>
    <message>
        <source>diff|apply</source>
        <translation>diff|apply</translation>
    </message>
    <message>
        <source>Several DBs go into a folder: use --out-dir DIR (one CSV per DB) instead of --out.</source>
        <translation>複数の DB はフォルダーに書き出します: --out の代わりに --out-dir DIR を使ってください(DB ごとに CSV 1 つ)。</translation>
    </message>
    <message>
        <source>Say where to write with --out FILE, or --out-dir DIR for one file per DB.</source>
        <translation>書き出し先を --out FILE、または DB ごとにファイルを分けるなら --out-dir DIR で指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation>%1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>DB name; repeat with --out-dir for several.</source>
        <translation>DB 名。--out-dir と一緒なら複数指定できます。</translation>
    </message>
    <message>
        <source>With several --db: a folder for one CSV per DB, named after it.</source>
        <translation>複数の --db と使います: DB ごとに DB 名の CSV を置くフォルダー。</translation>
    </message>
    <message>
        <source>, %1 records of the old DB deleted</source>
        <translation>、元の DB のレコード %1 件を削除</translation>
    </message>
    <message>
        <source>  %1 link values point at records deleted since the generation; they resolve if those come back too.</source>
        <translation>  %1 個のリンク値が世代以降に削除されたレコードを指しています。そのレコードも戻せばつながります。</translation>
    </message>
    <message>
        <source>No current difference has the id "%1". Production may have changed since "settings diff": run it again.</source>
        <translation>ID「%1」の差分は今はありません。「settings diff」の後に本番が変わった可能性があります。もう一度実行してください。</translation>
    </message>
    <message>
        <source>Choose what to re-apply: --only ID,ID (the ids "settings diff" prints) or --all.</source>
        <translation>再適用するものを選んでください: --only ID,ID(「settings diff」が表示する ID)または --all。</translation>
    </message>
    <message>
        <source>apply: the differences to re-apply, by the ids "settings diff" prints.</source>
        <translation>apply: 再適用する差分(「settings diff」が表示する ID)。</translation>
    </message>
    <message>
        <source>ID,ID</source>
        <translation>ID,ID</translation>
    </message>
    <message>
        <source>Say what to archive: --full, or --from DATE --to DATE (at most 31 days).</source>
        <translation>アーカイブの対象を指定してください: --full、または --from DATE --to DATE(最大 31 日)。</translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom or cp932, not "%1".</source>
        <translation>--encoding には utf-8-bom か cp932 を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Archive %1 is ready: %2 records in %3 files, %4 MB (%5). Kept until %6.</source>
        <translation>アーカイブ %1 ができました: %3 ファイルに %2 件、%4 MB(%5)。%6 まで保存します。</translation>
    </message>
    <message>
        <source>No archives. Make one with "rewindctl archive create --full".</source>
        <translation>アーカイブはありません。「rewindctl archive create --full」で作成してください。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation>サイズ(MB)</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>期限まで</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1: OK — %2 entries, %3 records, every SHA-256 matches the manifest (%4 archive, %5, made %6 by %7).</source>
        <translation>%1: OK — エントリ %2 個、%3 件。すべての SHA-256 がマニフェストと一致します(%4アーカイブ、%5、%6 に %7 が作成)。</translation>
    </message>
    <message>
        <source>Usage: rewindctl archive save ID FILE</source>
        <translation>使い方: rewindctl archive save ID FILE</translation>
    </message>
    <message>
        <source>Saved archive %1 to %2.</source>
        <translation>アーカイブ %1 を %2 に保存しました。</translation>
    </message>
    <message>
        <source>Usage: rewindctl archive delete ID</source>
        <translation>使い方: rewindctl archive delete ID</translation>
    </message>
    <message>
        <source>Deleted archive %1.</source>
        <translation>アーカイブ %1 を削除しました。</translation>
    </message>
    <message>
        <source>Usage: rewindctl archive verify FILE</source>
        <translation>使い方: rewindctl archive verify FILE</translation>
    </message>
    <message>
        <source>Usage: rewindctl archive extract FILE FOLDER</source>
        <translation>使い方: rewindctl archive extract FILE FOLDER</translation>
    </message>
    <message>
        <source>Say what to do: archive create | list | save | delete | verify | extract.</source>
        <translation>操作を指定してください: archive create | list | save | delete | verify | extract。</translation>
    </message>
    <message>
        <source>--every takes weekly, biweekly, monthly or quarterly.</source>
        <translation>--every には weekly、biweekly、monthly、quarterly のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--weekday takes mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>--weekday には mon、tue、wed、thu、fri、sat、sun のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Weekly and biweekly schedules need --weekday (mon … sun).</source>
        <translation>毎週・隔週のスケジュールには --weekday(mon … sun)が必要です。</translation>
    </message>
    <message>
        <source>--day takes a day of the month, 1 to 31.</source>
        <translation>--day には日付(1〜31)を指定してください。</translation>
    </message>
    <message>
        <source>--nth takes 1, 2, 3, 4 or last.</source>
        <translation>--nth には 1、2、3、4、last のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Monthly and quarterly schedules need --day N, or --nth N --weekday DAY (for example --nth 1 --weekday wed for the first Wednesday).</source>
        <translation>毎月・3 か月ごとのスケジュールには --day N、または --nth N --weekday DAY が必要です(例: 第1水曜日なら --nth 1 --weekday wed)。</translation>
    </message>
    <message>
        <source>--time takes HH:MM, not "%1".</source>
        <translation>--time には HH:MM 形式の時刻を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Would schedule: %1.</source>
        <translation>設定されるスケジュール: %1。</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>次回以降の実行:</translation>
    </message>
    <message>
        <source>Nothing was saved (--preview).</source>
        <translation>何も保存していません(--preview)。</translation>
    </message>
    <message>
        <source>Scheduled: %1.</source>
        <translation>スケジュールを設定しました: %1。</translation>
    </message>
    <message>
        <source>Daily generation: at %1 (backup window %2 – %3); next %4; last taken %5.</source>
        <translation>日次世代: %1(バックアップ時間帯 %2 – %3)。次回 %4、前回の取得 %5。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Archive schedule: none. Set one with "rewindctl schedule set --every weekly --weekday wed".</source>
        <translation>アーカイブのスケジュール: なし。「rewindctl schedule set --every weekly --weekday wed」で設定してください。</translation>
    </message>
    <message>
        <source>Archive schedule: %1 (set %2 by %3).</source>
        <translation>アーカイブのスケジュール: %1(%2 に %3 が設定)。</translation>
    </message>
    <message>
        <source>Last run: %1 (%2).</source>
        <translation>前回の実行: %1(%2)。</translation>
    </message>
    <message>
        <source>A scheduled archive is being written now; it cannot be stopped.</source>
        <translation>スケジュールによるアーカイブを書き込み中です。この実行は止められません。</translation>
    </message>
    <message>
        <source>--window takes HH:MM-HH:MM, for example 00:00-08:00.</source>
        <translation>--window には HH:MM-HH:MM 形式で指定してください(例: 00:00-08:00)。</translation>
    </message>
    <message>
        <source>The daily generation runs at %1.</source>
        <translation>日次世代は %1 に実行されます。</translation>
    </message>
    <message>
        <source>Say what to do: schedule set | show | stop | daily.</source>
        <translation>操作を指定してください: schedule set | show | stop | daily。</translation>
    </message>
    <message>
        <source>Policy options take whole numbers.</source>
        <translation>ポリシーのオプションには整数を指定してください。</translation>
    </message>
    <message>
        <source>Say what to do: policy show | set.</source>
        <translation>操作を指定してください: policy show | set。</translation>
    </message>
    <message>
        <source>A full archive at most every %1 days; at most %2 records per archive; archives kept %3 days; custom ranges up to %4 days.</source>
        <translation>完全アーカイブは最短 %1 日ごと。アーカイブあたり最大 %2 件。保存期間 %3 日。期間指定は最大 %4 日。</translation>
    </message>
    <message>
        <source>Due work is already running in process %1; nothing was started.</source>
        <translation>予定の処理はすでにプロセス %1 で実行中です。何も開始していません。</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>実行予定の処理はありません。</translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before, and every generation's anchor matches.</source>
        <translation>履歴は改ざんされていません: %1 件のイベントがそれぞれ直前のイベントとつながっており、すべての世代のアンカーが一致します。</translation>
    </message>
    <message>
        <source>Usage: rewindctl history export FILE</source>
        <translation>使い方: rewindctl history export FILE</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 件のイベントを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>イベントはありません。</translation>
    </message>
    <message>
        <source>No primary contact is set.</source>
        <translation>主担当者は設定されていません。</translation>
    </message>
    <message>
        <source>Primary contact: %1</source>
        <translation>主担当者: %1</translation>
    </message>
    <message>
        <source>Archives (a ZIP of one CSV per DB, kept 7 days): create --full | --from DATE --to DATE [--split], list, save ID FILE, delete ID, verify FILE, extract FILE FOLDER. Only the primary contact may create, save and delete.</source>
        <translation>アーカイブ(DB ごとの CSV をまとめた ZIP、7 日間保存): create --full | --from DATE --to DATE [--split]、list、save ID FILE、delete ID、verify FILE、extract FILE FOLDER。作成・保存・削除は主担当者だけが行えます。</translation>
    </message>
    <message>
        <source>create: every record of every DB (at most once per 30 days).</source>
        <translation>create: すべての DB のすべてのレコード(30 日に 1 回まで)。</translation>
    </message>
    <message>
        <source>create: first day of a custom range.</source>
        <translation>create: 期間指定の開始日。</translation>
    </message>
    <message>
        <source>create: last day of a custom range (at most 31 days).</source>
        <translation>create: 期間指定の終了日(最大 31 日間)。</translation>
    </message>
    <message>
        <source>create: split a longer range into several archives.</source>
        <translation>create: 長い期間を複数のアーカイブに分けます。</translation>
    </message>
    <message>
        <source>create: utf-8-bom (default) or cp932.</source>
        <translation>create: utf-8-bom(既定)または cp932。</translation>
    </message>
    <message>
        <source>create|list|save|delete|verify|extract [ARGS]</source>
        <translation>create|list|save|delete|verify|extract [引数]</translation>
    </message>
    <message>
        <source>The archive schedule and the daily generation time: show, set, stop, daily.</source>
        <translation>アーカイブのスケジュールと日次世代の時刻: show、set、stop、daily。</translation>
    </message>
    <message>
        <source>set: weekly, biweekly, monthly or quarterly.</source>
        <translation>set: weekly、biweekly、monthly、quarterly のいずれか。</translation>
    </message>
    <message>
        <source>FREQ</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>set: mon … sun.</source>
        <translation>set: mon … sun。</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>set: which weekday of the month: 1, 2, 3, 4 or last.</source>
        <translation>set: 第何曜日か: 1、2、3、4、last。</translation>
    </message>
    <message>
        <source>set: day of the month, 1 to 31 (short months: their last day).</source>
        <translation>set: 日付 1〜31(その日がない月は月末日)。</translation>
    </message>
    <message>
        <source>set/daily: time of day, HH:MM.</source>
        <translation>set/daily: 時刻 HH:MM。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>set: first day (default today).</source>
        <translation>set: 開始日(既定: 今日)。</translation>
    </message>
    <message>
        <source>set: last day (inclusive).</source>
        <translation>set: 終了日(その日を含む)。</translation>
    </message>
    <message>
        <source>set: only show the description and the next five runs.</source>
        <translation>set: 内容と次の 5 回の実行日時を表示するだけです。</translation>
    </message>
    <message>
        <source>daily: the backup window, HH:MM-HH:MM (default 00:00-08:00).</source>
        <translation>daily: バックアップ時間帯 HH:MM-HH:MM(既定 00:00-08:00)。</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>時間帯</translation>
    </message>
    <message>
        <source>show|set|stop|daily</source>
        <translation>show|set|stop|daily</translation>
    </message>
    <message>
        <source>Archive limits: show, or set (administrators).</source>
        <translation>アーカイブの制限: show(表示)、set(設定、管理者用)。</translation>
    </message>
    <message>
        <source>Days between full archives (default 30).</source>
        <translation>完全アーカイブの間隔の日数(既定 30)。</translation>
    </message>
    <message>
        <source>Records per archive (default 10000000).</source>
        <translation>アーカイブあたりのレコード数(既定 10000000)。</translation>
    </message>
    <message>
        <source>Days an archive is kept (default 7).</source>
        <translation>アーカイブの保存日数(既定 7)。</translation>
    </message>
    <message>
        <source>Longest custom range in days (default 31).</source>
        <translation>期間指定の最長日数(既定 31)。</translation>
    </message>
    <message>
        <source>[show|set]</source>
        <translation>[show|set]</translation>
    </message>
    <message>
        <source>Run whatever is due (daily generation, scheduled archive, expiry purge) and exit. For the systemd timer; an open console shows its progress.</source>
        <translation>予定の処理(日次世代、スケジュールによるアーカイブ、期限切れの削除)を実行して終了します。systemd タイマー用です。コンソールを開いていれば進み具合が表示されます。</translation>
    </message>
    <message>
        <source>Only events of this kind (repeatable).</source>
        <translation>この種類のイベントだけ(複数指定可)。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation>この日から。</translation>
    </message>
    <message>
        <source>To this day (inclusive).</source>
        <translation>この日まで(その日を含む)。</translation>
    </message>
    <message>
        <source>[verify|export FILE]</source>
        <translation>[verify|export FILE]</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>create-db needs --from-csv FILE and --name NAME.</source>
        <translation>create-db には --from-csv FILE と --name NAME が必要です。</translation>
    </message>
    <message>
        <source>Created DB "%1" from %2 (%3): %4 fields, %5 records.</source>
        <translation>%2(%3)から DB「%1」を作成しました: 項目 %4 個、レコード %5 件。</translation>
    </message>
    <message>
        <source>delete-all-records needs --db NAME.</source>
        <translation>delete-all-records には --db NAME が必要です。</translation>
    </message>
    <message>
        <source>This would delete all %1 records of production DB "%2" (a restore point is taken first). To do it, run the command again with --yes.</source>
        <translation>本番の DB「%2」の全 %1 件のレコードを削除します(先に復元ポイントを作成します)。実行するには --yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Deleted all %1 records of "%2".</source>
        <translation>「%2」の全 %1 件のレコードを削除しました。</translation>
    </message>
    <message>
        <source>Create a production DB from a CSV file: one single-line text field per column, then the rows as records, after a restore point.</source>
        <translation>CSV ファイルから本番の DB を作成します: 列ごとに 1 行テキストの項目を作り、行をレコードとして登録します(先に復元ポイントを作成)。</translation>
    </message>
    <message>
        <source>The CSV file; its first row names the fields.</source>
        <translation>CSV ファイル。1 行目が項目名です。</translation>
    </message>
    <message>
        <source>Name of the new DB.</source>
        <translation>新しい DB の名前。</translation>
    </message>
    <message>
        <source>Delete every record of a production DB, after a restore point. Needs --yes.</source>
        <translation>本番の DB の全レコードを削除します(先に復元ポイントを作成)。--yes が必要です。</translation>
    </message>
    <message>
        <source>Really delete; without it the command only says what would be deleted.</source>
        <translation>実際に削除します。付けない場合は、削除される内容を表示するだけです。</translation>
    </message>
    <message>
        <source>The backup history: list (filters: --kind, --by, --from, --to), verify (the hash chain and the generations' anchors; exit code 3 names the first bad event), export FILE (CSV).</source>
        <translation>バックアップの履歴: list(絞り込み: --kind、--by、--from、--to)、verify(ハッシュチェーンと世代のアンカーを検証。不正があれば終了コード 3 で最初のイベントを表示)、export FILE(CSV)。</translation>
    </message>
    <message>
        <source>Only events by this user ID.</source>
        <translation>このユーザー ID のイベントだけ。</translation>
    </message>
    <message>
        <source>%1 already holds a workspace with users. Log in as an administrator and add users with "rewindctl users add".</source>
        <translation>%1 にはすでにユーザーのいるワークスペースがあります。管理者としてログインし、「rewindctl users add」でユーザーを追加してください。</translation>
    </message>
    <message>
        <source>%1 is now the first system administrator and primary contact of the workspace in %2.</source>
        <translation>%1 が %2 にあるワークスペースの最初のシステム管理者兼主担当者になりました。</translation>
    </message>
    <message>
        <source>Created an empty workspace in %1 with %2 as its system administrator and primary contact.</source>
        <translation>%1 に空のワークスペースを作成しました。システム管理者兼主担当者は %2 です。</translation>
    </message>
    <message>
        <source>Create an empty production workspace in the data directory, with --user ID as its first system administrator (password from --password-stdin, REWIND_PASSWORD or a prompt). In a workspace without users it only adds that administrator.</source>
        <translation>データフォルダーに空の本番ワークスペースを作成し、--user ID を最初のシステム管理者にします(パスワードは --password-stdin、REWIND_PASSWORD、またはプロンプトでの入力から)。ユーザーのいないワークスペースでは、その管理者を追加するだけです。</translation>
    </message>
    <message>
        <source>The administrator's display name.</source>
        <translation>管理者の表示名。</translation>
    </message>
    <message>
        <source>Your user ID (also REWIND_USER).</source>
        <translation>自分のユーザー ID(REWIND_USER でも指定可)。</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise REWIND_PASSWORD, or a prompt).</source>
        <translation>パスワードを標準入力の 1 行目から読み込みます(指定しない場合は REWIND_PASSWORD、またはプロンプトでの入力)。</translation>
    </message>
    <message>
        <source>There is no user "%1". "rewindctl users list" shows the users.</source>
        <translation>ユーザー「%1」はいません。ユーザーの一覧は「rewindctl users list」で表示できます。</translation>
    </message>
    <message>
        <source>No new password for %1: pass it on standard input with --new-password-stdin or in REWIND_NEW_PASSWORD (never as an argument).</source>
        <translation>%1 の新しいパスワードがありません: --new-password-stdin で標準入力から渡すか、REWIND_NEW_PASSWORD に設定してください(引数では決して渡さないでください)。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 の新しいパスワード: </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>もう一度入力: </translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>2 つのパスワードが一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>locked by an administrator</source>
        <translation>管理者によりロック</translation>
    </message>
    <message>
        <source>login delayed until %1</source>
        <translation>%1 までログイン待機中</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>許可あり</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>許可なし</translation>
    </message>
    <message>
        <source> (primary contact)</source>
        <translation>(主担当者)</translation>
    </message>
    <message>
        <source>generations</source>
        <translation>世代</translation>
    </message>
    <message>
        <source>"users %1" needs a user ID.</source>
        <translation>「users %1」にはユーザー ID が必要です。</translation>
    </message>
    <message>
        <source>users add needs --role admin, support or manager.</source>
        <translation>users add には --role admin、support、manager のいずれかが必要です。</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1(%2)を追加しました。</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>%1 の新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>users role ID takes admin, support or manager, not "%1".</source>
        <translation>users role ID には admin、support、manager のいずれかを指定してください(「%1」は指定できません)。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 は%2になりました。</translation>
    </message>
    <message>
        <source>%1 may open generations.</source>
        <translation>%1 は世代を開けるようになりました。</translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation>%1 は世代を開けなくなりました。</translation>
    </message>
    <message>
        <source>Locked %1: every login is refused until an administrator unlocks it.</source>
        <translation>%1 をロックしました: 管理者がロックを解除するまで、ログインはすべて拒否されます。</translation>
    </message>
    <message>
        <source>Unlocked %1 and reset its failed logins.</source>
        <translation>%1 のロックを解除し、ログイン失敗の回数をリセットしました。</translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>%1 の表示名を変更しました。</translation>
    </message>
    <message>
        <source>Removing %1 cannot be undone: add --yes.</source>
        <translation>%1 の削除は元に戻せません: --yes を付けてください。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Unknown users command "%1".</source>
        <translation>users のコマンド「%1」は不明です。</translation>
    </message>
    <message>
        <source>Users and roles (administrators): list, add ID --role ROLE, passwd ID, role ID ROLE, grant ID | revoke ID (opening generations, for support staff), lock ID, unlock ID, rename ID NAME, remove ID --yes. New passwords come from --new-password-stdin, REWIND_NEW_PASSWORD or a prompt.</source>
        <translation>ユーザーと役割(管理者用): list、add ID --role ROLE、passwd ID、role ID ROLE、grant ID | revoke ID(サポート担当に世代を開くことを許可/取り消し)、lock ID、unlock ID、rename ID NAME、remove ID --yes。新しいパスワードは --new-password-stdin、REWIND_NEW_PASSWORD、またはプロンプトでの入力から読み込みます。</translation>
    </message>
    <message>
        <source>add: admin, support or manager.</source>
        <translation>add: admin、support、manager のいずれか。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>add: the display name (default: the ID).</source>
        <translation>add: 表示名(既定: ID)。</translation>
    </message>
    <message>
        <source>add: the user may open generations (support staff).</source>
        <translation>add: ユーザーに世代を開くことを許可します(サポート担当)。</translation>
    </message>
    <message>
        <source>add, passwd: read the new password from the next line of standard input.</source>
        <translation>add、passwd: 新しいパスワードを標準入力の次の行から読み込みます。</translation>
    </message>
    <message>
        <source>remove: yes, remove the user.</source>
        <translation>remove: はい、ユーザーを削除します。</translation>
    </message>
    <message>
        <source>[list|add|passwd|role|grant|revoke|lock|unlock|rename|remove] [ID] [ROLE|NAME]</source>
        <translation>[list|add|passwd|role|grant|revoke|lock|unlock|rename|remove] [ID] [役割|名前]</translation>
    </message>
    <message>
        <source>Show the workspace's primary contact, or hand the role on to another administrator with --set ID.</source>
        <translation>ワークスペースの主担当者を表示します。--set ID で別の管理者に主担当者を引き継ぎます。</translation>
    </message>
    <message>
        <source>Make administrator ID the primary contact.</source>
        <translation>指定した ID の管理者を主担当者にします。</translation>
    </message>
    <message>
        <source>Say what to do: history [--kind K] [--by ID] [--from D] [--to D] | verify | export FILE.</source>
        <translation>操作を指定してください: history [--kind K] [--by ID] [--from D] [--to D] | verify | export FILE。</translation>
    </message>
    <message>
        <source>diff needs --from ENV and optionally --to ENV (production, or mon … sun).</source>
        <translation>diff には --from ENV が必要です(--to ENV は省略可。production または mon … sun)。</translation>
    </message>
    <message>
        <source>--kind takes added, deleted or changed, not "%1".</source>
        <translation>--kind には added、deleted、changed のいずれかを指定してください("%1" は使えません)。</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>比較中</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>%1から%2まで:</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 deleted, %4 changed, %5 unchanged</source>
        <translation>  %1: 追加 %2 件、削除 %3 件、変更 %4 件、変更なし %5 件</translation>
    </message>
    <message>
        <source> (the DB is gone)</source>
        <translation>(DB が削除されています)</translation>
    </message>
    <message>
        <source> (a new DB)</source>
        <translation>(新しい DB)</translation>
    </message>
    <message>
        <source>Compare a generation with production (or two generations): per DB the records added, deleted and changed since, and each change, old → new.</source>
        <translation>世代と本番(または 2 つの世代)を比較します: DB ごとに、それ以降に追加・削除・変更されたレコードと、各変更の旧 → 新を表示します。</translation>
    </message>
    <message>
        <source>The earlier side: mon … sun (or production).</source>
        <translation>比較元(古い側): mon … sun(または production)。</translation>
    </message>
    <message>
        <source>The later side (default production).</source>
        <translation>比較先(新しい側、既定は production)。</translation>
    </message>
    <message>
        <source>Only this DB; repeat for more.</source>
        <translation>この DB だけ。複数指定できます。</translation>
    </message>
    <message>
        <source>Only changes of this kind: added, deleted or changed; repeatable.</source>
        <translation>この種類の変更だけ: added、deleted、changed。複数指定できます。</translation>
    </message>
    <message>
        <source>Only the counts per DB.</source>
        <translation>DB ごとの件数だけ。</translation>
    </message>
    <message>
        <source>restore-records needs --from mon … sun (the generation to take the records from).</source>
        <translation>restore-records には --from mon … sun(レコードを取り出す世代)が必要です。</translation>
    </message>
    <message>
        <source>restore-records needs --db NAME.</source>
        <translation>restore-records には --db NAME が必要です。</translation>
    </message>
    <message>
        <source>--ids takes record IDs separated by commas, not "%1".</source>
        <translation>--ids にはカンマ区切りのレコード ID を指定してください("%1" は使えません)。</translation>
    </message>
    <message>
        <source>restore-records needs --ids ID[,ID…].</source>
        <translation>restore-records には --ids ID[,ID…] が必要です。</translation>
    </message>
    <message>
        <source>comes back with its ID</source>
        <translation>元の ID で戻ります</translation>
    </message>
    <message>
        <source>gets that day's %1</source>
        <translation>その日の%1に戻ります</translation>
    </message>
    <message>
        <source>is already as it was</source>
        <translation>すでにその日のままです</translation>
    </message>
    <message>
        <source> (linked)</source>
        <translation>(リンク先)</translation>
    </message>
    <message>
        <source>%1 #%2: %3 links to %4 #%5, which production does not have%6</source>
        <translation>%1 #%2: %3 のリンク先 %4 #%5 は本番にありません%6</translation>
    </message>
    <message>
        <source> (add --with-linked to bring it back too)</source>
        <translation>(--with-linked を付けると一緒に戻せます)</translation>
    </message>
    <message>
        <source>Restored. Undo with: rewindctl undo-import %1</source>
        <translation>復元しました。元に戻すには: rewindctl undo-import %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Add --yes to restore.</source>
        <translation>ドライランです。何も変更していません。復元するには --yes を付けてください。</translation>
    </message>
    <message>
        <source>Put chosen records back from a generation: deleted ones with their original IDs, changed ones with that day's values (all fields or --fields). A dry run unless --yes; then one transaction after a restore point, undone with undo-import.</source>
        <translation>選んだレコードを世代から戻します: 削除されたものは元の ID で、変更されたものはその日の値で(全項目または --fields)。--yes がなければドライランです。付けると復元ポイントの後に 1 つのトランザクションで書き込み、undo-import で元に戻せます。</translation>
    </message>
    <message>
        <source>The generation: mon … sun.</source>
        <translation>世代: mon … sun。</translation>
    </message>
    <message>
        <source>Record IDs, separated by commas.</source>
        <translation>レコード ID(カンマ区切り)。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID一覧</translation>
    </message>
    <message>
        <source>Only these fields of records production still has (comma-separated).</source>
        <translation>本番に残っているレコードは、これらの項目だけ戻します(カンマ区切り)。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>項目名</translation>
    </message>
    <message>
        <source>Also bring back linked records production lacks.</source>
        <translation>本番にないリンク先のレコードも戻します。</translation>
    </message>
    <message>
        <source>Restore (without it: only say what would be written).</source>
        <translation>復元します(付けなければ、書き込む内容を表示するだけです)。</translation>
    </message>
    <message>
        <source>timeline needs --db NAME and --id RECORD_ID.</source>
        <translation>timeline には --db NAME と --id RECORD_ID が必要です。</translation>
    </message>
    <message>
        <source>%1 #%2 through the week:</source>
        <translation>%1 #%2 の 1 週間:</translation>
    </message>
    <message>
        <source>first seen in %1</source>
        <translation>%1で初めて登場</translation>
    </message>
    <message>
        <source>changed, first seen in %1</source>
        <translation>変更(%1で初めて確認)</translation>
    </message>
    <message>
        <source>gone in %1</source>
        <translation>%1で消えています</translation>
    </message>
    <message>
        <source>back in %1</source>
        <translation>%1で戻っています</translation>
    </message>
    <message>
        <source>find needs --db NAME and the text to look for.</source>
        <translation>find には --db NAME と探す文字列が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n 件</numerusform></translation>
    </message>
    <message>
        <source>A record's week: when it first appears in the generations, each field change with the day it was first seen, and the day it disappeared.</source>
        <translation>レコードの 1 週間: 世代に初めて現れた日、各項目の変更とそれが初めて確認された日、消えた日を表示します。</translation>
    </message>
    <message>
        <source>The record ID.</source>
        <translation>レコード ID。</translation>
    </message>
    <message>
        <source>Which generations (and production) have records of a DB containing a text, e.g. "it was there last week"; width- and case-insensitive.</source>
        <translation>ある文字列を含むレコードがどの世代(と本番)にあるかを探します(「先週はあったはず」)。全角・半角、大文字・小文字を区別しません。</translation>
    </message>
    <message>
        <source>Only this field (default: every searchable field).</source>
        <translation>この項目だけ(既定: 検索対象のすべての項目)。</translation>
    </message>
    <message>
        <source>%1 #%2, %3: %4</source>
        <translation>%1 #%2、%3: %4</translation>
    </message>
    <message>
        <source>Production in PostgreSQL: postgresql://USER@HOST:PORT/DB.</source>
        <translation>PostgreSQL の本番: postgresql://ユーザー@ホスト:ポート/DB。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created an empty workspace in %1 (schema "rewind") with %2 as its system administrator and primary contact; generations go to %3.</source>
        <translation>%1(スキーマ「rewind」)に空のワークスペースを作成し、%2 をシステム管理者・主担当者にしました。世代は %3 に保存されます。</translation>
    </message>
    <message>
        <source>%1 already holds a workspace. Use another --data-dir.</source>
        <translation>%1 にはすでにワークスペースがあります。別の --data-dir を指定してください。</translation>
    </message>
    <message>
        <source>Production moved into %1: %2 rows.</source>
        <translation>本番を %1 に移しました: %2 行。</translation>
    </message>
    <message>
        <source>Usage: rewindctl [--data-dir DIR] [--production URL] [--lang ja|en] COMMAND [options]

Rewind keeps seven verified, read-only daily generations of a business database.

Commands:
</source>
        <translation>使い方: rewindctl [--data-dir DIR] [--production URL] [--lang ja|en] コマンド [オプション]

Rewind は業務データベースの検証済み・読み取り専用の世代を毎日 1 つ、7 世代保持します。

コマンド:
</translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR  Where production and generations live (default: %1).
  --production postgresql://USER@HOST:PORT/DB
                  Production is that PostgreSQL database (schema "rewind"); "init" and "demo"
                  remember it in the data directory. The password comes from PGPASSWORD or
                  ~/.pgpass, never from the address.
  --lang ja|en    Language of messages (default: the system's; also REWIND_LANG).
  --user ID       Who you are (also REWIND_USER). Every command except init, demo and run-due
                  acts as a logged-in user and may only do what that user's role allows.
  --password-stdin  Read the password from the first line of standard input. Otherwise it comes
                  from REWIND_PASSWORD (for timers and scripts) or a prompt; never pass it as
                  an argument, where other users see it in the process list.
  -h, --help      Help; "rewindctl COMMAND --help" shows a command's options.
  -v, --version   Version.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments, 3 a verified generation is damaged.
</source>
        <translation>
共通オプション:
  --data-dir DIR  本番と世代を置く場所(既定: %1)。
  --production postgresql://ユーザー@ホスト:ポート/DB
                  本番をその PostgreSQL データベース(スキーマ「rewind」)にします。init と demo は
                  これをデータディレクトリに記録します。パスワードは PGPASSWORD または ~/.pgpass から
                  読み込み、アドレスには書きません。
  --lang ja|en    メッセージの言語(既定: システムの言語。REWIND_LANG でも指定可)。
  --user ID       自分のユーザー ID(REWIND_USER でも指定可)。init、demo、run-due 以外のコマンドは
                  ログインしたユーザーとして実行され、そのユーザーの役割で許可された操作だけを行えます。
  --password-stdin  パスワードを標準入力の 1 行目から読み込みます。指定しない場合は
                  REWIND_PASSWORD(タイマーやスクリプト用)またはプロンプトでの入力から読み込みます。
                  引数では決して渡さないでください。ほかのユーザーがプロセス一覧で見ることができます。
  -h, --help      ヘルプ。「rewindctl コマンド --help」でコマンドのオプションを表示します。
  -v, --version   バージョン。

終了コード: 0 成功、1 処理の失敗、2 引数の誤り、3 検証した世代が破損。
</translation>
    </message>
    <message>
        <source>connection test needs the address: connection test postgresql://USER@HOST:PORT/DB</source>
        <translation>connection test には接続先が必要です: connection test postgresql://USER@HOST:PORT/DB</translation>
    </message>
    <message>
        <source>Production: %1 (an SQLite file in the data directory).</source>
        <translation>本番: %1(データディレクトリ内の SQLite ファイル)</translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation>本番: %1</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>接続しました: %1</translation>
    </message>
    <message>
        <source>connection use needs the address: connection use postgresql://USER@HOST:PORT/DB [--move]</source>
        <translation>connection use には接続先が必要です: connection use postgresql://USER@HOST:PORT/DB [--move]</translation>
    </message>
    <message>
        <source>Production moved into %1. The SQLite file is kept beside it as production-moved-*.sqlite.</source>
        <translation>本番を %1 に移しました。SQLite ファイルは production-moved-*.sqlite として同じ場所に残してあります。</translation>
    </message>
    <message>
        <source>Production is now %1.</source>
        <translation>本番は %1 になりました。</translation>
    </message>
    <message>
        <source>Unknown connection command "%1": show, test ADDRESS or use ADDRESS [--move].</source>
        <translation>connection のコマンド「%1」は不明です: show、test ADDRESS、use ADDRESS [--move] のいずれかです。</translation>
    </message>
    <message>
        <source>Where production lives: show it (and connect to a PostgreSQL one), test ADDRESS (a postgresql://USER@HOST:PORT/DB address, password from PGPASSWORD or ~/.pgpass), use ADDRESS (the same workspace at a new address; with --move, an empty database that production's SQLite file is moved into). use needs an administrator.</source>
        <translation>本番の置き場所: show で表示(PostgreSQL なら接続して確認)、test ADDRESS で接続テスト(postgresql://USER@HOST:PORT/DB 形式、パスワードは PGPASSWORD か ~/.pgpass から)、use ADDRESS で切り替え(新しい接続先にある同じワークスペース。--move を付けると、空のデータベースに本番の SQLite ファイルを移します)。use はシステム管理者のみ。</translation>
    </message>
    <message>
        <source>use: move the SQLite production into the empty database ADDRESS.</source>
        <translation>use: SQLite の本番を空のデータベース ADDRESS に移します。</translation>
    </message>
    <message>
        <source>[show|test ADDRESS|use ADDRESS]</source>
        <translation>[show|test ADDRESS|use ADDRESS]</translation>
    </message>
</context>
<context>
    <name>Rewind::DailyRunTime</name>
    <message>
        <source>The backup window's start and end must be valid times of day.</source>
        <translation>バックアップ時間帯の開始と終了には正しい時刻を指定してください。</translation>
    </message>
    <message>
        <source>The daily backup time is not a valid time of day.</source>
        <translation>毎日のバックアップ時刻が正しい時刻ではありません。</translation>
    </message>
    <message>
        <source>The backup window %1 – %2 is empty: give it an end after its start.</source>
        <translation>バックアップ時間帯 %1 – %2 が空です。終了を開始より後にしてください。</translation>
    </message>
    <message>
        <source>The daily backup time %1 lies outside the backup window %2 – %3: choose a time from %2 to before %3.</source>
        <translation>毎日のバックアップ時刻 %1 がバックアップ時間帯 %2 – %3 の外です。%2 以降 %3 より前の時刻を選んでください。</translation>
    </message>
    <message>
        <source>The daily backup setting “%1” is not a valid time: “%2”.</source>
        <translation>毎日のバックアップの設定「%1」が正しい時刻ではありません: 「%2」。</translation>
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
    <name>Rewind::DbFromCsv</name>
    <message>
        <source>field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Column %1 of the header ("%2") cannot be a field name: %3</source>
        <translation>見出しの %1 列目(「%2」)は項目名にできません: %3</translation>
    </message>
    <message>
        <source>Column %1 of the header ("%2") repeats an earlier column, and numbering it makes the name too long: %3</source>
        <translation>見出しの %1 列目(「%2」)は前の列と重複しており、番号を付けると名前が長すぎます: %3</translation>
    </message>
    <message>
        <source>Creating a DB from a CSV file</source>
        <translation>CSV ファイルからの DB 作成</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>%1 is empty: the first row must name the columns.</source>
        <translation>%1 は空です。1 行目に列名が必要です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A DB named "%1" already exists. Choose another name.</source>
        <translation>「%1」という DB はすでにあります。別の名前にしてください。</translation>
    </message>
    <message>
        <source>Before creating DB %1 from %2</source>
        <translation>%2 から DB %1 を作成する前</translation>
    </message>
    <message>
        <source>Created from %1</source>
        <translation>%1 から作成</translation>
    </message>
    <message>
        <source>Cancelled; production was not changed.</source>
        <translation>中止しました。本番は変更されていません。</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3) has %4 cells but the header names %5 columns.</source>
        <translation>%1 の %2 行目(%3 行目)のセルは %4 個ですが、見出しの列は %5 個です。</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), column %4 "%5": %6</source>
        <translation>%1 の %2 行目(%3 行目)、%4 列目「%5」: %6</translation>
    </message>
    <message>
        <source>Created DB %1 from %2: %3 fields, %4 records (restore point %5)</source>
        <translation>%2 から DB %1 を作成しました: 項目 %3 個、レコード %4 件(復元ポイント %5)</translation>
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
    <name>Rewind::DbRestoreChoosePage</name>
    <message>
        <source>Choose the deleted DB</source>
        <translation>削除された DB を選ぶ</translation>
    </message>
    <message>
        <source>A DB deleted from production comes back from a generation with its fields, links, settings and records, under their original record IDs, so links from other DBs find them again.</source>
        <translation>本番から削除された DB を、項目・リンク・設定・レコードごと世代から戻します。レコードは元の ID のままなので、他の DB からのリンクがまたつながります。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Records in the generation</source>
        <translation>世代のレコード数</translation>
    </message>
    <message>
        <source>Production DBs still linking to it</source>
        <translation>まだリンクしている本番の DB</translation>
    </message>
    <message>
        <source>&amp;Generation:</source>
        <translation>世代(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;DBs the generation has and production lacks:</source>
        <translation>世代にあって本番にない DB(&amp;D):</translation>
    </message>
    <message>
        <source>There is no generation to restore from yet.</source>
        <translation>戻せる世代がまだありません。</translation>
    </message>
    <message>
        <source>Comparing the %1 generation with production…</source>
        <translation>%1の世代と本番を比べています…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Production has every DB the %1 generation has: nothing was deleted since.</source>
        <translation>本番には%1の世代にある DB がすべてあります。それ以降に削除されたものはありません。</translation>
    </message>
    <message>
        <source>Choose the DB to bring back.</source>
        <translation>戻す DB を選んでください。</translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreDryRunPage</name>
    <message>
        <source>Check what comes back</source>
        <translation>戻るものを確認</translation>
    </message>
    <message>
        <source>A dry run tries the restore and rolls it back: nothing has been written yet. Click Restore to bring the DB back into production; a restore point is taken first, so it can be undone.</source>
        <translation>試行では復元を試してから元に戻します。まだ何も書き込まれていません。「復元」で DB を本番に戻します。先に復元ポイントを作るので、元に戻せます。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation>もう一度試行(&amp;A)</translation>
    </message>
    <message>
        <source>Trying %1 on production…</source>
        <translation>本番で %1 を試しています…</translation>
    </message>
    <message>
        <source>%1 comes back from the %2 generation with %3 fields, %4 settings and %5 records under their original IDs.</source>
        <translation>%1 は%2の世代から、項目 %3 個、設定 %4 個、レコード %5 件(元の ID のまま)で戻ります。</translation>
    </message>
    <message>
        <source>Production has another DB named %1 now, so it comes back as %2.</source>
        <translation>本番には今 %1 という別の DB があるため、%2 として戻ります。</translation>
    </message>
    <message>
        <source>These links in production point at it again: %1</source>
        <translation>本番の次のリンクが再びこの DB を指します: %1</translation>
    </message>
    <message>
        <source>These of its links stay unlinked, because production no longer has their target: %1</source>
        <translation>次のリンクは、リンク先が本番にもうないためリンクなしになります: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreResultPage</name>
    <message>
        <source>Restore the DB</source>
        <translation>DB を復元</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>The restore was undone.</source>
        <translation>復元を元に戻しました。</translation>
    </message>
    <message>
        <source>Bringing %1 back from the %2 generation…</source>
        <translation>%2の世代から %1 を戻しています…</translation>
    </message>
    <message>
        <source>Restoring the settings and records…</source>
        <translation>設定とレコードを戻しています…</translation>
    </message>
    <message>
        <source>The DB was not restored.</source>
        <translation>DB は復元されませんでした。</translation>
    </message>
    <message>
        <source>The DB is back.</source>
        <translation>DB を戻しました。</translation>
    </message>
    <message>
        <source>%1 is back in production: %2 fields, %3 settings and %4 records with their original IDs.</source>
        <translation>%1 を本番に戻しました: 項目 %2 個、設定 %3 個、レコード %4 件(元の ID のまま)。</translation>
    </message>
    <message>
        <source>Production has another DB named %1 now, so it came back as %2.</source>
        <translation>本番には今 %1 という別の DB があるため、%2 として戻しました。</translation>
    </message>
    <message>
        <source>Links pointing at it again: %1</source>
        <translation>再びこの DB を指すリンク: %1</translation>
    </message>
    <message>
        <source>%1 link values point at records deleted since. They are kept as they were and point at those records again if they come back.</source>
        <translation>%1 個のリンク値はその後削除されたレコードを指しています。値はそのまま残し、そのレコードが戻ればまたつながります。</translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>復元ポイント: %1</translation>
    </message>
    <message>
        <source>&amp;Undo this restore</source>
        <translation>この復元を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the DB was restored?

Changes made to production by anyone after the restore are undone too.</source>
        <translation>DB を復元する直前に作った復元ポイント %1 に本番を戻しますか?

復元後に誰かが本番に加えた変更も元に戻ります。</translation>
    </message>
    <message>
        <source>Production is back to how it was before the restore (restore point %1).</source>
        <translation>本番は復元前の状態に戻りました(復元ポイント %1)。</translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreWizard</name>
    <message>
        <source>Restore Deleted DB</source>
        <translation>削除された DB の復元</translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestorer</name>
    <message>
        <source>Restoring a DB</source>
        <translation>DB の復元</translation>
    </message>
    <message>
        <source>"%1" is not a DB that the %2 generation has and production lacks; nothing to restore.</source>
        <translation>「%1」は、%2の世代にあって本番にない DB ではありません。戻すものはありません。</translation>
    </message>
    <message>
        <source>"%1" is not a DB that the %2 generation has and production lacks. Those are: %3</source>
        <translation>「%1」は、%2の世代にあって本番にない DB ではありません。該当するのは: %3</translation>
    </message>
    <message>
        <source>Before restoring %1 from the %2 generation</source>
        <translation>%2の世代から %1 を戻す前</translation>
    </message>
    <message>
        <source>%1 Production is unchanged.</source>
        <translation>%1 本番は変更されていません。</translation>
    </message>
    <message>
        <source>Restored the DB %1 from the %2 generation: %3 fields, %4 settings, %5 records</source>
        <translation>%2の世代から DB %1 を戻しました: 項目 %3 個、設定 %4 個、レコード %5 件</translation>
    </message>
    <message>
        <source>Restoring the DB %1 from the %2 generation</source>
        <translation>%2 の世代から DB %1 を復元</translation>
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
    <name>Rewind::EnvironmentCombo</name>
    <message>
        <source>%1 generation (%2)</source>
        <translation>%1の世代(%2)</translation>
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
    <name>Rewind::FieldPicker</name>
    <message>
        <source>Checked fields are exported in this order. Drag a field, or use Move Up and Move Down, to change the order; Space checks or unchecks the selected field.</source>
        <translation>チェックした項目がこの順で出力されます。順番はドラッグか「上へ」「下へ」で変えられます。スペースキーで選択中の項目のチェックを切り替えます。</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>なし(&amp;O)</translation>
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
    <name>Rewind::FieldValues</name>
    <message>
        <source>the value is %1 characters long; a single-line text holds at most %2</source>
        <translation>値が %1 文字あります。1 行の文字列は %2 文字までです</translation>
    </message>
    <message>
        <source>a single-line text cannot contain a line break</source>
        <translation>1 行の文字列に改行は入れられません</translation>
    </message>
    <message>
        <source>the value is %1 characters long; a multi-line text holds at most %2</source>
        <translation>値が %1 文字あります。複数行の文字列は %2 文字までです</translation>
    </message>
    <message>
        <source>"%1" is not a number (write digits, e.g. 1,234.5)</source>
        <translation>「%1」は数値ではありません(例: 1,234.5)</translation>
    </message>
    <message>
        <source>"%1" is not a date (write 2026/11/16 or 2026-11-16)</source>
        <translation>「%1」は日付ではありません(2026/11/16 または 2026-11-16)</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (write 2026/11/16 09:30)</source>
        <translation>「%1」は日時ではありません(例: 2026/11/16 09:30)</translation>
    </message>
    <message>
        <source>"%1" is not one of the choices (%2)</source>
        <translation>「%1」は選択肢(%2)にありません</translation>
    </message>
    <message>
        <source>"%1" is not a check box value (write 1 or 0)</source>
        <translation>「%1」はチェックボックスの値ではありません(1 または 0)</translation>
    </message>
    <message>
        <source>"%1" is not a record ID to link to (write the linked record's ID, e.g. 12)</source>
        <translation>「%1」はリンク先のレコード ID ではありません(例: 12)</translation>
    </message>
</context>
<context>
    <name>Rewind::FirstAdminDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
    <message>
        <source>Set Up the First Administrator</source>
        <translation>最初の管理者の設定</translation>
    </message>
    <message>
        <source>This workspace has no users yet. Set the first system administrator, who also becomes the primary contact.</source>
        <translation>このワークスペースにはまだユーザーがいません。最初のシステム管理者を設定してください。この管理者は主担当者にもなります。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>ユーザー ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>Same as the user ID</source>
        <translation>ユーザー ID と同じ</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>At least %1 characters, and not the user ID.</source>
        <translation>%1 文字以上で、ユーザー ID と同じにはできません。</translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation>管理者を作成しています…</translation>
    </message>
    <message>
        <source>C&amp;reate Administrator</source>
        <translation>管理者を作成(&amp;R)</translation>
    </message>
    <message>
        <source>Workspace: %1 (production: %2)</source>
        <translation>ワークスペース: %1(本番: %2)</translation>
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
    <message>
        <source>%1's generation</source>
        <translation>%1の世代</translation>
    </message>
    <message>
        <source>%1's generation was written and verified: %2 records, %3 MB (its run ended before it could record this).</source>
        <translation>%1 の世代は書き込みと検証が完了しています: %2 件、%3 MB (実行がこれを記録する前に終了しました)。</translation>
    </message>
    <message>
        <source>The run (process %1, started %2) was interrupted before it finished.</source>
        <translation>実行 (プロセス %1、%2 開始) は完了前に中断されました。</translation>
    </message>
    <message>
        <source>The generation run for %1 failed: %2 The previous generation of %1 is unchanged.</source>
        <translation>%1 の世代の作成に失敗しました: %2 %1 の以前の世代はそのままです。</translation>
    </message>
    <message>
        <source>The file in the %1 slot is a generation of another workspace ("%2"), not of this production.</source>
        <translation>%1 のスロットのファイルは別のワークスペース (「%2」) の世代で、この本番環境のものではありません。</translation>
    </message>
    <message>
        <source>The %1 generation is damaged: %2</source>
        <translation>%1の世代は破損しています: %2</translation>
    </message>
    <message>
        <source>The file is a generation of another workspace ("%1"), not of this production.</source>
        <translation>このファイルは別のワークスペース (「%1」) の世代で、この本番環境のものではありません。</translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryChart</name>
    <message>
        <source>%1's generation</source>
        <translation>%1の世代</translation>
    </message>
    <message>
        <source>Generation run</source>
        <translation>世代作成</translation>
    </message>
    <message>
        <source>No generation runs in this selection.</source>
        <translation>この範囲に世代作成はありません。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Generation size (MB, left)</source>
        <translation>世代のサイズ(MB、左軸)</translation>
    </message>
    <message>
        <source>Run duration (s, right)</source>
        <translation>実行時間(秒、右軸)</translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation>失敗した実行</translation>
    </message>
    <message>
        <source>Size: %1 MB</source>
        <translation>サイズ: %1 MB</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>所要時間: %1 秒</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>レコード: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Generation size and run duration</source>
        <translation>世代のサイズと実行時間</translation>
    </message>
    <message>
        <source>%1 generation runs, %2 failed runs; largest generation %3 MB, longest run %4 s.</source>
        <translation>世代作成 %1 回、失敗 %2 回。最大の世代 %3 MB、最長の実行 %4 秒。</translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation>詳細は記録されていません。</translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryPane</name>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>すべてのユーザー</translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before.</source>
        <translation>履歴は改ざんされていません: %1 件のイベントがそれぞれ直前のイベントとつながっています。</translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before, and the %2 generations that recorded it agree.</source>
        <translation>履歴は改ざんされていません: %1 件のイベントがそれぞれ直前のイベントとつながっており、履歴を記録した %2 個の世代とも一致します。</translation>
    </message>
    <message>
        <source>history</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation>履歴を CSV 出力</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Wrote 1 event to %1.</source>
        <translation>1 件のイベントを %1 に書き出しました。</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 件のイベントを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>No events match</source>
        <translation>一致するイベントはありません</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>イベントはまだありません</translation>
    </message>
    <message>
        <source>1 event matches</source>
        <translation>1 件が一致</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 events match</source>
        <translation>%1 件が一致</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始日(&amp;M):</translation>
    </message>
    <message>
        <source>Only events on or after this date</source>
        <translation>この日以降のイベントだけ</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>Only events on or before this date</source>
        <translation>この日以前のイベントだけ</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV 出力(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the events listed to a CSV file (UTF-8 with BOM, opens in Excel)</source>
        <translation>一覧のイベントを CSV ファイルに書き出します(UTF-8 BOM付き、Excel で開けます)</translation>
    </message>
    <message>
        <source>Verify &amp;Chain</source>
        <translation>チェーンを検証(&amp;C)</translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written, and that every generation's record of the history agrees</source>
        <translation>記録後にイベントが変更・削除されていないこと、各世代に記録された履歴と一致することを確認します</translation>
    </message>
    <message>
        <source>History events</source>
        <translation>履歴のイベント</translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryStore</name>
    <message>
        <source>Writing the history</source>
        <translation>履歴を書き込んでいます</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation>履歴を読み込んでいます</translation>
    </message>
    <message>
        <source>Opening the history</source>
        <translation>履歴を開いています</translation>
    </message>
    <message>
        <source>Event %1 (%2, %3) does not match the chain: it, or the event before it, was changed or removed.</source>
        <translation>イベント %1(%2、%3)がチェーンと一致しません: このイベントか直前のイベントが変更または削除されています。</translation>
    </message>
    <message>
        <source>Event %1, recorded by %2, is missing from the history.</source>
        <translation>%2 に記録されたイベント %1 が履歴にありません。</translation>
    </message>
    <message>
        <source>Event %1 does not match the hash %2 recorded for it: the history was rewritten.</source>
        <translation>イベント %1 が記録されたハッシュ %2 と一致しません: 履歴が書き換えられています。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Generation run</source>
        <translation>世代作成</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>世代作成の失敗</translation>
    </message>
    <message>
        <source>Missed run</source>
        <translation>実行漏れ</translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation>バックアップ開始</translation>
    </message>
    <message>
        <source>Archive ready</source>
        <translation>アーカイブ完了</translation>
    </message>
    <message>
        <source>Archive failed</source>
        <translation>アーカイブ失敗</translation>
    </message>
    <message>
        <source>Download started</source>
        <translation>ダウンロード開始</translation>
    </message>
    <message>
        <source>Archive deleted</source>
        <translation>アーカイブ削除</translation>
    </message>
    <message>
        <source>Archive expired</source>
        <translation>アーカイブ期限切れ</translation>
    </message>
    <message>
        <source>Backup scheduled</source>
        <translation>バックアップのスケジュール設定</translation>
    </message>
    <message>
        <source>Schedule stopped</source>
        <translation>スケジュール停止</translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation>ポリシー変更</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV インポート</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Template load</source>
        <translation>テンプレート読込</translation>
    </message>
    <message>
        <source>DB restore</source>
        <translation>DB の復元</translation>
    </message>
    <message>
        <source>Settings re-applied</source>
        <translation>設定の再適用</translation>
    </message>
    <message>
        <source>Events %1 to %2 were removed from the end of the history.</source>
        <translation>履歴の末尾からイベント %1~%2 が削除されています。</translation>
    </message>
    <message>
        <source>DB created from a file</source>
        <translation>ファイルから DB 作成</translation>
    </message>
    <message>
        <source>All records deleted</source>
        <translation>全レコード削除</translation>
    </message>
    <message>
        <source>The schedule does not read the history.</source>
        <translation>スケジュールからは履歴を読み取れません。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>ユーザー追加</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>ユーザー変更</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>パスワード変更</translation>
    </message>
    <message>
        <source>User locked</source>
        <translation>ユーザーのロック</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>ユーザーのロック解除</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>ユーザー削除</translation>
    </message>
    <message>
        <source>Records restored</source>
        <translation>レコードの復元</translation>
    </message>
    <message>
        <source>Change failed</source>
        <translation>変更の失敗</translation>
    </message>
    <message>
        <source>Change interrupted</source>
        <translation>変更の中断</translation>
    </message>
    <message>
        <source>Production connection changed</source>
        <translation>本番の接続先を変更</translation>
    </message>
</context>
<context>
    <name>Rewind::ImportReportModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>(next free ID)</source>
        <translation>(次の空き ID)</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(行全体)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行番号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Rewind::JobRunner</name>
    <message>
        <source>The daily generation due %1 did not run (the computer was off or the run failed).</source>
        <translation>%1 予定の日次世代が実行されませんでした(コンピューターの電源が切れていたか、実行に失敗しました)。</translation>
    </message>
    <message>
        <source>The scheduled archive due %1 did not run (the computer was off or the run failed).</source>
        <translation>%1 予定のスケジュールによるアーカイブが実行されませんでした(コンピューターの電源が切れていたか、実行に失敗しました)。</translation>
    </message>
    <message numerus="yes">
        <source>%n expired archive(s) removed.</source>
        <translation><numerusform>期限切れのアーカイブを %n 個削除しました。</numerusform></translation>
    </message>
    <message>
        <source>It runs now.</source>
        <translation>今から実行します。</translation>
    </message>
    <message>
        <source>%1's generation written and verified.</source>
        <translation>%1の世代を作成し検証しました。</translation>
    </message>
    <message>
        <source>Daily generation: %1</source>
        <translation>日次世代: %1</translation>
    </message>
    <message>
        <source>Scheduled archive %1 written (%2 records).</source>
        <translation>スケジュールによるアーカイブ %1 を作成しました(%2 件)。</translation>
    </message>
    <message>
        <source>Scheduled archive: %1</source>
        <translation>スケジュールによるアーカイブ: %1</translation>
    </message>
    <message>
        <source>The scheduled archive due %1 did not run, and the schedule has ended since: it will not run.</source>
        <translation>%1 に予定されていたスケジュールのアーカイブは実行されず、その後スケジュールが終了したため、実行されません。</translation>
    </message>
    <message>
        <source>Scheduled archive %1 written (%2 records); the schedule was changed meanwhile, so the next schedule starts with a full archive.</source>
        <translation>スケジュールのアーカイブ %1 を書き込みました(%2 件)。その間にスケジュールが変更されたため、次のスケジュールは完全アーカイブから始まります。</translation>
    </message>
</context>
<context>
    <name>Rewind::JobStatusBanner</name>
    <message>
        <source>Scheduled work failed:</source>
        <translation>予定の処理に失敗しました:</translation>
    </message>
    <message>
        <source>Scheduled work did not run on time:</source>
        <translation>予定の処理が予定どおりに実行されませんでした:</translation>
    </message>
    <message>
        <source>Since then:</source>
        <translation>その後:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide these lines (the history keeps them)</source>
        <translation>この表示を閉じます(履歴には残ります)</translation>
    </message>
</context>
<context>
    <name>Rewind::JobStatusIndicator</name>
    <message>
        <source>A run started by the timer is writing %1's generation… %2%</source>
        <translation>タイマーで開始した実行が%1の世代を書き込んでいます… %2%</translation>
    </message>
    <message>
        <source>A run started by the timer is writing the daily generation… %1%</source>
        <translation>タイマーで開始した実行が日次世代を書き込んでいます… %1%</translation>
    </message>
    <message>
        <source>A run started by the timer is writing the scheduled archive… %1%</source>
        <translation>タイマーで開始した実行がスケジュールによるアーカイブを書き込んでいます… %1%</translation>
    </message>
    <message>
        <source>A run started by the timer is in progress</source>
        <translation>タイマーで開始した実行が進行中です</translation>
    </message>
    <message>
        <source>Writing %1's generation… %2%</source>
        <translation>%1の世代を書き込んでいます… %2%</translation>
    </message>
    <message>
        <source>Writing the daily generation… %1%</source>
        <translation>日次世代を書き込んでいます… %1%</translation>
    </message>
    <message>
        <source>Writing the scheduled archive… %1%</source>
        <translation>スケジュールによるアーカイブを書き込んでいます… %1%</translation>
    </message>
    <message>
        <source>Running scheduled work…</source>
        <translation>予定の処理を実行しています…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::LoginDialog</name>
    <message>
        <source>Enter your user ID.</source>
        <translation>ユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Log in to Rewind</source>
        <translation>Rewind にログイン</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>ワークスペース: %1</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>ユーザー ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>Workspace: %1 (production: %2)</source>
        <translation>ワークスペース: %1(本番: %2)</translation>
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
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 出力(&amp;E)…</translation>
    </message>
    <message>
        <source>Write records of the DB shown to a CSV file</source>
        <translation>表示中の DB のレコードを CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Import CSV into Production…</source>
        <translation>本番へ CSV インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>%1 件を %2 に出力しました</translation>
    </message>
    <message>
        <source>Export &amp;Template…</source>
        <translation>テンプレート出力(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the settings of DBs, without records, to a template file</source>
        <translation>DB の設定(レコードを除く)をテンプレートファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Load Template into Production…</source>
        <translation>本番へテンプレート読込(&amp;L)…</translation>
    </message>
    <message>
        <source>Restore &amp;Deleted DB…</source>
        <translation>削除された DB の復元(&amp;D)…</translation>
    </message>
    <message>
        <source>Bring a DB deleted from production back from a generation, with its settings and records</source>
        <translation>本番から削除された DB を、設定とレコードごと世代から戻します</translation>
    </message>
    <message>
        <source>Wrote the template to %1</source>
        <translation>テンプレートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>閲覧(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>The run started by the timer has finished; the History tab shows what it did.</source>
        <translation>タイマーで開始した実行が終わりました。処理の内容は「履歴」タブで確認できます。</translation>
    </message>
    <message>
        <source>Scheduled work failed; see the banner above.</source>
        <translation>予定の処理に失敗しました。上部の通知を確認してください。</translation>
    </message>
    <message>
        <source>&amp;New DB from CSV File…</source>
        <translation>CSV ファイルから新しい DB(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a production DB with one text field per column of a CSV file, and its rows as records</source>
        <translation>CSV ファイルの列ごとにテキスト項目を持つ本番の DB を作成し、行をレコードとして登録します</translation>
    </message>
    <message>
        <source>New DB from CSV File</source>
        <translation>CSV ファイルから新しい DB</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Name of the new DB (one text field per column of %1):</source>
        <translation>新しい DB の名前(%1 の列ごとにテキスト項目を作成):</translation>
    </message>
    <message>
        <source>Creating DB "%1" from %2…</source>
        <translation>%2 から DB「%1」を作成しています…</translation>
    </message>
    <message>
        <source>Created DB "%1" with %2 records</source>
        <translation>DB「%1」を作成しました(%2 件)</translation>
    </message>
    <message>
        <source>Created DB "%1": %2 fields, %3 records.

To undo, run:
    rewindctl undo-import %4</source>
        <translation>DB「%1」を作成しました: 項目 %2 個、レコード %3 件。

元に戻すには次を実行してください:
    rewindctl undo-import %4</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>ログイン中: %1(%2)</translation>
    </message>
    <message>
        <source>Support staff open generations only when a system administrator grants it in the Users tab.</source>
        <translation>サポート担当が世代を開けるのは、システム管理者がユーザータブで許可した場合だけです。</translation>
    </message>
    <message>
        <source>%1 may not open generations: only system administrators and support staff with the grant may.</source>
        <translation>%1は世代を開けません: 開けるのはシステム管理者と、許可を受けたサポート担当だけです。</translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation>自分のパスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>ログアウトしました</translation>
    </message>
    <message>
        <source>%1

The console closes. Start it again to log in.</source>
        <translation>%1

コンソールを閉じます。もう一度起動してログインしてください。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Find in Every &amp;Generation…</source>
        <translation>全世代から検索(&amp;G)…</translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text (“it was there last week”)</source>
        <translation>項目に指定の文字を含むレコードがどの世代にあるかを調べます (「先週はあった」)</translation>
    </message>
    <message>
        <source>Record's &amp;Week…</source>
        <translation>レコードの1週間(&amp;W)…</translation>
    </message>
    <message>
        <source>The selected record in every generation and production, each change with its day, and one-click restore of any version</source>
        <translation>選択したレコードを全世代と本番環境で表示し、変更ごとの日付と、どの版でもワンクリックで復元できる機能を提供します</translation>
    </message>
    <message>
        <source>Select a record first: its week is shown.</source>
        <translation>先にレコードを選択してください。そのレコードの1週間を表示します。</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <source>Data folder: %1  Production: %2</source>
        <translation>データフォルダー: %1  本番: %2</translation>
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
    <message>
        <source>The generation's manifest does not match its checksum: it was changed or damaged after the generation was written.</source>
        <translation>世代のマニフェストがチェックサムと一致しません: 世代の書き込み後に変更または破損しています。</translation>
    </message>
</context>
<context>
    <name>Rewind::NewUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Same as the user ID</source>
        <translation>ユーザー ID と同じ</translation>
    </message>
    <message>
        <source>May open &amp;generations</source>
        <translation>世代を開くことを許可(&amp;G)</translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation>ユーザー ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>ユーザーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>System administrators always may open generations.</source>
        <translation>システム管理者は常に世代を開けます。</translation>
    </message>
    <message>
        <source>Support staff may open the daily generations only when this is ticked.</source>
        <translation>サポート担当は、ここにチェックを付けた場合だけ日次世代を開けます。</translation>
    </message>
    <message>
        <source>Managers never open generations.</source>
        <translation>マネージャーは世代を開けません。</translation>
    </message>
</context>
<context>
    <name>Rewind::ParallelDeflate</name>
    <message>
        <source>The compressor failed (zlib error %1).</source>
        <translation>圧縮に失敗しました(zlib エラー %1)。</translation>
    </message>
    <message>
        <source>Cannot start the compressor (out of memory).</source>
        <translation>圧縮を開始できません(メモリ不足)。</translation>
    </message>
    <message>
        <source>The compressed stream is already finished.</source>
        <translation>圧縮ストリームはすでに終了しています。</translation>
    </message>
    <message>
        <source>The compressed data could not be written.</source>
        <translation>圧縮データを書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Rewind::PasswordHash</name>
    <message>
        <source>The password could not be protected (%1). Close other programs and try again.</source>
        <translation>パスワードを保護できませんでした(%1)。ほかのプログラムを閉じてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Rewind::PendingOperation</name>
    <message>
        <source>It stopped without saying why.</source>
        <translation>理由を示さずに停止しました。</translation>
    </message>
    <message>
        <source>%1 did not start: cannot write to the data folder %2 (%3). Production is unchanged.</source>
        <translation>%1 を開始できませんでした: データフォルダー %2 に書き込めません (%3)。本番環境は変更されていません。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 (started %2) was interrupted: the process ended before it finished. A change is written in one step, so production holds all of it or none of it.</source>
        <translation>%1 (%2 開始) は中断されました: 完了前にプロセスが終了しました。変更は一度に書き込まれるため、本番環境にはすべて反映されているか、まったく反映されていないかのどちらかです。</translation>
    </message>
    <message>
        <source>%1 (started %2) was done, but the history could not be written at the time.</source>
        <translation>%1 (%2 開始) は完了しましたが、その時点で履歴を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Rewind::PgConn</name>
    <message>
        <source>PostgreSQL at %1 asks for a password for user "%2", and none was found. Set PGPASSWORD, or add a line for this server to ~/.pgpass.</source>
        <translation>%1 の PostgreSQL がユーザー「%2」のパスワードを求めていますが、見つかりません。PGPASSWORD を設定するか、~/.pgpass にこのサーバーの行を追加してください。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password of user "%2". Check PGPASSWORD or ~/.pgpass.</source>
        <translation>%1 の PostgreSQL がユーザー「%2」のパスワードを拒否しました。PGPASSWORD または ~/.pgpass を確認してください。</translation>
    </message>
    <message>
        <source>The database "%1" does not exist on the PostgreSQL server at %2. Create it (createdb %1), or check the address.</source>
        <translation>%2 の PostgreSQL サーバーにデータベース「%1」がありません。作成する(createdb %1)か、アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user "%2".</source>
        <translation>%1 の PostgreSQL サーバーにユーザー「%2」はいません。</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user "%2" connect to "%3". Ask its administrator for the CONNECT privilege and a pg_hba.conf entry.</source>
        <translation>%1 の PostgreSQL サーバーは、ユーザー「%2」の「%3」への接続を許可していません。サーバーの管理者に CONNECT 権限と pg_hba.conf の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: it is not running or not reachable from here. Check that it runs and that the address is right.</source>
        <translation>%1 の PostgreSQL サーバーに接続できません: 起動していないか、ここから到達できません。起動していることとアドレスが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database "%1" at %2.</source>
        <translation>%2 の PostgreSQL データベース「%1」に接続できません。</translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation>(サーバーの応答: %1)</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: out of memory.</source>
        <translation>PostgreSQL に接続できません: メモリが不足しています。</translation>
    </message>
    <message>
        <source>%1: the connection to the PostgreSQL server at %2 was lost (%3).</source>
        <translation>%1: %2 の PostgreSQL サーバーとの接続が切れました(%3)。</translation>
    </message>
</context>
<context>
    <name>Rewind::PgTarget</name>
    <message>
        <source>PostgreSQL user "%1" may not use the schema "rewind" (permission denied). The database's owner can allow it: GRANT USAGE ON SCHEMA rewind TO %1; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rewind TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA rewind TO %1;</source>
        <translation>PostgreSQL のユーザー「%1」はスキーマ「rewind」を使えません(permission denied)。データベースの所有者が次のように許可できます: GRANT USAGE ON SCHEMA rewind TO %1; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rewind TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA rewind TO %1;</translation>
    </message>
    <message>
        <source>"%1" is not a usable PostgreSQL address: %2 Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>「%1」は使える PostgreSQL のアドレスではありません: %2 postgresql://ユーザー@ホスト:ポート/データベース の形で書いてください。</translation>
    </message>
    <message>
        <source>it does not start with postgresql://.</source>
        <translation>postgresql:// で始まっていません。</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 contains a password. Passwords never go into an address, where the command line and the settings would keep them: remove it and set PGPASSWORD, or put it in ~/.pgpass.</source>
        <translation>PostgreSQL のアドレス %1 にパスワードが含まれています。パスワードはコマンドラインや設定に残るため、アドレスには書きません。アドレスから削除して PGPASSWORD を設定するか、~/.pgpass に書いてください。</translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation>データベース名がありません。</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names a password or password file. Set PGPASSWORD or PGPASSFILE, or use ~/.pgpass, instead.</source>
        <translation>PostgreSQL のアドレス %1 にパスワードまたはパスワードファイルが指定されています。代わりに PGPASSWORD か PGPASSFILE を設定するか、~/.pgpass を使ってください。</translation>
    </message>
    <message>
        <source>the parameter "%1" is not supported here.</source>
        <translation>パラメーター「%1」はここでは使えません。</translation>
    </message>
</context>
<context>
    <name>Rewind::PgWorkingCopy</name>
    <message>
        <source>Starting a transaction on production</source>
        <translation>本番でトランザクションを開始</translation>
    </message>
    <message>
        <source>Cannot use production: not a PostgreSQL connection.</source>
        <translation>本番を使えません: PostgreSQL の接続ではありません。</translation>
    </message>
    <message>
        <source>Cannot create a scratch file in %1: %2</source>
        <translation>%1 に作業用ファイルを作れません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the scratch file: %1</source>
        <translation>作業用ファイルを準備できません: %1</translation>
    </message>
    <message>
        <source>%1: the transaction on production has already ended.</source>
        <translation>%1: 本番のトランザクションはすでに終わっています。</translation>
    </message>
    <message>
        <source>%1: someone else changed the same records in production meanwhile, so nothing was written. Run it again.</source>
        <translation>%1: その間に別の人が本番の同じレコードを変更したため、何も書き込んでいません。もう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::PgWorkspaceCopy</name>
    <message>
        <source>Copying the records of "%1"</source>
        <translation>「%1」のレコードをコピー</translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation>テーブル %1 をコピー</translation>
    </message>
    <message>
        <source>Reading production's list of DBs</source>
        <translation>本番の DB 一覧を読み込み</translation>
    </message>
    <message>
        <source>Starting the snapshot</source>
        <translation>スナップショットを開始</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 has no Rewind workspace (schema "rewind").</source>
        <translation>PostgreSQL データベース %1 に Rewind のワークスペース(スキーマ「rewind」)がありません。</translation>
    </message>
    <message>
        <source>The workspace in %1 has layout version %2, but this Rewind only knows up to version %3. Update Rewind.</source>
        <translation>%1 のワークスペースのレイアウトはバージョン %2 ですが、この Rewind が扱えるのはバージョン %3 までです。Rewind を更新してください。</translation>
    </message>
    <message>
        <source>Cannot write the new generation file: %1</source>
        <translation>新しい世代のファイルに書き込めません: %1</translation>
    </message>
    <message>
        <source>PostgreSQL sent a row of %1 that cannot be read.</source>
        <translation>PostgreSQL から読み取れない %1 の行が届きました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>Ending the snapshot</source>
        <translation>スナップショットを終了</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rewind production workspace: %2</source>
        <translation>%1 は Rewind の本番ワークスペースではありません: %2</translation>
    </message>
    <message>
        <source>Creating the workspace in %1</source>
        <translation>%1 にワークスペースを作成</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds a Rewind workspace. Name an empty database.</source>
        <translation>PostgreSQL データベース %1 にはすでに Rewind のワークスペースがあります。空のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>%2 のテーブル %1 を読み込めません: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Bringing production back</source>
        <translation>本番を戻しています</translation>
    </message>
    <message>
        <source>Waiting for an undo on production to finish</source>
        <translation>本番の取り消しが終わるのを待っています</translation>
    </message>
    <message>
        <source>Waiting for copies of production to finish</source>
        <translation>本番のコピーが終わるのを待っています</translation>
    </message>
    <message>
        <source>Production is being changed right now (%1). Try again in a moment.</source>
        <translation>本番はいま変更中です(%1)。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Rewind::PreferencesDialog</name>
    <message>
        <source>Connected: %1</source>
        <translation>接続しました: %1</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Production was moved into %1. The console reopens on it.</source>
        <translation>本番を %1 に移しました。コンソールを開き直します。</translation>
    </message>
    <message>
        <source>Production is now %1. The console reopens on it.</source>
        <translation>本番は %1 になりました。コンソールを開き直します。</translation>
    </message>
    <message>
        <source>(fill in host, database and user)</source>
        <translation>(ホスト、データベース、ユーザーを入力してください)</translation>
    </message>
    <message>
        <source>&amp;Move Production Here…</source>
        <translation>ここに本番を移す(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Use This Database</source>
        <translation>このデータベースを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation>このデータベースを使う</translation>
    </message>
    <message>
        <source>Production will be %1 from now on (the same workspace, "%2"). The console reopens on it. Go ahead?</source>
        <translation>これからは %1 を本番にします(同じワークスペース「%2」)。コンソールを開き直します。よろしいですか?</translation>
    </message>
    <message>
        <source>Move Production Here</source>
        <translation>ここに本番を移す</translation>
    </message>
    <message>
        <source>Production will be copied into %1, in one transaction, and used there from now on. The SQLite file stays in the data folder as production-moved-….sqlite. The console reopens on the new production. Go ahead?</source>
        <translation>本番を 1 つのトランザクションで %1 にコピーし、これからはそこを使います。SQLite ファイルは production-moved-….sqlite としてデータフォルダーに残ります。コンソールは新しい本番で開き直します。よろしいですか?</translation>
    </message>
    <message>
        <source>Moving production into %1…</source>
        <translation>本番を %1 に移しています…</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>%1 に切り替えています…</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Production now:</source>
        <translation>現在の本番:</translation>
    </message>
    <message>
        <source>%1 (PostgreSQL)</source>
        <translation>%1(PostgreSQL)</translation>
    </message>
    <message>
        <source>%1 (an SQLite file in the data folder)</source>
        <translation>%1(データフォルダー内の SQLite ファイル)</translation>
    </message>
    <message>
        <source>A team can keep production in a PostgreSQL database; generations stay SQLite files in the data folder. Enter the server, test the connection, then use it.</source>
        <translation>チームでは本番を PostgreSQL のデータベースに置けます。世代はこれまでどおりデータフォルダー内の SQLite ファイルです。サーバーを入力し、接続をテストしてから使ってください。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>ユーザー(&amp;S):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>The password comes from the PGPASSWORD variable or the ~/.pgpass file of the user running Rewind. Rewind never stores it.</source>
        <translation>パスワードは、Rewind を実行するユーザーの PGPASSWORD 環境変数か ~/.pgpass ファイルから読みます。Rewind が保存することはありません。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
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
    <message>
        <source>The PostgreSQL database %1 has no Rewind workspace (schema "rewind"). Create one with "rewindctl init --production %1", or check the address.</source>
        <translation>PostgreSQL データベース %1 に Rewind のワークスペース(スキーマ「rewind」)がありません。「rewindctl init --production %1」で作成するか、アドレスを確認してください。</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds a Rewind workspace. Use it with --production %1, or name an empty database.</source>
        <translation>PostgreSQL データベース %1 にはすでに Rewind のワークスペースがあります。--production %1 で使うか、空のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Creating the schema "rewind" in %1</source>
        <translation>%1 にスキーマ「rewind」を作成</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rewind::ProductionLocation</name>
    <message>
        <source>Production has no workspace ID.</source>
        <translation>本番にワークスペース ID がありません。</translation>
    </message>
    <message>
        <source>Looking at %1</source>
        <translation>%1 を確認</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1(ユーザー %2)</translation>
    </message>
    <message>
        <source>%1: not allowed to use the schema "rewind".</source>
        <translation>%1: スキーマ「rewind」を使う権限がありません。</translation>
    </message>
    <message>
        <source>%1: an empty database (no Rewind workspace yet).</source>
        <translation>%1: 空のデータベースです(Rewind のワークスペースはまだありません)。</translation>
    </message>
    <message>
        <source>%1: workspace "%2" of a newer Rewind (layout version %3; this Rewind knows up to %4).</source>
        <translation>%1: 新しい Rewind のワークスペース「%2」です(レイアウトのバージョン %3。この Rewind が扱えるのは %4 まで)。</translation>
    </message>
    <message>
        <source>%1: workspace "%2" (%3 DBs, %4 users).</source>
        <translation>%1: ワークスペース「%2」(DB %3 個、ユーザー %4 人)。</translation>
    </message>
    <message>
        <source>Changing where production lives</source>
        <translation>本番の置き場所の変更</translation>
    </message>
    <message>
        <source>Update Rewind first.</source>
        <translation>先に Rewind を更新してください。</translation>
    </message>
    <message>
        <source>%1 holds another workspace ("%2"), not this one. Name the database this workspace lives in, or an empty one to move production there.</source>
        <translation>%1 には別のワークスペース(「%2」)があり、このワークスペースではありません。このワークスペースがあるデータベースか、本番を移す空のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Production already is %1.</source>
        <translation>本番はすでに %1 です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 has no Rewind workspace yet. To move production there, choose to move it (in rewindctl: connection use ADDRESS --move).</source>
        <translation>%1 にはまだ Rewind のワークスペースがありません。本番をそこに移すには、移動を選んでください(rewindctl では connection use ADDRESS --move)。</translation>
    </message>
    <message>
        <source>Production is already on PostgreSQL (%1). Copy its database with pg_dump and pg_restore, then point Rewind at the copy.</source>
        <translation>本番はすでに PostgreSQL(%1)にあります。pg_dump と pg_restore でデータベースをコピーし、Rewind の接続先をそのコピーにしてください。</translation>
    </message>
    <message>
        <source>Moved production from %1 into %2</source>
        <translation>本番を %1 から %2 に移しました</translation>
    </message>
    <message>
        <source>Production is now %1 (was %2)</source>
        <translation>本番を %1 にしました(以前は %2)</translation>
    </message>
    <message>
        <source>%1 already holds a copy of this workspace, which may be older than the SQLite production. To move production there, empty that database first (or name an empty one).</source>
        <translation>%1 にはこのワークスペースのコピーがすでにあり、SQLite の本番より古い可能性があります。本番をそこに移すには、先にそのデータベースを空にしてください(または空のデータベースを指定してください)。</translation>
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
    <name>Rewind::RecordDiff</name>
    <message>
        <source>Compare two different environments (both are %1).</source>
        <translation>異なる 2 つの環境を比較してください(どちらも%1です)。</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has a DB named "%3".</source>
        <translation>%1にも%2にも「%3」という DB はありません。</translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation>%2の%1を読み込めません: %3</translation>
    </message>
    <message>
        <source>Reading %1 failed while comparing.</source>
        <translation>比較中に%1の読み込みに失敗しました。</translation>
    </message>
    <message>
        <source>The compare was cancelled.</source>
        <translation>比較は取り消されました。</translation>
    </message>
    <message>
        <source>Reading %1 of %2 failed while comparing: %3</source>
        <translation>比較中に%2の%1の読み込みに失敗しました: %3</translation>
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
    <name>Rewind::RecordRestoreFlow</name>
    <message>
        <source>Checking what the restore would do…</source>
        <translation>復元で何が変わるかを確認しています…</translation>
    </message>
    <message>
        <source>Restoring the selected records…</source>
        <translation>選択したレコードを復元しています…</translation>
    </message>
    <message>
        <source>Restore from %1's generation into production, DB “%2”:</source>
        <translation>%1の世代から本番へ復元します。DB「%2」:</translation>
    </message>
    <message>
        <source>• Records that come back with their record IDs: %1</source>
        <translation>• 元のレコード ID で戻るレコード: %1</translation>
    </message>
    <message>
        <source>• Records that get %1's values: %2</source>
        <translation>• %1の値に戻るレコード: %2</translation>
    </message>
    <message>
        <source>  (only these fields: %1)</source>
        <translation>  (次の項目のみ: %1)</translation>
    </message>
    <message>
        <source>• Linked records that come back too: %1</source>
        <translation>• 一緒に戻るリンク先のレコード: %1</translation>
    </message>
    <message>
        <source>• Records already as the generation has them: %1</source>
        <translation>• すでに世代と同じレコード: %1</translation>
    </message>
    <message>
        <source>• Links that point at records production lacks: %1</source>
        <translation>• 本番にないレコードを指すリンク: %1</translation>
    </message>
    <message>
        <source> (the generation has %1 of them: tick “Also bring back linked records” to restore them)</source>
        <translation>(そのうち %1 件は世代にあります:「リンク先のレコードも戻す」にチェックすると復元できます)</translation>
    </message>
    <message>
        <source>Production's current field rules refuse %1 of the generation's values, so nothing can be written:</source>
        <translation>現在の本番の項目の規則が世代の値 %1 件を受け付けないため、何も書き込めません:</translation>
    </message>
    <message>
        <source>• record %1, %2: %3</source>
        <translation>• レコード %1、%2: %3</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… ほか %1 件</translation>
    </message>
    <message>
        <source>A restore point is taken first, so the restore can be undone.</source>
        <translation>先に復元ポイントを作成するので、復元は元に戻せます。</translation>
    </message>
    <message>
        <source>Restore Records</source>
        <translation>レコードの復元</translation>
    </message>
    <message>
        <source>Nothing to restore: the records are already as the generation has them.</source>
        <translation>復元するものはありません: レコードはすでに世代と同じ内容です。</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation>回答を待っています…</translation>
    </message>
    <message>
        <source>Restored: %1 records back with their record IDs, %2 updated. Undo brings production back to restore point %3.</source>
        <translation>復元しました: %1 件を元のレコード ID で戻し、%2 件を更新しました。元に戻すと本番は復元ポイント %3 に戻ります。</translation>
    </message>
    <message>
        <source>Undo Restore</source>
        <translation>復元を元に戻す</translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, as it was just before the restore? Changes made since are undone too.</source>
        <translation>本番を復元ポイント %1(復元の直前の状態)に戻しますか? その後の変更も取り消されます。</translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation>本番を元に戻しています…</translation>
    </message>
    <message>
        <source>Production could not be brought back: %1</source>
        <translation>本番を戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Undone: production is back at restore point %1.</source>
        <translation>元に戻しました: 本番は復元ポイント %1 の状態です。</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordRestorer</name>
    <message>
        <source>Choose at least one record to restore.</source>
        <translation>復元するレコードを 1 件以上選んでください。</translation>
    </message>
    <message>
        <source>Production no longer has the DB %1: restore the whole DB first (Restore Deleted DB… / rewindctl restore-db).</source>
        <translation>本番には DB %1 がもうありません: まず DB ごと復元してください(削除された DB を復元… / rewindctl restore-db)。</translation>
    </message>
    <message>
        <source>The %1 generation has no DB named "%2".</source>
        <translation>%1の世代に「%2」という DB はありません。</translation>
    </message>
    <message>
        <source>%1 has no field "%2" in both production and the %3 generation.</source>
        <translation>%1には、本番と%3の世代の両方にある「%2」という項目がありません。</translation>
    </message>
    <message>
        <source>Record %1 of %2 is not in the %3 generation.</source>
        <translation>%2のレコード %1 は%3の世代にありません。</translation>
    </message>
    <message numerus="yes">
        <source>Before restoring %n record(s) of %1 from the %2 generation</source>
        <translation><numerusform>%2の世代から%1のレコード %n 件を復元する前</numerusform></translation>
    </message>
    <message>
        <source>Restored %1 record(s) of %2 from the %3 generation: %4 brought back, %5 set to that day's values.</source>
        <translation>%3の世代から%2のレコード %1 件を復元しました: %4 件を戻し、%5 件をその日の値にしました。</translation>
    </message>
    <message>
        <source>the field is required now, and that day it was empty</source>
        <translation>この項目は現在必須ですが、その日は空でした</translation>
    </message>
    <message>
        <source>the field must be unique now, and record %1 has the same value</source>
        <translation>この項目は現在重複できませんが、レコード %1 が同じ値を持っています</translation>
    </message>
    <message>
        <source>Nothing was restored: record %1 of %2, field %3: %4 (%5 value(s) in all do not fit production's fields as they are now).</source>
        <translation>何も復元していません: %2のレコード %1、項目 %3: %4(現在の本番の項目に合わない値が全部で %5 件あります)。</translation>
    </message>
    <message>
        <source>Restoring records of %1 from the %2 generation</source>
        <translation>%2 の世代から %1 のレコードを復元</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordSideBySide</name>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>変更のない項目も表示(&amp;U)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>比較元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>比較先</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Record %1 (%2)</source>
        <translation>レコード %1 (%2)</translation>
    </message>
    <message>
        <source>Select a change to see the record side by side.</source>
        <translation>変更を選択すると、レコードを並べて表示します。</translation>
    </message>
    <message>
        <source>Untick a field to leave production's value as it is when restoring.</source>
        <translation>チェックを外した項目は、復元時に本番環境の値のままになります。</translation>
    </message>
    <message>
        <source>Not in %1.</source>
        <translation>%1 にはありません。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
    <name>Rewind::RecordTimeline</name>
    <message>
        <source>Reading record %1 of %2</source>
        <translation>%2のレコード %1 の読み込み</translation>
    </message>
    <message>
        <source>No generation and not production has a DB named "%1".</source>
        <translation>どの世代にも本番にも「%1」という DB はありません。</translation>
    </message>
    <message>
        <source>Say what to look for.</source>
        <translation>探す文字列を指定してください。</translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation>%1を検索中</translation>
    </message>
</context>
<context>
    <name>Rewind::RecordTimelineDialog</name>
    <message>
        <source>Record %1 of %2 through the week</source>
        <translation>%2 のレコード %1 の1週間</translation>
    </message>
    <message>
        <source>Record %1 of DB “%2” in every generation, oldest first, and in production. Values that changed since the version before are highlighted.</source>
        <translation>DB「%2」のレコード %1 を、古い世代から順に全世代と本番環境で表示します。直前の版から変わった値は強調表示されます。</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>経緯(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>この版を復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Bring the selected generation's version of this record back into production. A dry run says what would change first.</source>
        <translation>選択した世代のこのレコードを本番環境に戻します。先にドライランで変更内容を表示します。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring production back to the restore point taken just before the restore.</source>
        <translation>復元の直前に作成した復元ポイントに本番を戻します。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reading the record in every generation…</source>
        <translation>全世代のレコードを読み込んでいます…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1: first seen</source>
        <translation>%1: 初めて出現</translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation>%1: 消失</translation>
    </message>
    <message>
        <source>%1: back again</source>
        <translation>%1: 再び出現</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: changed %2</source>
        <translation>%1: 変更 %2</translation>
    </message>
    <message>
        <source>%1
(not there)</source>
        <translation>%1
(なし)</translation>
    </message>
    <message>
        <source>The record is not in %1.</source>
        <translation>このレコードは %1 にありません。</translation>
    </message>
    <message>
        <source>The field did not exist then.</source>
        <translation>この項目は当時ありませんでした。</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (変更前: %2)</translation>
    </message>
    <message>
        <source>No generation and not production has this record.</source>
        <translation>どの世代にも本番環境にもこのレコードはありません。</translation>
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
    <message>
        <source>Deleting all records of "%1"</source>
        <translation>「%1」の全レコードの削除</translation>
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
    <name>Rewind::RestorePointStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation>本番を開けません: %1</translation>
    </message>
    <message>
        <source>Cannot create the restore point: %1</source>
        <translation>復元ポイントを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot copy production into a restore point: %1</source>
        <translation>本番を復元ポイントにコピーできません: %1</translation>
    </message>
    <message>
        <source>Cannot save the restore point %1.</source>
        <translation>復元ポイント %1 を保存できません。</translation>
    </message>
    <message>
        <source>Undoing a change</source>
        <translation>変更の取り消し</translation>
    </message>
    <message>
        <source>There is no restore point "%1". It may have been removed: only the newest %2 are kept.</source>
        <translation>復元ポイント「%1」はありません。削除された可能性があります(新しい %2 個だけ保持します)。</translation>
    </message>
    <message>
        <source>Cannot open the restore point: %1</source>
        <translation>復元ポイントを開けません: %1</translation>
    </message>
    <message>
        <source>Production could not be brought back: %1. It is unchanged.</source>
        <translation>本番を戻せませんでした: %1。本番は変更されていません。</translation>
    </message>
    <message>
        <source>Restore point "%1" is damaged (it does not match its checksum), so it is not used. Production is unchanged.</source>
        <translation>復元ポイント「%1」は破損している(チェックサムと一致しない)ため使いません。本番は変更されていません。</translation>
    </message>
    <message>
        <source>Restore point "%1" is not a readable workspace, so it is not used. Production is unchanged.</source>
        <translation>復元ポイント「%1」は読めるワークスペースではないため使いません。本番は変更されていません。</translation>
    </message>
    <message>
        <source>Before going back to restore point %1</source>
        <translation>復元ポイント %1 に戻す前</translation>
    </message>
    <message>
        <source>%1 Going back to restore point %2 would also undo changes to DB settings made since.</source>
        <translation>%1 復元ポイント %2 に戻すと、その後に行われた DB 設定の変更も取り消されます。</translation>
    </message>
    <message>
        <source>Going back to restore point %1</source>
        <translation>復元ポイント %1 に戻しています</translation>
    </message>
    <message>
        <source>Cannot copy the restore point to %1</source>
        <translation>復元ポイントを %1 にコピーできません</translation>
    </message>
    <message>
        <source>Undoing a change is not possible right now: a backup run is starting. Try again in a moment.</source>
        <translation>変更の取り消しはいまはできません: バックアップ実行が始まるところです。しばらくしてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Rewind::RestorePointUndo</name>
    <message>
        <source>Brings production back to the restore point taken just before the change.</source>
        <translation>変更直前の復元ポイントに本番を戻します。</translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation>本番を元に戻しています…</translation>
    </message>
    <message>
        <source>Production could not be brought back: %1</source>
        <translation>本番を戻せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::RoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <source>The role of %1 (%2), now %3.</source>
        <translation>%1(%2)の役割。現在は%3です。</translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>役割を変更(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Rewind::SafeZipReader</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>アーカイブ %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is damaged or truncated.</source>
        <translation>%1 は ZIP アーカイブではないか、破損しているか途中で切れています。</translation>
    </message>
    <message>
        <source>The archive %1 holds %2 entries, more than the %3 Rewind reads.</source>
        <translation>アーカイブ %1 には %2 個のエントリがあり、Rewind が読める %3 個を超えています。</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (it was written in a local encoding)</source>
        <translation>名前が正しい UTF-8 ではありません(ローカルの文字コードで書かれています)</translation>
    </message>
    <message>
        <source>it is a symbolic link, which could point outside the target folder; Rewind does not extract links</source>
        <translation>シンボリックリンクです。展開先フォルダーの外を指すおそれがあるため、Rewind はリンクを展開しません</translation>
    </message>
    <message>
        <source>it is a special file (a device, pipe or socket)</source>
        <translation>特殊ファイル(デバイス、パイプ、ソケット)です</translation>
    </message>
    <message>
        <source>it is encrypted; Rewind reads only unencrypted archives</source>
        <translation>暗号化されています。Rewind が読めるのは暗号化されていないアーカイブだけです</translation>
    </message>
    <message>
        <source>it is a folder entry but holds data</source>
        <translation>フォルダーのエントリなのにデータがあります</translation>
    </message>
    <message>
        <source>its declared size is impossible</source>
        <translation>宣言されたサイズがありえない値です</translation>
    </message>
    <message>
        <source>the compressed sizes of the entries up to this one add up to more than the archive file, so entries overlap (a zip bomb technique) or sizes are false</source>
        <translation>ここまでのエントリの圧縮サイズの合計がアーカイブファイルより大きいため、エントリが重なっている(ZIP 爆弾の手口)か、サイズが偽りです</translation>
    </message>
    <message>
        <source>it has the same path as "%1", one as a file and the other as a folder</source>
        <translation>「%1」と同じパスで、一方がファイル、もう一方がフォルダーです</translation>
    </message>
    <message>
        <source>the archive holds this name twice</source>
        <translation>アーカイブにこの名前が 2 つあります</translation>
    </message>
    <message>
        <source>its name differs from "%1" only in upper/lower case or Unicode normalisation; the two would overwrite each other on Windows and macOS</source>
        <translation>名前が「%1」と大文字・小文字または Unicode の正規化だけ異なります。Windows と macOS では互いに上書きしてしまいます</translation>
    </message>
    <message>
        <source>it lies under "%1", which the archive also holds as a file</source>
        <translation>「%1」の下にありますが、アーカイブには「%1」がファイルとしてもあります</translation>
    </message>
    <message>
        <source>it is a file, but "%1" lies under the same path</source>
        <translation>ファイルですが、同じパスの下に「%1」があります</translation>
    </message>
    <message>
        <source>The archive %1 holds no entry "%2".</source>
        <translation>アーカイブ %1 にエントリ「%2」はありません。</translation>
    </message>
    <message>
        <source>it is compressed with method %1; Rewind reads only stored and deflated entries</source>
        <translation>圧縮方式 %1 で圧縮されています。Rewind が読めるのは無圧縮(stored)と deflate のエントリだけです</translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed for one entry</source>
        <translation>宣言サイズが %1 バイトで、1 エントリの上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 left of the %3 allowed for the archive</source>
        <translation>宣言サイズが %1 バイトで、アーカイブの上限 %3 バイトの残り %2 バイトを超えています</translation>
    </message>
    <message>
        <source>it cannot be found again; the archive is damaged</source>
        <translation>再び見つけることができません。アーカイブが破損しています</translation>
    </message>
    <message>
        <source>it cannot be opened (zip error %1); the archive is damaged</source>
        <translation>開けません(ZIP エラー %1)。アーカイブが破損しています</translation>
    </message>
    <message>
        <source>its local header does not match the central directory</source>
        <translation>ローカルヘッダーがセントラルディレクトリと一致しません</translation>
    </message>
    <message>
        <source>the decompressor cannot be started</source>
        <translation>展開処理を開始できません</translation>
    </message>
    <message>
        <source>it inflates to more than the %1 bytes allowed for one entry</source>
        <translation>展開すると 1 エントリの上限 %1 バイトを超えます</translation>
    </message>
    <message>
        <source>reading it exceeds the %1 bytes allowed for the whole archive</source>
        <translation>読み込むとアーカイブ全体の上限 %1 バイトを超えます</translation>
    </message>
    <message>
        <source>it inflates more than %1 times (%2 bytes from %3): a zip bomb</source>
        <translation>展開すると %1 倍を超えます(%3 バイトから %2 バイト)。ZIP 爆弾です</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes its header declares</source>
        <translation>ヘッダーで宣言された %1 バイトより多くのデータがあります</translation>
    </message>
    <message>
        <source>reading it was stopped</source>
        <translation>読み込みを中止しました</translation>
    </message>
    <message>
        <source>its data continues after the end of its compressed stream</source>
        <translation>圧縮ストリームの終わりの後にもデータが続いています</translation>
    </message>
    <message>
        <source>its data cannot be read (zip error %1); the archive is damaged or truncated</source>
        <translation>データを読み込めません(ZIP エラー %1)。アーカイブが破損しているか途中で切れています</translation>
    </message>
    <message>
        <source>its compressed data is damaged (%1)</source>
        <translation>圧縮データが破損しています(%1)</translation>
    </message>
    <message>
        <source>its compressed data ends early; the archive is damaged or truncated</source>
        <translation>圧縮データが途中で終わっています。アーカイブが破損しているか途中で切れています</translation>
    </message>
    <message>
        <source>it holds %1 bytes, but its header declares %2</source>
        <translation>データは %1 バイトですが、ヘッダーでは %2 バイトと宣言されています</translation>
    </message>
    <message>
        <source>its checksum (CRC-32) does not match; the archive is damaged</source>
        <translation>チェックサム(CRC-32)が一致しません。アーカイブが破損しています</translation>
    </message>
    <message>
        <source>it cannot be closed (zip error %1); the archive is damaged</source>
        <translation>閉じられません(ZIP エラー %1)。アーカイブが破損しています</translation>
    </message>
    <message>
        <source>it declares %1 bytes; at most %2 are read at once</source>
        <translation>宣言サイズが %1 バイトですが、一度に読めるのは %2 バイトまでです</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes read at once</source>
        <translation>一度に読める %1 バイトより多くのデータがあります</translation>
    </message>
    <message>
        <source>The folder %1 to extract %2 into does not exist.</source>
        <translation>%2 の展開先フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>the entries up to this one declare %1 bytes, more than the %2 allowed for the archive</source>
        <translation>ここまでのエントリの宣言サイズが %1 バイトで、アーカイブの上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>The folder %1 to extract %2 into cannot be opened: %3</source>
        <translation>%2 の展開先フォルダー %1 を開けません: %3</translation>
    </message>
    <message>
        <source>it cannot be written to the target folder: %1</source>
        <translation>展開先フォルダーに書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::ScheduleEditor</name>
    <message>
        <source>%1 (%2) %3</source>
        <comment>date, weekday, time</comment>
        <translation>%1(%2) %3</translation>
    </message>
    <message>
        <source>Months without a day %1 run on their last day instead.</source>
        <translation>%1 日がない月は、代わりに月末日に実行します。</translation>
    </message>
    <message>
        <source>This schedule would never run: its end date has passed.</source>
        <translation>このスケジュールは一度も実行されません: 終了日が過ぎています。</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>繰り返し:</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>隔週</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Quarterly (every three months)</source>
        <translation>四半期ごと(3 か月ごと)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>実行日:</translation>
    </message>
    <message>
        <source>the</source>
        <comment>monthly rule: the [first] [Wednesday]</comment>
        <translation>曜日で指定</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第1</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第2</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第3</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>第4</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>day</source>
        <comment>monthly rule: day [31] of the month</comment>
        <translation>日付で指定</translation>
    </message>
    <message>
        <source>of the month</source>
        <comment>monthly rule: day [31] of the month</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>時刻:</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>終了日を設定</translation>
    </message>
    <message>
        <source>The last day a run may happen (inclusive).</source>
        <translation>実行する最後の日(その日を含む)。</translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation>次の 5 回の実行:</translation>
    </message>
</context>
<context>
    <name>Rewind::SchedulePane</name>
    <message>
        <source>%1 You can look at the schedules and try a schedule out here, but not change them.</source>
        <translation>%1 ここではスケジュールの確認と試し設定はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>Set by %1 on %2.</source>
        <translation>%2 に %1 が設定。</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>前回の実行: %1。</translation>
    </message>
    <message>
        <source>No scheduled archive has been written yet.</source>
        <translation>スケジュールによるアーカイブはまだ作成されていません。</translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation>前回の実行は失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 — overdue: runs at the next check</source>
        <translation>%1 — 遅延: 次回の確認時に実行</translation>
    </message>
    <message>
        <source>No further runs: the end date has passed.</source>
        <translation>今後の実行はありません: 終了日が過ぎています。</translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation>次の 5 回の実行:</translation>
    </message>
    <message>
        <source>Each run writes only what changed since the run before; the first run wrote everything.</source>
        <translation>各回は前回からの変更分だけを書き込みます。初回はすべてを書き込みました。</translation>
    </message>
    <message>
        <source>The first run writes a full archive of every record; later runs write only what changed since the run before.</source>
        <translation>初回はすべてのレコードの完全アーカイブを書き込みます。2 回目以降は前回からの変更分だけを書き込みます。</translation>
    </message>
    <message>
        <source>Backup window: %1 – %2. One generation a day, taken at a time inside it.</source>
        <translation>バックアップ時間帯: %1 – %2。この時間帯の中で 1 日 1 回、世代を取得します。</translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation>次回の実行: %1。</translation>
    </message>
    <message>
        <source>Last generation taken: %1.</source>
        <translation>前回の世代の取得: %1。</translation>
    </message>
    <message>
        <source>No generation has been taken yet.</source>
        <translation>世代はまだ取得されていません。</translation>
    </message>
    <message>
        <source>Scheduled.</source>
        <translation>スケジュールを設定しました。</translation>
    </message>
    <message>
        <source>Scheduled. The first run, %1, writes a full archive.</source>
        <translation>スケジュールを設定しました。初回(%1)は完全アーカイブを書き込みます。</translation>
    </message>
    <message>
        <source>Stop the archive schedule "%1"? No further scheduled archives are written; archives already written are kept until they expire.</source>
        <translation>アーカイブのスケジュール「%1」を停止しますか?今後、スケジュールによるアーカイブは作成されません。作成済みのアーカイブは期限まで保存されます。</translation>
    </message>
    <message>
        <source>Stop the Archive Schedule</source>
        <translation>アーカイブのスケジュールの停止</translation>
    </message>
    <message>
        <source>The Schedule Was Not Stopped</source>
        <translation>スケジュールを停止できませんでした</translation>
    </message>
    <message>
        <source>Archive Schedule Stopped</source>
        <translation>アーカイブのスケジュールを停止しました</translation>
    </message>
    <message>
        <source>Saved: the daily generation runs at %1.</source>
        <translation>保存しました: 日次世代は %1 に実行されます。</translation>
    </message>
    <message>
        <source>Saved: the new limits apply to the next archive.</source>
        <translation>保存しました: 新しい制限は次のアーカイブから適用されます。</translation>
    </message>
    <message>
        <source>Archive schedule</source>
        <translation>アーカイブのスケジュール</translation>
    </message>
    <message>
        <source>A scheduled archive writes the workspace's records to an archive file on the days you choose. There is one schedule at a time.</source>
        <translation>スケジュールによるアーカイブは、選んだ日にワークスペースのレコードをアーカイブファイルに書き込みます。設定できるスケジュールは一度に 1 つです。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Stop Schedule…</source>
        <translation>スケジュールを停止…</translation>
    </message>
    <message>
        <source>A scheduled archive is being written now; it cannot be stopped — stopping the schedule lets it finish.</source>
        <translation>スケジュールによるアーカイブを書き込み中です。この実行は止められません。スケジュールを停止しても、この実行は最後まで行われます。</translation>
    </message>
    <message>
        <source>Daily generation</source>
        <translation>日次世代</translation>
    </message>
    <message>
        <source>Run at:</source>
        <translation>実行時刻:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Archive policy</source>
        <translation>アーカイブのポリシー</translation>
    </message>
    <message>
        <source>Limits for every archive, set by an administrator.</source>
        <translation>すべてのアーカイブに適用される制限です。管理者が設定します。</translation>
    </message>
    <message>
        <source>Full archive at most every:</source>
        <translation>完全アーカイブの最短間隔:</translation>
    </message>
    <message>
        <source>Records per archive, at most:</source>
        <translation>アーカイブあたりの最大レコード数:</translation>
    </message>
    <message>
        <source>Archives are removed after:</source>
        <translation>アーカイブの保存期間:</translation>
    </message>
    <message>
        <source>Custom date range, at most:</source>
        <translation>期間指定の最大日数:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>When the console is closed, the rewind-run-due timer runs due work (see README).</source>
        <translation>コンソールを閉じているときは、rewind-run-due タイマーが予定の処理を実行します(README を参照)。</translation>
    </message>
</context>
<context>
    <name>Rewind::ScheduleService</name>
    <message>
        <source>An archive schedule is already set (%1, by %2). There is one schedule at a time: stop it first.</source>
        <translation>アーカイブのスケジュールはすでに設定されています(%1、設定者 %2)。スケジュールは一度に 1 つだけです。先に停止してください。</translation>
    </message>
    <message>
        <source>This schedule would never run: its end date %1 has passed.</source>
        <translation>このスケジュールは一度も実行されません: 終了日 %1 が過ぎています。</translation>
    </message>
    <message>
        <source>%1 scheduled backups: %2. The first run (%3) holds everything; later runs hold what changed.</source>
        <translation>%1 がバックアップのスケジュールを設定しました: %2。初回(%3)はすべてを、2 回目以降は変更分を保存します。</translation>
    </message>
    <message>
        <source>No archive schedule is set.</source>
        <translation>アーカイブのスケジュールは設定されていません。</translation>
    </message>
    <message>
        <source>The archive schedule (%1) was stopped.</source>
        <translation>アーカイブのスケジュール(%1)を停止しました。</translation>
    </message>
    <message>
        <source>An archive run already in progress cannot be stopped; it finishes normally.</source>
        <translation>実行中のアーカイブは止められません。通常どおり最後まで実行されます。</translation>
    </message>
    <message>
        <source>%1 stopped the archive schedule (%2).</source>
        <translation>%1 がアーカイブのスケジュール(%2)を停止しました。</translation>
    </message>
    <message>
        <source>%1 set the daily generation run to %2 (backup window %3 – %4).</source>
        <translation>%1 が日次世代の実行時刻を %2 に設定しました(バックアップ時間帯 %3 – %4)。</translation>
    </message>
    <message>
        <source>An archive is being written right now. Set the new schedule when it has finished (the Archives tab shows it).</source>
        <translation>現在アーカイブを書き込み中です。終了してから新しいスケジュールを設定してください(アーカイブタブで確認できます)。</translation>
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
    <message>
        <source>Changing the field</source>
        <translation>項目を変更中</translation>
    </message>
    <message>
        <source>The field "%1" is not a link field.</source>
        <translation>項目「%1」はリンク項目ではありません。</translation>
    </message>
    <message>
        <source>Changing the link</source>
        <translation>リンクを変更中</translation>
    </message>
    <message>
        <source>A field cannot be changed into a link field; add a new link field instead.</source>
        <translation>項目をリンク項目に変更することはできません。新しいリンク項目を追加してください。</translation>
    </message>
    <message>
        <source>Adding an aggregation setting</source>
        <translation>集計設定の追加</translation>
    </message>
    <message>
        <source>Changing an aggregation setting</source>
        <translation>集計設定の変更</translation>
    </message>
    <message>
        <source>Deleting an aggregation setting</source>
        <translation>集計設定の削除</translation>
    </message>
    <message>
        <source>Adding a workflow setting</source>
        <translation>業務フロー設定の追加</translation>
    </message>
    <message>
        <source>Changing a workflow setting</source>
        <translation>業務フロー設定の変更</translation>
    </message>
    <message>
        <source>Deleting a workflow setting</source>
        <translation>業務フロー設定の削除</translation>
    </message>
    <message>
        <source>Reading the setting</source>
        <translation>設定の読み取り</translation>
    </message>
    <message>
        <source>Adding a field</source>
        <translation>項目の追加</translation>
    </message>
    <message>
        <source>Copying a field</source>
        <translation>項目のコピー</translation>
    </message>
    <message>
        <source>Deleting a field</source>
        <translation>項目の削除</translation>
    </message>
    <message>
        <source>Changing a field's type</source>
        <translation>項目の種類の変更</translation>
    </message>
</context>
<context>
    <name>Rewind::SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>現在のパスワード(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>パスワードの確認(&amp;C):</translation>
    </message>
    <message>
        <source>A new password for your account, %1.</source>
        <translation>自分のアカウント %1 の新しいパスワードを設定します。</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell them the new password in person; failed logins and locks stay as they are.</source>
        <translation>%1(%2)の新しいパスワードを設定します。新しいパスワードは本人に直接伝えてください。ログイン失敗の回数とロックはそのままです。</translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation>パスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
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
    <name>Rewind::SettingsDiff</name>
    <message>
        <source>The %1 generation has no DB named "%2".</source>
        <translation>%1の世代に「%2」という DB はありません。</translation>
    </message>
    <message>
        <source>Production has no DB named "%1"; restore the whole DB instead.</source>
        <translation>本番に「%1」という DB はありません。DB ごと戻してください。</translation>
    </message>
    <message>
        <source>Changing settings</source>
        <translation>設定の変更</translation>
    </message>
    <message>
        <source>Before re-applying settings of %1 from the %2 generation</source>
        <translation>%2の世代から %1 の設定を再適用する前</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1: %2 何も変更されていません。</translation>
    </message>
    <message>
        <source>Re-applied %1 settings of %2 from the %3 generation</source>
        <translation>%3の世代から %2 の設定を %1 件再適用しました</translation>
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
        <source>choices: %1</source>
        <translation>選択肢: %1</translation>
    </message>
    <message>
        <source>links to: %1</source>
        <translation>リンク先: %1</translation>
    </message>
    <message>
        <source>(deleted DB #%1)</source>
        <translation>(削除された DB #%1)</translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>Choose at least one difference to re-apply.</source>
        <translation>再適用する差分を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>The settings of %1 changed since they were compared ("%2" is no longer that difference). Compare again and choose what to re-apply.</source>
        <translation>比較した後に %1 の設定が変わりました(「%2」はもうその差分ではありません)。もう一度比べて、再適用するものを選んでください。</translation>
    </message>
    <message>
        <source>Re-applied %1 settings of %2 from the %3 generation; %4 values that did not fit a changed type were cleared</source>
        <translation>%3の世代から %2 の設定を %1 件再適用しました。変更後のタイプに合わない値 %4 個を消去しました</translation>
    </message>
    <message>
        <source>Re-applying settings of %1 from the %2 generation</source>
        <translation>%2 の世代から %1 の設定を再適用</translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsDiffPanel</name>
    <message>
        <source>Field deleted from production</source>
        <translation>本番で削除された項目</translation>
    </message>
    <message>
        <source>Field added to production</source>
        <translation>本番で追加された項目</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>変更された項目</translation>
    </message>
    <message>
        <source>Setting deleted from production</source>
        <translation>本番で削除された設定</translation>
    </message>
    <message>
        <source>Setting added to production</source>
        <translation>本番で追加された設定</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>変更された設定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>In the generation</source>
        <translation>世代</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Check N&amp;one</source>
        <translation>選択解除(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Re-apply Selected to Production…</source>
        <translation>選択した差分を本番に再適用(&amp;R)…</translation>
    </message>
    <message>
        <source>Production takes the generation's version of the checked fields and settings. A restore point is taken first.</source>
        <translation>チェックした項目と設定を世代の内容に戻します。先に復元ポイントを作ります。</translation>
    </message>
    <message>
        <source>Differences from production: "%1" in the %2 generation</source>
        <translation>本番との差分: %2の世代の「%1」</translation>
    </message>
    <message>
        <source>Comparing with production…</source>
        <translation>本番と比べています…</translation>
    </message>
    <message>
        <source>The settings of "%1" are the same in the generation and in production.</source>
        <translation>「%1」の設定は世代と本番で同じです。</translation>
    </message>
    <message>
        <source>Differences: %1. Check those production should take from the generation.</source>
        <translation>差分: %1 件。世代の内容に戻すものをチェックしてください。</translation>
    </message>
    <message>
        <source>In the generation: %1
In production: %2
Re-applying will %3.</source>
        <translation>世代: %1
本番: %2
再適用すると: %3。</translation>
    </message>
    <message>
        <source>Make "%1" in production match the %2 generation? Re-applying will:</source>
        <translation>本番の「%1」を%2の世代に合わせますか?再適用すると:</translation>
    </message>
    <message>
        <source>Warning: this deletes fields or values from production.</source>
        <translation>警告: 本番から項目または値が削除されます。</translation>
    </message>
    <message>
        <source>A restore point is taken first, so this can be undone.</source>
        <translation>先に復元ポイントを作るので、元に戻せます。</translation>
    </message>
    <message>
        <source>Re-apply to Production</source>
        <translation>本番に再適用</translation>
    </message>
    <message>
        <source>Re-applying to production…</source>
        <translation>本番に再適用しています…</translation>
    </message>
    <message>
        <source>&amp;Undo the re-apply</source>
        <translation>再適用を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the settings were re-applied?

Changes made to production by anyone since then are undone too.</source>
        <translation>設定を再適用する直前に作った復元ポイント %1 に本番を戻しますか?

その後に誰かが本番に加えた変更も元に戻ります。</translation>
    </message>
    <message>
        <source>Production is back to how it was before the settings were re-applied (restore point %1).</source>
        <translation>本番は設定の再適用前の状態に戻りました(復元ポイント %1)。</translation>
    </message>
    <message>
        <source>Re-applied to production. Restore point: %1</source>
        <translation>本番に再適用しました。復元ポイント: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsDifference</name>
    <message>
        <source>add the field "%1" back to production (its values are not restored; use CSV import for those)</source>
        <translation>項目「%1」を本番に戻します(値は戻りません。値は CSV インポートで戻してください)</translation>
    </message>
    <message>
        <source>delete the field "%1" from production, with its values</source>
        <translation>項目「%1」を値ごと本番から削除します</translation>
    </message>
    <message>
        <source>change the field "%1" back to its earlier type; values that do not fit are cleared</source>
        <translation>項目「%1」を以前のタイプに戻します。合わない値は消えます</translation>
    </message>
    <message>
        <source>give the field "%1" its earlier options</source>
        <translation>項目「%1」を以前のオプションに戻します</translation>
    </message>
    <message>
        <source>add the setting "%1" back</source>
        <translation>設定「%1」を戻します</translation>
    </message>
    <message>
        <source>delete the setting "%1" from production</source>
        <translation>設定「%1」を本番から削除します</translation>
    </message>
    <message>
        <source>give the setting "%1" its earlier definition</source>
        <translation>設定「%1」を以前の内容に戻します</translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsPane</name>
    <message>
        <source>&amp;Differences from Production</source>
        <translation>本番との差分(&amp;D)</translation>
    </message>
    <message>
        <source>Compare the settings of this DB in the generation with production, and re-apply them.</source>
        <translation>この DB の世代の設定を本番と比べ、再適用します。</translation>
    </message>
    <message>
        <source>Settings changed by mistake? Compare them with production and re-apply the generation's.</source>
        <translation>設定を誤って変更しましたか?本番と比べて、世代の設定を再適用できます。</translation>
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
    <name>Rewind::SlotSearchDialog</name>
    <message>
        <source>Find in Every Generation</source>
        <translation>全世代から検索</translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text? For “it was there last week”: pick a DB, a field or any field, and what to look for.</source>
        <translation>項目に指定の文字を含むレコードはどの世代にあるか? 「先週はあった」を探すために、DB と項目 (またはすべての項目) と検索する文字を指定してください。</translation>
    </message>
    <message>
        <source>&amp;DB:</source>
        <translation>DB(&amp;D):</translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation>項目(&amp;I):</translation>
    </message>
    <message>
        <source>Any field</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>含む文字(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Record &amp;IDs:</source>
        <translation>レコード ID(&amp;I):</translation>
    </message>
    <message>
        <source>Record's &amp;Week…</source>
        <translation>レコードの1週間(&amp;W)…</translation>
    </message>
    <message>
        <source>The selected record in every generation and production, with one-click restore.</source>
        <translation>選択したレコードを全世代と本番環境で表示し、ワンクリックで復元できます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Searching every generation…</source>
        <translation>全世代を検索しています…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>No generation and not production has a record of “%1” containing “%2”.</source>
        <translation>「%2」を含む「%1」のレコードは、どの世代にも本番環境にもありません。</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… ほか %1 件</translation>
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
    <message>
        <source>Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql), so production at %1 cannot be opened.</source>
        <translation>Qt の PostgreSQL ドライバー(Debian パッケージ libqt6sql6-psql)がインストールされていないため、%1 の本番を開けません。</translation>
    </message>
</context>
<context>
    <name>Rewind::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateDocument</name>
    <message>
        <source>(deleted DB #%1)</source>
        <translation>(削除された DB #%1)</translation>
    </message>
    <message>
        <source>an access right for a specific user; set it up again after loading</source>
        <translation>特定ユーザーのアクセス権です。読み込み後に設定し直してください</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>a template carries settings only; bring records back by CSV import</source>
        <translation>テンプレートには設定だけが入ります。レコードは CSV インポートで戻してください</translation>
    </message>
    <message>
        <source>This is not a Rewind template (its "format" is missing or different).</source>
        <translation>Rewind のテンプレートではありません(「format」がないか、異なります)。</translation>
    </message>
    <message>
        <source>The template has format version %1, made by a newer Rewind; this one reads up to version %2. Update Rewind to load it.</source>
        <translation>このテンプレートは新しい Rewind で作られた形式バージョン %1 です。この Rewind が読めるのはバージョン %2 までです。Rewind を更新してください。</translation>
    </message>
    <message>
        <source>The template's format version is missing.</source>
        <translation>テンプレートの形式バージョンがありません。</translation>
    </message>
    <message>
        <source>The template lists an invalid or repeated external link "%1".</source>
        <translation>テンプレートに無効または重複した外部リンク「%1」があります。</translation>
    </message>
    <message>
        <source>The template contains no DB.</source>
        <translation>テンプレートに DB がありません。</translation>
    </message>
    <message>
        <source>The template has an invalid or repeated DB key "%1".</source>
        <translation>テンプレートに無効または重複した DB キー「%1」があります。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>DB %1: %2</source>
        <translation>DB %1: %2</translation>
    </message>
    <message>
        <source>The template has two DBs named "%1".</source>
        <translation>テンプレートに「%1」という DB が 2 つあります。</translation>
    </message>
    <message>
        <source>DB "%1", field "%2": unknown field type "%3".</source>
        <translation>DB「%1」の項目「%2」: 不明な項目タイプ「%3」です。</translation>
    </message>
    <message>
        <source>field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>DB "%1": %2</source>
        <translation>DB「%1」: %2</translation>
    </message>
    <message>
        <source>DB "%1" has two fields named "%2".</source>
        <translation>DB「%1」に「%2」という項目が 2 つあります。</translation>
    </message>
    <message>
        <source>DB "%1", choice field "%2" has no choices.</source>
        <translation>DB「%1」の選択肢項目「%2」に選択肢がありません。</translation>
    </message>
    <message>
        <source>DB "%1", link field "%2" points at "%3", which the template does not describe.</source>
        <translation>DB「%1」のリンク項目「%2」のリンク先「%3」がテンプレートにありません。</translation>
    </message>
    <message>
        <source>DB "%1": unknown kind of setting "%2".</source>
        <translation>DB「%1」: 不明な設定の種類「%2」です。</translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>%1 を書き込めません(ZIP エラー %2)。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a Rewind template: it is not a ZIP file, or it is damaged or truncated.</source>
        <translation>%1 は Rewind のテンプレートではありません: ZIP ファイルでないか、破損しているか途中で切れています。</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB; this is not a template Rewind wrote.</source>
        <translation>%1: %2 が %3 MB を超えています。Rewind が書いたテンプレートではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be found.</source>
        <translation>%1 は破損しています: %2 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be opened.</source>
        <translation>%1 は破損しています: %2 を開けません。</translation>
    </message>
    <message>
        <source>%1: %2 inflates beyond %3 MB; this is not a template Rewind wrote.</source>
        <translation>%1: %2 は展開すると %3 MB を超えます。Rewind が書いたテンプレートではありません。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2 cannot be read completely.</source>
        <translation>%1 は破損しているか途中で切れています: %2 を最後まで読めません。</translation>
    </message>
    <message>
        <source>%1 is not a Rewind template: it has no template.json.</source>
        <translation>%1 は Rewind のテンプレートではありません: template.json がありません。</translation>
    </message>
    <message>
        <source>%1 is incomplete: its checksum (template.sha256) is missing.</source>
        <translation>%1 は不完全です: チェックサム(template.sha256)がありません。</translation>
    </message>
    <message>
        <source>%1 is damaged: template.json does not match its checksum. Export the template again.</source>
        <translation>%1 は破損しています: template.json がチェックサムと一致しません。テンプレートを出力し直してください。</translation>
    </message>
    <message>
        <source>%1: template.json is not valid JSON (%2 at byte %3).</source>
        <translation>%1: template.json は正しい JSON ではありません(%3 バイト目で %2)。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 twice; this is not a template Rewind wrote.</source>
        <translation>%1 には %2 が 2 つあります。Rewind が書いたテンプレートではありません。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportDbsPage</name>
    <message>
        <source>Choose the DBs</source>
        <translation>DB を選ぶ</translation>
    </message>
    <message>
        <source>A template holds the settings of DBs — fields, links, views, automations, aggregations, workflows and access rights — but no records. It can be taken from production or from any generation.</source>
        <translation>テンプレートには DB の設定(項目、リンク、一覧表示、自動処理、集計、業務フロー、アクセス権)が入り、レコードは入りません。本番からもどの世代からも作れます。</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>読み込み元(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;DBs in the template (related DBs are offered on the next page):</source>
        <translation>テンプレートに入れる DB(&amp;D)(関連する DB は次のページで選べます):</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportRelatedPage</name>
    <message>
        <source>Include the related DBs</source>
        <translation>関連する DB を含める</translation>
    </message>
    <message>
        <source>DBs linked with the chosen ones are included, so the links inside the template keep working when it is loaded. Uncheck a DB to leave it out; links to it then point outside the template.</source>
        <translation>選んだ DB とリンクでつながる DB も含めるので、読み込んだ後もテンプレート内のリンクが働きます。チェックを外した DB は含まれず、その DB へのリンクはテンプレートの外を指します。</translation>
    </message>
    <message>
        <source>Related DB</source>
        <translation>関連する DB</translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>&amp;Related DBs to include:</source>
        <translation>含める関連 DB(&amp;R):</translation>
    </message>
    <message>
        <source>These links will point at a DB outside the template. When the template is loaded, each goes to a production DB you choose, or stays unlinked:</source>
        <translation>次のリンクはテンプレート外の DB を指します。読み込み時に、それぞれ本番のどの DB につなぐか選ぶか、リンクなしにできます:</translation>
    </message>
    <message>
        <source>Chosen from %1: %2</source>
        <translation>%1 から選択: %2</translation>
    </message>
    <message>
        <source>Following the links…</source>
        <translation>リンクをたどっています…</translation>
    </message>
    <message>
        <source>Reading the DB settings of %1…</source>
        <translation>%1 の DB 設定を読み込んでいます…</translation>
    </message>
    <message>
        <source>DBs in the template (%1): %2</source>
        <translation>テンプレートの DB(%1): %2</translation>
    </message>
    <message>
        <source>No other DB is linked with the chosen ones.</source>
        <translation>選んだ DB とリンクでつながる DB はほかにありません。</translation>
    </message>
    <message>
        <source>left out too: it is linked only through DBs left out</source>
        <translation>これも除外: 除外した DB を通じてしかつながっていません</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportResultPage</name>
    <message>
        <source>Write the template</source>
        <translation>テンプレートを書き出す</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き出しています…</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>テンプレートを書き出しています…</translation>
    </message>
    <message>
        <source>No template was written.</source>
        <translation>テンプレートは書き出されていません。</translation>
    </message>
    <message>
        <source>The template is written.</source>
        <translation>テンプレートを書き出しました。</translation>
    </message>
    <message>
        <source>Wrote the template of %1 to %2.</source>
        <translation>%1 のテンプレートを %2 に書き出しました。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2(%3)</translation>
    </message>
    <message>
        <source>Not in the template:</source>
        <translation>テンプレートに含まれないもの:</translation>
    </message>
    <message>
        <source>Links to DBs outside the template (you choose their targets when loading it):</source>
        <translation>テンプレート外の DB へのリンク(読み込み時にリンク先を選びます):</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportReviewPage</name>
    <message>
        <source>Check what the template leaves out</source>
        <translation>テンプレートに含まれないものを確認</translation>
    </message>
    <message>
        <source>Some things cannot travel in a template. They are listed here so you can set them up by hand after loading it.</source>
        <translation>テンプレートで運べないものがあります。読み込み後に手で設定できるよう、ここに一覧を示します。</translation>
    </message>
    <message>
        <source>&amp;Write Template</source>
        <translation>テンプレートを書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Not in the template</source>
        <translation>テンプレートに含まれないもの</translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation>理由と対処</translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation>除外(&amp;L):</translation>
    </message>
    <message>
        <source>Path of the template file to write</source>
        <translation>書き出すテンプレートファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Re&amp;place the existing file</source>
        <translation>既存のファイルを置き換える(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存先(&amp;S):</translation>
    </message>
    <message>
        <source>Links to DBs outside the template: %1</source>
        <translation>テンプレート外の DB へのリンク: %1</translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation>テンプレート出力</translation>
    </message>
    <message>
        <source>Rewind templates (*.zip);;All files (*)</source>
        <translation>Rewind テンプレート (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Say where to write the template.</source>
        <translation>テンプレートの書き出し先を指定してください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 はありません。</translation>
    </message>
    <message>
        <source>From %1, the template holds these DBs (%2): %3.
Fields: %4, settings: %5.</source>
        <translation>%1 から、テンプレートに次の DB(%2)が入ります: %3。
項目: %4、設定: %5。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportState</name>
    <message>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>the %1 generation</source>
        <translation>%1の世代</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportWizard</name>
    <message>
        <source>Export Template</source>
        <translation>テンプレート出力</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExporter</name>
    <message>
        <source>There is no DB named "%1" in %2.</source>
        <translation>%2 に「%1」という DB はありません。</translation>
    </message>
    <message>
        <source>linked from %1 through its field %2</source>
        <translation>%1 の項目 %2 からリンクされています</translation>
    </message>
    <message>
        <source>links to %1 through its field %2</source>
        <translation>項目 %2 で %1 にリンクしています</translation>
    </message>
    <message>
        <source>Choose at least one DB for the template.</source>
        <translation>テンプレートに含める DB を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Say where to write the template.</source>
        <translation>テンプレートの書き出し先を指定してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportChoicesPage</name>
    <message>
        <source>Name clashes and links</source>
        <translation>名前の重複とリンク</translation>
    </message>
    <message>
        <source>Choose what happens to the DBs production already has, and where links to DBs outside the template point.</source>
        <translation>本番にすでにある DB をどうするか、テンプレート外の DB へのリンクをどこにつなぐかを選びます。</translation>
    </message>
    <message>
        <source>DBs production already has</source>
        <translation>本番にすでにある DB</translation>
    </message>
    <message>
        <source>Skip: keep production's DB</source>
        <translation>スキップ: 本番の DB をそのまま残す</translation>
    </message>
    <message>
        <source>Rename: create it under a new name</source>
        <translation>名前を変えて作成</translation>
    </message>
    <message>
        <source>Replace: delete production's DB and create it again</source>
        <translation>置き換え: 本番の DB を削除して作り直す</translation>
    </message>
    <message>
        <source>What happens to %1</source>
        <translation>%1 の扱い</translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation>%1 の新しい名前</translation>
    </message>
    <message>
        <source>I understand the existing DB and its records are deleted; a restore point is taken</source>
        <translation>既存の DB とそのレコードが削除されることを理解しました(復元ポイントを作ります)</translation>
    </message>
    <message>
        <source>Links to DBs outside the template</source>
        <translation>テンプレート外の DB へのリンク</translation>
    </message>
    <message>
        <source>(leave unlinked)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>Links to %1 (from %2) point at:</source>
        <translation>%1 へのリンク(%2 から)のつなぎ先:</translation>
    </message>
    <message>
        <source>Production has none of the template's DBs and the template has no links to DBs outside it: there is nothing to decide.</source>
        <translation>本番にはテンプレートの DB がなく、テンプレートに外部の DB へのリンクもありません。決めることはありません。</translation>
    </message>
    <message>
        <source>Type a new name for %1.</source>
        <translation>%1 の新しい名前を入力してください。</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to "%2": that name is already taken. Choose another name.</source>
        <translation>%1 を「%2」に名前変更できません: その名前は使われています。別の名前にしてください。</translation>
    </message>
    <message>
        <source>Replacing %1 deletes production's DB and its records. Tick the box below it to confirm.</source>
        <translation>%1 を置き換えると本番の DB とそのレコードが削除されます。下のチェックボックスで確認してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportDryRunPage</name>
    <message>
        <source>created under the new name</source>
        <translation>新しい名前で作成</translation>
    </message>
    <message>
        <source>skipped: production's DB stays as it is</source>
        <translation>スキップ: 本番の DB はそのまま</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Check what loading the template would do</source>
        <translation>テンプレートを読み込むとどうなるか確認</translation>
    </message>
    <message>
        <source>A dry run tries every change and then rolls it back: nothing has been written yet. Click Load Template to make these changes in production.</source>
        <translation>試行ではすべての変更を試してから元に戻します。まだ何も書き込まれていません。「テンプレートを読み込む」で本番に反映します。</translation>
    </message>
    <message>
        <source>&amp;Load Template</source>
        <translation>テンプレートを読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>In the template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation>もう一度試行(&amp;A)</translation>
    </message>
    <message>
        <source>Trying the template on production…</source>
        <translation>本番でテンプレートを試しています…</translation>
    </message>
    <message>
        <source>DBs (%1)</source>
        <translation>DB(%1)</translation>
    </message>
    <message>
        <source>Links to DBs outside the template (%1)</source>
        <translation>テンプレート外の DB へのリンク(%1)</translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>stays unlinked</source>
        <translation>リンクなしのまま</translation>
    </message>
    <message>
        <source>links to production's DB</source>
        <translation>本番の DB にリンク</translation>
    </message>
    <message>
        <source>Production links re-pointed (%1)</source>
        <translation>貼り替える本番のリンク(%1)</translation>
    </message>
    <message>
        <source>points at the DB that comes back</source>
        <translation>戻る DB を指す</translation>
    </message>
    <message>
        <source>Every DB of the template is skipped, so loading it changes nothing. Go back and rename or replace a DB to load it.</source>
        <translation>テンプレートの DB がすべてスキップされるため、読み込んでも何も変わりません。戻って DB の名前変更か置き換えを選んでください。</translation>
    </message>
    <message>
        <source>production's DB and its %1 records are deleted, then it is created again</source>
        <translation>本番の DB とそのレコード %1 件を削除してから作り直します</translation>
    </message>
    <message>
        <source>Loading the template creates DBs: %1, fields: %2, settings: %3. A restore point is taken first, so the load can be undone.</source>
        <translation>テンプレートを読み込むと、DB %1 個、項目 %2 個、設定 %3 個を作成します。先に復元ポイントを作るので、元に戻せます。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportFilePage</name>
    <message>
        <source>Choose the template</source>
        <translation>テンプレートを選ぶ</translation>
    </message>
    <message>
        <source>A template creates DBs in production with the fields, links and settings it holds; it holds no records. Nothing is changed until you confirm on the last step.</source>
        <translation>テンプレートは、含まれる項目・リンク・設定で本番に DB を作ります。レコードは含まれません。最後のステップで確定するまで何も変更されません。</translation>
    </message>
    <message>
        <source>Path of a template file</source>
        <translation>テンプレートファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Load Template</source>
        <translation>テンプレート読込</translation>
    </message>
    <message>
        <source>Rewind templates (*.zip);;All files (*)</source>
        <translation>Rewind テンプレート (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation>テンプレートを読み込んでいます…</translation>
    </message>
    <message>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <source>the %1 generation</source>
        <translation>%1の世代</translation>
    </message>
    <message>
        <source>DBs in this template (%1): %2
Taken from %3 of the workspace "%4" on %5 (Rewind %6).</source>
        <translation>このテンプレートの DB(%1): %2
ワークスペース「%4」の%3から %5 に作成(Rewind %6)。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportPreviewPage</name>
    <message>
        <source>What the template creates</source>
        <translation>テンプレートが作るもの</translation>
    </message>
    <message>
        <source>Each DB of the template becomes a DB of production with these fields and settings.</source>
        <translation>テンプレートの各 DB が、これらの項目と設定を持つ本番の DB になります。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>Production already has a DB of this name</source>
        <translation>本番にすでに同じ名前の DB があります</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>項目(%1)</translation>
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
        <source>choices: %1</source>
        <translation>選択肢: %1</translation>
    </message>
    <message>
        <source>links to %1 (in the template)</source>
        <translation>%1 にリンク(テンプレート内)</translation>
    </message>
    <message>
        <source>links to %1 (outside the template)</source>
        <translation>%1 にリンク(テンプレート外)</translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation>リンクなし</translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation>設定(%1)</translation>
    </message>
    <message>
        <source>Not in the template (%1)</source>
        <translation>テンプレートに含まれないもの(%1)</translation>
    </message>
    <message>
        <source>Production already has %1 of these DBs; on the next page you choose whether each is renamed, replaced or skipped.</source>
        <translation>本番にはこのうち %1 個の DB がすでにあります。次のページで、それぞれ名前変更・置き換え・スキップを選びます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>DBs: %1, fields: %2, settings: %3.</source>
        <translation>DB: %1、項目: %2、設定: %3。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportResultPage</name>
    <message>
        <source>Load the template</source>
        <translation>テンプレートを読み込む</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>The template load was undone.</source>
        <translation>テンプレートの読み込みを元に戻しました。</translation>
    </message>
    <message>
        <source>Loading %1 into production…</source>
        <translation>%1 を本番に読み込んでいます…</translation>
    </message>
    <message>
        <source>Creating the DBs…</source>
        <translation>DB を作成しています…</translation>
    </message>
    <message>
        <source>The template was not loaded; production is unchanged.</source>
        <translation>テンプレートは読み込まれていません。本番は変更されていません。</translation>
    </message>
    <message>
        <source>The template is loaded.</source>
        <translation>テンプレートを読み込みました。</translation>
    </message>
    <message>
        <source>Created %1 in production: %2 fields and %3 settings.</source>
        <translation>本番に %1 を作成しました: 項目 %2 個、設定 %3 個。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Link %1.%2 → %3</source>
        <translation>リンク %1.%2 → %3</translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation>(リンクなし)</translation>
    </message>
    <message>
        <source>Re-pointed %1 at the DB that came back</source>
        <translation>%1 を戻った DB に貼り替えました</translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>復元ポイント: %1</translation>
    </message>
    <message>
        <source>&amp;Undo this template load</source>
        <translation>このテンプレート読込を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the template was loaded?

Changes made to production by anyone after the load are undone too.</source>
        <translation>テンプレートを読み込む直前に作った復元ポイント %1 に本番を戻しますか?

読み込み後に誰かが本番に加えた変更も元に戻ります。</translation>
    </message>
    <message>
        <source>Production is back to how it was before the template was loaded (restore point %1).</source>
        <translation>本番はテンプレート読込前の状態に戻りました(復元ポイント %1)。</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportWizard</name>
    <message>
        <source>Load Template into Production</source>
        <translation>本番へテンプレート読込</translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImporter</name>
    <message>
        <source>Loading a template</source>
        <translation>テンプレートの読み込み</translation>
    </message>
    <message>
        <source>Production already has a DB named "%1". Choose to rename, replace or skip it (rewindctl: --on-conflict rename|replace|skip).</source>
        <translation>本番にはすでに「%1」という DB があります。名前を変えるか、置き換えるか、飛ばすかを選んでください(rewindctl: --on-conflict rename|replace|skip)。</translation>
    </message>
    <message>
        <source>Cannot rename "%1" to "%2": production already has a DB with that name.</source>
        <translation>「%1」を「%2」に名前変更できません: 本番にはすでにその名前の DB があります。</translation>
    </message>
    <message>
        <source>The link target "%1" (for links to %2) is not a DB in production.</source>
        <translation>リンク先「%1」(%2 へのリンク用)は本番の DB ではありません。</translation>
    </message>
    <message>
        <source>Before loading a template</source>
        <translation>テンプレートを読み込む前</translation>
    </message>
    <message>
        <source>DB "%1": %2</source>
        <translation>DB「%1」: %2</translation>
    </message>
    <message>
        <source>DB "%1", field "%2": %3</source>
        <translation>DB「%1」の項目「%2」: %3</translation>
    </message>
    <message>
        <source>DB "%1", setting "%2": %3</source>
        <translation>DB「%1」の設定「%2」: %3</translation>
    </message>
    <message>
        <source>Loaded the template %1: %2</source>
        <translation>テンプレート %1 を読み込みました: %2</translation>
    </message>
    <message>
        <source>Loading the template %1</source>
        <translation>テンプレート %1 の読み込み</translation>
    </message>
</context>
<context>
    <name>Rewind::TreeWriter</name>
    <message>
        <source>the target folder cannot be opened: %1</source>
        <translation>展開先フォルダーを開けません: %1</translation>
    </message>
    <message>
        <source>the folder "%1" cannot be created: %2</source>
        <translation>フォルダー「%1」を作成できません: %2</translation>
    </message>
    <message>
        <source>"%1" in the target folder is a symbolic link; Rewind does not follow it</source>
        <translation>展開先フォルダーの「%1」はシンボリックリンクです。Rewind はリンクをたどりません</translation>
    </message>
    <message>
        <source>"%1" exists in the target folder and is not a folder</source>
        <translation>展開先フォルダーに「%1」があり、フォルダーではありません</translation>
    </message>
    <message>
        <source>the folder "%1" cannot be opened: %2</source>
        <translation>フォルダー「%1」を開けません: %2</translation>
    </message>
    <message>
        <source>the folder "%1" does not resolve inside the target folder</source>
        <translation>フォルダー「%1」が展開先フォルダーの中を指していません</translation>
    </message>
    <message>
        <source>a temporary file cannot be created next to it: %1</source>
        <translation>同じ場所に一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>a temporary file cannot be created next to it</source>
        <translation>同じ場所に一時ファイルを作成できません</translation>
    </message>
    <message>
        <source>it cannot be written completely: %1</source>
        <translation>最後まで書き込めません: %1</translation>
    </message>
    <message>
        <source>"%1" already exists in the target folder; Rewind replaces nothing</source>
        <translation>展開先フォルダーに「%1」がすでにあります。Rewind は何も置き換えません</translation>
    </message>
    <message>
        <source>it cannot be moved into place: %1</source>
        <translation>所定の場所に移動できません: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::UserDialog</name>
    <message>
        <source>Everything, including users and roles.</source>
        <translation>ユーザーと役割の管理を含む、すべての操作。</translation>
    </message>
    <message>
        <source>Production records and CSV; opens generations only when allowed.</source>
        <translation>本番のレコードと CSV。世代は許可された場合だけ開けます。</translation>
    </message>
    <message>
        <source>Reads the history; changes nothing and opens no generations.</source>
        <translation>履歴の閲覧のみ。何も変更できず、世代も開けません。</translation>
    </message>
    <message>
        <source>At least %1 characters, and not the user ID.</source>
        <translation>%1 文字以上で、ユーザー ID と同じにはできません。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>Rewind::UserStore</name>
    <message>
        <source>Preparing the user table</source>
        <translation>ユーザー表の準備</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>ユーザーの読み取り</translation>
    </message>
    <message>
        <source>Changing the users</source>
        <translation>ユーザーの変更</translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation>ユーザー番号 %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is no longer a user of this workspace or is locked. Log in again.</source>
        <translation>%1 はこのワークスペースのユーザーではなくなったか、ロックされています。もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>%1 may not %2: only a %3 may.</source>
        <translation>%1 は%2ができません: %3だけが行えます。</translation>
    </message>
    <message>
        <source>The user ID or password is wrong.</source>
        <translation>ユーザー ID またはパスワードが違います。</translation>
    </message>
    <message>
        <source>Too many failed logins as %1. Try again after %2.</source>
        <translation>%1 としてのログイン失敗が多すぎます。%2 以降にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The account %1 is locked by an administrator. Ask an administrator to unlock it.</source>
        <translation>アカウント %1 は管理者によってロックされています。管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>システム管理者</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>サポート担当</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation>ユーザーと役割の管理</translation>
    </message>
    <message>
        <source>Enter a user ID.</source>
        <translation>ユーザー ID を入力してください。</translation>
    </message>
    <message>
        <source>A user ID may have at most %1 characters.</source>
        <translation>ユーザー ID は %1 文字までです。</translation>
    </message>
    <message>
        <source>A user ID may not contain control characters.</source>
        <translation>ユーザー ID に制御文字は使えません。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>パスワードは %1 文字までです。</translation>
    </message>
    <message>
        <source>The password may not be the user ID.</source>
        <translation>パスワードをユーザー ID と同じにはできません。</translation>
    </message>
    <message>
        <source>This workspace already has users. An administrator adds more users in the Users tab.</source>
        <translation>このワークスペースにはすでにユーザーがいます。ユーザーの追加は管理者がユーザータブで行います。</translation>
    </message>
    <message>
        <source>%1 was set up as the first system administrator and the primary contact.</source>
        <translation>%1 を最初のシステム管理者、および主担当者として設定しました。</translation>
    </message>
    <message>
        <source>The user ID %1 is taken. Choose another one.</source>
        <translation>ユーザー ID %1 はすでに使われています。別の ID を選んでください。</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>ユーザー %1 を%2として追加しました。</translation>
    </message>
    <message>
        <source>%1 may not change the password of %2: only that user or a %3 may.</source>
        <translation>%1 は %2 のパスワードを変更できません: 本人または%3だけが行えます。</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 がパスワードを変更しました。</translation>
    </message>
    <message>
        <source>%1 set a new password for %2.</source>
        <translation>%1 が %2 の新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>%1 may not rename %2: only that user or a %3 may.</source>
        <translation>%1 は %2 の表示名を変更できません: 本人または%3だけが行えます。</translation>
    </message>
    <message>
        <source>Display name of %1 changed from %2 to %3.</source>
        <translation>%1 の表示名を %2 から %3 に変更しました。</translation>
    </message>
    <message>
        <source>%1 is the last %2 who can log in. Make another user an administrator first.</source>
        <translation>%1 はログインできる最後の%2です。先に別のユーザーを管理者にしてください。</translation>
    </message>
    <message>
        <source>%1 is the primary contact, who must be a %2. Make another administrator the primary contact first.</source>
        <translation>%1 は主担当者で、主担当者は%2である必要があります。先に別の管理者を主担当者にしてください。</translation>
    </message>
    <message>
        <source>Role of %1 changed from %2 to %3.</source>
        <translation>%1 の役割を%2から%3に変更しました。</translation>
    </message>
    <message>
        <source>%1 may now open generations.</source>
        <translation>%1 は世代を開けるようになりました。</translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation>%1 は世代を開けなくなりました。</translation>
    </message>
    <message>
        <source>Only a %1 can be the primary contact; %2 is %3.</source>
        <translation>主担当者になれるのは%1だけです。%2 は%3です。</translation>
    </message>
    <message>
        <source>%1 is now the primary contact.</source>
        <translation>%1 が主担当者になりました。</translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation>自分のアカウントはロックできません。</translation>
    </message>
    <message>
        <source>%1 locked the account %2.</source>
        <translation>%1 がアカウント %2 をロックしました。</translation>
    </message>
    <message>
        <source>%1 unlocked the account %2.</source>
        <translation>%1 がアカウント %2 のロックを解除しました。</translation>
    </message>
    <message>
        <source>You cannot remove your own account; another administrator can.</source>
        <translation>自分のアカウントは削除できません。別の管理者が削除できます。</translation>
    </message>
    <message>
        <source>%1 is the primary contact. Make another administrator the primary contact first.</source>
        <translation>%1 は主担当者です。先に別の管理者を主担当者にしてください。</translation>
    </message>
    <message>
        <source>User %1 (%2) removed.</source>
        <translation>ユーザー %1(%2)を削除しました。</translation>
    </message>
    <message>
        <source>Login as %1 refused: too many failed logins, delayed until %2.</source>
        <translation>%1 としてのログインを拒否しました: ログイン失敗が多すぎるため、%2 まで待機中です。</translation>
    </message>
    <message>
        <source>Login as %1 refused: the account is locked by an administrator.</source>
        <translation>%1 としてのログインを拒否しました: アカウントは管理者によってロックされています。</translation>
    </message>
    <message>
        <source>Login as %1 refused: wrong password.</source>
        <translation>%1 としてのログインを拒否しました: パスワードが違います。</translation>
    </message>
    <message>
        <source>%1 logged in as %2.</source>
        <translation>%1 が %2 としてログインしました。</translation>
    </message>
    <message>
        <source>The login could not be recorded in the history, so it was refused: %1</source>
        <translation>ログインを履歴に記録できなかったため、拒否しました: %1</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>A user ID may not start with "(".</source>
        <translation>ユーザー ID を「(」で始めることはできません。</translation>
    </message>
    <message>
        <source>Login with an unknown user ID refused: too many failed logins, delayed until %1.</source>
        <translation>存在しないユーザー ID でのログインを拒否しました: 失敗が多すぎるため %1 まで待機中です。</translation>
    </message>
    <message>
        <source>Login refused: no such user ID.</source>
        <translation>ログインを拒否しました: そのユーザー ID は存在しません。</translation>
    </message>
    <message>
        <source>Login as %1 refused: the user was removed meanwhile.</source>
        <translation>%1 としてのログインを拒否しました: その間にユーザーが削除されました。</translation>
    </message>
</context>
<context>
    <name>Rewind::UsersModel</name>
    <message>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>許可あり</translation>
    </message>
    <message>
        <source>not granted</source>
        <translation>許可なし</translation>
    </message>
    <message>
        <source>Locked by an administrator</source>
        <translation>管理者によりロック</translation>
    </message>
    <message>
        <source>Login delayed until %1</source>
        <translation>%1 までログイン待機中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>You are logged in as this user.</source>
        <translation>このユーザーでログインしています。</translation>
    </message>
    <message>
        <source>The primary contact</source>
        <translation>主担当者</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主担当者</translation>
    </message>
    <message>
        <source>Opens generations</source>
        <translation>世代を開く</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The administrator people are told to ask. There is always exactly one.</source>
        <translation>問い合わせ先となる管理者です。常に 1 人だけです。</translation>
    </message>
    <message>
        <source>Whether the user may open the daily generations: system administrators always, support staff when granted, managers never.</source>
        <translation>ユーザーが日次世代を開けるかどうか: システム管理者は常に可、サポート担当は許可された場合、マネージャーは不可。</translation>
    </message>
    <message>
        <source>Failed logins since the last successful one. From the fifth on, each failure delays the next login.</source>
        <translation>前回ログインに成功してからのログイン失敗の回数です。5 回目以降は、失敗するたびに次のログインまで待つ必要があります。</translation>
    </message>
</context>
<context>
    <name>Rewind::UsersPane</name>
    <message>
        <source>Revoke &amp;Generations</source>
        <translation>世代の許可を取り消す(&amp;G)</translation>
    </message>
    <message>
        <source>Allow &amp;Generations</source>
        <translation>世代を許可(&amp;G)</translation>
    </message>
    <message>
        <source>Only support staff need this right: system administrators always open generations, managers never.</source>
        <translation>この権限が必要なのはサポート担当だけです: システム管理者は常に世代を開けますが、マネージャーは開けません。</translation>
    </message>
    <message>
        <source>Whether the selected support staff member may open the daily generations.</source>
        <translation>選択したサポート担当が日次世代を開けるかどうか。</translation>
    </message>
    <message>
        <source>Only a system administrator can be the primary contact.</source>
        <translation>主担当者になれるのはシステム管理者だけです。</translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation>自分のアカウントはロックできません。</translation>
    </message>
    <message>
        <source>Refuse every login of the selected user until an administrator unlocks it.</source>
        <translation>管理者がロックを解除するまで、選択したユーザーのログインをすべて拒否します。</translation>
    </message>
    <message>
        <source>Lift a lock or a login delay and reset the failed logins.</source>
        <translation>ロックまたはログインの待機を解除し、ログイン失敗の回数をリセットします。</translation>
    </message>
    <message>
        <source>You cannot remove your own account; another administrator can.</source>
        <translation>自分のアカウントは削除できません。別の管理者が削除できます。</translation>
    </message>
    <message>
        <source>The primary contact cannot be removed. Make another administrator the primary contact first.</source>
        <translation>主担当者は削除できません。先に別の管理者を主担当者にしてください。</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 を追加しています…</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>ユーザー %1 を%2として追加しました。</translation>
    </message>
    <message>
        <source>Setting the password of %1…</source>
        <translation>%1 のパスワードを設定しています…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>現在のパスワードが違います。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>%1 の新しいパスワードを設定しました。</translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation>%1 の役割を変更しています…</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 は%2になりました。</translation>
    </message>
    <message>
        <source>Allowing %1 to open generations…</source>
        <translation>%1 に世代を開くことを許可しています…</translation>
    </message>
    <message>
        <source>Revoking the generation right of %1…</source>
        <translation>%1 の世代を開く権限を取り消しています…</translation>
    </message>
    <message>
        <source>%1 may now open generations.</source>
        <translation>%1 は世代を開けるようになりました。</translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation>%1 は世代を開けなくなりました。</translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation>%1 をロックしています…</translation>
    </message>
    <message>
        <source>%1 is locked: every login is refused until an administrator unlocks the account.</source>
        <translation>%1 をロックしました: 管理者がロックを解除するまで、ログインはすべて拒否されます。</translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation>%1 のロックを解除しています…</translation>
    </message>
    <message>
        <source>%1 is unlocked and may log in again.</source>
        <translation>%1 のロックを解除しました。再びログインできます。</translation>
    </message>
    <message>
        <source>Remove the user %1 (%2, %3)?

They can no longer log in. The history keeps what they did.</source>
        <translation>ユーザー %1(%2、%3)を削除しますか?

このユーザーはログインできなくなります。このユーザーの操作は履歴に残ります。</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 を削除しています…</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>ユーザー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Making %1 the primary contact…</source>
        <translation>%1 を主担当者にしています…</translation>
    </message>
    <message>
        <source>%1 is now the primary contact.</source>
        <translation>%1 が主担当者になりました。</translation>
    </message>
    <message>
        <source>Who may log in to this workspace and what they may do. Every change and every login is recorded in the history.</source>
        <translation>このワークスペースにログインできるユーザーと、各ユーザーが行える操作です。変更とログインはすべて履歴に記録されます。</translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2). Only a system administrator can manage users and roles; you can set your own password.</source>
        <translation>%1(%2)としてログインしています。ユーザーと役割を管理できるのはシステム管理者だけです。自分のパスワードは設定できます。</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>ユーザーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>パスワードを設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>役割を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Make Primary &amp;Contact</source>
        <translation>主担当者にする(&amp;C)</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>ロック(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>再読み込み(&amp;E)</translation>
    </message>
    <message>
        <source>Read the users again (changes made by rewindctl or another console appear).</source>
        <translation>ユーザーを読み込み直します(rewindctl や別のコンソールでの変更が反映されます)。</translation>
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