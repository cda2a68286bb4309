<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountCommands</name>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="28"/>
        <source>user add LOGIN --role clerk|manager|admin|auditor</source>
        <translation>user add LOGIN --role clerk|manager|admin|auditor</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="30"/>
        <source>audit verify: check the audit log&apos;s hash chain</source>
        <translation>audit verify: check the audit log&apos;s hash chain</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="38"/>
        <source>Creates an account. On a database without accounts the first one must be an admin and needs no --user. The new password comes from NOVOSELYE_NEW_PASSWORD or is asked twice.</source>
        <translation>Creates an account. On a database without accounts the first one must be an admin and needs no --user. The new password comes from NOVOSELYE_NEW_PASSWORD or is asked twice.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="41"/>
        <source>clerk, manager, admin or auditor.</source>
        <translation>clerk, manager, admin or auditor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="41"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="42"/>
        <source>Full name (default: the login).</source>
        <translation>Full name (default: the login).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="42"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="44"/>
        <source>add LOGIN</source>
        <translation>add LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="49"/>
        <source>write: novoselye user add LOGIN --role ROLE</source>
        <translation>write: novoselye user add LOGIN --role ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="53"/>
        <source>--role must be clerk, manager, admin or auditor.</source>
        <translation>--role must be clerk, manager, admin or auditor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="68"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="72"/>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="76"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="76"/>
        <source>Try again.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="80"/>
        <source>The first account of a database must be an admin.</source>
        <translation>The first account of a database must be an admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="81"/>
        <source>Add --role admin.</source>
        <translation>Add --role admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="93"/>
        <source>Account %1 (%2) created.
</source>
        <translation>Account %1 (%2) created.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="99"/>
        <source>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</source>
        <translation>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="106"/>
        <source>write: novoselye audit verify --db PATH</source>
        <translation>write: novoselye audit verify --db PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="119"/>
        <source>The audit log was changed outside Novoselye: %1.</source>
        <translation>The audit log was changed outside Novoselye: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="120"/>
        <source>audit_log row %1</source>
        <translation>audit_log row %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="121"/>
        <source>Restore the database from a backup made before that row&apos;s time and report the incident.</source>
        <translation>Restore the database from a backup made before that row&apos;s time and report the incident.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="123"/>
        <source>The audit log is intact.
</source>
        <translation>The audit log is intact.
</translation>
    </message>
</context>
<context>
    <name>ApartmentImporter</name>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="38"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="40"/>
        <source>Okrug</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="42"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="44"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="46"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Apartment</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="49"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="50"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="52"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Total area</source>
        <translation>Total area</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="57"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Living area</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="60"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Cadastral number</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="62"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="64"/>
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="86"/>
        <source>Required field is empty.</source>
        <translation>Required field is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="98"/>
        <source>&apos;%1&apos; is neither old nor new stock.</source>
        <translation>&apos;%1&apos; is neither old nor new stock.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="113"/>
        <source>&apos;%1&apos; is not an apartment status (free, reserved, occupied, vacated).</source>
        <translation>&apos;%1&apos; is not an apartment status (free, reserved, occupied, vacated).</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="126"/>
        <source>%1 is stored as %2 stock.</source>
        <translation>%1 is stored as %2 stock.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="127"/>
        <source>old</source>
        <translation>old</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="127"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="136"/>
        <source>Cadastral number %1 belongs to another apartment.</source>
        <translation>Cadastral number %1 belongs to another apartment.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="31"/>
        <source>backup OUT: a verified copy of the database (admin)</source>
        <translation>backup OUT: a verified copy of the database (admin)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="34"/>
        <source>restore FILE: put a backup in place of the database (admin)</source>
        <translation>restore FILE: put a backup in place of the database (admin)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="36"/>
        <source>check: integrity, foreign keys and the office&apos;s rules</source>
        <translation>check: integrity, foreign keys and the office&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="44"/>
        <source>Copies the database to OUT (a new file) while clerks keep working, checks the copy and records the backup in the audit log. Needs an administrator&apos;s --user.</source>
        <translation>Copies the database to OUT (a new file) while clerks keep working, checks the copy and records the backup in the audit log. Needs an administrator&apos;s --user.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="47"/>
        <location filename="../../app/cli/BackupCommands.cpp" line="78"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="52"/>
        <source>write: novoselye backup OUT --db PATH --user LOGIN</source>
        <translation>write: novoselye backup OUT --db PATH --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="65"/>
        <source>Backup written and verified: %1 (%2).
</source>
        <translation>Backup written and verified: %1 (%2).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="74"/>
        <source>Replaces the database with the backup FILE. The file is checked first; the current database stays until the copy is verified and is kept as PATH.before-restore. Close Novoselye everywhere else first. Needs an administrator&apos;s --user.</source>
        <translation>Replaces the database with the backup FILE. The file is checked first; the current database stays until the copy is verified and is kept as PATH.before-restore. Close Novoselye everywhere else first. Needs an administrator&apos;s --user.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="83"/>
        <source>write: novoselye restore FILE --db PATH --user LOGIN</source>
        <translation>write: novoselye restore FILE --db PATH --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="106"/>
        <source>Database restored from %1 (%2). The previous database is kept as %3.
</source>
        <translation>Database restored from %1 (%2). The previous database is kept as %3.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="116"/>
        <source>Checks the database without changing it: SQLite&apos;s integrity and foreign key checks (a server database keeps these itself) and the office&apos;s rules (one head per household, key handovers and statuses, milestones against a recount). Exit code 1 when something is wrong.</source>
        <translation>Checks the database without changing it: SQLite&apos;s integrity and foreign key checks (a server database keeps these itself) and the office&apos;s rules (one head per household, key handovers and statuses, milestones against a recount). Exit code 1 when something is wrong.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="141"/>
        <source>The database is sound: %1.
</source>
        <translation>The database is sound: %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="145"/>
        <source>%1: %2 (for example %3)
</source>
        <translation>%1: %2 (for example %3)
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="153"/>
        <source>Restore a backup taken before the damage, or correct the rows named above.</source>
        <translation>Restore a backup taken before the damage, or correct the rows named above.</translation>
    </message>
</context>
<context>
    <name>BrowseFilterBar</name>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="46"/>
        <source>&amp;Search by:</source>
        <translation>&amp;Search by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="53"/>
        <source>Results update as you type (Ctrl+F)</source>
        <translation>Results update as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="72"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="91"/>
        <source>All okrugs</source>
        <translation>All okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="99"/>
        <source>&amp;Okrug:</source>
        <translation>&amp;Okrug:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="100"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="104"/>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="112"/>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="120"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="112"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="115"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="128"/>
        <source>%1 f&amp;rom:</source>
        <translation>%1 f&amp;rom:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="130"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="148"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="148"/>
        <source>The list cannot be read: %1</source>
        <translation>The list cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="150"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="152"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Nothing matches the search and filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="182"/>
        <source>&amp;Reset columns</source>
        <translation>&amp;Reset columns</translation>
    </message>
</context>
<context>
    <name>BuiltinCommands</name>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="24"/>
        <source>create a demo database (--scale small|district|moscow)</source>
        <translation>create a demo database (--scale small|district|moscow)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="26"/>
        <source>rows per table, relocated residents, milestones [--json]</source>
        <translation>rows per table, relocated residents, milestones [--json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="28"/>
        <source>this overview</source>
        <translation>this overview</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="39"/>
        <source>Creates a new database filled with deterministic, realistic demo data.</source>
        <translation>Creates a new database filled with deterministic, realistic demo data.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="41"/>
        <source>small (≈2,000 residents), district (≈50,000) or moscow (1,000,000).</source>
        <translation>small (≈2,000 residents), district (≈50,000) or moscow (1,000,000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="42"/>
        <source>SCALE</source>
        <translation>SCALE</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="43"/>
        <source>Seed: the same seed gives the same data.</source>
        <translation>Seed: the same seed gives the same data.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="46"/>
        <source>Date the data ends at (default: today), for reproducible files.</source>
        <translation>Date the data ends at (default: today), for reproducible files.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="49"/>
        <source>Skip the status history of households (smaller, faster).</source>
        <translation>Skip the status history of households (smaller, faster).</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="54"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="61"/>
        <source>unknown scale &apos;%1&apos;; use small, district or moscow.</source>
        <translation>unknown scale &apos;%1&apos;; use small, district or moscow.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="66"/>
        <source>--seed needs a whole number.</source>
        <translation>--seed needs a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="70"/>
        <source>--today needs a date after 2018-06-01 written as YYYY-MM-DD.</source>
        <translation>--today needs a date after 2018-06-01 written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="82"/>
        <source>demo: %1% %2</source>
        <translation>demo: %1% %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="102"/>
        <source>Created %1 (scale %2, seed %3):
  %4 residents in %5 households, %6 old and %7 new buildings, %8 apartments
  %9 residents relocated in %10 key handovers; %11 milestones reached; %12 vehicles
  %13 rows in %14 s (%15 rows/s)
</source>
        <translation>Created %1 (scale %2, seed %3):
  %4 residents in %5 households, %6 old and %7 new buildings, %8 apartments
  %9 residents relocated in %10 key handovers; %11 milestones reached; %12 vehicles
  %13 rows in %14 s (%15 rows/s)
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="118"/>
        <source>Prints rows per table, the programme counter (relocated residents) and reached milestones.</source>
        <translation>Prints rows per table, the programme counter (relocated residents) and reached milestones.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="120"/>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="43"/>
        <source>print acts to PDF: (--handover ID | --gift ID | --date D | --building ID) --pdf OUT</source>
        <translation>print acts to PDF: (--handover ID | --gift ID | --date D | --building ID) --pdf OUT</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="46"/>
        <source>verify-certificate CODE: is an act genuine, and what it certified</source>
        <translation>verify-certificate CODE: is an act genuine, and what it certified</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="55"/>
        <source>Writes key-handover or gift acts to a PDF file, one act per page. An act not yet issued gets its number now; an act printed before is marked as a copy.</source>
        <translation>Writes key-handover or gift acts to a PDF file, one act per page. An act not yet issued gets its number now; an act printed before is marked as a copy.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="57"/>
        <source>The act of this key handover.</source>
        <translation>The act of this key handover.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="57"/>
        <location filename="../../app/cli/CertificateCommands.cpp" line="58"/>
        <location filename="../../app/cli/CertificateCommands.cpp" line="61"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="58"/>
        <source>The gift act of this milestone.</source>
        <translation>The gift act of this milestone.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="59"/>
        <source>Every act of this day.</source>
        <translation>Every act of this day.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="59"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="61"/>
        <source>Every key act of this new building.</source>
        <translation>Every key act of this new building.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="62"/>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="62"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="71"/>
        <source>give exactly one of --handover, --gift, --date and --building.</source>
        <translation>give exactly one of --handover, --gift, --date and --building.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="74"/>
        <source>--pdf FILE is missing.</source>
        <translation>--pdf FILE is missing.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="88"/>
        <source>--date needs YYYY-MM-DD, the others a record id.</source>
        <translation>--date needs YYYY-MM-DD, the others a record id.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="109"/>
        <source>There is no handover to print an act for.</source>
        <translation>There is no handover to print an act for.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="110"/>
        <source>Check the date or the building.</source>
        <translation>Check the date or the building.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="120"/>
        <source>Act %1 written to %2 (verification code %3).
</source>
        <translation>Act %1 written to %2 (verification code %3).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="123"/>
        <source>%1 acts written to %2.
</source>
        <translation>%1 acts written to %2.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="131"/>
        <source>Says whether an act with this verification code (or QR text) was issued by this office and is unchanged, and shows what it certified.</source>
        <translation>Says whether an act with this verification code (or QR text) was issued by this office and is unchanged, and shows what it certified.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="133"/>
        <source>Print the act&apos;s content as JSON.</source>
        <translation>Print the act&apos;s content as JSON.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="134"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="138"/>
        <source>write: novoselye verify-certificate CODE</source>
        <translation>write: novoselye verify-certificate CODE</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="146"/>
        <source>The act is NOT genuine.</source>
        <translation>The act is NOT genuine.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="152"/>
        <source>Genuine: act %1 of %2, verification code %3.
</source>
        <translation>Genuine: act %1 of %2, verification code %3.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="159"/>
        <source>Keys to %1, apt. %2 (%3 rooms, %4 m²), %5 key sets, case %6; residents: %7.
</source>
        <translation>Keys to %1, apt. %2 (%3 rooms, %4 m²), %5 key sets, case %6; residents: %7.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="173"/>
        <source>Gift car %1, VIN %2, to %3 (milestone %4).
</source>
        <translation>Gift car %1, VIN %2, to %3 (milestone %4).
</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CertificateCommands.cpp" line="182"/>
        <source>Printed %n time(s).
</source>
        <translation>
            <numerusform>Printed %n time.
</numerusform>
            <numerusform>Printed %n times.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="25"/>
        <source>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</source>
        <translation>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="26"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="33"/>
        <source>No password: there is no terminal to ask on.</source>
        <translation>No password: there is no terminal to ask on.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="35"/>
        <source>Set %1 for scripts.</source>
        <translation>Set %1 for scripts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="67"/>
        <source>This command changes data and needs your account.</source>
        <translation>This command changes data and needs your account.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="69"/>
        <source>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</source>
        <translation>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="60"/>
        <location filename="../../app/cli/CliSignIn.cpp" line="71"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="26"/>
        <source>The file is not open for reading.</source>
        <translation>The file is not open for reading.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="32"/>
        <source>This system cannot decode %1 text.</source>
        <translation>This system cannot decode %1 text.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="33"/>
        <source>Save the file as UTF-8 and import it again.</source>
        <translation>Save the file as UTF-8 and import it again.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="28"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="29"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="30"/>
        <source>CSV, Windows-1251 for old Excel (*.csv)</source>
        <translation>CSV, Windows-1251 for old Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="33"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="49"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="72"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="75"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="53"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="76"/>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="34"/>
        <source>Reserve a gift vehicle</source>
        <translation>Reserve a gift vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="35"/>
        <source>Record the gift handover</source>
        <translation>Record the gift handover</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="39"/>
        <source>Milestone:</source>
        <translation>Milestone:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="41"/>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Vehicle:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="47"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="48"/>
        <source>Handed over &amp;on:</source>
        <translation>Handed over &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="75"/>
        <source>%1 no. %2 · %3 · VIN %4</source>
        <translation>%1 no. %2 · %3 · VIN %4</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="83"/>
        <source>%1 (proposed)</source>
        <translation>%1 (proposed)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="84"/>
        <source>Proposed: the vehicle whose production number is the milestone&apos;s ordinal, otherwise the one produced first.</source>
        <translation>Proposed: the vehicle whose production number is the milestone&apos;s ordinal, otherwise the one produced first.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="87"/>
        <source>No vehicle is in stock. Add vehicles on the Vehicles page.</source>
        <translation>No vehicle is in stock. Add vehicles on the Vehicles page.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="102"/>
        <source>%1 (head of household)</source>
        <translation>%1 (head of household)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="105"/>
        <source>By default the head of household receives the car; another member of the household may be chosen.</source>
        <translation>By default the head of household receives the car; another member of the household may be chosen.</translation>
    </message>
</context>
<context>
    <name>HousingLookup</name>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="107"/>
        <source>Required field is empty.</source>
        <translation>Required field is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="112"/>
        <source>Unknown okrug &apos;%1&apos;.</source>
        <translation>Unknown okrug &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="120"/>
        <source>Unknown district &apos;%1&apos; in %2.</source>
        <translation>Unknown district &apos;%1&apos; in %2.</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="41"/>
        <source>import residents|apartments|vehicles FILE [--dry-run] [--all-or-nothing]</source>
        <translation>import residents|apartments|vehicles FILE [--dry-run] [--all-or-nothing]</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="43"/>
        <source>export TABLE --format csv|xlsx --out FILE</source>
        <translation>export TABLE --format csv|xlsx --out FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="51"/>
        <source>Imports a CSV file (Excel&apos;s &quot;CSV&quot;, any of UTF-8, UTF-16, Windows-1251; &apos;;&apos;, &apos;,&apos; or Tab between fields). Good rows are stored in one transaction; bad rows are listed with row, column and reason and written to the error report.</source>
        <translation>Imports a CSV file (Excel&apos;s &quot;CSV&quot;, any of UTF-8, UTF-16, Windows-1251; &apos;;&apos;, &apos;,&apos; or Tab between fields). Good rows are stored in one transaction; bad rows are listed with row, column and reason and written to the error report.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="54"/>
        <source>Check every row, store nothing.</source>
        <translation>Check every row, store nothing.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="55"/>
        <source>Store nothing if any row is bad.</source>
        <translation>Store nothing if any row is bad.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="57"/>
        <source>auto (default), utf-8, utf-16le, utf-16be or windows-1251.</source>
        <translation>auto (default), utf-8, utf-16le, utf-16be or windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="58"/>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="153"/>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="60"/>
        <source>&apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: detected).</source>
        <translation>&apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: detected).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="60"/>
        <source>CHAR</source>
        <translation>CHAR</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="62"/>
        <source>Write the bad rows with their reasons to this CSV file.</source>
        <translation>Write the bad rows with their reasons to this CSV file.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="63"/>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="150"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="66"/>
        <source>residents|apartments|vehicles FILE</source>
        <translation>residents|apartments|vehicles FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="73"/>
        <source>write: novoselye import residents|apartments|vehicles FILE</source>
        <translation>write: novoselye import residents|apartments|vehicles FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="83"/>
        <source>--encoding must be auto, utf-8, utf-16le, utf-16be or windows-1251.</source>
        <translation>--encoding must be auto, utf-8, utf-16le, utf-16be or windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="93"/>
        <source>--separator must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>--separator must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="107"/>
        <source>%1: %2, separator &apos;%3&apos;. Rows: %4; good: %5; already stored: %6; bad: %7.
