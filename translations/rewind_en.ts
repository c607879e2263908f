<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rewind</name>
    <message>
        <source>%1: manifest.json is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1, entry &quot;%2&quot;: %3.</source>
        <extracomment>%1 the archive file, %2 the entry (a path inside the archive), %3 what is wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a NUL or other control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a backslash, which Windows reads as a folder separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has an empty component (&quot;//&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name has a &quot;.&quot; or &quot;..&quot; component, which could lead outside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be written in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 (row %2 of the file), field &quot;%3&quot;: the character &quot;%4&quot; cannot be written in Shift_JIS. Export as UTF-8 instead, or change the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to compare: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DB settings of %1 changed while the compare started. Compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Access</name>
    <message>
        <source>create, save and delete archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the archive schedule and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change production&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export or re-import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change DB settings (templates, settings re-apply, fields, new DBs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a generation now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system administrators, and support staff an administrator has granted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system administrators and support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule may not %1: only %2 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support staff open generations only when a system administrator grants it (Users tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the primary contact (%1) may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the primary contact may, and nobody is marked as one (Users tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Archive</name>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days between full archives must be between 0 and 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record limit per archive must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives must expire between 1 and 366 days after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom archive&apos;s range limit must be between 1 and 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveManifest</name>
    <message>
        <source>manifest.json is not a Rewind archive manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has manifest format %1; this Rewind reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive manifest&apos;s kind or creation time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveSchedule</name>
    <message>
        <source>The archive schedule&apos;s “%1” is not valid: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s frequency is not one of weekly, every two weeks, monthly or every three months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule needs a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s time of day is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s monthly rule must be a weekday of the month or a day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s weekday must be Monday to Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s week of the month must be 1 to 4 or last (-1), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s day of the month must be 1 to 31, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule&apos;s end date %1 is before its start date %2: choose an end date on or after the start date, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid archive schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on day %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month on the %1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every three months (%1) on day %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every three months (%1) on the %2 %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in months without day %2 it runs on the month&apos;s last day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveService</name>
    <message>
        <source>Archive policy changed: a full archive every %1 days at most, at most %2 records per archive, archives kept %3 days, custom ranges up to %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental archives are made by the schedule only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom archive needs a start date and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 lies before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 spans %3 days; a custom archive covers at most %4 days. Split the range into %5 archives (for example %6 – %7 first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full archive was made less than %1 days ago; the next is allowed from %2. A custom archive (a date range) can be made now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the archive folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another archive is being written (process %1). Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started a backup: archive %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 (%2) could not be made: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is not a Rewind workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production&apos;s DBs or fields changed just as the archive started. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the records of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive would hold %1 records; an archive holds at most %2. Choose a shorter date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into %2 (zip error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the schedule&apos;s record list in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 (%2) is ready: %3 records, %4 MB, kept until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted records are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an archive ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive &quot;%1&quot;; there are no archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive &quot;%1&quot;. Archives: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started saving archive %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted archive %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 expired (made %2) and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a Rewind archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: manifest.json is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the manifest: SHA-256 %2 (%3 bytes), the manifest says %4 (%5 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 records; the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the archive but not in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify, so nothing was extracted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full or nearly full (%2 MB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive would hold %1 records; an archive holds at most %2. Use custom archives of shorter date ranges, or ask an administrator to raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ArchiveTableModel</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read — Verify says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schedule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted records listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1; it can no longer be saved and is removed at the next cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until %1, then removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ArchivesPane</name>
    <message>
        <source>next allowed: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next allowed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full archive at most every %1 days — %2; custom ranges up to %3 days; archives are kept %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact: %1 (you). Only the primary contact may create, save and delete archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, the workspace&apos;s primary contact, may create, save and delete archives. You (%2) can see the list and verify archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an archive now: everything, or the records created or updated in a date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has expired and can no longer be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected archive as a ZIP file (Enter or double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected archive after asking (Delete key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 is ready: %2 records, %3 MB, kept until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archives are ready: %2 (%3 records in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved archive %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archive %1 (%2, %3, %4 records, %5 MB)?

The file is removed from the archives folder; copies saved elsewhere are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 is OK: %2 files, %3 records; every file matches the SHA-256, size and record count its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 does not match its manifest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected archive back and check every file against its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the archive list again (archives made by rewindctl or the schedule appear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archives yet. Backup now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no primary contact, so nobody may create, save and delete archives. An administrator marks one in the Users tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::BackupNowDialog</name>
    <message>
        <source>Allowed now. After it, the next full archive is allowed %1 days later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days — more than %2: split into %3 archives: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split: create the %1 archives one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate %1 archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive covers at most %1 days: shorten the range or tick &quot;Split&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the full archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating archive %1 of %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the archive of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 archives are ready (%3); the rest were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 archives are ready (%3); the next one was not made: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full: every record of every DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual full archive is allowed at most every %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom: records created or updated in a date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range of at most %1 days, both days included. A longer range is made as several archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding of the CSV files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; a character Shift_JIS cannot hold stops the archive with a message naming it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::BackupRunner</name>
    <message>
        <source>There is no production workspace in %1. Create one with &quot;rewindctl demo&quot; or &quot;rewindctl init&quot;, or pass the right --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup run (process %1) is in progress. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup run was cancelled. The previous generation of %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start reading production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is not a Rewind workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the records of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the new generation file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the new generation file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start copying production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying production failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after the copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the new generation file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after converting the journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied settings cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of &quot;%1&quot; has %2 records, production had %3 at the same instant. The previous generation is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after verification).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault after the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the new generation to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the new generation failed (injected fault before publishing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish the new generation as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the generations folder to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read production&apos;s list of DBs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation run for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s generation was written and verified: %2 records, %3 MB in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying production from PostgreSQL failed: %1 The previous generation of %2 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::BackupWindow</name>
    <message>
        <source>%1 is not possible right now: a backup run is writing the %2 generation (started %3) and production must not change under it. It should end by about %4; try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the backup lock in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another backup run is in progress on %1 (%2&apos;s generation, started %3 by %4). Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::BackupWindowBanner</name>
    <message>
        <source>A backup run is writing %1&apos;s generation (since %2, expected to end about %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup run is writing %1&apos;s generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup run is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it ends, field changes, aggregation and workflow settings, templates, creating DBs from files and deleting all records are locked; reading, record edits and CSV export keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::BulkDelete</name>
    <message>
        <source>Production has no DB named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the records of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before deleting all records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted all %1 records of %2 (restore point %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Catalog</name>
    <message>
        <source>Reading the workspace catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 (id %2) has an unknown type &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ChangeListModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ChangeSpool</name>
    <message>
        <source>%1 failed in the compare&apos;s scratch file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 in the compare&apos;s scratch file %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ComparePane</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two environments record by record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field names or values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring back &amp;linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the restored ones link to and production no longer has come back from the same generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to the restore point taken just before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are restored into production: compare a generation with production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compare was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (created since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields deleted since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields added since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Every Generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text (“it was there last week”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record&apos;s &amp;Week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected record in every generation and production, with one-click restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is unticked: tick the fields to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected deleted or changed records back as the generation has them (changed ones: the ticked fields). A dry run says what would change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 changes of “%3” shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for the compare&apos;s change list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Console</name>
    <message>
        <source>Rewind console: browse production and the seven daily generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where production and the generations live (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (in %1 unless --data-dir is given); build it first if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the console: ja or en (default: the last choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): password %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users (for this demo workspace only):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace in %1.

Create an empty one there? You will set its first system administrator next. (To look around with sample data instead, start the console with --demo.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is this PostgreSQL database (the password comes from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ConsoleState</name>
    <message>
        <source>Opening the console state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the state of job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the state of job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvEncoding</name>
    <message>
        <source>UTF-8 with BOM (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records &amp;dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record ID as the first column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this on to import the file back later: the record IDs let the import update the same records and re-register deleted ones with their original IDs, so links from other DBs point at them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel opens UTF-8 with BOM directly. Choose Shift_JIS for older Japanese systems; a character Shift_JIS cannot hold stops the export with a message naming the record and field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formula guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells that start with =, +, -, @, a tab or a line break get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas. Rewind removes the apostrophe again when the file is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records matching the current &amp;search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records matching the current &amp;search (only for the DB shown in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records matching the current &amp;search (no search is applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s&amp;elected records (only for the DB shown in the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s&amp;elected records (none are selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s&amp;elected records: %1 of %2 selected rows; rows not loaded yet are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s&amp;elected records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range ends before it starts. Choose a &quot;to&quot; date on or after the &quot;from&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 record to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size %1, took %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvExporter</name>
    <message>
        <source>There is no DB named &quot;%1&quot; in %2. DBs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot; has no field &quot;%2&quot;. Fields: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportDryRunPage</name>
    <message>
        <source>Check what the import would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run reads every row and compares it with production. Nothing is changed until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the rows with errors and write them to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and comparing it with production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already holds everything in this file: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows without errors change nothing, so there is nothing to import. Correct the rows listed under Errors and run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors. Correct the file and go back to read it again, or skip those rows: the others are imported and the skipped ones are written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows checked in %2 s. Click Import to write them into production; a restore point is taken first, so the import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportFilePage</name>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is imported into a DB of production. Rewind reads its first rows to check the encoding and the columns; nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift_JIS (CP932)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind recognises UTF-8 (with or without BOM) and Shift_JIS as Excel writes them. Choose one here only when the preview shows garbled text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the production &amp;DB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as Rewind reads them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading as %1; delimiter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1; delimiter: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportMappingPage</name>
    <message>
        <source>Match the columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file fills. Columns set to &quot;(ignore)&quot; are not imported; fields no column fills keep their value (new records leave them empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, %2, imports into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both fill &quot;%5&quot;. Set one of them to &quot;(ignore)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file fills every field of the DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the file does not fill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported. Choose a field for at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the record ID is imported. Choose a field for at least one more column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportModePage</name>
    <message>
        <source>Choose how rows become records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are matched to existing records by a key. Records keep their IDs: a row with the ID of a deleted record registers it again under that ID, so links from other DBs point at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register new records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing records and register &amp;new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are matched to records by this column. A field used as the key must have a different value in every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, one row with an error stops the whole import and nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match rows by &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write skipped rows &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is imported as the record ID, so rows cannot be matched to existing records. Map a column to &quot;Record ID&quot; on the previous page, choose a key field, or register new records only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the skipped rows, so you can correct them and import them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skipped rows cannot be written over the file being imported. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write skipped rows to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportPass</name>
    <message>
        <source>Columns %1 (&quot;%2&quot;) and %3 (&quot;%4&quot;) both fill &quot;%5&quot;. Map one of them to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot; has no field &quot;%2&quot; (column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot; has no field &quot;%2&quot; to match on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for the key field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating needs a key: the file has no &quot;Record ID&quot; column. Add it, map a column to the record ID, or choose a key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is required but the cell is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record ID (a whole number above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key field is empty, so the row matches no record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already appears on row %2; each key may appear only once in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record ID %1 already appears on row %2; each record may appear only once in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several records (IDs %2 and %3); choose a key whose values are unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; belongs to record %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record ID %1 already belongs to another record, whose key is not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 already exists, and the mode only registers new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names no record, and the mode only updates existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no record &quot;%1&quot; to update, and the mode only updates existing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is required but the file has no column for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to record %1 of &quot;%2&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to a DB that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing row %1 failed: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportResultPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the first page, to read the file again and run a new dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings production back to the restore point taken just before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing into production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into &quot;%1&quot;: %2 new, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows were written to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before this import?

Changes made to production by anyone after the import are undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is back to how it was before the import (restore point %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImportWizard</name>
    <message>
        <source>Import CSV into Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvImporter</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has no DB named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since the dry run. Run the dry run again and check its result before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names %1 columns but the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before importing %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header row but no records to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows have errors, so nothing was imported. Fix them, or choose to skip rows with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rejected rows to %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the import failed: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2: %3 new, %4 updated, %5 unchanged, %6 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid a change: production is back at restore point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid a change: production is back at restore point %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back to restore point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open production: not an SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the import into production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as &quot;CSV UTF-8&quot; or &quot;CSV (comma delimited)&quot; and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), so it is not a CSV file. Export the data as CSV and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor Shift_JIS (CP932) text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is no header row and no records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot decode Shift_JIS (CP932).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains binary data (NUL bytes) near line %2; it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has bytes that are not valid %2 near line %3. Choose the file&apos;s real encoding, or save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the quoted field that starts on line %2 (record %3) is never closed. Check for a missing double quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 (from line %3) has a field longer than %4 characters. Is the file really CSV, or is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in the middle of a character (the file is truncated or not %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CsvWriter</name>
    <message>
        <source>The character &quot;%1&quot; (U+%2) cannot be written in Shift_JIS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Ctl</name>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--records takes a whole number from 1 to 100000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace ready in %1: %2 DBs, %3 records, %4 generations (%5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation %1 taken at %2: %3 records, %4, verified in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes one slot (mon … sun) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a slot. Use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records checked in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged generations found. Take a new backup; the damaged slot is replaced by the next run of its weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generations yet. Take one with &quot;rewindctl backup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which environment with --env production|mon|tue|wed|thu|fri|sat|sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment. Use production, mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 generation is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the records of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DB named &quot;%1&quot; here. DBs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (stable field names, for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: production, or a slot mon, tue, wed, thu, fri, sat, sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo workspace and simulate a week of daily backups (all seven slots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production records in total (default 50000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same workspace (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last simulated day, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take today&apos;s generation now: copy production, verify it, and publish it in today&apos;s weekday slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the seven weekday slots: state, time taken, records and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check generations against their manifests (integrity check, record counts, checksums). Exit code 3 when one is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity_check instead of quick_check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[SLOT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the DBs of an environment with their record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print records of one DB of an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records containing these words (width- and case-insensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N records (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;rewindctl --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl [--data-dir DIR] %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments, but got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory: pass --data-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which DB with --db NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom, utf-8 or cp932, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 records of &quot;%2&quot; (%3) to %4 in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-csv needs --db NAME and --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes auto, utf-8 or cp932, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes insert, update or upsert, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-errors needs --rejects FILE for the rows that are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3 rows — %4 new, %5 updated, %6 unchanged, %7 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  row %1 (line %2), column %3 &quot;%4&quot;, field &quot;%5&quot;: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: %1 (undo with &quot;rewindctl undo-import %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo-import takes the restore point an import printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is back at restore point %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one DB of an environment to a CSV file (UTF-8 with BOM by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to write, comma-separated, in this order (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utf-8-bom (default, Excel), utf-8 or cp932 (Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records containing these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records updated on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records updated on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records created on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records created on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put &apos; before cells starting with = + - @ (not recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register or update records of a production DB from a CSV file, after a dry run and a restore point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default: BOM, valid UTF-8, else CP932), utf-8 or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert (new only), update (existing only) or upsert (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match records on this field instead of the record ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only report what every row would do; write nothing. Exit code 1 when a row has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows; write the others to --rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file for rows that were not imported, with a reason column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to the restore point an import took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTORE_POINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one DB with --db NAME (repeat --db for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --with-related or --without-related, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not in the template: %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  link to a DB outside the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which template with --file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict takes rename, replace, skip or fail, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link takes DB=TARGET (TARGET empty to leave the link unlinked), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no link to a DB named &quot;%1&quot; outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the template would make these changes; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  link %1.%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  re-pointed %1 at the loaded DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template takes export or import: &quot;rewindctl template export …&quot; or &quot;rewindctl template import …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which generation with --from mon|tue|wed|thu|fri|sat|sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has every DB the %1 generation has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records in the generation; linked from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 would come back with %2 fields, %3 settings and %4 records; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back: %2 fields, %3 settings, %4 records with their original IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes diff or apply: &quot;rewindctl settings diff --env mon --db NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which generation to compare production with: --env mon|tue|wed|thu|fri|sat|sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 are the same in production and the %2 generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     generation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>     re-applying would %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied %1 differences to %2. Restore point: %3 (undo with &quot;rewindctl undo-import %3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export DB settings as a template file (template export), or load one into production (template import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the environment to read, production or mon … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a DB to include; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: also include every DB linked with them (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only the DBs named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: a related DB not to include; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the template file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: when production has a DB of the same name: rename, replace, skip or fail (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: link fields to DB outside the template go to production DB TARGET (empty: unlinked); repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB=TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: show what would be created; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export|import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a DB deleted from production, with its settings and records, from a generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation that still has the DB: mon … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DB to restore; without it, list the DBs production lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would come back; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a DB&apos;s settings in a generation with production (settings diff), and re-apply chosen differences (settings apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation to compare with: mon … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: re-apply every difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff|apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several DBs go into a folder: use --out-dir DIR (one CSV per DB) instead of --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write with --out FILE, or --out-dir DIR for one file per DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB name; repeat with --out-dir for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several --db: a folder for one CSV per DB, named after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 records of the old DB deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 link values point at records deleted since the generation; they resolve if those come back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current difference has the id &quot;%1&quot;. Production may have changed since &quot;settings diff&quot;: run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to re-apply: --only ID,ID (the ids &quot;settings diff&quot; prints) or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply: the differences to re-apply, by the ids &quot;settings diff&quot; prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID,ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to archive: --full, or --from DATE --to DATE (at most 31 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes utf-8-bom or cp932, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1 is ready: %2 records in %3 files, %4 MB (%5). Kept until %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archives. Make one with &quot;rewindctl archive create --full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK — %2 entries, %3 records, every SHA-256 matches the manifest (%4 archive, %5, made %6 by %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl archive save ID FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved archive %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl archive delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl archive verify FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl archive extract FILE FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: archive create | list | save | delete | verify | extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every takes weekly, biweekly, monthly or quarterly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weekday takes mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly and biweekly schedules need --weekday (mon … sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--day takes a day of the month, 1 to 31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nth takes 1, 2, 3, 4 or last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly and quarterly schedules need --day N, or --nth N --weekday DAY (for example --nth 1 --weekday wed for the first Wednesday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time takes HH:MM, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would schedule: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved (--preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily generation: at %1 (backup window %2 – %3); next %4; last taken %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive schedule: none. Set one with &quot;rewindctl schedule set --every weekly --weekday wed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive schedule: %1 (set %2 by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled archive is being written now; it cannot be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window takes HH:MM-HH:MM, for example 00:00-08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily generation runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: schedule set | show | stop | daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy options take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: policy show | set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full archive at most every %1 days; at most %2 records per archive; archives kept %3 days; custom ranges up to %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due work is already running in process %1; nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before, and every generation&apos;s anchor matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl history export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No primary contact is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (a ZIP of one CSV per DB, kept 7 days): create --full | --from DATE --to DATE [--split], list, save ID FILE, delete ID, verify FILE, extract FILE FOLDER. Only the primary contact may create, save and delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: every record of every DB (at most once per 30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: first day of a custom range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: last day of a custom range (at most 31 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: split a longer range into several archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: utf-8-bom (default) or cp932.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create|list|save|delete|verify|extract [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule and the daily generation time: show, set, stop, daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: weekly, biweekly, monthly or quarterly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FREQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: mon … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: which weekday of the month: 1, 2, 3, 4 or last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: day of the month, 1 to 31 (short months: their last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set/daily: time of day, HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: first day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: last day (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: only show the description and the next five runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily: the backup window, HH:MM-HH:MM (default 00:00-08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show|set|stop|daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive limits: show, or set (administrators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between full archives (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per archive (default 10000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days an archive is kept (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest custom range in days (default 31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[show|set]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run whatever is due (daily generation, scheduled archive, expiry purge) and exit. For the systemd timer; an open console shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this kind (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this day (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[verify|export FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-db needs --from-csv FILE and --name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created DB &quot;%1&quot; from %2 (%3): %4 fields, %5 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete-all-records needs --db NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would delete all %1 records of production DB &quot;%2&quot; (a restore point is taken first). To do it, run the command again with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted all %1 records of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a production DB from a CSV file: one single-line text field per column, then the rows as records, after a restore point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file; its first row names the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every record of a production DB, after a restore point. Needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really delete; without it the command only says what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup history: list (filters: --kind, --by, --from, --to), verify (the hash chain and the generations&apos; anchors; exit code 3 names the first bad event), export FILE (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events by this user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace with users. Log in as an administrator and add users with &quot;rewindctl users add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the first system administrator and primary contact of the workspace in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty workspace in %1 with %2 as its system administrator and primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty production workspace in the data directory, with --user ID as its first system administrator (password from --password-stdin, REWIND_PASSWORD or a prompt). In a workspace without users it only adds that administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user ID (also REWIND_USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input (otherwise REWIND_PASSWORD, or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;. &quot;rewindctl users list&quot; shows the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password for %1: pass it on standard input with --new-password-stdin or in REWIND_NEW_PASSWORD (never as an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login delayed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (primary contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs a user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add needs --role admin, support or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users role ID takes admin, support or manager, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked %1: every login is refused until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked %1 and reset its failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 cannot be undone: add --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and roles (administrators): list, add ID --role ROLE, passwd ID, role ID ROLE, grant ID | revoke ID (opening generations, for support staff), lock ID, unlock ID, rename ID NAME, remove ID --yes. New passwords come from --new-password-stdin, REWIND_NEW_PASSWORD or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: admin, support or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the display name (default: the ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the user may open generations (support staff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, passwd: read the new password from the next line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: yes, remove the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[list|add|passwd|role|grant|revoke|lock|unlock|rename|remove] [ID] [ROLE|NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the workspace&apos;s primary contact, or hand the role on to another administrator with --set ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make administrator ID the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: history [--kind K] [--by ID] [--from D] [--to D] | verify | export FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs --from ENV and optionally --to ENV (production, or mon … sun).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes added, deleted or changed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 deleted, %4 changed, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the DB is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a new DB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a generation with production (or two generations): per DB the records added, deleted and changed since, and each change, old → new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier side: mon … sun (or production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later side (default production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this DB; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes of this kind: added, deleted or changed; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the counts per DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-records needs --from mon … sun (the generation to take the records from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-records needs --db NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids takes record IDs separated by commas, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-records needs --ids ID[,ID…].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comes back with its ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gets that day&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2: %3 links to %4 #%5, which production does not have%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (add --with-linked to bring it back too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. Undo with: rewindctl undo-import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Add --yes to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put chosen records back from a generation: deleted ones with their original IDs, changed ones with that day&apos;s values (all fields or --fields). A dry run unless --yes; then one transaction after a restore point, undone with undo-import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation: mon … sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record IDs, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these fields of records production still has (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring back linked records production lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore (without it: only say what would be written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline needs --db NAME and --id RECORD_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 through the week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first seen in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed, first seen in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find needs --db NAME and the text to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A record&apos;s week: when it first appears in the generations, each field change with the day it was first seen, and the day it disappeared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which generations (and production) have records of a DB containing a text, e.g. &quot;it was there last week&quot;; width- and case-insensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this field (default: every searchable field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production in PostgreSQL: postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty workspace in %1 (schema &quot;rewind&quot;) with %2 as its system administrator and primary contact; generations go to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace. Use another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production moved into %1: %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: rewindctl [--data-dir DIR] [--production URL] [--lang ja|en] COMMAND [options]

Rewind keeps seven verified, read-only daily generations of a business database.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR  Where production and generations live (default: %1).
  --production postgresql://USER@HOST:PORT/DB
                  Production is that PostgreSQL database (schema &quot;rewind&quot;); &quot;init&quot; and &quot;demo&quot;
                  remember it in the data directory. The password comes from PGPASSWORD or
                  ~/.pgpass, never from the address.
  --lang ja|en    Language of messages (default: the system&apos;s; also REWIND_LANG).
  --user ID       Who you are (also REWIND_USER). Every command except init, demo and run-due
                  acts as a logged-in user and may only do what that user&apos;s role allows.
  --password-stdin  Read the password from the first line of standard input. Otherwise it comes
                  from REWIND_PASSWORD (for timers and scripts) or a prompt; never pass it as
                  an argument, where other users see it in the process list.
  -h, --help      Help; &quot;rewindctl COMMAND --help&quot; shows a command&apos;s options.
  -v, --version   Version.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments, 3 a verified generation is damaged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test needs the address: connection test postgresql://USER@HOST:PORT/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: %1 (an SQLite file in the data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection use needs the address: connection use postgresql://USER@HOST:PORT/DB [--move]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production moved into %1. The SQLite file is kept beside it as production-moved-*.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown connection command &quot;%1&quot;: show, test ADDRESS or use ADDRESS [--move].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where production lives: show it (and connect to a PostgreSQL one), test ADDRESS (a postgresql://USER@HOST:PORT/DB address, password from PGPASSWORD or ~/.pgpass), use ADDRESS (the same workspace at a new address; with --move, an empty database that production&apos;s SQLite file is moved into). use needs an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: move the SQLite production into the empty database ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[show|test ADDRESS|use ADDRESS]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DailyRunTime</name>
    <message>
        <source>The backup window&apos;s start and end must be valid times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup time is not a valid time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup window %1 – %2 is empty: give it an end after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup time %1 lies outside the backup window %2 – %3: choose a time from %2 to before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup setting “%1” is not a valid time: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DataDir</name>
    <message>
        <source>Cannot create the data folder %1. Check that the parent folder exists and is writable, or pass another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbFromCsv</name>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the header (&quot;%2&quot;) cannot be a field name: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the header (&quot;%2&quot;) repeats an earlier column, and numbering it makes the name too long: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a DB from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: the first row must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DB named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before creating DB %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; production was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (line %3) has %4 cells but the header names %5 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (line %3), column %4 &quot;%5&quot;: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created DB %1 from %2: %3 fields, %4 records (restore point %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbList</name>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreChoosePage</name>
    <message>
        <source>Choose the deleted DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DB deleted from production comes back from a generation with its fields, links, settings and records, under their original record IDs, so links from other DBs find them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production DBs still linking to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DBs the generation has and production lacks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no generation to restore from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the %1 generation with production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has every DB the %1 generation has: nothing was deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the DB to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreDryRunPage</name>
    <message>
        <source>Check what comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run tries the restore and rolls it back: nothing has been written yet. Click Restore to bring the DB back into production; a restore point is taken first, so it can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying %1 on production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes back from the %2 generation with %3 fields, %4 settings and %5 records under their original IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has another DB named %1 now, so it comes back as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These links in production point at it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These of its links stay unlinked, because production no longer has their target: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreResultPage</name>
    <message>
        <source>Restore the DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing %1 back from the %2 generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the settings and records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DB was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DB is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back in production: %2 fields, %3 settings and %4 records with their original IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has another DB named %1 now, so it came back as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links pointing at it again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link values point at records deleted since. They are kept as they were and point at those records again if they come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the DB was restored?

Changes made to production by anyone after the restore are undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is back to how it was before the restore (restore point %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestoreWizard</name>
    <message>
        <source>Restore Deleted DB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DbRestorer</name>
    <message>
        <source>Restoring a DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DB that the %2 generation has and production lacks; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DB that the %2 generation has and production lacks. Those are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before restoring %1 from the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the DB %1 from the %2 generation: %3 fields, %4 settings, %5 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the DB %1 from the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DemoBuildJob</name>
    <message>
        <source>Building the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a week of sample data and backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::DemoBuilder</name>
    <message>
        <source>Creating the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentBar</name>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generation
Taken: %2
Records: %3
Size: %4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no generation has been taken on a %1 yet, so there is nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (writing…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a backup run is writing this slot right now. It can be opened again when the run finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this generation is damaged and cannot be opened.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: the live workspace. It is browsed read-only in this version.
Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentCombo</name>
    <message>
        <source>%1 generation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentId</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EnvironmentSession</name>
    <message>
        <source>There is no production workspace in %1 yet.

To look around with sample data, start the console with --demo, or create the demo workspace here with:

    rewindctl --data-dir &quot;%1&quot; demo

then open this window again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation has been taken on a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 generation cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::FieldPicker</name>
    <message>
        <source>Checked fields are exported in this order. Drag a field, or use Move Up and Move Down, to change the order; Space checks or unchecks the selected field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::FieldType</name>
    <message>
        <source>Single-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to another DB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::FieldValues</name>
    <message>
        <source>the value is %1 characters long; a single-line text holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single-line text cannot contain a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is %1 characters long; a multi-line text holds at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (write digits, e.g. 1,234.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026/11/16 or 2026-11-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write 2026/11/16 09:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check box value (write 1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record ID to link to (write the linked record&apos;s ID, e.g. 12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::FirstAdminDialog</name>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up the First Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no users yet. Set the first system administrator, who also becomes the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, and not the user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 (production: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::GenerationStore</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in the %1 slot says it belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 slot is empty: no generation has been taken on a %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it belongs to the %1 slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings do not match the checksum in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 records; the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of &quot;%1&quot; do not match their checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s generation was written and verified: %2 records, %3 MB (its run ended before it could record this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run (process %1, started %2) was interrupted before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation run for %1 failed: %2 The previous generation of %1 is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in the %1 slot is a generation of another workspace (&quot;%2&quot;), not of this production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 generation is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a generation of another workspace (&quot;%1&quot;), not of this production.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryChart</name>
    <message>
        <source>%1&apos;s generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation runs in this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation size (MB, left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run duration (s, right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation size and run duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 generation runs, %2 failed runs; largest generation %3 MB, longest run %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryPane</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is intact: %1 events, each chained to the one before, and the %2 generations that recorded it agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote 1 event to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the events listed to a CSV file (UTF-8 with BOM, opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify &amp;Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written, and that every generation&apos;s record of the history agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::HistoryStore</name>
    <message>
        <source>Writing the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 (%2, %3) does not match the chain: it, or the event before it, was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, recorded by %2, is missing from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 does not match the hash %2 recorded for it: the history was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings re-applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events %1 to %2 were removed from the end of the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB created from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule does not read the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production connection changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ImportReportModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(next free ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::JobRunner</name>
    <message>
        <source>The daily generation due %1 did not run (the computer was off or the run failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled archive due %1 did not run (the computer was off or the run failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expired archive(s) removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It runs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s generation written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily generation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled archive %1 written (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled archive due %1 did not run, and the schedule has ended since: it will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled archive %1 written (%2 records); the schedule was changed meanwhile, so the next schedule starts with a full archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::JobStatusBanner</name>
    <message>
        <source>Scheduled work failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled work did not run on time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide these lines (the history keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::JobStatusIndicator</name>
    <message>
        <source>A run started by the timer is writing %1&apos;s generation… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run started by the timer is writing the daily generation… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run started by the timer is writing the scheduled archive… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run started by the timer is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1&apos;s generation… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the daily generation… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the scheduled archive… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running scheduled work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::LoginDialog</name>
    <message>
        <source>Enter your user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 (production: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 generation is no longer available; showing production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 generation was published; showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind %1

Keeps seven verified, read-only daily generations of a business database and helps you get data back from them.

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write records of the DB shown to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV into Production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the settings of DBs, without records, to a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Template into Production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;Deleted DB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a DB deleted from production back from a generation, with its settings and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run started by the timer has finished; the History tab shows what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled work failed; see the banner above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New DB from CSV File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a production DB with one text field per column of a CSV file, and its rows as records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DB from CSV File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new DB (one text field per column of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating DB &quot;%1&quot; from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created DB &quot;%1&quot; with %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created DB &quot;%1&quot;: %2 fields, %3 records.

To undo, run:
    rewindctl undo-import %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff open generations only when a system administrator grants it in the Users tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not open generations: only system administrators and support staff with the grant may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change My &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The console closes. Start it again to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in Every &amp;Generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text (“it was there last week”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record&apos;s &amp;Week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected record in every generation and production, each change with its day, and one-click restore of any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record first: its week is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1  Production: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Manifest</name>
    <message>
        <source>The manifest is not a Rewind generation manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation has manifest format %1; this Rewind reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s slot or time is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest names an invalid table for DB &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation has no readable manifest (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation&apos;s manifest is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generation&apos;s manifest does not match its checksum: it was changed or damaged after the generation was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::NewUserDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May open &amp;generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrators always may open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff may open the daily generations only when this is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers never open generations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ParallelDeflate</name>
    <message>
        <source>The compressor failed (zlib error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the compressor (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed stream is already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PasswordHash</name>
    <message>
        <source>The password could not be protected (%1). Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PendingOperation</name>
    <message>
        <source>It stopped without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start: cannot write to the data folder %2 (%3). Production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (started %2) was interrupted: the process ended before it finished. A change is written in one step, so production holds all of it or none of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (started %2) was done, but the history could not be written at the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PgConn</name>
    <message>
        <source>PostgreSQL at %1 asks for a password for user &quot;%2&quot;, and none was found. Set PGPASSWORD, or add a line for this server to ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password of user &quot;%2&quot;. Check PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on the PostgreSQL server at %2. Create it (createdb %1), or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no user &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 does not let user &quot;%2&quot; connect to &quot;%3&quot;. Ask its administrator for the CONNECT privilege and a pg_hba.conf entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1: it is not running or not reachable from here. Check that it runs and that the address is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database &quot;%1&quot; at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The server said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to the PostgreSQL server at %2 was lost (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PgTarget</name>
    <message>
        <source>PostgreSQL user &quot;%1&quot; may not use the schema &quot;rewind&quot; (permission denied). The database&apos;s owner can allow it: GRANT USAGE ON SCHEMA rewind TO %1; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA rewind TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA rewind TO %1;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable PostgreSQL address: %2 Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 contains a password. Passwords never go into an address, where the command line and the settings would keep them: remove it and set PGPASSWORD, or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names a password or password file. Set PGPASSWORD or PGPASSFILE, or use ~/.pgpass, instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PgWorkingCopy</name>
    <message>
        <source>Starting a transaction on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use production: not a PostgreSQL connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a scratch file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the scratch file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transaction on production has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: someone else changed the same records in production meanwhile, so nothing was written. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PgWorkspaceCopy</name>
    <message>
        <source>Copying the records of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading production&apos;s list of DBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 has no Rewind workspace (schema &quot;rewind&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace in %1 has layout version %2, but this Rewind only knows up to version %3. Update Rewind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the new generation file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL sent a row of %1 that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rewind production workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds a Rewind workspace. Name an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing production back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an undo on production to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for copies of production to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is being changed right now (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PreferencesDialog</name>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production was moved into %1. The console reopens on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is now %1. The console reopens on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fill in host, database and user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Production Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production will be %1 from now on (the same workspace, &quot;%2&quot;). The console reopens on it. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Production Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production will be copied into %1, in one transaction, and used there from now on. The SQLite file stays in the data folder as production-moved-….sqlite. The console reopens on the new production. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving production into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (an SQLite file in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team can keep production in a PostgreSQL database; generations stay SQLite files in the data folder. Enter the server, test the connection, then use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the PGPASSWORD variable or the ~/.pgpass file of the user running Rewind. Rewind never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Production</name>
    <message>
        <source>There is no production workspace in %1. Create one with &quot;rewindctl demo&quot; or &quot;rewindctl init&quot;, or pass the right --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rewind production workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a production workspace. Use another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 has no Rewind workspace (schema &quot;rewind&quot;). Create one with &quot;rewindctl init --production %1&quot;, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already holds a Rewind workspace. Use it with --production %1, or name an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the schema &quot;rewind&quot; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProductionLocation</name>
    <message>
        <source>Production has no workspace ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not allowed to use the schema &quot;rewind&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty database (no Rewind workspace yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: workspace &quot;%2&quot; of a newer Rewind (layout version %3; this Rewind knows up to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: workspace &quot;%2&quot; (%3 DBs, %4 users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing where production lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Rewind first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another workspace (&quot;%2&quot;), not this one. Name the database this workspace lives in, or an empty one to move production there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Rewind workspace yet. To move production there, choose to move it (in rewindctl: connection use ADDRESS --move).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is already on PostgreSQL (%1). Copy its database with pg_dump and pg_restore, then point Rewind at the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved production from %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is now %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a copy of this workspace, which may be older than the SQLite production. To move production there, empty that database first (or name an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProductionSchema</name>
    <message>
        <source>Creating the workspace tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has layout version %1, but this Rewind only knows up to version %2. Update Rewind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ReadOnlyBanner</name>
    <message>
        <source>Read-only: the %1 generation, taken %2. Nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordDiff</name>
    <message>
        <source>Compare two different environments (both are %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor %2 has a DB named &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed while comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compare was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 of %2 failed while comparing: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordPageLoader</name>
    <message>
        <source>Cannot read the records of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the records of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordQuery</name>
    <message>
        <source>Record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordRestoreFlow</name>
    <message>
        <source>Checking what the restore would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the selected records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from %1&apos;s generation into production, DB “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Records that come back with their record IDs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Records that get %1&apos;s values: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (only these fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Linked records that come back too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Records already as the generation has them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Links that point at records production lacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the generation has %1 of them: tick “Also bring back linked records” to restore them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production&apos;s current field rules refuse %1 of the generation&apos;s values, so nothing can be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• record %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore point is taken first, so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: the records are already as the generation has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: %1 records back with their record IDs, %2 updated. Undo brings production back to restore point %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, as it was just before the restore? Changes made since are undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: production is back at restore point %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordRestorer</name>
    <message>
        <source>Choose at least one record to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production no longer has the DB %1: restore the whole DB first (Restore Deleted DB… / rewindctl restore-db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 generation has no DB named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; in both production and the %3 generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 is not in the %3 generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Before restoring %n record(s) of %1 from the %2 generation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored %1 record(s) of %2 from the %3 generation: %4 brought back, %5 set to that day&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is required now, and that day it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field must be unique now, and record %1 has the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: record %1 of %2, field %3: %4 (%5 value(s) in all do not fit production&apos;s fields as they are now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring records of %1 from the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordSideBySide</name>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see the record side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a field to leave production&apos;s value as it is when restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordTableModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordTimeline</name>
    <message>
        <source>Reading record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation and not production has a DB named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordTimelineDialog</name>
    <message>
        <source>Record %1 of %2 through the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of DB “%2” in every generation, oldest first, and in production. Values that changed since the version before are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected generation&apos;s version of this record back into production. A dry run says what would change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to the restore point taken just before the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the record in every generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field did not exist then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation and not production has this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordWriter</name>
    <message>
        <source>DB &quot;%1&quot; has %2 fields but %3 values were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing to add records to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a record to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading record %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot; has no record with ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A changed field does not belong to DB &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing record %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting record %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting all records of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RecordsPane</name>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text of every field (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RestorePointStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open production: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy production into a restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the restore point %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no restore point &quot;%1&quot;. It may have been removed: only the newest %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production could not be brought back: %1. It is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point &quot;%1&quot; is damaged (it does not match its checksum), so it is not used. Production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point &quot;%1&quot; is not a readable workspace, so it is not used. Production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before going back to restore point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Going back to restore point %2 would also undo changes to DB settings made since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back to restore point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the restore point to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a change is not possible right now: a backup run is starting. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RestorePointUndo</name>
    <message>
        <source>Brings production back to the restore point taken just before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing production back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::RoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 (%2), now %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SafeZipReader</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive, or it is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds %2 entries, more than the %3 Rewind reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (it was written in a local encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link, which could point outside the target folder; Rewind does not extract links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a special file (a device, pipe or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted; Rewind reads only unencrypted archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder entry but holds data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its declared size is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed sizes of the entries up to this one add up to more than the archive file, so entries overlap (a zip bomb technique) or sizes are false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has the same path as &quot;%1&quot;, one as a file and the other as a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds this name twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name differs from &quot;%1&quot; only in upper/lower case or Unicode normalisation; the two would overwrite each other on Windows and macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lies under &quot;%1&quot;, which the archive also holds as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, but &quot;%1&quot; lies under the same path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds no entry &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is compressed with method %1; Rewind reads only stored and deflated entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 left of the %3 allowed for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be found again; the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (zip error %1); the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its local header does not match the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it inflates to more than the %1 bytes allowed for one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it exceeds the %1 bytes allowed for the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it inflates more than %1 times (%2 bytes from %3): a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data continues after the end of its compressed stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data cannot be read (zip error %1); the archive is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its compressed data ends early; the archive is damaged or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 bytes, but its header declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum (CRC-32) does not match; the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be closed (zip error %1); the archive is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares %1 bytes; at most %2 are read at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes read at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 to extract %2 into does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries up to this one declare %1 bytes, more than the %2 allowed for the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 to extract %2 into cannot be opened: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written to the target folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ScheduleEditor</name>
    <message>
        <source>%1 (%2) %3</source>
        <comment>date, weekday, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months without a day %1 run on their last day instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule would never run: its end date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly (every three months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the</source>
        <comment>monthly rule: the [first] [Wednesday]</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <comment>monthly rule: day [31] of the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the month</source>
        <comment>monthly rule: day [31] of the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day a run may happen (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SchedulePane</name>
    <message>
        <source>%1 You can look at the schedules and try a schedule out here, but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled archive has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue: runs at the next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further runs: the end date has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run writes only what changed since the run before; the first run wrote everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first run writes a full archive of every record; later runs write only what changed since the run before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup window: %1 – %2. One generation a day, taken at a time inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last generation taken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation has been taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled. The first run, %1, writes a full archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the archive schedule &quot;%1&quot;? No further scheduled archives are written; archives already written are kept until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Archive Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Schedule Was Not Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Schedule Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the daily generation runs at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the new limits apply to the next archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled archive writes the workspace&apos;s records to an archive file on the days you choose. There is one schedule at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scheduled archive is being written now; it cannot be stopped — stopping the schedule lets it finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits for every archive, set by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full archive at most every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per archive, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives are removed after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date range, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the console is closed, the rewind-run-due timer runs due work (see README).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ScheduleService</name>
    <message>
        <source>An archive schedule is already set (%1, by %2). There is one schedule at a time: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule would never run: its end date %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled backups: %2. The first run (%3) holds everything; later runs hold what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive schedule is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive schedule (%1) was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive run already in progress cannot be stopped; it finishes normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped the archive schedule (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set the daily generation run to %2 (backup window %3 – %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive is being written right now. Set the new schedule when it has finished (the Archives tab shows it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SchemaEditor</name>
    <message>
        <source>The %1 name is empty. Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; is %3 characters long; the limit is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name &quot;%2&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the DB name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DB named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the DB&apos;s record table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no DB with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the DB&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the DB&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DB already has a field named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the link target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link field &quot;%1&quot; points at DB id %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice field &quot;%1&quot; needs at least one choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the field&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no field with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the field&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the field&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the field to &quot;%1&quot;: the DB already has a field with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the field&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not a link field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field cannot be changed into a link field; add a new link field instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an aggregation setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an aggregation setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting an aggregation setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a workflow setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a workflow setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a workflow setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a field&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for your account, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell them the new password in person; failed logins and locks stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingKind</name>
    <message>
        <source>Automations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access rights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsDiff</name>
    <message>
        <source>The %1 generation has no DB named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has no DB named &quot;%1&quot;; restore the whole DB instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before re-applying settings of %1 from the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied %1 settings of %2 from the %3 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted DB #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one difference to re-apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 changed since they were compared (&quot;%2&quot; is no longer that difference). Compare again and choose what to re-apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied %1 settings of %2 from the %3 generation; %4 values that did not fit a changed type were cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying settings of %1 from the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsDiffPanel</name>
    <message>
        <source>Field deleted from production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field added to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting deleted from production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting added to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-apply Selected to Production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production takes the generation&apos;s version of the checked fields and settings. A restore point is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from production: &quot;%1&quot; in the %2 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of &quot;%1&quot; are the same in the generation and in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences: %1. Check those production should take from the generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the generation: %1
In production: %2
Re-applying will %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &quot;%1&quot; in production match the %2 generation? Re-applying will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this deletes fields or values from production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore point is taken first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying to production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the re-apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the settings were re-applied?

Changes made to production by anyone since then are undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is back to how it was before the settings were re-applied (restore point %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied to production. Restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsDifference</name>
    <message>
        <source>add the field &quot;%1&quot; back to production (its values are not restored; use CSV import for those)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the field &quot;%1&quot; from production, with its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the field &quot;%1&quot; back to its earlier type; values that do not fit are cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the field &quot;%1&quot; its earlier options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the setting &quot;%1&quot; back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the setting &quot;%1&quot; from production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the setting &quot;%1&quot; its earlier definition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsPane</name>
    <message>
        <source>&amp;Differences from Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the settings of this DB in the generation with production, and re-apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed by mistake? Compare them with production and re-apply the generation&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SettingsView</name>
    <message>
        <source>(deleted DB #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through its field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::SlotSearchDialog</name>
    <message>
        <source>Find in Every Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which generations hold a record whose field contains a text? For “it was there last week”: pick a DB, a field or any field, and what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ield:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record&apos;s &amp;Week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected record in every generation and production, with one-click restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching every generation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation and not production has a record of “%1” containing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Sql</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the production database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql), so production at %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateDocument</name>
    <message>
        <source>(deleted DB #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access right for a specific user; set it up again after loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template carries settings only; bring records back by CSV import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Rewind template (its &quot;format&quot; is missing or different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has format version %1, made by a newer Rewind; this one reads up to version %2. Update Rewind to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s format version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template lists an invalid or repeated external link &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template contains no DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has an invalid or repeated DB key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has two DBs named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;, field &quot;%2&quot;: unknown field type &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot; has two fields named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;, choice field &quot;%2&quot; has no choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;, link field &quot;%2&quot; points at &quot;%3&quot;, which the template does not describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;: unknown kind of setting &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rewind template: it is not a ZIP file, or it is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MB; this is not a template Rewind wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 inflates beyond %3 MB; this is not a template Rewind wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: %2 cannot be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Rewind template: it has no template.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: its checksum (template.sha256) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: template.json does not match its checksum. Export the template again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: template.json is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 twice; this is not a template Rewind wrote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportDbsPage</name>
    <message>
        <source>Choose the DBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template holds the settings of DBs — fields, links, views, automations, aggregations, workflows and access rights — but no records. It can be taken from production or from any generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DBs in the template (related DBs are offered on the next page):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportRelatedPage</name>
    <message>
        <source>Include the related DBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs linked with the chosen ones are included, so the links inside the template keep working when it is loaded. Uncheck a DB to leave it out; links to it then point outside the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Related DBs to include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These links will point at a DB outside the template. When the template is loaded, each goes to a production DB you choose, or stays unlinked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the DB settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs in the template (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other DB is linked with the chosen ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out too: it is linked only through DBs left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportResultPage</name>
    <message>
        <source>Write the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to DBs outside the template (you choose their targets when loading it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportReviewPage</name>
    <message>
        <source>Check what the template leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things cannot travel in a template. They are listed here so you can set them up by hand after loading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the template file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to DBs outside the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind templates (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, the template holds these DBs (%2): %3.
Fields: %4, settings: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportState</name>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 generation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExportWizard</name>
    <message>
        <source>Export Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateExporter</name>
    <message>
        <source>There is no DB named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked from %1 through its field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1 through its field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one DB for the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to write the template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportChoicesPage</name>
    <message>
        <source>Name clashes and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happens to the DBs production already has, and where links to DBs outside the template point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs production already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: keep production&apos;s DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename: create it under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: delete production&apos;s DB and create it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the existing DB and its records are deleted; a restore point is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to DBs outside the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to %1 (from %2) point at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production has none of the template&apos;s DBs and the template has no links to DBs outside it: there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new name for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be renamed to &quot;%2&quot;: that name is already taken. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing %1 deletes production&apos;s DB and its records. Tick the box below it to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportDryRunPage</name>
    <message>
        <source>created under the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: production&apos;s DB stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what loading the template would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run tries every change and then rolls it back: nothing has been written yet. Click Load Template to make these changes in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the dry run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the template on production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links to DBs outside the template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to production&apos;s DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production links re-pointed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points at the DB that comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every DB of the template is skipped, so loading it changes nothing. Go back and rename or replace a DB to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production&apos;s DB and its %1 records are deleted, then it is created again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the template creates DBs: %1, fields: %2, settings: %3. A restore point is taken first, so the load can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportFilePage</name>
    <message>
        <source>Choose the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template creates DBs in production with the fields, links and settings it holds; it holds no records. Nothing is changed until you confirm on the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewind templates (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs in this template (%1): %2
Taken from %3 of the workspace &quot;%4&quot; on %5 (Rewind %6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportPreviewPage</name>
    <message>
        <source>What the template creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each DB of the template becomes a DB of production with these fields and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already has a DB of this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1 (in the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to %1 (outside the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the template (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already has %1 of these DBs; on the next page you choose whether each is renamed, replaced or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBs: %1, fields: %2, settings: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportResultPage</name>
    <message>
        <source>Load the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template load was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 into production…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the DBs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not loaded; production is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 in production: %2 fields and %3 settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1.%2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlinked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-pointed %1 at the DB that came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this template load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring production back to restore point %1, taken just before the template was loaded?

Changes made to production by anyone after the load are undone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production is back to how it was before the template was loaded (restore point %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImportWizard</name>
    <message>
        <source>Load Template into Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TemplateImporter</name>
    <message>
        <source>Loading a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production already has a DB named &quot;%1&quot;. Choose to rename, replace or skip it (rewindctl: --on-conflict rename|replace|skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename &quot;%1&quot; to &quot;%2&quot;: production already has a DB with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link target &quot;%1&quot; (for links to %2) is not a DB in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before loading a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;, field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB &quot;%1&quot;, setting &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TreeWriter</name>
    <message>
        <source>the target folder cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the target folder is a symbolic link; Rewind does not follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in the target folder and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &quot;%1&quot; does not resolve inside the target folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary file cannot be created next to it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary file cannot be created next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists in the target folder; Rewind replaces nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be moved into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::UserDialog</name>
    <message>
        <source>Everything, including users and roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production records and CSV; opens generations only when allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the history; changes nothing and opens no generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters, and not the user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::UserStore</name>
    <message>
        <source>Preparing the user table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a user of this workspace or is locked. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: only a %3 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins as %1. Try again after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked by an administrator. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user ID may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user ID may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be the user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has users. An administrator adds more users in the Users tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up as the first system administrator and the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user ID %1 is taken. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change the password of %2: only that user or a %3 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set a new password for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not rename %2: only that user or a %3 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of %1 changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last %2 who can log in. Make another user an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary contact, who must be a %2. Make another administrator the primary contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 changed from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a %1 can be the primary contact; %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlocked the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the primary contact. Make another administrator the primary contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login as %1 refused: too many failed logins, delayed until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login as %1 refused: the account is locked by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login as %1 refused: wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 logged in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not be recorded in the history, so it was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user ID may not start with &quot;(&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login with an unknown user ID refused: too many failed logins, delayed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: no such user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login as %1 refused: the user was removed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::UsersModel</name>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login delayed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator people are told to ask. There is always exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the user may open the daily generations: system administrators always, support staff when granted, managers never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins since the last successful one. From the fifth on, each failure delays the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::UsersPane</name>
    <message>
        <source>Revoke &amp;Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only support staff need this right: system administrators always open generations, managers never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the selected support staff member may open the daily generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a system administrator can be the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot lock your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse every login of the selected user until an administrator unlocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a lock or a login delay and reset the failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary contact cannot be removed. Make another administrator the primary contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowing %1 to open generations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the generation right of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may now open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may no longer open generations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked: every login is refused until an administrator unlocks the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked and may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user %1 (%2, %3)?

They can no longer log in. The history keeps what they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 the primary contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the primary contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may log in to this workspace and what they may do. Every change and every login is recorded in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as %1 (%2). Only a system administrator can manage users and roles; you can set your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Primary &amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the users again (changes made by rewindctl or another console appear).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
