<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>Rewind::Ctl</name>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty workspace in %1</source>
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
        <source>The %1 slot is empty: no generation has been taken on a %1 yet.</source>
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
        <source>Create an empty production workspace in the data directory.</source>
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
        <source>Usage: rewindctl [--data-dir DIR] [--lang ja|en] COMMAND [options]

Rewind keeps seven verified, read-only daily generations of a business database.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR  Where production and generations live (default: %1).
  --lang ja|en    Language of messages (default: the system&apos;s; also REWIND_LANG).
  -h, --help      Help; &quot;rewindctl COMMAND --help&quot; shows a command&apos;s options.
  -v, --version   Version.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments, 3 a verified generation is damaged.
</source>
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
</context>
<context>
    <name>Rewind::DataDir</name>
    <message>
        <source>Cannot create the data folder %1. Check that the parent folder exists and is writable, or pass another --data-dir.</source>
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
    <name>Rewind::RecordTableModel</name>
    <message>
        <source>Loading…</source>
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
        <source>A field cannot be changed into a link or choice field; add a new field instead.</source>
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