</source>
        <translation>%1: %2, separator &apos;%3&apos;. Rows: %4; good: %5; already stored: %6; bad: %7.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="113"/>
        <source>row %1 (line %2), %3: %4
</source>
        <translation>row %1 (line %2), %3: %4
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="116"/>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="118"/>
        <source>… and more; see the error report.
</source>
        <translation>… and more; see the error report.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="120"/>
        <source>Bad rows with their reasons: %1 (fix them and import that file again).
</source>
        <translation>Bad rows with their reasons: %1 (fix them and import that file again).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="127"/>
        <source>Stored %1 rows%2.
</source>
        <translation>Stored %1 rows%2.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="134"/>
        <source>Dry run: nothing was stored.
</source>
        <translation>Dry run: nothing was stored.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="137"/>
        <source>Nothing was stored: --all-or-nothing and %1 bad rows.
</source>
        <translation>Nothing was stored: --all-or-nothing and %1 bad rows.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="145"/>
        <source>Writes a list (residents, households, apartments, buildings, vehicles) to CSV or XLSX with the columns the list shows by default. Personal data is masked unless your role may see it in full; the export is recorded in the audit log.</source>
        <translation>Writes a list (residents, households, apartments, buildings, vehicles) to CSV or XLSX with the columns the list shows by default. Personal data is masked unless your role may see it in full; the export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="149"/>
        <source>csv or xlsx.</source>
        <translation>csv or xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="149"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="150"/>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="152"/>
        <source>CSV: utf-8 (default, with BOM) or windows-1251 (old Excel).</source>
        <translation>CSV: utf-8 (default, with BOM) or windows-1251 (old Excel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="155"/>
        <source>Comma-separated column keys (default: the list&apos;s visible ones).</source>
        <translation>Comma-separated column keys (default: the list&apos;s visible ones).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="156"/>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="158"/>
        <source>Only this okrug (code, e.g. ВАО).</source>
        <translation>Only this okrug (code, e.g. ВАО).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="158"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="159"/>
        <source>Only rows with this status.</source>
        <translation>Only rows with this status.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="159"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="161"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="169"/>
        <source>write: novoselye export residents|households|apartments|buildings|vehicles --format csv|xlsx --out FILE</source>
        <translation>write: novoselye export residents|households|apartments|buildings|vehicles --format csv|xlsx --out FILE</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="176"/>
        <source>--encoding must be utf-8 or windows-1251.</source>
        <translation>--encoding must be utf-8 or windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="186"/>
        <source>%1 has no column &apos;%2&apos;.</source>
        <translation>%1 has no column &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="199"/>
        <source>%1 rows written to %2.
</source>
        <translation>%1 rows written to %2.
</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="167"/>
        <source>import data</source>
        <translation>import data</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="180"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="180"/>
        <source>Choose the file with the data.</source>
        <translation>Choose the file with the data.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="195"/>
        <source>The file lacks required columns: %1.</source>
        <translation>The file lacks required columns: %1.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="197"/>
        <source>Name the columns in the first row (e.g. Фамилия, Дата рождения) or map them by hand.</source>
        <translation>Name the columns in the first row (e.g. Фамилия, Дата рождения) or map them by hand.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="248"/>
        <location filename="../../app/io/ImportService.cpp" line="301"/>
        <source>Row %1 of the file could not be stored: %2</source>
        <translation>Row %1 of the file could not be stored: %2</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="250"/>
        <location filename="../../app/io/ImportService.cpp" line="304"/>
        <source>Nothing was imported. Correct or remove that row and import the file again.</source>
        <translation>Nothing was imported. Correct or remove that row and import the file again.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="263"/>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>A quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="265"/>
        <source>The row has %1 columns, the header has %2.</source>
        <translation>The row has %1 columns, the header has %2.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="21"/>
        <location filename="../../app/io/ImportValues.cpp" line="55"/>
        <location filename="../../app/io/ImportValues.cpp" line="61"/>
        <source>Required field is empty.</source>
        <translation>Required field is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="28"/>
        <source>&apos;%1&apos; is not a whole number from %2 to %3.</source>
        <translation>&apos;%1&apos; is not a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="43"/>
        <source>The apartment is not stored yet and the file has no floor, rooms and areas to create it; import the apartments first or add these columns.</source>
        <translation>The apartment is not stored yet and the file has no floor, rooms and areas to create it; import the apartments first or add these columns.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="52"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="87"/>
        <source>Import from a spreadsheet</source>
        <translation>Import from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="59"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="61"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="74"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="75"/>
        <source>A CSV file saved from Excel or sent by another office.</source>
        <translation>A CSV file saved from Excel or sent by another office.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="78"/>
        <source>Residents (registry of an old building)</source>
        <translation>Residents (registry of an old building)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="79"/>
        <source>Apartments (old or new stock)</source>
        <translation>Apartments (old or new stock)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="80"/>
        <source>Gift vehicles (plant&apos;s shipment list)</source>
        <translation>Gift vehicles (plant&apos;s shipment list)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="88"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="102"/>
        <source>Encoding and separator</source>
        <translation>Encoding and separator</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="103"/>
        <source>Detected from the file; change them if the preview looks wrong.</source>
        <translation>Detected from the file; change them if the preview looks wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="107"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="113"/>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="114"/>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="115"/>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="116"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="237"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="134"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="135"/>
        <source>Which column of the file holds what. Found by the column names; correct them where needed. Fields marked * are required.</source>
        <translation>Which column of the file holds what. Found by the column names; correct them where needed. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="140"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="140"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="150"/>
        <source>Check (nothing is stored yet)</source>
        <translation>Check (nothing is stored yet)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="151"/>
        <source>Every row is checked as if imported. Bad rows are listed with the reason; the good ones can be imported now and the bad ones fixed later from the error report.</source>
        <translation>Every row is checked as if imported. Bad rows are listed with the reason; the good ones can be imported now and the bad ones fixed later from the error report.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="158"/>
        <source>First rows as they will be stored:</source>
        <translation>First rows as they will be stored:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="161"/>
        <source>Bad rows:</source>
        <translation>Bad rows:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="81"/>
        <source>The file &amp;holds:</source>
        <translation>The file &amp;holds:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="84"/>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="94"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="117"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="118"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="165"/>
        <source>&amp;Import nothing if any row is bad</source>
        <translation>&amp;Import nothing if any row is bad</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="168"/>
        <source>Error &amp;report (bad rows to fix):</source>
        <translation>Error &amp;report (bad rows to fix):</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="175"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="176"/>
        <source>All rows are stored in one transaction: a cancel leaves the database as it was.</source>
        <translation>All rows are stored in one transaction: a cancel leaves the database as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="182"/>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="238"/>
        <source>Read as %1, fields separated by “%2”.</source>
        <translation>Read as %1, fields separated by “%2”.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="251"/>
        <source>— not in the file —</source>
        <translation>— not in the file —</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="270"/>
        <source>-errors</source>
        <translation>-errors</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="287"/>
        <source>Choose a file first</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="301"/>
        <source>Choose the columns of: %1.</source>
        <translation>Choose the columns of: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="324"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="367"/>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Cancelled. Nothing was stored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportWizard.cpp" line="369"/>
        <source>Nothing was stored: %n row(s) are bad and “Import nothing if any row is bad” is on.</source>
        <translation>
            <numerusform>Nothing was stored: %n row is bad and “Import nothing if any row is bad” is on.</numerusform>
            <numerusform>Nothing was stored: %n rows are bad and “Import nothing if any row is bad” is on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="373"/>
        <source>Stored: %1 rows. Already stored before: %2. Bad: %3.</source>
        <translation>Stored: %1 rows. Already stored before: %2. Bad: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="377"/>
        <source>The bad rows with their reasons are in %1: fix them there and import that file again.</source>
        <translation>The bad rows with their reasons are in %1: fix them there and import that file again.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="386"/>
        <source>Rows: %1. Good, to be stored: %2. Already stored: %3. Bad: %4.</source>
        <translation>Rows: %1. Good, to be stored: %2. Already stored: %3. Bad: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="394"/>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/models/LazyTableModel.cpp" line="149"/>
        <source>%1: click to sort</source>
        <translation>%1: click to sort</translation>
    </message>
</context>
<context>
    <name>MilestoneCommands</name>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="81"/>
        <source>milestone targets, who reached them, gift vehicles, the plan [--json]</source>
        <translation>milestone targets, who reached them, gift vehicles, the plan [--json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="88"/>
        <source>Prints each milestone target with the date it was reached, the household&apos;s case number, the resident, the gift vehicle&apos;s VIN, and the planner&apos;s look ahead.</source>
        <translation>Prints each milestone target with the date it was reached, the household&apos;s case number, the resident, the gift vehicle&apos;s VIN, and the planner&apos;s look ahead.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="90"/>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="92"/>
        <source>The planner&apos;s today (default: today).</source>
        <translation>The planner&apos;s today (default: today).</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="99"/>
        <source>--today needs a date written as YYYY-MM-DD.</source>
        <translation>--today needs a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="133"/>
        <source>Relocated residents: %1
</source>
        <translation>Relocated residents: %1
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="134"/>
        <source>%1 %2 %3 %4 %5 %6
</source>
        <translation>%1 %2 %3 %4 %5 %6
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="135"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="136"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="137"/>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="138"/>
        <source>resident</source>
        <translation>resident</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="139"/>
        <source>vehicle VIN</source>
        <translation>vehicle VIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="140"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="152"/>
        <source>Next milestones:
</source>
        <translation>Next milestones:
</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Resident number N</source>
        <translation>Resident number N</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Vehicle VIN</source>
        <translation>Vehicle VIN</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Prod. no.</source>
        <translation>Prod. no.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="68"/>
        <source>Gift handed over</source>
        <translation>Gift handed over</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>To go</source>
        <translation>To go</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="71"/>
        <source>Expected resident</source>
        <translation>Expected resident</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="85"/>
        <source>&amp;Add targets…</source>
        <translation>&amp;Add targets…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="86"/>
        <source>A new milestone target, or a series every N up to M (Ctrl+N)</source>
        <translation>A new milestone target, or a series every N up to M (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="88"/>
        <source>Change a target not yet reached</source>
        <translation>Change a target not yet reached</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="90"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="90"/>
        <source>Remove a target not yet reached</source>
        <translation>Remove a target not yet reached</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="92"/>
        <source>&amp;Reserve vehicle…</source>
        <translation>&amp;Reserve vehicle…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="93"/>
        <source>Reserve a vehicle in stock for the reached milestone</source>
        <translation>Reserve a vehicle in stock for the reached milestone</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="95"/>
        <source>Re&amp;lease vehicle</source>
        <translation>Re&amp;lease vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="96"/>
        <source>Return the reserved vehicle to stock</source>
        <translation>Return the reserved vehicle to stock</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="97"/>
        <source>Record &amp;gift handover…</source>
        <translation>Record &amp;gift handover…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="98"/>
        <source>The car was handed over to the resident</source>
        <translation>The car was handed over to the resident</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="99"/>
        <source>H&amp;ousehold card</source>
        <translation>H&amp;ousehold card</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="100"/>
        <source>Open the recipient household&apos;s card (Enter)</source>
        <translation>Open the recipient household&apos;s card (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="105"/>
        <source>Planner: the next milestones</source>
        <translation>Planner: the next milestones</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="108"/>
        <source>Notices: back-dated handovers</source>
        <translation>Notices: back-dated handovers</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; residents relocated · milestones reached: &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; residents relocated · milestones reached: &lt;b&gt;%2&lt;/b&gt; of %3</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="204"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="227"/>
        <source>key handover appointment</source>
        <translation>key handover appointment</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="229"/>
        <source>no recent handovers: no forecast</source>
        <translation>no recent handovers: no forecast</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="231"/>
        <source>forecast, %1 – %2</source>
        <translation>forecast, %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="232"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="258"/>
        <source>No back-dated handover has moved a milestone.</source>
        <translation>No back-dated handover has moved a milestone.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="295"/>
        <source>%1 — %2 (case %3)</source>
        <translation>%1 — %2 (case %3)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="305"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="339"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="344"/>
        <source>Remove milestone</source>
        <translation>Remove milestone</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="340"/>
        <source>Remove the milestone for resident number %1?</source>
        <translation>Remove the milestone for resident number %1?</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="365"/>
        <source>Release vehicle</source>
        <translation>Release vehicle</translation>
    </message>
</context>
<context>
    <name>ResidentImporter</name>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="52"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="54"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="56"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="58"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="59"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="62"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="65"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="66"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="69"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="71"/>
        <source>Okrug</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="73"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="75"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Old address</source>
        <translation>Old address</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="77"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Apartment</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="79"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="80"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="82"/>
        <source>Total area</source>
        <translation>Total area</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="84"/>
        <source>Living area</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="86"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="88"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="296"/>
        <source>Included on</source>
        <translation>Included on</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="245"/>
        <source>Required field is empty.</source>
        <translation>Required field is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="254"/>
        <source>&apos;%1&apos; is not a sex; write М or Ж (M or F).</source>
        <translation>&apos;%1&apos; is not a sex; write М or Ж (M or F).</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="258"/>
        <source>Sex is missing and the patronymic does not tell it.</source>
        <translation>Sex is missing and the patronymic does not tell it.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="271"/>
        <source>&apos;%1&apos; is not a known relation (head, spouse, child, parent, sibling, grandchild, other).</source>
        <translation>&apos;%1&apos; is not a known relation (head, spouse, child, parent, sibling, grandchild, other).</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="299"/>
        <source>The programme started in 2017; &apos;%1&apos; is earlier.</source>
        <translation>The programme started in 2017; &apos;%1&apos; is earlier.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="312"/>
        <source>%1 is a new building; residents are imported at their old address.</source>
        <translation>%1 is a new building; residents are imported at their old address.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="330"/>
        <source>Another person with this SNILS is already stored.</source>
        <translation>Another person with this SNILS is already stored.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="332"/>
        <source>Another person with this passport is already stored.</source>
        <translation>Another person with this passport is already stored.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="336"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="382"/>
        <source>Case number %1 belongs to another household.</source>
        <translation>Case number %1 belongs to another household.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="401"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="30"/>
        <source>migrate-to URL: copy the database to a new PostgreSQL database (admin)</source>
        <translation>migrate-to URL: copy the database to a new PostgreSQL database (admin)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="38"/>
        <source>Copies the whole database (--db, an SQLite file) to a new PostgreSQL database postgresql://user@host:port/name in one transaction: the database is created when missing and must be empty. The rows of every table are counted on both sides before the copy is committed. Needs an administrator&apos;s --user.</source>
        <translation>Copies the whole database (--db, an SQLite file) to a new PostgreSQL database postgresql://user@host:port/name in one transaction: the database is created when missing and must be empty. The rows of every table are counted on both sides before the copy is committed. Needs an administrator&apos;s --user.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="44"/>
        <source>postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="50"/>
        <source>write: novoselye migrate-to postgresql://user@host:port/name --db PATH --user LOGIN</source>
        <translation>write: novoselye migrate-to postgresql://user@host:port/name --db PATH --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="62"/>
        <source>Copying the database to a PostgreSQL server</source>
        <translation>Copying the database to a PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="75"/>
        <source>%1 %2 %3
</source>
        <translation>%1 %2 %3
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="75"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="75"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="75"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="84"/>
        <source>Copied %1 rows in %2 tables to %3 in %4 s; every count matches.
</source>
        <translation>Copied %1 rows in %2 tables to %3 in %4 s; every count matches.
</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="81"/>
        <source>No columns to export.</source>
        <translation>No columns to export.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="81"/>
        <source>Show at least one column.</source>
        <translation>Show at least one column.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="90"/>
        <source>%1 rows do not fit on an Excel sheet (at most %2).</source>
        <translation>%1 rows do not fit on an Excel sheet (at most %2).</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="93"/>
        <source>Narrow the list with a filter, or export to CSV.</source>
        <translation>Narrow the list with a filter, or export to CSV.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="160"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="27"/>
        <source>A &amp;series: every so many residents up to</source>
        <translation>A &amp;series: every so many residents up to</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="31"/>
        <source>Edit milestone</source>
        <translation>Edit milestone</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="31"/>
        <source>Add milestones</source>
        <translation>Add milestones</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="40"/>
        <source>e.g. 300 000-й переселённый житель</source>
        <translation>e.g. 300 000-й переселённый житель</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="42"/>
        <source>&amp;Resident number:</source>
        <translation>&amp;Resident number:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="43"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="46"/>
        <source>&amp;Last target:</source>
        <translation>&amp;Last target:</translation>
    </message>
</context>
<context>
    <name>VehicleActions</name>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="22"/>
        <source>&amp;Add vehicle…</source>
        <translation>&amp;Add vehicle…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="23"/>
        <source>&amp;Edit vehicle…</source>
        <translation>&amp;Edit vehicle…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="33"/>
        <source>Only managers change the vehicle inventory.</source>
        <translation>Only managers change the vehicle inventory.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="34"/>
        <source>A new gift vehicle in stock (Ctrl+N)</source>
        <translation>A new gift vehicle in stock (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="35"/>
        <source>Correct the selected vehicle (Enter, F2)</source>
        <translation>Correct the selected vehicle (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="71"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="72"/>
        <source>The vehicle %1 no longer exists.</source>
        <translation>The vehicle %1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="24"/>
        <source>Petrol, CVT</source>
        <translation>Petrol, CVT</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="26"/>
        <source>Petrol, manual</source>
        <translation>Petrol, manual</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="27"/>
        <source>Electric</source>
        <translation>Electric</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="31"/>
        <source>Moskvich 3e</source>
        <translation>Moskvich 3e</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="31"/>
        <source>Moskvich 3</source>
        <translation>Moskvich 3</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="61"/>
        <source>Edit vehicle %1</source>
        <translation>Edit vehicle %1</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="61"/>
        <source>Add vehicle</source>
        <translation>Add vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="68"/>
        <source>17 characters, no I, O, Q</source>
        <translation>17 characters, no I, O, Q</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="82"/>
        <source>15 digits</source>
        <translation>15 digits</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="87"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="88"/>
        <source>&amp;Powertrain:</source>
        <translation>&amp;Powertrain:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="89"/>
        <source>&amp;Engine or motor:</source>
        <translation>&amp;Engine or motor:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="90"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="91"/>
        <source>Production &amp;no.:</source>
        <translation>Production &amp;no.:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="92"/>
        <source>&amp;VIN:</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="94"/>
        <source>EP&amp;TS no.:</source>
        <translation>EP&amp;TS no.:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="95"/>
        <source>Produced &amp;on:</source>
        <translation>Produced &amp;on:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="97"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="97"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>VehicleImporter</name>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="30"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="32"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="33"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="36"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="38"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="40"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>Production no.</source>
        <translation>Production no.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="43"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>EPTS no.</source>
        <translation>EPTS no.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="45"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="128"/>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="77"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="83"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="107"/>
        <source>Required field is empty.</source>
        <translation>Required field is empty.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="89"/>
        <source>&apos;%1&apos; is not a gift model (Moskvich 3 or Moskvich 3e).</source>
        <translation>&apos;%1&apos; is not a gift model (Moskvich 3 or Moskvich 3e).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="97"/>
        <source>&apos;%1&apos; is not a powertrain (petrol CVT, petrol manual, electric).</source>
        <translation>&apos;%1&apos; is not a powertrain (petrol CVT, petrol manual, electric).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="101"/>
        <source>%1 does not come with this powertrain.</source>
        <translation>%1 does not come with this powertrain.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="113"/>
        <source>&apos;%1&apos; is not a gift colour (white, black, red, grey, blue).</source>
        <translation>&apos;%1&apos; is not a gift colour (white, black, red, grey, blue).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="125"/>
        <source>An EPTS number has 15 digits; &apos;%1&apos; given.</source>
        <translation>An EPTS number has 15 digits; &apos;%1&apos; given.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="139"/>
        <source>%1 number %2 is already stored with another VIN.</source>
        <translation>%1 number %2 is already stored with another VIN.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="143"/>
        <source>EPTS %1 belongs to another vehicle.</source>
        <translation>EPTS %1 belongs to another vehicle.</translation>
    </message>
</context>
<context>
    <name>nov</name>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="18"/>
        <source>The demo data list %1 is missing from the program.</source>
        <translation>The demo data list %1 is missing from the program.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="19"/>
        <location filename="../../app/demo/DemoCatalog.cpp" line="28"/>
        <source>Reinstall Novoselye.</source>
        <translation>Reinstall Novoselye.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="27"/>
        <source>The demo data list %1 has a malformed line.</source>
        <translation>The demo data list %1 has a malformed line.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="22"/>
        <source>Wrong login or password.</source>
        <translation>Wrong login or password.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="23"/>
        <source>Check the keyboard layout and Caps Lock. After %1 wrong attempts the account is locked for %2 minutes.</source>
        <translation>Check the keyboard layout and Caps Lock. After %1 wrong attempts the account is locked for %2 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="54"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="146"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="197"/>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="55"/>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="56"/>
        <source>Offer sent</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="57"/>
        <source>Apartment viewed</source>
        <translation>Apartment viewed</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="58"/>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="59"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="60"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="314"/>
        <source>Contract drafted</source>
        <translation>Contract drafted</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="61"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="315"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="62"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="317"/>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="63"/>
        <source>Old apartment vacated</source>
        <translation>Old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="64"/>
        <source>Extra space purchase</source>
        <translation>Extra space purchase</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="65"/>
        <source>Monetary compensation</source>
        <translation>Monetary compensation</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="66"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="70"/>
        <source>Old (to vacate)</source>
        <translation>Old (to vacate)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="70"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="74"/>
        <source>Okrug</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="77"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="102"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="105"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="120"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="106"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="107"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="108"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="129"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="110"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="122"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="112"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="113"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="114"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="141"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="299"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="115"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="116"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="147"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="318"/>
        <source>Old address</source>
        <translation>Old address</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="117"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="148"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="172"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="309"/>
        <source>Apt.</source>
        <translation>Apt.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="121"/>
        <source>Surname, then first name: Иванов Ив</source>
        <translation>Surname, then first name: Иванов Ив</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="122"/>
        <source>SNILS digits: 123-456-789</source>
        <translation>SNILS digits: 123-456-789</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="82"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="124"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="82"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="124"/>
        <source>Case number: 2019-00012</source>
        <translation>Case number: 2019-00012</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="126"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="171"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="181"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="206"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="214"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="146"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="127"/>
        <source>Part of the old address: Перовская</source>
        <translation>Part of the old address: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="138"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="142"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="300"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="143"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="144"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="178"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="212"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="248"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="145"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="155"/>
        <source>Status date</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="149"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="174"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="310"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="158"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="150"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="311"/>
        <source>Area, m²</source>
        <translation>Area, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="84"/>
        <source>Member&apos;s surname</source>
        <translation>Member&apos;s surname</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="84"/>
        <source>Surname of a member: Иванов</source>
        <translation>Surname of a member: Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="164"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="213"/>
        <source>Apartments</source>
        <translation>Apartments</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="167"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="196"/>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Reserved (offer)</source>
        <translation>Reserved (offer)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <source>Occupied</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="199"/>
        <source>Vacated</source>
        <translation>Vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="170"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="205"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="173"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="157"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="175"/>
        <source>Total, m²</source>
        <translation>Total, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="176"/>
        <source>Living, m²</source>
        <translation>Living, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="177"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="183"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="165"/>
        <source>Cadastral number</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="182"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="215"/>
        <source>Part of the address: Перовская</source>
        <translation>Part of the address: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="184"/>
        <source>Cadastral number: 77:03:0001</source>
        <translation>Cadastral number: 77:03:0001</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="193"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="198"/>
        <source>Being vacated</source>
        <translation>Being vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="200"/>
        <source>Demolished</source>
        <translation>Demolished</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="201"/>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="202"/>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="203"/>
        <source>Settling</source>
        <translation>Settling</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="204"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="207"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="216"/>
        <source>UNOM</source>
        <translation>UNOM</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="210"/>
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="211"/>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="216"/>
        <source>UNOM: 10020</source>
        <translation>UNOM: 10020</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="226"/>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Moskvich 3</source>
        <translation>Moskvich 3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Moskvich 3e</source>
        <translation>Moskvich 3e</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="229"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="230"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="230"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="231"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="232"/>
        <source>Petrol, CVT</source>
        <translation>Petrol, CVT</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="233"/>
        <source>Petrol, manual</source>
        <translation>Petrol, manual</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="234"/>
        <source>Electric</source>
        <translation>Electric</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="237"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="238"/>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="240"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="251"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="214"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="241"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="211"/>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="243"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="212"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="213"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="245"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="252"/>
        <source>Production no.</source>
        <translation>Production no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="246"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="254"/>
        <source>EPTS no.</source>
        <translation>EPTS no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="247"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="255"/>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="249"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="251"/>
        <source>Part of the VIN: XMSM3</source>
        <translation>Part of the VIN: XMSM3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="252"/>
        <source>Production number: 2000</source>
        <translation>Production number: 2000</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="254"/>
        <source>EPTS digits: 1643</source>
        <translation>EPTS digits: 1643</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="280"/>
        <source>Relocations</source>
        <translation>Relocations</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="283"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="287"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="301"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="302"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="324"/>
        <source>Step date</source>
        <translation>Step date</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="303"/>
        <source>Deadline for</source>
        <translation>Deadline for</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="304"/>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="304"/>
        <source>signed contract</source>
        <translation>signed contract</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="308"/>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="312"/>
        <source>Offer letter</source>
        <translation>Offer letter</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="313"/>
        <source>Contract no.</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="316"/>
        <source>Keys on</source>
        <translation>Keys on</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="323"/>
        <source>S&amp;tep:</source>
        <translation>S&amp;tep:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="341"/>
        <source>in full</source>
        <translation>in full</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="341"/>
        <source>masked</source>
        <translation>masked</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="343"/>
        <source>key handover act</source>
        <translation>key handover act</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="343"/>
        <source>gift car act</source>
        <translation>gift car act</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="376"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="381"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="384"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="389"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="398"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="399"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="409"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="400"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="401"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="402"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="403"/>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="404"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="410"/>
        <source>Entity no.</source>
        <translation>Entity no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="406"/>
        <source>Entry no.</source>
        <translation>Entry no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="407"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="408"/>
        <source>Text in the details: 2019-00012, Иванов</source>
        <translation>Text in the details: 2019-00012, Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="409"/>
        <source>Login: clerk</source>
        <translation>Login: clerk</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="410"/>
        <source>Record number: 1234</source>
        <translation>Record number: 1234</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="412"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="26"/>
        <source>Apartment %1 at %2</source>
        <translation>Apartment %1 at %2</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="233"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="233"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="66"/>
        <source>  %1: expected on %2 with case %3 (%4), by appointment
</source>
        <translation>  %1: expected on %2 with case %3 (%4), by appointment
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="70"/>
        <source>  %1: %2 residents to go; no recent handovers to forecast from
</source>
        <translation>  %1: %2 residents to go; no recent handovers to forecast from
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="72"/>
        <source>  %1: forecast %2 (between %3 and %4) at the recent pace
</source>
        <translation>  %1: forecast %2 (between %3 and %4) at the recent pace
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="75"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="43"/>
        <source>MMMM d, yyyy</source>
        <comment>date format of acts</comment>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="47"/>
        <source>MM/dd/yyyy</source>
        <comment>short date format of acts</comment>
        <translation>MM/dd/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="52"/>
        <source>exchange contract with purchase of extra space</source>
        <comment>in an act: under the …</comment>
        <translation>exchange contract with purchase of extra space</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="54"/>
        <source>compensation contract</source>
        <comment>in an act: under the …</comment>
        <translation>compensation contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="55"/>
        <source>exchange contract</source>
        <comment>in an act: under the …</comment>
        <translation>exchange contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="60"/>
        <source>white</source>
        <comment>car colour</comment>
        <translation>white</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="62"/>
        <source>black</source>
        <comment>car colour</comment>
        <translation>black</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="64"/>
        <source>red</source>
        <comment>car colour</comment>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="66"/>
        <source>grey</source>
        <comment>car colour</comment>
        <translation>grey</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="67"/>
        <source>blue</source>
        <comment>car colour</comment>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="72"/>
        <source>electric</source>
        <translation>electric</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="74"/>
        <source>petrol, manual gearbox</source>
        <translation>petrol, manual gearbox</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="75"/>
        <source>petrol, CVT</source>
        <translation>petrol, CVT</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="94"/>
        <source>(signature)</source>
        <translation>(signature)</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="101"/>
        <source>Stamp here (М.П.)</source>
        <translation>Stamp here (М.П.)</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="110"/>
        <source>reprinted on %1</source>
        <translation>reprinted on %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="118"/>
        <source>Moscow</source>
        <comment>city line of an act</comment>
        <translation>Moscow</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="132"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="197"/>
        <source>ACT</source>
        <translation>ACT</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="132"/>
        <source>of handover of the keys to a dwelling</source>
        <translation>of handover of the keys to a dwelling</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="134"/>
        <source>The Moscow Fund for the Renovation of Residential Development (the Fund), represented by its officer %1, and %2 (the Recipient), acting for the household of case No. %3, have drawn up this act: under the %4 No. %5 of %6 the Fund has handed over and the Recipient has received the keys to the dwelling described below.</source>
        <translation>The Moscow Fund for the Renovation of Residential Development (the Fund), represented by its officer %1, and %2 (the Recipient), acting for the household of case No. %3, have drawn up this act: under the %4 No. %5 of %6 the Fund has handed over and the Recipient has received the keys to the dwelling described below.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="139"/>
        <source>on duty</source>
        <translation>on duty</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="144"/>
        <source>1. The dwelling</source>
        <translation>1. The dwelling</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="147"/>
        <source>Apartment No.</source>
        <translation>Apartment No.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="148"/>
        <source>District, okrug</source>
        <translation>District, okrug</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="159"/>
        <source>Total area, m²</source>
        <translation>Total area, m²</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="162"/>
        <source>Living area, m²</source>
        <translation>Living area, m²</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="166"/>
        <source>Apartment vacated</source>
        <translation>Apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="168"/>
        <source>apt.</source>
        <translation>apt.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="172"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="224"/>
        <source>2. Keys.</source>
        <translation>2. Keys.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="172"/>
        <source>Sets of keys handed over: %1.</source>
        <translation>Sets of keys handed over: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="175"/>
        <source>3. Residents moving in: %1.</source>
        <translation>3. Residents moving in: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="184"/>
        <source>The Recipient has checked the dwelling and the keys; the parties have no claims against each other. This act is made in two copies, one for each party.</source>
        <translation>The Recipient has checked the dwelling and the keys; the parties have no claims against each other. This act is made in two copies, one for each party.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="187"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="230"/>
        <source>Handed over, for the Fund:</source>
        <translation>Handed over, for the Fund:</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="187"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="230"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="197"/>
        <source>of handover of a gift car</source>
        <translation>of handover of a gift car</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="199"/>
        <source>The Moscow Fund for the Renovation of Residential Development (the Fund) and %1 (the Recipient, case No. %2), the %3th resident relocated under the renovation programme (milestone reached on %4), have drawn up this act: the Fund has handed over and the Recipient has received as a gift the car described below.</source>
        <translation>The Moscow Fund for the Renovation of Residential Development (the Fund) and %1 (the Recipient, case No. %2), the %3th resident relocated under the renovation programme (milestone reached on %4), have drawn up this act: the Fund has handed over and the Recipient has received as a gift the car described below.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="207"/>
        <source>1. The car</source>
        <translation>1. The car</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="210"/>
        <source>Make and model</source>
        <translation>Make and model</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="215"/>
        <source>Production No.</source>
        <translation>Production No.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="217"/>
        <source>Electronic vehicle passport (ЭПТС) No.</source>
        <translation>Electronic vehicle passport (ЭПТС) No.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="218"/>
        <source>Date of manufacture</source>
        <translation>Date of manufacture</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="224"/>
        <source>Keys handed over with the car: %1.</source>
        <translation>Keys handed over with the car: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="227"/>
        <source>The Recipient has inspected the car and received it with its documents; the parties have no claims against each other. This act is made in two copies, one for each party.</source>
        <translation>The Recipient has inspected the car and received it with its documents; the parties have no claims against each other. This act is made in two copies, one for each party.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="275"/>
        <source>Verification code: %1
Act %2. Check that the act is genuine: scan the QR code or enter the code in Novoselye (Acts → Verify act…, or novoselye verify-certificate).</source>
        <translation>Verification code: %1
Act %2. Check that the act is genuine: scan the QR code or enter the code in Novoselye (Acts → Verify act…, or novoselye verify-certificate).</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="280"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="156"/>
        <source>--out FILE.png is needed.</source>
        <translation>--out FILE.png is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="132"/>
        <source>Screenshots need the windowed program&apos;s libraries.</source>
        <translation>Screenshots need the windowed program&apos;s libraries.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="133"/>
        <source>Run it as: novoselye screenshot …</source>
        <translation>Run it as: novoselye screenshot …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="138"/>
        <source>--theme is light, dark or system.</source>
        <translation>--theme is light, dark or system.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="168"/>
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="168"/>
        <source>Check that you may write there.</source>
        <translation>Check that you may write there.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="175"/>
        <source>The database has nothing this dialog could show.</source>
        <translation>The database has nothing this dialog could show.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="176"/>
        <source>Use a demo database: novoselye demo …</source>
        <translation>Use a demo database: novoselye demo …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="185"/>
        <source>The picture cannot be written.</source>
        <translation>The picture cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="187"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
</context>
<context>
    <name>nov::ActBatchDialog</name>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="25"/>
        <source>Acts of a day or building</source>
        <translation>Acts of a day or building</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="22"/>
        <source>All acts of the &amp;day</source>
        <translation>All acts of the &amp;day</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="26"/>
        <source>All key acts of the new &amp;building</source>
        <translation>All key acts of the new &amp;building</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="42"/>
        <source>&amp;Write PDF…</source>
        <translation>&amp;Write PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="65"/>
        <source>There are no handovers to print.</source>
        <translation>There are no handovers to print.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="69"/>
        <source>acts-%1.pdf</source>
        <translation>acts-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="70"/>
        <source>acts-building-%1.pdf</source>
        <translation>acts-building-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="72"/>
        <source>Save acts as PDF</source>
        <translation>Save acts as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="78"/>
        <source>%n act(s) written to %1.</source>
        <translation>
            <numerusform>%n act written to %1.</numerusform>
            <numerusform>%n acts written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::ActPrinting</name>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="29"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="42"/>
        <source>Print act</source>
        <translation>Print act</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="35"/>
        <source>Act %1</source>
        <translation>Act %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="36"/>
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n act</numerusform>
            <numerusform>%n acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="52"/>
        <source>Preparing %n act(s)…</source>
        <translation>
            <numerusform>Preparing %n act…</numerusform>
            <numerusform>Preparing %n acts…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="60"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="73"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="77"/>
        <source>Print acts</source>
        <translation>Print acts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="63"/>
        <source>Writing %n act(s) to PDF…</source>
        <translation>
            <numerusform>Writing %n act to PDF…</numerusform>
            <numerusform>Writing %n acts to PDF…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::Actor</name>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="63"/>
        <source>%1 is not allowed for the role %2.</source>
        <translation>%1 is not allowed for the role %2.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="64"/>
        <source>This needs the role %1 or higher; ask a colleague who has it or an administrator.</source>
        <translation>This needs the role %1 or higher; ask a colleague who has it or an administrator.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="71"/>
        <source>Needs the role %1 or %2.</source>
        <translation>Needs the role %1 or %2.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="72"/>
        <source>Needs the role %1 or higher.</source>
        <translation>Needs the role %1 or higher.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="92"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="94"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="96"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="98"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
</context>
<context>
    <name>nov::AuditReader</name>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="24"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="25"/>
        <source>Failed sign-in</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="26"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="28"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="30"/>
        <source>Account activated</source>
        <translation>Account activated</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="32"/>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="34"/>
        <source>Household notified</source>
        <translation>Household notified</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="35"/>
        <source>Offer sent</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="37"/>
        <source>Equivalence overridden</source>
        <translation>Equivalence overridden</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="39"/>
        <source>Viewing recorded</source>
        <translation>Viewing recorded</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="40"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="41"/>
        <source>Refusal</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="43"/>
        <source>Contract drafted</source>
        <translation>Contract drafted</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="44"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="46"/>
        <source>Key handover scheduled</source>
        <translation>Key handover scheduled</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="48"/>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="50"/>
        <source>Old apartment vacated</source>
        <translation>Old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="51"/>
        <source>Resident added</source>
        <translation>Resident added</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="53"/>
        <source>Resident changed</source>
        <translation>Resident changed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="55"/>
        <source>Resident removed</source>
        <translation>Resident removed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="57"/>
        <source>Personal data shown</source>
        <translation>Personal data shown</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="59"/>
        <source>Milestone reached</source>
        <translation>Milestone reached</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="61"/>
        <source>Milestone moved</source>
        <translation>Milestone moved</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="63"/>
        <source>Milestone conflict</source>
        <translation>Milestone conflict</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="64"/>
        <source>Audit log opened</source>
        <translation>Audit log opened</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="66"/>
        <source>Audit chain checked</source>
        <translation>Audit chain checked</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="67"/>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="68"/>
        <source>Act issued</source>
        <translation>Act issued</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="69"/>
        <source>Act printed</source>
        <translation>Act printed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="71"/>
        <source>Act reprinted</source>
        <translation>Act reprinted</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="73"/>
        <source>Gift car reserved</source>
        <translation>Gift car reserved</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="75"/>
        <source>Gift car reservation released</source>
        <translation>Gift car reservation released</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="77"/>
        <source>Gift car handed over</source>
        <translation>Gift car handed over</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="78"/>
        <source>Vehicle added</source>
        <translation>Vehicle added</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="79"/>
        <source>Vehicle changed</source>
        <translation>Vehicle changed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="81"/>
        <source>Milestone target added</source>
        <translation>Milestone target added</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="83"/>
        <source>Milestone target changed</source>
        <translation>Milestone target changed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="85"/>
        <source>Milestone target removed</source>
        <translation>Milestone target removed</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="87"/>
        <source>Residents imported</source>
        <translation>Residents imported</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="89"/>
        <source>Apartments imported</source>
        <translation>Apartments imported</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="91"/>
        <source>Vehicles imported</source>
        <translation>Vehicles imported</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="92"/>
        <source>List exported</source>
        <translation>List exported</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="94"/>
        <source>Dashboard exported</source>
        <translation>Dashboard exported</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="95"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="97"/>
        <source>Database restored from a backup</source>
        <translation>Database restored from a backup</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="104"/>
        <location filename="../../app/auth/AuditReader.cpp" line="171"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="105"/>
        <location filename="../../app/auth/AuditReader.cpp" line="172"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="106"/>
        <location filename="../../app/auth/AuditReader.cpp" line="173"/>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="107"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="108"/>
        <location filename="../../app/auth/AuditReader.cpp" line="175"/>
        <source>Key handover</source>
        <translation>Key handover</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="109"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="110"/>
        <location filename="../../app/auth/AuditReader.cpp" line="174"/>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="111"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="112"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="113"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="114"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="115"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="116"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="117"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="118"/>
        <source>Relocations</source>
        <translation>Relocations</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="119"/>
        <source>Apartments</source>
        <translation>Apartments</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="120"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="121"/>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="122"/>
        <source>Audit log page</source>
        <translation>Audit log page</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="133"/>
        <source>Apartment status</source>
        <translation>Apartment status</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="134"/>
        <location filename="../../app/auth/AuditReader.cpp" line="135"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="136"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="138"/>
        <source>Old apartment status</source>
        <translation>Old apartment status</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="139"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="140"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="141"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="142"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="143"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="144"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="145"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="146"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="147"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="148"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="149"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="150"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="151"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="152"/>
        <source>Total area</source>
        <translation>Total area</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="153"/>
        <source>Living area</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="154"/>
        <source>Key sets</source>
        <translation>Key sets</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="156"/>
        <source>Residents moving</source>
        <translation>Residents moving</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="158"/>
        <source>Keys handed over on</source>
        <translation>Keys handed over on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="159"/>
        <source>Scheduled for</source>
        <translation>Scheduled for</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="160"/>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="161"/>
        <source>Drafted on</source>
        <translation>Drafted on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="162"/>
        <source>Viewed on</source>
        <translation>Viewed on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="163"/>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="164"/>
        <source>Notified on</source>
        <translation>Notified on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="165"/>
        <source>Vacated on</source>
        <translation>Vacated on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="166"/>
        <source>Letter on</source>
        <translation>Letter on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="167"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="168"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="170"/>
        <source>New apartment</source>
        <translation>New apartment</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="176"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="177"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="178"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="179"/>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="180"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="181"/>
        <source>Production no.</source>
        <translation>Production no.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="182"/>
        <source>Produced on</source>
        <translation>Produced on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="183"/>
        <source>EPTS no.</source>
        <translation>EPTS no.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="184"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="185"/>
        <source>Reached on</source>
        <translation>Reached on</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="186"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="187"/>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="188"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="189"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="190"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="191"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="192"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="193"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="194"/>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="195"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="196"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="197"/>
        <source>Okrug</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="198"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="199"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="200"/>
        <source>Record no.</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="201"/>
        <source>Size, bytes</source>
        <translation>Size, bytes</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="203"/>
        <source>Previous file kept as</source>
        <translation>Previous file kept as</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="204"/>
        <source>Schema version</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="205"/>
        <source>Series every</source>
        <translation>Series every</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="206"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="207"/>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="261"/>
        <source>Reading the audit log</source>
        <translation>Reading the audit log</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="272"/>
        <source>Checking the audit log&apos;s chain</source>
        <translation>Checking the audit log&apos;s chain</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="309"/>
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
</context>
<context>
    <name>nov::AuthService</name>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="59"/>
        <source>The account %1 is deactivated.</source>
        <translation>The account %1 is deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="60"/>
        <source>Ask an administrator to reactivate it.</source>
        <translation>Ask an administrator to reactivate it.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="62"/>
        <source>The account %1 is locked after %2 wrong passwords.</source>
        <translation>The account %1 is locked after %2 wrong passwords.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="66"/>
        <source>Try again after %1, or ask an administrator to reset the password.</source>
        <translation>Try again after %1, or ask an administrator to reset the password.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="92"/>
        <source>A login is 2-64 small Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>A login is 2-64 small Latin letters, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="94"/>
        <source>For example: ivanova.ea</source>
        <translation>For example: ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="96"/>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="96"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="106"/>
        <source>The login %1 is taken.</source>
        <translation>The login %1 is taken.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="107"/>
        <source>Choose another login; accounts are never deleted, only deactivated.</source>
        <translation>Choose another login; accounts are never deleted, only deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="131"/>
        <source>The database already has accounts; the first administrator exists.</source>
        <translation>The database already has accounts; the first administrator exists.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="132"/>
        <source>Sign in, or ask an administrator for an account.</source>
        <translation>Sign in, or ask an administrator for an account.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="143"/>
        <source>Creating an account</source>
        <translation>Creating an account</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="155"/>
        <source>Resetting a password</source>
        <translation>Resetting a password</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="174"/>
        <source>Reactivating an account</source>
        <translation>Reactivating an account</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="174"/>
        <source>Deactivating an account</source>
        <translation>Deactivating an account</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="176"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="177"/>
        <source>Ask another administrator.</source>
        <translation>Ask another administrator.</translation>
    </message>
</context>
<context>
    <name>nov::BackupActions</name>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="31"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="33"/>
        <source>A verified copy of the database; clerks can keep working</source>
        <translation>A verified copy of the database; clerks can keep working</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="35"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="39"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="49"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="50"/>
        <source>Novoselye databases (*.db)</source>
        <translation>Novoselye databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="54"/>
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="63"/>
        <location filename="../../ui/BackupActions.cpp" line="67"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="68"/>
        <source>The backup is written and verified:
%1

%2</source>
        <translation>The backup is written and verified:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="79"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="81"/>
        <source>Novoselye databases (*.db);;All files (*)</source>
        <translation>Novoselye databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="75"/>
        <location filename="../../ui/BackupActions.cpp" line="89"/>
        <location filename="../../ui/BackupActions.cpp" line="94"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="90"/>
        <source>This file cannot be restored.

%1</source>
        <translation>This file cannot be restored.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="95"/>
        <source>Replace the database with this backup?
%1
%2

The current database is kept as %3. Novoselye closes the window, restores, and asks you to sign in again. Other clerks must close Novoselye first.</source>
        <translation>Replace the database with this backup?
%1
%2

The current database is kept as %3. Novoselye closes the window, restores, and asks you to sign in again. Other clerks must close Novoselye first.</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="131"/>
        <location filename="../../ui/BackupActions.cpp" line="133"/>
        <location filename="../../ui/BackupActions.cpp" line="143"/>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="134"/>
        <source>The database is sound: the integrity and foreign key checks pass and every office rule holds.</source>
        <translation>The database is sound: the integrity and foreign key checks pass and every office rule holds.</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="139"/>
        <source>%1: %2 (for example %3)</source>
        <translation>%1: %2 (for example %3)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="144"/>
        <source>The database has problems:

%1

Restore a backup taken before the damage or have the rows corrected.</source>
        <translation>The database has problems:

%1

Restore a backup taken before the damage or have the rows corrected.</translation>
    </message>
</context>
<context>
    <name>nov::BackupCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/BackupCommands.cpp" line="150"/>
        <source>The database breaks %n rule(s).</source>
        <translation>
            <numerusform>The database breaks %n rule.</numerusform>
            <numerusform>The database breaks %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::BackupService</name>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="35"/>
        <source>schema %1 · %2 households · %3 residents · %4 key handovers · %5</source>
        <translation>schema %1 · %2 households · %3 residents · %4 key handovers · %5</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="66"/>
        <source>Backing up the database</source>
        <translation>Backing up the database</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="93"/>
        <source>The folder for automatic backups cannot be created.</source>
        <translation>The folder for automatic backups cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="94"/>
        <source>Check that you may write there.</source>
        <translation>Check that you may write there.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="111"/>
        <source>A server database is not replaced by a file.</source>
        <translation>A server database is not replaced by a file.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="113"/>
        <source>Copy the backup into a new server database with novoselye migrate-to postgresql://USER@HOST/NEW_NAME --db FILE --user LOGIN and give the clerks the new name.</source>
        <translation>Copy the backup into a new server database with novoselye migrate-to postgresql://USER@HOST/NEW_NAME --db FILE --user LOGIN and give the clerks the new name.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="123"/>
        <source>Restoring the database from a backup</source>
        <translation>Restoring the database from a backup</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="126"/>
        <source>The backup file is the database itself.</source>
        <translation>The backup file is the database itself.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="127"/>
        <source>Choose a backup file.</source>
        <translation>Choose a backup file.</translation>
    </message>
</context>
<context>
    <name>nov::BrowseCatalog</name>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="131"/>
        <source>Residents: %1</source>
        <translation>Residents: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="157"/>
        <source>Households: %1</source>
        <translation>Households: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="186"/>
        <source>Apartments: %1</source>
        <translation>Apartments: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="219"/>
        <source>Buildings: %1</source>
        <translation>Buildings: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="257"/>
        <source>Vehicles: %1</source>
        <translation>Vehicles: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="328"/>
        <source>Cases: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="415"/>
        <source>Audit entries: %1</source>
        <translation>Audit entries: %1</translation>
    </message>
</context>
<context>
    <name>nov::CaseStep</name>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="38"/>
        <source>The case is in the status «%1»; you cannot %2 now.</source>
        <translation>The case is in the status «%1»; you cannot %2 now.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="45"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="57"/>
        <source>The date of %1 is missing or not a real date.</source>
        <translation>The date of %1 is missing or not a real date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="58"/>
        <source>Enter the date from the document.</source>
        <translation>Enter the date from the document.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="60"/>
        <source>The date of %1 (%2) is in the future.</source>
        <translation>The date of %1 (%2) is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="61"/>
        <source>Record a step once it has happened, with the date from the document.</source>
        <translation>Record a step once it has happened, with the date from the document.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="63"/>
        <source>The date of %1 (%2) is before %3 (%4).</source>
        <translation>The date of %1 (%2) is before %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="65"/>
        <location filename="../../app/domain/CaseStep.cpp" line="70"/>
        <source>Check the dates on the documents.</source>
        <translation>Check the dates on the documents.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="67"/>
        <source>The date of %1 (%2) is before the case&apos;s last change on %3 (%4).</source>
        <translation>The date of %1 (%2) is before the case&apos;s last change on %3 (%4).</translation>
    </message>
</context>
<context>
    <name>nov::CertificateService</name>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="174"/>
        <source>The cryptography library could not start.</source>
        <translation>The cryptography library could not start.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="175"/>
        <source>Reinstall Novoselye.</source>
        <translation>Reinstall Novoselye.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="225"/>
        <source>The keys have not been handed over yet, so there is no act to print.</source>
        <translation>The keys have not been handed over yet, so there is no act to print.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="226"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="226"/>
        <source>Record the key handover first.</source>
        <translation>Record the key handover first.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="266"/>
        <location filename="../../app/domain/CertificateService.cpp" line="290"/>
        <source>Printing acts</source>
        <translation>Printing acts</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="302"/>
        <source>The act is no longer stored.</source>
        <translation>The act is no longer stored.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="303"/>
        <source>Print it again.</source>
        <translation>Print it again.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="349"/>
        <source>This is not a verification code: it has 16 letters and digits, like 7Q4M-2XHD-9KCF-T3PA.</source>
        <translation>This is not a verification code: it has 16 letters and digits, like 7Q4M-2XHD-9KCF-T3PA.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="358"/>
        <source>No act was issued with the code %1: the act is not genuine or the code was misread.</source>
        <translation>No act was issued with the code %1: the act is not genuine or the code was misread.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="369"/>
        <source>The stored content of act %1 was changed after it was issued.</source>
        <translation>The stored content of act %1 was changed after it was issued.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="376"/>
        <source>The code belongs to act %1, not to the number in the QR code.</source>
        <translation>The code belongs to act %1, not to the number in the QR code.</translation>
    </message>
</context>
<context>
    <name>nov::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="84"/>
        <source>novoselye: error: %1</source>
        <translation>novoselye: error: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="86"/>
        <source>where: %1</source>
        <translation>where: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="88"/>
        <source>what to do: %1</source>
        <translation>what to do: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="90"/>
        <source>details: %1</source>
        <translation>details: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="96"/>
        <source>novoselye: %1</source>
        <translation>novoselye: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="97"/>
        <source>Run &apos;novoselye --help&apos; for the list of commands.</source>
        <translation>Run &apos;novoselye --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="98"/>
        <source>Run &apos;novoselye %1 --help&apos; for its options.</source>
        <translation>Run &apos;novoselye %1 --help&apos; for its options.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="105"/>
        <source>Usage: novoselye [--db PATH] [--lang ru|en]           start the program
       novoselye COMMAND [options]                     run a command

Commands:
</source>
        <translation>Usage: novoselye [--db PATH] [--lang ru|en]           start the program
       novoselye COMMAND [options]                     run a command

Commands:
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="117"/>
        <source>
Every command takes --db PATH (default: %1) and --help.
</source>
        <translation>
Every command takes --db PATH (default: %1) and --help.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="125"/>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="126"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="127"/>
        <source>Language of messages: ru or en.</source>
        <translation>Language of messages: ru or en.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="127"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="129"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="131"/>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="178"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="23"/>
        <source>unknown language &apos;%1&apos;: use --lang ru or --lang en.</source>
        <translation>unknown language &apos;%1&apos;: use --lang ru or --lang en.</translation>
    </message>
</context>
<context>
    <name>nov::CsvWriter</name>
    <message>
        <location filename="../../app/io/CsvWriter.cpp" line="281"/>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvWriter.cpp" line="283"/>
        <source>Check the free space and the folder&apos;s rights.</source>
        <translation>Check the free space and the folder&apos;s rights.</translation>
    </message>
</context>
<context>
    <name>nov::DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="33"/>
        <source>TsAO</source>
        <translation>TsAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="34"/>
        <source>SAO</source>
        <translation>SAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="35"/>
        <source>SVAO</source>
        <translation>SVAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="36"/>
        <source>VAO</source>
        <translation>VAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="37"/>
        <source>YuVAO</source>
        <translation>YuVAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="38"/>
        <source>YuAO</source>
        <translation>YuAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="39"/>
        <source>YuZAO</source>
        <translation>YuZAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="40"/>
        <source>ZAO</source>
        <translation>ZAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="41"/>
        <source>SZAO</source>
        <translation>SZAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="42"/>
        <source>ZelAO</source>
        <translation>ZelAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="43"/>
        <source>NAO</source>
        <translation>NAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="44"/>
        <source>TAO</source>
        <translation>TAO</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="57"/>
        <source>thousand residents</source>
        <translation>thousand residents</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="58"/>
        <source>residents</source>
        <translation>residents</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="67"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="376"/>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="396"/>
        <source>Relocated residents, cumulative</source>
        <translation>Relocated residents, cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="389"/>
        <source>Relocated residents: no key handovers in this range</source>
        <translation>Relocated residents: no key handovers in this range</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="246"/>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="592"/>
        <source>Relocated</source>
        <translation>Relocated</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="261"/>
        <source>%1: %2 residents relocated</source>
        <translation>%1: %2 residents relocated</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="269"/>
        <source>Forecast range</source>
        <translation>Forecast range</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="275"/>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="287"/>
        <source>Forecast for %1: %2 (from %3 to %4)</source>
        <translation>Forecast for %1: %2 (from %3 to %4)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="299"/>
        <source>Milestone reached</source>
        <translation>Milestone reached</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="442"/>
        <source>Milestone %1 reached on %2</source>
        <translation>Milestone %1 reached on %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="240"/>
        <source>milestones</source>
        <translation>milestones</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="502"/>
        <source>Residents relocated per month (last %1 months)</source>
        <translation>Residents relocated per month (last %1 months)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="503"/>
        <source>Residents relocated per month</source>
        <translation>Residents relocated per month</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="521"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="560"/>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2: %3 of %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="589"/>
        <source>By district: relocated and still to move</source>
        <translation>By district: relocated and still to move</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="590"/>
        <source>By okrug: relocated and still to move</source>
        <translation>By okrug: relocated and still to move</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="594"/>
        <source>Still to move</source>
        <translation>Still to move</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="618"/>
        <source>%1: %2 relocated, %3 still to move (%4 %)</source>
        <translation>%1: %2 relocated, %3 still to move (%4 %)</translation>
    </message>
</context>
<context>
    <name>nov::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="146"/>
        <source>Whole programme</source>
        <translation>Whole programme</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="147"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="148"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="149"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="150"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="151"/>
        <source>Which key handovers count: by the day the keys were handed over</source>
        <translation>Which key handovers count: by the day the keys were handed over</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="167"/>
        <source>All okrugs</source>
        <translation>All okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="172"/>
        <source>Months by okrug</source>
        <translation>Months by okrug</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="174"/>
        <source>Stack each month&apos;s bar by okrug</source>
        <translation>Stack each month&apos;s bar by okrug</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="175"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="547"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="557"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="177"/>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="178"/>
        <source>Save as P&amp;DF report…</source>
        <translation>Save as P&amp;DF report…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="179"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="183"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="189"/>
        <source>Okrug:</source>
        <translation>Okrug:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="191"/>
        <source>District:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="248"/>
        <source>Residents relocated</source>
        <translation>Residents relocated</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="250"/>
        <source>Households relocated</source>
        <translation>Households relocated</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="251"/>
        <source>Next milestone</source>
        <translation>Next milestone</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="253"/>
        <source>Forecast of the milestone</source>
        <translation>Forecast of the milestone</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="254"/>
        <source>Gift vehicles in stock</source>
        <translation>Gift vehicles in stock</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="255"/>
        <source>Overdue cases</source>
        <translation>Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="294"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="377"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="383"/>
        <source>%1 residents per household</source>
        <translation>%1 residents per household</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="391"/>
        <source>%1 of %2 since the milestone %3</source>
        <translation>%1 of %2 since the milestone %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="395"/>
        <source>%1 residents to go (whole programme)</source>
        <translation>%1 residents to go (whole programme)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="398"/>
        <source>all reached</source>
        <translation>all reached</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="401"/>
        <source>every milestone target is reached</source>
        <translation>every milestone target is reached</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="406"/>
        <source>%1 a week</source>
        <translation>%1 a week</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="413"/>
        <source>within a day · %1</source>
        <translation>within a day · %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="415"/>
        <source>between %1 and %2 · %3</source>
        <translation>between %1 and %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="416"/>
        <source>from %1, the latest cannot be told · %2</source>
        <translation>from %1, the latest cannot be told · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="419"/>
        <source>not in sight at the recent pace · %1</source>
        <translation>not in sight at the recent pace · %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="422"/>
        <source>A straight line through the weekly counts of the last %1 weeks, continued; the range is where the count will be with 95 % confidence.</source>
        <translation>A straight line through the weekly counts of the last %1 weeks, continued; the range is where the count will be with 95 % confidence.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="427"/>
        <source>%1 reserved · %2 handed over</source>
        <translation>%1 reserved · %2 handed over</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="430"/>
        <source>past a deadline today</source>
        <translation>past a deadline today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="457"/>
        <source>key handovers from %1 to %2</source>
        <translation>key handovers from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="458"/>
        <source>key handovers up to %1</source>
        <translation>key handovers up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="459"/>
        <source>all okrugs</source>
        <translation>all okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="474"/>
        <source>The picture cannot be written to %1. Check that the folder exists and that you may write there.</source>
        <translation>The picture cannot be written to %1. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="489"/>
        <source>Novoselye — relocation dashboard</source>
        <translation>Novoselye — relocation dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="496"/>
        <source>As of %1 · made %2</source>
        <translation>As of %1 · made %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="500"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="528"/>
        <source>Relocation dashboard</source>
        <translation>Relocation dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="532"/>
        <source>The PDF cannot be written to %1. Check that the folder exists and that you may write there.</source>
        <translation>The PDF cannot be written to %1. Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="542"/>
        <source>Save the dashboard as a picture</source>
        <translation>Save the dashboard as a picture</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="543"/>
        <source>dashboard-%1.png</source>
        <translation>dashboard-%1.png</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="543"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="552"/>
        <source>Save the dashboard as a PDF report</source>
        <translation>Save the dashboard as a PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="553"/>
        <source>dashboard-%1.pdf</source>
        <translation>dashboard-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="553"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="562"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="569"/>
        <source>Print the dashboard</source>
        <translation>Print the dashboard</translation>
    </message>
</context>
<context>
    <name>nov::DashboardService</name>
    <message>
        <location filename="../../app/domain/DashboardService.cpp" line="150"/>
        <source>export the dashboard</source>
        <translation>export the dashboard</translation>
    </message>
</context>
<context>
    <name>nov::DemoBuilder</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="621"/>
        <source>Okrugs and districts</source>
        <translation>Okrugs and districts</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="622"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="678"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="688"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="677"/>
        <source>Households and residents</source>
        <translation>Households and residents</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="687"/>
        <source>Milestones and gift vehicles</source>
        <translation>Milestones and gift vehicles</translation>
    </message>
</context>
<context>
    <name>nov::DemoGenerator</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="732"/>
        <source>Unknown demo scale &apos;%1&apos;.</source>
        <translation>Unknown demo scale &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="733"/>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="799"/>
        <source>The database already holds data; demo data goes into a new database only.</source>
        <translation>The database already holds data; demo data goes into a new database only.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="801"/>
        <source>Choose a new database name.</source>
        <translation>Choose a new database name.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="813"/>
        <source>The file already exists; demo data goes into a new database only.</source>
        <translation>The file already exists; demo data goes into a new database only.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="814"/>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation>Choose a new file name, or move the existing file away.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="761"/>
        <source>Indexes</source>
        <translation>Indexes</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="773"/>
        <source>Statistics for the query planner</source>
        <translation>Statistics for the query planner</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="842"/>
        <source>The demo database could not be moved into place.</source>
        <translation>The demo database could not be moved into place.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="843"/>
        <source>Check that you may write in that folder.</source>
        <translation>Check that you may write in that folder.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="807"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="847"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>nov::Equivalence</name>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="37"/>
        <source>%1 rooms instead of at least %2</source>
        <translation>%1 rooms instead of at least %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="39"/>
        <source>total area %1 m² instead of at least %2 m²</source>
        <translation>total area %1 m² instead of at least %2 m²</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="43"/>
        <source>living area %1 m² instead of at least %2 m²</source>
        <translation>living area %1 m² instead of at least %2 m²</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="49"/>
        <source>okrug %1 instead of %2</source>
        <translation>okrug %1 instead of %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="50"/>
        <source>district %1 instead of %2</source>
        <translation>district %1 instead of %2</translation>
    </message>
</context>
<context>
    <name>nov::ErrorLabel</name>
    <message>
        <location filename="../../ui/household/ErrorLabel.cpp" line="34"/>
        <source>Concerns: %1</source>
        <translation>Concerns: %1</translation>
    </message>
</context>
<context>
    <name>nov::FirstRunDialog</name>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="25"/>
        <source>Welcome to Novoselye</source>
        <translation>Welcome to Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="27"/>
        <source>&lt;b&gt;There is no database yet.&lt;/b&gt;&lt;br&gt;Novoselye will create it here:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Start with demo data to look around, or with an empty database for real work.</source>
        <translation>&lt;b&gt;There is no database yet.&lt;/b&gt;&lt;br&gt;Novoselye will create it here:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Start with demo data to look around, or with an empty database for real work.</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="36"/>
        <source>Demo data, s&amp;mall: about 2,000 residents (a few seconds)</source>
        <translation>Demo data, s&amp;mall: about 2,000 residents (a few seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="38"/>
        <source>Demo data, one &amp;district&apos;s worth: about 50,000 residents</source>
        <translation>Demo data, one &amp;district&apos;s worth: about 50,000 residents</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="39"/>
        <source>&amp;Empty database</source>
        <translation>&amp;Empty database</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="56"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="80"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>nov::GiftService</name>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="35"/>
        <source>%1: milestone %2 has not been reached yet.</source>
        <translation>%1: milestone %2 has not been reached yet.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="36"/>
        <source>A gift is prepared once the Nth resident has moved.</source>
        <translation>A gift is prepared once the Nth resident has moved.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="38"/>
        <source>%1: the gift of milestone %2 was already handed over on %3; a milestone gets one vehicle.</source>
        <translation>%1: the gift of milestone %2 was already handed over on %3; a milestone gets one vehicle.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="41"/>
        <source>Nothing more to do for this milestone.</source>
        <translation>Nothing more to do for this milestone.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="60"/>
        <source>Reserving a gift vehicle</source>
        <translation>Reserving a gift vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="64"/>
        <source>Reserving a vehicle</source>
        <translation>Reserving a vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="68"/>
        <source>Milestone %1 already has a vehicle reserved; a milestone gets one vehicle.</source>
        <translation>Milestone %1 already has a vehicle reserved; a milestone gets one vehicle.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="71"/>
        <source>Release the reserved vehicle first.</source>
        <translation>Release the reserved vehicle first.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="77"/>
        <source>The vehicle %1 is not in stock (it is %2); a vehicle is given once.</source>
        <translation>The vehicle %1 is not in stock (it is %2); a vehicle is given once.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="78"/>
        <source>reserved</source>
        <translation>reserved</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="79"/>
        <source>handed over</source>
        <translation>handed over</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="80"/>
        <source>Choose a vehicle in stock.</source>
        <translation>Choose a vehicle in stock.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="92"/>
        <source>Releasing a gift vehicle</source>
        <translation>Releasing a gift vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="96"/>
        <source>Releasing the vehicle</source>
        <translation>Releasing the vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="100"/>
        <location filename="../../app/domain/GiftService.cpp" line="139"/>
        <source>Milestone %1 has no vehicle reserved.</source>
        <translation>Milestone %1 has no vehicle reserved.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="101"/>
        <location filename="../../app/domain/GiftService.cpp" line="140"/>
        <source>Reserve a vehicle first.</source>
        <translation>Reserve a vehicle first.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="131"/>
        <source>Recording a gift vehicle handover</source>
        <translation>Recording a gift vehicle handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="135"/>
        <source>Recording the gift handover</source>
        <translation>Recording the gift handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="142"/>
        <source>The gift handover date must lie between the milestone&apos;s date (%1) and today (%2).</source>
        <translation>The gift handover date must lie between the milestone&apos;s date (%1) and today (%2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="145"/>
        <location filename="../../app/domain/GiftService.cpp" line="169"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="145"/>
        <source>Enter the date of the handover act.</source>
        <translation>Enter the date of the handover act.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="150"/>
        <source>The household of milestone %1 has no residents.</source>
        <translation>The household of milestone %1 has no residents.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="152"/>
        <source>Check the household&apos;s members.</source>
        <translation>Check the household&apos;s members.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="158"/>
        <source>The chosen resident is not a member of the household that reached the milestone.</source>
        <translation>The chosen resident is not a member of the household that reached the milestone.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="161"/>
        <source>Choose a member of the household.</source>
        <translation>Choose a member of the household.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="167"/>
        <source>The car %1 was made on %2; it cannot be handed over before that.</source>
        <translation>The car %1 was made on %2; it cannot be handed over before that.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="170"/>
        <source>Enter the date of the handover act, or reserve a car made by then.</source>
        <translation>Enter the date of the handover act, or reserve a car made by then.</translation>
    </message>
</context>
<context>
    <name>nov::GuiApplication</name>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="42"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="52"/>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="53"/>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="67"/>
        <source>Novoselye</source>
        <translation>Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="82"/>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="105"/>
        <source>Restoring the database…</source>
        <translation>Restoring the database…</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="116"/>
        <location filename="../../ui/GuiApplication.cpp" line="123"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="117"/>
        <source>The database is restored from %1. The previous one is kept as %2. Please sign in again.</source>
        <translation>The database is restored from %1. The previous one is kept as %2. Please sign in again.</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="124"/>
        <source>The database was not replaced.

%1</source>
        <translation>The database was not replaced.

%1</translation>
    </message>
</context>
<context>
    <name>nov::HandoverActPrinter</name>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="349"/>
        <source>Handover acts</source>
        <translation>Handover acts</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="358"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Printing was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="361"/>
        <source>The PDF file could not be written.</source>
        <translation>The PDF file could not be written.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="362"/>
        <source>Choose a folder you may write to.</source>
        <translation>Choose a folder you may write to.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdCard</name>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="110"/>
        <location filename="../../ui/household/HouseholdCard.cpp" line="132"/>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="117"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="131"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="134"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="136"/>
        <source>&amp;Print key handover act…</source>
        <translation>&amp;Print key handover act…</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="144"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="148"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="151"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="187"/>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="188"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="190"/>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="192"/>
        <source>Old apartment: %1, apt. %2, floor %3 · %n room(s) · %4 m² total, %5 m² living</source>
        <translation>
            <numerusform>Old apartment: %1, apt. %2, floor %3 · %n room · %4 m² total, %5 m² living</numerusform>
            <numerusform>Old apartment: %1, apt. %2, floor %3 · %n rooms · %4 m² total, %5 m² living</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="198"/>
        <source>District: %1 (%2) · included on %3</source>
        <translation>District: %1 (%2) · included on %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="206"/>
        <source>The decision on the offer is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>The decision on the offer is overdue by %n day (due %1).</numerusform>
            <numerusform>The decision on the offer is overdue by %n days (due %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="208"/>
        <source>The signed contract is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>The signed contract is overdue by %n day (due %1).</numerusform>
            <numerusform>The signed contract is overdue by %n days (due %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="222"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="229"/>
        <source>Your role may look at the case but not record steps. %1</source>
        <translation>Your role may look at the case but not record steps. %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="268"/>
        <source>Recorded: %1. The case is now «%2».</source>
        <translation>Recorded: %1. The case is now «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="280"/>
        <source>This handover reached the %1th resident of the programme.</source>
        <translation>This handover reached the %1th resident of the programme.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="285"/>
        <source>This handover changed milestones of the programme.</source>
        <translation>This handover changed milestones of the programme.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="286"/>
        <source>Milestone of the programme</source>
        <translation>Milestone of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="347"/>
        <source>%1 was removed from the household. Undo brings the resident back.</source>
        <translation>%1 was removed from the household. Undo brings the resident back.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdTabs</name>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="35"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="36"/>
        <source>&amp;Offers</source>
        <translation>&amp;Offers</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Apartment</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Total / living, m²</source>
        <translation>Total / living, m²</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Refusal reason</source>
        <translation>Refusal reason</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="39"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="40"/>
        <source>Con&amp;tract</source>
        <translation>Con&amp;tract</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Drafted on:</source>
        <translation>Drafted on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="43"/>
        <source>&amp;Key handover</source>
        <translation>&amp;Key handover</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Handed over on:</source>
        <translation>Handed over on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Key sets:</source>
        <translation>Key sets:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Residents moving in:</source>
        <translation>Residents moving in:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="45"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="103"/>
        <source>%1, apt. %2, floor %3</source>
        <translation>%1, apt. %2, floor %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="105"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="120"/>
        <source>No contract yet.</source>
        <translation>No contract yet.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="128"/>
        <source>No appointment yet.</source>
        <translation>No appointment yet.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="157"/>
        <source>met on %1</source>
        <translation>met on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="159"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="161"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="162"/>
        <source>Decision on the offer</source>
        <translation>Decision on the offer</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="163"/>
        <source>Signed contract</source>
        <translation>Signed contract</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdWorkflow</name>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="86"/>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="87"/>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="88"/>
        <source>Offer sent</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="89"/>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="90"/>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="91"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="93"/>
        <source>Contract drafted</source>
        <translation>Contract drafted</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="95"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="97"/>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="99"/>
        <source>Old apartment vacated</source>
        <translation>Old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="101"/>
        <source>Extra space purchase</source>
        <translation>Extra space purchase</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="103"/>
        <source>Monetary compensation</source>
        <translation>Monetary compensation</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="104"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="113"/>
        <source>record the notification</source>
        <translation>record the notification</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="115"/>
        <source>send an offer</source>
        <translation>send an offer</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="117"/>
        <source>record the viewing</source>
        <translation>record the viewing</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="119"/>
        <source>record the consent</source>
        <translation>record the consent</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="121"/>
        <source>record a refusal</source>
        <translation>record a refusal</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="123"/>
        <source>draft the contract</source>
        <translation>draft the contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="125"/>
        <source>record the signed contract</source>
        <translation>record the signed contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="127"/>
        <source>schedule the key handover</source>
        <translation>schedule the key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="129"/>
        <source>record the key handover</source>
        <translation>record the key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="131"/>
        <source>mark the old apartment vacated</source>
        <translation>mark the old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="139"/>
        <source>No further step of the relocation workflow is possible in this status.</source>
        <translation>No further step of the relocation workflow is possible in this status.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="143"/>
        <source>Possible next steps: %1.</source>
        <translation>Possible next steps: %1.</translation>
    </message>
</context>
<context>
    <name>nov::ImportService</name>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="79"/>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="80"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Check that the file exists and that you may read it.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="104"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="118"/>
        <source>The error report could not be written.</source>
        <translation>The error report could not be written.</translation>
    </message>
</context>
<context>
    <name>nov::LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="23"/>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="23"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="25"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</source>
        <translation>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="28"/>
        <source>Sign in with your Novoselye account.</source>
        <translation>Sign in with your Novoselye account.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="35"/>
        <source>e.g. ivanova.ea</source>
        <translation>e.g. ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="36"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="40"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="48"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="62"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="62"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="74"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="97"/>
        <source>Novoselye</source>
        <translation>Novoselye</translation>
    </message>
</context>
<context>
    <name>nov::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="52"/>
        <source>Novoselye — relocation office</source>
        <translation>Novoselye — relocation office</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <source>Database: %1 · signed in: %2 (%3)</source>
        <translation>Database: %1 · signed in: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <source>The case %1 no longer exists.</source>
        <translation>The case %1 no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <source>Check that no audit entry was changed or deleted outside Novoselye</source>
        <translation>Check that no audit entry was changed or deleted outside Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="220"/>
        <source>The audit log is intact: every entry matches its hash.</source>
        <translation>The audit log is intact: every entry matches its hash.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>The audit log was changed outside Novoselye from entry %1 on: %2.</source>
        <translation>The audit log was changed outside Novoselye from entry %1 on: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="257"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Overdue cases</source>
        <translation>&amp;Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
        <source>Cases past the decision or contract deadline</source>
        <translation>Cases past the decision or contract deadline</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Import from a spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="288"/>
        <source>Residents, apartments or gift vehicles from a CSV file (managers)</source>
        <translation>Residents, apartments or gift vehicles from a CSV file (managers)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="290"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Save this list, as filtered, to Excel or CSV</source>
        <translation>Save this list, as filtered, to Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="302"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="307"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="308"/>
        <source>The language changes when Novoselye starts next time.</source>
        <translation>The language changes when Novoselye starts next time.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="320"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="331"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="334"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="339"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="340"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="352"/>
        <source>Acts of a &amp;day or building…</source>
        <translation>Acts of a &amp;day or building…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="355"/>
        <source>&amp;Verify act…</source>
        <translation>&amp;Verify act…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="357"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="359"/>
        <source>&amp;About Novoselye</source>
        <translation>&amp;About Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/DialogGallery.cpp" line="162"/>
        <location filename="../../ui/MainWindow.cpp" line="360"/>
        <source>About Novoselye</source>
        <translation>About Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="364"/>
        <source>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</source>
        <translation>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="379"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="379"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="393"/>
        <source>Okrugs</source>
        <translation>Okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="394"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="395"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="396"/>
        <source>Apartments</source>
        <translation>Apartments</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="397"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="398"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="399"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="400"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="401"/>
        <source>Key handovers</source>
        <translation>Key handovers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="73"/>
        <location filename="../../ui/MainWindow.cpp" line="402"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="80"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>Verif&amp;y chain</source>
        <translation>Verif&amp;y chain</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="265"/>
        <source>Read the figures and lists from the database again</source>
        <translation>Read the figures and lists from the database again</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>Search residents, households, apartments…</source>
        <translation>Search residents, households, apartments…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="351"/>
        <source>A&amp;cts</source>
        <translation>A&amp;cts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="403"/>
        <source>Gift vehicles</source>
        <translation>Gift vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="404"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="405"/>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="406"/>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="407"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="409"/>
        <source>Case history entries</source>
        <translation>Case history entries</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="424"/>
        <source>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="431"/>
        <source>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="450"/>
        <source>%1 residents · %2 households</source>
        <translation>%1 residents · %2 households</translation>
    </message>
</context>
<context>
    <name>nov::MembersTab</name>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="46"/>
        <source>&amp;Add resident…</source>
        <translation>&amp;Add resident…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="47"/>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rrect…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="48"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneService</name>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="42"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="44"/>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="46"/>
        <source>vehicle reserved</source>
        <translation>vehicle reserved</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="48"/>
        <source>gift handed over</source>
        <translation>gift handed over</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="74"/>
        <source>The title is longer than %1 characters.</source>
        <translation>The title is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="74"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="75"/>
        <source>Shorten the title.</source>
        <translation>Shorten the title.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="80"/>
        <source>A milestone target is a number of relocated residents above zero.</source>
        <translation>A milestone target is a number of relocated residents above zero.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="81"/>
        <location filename="../../app/domain/MilestoneService.cpp" line="89"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="81"/>
        <source>Enter, for example, 300000.</source>
        <translation>Enter, for example, 300000.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="87"/>
        <source>There already is a milestone for resident number %1.</source>
        <translation>There already is a milestone for resident number %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="89"/>
        <source>Choose another number.</source>
        <translation>Choose another number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="107"/>
        <source>Adding a milestone</source>
        <translation>Adding a milestone</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="130"/>
        <source>Adding a series of milestones</source>
        <translation>Adding a series of milestones</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="132"/>
        <source>A series needs a step above zero and a last target not below the step.</source>
        <translation>A series needs a step above zero and a last target not below the step.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="133"/>
        <location filename="../../app/domain/MilestoneService.cpp" line="136"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="133"/>
        <source>For example: every 50000 up to 1000000.</source>
        <translation>For example: every 50000 up to 1000000.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="135"/>
        <source>The series would add more than %1 milestones.</source>
        <translation>The series would add more than %1 milestones.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="136"/>
        <source>Choose a larger step or a smaller last target.</source>
        <translation>Choose a larger step or a smaller last target.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="176"/>
        <source>%1 is not possible: milestone %2 was reached on %3 and is kept as it is.</source>
        <translation>%1 is not possible: milestone %2 was reached on %3 and is kept as it is.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="179"/>
        <source>Add a new milestone instead.</source>
        <translation>Add a new milestone instead.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="187"/>
        <source>Editing a milestone</source>
        <translation>Editing a milestone</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="193"/>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="211"/>
        <source>Removing a milestone</source>
        <translation>Removing a milestone</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="215"/>
        <source>Removing</source>
        <translation>Removing</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneTracker::Change</name>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="151"/>
        <source>Milestone «%1» reached: %2 (case %3) is resident number %4.</source>
        <translation>Milestone «%1» reached: %2 (case %3) is resident number %4.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="154"/>
        <source>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</source>
        <translation>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="160"/>
        <source>A key handover dated earlier makes %1 (case %2) resident number %3, but the gift of milestone «%4» was already handed over to %5 (case %6). The record was kept; please review it.</source>
        <translation>A key handover dated earlier makes %1 (case %2) resident number %3, but the gift of milestone «%4» was already handed over to %5 (case %6). The record was kept; please review it.</translation>
    </message>
</context>
<context>
    <name>nov::OfferPicker</name>
    <message numerus="yes">
        <location filename="../../ui/household/OfferPicker.cpp" line="41"/>
        <source>Equivalent to the old apartment: at least %n room(s), %1 m² total and %2 m² living area, in %3.</source>
        <translation>
            <numerusform>Equivalent to the old apartment: at least %n room, %1 m² total and %2 m² living area, in %3.</numerusform>
            <numerusform>Equivalent to the old apartment: at least %n rooms, %1 m² total and %2 m² living area, in %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="48"/>
        <source>No such apartment is free at the moment.</source>
        <translation>No such apartment is free at the moment.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Apt.</source>
        <translation>Apt.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>Total, m²</source>
        <translation>Total, m²</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>Living, m²</source>
        <translation>Living, m²</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="55"/>
        <source>Not equivalent in</source>
        <translation>Not equivalent in</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="65"/>
        <source>&amp;Override equivalence: show every free apartment of the district</source>
        <translation>&amp;Override equivalence: show every free apartment of the district</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="70"/>
        <source>Required: why this apartment is offered anyway</source>
        <translation>Required: why this apartment is offered anyway</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="74"/>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="78"/>
        <source>Only a manager may offer an apartment that is not equivalent.</source>
        <translation>Only a manager may offer an apartment that is not equivalent.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="80"/>
        <source>Only a manager may override the equivalence rule.</source>
        <translation>Only a manager may override the equivalence rule.</translation>
    </message>
</context>
<context>
    <name>nov::OfficeSettings</name>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="45"/>
        <source>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</source>
        <translation>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</translation>
    </message>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="51"/>
        <source>An administrator can correct it in the settings (default: %1).</source>
        <translation>An administrator can correct it in the settings (default: %1).</translation>
    </message>
</context>
<context>
    <name>nov::OverduePage</name>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="48"/>
        <source>Overdue &amp;as of:</source>
        <translation>Overdue &amp;as of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="54"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="120"/>
        <source>decision on the offer</source>
        <translation>decision on the offer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="120"/>
        <source>signed contract</source>
        <translation>signed contract</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/OverduePage.cpp" line="130"/>
        <source>%n overdue case(s)</source>
        <translation>
            <numerusform>%n overdue case</numerusform>
            <numerusform>%n overdue cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::PasswordHasher</name>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="23"/>
        <source>The password library could not start.</source>
        <translation>The password library could not start.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="24"/>
        <source>Reinstall Novoselye.</source>
        <translation>Reinstall Novoselye.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="31"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="32"/>
        <source>Close other programs and try again.</source>
        <translation>Close other programs and try again.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="47"/>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="47"/>
        <location filename="../../app/auth/PasswordHasher.cpp" line="55"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="48"/>
        <source>A short sentence is easy to remember and hard to guess.</source>
        <translation>A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="55"/>
        <source>The password must contain letters and digits.</source>
        <translation>The password must contain letters and digits.</translation>
    </message>
</context>
<context>
    <name>nov::PersonalData</name>
    <message>
        <location filename="../../app/domain/PersonalData.cpp" line="46"/>
        <source>Seeing passport, SNILS and phone</source>
        <translation>Seeing passport, SNILS and phone</translation>
    </message>
</context>
<context>
    <name>nov::RelocationService</name>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="30"/>
        <source>The contract number is missing.</source>
        <translation>The contract number is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="31"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="35"/>
        <source>Enter the number printed on the contract.</source>
        <translation>Enter the number printed on the contract.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="34"/>
        <source>The contract number is longer than %1 characters.</source>
        <translation>The contract number is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="38"/>
        <source>The contract type “%1” is unknown.</source>
        <translation>The contract type “%1” is unknown.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="39"/>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="45"/>
        <source>The contract number %1 is already used in case %2.</source>
        <translation>The contract number %1 is already used in case %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="46"/>
        <source>Check the number on the contract.</source>
        <translation>Check the number on the contract.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="53"/>
        <source>Drafting a contract</source>
        <translation>Drafting a contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="65"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="102"/>
        <source>the contract draft</source>
        <translation>the contract draft</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="65"/>
        <location filename="../../app/domain/RelocationService.cpp" line="213"/>
        <source>the consent</source>
        <translation>the consent</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="86"/>
        <source>The case has no contract, although its status needs one.</source>
        <translation>The case has no contract, although its status needs one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="128"/>
        <source>Ask an administrator to check the case&apos;s history.</source>
        <translation>Ask an administrator to check the case&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="92"/>
        <source>Recording a signed contract</source>
        <translation>Recording a signed contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="101"/>
        <source>the signature</source>
        <translation>the signature</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="113"/>
        <source>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</source>
        <translation>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="116"/>
        <source>Enter the number of key sets from the handover act.</source>
        <translation>Enter the number of key sets from the handover act.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="137"/>
        <source>Scheduling a key handover</source>
        <translation>Scheduling a key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="147"/>
        <source>the key handover appointment</source>
        <translation>the key handover appointment</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="148"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="212"/>
        <source>the contract signature</source>
        <translation>the contract signature</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="126"/>
        <source>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</source>
        <translation>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="131"/>
        <source>Enter the household&apos;s residents first, or correct the number.</source>
        <translation>Enter the household&apos;s residents first, or correct the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="194"/>
        <source>Key handover scheduled for %1.</source>
        <translation>Key handover scheduled for %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="201"/>
        <source>Recording a key handover</source>
        <translation>Recording a key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="211"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="282"/>
        <source>the key handover</source>
        <translation>the key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="270"/>
        <source>Marking the old apartment vacated</source>
        <translation>Marking the old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="281"/>
        <source>the vacating of the old apartment</source>
        <translation>the vacating of the old apartment</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="37"/>
        <source>Recording the notification</source>
        <translation>Recording the notification</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="43"/>
        <location filename="../../app/domain/RelocationService.cpp" line="63"/>
        <source>the notification</source>
        <translation>the notification</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="45"/>
        <source>the inclusion in the programme</source>
        <translation>the inclusion in the programme</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="56"/>
        <source>Sending an offer</source>
        <translation>Sending an offer</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="62"/>
        <location filename="../../app/domain/RelocationService.cpp" line="171"/>
        <location filename="../../app/domain/RelocationService.cpp" line="215"/>
        <source>the offer letter</source>
        <translation>the offer letter</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="109"/>
        <source>Choose an apartment from the list of free equivalent apartments.</source>
        <translation>Choose an apartment from the list of free equivalent apartments.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="112"/>
        <source>%1 is in an old building; only apartments of new buildings can be offered.</source>
        <translation>%1 is in an old building; only apartments of new buildings can be offered.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="117"/>
        <source>%1 is in a building still under construction.</source>
        <translation>%1 is in a building still under construction.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="125"/>
        <source>%1 is already offered to case %2.</source>
        <translation>%1 is already offered to case %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="126"/>
        <source>Choose another apartment; this one becomes free again if that household refuses.</source>
        <translation>Choose another apartment; this one becomes free again if that household refuses.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="128"/>
        <source>%1 is not free (it is %2).</source>
        <translation>%1 is not free (it is %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="141"/>
        <source>%1 is not equivalent to the old apartment: %2.</source>
        <translation>%1 is not equivalent to the old apartment: %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="143"/>
        <source>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</source>
        <translation>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="146"/>
        <source>Overriding the equivalence rule</source>
        <translation>Overriding the equivalence rule</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="148"/>
        <source>An override of the equivalence rule needs a signed-in manager.</source>
        <translation>An override of the equivalence rule needs a signed-in manager.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="149"/>
        <source>Sign in with a manager&apos;s account.</source>
        <translation>Sign in with a manager&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="156"/>
        <source>The case has no open offer, although its status needs one.</source>
        <translation>The case has no open offer, although its status needs one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="161"/>
        <source>Recording a viewing</source>
        <translation>Recording a viewing</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="171"/>
        <location filename="../../app/domain/RelocationService.cpp" line="215"/>
        <source>the viewing</source>
        <translation>the viewing</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="180"/>
        <source>Recording a consent</source>
        <translation>Recording a consent</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="186"/>
        <source>Recording a refusal</source>
        <translation>Recording a refusal</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="201"/>
        <source>The refusal reason “%1” is not one of the programme&apos;s reasons.</source>
        <translation>The refusal reason “%1” is not one of the programme&apos;s reasons.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="202"/>
        <source>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</source>
        <translation>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="207"/>
        <source>The refusal reason “%1” needs a note.</source>
        <translation>The refusal reason “%1” needs a note.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="208"/>
        <source>Describe in the note why the household refused.</source>
        <translation>Describe in the note why the household refused.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="213"/>
        <source>the refusal</source>
        <translation>the refusal</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="297"/>
        <source>technical condition</source>
        <translation>technical condition</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="298"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="300"/>
        <source>wants more area</source>
        <translation>wants more area</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="302"/>
        <source>wants several apartments</source>
        <translation>wants several apartments</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="304"/>
        <source>wants another building</source>
        <translation>wants another building</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="306"/>
        <source>wants another district</source>
        <translation>wants another district</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="307"/>
        <source>floor</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="308"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="317"/>
        <source>awaiting decision</source>
        <translation>awaiting decision</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="318"/>
        <source>consented</source>
        <translation>consented</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="319"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="320"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
</context>
<context>
    <name>nov::RescheduleCommand</name>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="21"/>
        <source>move the key handover appointment to %1</source>
        <translation>move the key handover appointment to %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="61"/>
        <source>The key handover appointment changed since it was moved; the move cannot be undone or redone.</source>
        <translation>The key handover appointment changed since it was moved; the move cannot be undone or redone.</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="63"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="64"/>
        <source>Look at the Key handover tab and schedule the appointment by hand.</source>
        <translation>Look at the Key handover tab and schedule the appointment by hand.</translation>
    </message>
</context>
<context>
    <name>nov::ResidentCommand</name>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="20"/>
        <source>add resident %1</source>
        <translation>add resident %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="22"/>
        <source>remove resident %1</source>
        <translation>remove resident %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="24"/>
        <source>correct resident %1</source>
        <translation>correct resident %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="60"/>
        <source>The resident was changed elsewhere since this edit; it cannot be undone or redone.</source>
        <translation>The resident was changed elsewhere since this edit; it cannot be undone or redone.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="62"/>
        <source>Look at the member&apos;s current data and correct it by hand.</source>
        <translation>Look at the member&apos;s current data and correct it by hand.</translation>
    </message>
</context>
<context>
    <name>nov::ResidentDialog</name>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="44"/>
        <source>Correct resident — %1</source>
        <translation>Correct resident — %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="45"/>
        <source>Add a resident</source>
        <translation>Add a resident</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="51"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="52"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="54"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="57"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="58"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="60"/>
        <source>S&amp;ex:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="61"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="62"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="68"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="69"/>
        <source>S&amp;NILS:</source>
        <translation>S&amp;NILS:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="70"/>
        <source>112-233-445 95</source>
        <translation>112-233-445 95</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="71"/>
        <source>P&amp;assport:</source>
        <translation>P&amp;assport:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="72"/>
        <source>45 12 345678</source>
        <translation>45 12 345678</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="73"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="74"/>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="137"/>
        <source>Enter the last name.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="138"/>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="139"/>
        <source>Enter the birth date (dd.mm.yyyy).</source>
        <translation>Enter the birth date (dd.mm.yyyy).</translation>
    </message>
</context>
<context>
    <name>nov::ResidentService</name>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="48"/>
        <source>The resident does not exist (any more).</source>
        <translation>The resident does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="49"/>
        <location filename="../../app/domain/ResidentService.cpp" line="183"/>
        <source>resident %1</source>
        <translation>resident %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="50"/>
        <source>Reopen the household card to see its current members.</source>
        <translation>Reopen the household card to see its current members.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="60"/>
        <source>The last name is missing.</source>
        <translation>The last name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="60"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="61"/>
        <source>Enter the last name as in the passport.</source>
        <translation>Enter the last name as in the passport.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="63"/>
        <source>The first name is missing.</source>
        <translation>The first name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="63"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>Enter the first name as in the passport.</source>
        <translation>Enter the first name as in the passport.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>The sex is not set.</source>
        <translation>The sex is not set.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>Choose male or female.</source>
        <translation>Choose male or female.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>The relation “%1” is unknown.</source>
        <translation>The relation “%1” is unknown.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="69"/>
        <source>Choose the relation to the head of the household.</source>
        <translation>Choose the relation to the head of the household.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="88"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="89"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="97"/>
        <source>This %1 already belongs to %2 (case %3).</source>
        <translation>This %1 already belongs to %2 (case %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="100"/>
        <source>Check the number on the document; one person is entered once.</source>
        <translation>Check the number on the document; one person is entered once.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="106"/>
        <source>Adding a resident</source>
        <translation>Adding a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="137"/>
        <source>Correcting a resident</source>
        <translation>Correcting a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="168"/>
        <source>Removing a resident</source>
        <translation>Removing a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="181"/>
        <source>%1 is named by a milestone of the programme and cannot be removed.</source>
        <translation>%1 is named by a milestone of the programme and cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="183"/>
        <source>Correct the resident&apos;s data instead.</source>
        <translation>Correct the resident&apos;s data instead.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="224"/>
        <source>head of household</source>
        <translation>head of household</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="225"/>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="226"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="227"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="228"/>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="229"/>
        <source>grandchild</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="230"/>
        <source>other relation</source>
        <translation>other relation</translation>
    </message>
</context>
<context>
    <name>nov::ScreenshotCommand</name>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="48"/>
        <source>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</source>
        <translation>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="103"/>
        <source>--out FILE.png and --file are needed.</source>
        <translation>--out FILE.png and --file are needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="201"/>
        <source>Renders the main window with PAGE selected and its rows loaded to a PNG file, or a dialog (&quot;dialogs&quot;: every dialog into the folder --out).
Pages: %1.
Dialogs: %2.</source>
        <translation>Renders the main window with PAGE selected and its rows loaded to a PNG file, or a dialog (&quot;dialogs&quot;: every dialog into the folder --out).
Pages: %1.
Dialogs: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="206"/>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="206"/>
        <location filename="../../ui/ScreenshotCommand.cpp" line="218"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="207"/>
        <source>Window size (default: 1280x800).</source>
        <translation>Window size (default: 1280x800).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="207"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="209"/>
        <source>Colours: light (default), dark or system.</source>
        <translation>Colours: light (default), dark or system.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="210"/>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="212"/>
        <source>Show only the rows with this status (a list page&apos;s status filter).</source>
        <translation>Show only the rows with this status (a list page&apos;s status filter).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="213"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="214"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="214"/>
        <source>The page to render.</source>
        <translation>The page to render.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="217"/>
        <source>import: the CSV file the import wizard checks (its dry-run page is shown).</source>
        <translation>import: the CSV file the import wizard checks (its dry-run page is shown).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="220"/>
        <source>Dialogs: the office&apos;s today (step dates), YYYY-MM-DD.</source>
        <translation>Dialogs: the office&apos;s today (step dates), YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="220"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="227"/>
        <source>which page? Name one of: %1.</source>
        <translation>which page? Name one of: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="229"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="238"/>
        <source>unknown page &apos;%1&apos;; the pages are: %2.</source>
        <translation>unknown page &apos;%1&apos;; the pages are: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="242"/>
        <source>--out FILE.png is needed.</source>
        <translation>--out FILE.png is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="246"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</source>
        <translation>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="269"/>
        <source>The page&apos;s rows did not arrive within %1 seconds.</source>
        <translation>The page&apos;s rows did not arrive within %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="270"/>
        <source>Check the database with: novoselye stats</source>
        <translation>Check the database with: novoselye stats</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="279"/>
        <source>The picture cannot be written.</source>
        <translation>The picture cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="281"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="284"/>
        <source>%1: %2×%3 pixels
</source>
        <translation>%1: %2×%3 pixels
</translation>
    </message>
</context>
<context>
    <name>nov::StatsService::Stats</name>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="67"/>
        <source>Database: %1 (schema version %2)
</source>
        <translation>Database: %1 (schema version %2)
</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="74"/>
        <source>Relocated residents: %1 in %2 households
</source>
        <translation>Relocated residents: %1 in %2 households
</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="76"/>
        <source>Milestones reached: %1 of %2</source>
        <translation>Milestones reached: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="79"/>
        <source>; next target %1, %2 residents to go</source>
        <translation>; next target %1, %2 residents to go</translation>
    </message>
</context>
<context>
    <name>nov::StepCommand</name>
    <message>
        <location filename="../../ui/household/StepCommand.cpp" line="29"/>
        <source>The step cannot be recorded again.</source>
        <translation>The step cannot be recorded again.</translation>
    </message>
</context>
<context>
    <name>nov::StepUndo</name>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="36"/>
        <source>Undoing a step</source>
        <translation>Undoing a step</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="43"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="46"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>“%1” cannot be undone: %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="47"/>
        <source>Look at the case&apos;s history; record a new step if the case needs one.</source>
        <translation>Look at the case&apos;s history; record a new step if the case needs one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="51"/>
        <source>this step is final.</source>
        <translation>this step is final.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="59"/>
        <source>it is no longer the case&apos;s latest step.</source>
        <translation>it is no longer the case&apos;s latest step.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="77"/>
        <source>the case has no live offer.</source>
        <translation>the case has no live offer.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="98"/>
        <source>the records moved on since (an appointment, a contract or a viewing was recorded).</source>
        <translation>the records moved on since (an appointment, a contract or a viewing was recorded).</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="104"/>
        <source>undone: %1</source>
        <translation>undone: %1</translation>
    </message>
</context>
<context>
    <name>nov::TableExporter</name>
    <message>
        <location filename="../../app/io/RowPark.cpp" line="10"/>
        <location filename="../../app/io/XlsxSink.cpp" line="106"/>
        <source>The export&apos;s temporary file cannot be written.</source>
        <translation>The export&apos;s temporary file cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/io/RowPark.cpp" line="35"/>
        <source>The export&apos;s temporary file cannot be read.</source>
        <translation>The export&apos;s temporary file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvSink.cpp" line="21"/>
        <location filename="../../app/io/CsvSink.cpp" line="71"/>
        <location filename="../../app/io/CsvSink.cpp" line="77"/>
        <source>The file cannot be written.</source>
        <translation>The file cannot be written.</translation>
    </message>
    <message>
        <location filename="../../app/io/XlsxSink.cpp" line="32"/>
        <source>The workbook cannot be created.</source>
        <translation>The workbook cannot be created.</translation>
    </message>
    <message>
        <location filename="../../app/io/XlsxSink.cpp" line="118"/>
        <source>The workbook cannot be written.</source>
        <translation>The workbook cannot be written.</translation>
    </message>
</context>
<context>
    <name>nov::Validators</name>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="78"/>
        <location filename="../../app/domain/Validators.cpp" line="87"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="78"/>
        <source>SNILS must have 11 digits, written like 112-233-445 95.</source>
        <translation>SNILS must have 11 digits, written like 112-233-445 95.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="79"/>
        <source>Check the number on the SNILS card.</source>
        <translation>Check the number on the SNILS card.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="85"/>
        <source>The SNILS check digits are wrong (%1 expected, %2 given).</source>
        <translation>The SNILS check digits are wrong (%1 expected, %2 given).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="88"/>
        <source>A digit was probably mistyped; check the number on the card.</source>
        <translation>A digit was probably mistyped; check the number on the card.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="96"/>
        <source>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</source>
        <translation>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="98"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="98"/>
        <source>Check the passport&apos;s series and number.</source>
        <translation>Check the passport&apos;s series and number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="104"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="106"/>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>A VIN has 17 characters; this one has %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="107"/>
        <location filename="../../app/domain/Validators.cpp" line="113"/>
        <source>Copy the VIN from the vehicle passport (ЭПТС).</source>
        <translation>Copy the VIN from the vehicle passport (ЭПТС).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="112"/>
        <source>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</source>
        <translation>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="115"/>
        <source>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</source>
        <translation>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="118"/>
        <source>Probably 1 or 0 was meant.</source>
        <translation>Probably 1 or 0 was meant.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="130"/>
        <source>A phone number has 10 digits after +7, like +7 495 123-45-67.</source>
        <translation>A phone number has 10 digits after +7, like +7 495 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="131"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="131"/>
        <source>Check the number.</source>
        <translation>Check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="139"/>
        <source>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</source>
        <translation>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="144"/>
        <source>&apos;%1&apos; is not a real calendar date.</source>
        <translation>&apos;%1&apos; is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="145"/>
        <source>Check the day and the month.</source>
        <translation>Check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <location filename="../../app/domain/Validators.cpp" line="158"/>
        <location filename="../../app/domain/Validators.cpp" line="161"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="158"/>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <location filename="../../app/domain/Validators.cpp" line="162"/>
        <source>Check the year.</source>
        <translation>Check the year.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="161"/>
        <source>The birth date %1 is before 1900.</source>
        <translation>The birth date %1 is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="174"/>
        <source>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</source>
        <translation>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="177"/>
        <source>An area must be above 0 and below 1000 m²; %1 given.</source>
        <translation>An area must be above 0 and below 1000 m²; %1 given.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="184"/>
        <source>The total area must be above 0 m².</source>
        <translation>The total area must be above 0 m².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="184"/>
        <source>Total area</source>
        <translation>Total area</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="186"/>
        <source>The living area must be above 0 m².</source>
        <translation>The living area must be above 0 m².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="186"/>
        <location filename="../../app/domain/Validators.cpp" line="191"/>
        <source>Living area</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="188"/>
        <source>The living area (%1 m²) is larger than the total area (%2 m²).</source>
        <translation>The living area (%1 m²) is larger than the total area (%2 m²).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="191"/>
        <source>The living area is a part of the total area.</source>
        <translation>The living area is a part of the total area.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="197"/>
        <source>An apartment has 1 to 7 rooms; %1 given.</source>
        <translation>An apartment has 1 to 7 rooms; %1 given.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="197"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>nov::VehicleDialog</name>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="36"/>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="37"/>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="38"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="39"/>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="40"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
</context>
<context>
    <name>nov::VehicleService</name>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="70"/>
        <source>The model must be Moskvich 3 or Moskvich 3e.</source>
        <translation>The model must be Moskvich 3 or Moskvich 3e.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="70"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="72"/>
        <source>The powertrain is unknown.</source>
        <translation>The powertrain is unknown.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="72"/>
        <location filename="../../app/domain/VehicleService.cpp" line="75"/>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="74"/>
        <source>The Moskvich 3e is electric and the Moskvich 3 has a petrol engine.</source>
        <translation>The Moskvich 3e is electric and the Moskvich 3 has a petrol engine.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="75"/>
        <source>Choose the powertrain that matches the model.</source>
        <translation>Choose the powertrain that matches the model.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="77"/>
        <source>The colour must be white, black, red, grey or blue.</source>
        <translation>The colour must be white, black, red, grey or blue.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="77"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="79"/>
        <source>The production number is a whole number above zero.</source>
        <translation>The production number is a whole number above zero.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="80"/>
        <location filename="../../app/domain/VehicleService.cpp" line="109"/>
        <source>Production no.</source>
        <translation>Production no.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="80"/>
        <source>Copy it from the factory documents.</source>
        <translation>Copy it from the factory documents.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="83"/>
        <source>Describe the engine or motor in up to %1 characters.</source>
        <translation>Describe the engine or motor in up to %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="84"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="84"/>
        <source>For example: %1.</source>
        <translation>For example: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="89"/>
        <source>An ЭПТС number has %1 digits.</source>
        <translation>An ЭПТС number has %1 digits.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="89"/>
        <location filename="../../app/domain/VehicleService.cpp" line="111"/>
        <source>ЭПТС no.</source>
        <translation>ЭПТС no.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="90"/>
        <source>Copy it from the electronic vehicle passport, or leave it empty.</source>
        <translation>Copy it from the electronic vehicle passport, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="102"/>
        <source>The VIN %1 is already in the inventory.</source>
        <translation>The VIN %1 is already in the inventory.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="102"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="103"/>
        <source>Check the VIN; each vehicle is entered once.</source>
        <translation>Check the VIN; each vehicle is entered once.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="105"/>
        <source>%1 number %2 is already in the inventory (VIN %3).</source>
        <translation>%1 number %2 is already in the inventory (VIN %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="109"/>
        <source>Check the production number.</source>
        <translation>Check the production number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="110"/>
        <source>The ЭПТС number %1 already belongs to VIN %2.</source>
        <translation>The ЭПТС number %1 already belongs to VIN %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="111"/>
        <source>Check the ЭПТС number.</source>
        <translation>Check the ЭПТС number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="115"/>
        <source>Adding a vehicle</source>
        <translation>Adding a vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="135"/>
        <source>Editing a vehicle</source>
        <translation>Editing a vehicle</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="147"/>
        <source>The vehicle %1 was handed over as a gift; its record is kept as it was.</source>
        <translation>The vehicle %1 was handed over as a gift; its record is kept as it was.</translation>
    </message>
</context>
<context>
    <name>nov::VerifyActDialog</name>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="21"/>
        <source>Verify act</source>
        <translation>Verify act</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="22"/>
        <source>XXXX-XXXX-XXXX-XXXX, or the text of the QR code</source>
        <translation>XXXX-XXXX-XXXX-XXXX, or the text of the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="26"/>
        <source>Verification &amp;code:</source>
        <translation>Verification &amp;code:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="28"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="52"/>
        <source>NOT genuine</source>
        <translation>NOT genuine</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="59"/>
        <source>Genuine: act %1, issued by this office and unchanged.</source>
        <translation>Genuine: act %1, issued by this office and unchanged.</translation>
    </message>
</context>
<context>
    <name>nov::WorkflowStepDialog</name>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="29"/>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notified on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="31"/>
        <source>Offer &amp;letter of:</source>
        <translation>Offer &amp;letter of:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="33"/>
        <source>&amp;Viewed on:</source>
        <translation>&amp;Viewed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="35"/>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Consent given on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="37"/>
        <source>Re&amp;fused on:</source>
        <translation>Re&amp;fused on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="39"/>
        <source>&amp;Drafted on:</source>
        <translation>&amp;Drafted on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="41"/>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="43"/>
        <source>&amp;Appointment on:</source>
        <translation>&amp;Appointment on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="45"/>
        <source>Keys &amp;handed over on:</source>
        <translation>Keys &amp;handed over on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="47"/>
        <source>&amp;Vacated on:</source>
        <translation>&amp;Vacated on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="49"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="71"/>
        <source>%1 — case %2</source>
        <translation>%1 — case %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="101"/>
        <source>This step cannot be undone: the residents count toward the programme and its milestones at once. Check the date and the key sets before recording.</source>
        <translation>This step cannot be undone: the residents count toward the programme and its milestones at once. Check the date and the key sets before recording.</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="103"/>
        <source>This step cannot be undone: the old apartment leaves the stock.</source>
        <translation>This step cannot be undone: the old apartment leaves the stock.</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="116"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="170"/>
        <source>Re&amp;ason:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="173"/>
        <source>Required for “other”</source>
        <translation>Required for “other”</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="174"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="184"/>
        <source>as printed on the contract</source>
        <translation>as printed on the contract</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="185"/>
        <source>Contract &amp;number:</source>
        <translation>Contract &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="190"/>
        <source>Contract &amp;type:</source>
        <translation>Contract &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="201"/>
        <source>&amp;Key sets:</source>
        <translation>&amp;Key sets:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="210"/>
        <source>Residents &amp;moving in:</source>
        <translation>Residents &amp;moving in:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="216"/>
        <source>%n resident(s) move in and count toward the programme.</source>
        <translation>
            <numerusform>%n resident moves in and counts toward the programme.</numerusform>
            <numerusform>%n residents move in and count toward the programme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="218"/>
        <source>Residents:</source>
        <translation>Residents:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="223"/>
        <source>exchange contract</source>
        <translation>exchange contract</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="225"/>
        <source>with purchase of extra space</source>
        <translation>with purchase of extra space</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="227"/>
        <source>monetary compensation</source>
        <translation>monetary compensation</translation>
    </message>
</context>
<context>
    <name>nov::db</name>
    <message>
        <location filename="../../db/Database.cpp" line="96"/>
        <location filename="../../db/DatabaseBackup.cpp" line="68"/>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="97"/>
        <source>Check the file&apos;s permissions, or restore it from a backup.</source>
        <translation>Check the file&apos;s permissions, or restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="103"/>
        <location filename="../../db/DatabaseBackup.cpp" line="83"/>
        <location filename="../../db/DatabaseBackup.cpp" line="94"/>
        <source>The file is damaged or is not a Novoselye database.</source>
        <translation>The file is damaged or is not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="104"/>
        <location filename="../../db/DatabaseBackup.cpp" line="84"/>
        <location filename="../../db/DatabaseBackup.cpp" line="95"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Restore the database from a backup or choose another file.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="110"/>
        <location filename="../../db/DatabaseBackup.cpp" line="122"/>
        <source>The file is an SQLite database of another program, not a Novoselye database.</source>
        <translation>The file is an SQLite database of another program, not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="112"/>
        <source>Choose a Novoselye database or a new file name.</source>
        <translation>Choose a Novoselye database or a new file name.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="116"/>
        <location filename="../../db/DatabaseBackup.cpp" line="127"/>
        <source>The database&apos;s version record cannot be read; the file is damaged.</source>
        <translation>The database&apos;s version record cannot be read; the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="258"/>
        <source>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="259"/>
        <source>Choose another database name.</source>
        <translation>Choose another database name.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="68"/>
        <location filename="../../db/Database.cpp" line="72"/>
        <location filename="../../db/Database.cpp" line="118"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="67"/>
        <location filename="../../db/Database.cpp" line="71"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="122"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="126"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Install the newer version of Novoselye to open it.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="69"/>
        <source>Check the file&apos;s permissions and the free disk space.</source>
        <translation>Check the file&apos;s permissions and the free disk space.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="106"/>
        <source>The database refused the operation: %1</source>
        <translation>The database refused the operation: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="120"/>
        <source>The file holds no tables: it is not a Novoselye database.</source>
        <translation>The file holds no tables: it is not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="124"/>
        <source>Choose a Novoselye database.</source>
        <translation>Choose a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="128"/>
        <source>Choose another backup.</source>
        <translation>Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="131"/>
        <source>The database has schema version %1; this program knows versions 1 to %2.</source>
        <translation>The database has schema version %1; this program knows versions 1 to %2.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="135"/>
        <source>Use the Novoselye version that made the file.</source>
        <translation>Use the Novoselye version that made the file.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="158"/>
        <source>A file cannot be removed.</source>
        <translation>A file cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="159"/>
        <source>Check that you may write in the folder.</source>
        <translation>Check that you may write in the folder.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="181"/>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="182"/>
        <location filename="../../db/DatabaseBackup.cpp" line="261"/>
        <source>Check the path.</source>
        <translation>Check the path.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="184"/>
        <source>The backup file already exists.</source>
        <translation>The backup file already exists.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="185"/>
        <source>Choose a new file name; an existing file is never overwritten.</source>
        <translation>Choose a new file name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="209"/>
        <source>The backup cannot start.</source>
        <translation>The backup cannot start.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="229"/>
        <source>The backup was cancelled.</source>
        <translation>The backup was cancelled.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="230"/>
        <source>The backup could not be written.</source>
        <translation>The backup could not be written.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="231"/>
        <source>Check the free disk space and that you may write there.</source>
        <translation>Check the free disk space and that you may write there.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="248"/>
        <source>The copy failed its check: %1</source>
        <translation>The copy failed its check: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="249"/>
        <source>Check the disk, then try again.</source>
        <translation>Check the disk, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="251"/>
        <source>The copy does not hold the same rows as the database.</source>
        <translation>The copy does not hold the same rows as the database.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="252"/>
        <source>Try again; if it repeats, check the disk.</source>
        <translation>Try again; if it repeats, check the disk.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="169"/>
        <source>The backup file cannot be put in place.</source>
        <translation>The backup file cannot be put in place.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="170"/>
        <source>Check that you may write there.</source>
        <translation>Check that you may write there.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="261"/>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="69"/>
        <source>A column name cannot be copied.</source>
        <translation>A column name cannot be copied.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="82"/>
        <source>The rows of a table cannot be counted.</source>
        <translation>The rows of a table cannot be counted.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="130"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>The copy was cancelled; nothing was copied.</translation>
    </message>
</context>
<context>
    <name>nov::db::ApartmentStockRepository</name>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="51"/>
        <source>The apartment does not exist.</source>
        <translation>The apartment does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="52"/>
        <source>Choose the apartment again from the list.</source>
        <translation>Choose the apartment again from the list.</translation>
    </message>
</context>
<context>
    <name>nov::db::AuditRepository</name>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="79"/>
        <source>row %1 is missing (deleted?)</source>
        <translation>row %1 is missing (deleted?)</translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="82"/>
        <source>row %1 does not link to the row before it</source>
        <translation>row %1 does not link to the row before it</translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="88"/>
        <source>row %1 was changed after it was written</source>
        <translation>row %1 was changed after it was written</translation>
    </message>
</context>
<context>
    <name>nov::db::CertificateRepository</name>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="135"/>
        <source>No key handover has this number.</source>
        <translation>No key handover has this number.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="136"/>
        <source>Choose a household whose keys were handed over.</source>
        <translation>Choose a household whose keys were handed over.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="189"/>
        <source>This milestone&apos;s car has not been handed over.</source>
        <translation>This milestone&apos;s car has not been handed over.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="190"/>
        <source>Record the gift handover first.</source>
        <translation>Record the gift handover first.</translation>
    </message>
</context>
<context>
    <name>nov::db::Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="186"/>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="188"/>
        <source>Check the path, or create a database with: novoselye demo --db PATH --scale small</source>
        <translation>Check the path, or create a database with: novoselye demo --db PATH --scale small</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="191"/>
        <source>The folder for the database cannot be created.</source>
        <translation>The folder for the database cannot be created.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="193"/>
        <source>Check that you may write there.</source>
        <translation>Check that you may write there.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="204"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="287"/>
        <source>The PostgreSQL address is not understood.</source>
        <translation>The PostgreSQL address is not understood.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="288"/>
        <source>Write it as postgresql://user@host:port/database.</source>
        <translation>Write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="309"/>
        <source>The database does not exist on the server.</source>
        <translation>The database does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="310"/>
        <source>Check the name, or create it with: novoselye demo --db URL</source>
        <translation>Check the name, or create it with: novoselye demo --db URL</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="312"/>
        <source>The server wants a password and none was given.</source>
        <translation>The server wants a password and none was given.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="313"/>
        <source>Set PGPASSWORD or put the password in ~/.pgpass (or start Novoselye in a terminal or the window, which ask for it).</source>
        <translation>Set PGPASSWORD or put the password in ~/.pgpass (or start Novoselye in a terminal or the window, which ask for it).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="317"/>
        <source>The server did not accept the user name or password.</source>
        <translation>The server did not accept the user name or password.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="318"/>
        <source>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="319"/>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="320"/>
        <source>Check the address and that the server is running, or ask the administrator.</source>
        <translation>Check the address and that the server is running, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="355"/>
        <source>The database holds tables of another program, not a Novoselye database.</source>
        <translation>The database holds tables of another program, not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="357"/>
        <source>Choose a Novoselye database or a new database name.</source>
        <translation>Choose a Novoselye database or a new database name.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="359"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="363"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Install the newer version of Novoselye to open it.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="481"/>
        <source>The database is busy: another clerk is saving a change.</source>
        <translation>The database is busy: another clerk is saving a change.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="482"/>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="487"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="488"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="490"/>
        <source>The database is read-only.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="491"/>
        <source>Check that you may write the database file and its folder.</source>
        <translation>Check that you may write the database file and its folder.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="492"/>
        <source>The database refused the operation: %1</source>
        <translation>The database refused the operation: %1</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseBackup</name>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="295"/>
        <location filename="../../db/DatabaseBackup.cpp" line="304"/>
        <location filename="../../db/DatabaseBackup.cpp" line="424"/>
        <location filename="../../db/DatabaseBackup.cpp" line="433"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="295"/>
        <location filename="../../db/DatabaseBackup.cpp" line="300"/>
        <location filename="../../db/DatabaseBackup.cpp" line="304"/>
        <location filename="../../db/DatabaseBackup.cpp" line="309"/>
        <source>Use another backup.</source>
        <translation>Use another backup.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="299"/>
        <source>The database file is damaged (integrity check: %1).</source>
        <translation>The database file is damaged (integrity check: %1).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="307"/>
        <source>The database has rows that point to records that do not exist (%1).</source>
        <translation>The database has rows that point to records that do not exist (%1).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="342"/>
        <source>The database is in use by another program or clerk.</source>
        <translation>The database is in use by another program or clerk.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="344"/>
        <source>Close Novoselye everywhere else, then try again.</source>
        <translation>Close Novoselye everywhere else, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="352"/>
        <location filename="../../db/DatabaseBackup.cpp" line="358"/>
        <source>The current database cannot be kept as %1.</source>
        <translation>The current database cannot be kept as %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="354"/>
        <source>Check the free disk space and that you may write in the folder.</source>
        <translation>Check the free disk space and that you may write in the folder.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="359"/>
        <source>Check the free disk space.</source>
        <translation>Check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="364"/>
        <source>The restored database cannot be put in place.</source>
        <translation>The restored database cannot be put in place.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="365"/>
        <source>Check that you may write in the folder.</source>
        <translation>Check that you may write in the folder.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="383"/>
        <source>Households without exactly one head of household</source>
        <translation>Households without exactly one head of household</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="387"/>
        <source>Households marked as relocated without a key handover</source>
        <translation>Households marked as relocated without a key handover</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="392"/>
        <source>Key handovers whose household is not marked as relocated</source>
        <translation>Key handovers whose household is not marked as relocated</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="397"/>
        <source>Key handovers whose new apartment is not marked as occupied</source>
        <translation>Key handovers whose new apartment is not marked as occupied</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="401"/>
        <source>Key handovers counting a number of residents the household never had</source>
        <translation>Key handovers counting a number of residents the household never had</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="405"/>
        <source>Milestones that disagree with a recount of relocated residents</source>
        <translation>Milestones that disagree with a recount of relocated residents</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="425"/>
        <location filename="../../db/DatabaseBackup.cpp" line="434"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="427"/>
        <source>The database file is damaged or holds rows its constraints refuse (integrity check)</source>
        <translation>The database file is damaged or holds rows its constraints refuse (integrity check)</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="436"/>
        <source>Rows that point to records that do not exist (foreign keys)</source>
        <translation>Rows that point to records that do not exist (foreign keys)</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="469"/>
        <source>The backup file already exists.</source>
        <translation>The backup file already exists.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="470"/>
        <source>Choose a new file name; an existing file is never overwritten.</source>
        <translation>Choose a new file name; an existing file is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="496"/>
        <source>The copy failed its check: %1</source>
        <translation>The copy failed its check: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="497"/>
        <source>Check the disk, then try again.</source>
        <translation>Check the disk, then try again.</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseCopy</name>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="153"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>The two databases have different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="157"/>
        <source>Open the source once with this version of Novoselye so that it is migrated, then copy again.</source>
        <translation>Open the source once with this version of Novoselye so that it is migrated, then copy again.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="167"/>
        <source>The target database has no table %1.</source>
        <translation>The target database has no table %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="169"/>
        <location filename="../../db/DatabaseCopy.cpp" line="222"/>
        <source>Copy into a database made by this version of Novoselye.</source>
        <translation>Copy into a database made by this version of Novoselye.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/DatabaseCopy.cpp" line="174"/>
        <source>The target database is not empty (table %1 holds %n row(s)).</source>
        <translation>
            <numerusform>The target database is not empty (table %1 holds %n row).</numerusform>
            <numerusform>The target database is not empty (table %1 holds %n rows).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="180"/>
        <source>Copy into a new database: give a database name that does not exist yet, it is created.</source>
        <translation>Copy into a new database: give a database name that does not exist yet, it is created.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="205"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>The copy was cancelled; nothing was copied.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="221"/>
        <source>The target database has no column %1.</source>
        <translation>The target database has no column %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="237"/>
        <source>The copy of table %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation>The copy of table %1 holds %2 rows instead of %3; nothing was copied.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="243"/>
        <source>Make sure nobody writes to the new database during the copy and try again.</source>
        <translation>Make sure nobody writes to the new database during the copy and try again.</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseFile</name>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="28"/>
        <source>The path is a folder, not a database file.</source>
        <translation>The path is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="29"/>
        <source>Choose a file name, for example novoselye.db.</source>
        <translation>Choose a file name, for example novoselye.db.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="32"/>
        <source>The database file cannot be read.</source>
        <translation>The database file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="33"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Check that the file exists and that you may read and write it.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="37"/>
        <source>The file is empty: it is not a Novoselye database, or it was truncated.</source>
        <translation>The file is empty: it is not a Novoselye database, or it was truncated.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="39"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Restore the database from a backup or choose another file.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="42"/>
        <source>The file is not a Novoselye database.</source>
        <translation>The file is not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="43"/>
        <source>Choose a database file created by Novoselye, or a new file name.</source>
        <translation>Choose a database file created by Novoselye, or a new file name.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="57"/>
        <source>The database file is damaged (its size does not match its page structure).</source>
        <translation>The database file is damaged (its size does not match its page structure).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="59"/>
        <location filename="../../db/DatabaseFile.cpp" line="71"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="68"/>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>The database file is truncated: %1 of %2 bytes are there.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="78"/>
        <source>The database file cannot be created.</source>
        <translation>The database file cannot be created.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="79"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
</context>
<context>
    <name>nov::db::HouseholdRepository</name>
    <message>
        <location filename="../../db/HouseholdRepository.cpp" line="80"/>
        <source>The household does not exist.</source>
        <translation>The household does not exist.</translation>
    </message>
</context>
<context>
    <name>nov::db::HousingRepository</name>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="61"/>
        <source>The apartment does not exist.</source>
        <translation>The apartment does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="77"/>
        <source>The building does not exist.</source>
        <translation>The building does not exist.</translation>
    </message>
</context>
<context>
    <name>nov::db::Migrator</name>
    <message>
        <location filename="../../db/Migrator.cpp" line="58"/>
        <source>The database schema (version %1) is newer than this program&apos;s (%2).</source>
        <translation>The database schema (version %1) is newer than this program&apos;s (%2).</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="61"/>
        <source>Install the newer version of Novoselye.</source>
        <translation>Install the newer version of Novoselye.</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="85"/>
        <source>Updating the database to version %1 (%2) failed; nothing was changed.</source>
        <translation>Updating the database to version %1 (%2) failed; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="89"/>
        <source>Report this to the administrator with the details below.</source>
        <translation>Report this to the administrator with the details below.</translation>
    </message>
</context>
<context>
    <name>nov::db::MilestoneRepository</name>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="36"/>
        <source>The key handover has not been recorded.</source>
        <translation>The key handover has not been recorded.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="37"/>
        <source>Record the key handover first.</source>
        <translation>Record the key handover first.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="115"/>
        <source>The household has fewer residents than its key handover counts (no member number %1).</source>
        <translation>The household has fewer residents than its key handover counts (no member number %1).</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="118"/>
        <source>Enter the household&apos;s residents, then record the handover.</source>
        <translation>Enter the household&apos;s residents, then record the handover.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="134"/>
        <source>The resident does not exist.</source>
        <translation>The resident does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="215"/>
        <source>The milestone does not exist.</source>
        <translation>The milestone does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="216"/>
        <source>Refresh the list; another manager may have removed it.</source>
        <translation>Refresh the list; another manager may have removed it.</translation>
    </message>
</context>
<context>
    <name>nov::db::PageQuery</name>
    <message>
        <location filename="../../db/PageQuery.cpp" line="57"/>
        <source>The list cannot be filtered this way.</source>
        <translation>The list cannot be filtered this way.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="59"/>
        <source>Report this to the program&apos;s maintainers.</source>
        <translation>Report this to the program&apos;s maintainers.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="70"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>The list cannot be sorted by this column.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="72"/>
        <source>Choose another column to sort by.</source>
        <translation>Choose another column to sort by.</translation>
    </message>
</context>
<context>
    <name>nov::db::VehicleRepository</name>
    <message>
        <location filename="../../db/VehicleRepository.cpp" line="37"/>
        <source>The vehicle does not exist.</source>
        <translation>The vehicle does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/VehicleRepository.cpp" line="38"/>
        <source>Refresh the list; another manager may have removed it.</source>
        <translation>Refresh the list; another manager may have removed it.</translation>
    </message>
</context>
</TS>
