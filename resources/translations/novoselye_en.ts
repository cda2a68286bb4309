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
        <location filename="../../app/cli/AccountCommands.cpp" line="48"/>
        <source>write: novoselye user add LOGIN --role ROLE</source>
        <translation>write: novoselye user add LOGIN --role ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="52"/>
        <source>--role must be clerk, manager, admin or auditor.</source>
        <translation>--role must be clerk, manager, admin or auditor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="67"/>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="71"/>
        <source>The same again: </source>
        <translation>The same again: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="75"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="75"/>
        <source>Try again.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="79"/>
        <source>The first account of a database must be an admin.</source>
        <translation>The first account of a database must be an admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="80"/>
        <source>Add --role admin.</source>
        <translation>Add --role admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="92"/>
        <source>Account %1 (%2) created.
</source>
        <translation>Account %1 (%2) created.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="98"/>
        <source>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</source>
        <translation>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="103"/>
        <source>write: novoselye audit verify --db PATH</source>
        <translation>write: novoselye audit verify --db PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="116"/>
        <source>The audit log was changed outside Novoselye: %1.</source>
        <translation>The audit log was changed outside Novoselye: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="117"/>
        <source>audit_log row %1</source>
        <translation>audit_log row %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="118"/>
        <source>Restore the database from a backup made before that row&apos;s time and report the incident.</source>
        <translation>Restore the database from a backup made before that row&apos;s time and report the incident.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="120"/>
        <source>The audit log is intact.
</source>
        <translation>The audit log is intact.
</translation>
    </message>
</context>
<context>
    <name>BrowseFilterBar</name>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="45"/>
        <source>&amp;Search by:</source>
        <translation>&amp;Search by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="52"/>
        <source>Results update as you type (Ctrl+F)</source>
        <translation>Results update as you type (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="71"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="90"/>
        <source>All okrugs</source>
        <translation>All okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="98"/>
        <source>&amp;Okrug:</source>
        <translation>&amp;Okrug:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="99"/>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="103"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="110"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="113"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="118"/>
        <source>%1 from:</source>
        <translation>%1 from:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="120"/>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="134"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="121"/>
        <source>The list cannot be read: %1</source>
        <translation>The list cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="123"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="125"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Nothing matches the search and filters.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="155"/>
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
        <location filename="../../app/cli/BuiltinCommands.cpp" line="99"/>
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
        <location filename="../../app/cli/BuiltinCommands.cpp" line="115"/>
        <source>Prints rows per table, the programme counter (relocated residents) and reached milestones.</source>
        <translation>Prints rows per table, the programme counter (relocated residents) and reached milestones.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="117"/>
        <source>Print JSON for scripts.</source>
        <translation>Print JSON for scripts.</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="24"/>
        <source>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</source>
        <translation>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="25"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="32"/>
        <source>No password: there is no terminal to ask on.</source>
        <translation>No password: there is no terminal to ask on.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="34"/>
        <source>Set %1 for scripts.</source>
        <translation>Set %1 for scripts.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="51"/>
        <source>This command changes data and needs your account.</source>
        <translation>This command changes data and needs your account.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="53"/>
        <source>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</source>
        <translation>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="55"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/models/LazyTableModel.cpp" line="145"/>
        <source>%1: click to sort</source>
        <translation>%1: click to sort</translation>
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
        <location filename="../../app/browse/BrowseCatalog.cpp" line="51"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="133"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="189"/>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="52"/>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="53"/>
        <source>Offer sent</source>
        <translation>Offer sent</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="54"/>
        <source>Apartment viewed</source>
        <translation>Apartment viewed</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="55"/>
        <source>Consented</source>
        <translation>Consented</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="56"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="57"/>
        <source>Contract drafted</source>
        <translation>Contract drafted</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="58"/>
        <source>Contract signed</source>
        <translation>Contract signed</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="59"/>
        <source>Keys handed over</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="60"/>
        <source>Old apartment vacated</source>
        <translation>Old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="61"/>
        <source>Extra space purchase</source>
        <translation>Extra space purchase</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="62"/>
        <source>Monetary compensation</source>
        <translation>Monetary compensation</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="63"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="67"/>
        <source>Old (to vacate)</source>
        <translation>Old (to vacate)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="67"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="71"/>
        <source>Okrug</source>
        <translation>Okrug</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="74"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="83"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="87"/>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="87"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="88"/>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="88"/>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="89"/>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="92"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="107"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="93"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="94"/>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="95"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="116"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="97"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="98"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="128"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="102"/>
        <source>Case status</source>
        <translation>Case status</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="103"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="134"/>
        <source>Old address</source>
        <translation>Old address</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="104"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="135"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="164"/>
        <source>Apt.</source>
        <translation>Apt.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="108"/>
        <source>Surname, then first name: Иванов Ив</source>
        <translation>Surname, then first name: Иванов Ив</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>SNILS digits: 123-456-789</source>
        <translation>SNILS digits: 123-456-789</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="140"/>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="140"/>
        <source>Case number: 2019-00012</source>
        <translation>Case number: 2019-00012</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="113"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="144"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="163"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="173"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="198"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="206"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="114"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="145"/>
        <source>Part of the old address: Перовская</source>
        <translation>Part of the old address: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="125"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="129"/>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="130"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="131"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="170"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="204"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="238"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="132"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="147"/>
        <source>Status date</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="136"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="166"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="137"/>
        <source>Area, m²</source>
        <translation>Area, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="142"/>
        <source>Member&apos;s surname</source>
        <translation>Member&apos;s surname</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="143"/>
        <source>Surname of a member: Иванов</source>
        <translation>Surname of a member: Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="156"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="205"/>
        <source>Apartments</source>
        <translation>Apartments</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="159"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="188"/>
        <source>Stock:</source>
        <translation>Stock:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="160"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="160"/>
        <source>Reserved (offer)</source>
        <translation>Reserved (offer)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="161"/>
        <source>Occupied</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="161"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="191"/>
        <source>Vacated</source>
        <translation>Vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="162"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="197"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="165"/>
        <source>Floor</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="167"/>
        <source>Total, m²</source>
        <translation>Total, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Living, m²</source>
        <translation>Living, m²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="175"/>
        <source>Cadastral number</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="174"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="207"/>
        <source>Part of the address: Перовская</source>
        <translation>Part of the address: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="176"/>
        <source>Cadastral number: 77:03:0001</source>
        <translation>Cadastral number: 77:03:0001</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="185"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="190"/>
        <source>Being vacated</source>
        <translation>Being vacated</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="192"/>
        <source>Demolished</source>
        <translation>Demolished</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="193"/>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="194"/>
        <source>Commissioned</source>
        <translation>Commissioned</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="195"/>
        <source>Settling</source>
        <translation>Settling</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="196"/>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="199"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="208"/>
        <source>UNOM</source>
        <translation>UNOM</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="202"/>
        <source>Floors</source>
        <translation>Floors</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="203"/>
        <source>Built</source>
        <translation>Built</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="208"/>
        <source>UNOM: 10020</source>
        <translation>UNOM: 10020</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="218"/>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="220"/>
        <source>Moskvich 3</source>
        <translation>Moskvich 3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="220"/>
        <source>Moskvich 3e</source>
        <translation>Moskvich 3e</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="221"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="222"/>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="222"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="223"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="224"/>
        <source>Petrol, CVT</source>
        <translation>Petrol, CVT</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="225"/>
        <source>Petrol, manual</source>
        <translation>Petrol, manual</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="226"/>
        <source>Electric</source>
        <translation>Electric</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="227"/>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="227"/>
        <source>Black</source>
        <translation>Black</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="229"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="230"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="241"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="231"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="232"/>
        <source>Powertrain</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="233"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="234"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <source>Production no.</source>
        <translation>Production no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <source>EPTS no.</source>
        <translation>EPTS no.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="237"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="245"/>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="239"/>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="241"/>
        <source>Part of the VIN: XMSM3</source>
        <translation>Part of the VIN: XMSM3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <source>Production number: 2000</source>
        <translation>Production number: 2000</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <source>EPTS digits: 1643</source>
        <translation>EPTS digits: 1643</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="30"/>
        <source>Apartment %1 at %2</source>
        <translation>Apartment %1 at %2</translation>
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
        <location filename="../../app/auth/Actor.cpp" line="86"/>
        <source>clerk</source>
        <translation>clerk</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="88"/>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="90"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="92"/>
        <source>auditor</source>
        <translation>auditor</translation>
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
    <name>nov::BrowseCatalog</name>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="118"/>
        <source>Residents: %1</source>
        <translation>Residents: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="149"/>
        <source>Households: %1</source>
        <translation>Households: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="178"/>
        <source>Apartments: %1</source>
        <translation>Apartments: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="211"/>
        <source>Buildings: %1</source>
        <translation>Buildings: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="247"/>
        <source>Vehicles: %1</source>
        <translation>Vehicles: %1</translation>
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
    <name>nov::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="76"/>
        <source>novoselye: error: %1</source>
        <translation>novoselye: error: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="78"/>
        <source>where: %1</source>
        <translation>where: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="80"/>
        <source>what to do: %1</source>
        <translation>what to do: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="82"/>
        <source>details: %1</source>
        <translation>details: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="88"/>
        <source>novoselye: %1</source>
        <translation>novoselye: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="89"/>
        <source>Run &apos;novoselye --help&apos; for the list of commands.</source>
        <translation>Run &apos;novoselye --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="90"/>
        <source>Run &apos;novoselye %1 --help&apos; for its options.</source>
        <translation>Run &apos;novoselye %1 --help&apos; for its options.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="97"/>
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
        <location filename="../../app/cli/CommandLine.cpp" line="102"/>
        <source>
Every command takes --db PATH (default: %1) and --help.
</source>
        <translation>
Every command takes --db PATH (default: %1) and --help.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="110"/>
        <source>Database file (default: %1).</source>
        <translation>Database file (default: %1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="111"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="112"/>
        <source>Language of messages: ru or en.</source>
        <translation>Language of messages: ru or en.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="112"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="114"/>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="116"/>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="141"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unknown command &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>nov::DemoBuilder</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="618"/>
        <source>Okrugs and districts</source>
        <translation>Okrugs and districts</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="619"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="666"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="676"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="665"/>
        <source>Households and residents</source>
        <translation>Households and residents</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="675"/>
        <source>Milestones and gift vehicles</source>
        <translation>Milestones and gift vehicles</translation>
    </message>
</context>
<context>
    <name>nov::DemoGenerator</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="720"/>
        <source>Unknown demo scale &apos;%1&apos;.</source>
        <translation>Unknown demo scale &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="721"/>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="787"/>
        <source>The database already holds data; demo data goes into a new database only.</source>
        <translation>The database already holds data; demo data goes into a new database only.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="789"/>
        <source>Choose a new database name.</source>
        <translation>Choose a new database name.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="801"/>
        <source>The file already exists; demo data goes into a new database only.</source>
        <translation>The file already exists; demo data goes into a new database only.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="802"/>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation>Choose a new file name, or move the existing file away.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="749"/>
        <source>Indexes</source>
        <translation>Indexes</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="761"/>
        <source>Statistics for the query planner</source>
        <translation>Statistics for the query planner</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="825"/>
        <source>The demo database could not be moved into place.</source>
        <translation>The demo database could not be moved into place.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="826"/>
        <source>Check that you may write in that folder.</source>
        <translation>Check that you may write in that folder.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="795"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="830"/>
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
        <location filename="../../ui/household/ErrorLabel.cpp" line="33"/>
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
        <source>Demo data, small: about 2,000 residents (a few seconds)</source>
        <translation>Demo data, small: about 2,000 residents (a few seconds)</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="37"/>
        <source>Demo data, one district&apos;s worth: about 50,000 residents</source>
        <translation>Demo data, one district&apos;s worth: about 50,000 residents</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="38"/>
        <source>Empty database</source>
        <translation>Empty database</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="55"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="79"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>nov::GuiApplication</name>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="29"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="40"/>
        <source>Novoselye</source>
        <translation>Novoselye</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdCard</name>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="104"/>
        <location filename="../../ui/household/HouseholdCard.cpp" line="126"/>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="111"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="125"/>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="128"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="170"/>
        <source>Household %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="171"/>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="173"/>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="175"/>
        <source>Old apartment: %1, apt. %2, floor %3 · %n room(s) · %4 m² total, %5 m² living</source>
        <translation>
            <numerusform>Old apartment: %1, apt. %2, floor %3 · %n room · %4 m² total, %5 m² living</numerusform>
            <numerusform>Old apartment: %1, apt. %2, floor %3 · %n rooms · %4 m² total, %5 m² living</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="181"/>
        <source>District: %1 (%2) · included on %3</source>
        <translation>District: %1 (%2) · included on %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="189"/>
        <source>The decision on the offer is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>The decision on the offer is overdue by %n day (due %1).</numerusform>
            <numerusform>The decision on the offer is overdue by %n days (due %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="191"/>
        <source>The signed contract is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>The signed contract is overdue by %n day (due %1).</numerusform>
            <numerusform>The signed contract is overdue by %n days (due %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="205"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="212"/>
        <source>Your role may look at the case but not record steps.</source>
        <translation>Your role may look at the case but not record steps.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="243"/>
        <source>Recorded: %1. The case is now «%2».</source>
        <translation>Recorded: %1. The case is now «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="255"/>
        <source>This handover reached the %1th resident of the programme.</source>
        <translation>This handover reached the %1th resident of the programme.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="260"/>
        <source>This handover changed milestones of the programme.</source>
        <translation>This handover changed milestones of the programme.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="261"/>
        <source>Milestone of the programme</source>
        <translation>Milestone of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="322"/>
        <source>%1 was removed from the household. Undo brings the resident back.</source>
        <translation>%1 was removed from the household. Undo brings the resident back.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdTabs</name>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="26"/>
        <source>awaiting decision</source>
        <translation>awaiting decision</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="28"/>
        <source>consented</source>
        <translation>consented</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="30"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="32"/>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="45"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>&amp;Offers</source>
        <translation>&amp;Offers</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Apartment</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Total / living, m²</source>
        <translation>Total / living, m²</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Refusal reason</source>
        <translation>Refusal reason</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="49"/>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="50"/>
        <source>&amp;Contract</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Drafted on:</source>
        <translation>Drafted on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Signed on:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="53"/>
        <source>&amp;Key handover</source>
        <translation>&amp;Key handover</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Appointment:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Handed over on:</source>
        <translation>Handed over on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Key sets:</source>
        <translation>Key sets:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Residents moving in:</source>
        <translation>Residents moving in:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="55"/>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="57"/>
        <source>&amp;Deadlines</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="113"/>
        <source>%1, apt. %2, floor %3</source>
        <translation>%1, apt. %2, floor %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="115"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="130"/>
        <source>No contract yet.</source>
        <translation>No contract yet.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="138"/>
        <source>No appointment yet.</source>
        <translation>No appointment yet.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="167"/>
        <source>met on %1</source>
        <translation>met on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="169"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="171"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="172"/>
        <source>Decision on the offer</source>
        <translation>Decision on the offer</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="173"/>
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
    <name>nov::LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="22"/>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="22"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="24"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</source>
        <translation>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="27"/>
        <source>Sign in with your Novoselye account.</source>
        <translation>Sign in with your Novoselye account.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="34"/>
        <source>e.g. ivanova.ea</source>
        <translation>e.g. ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="35"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="47"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="55"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="55"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="67"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="90"/>
        <source>Novoselye</source>
        <translation>Novoselye</translation>
    </message>
</context>
<context>
    <name>nov::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="39"/>
        <source>Novoselye — relocation office</source>
        <translation>Novoselye — relocation office</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="41"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53"/>
        <source>O&amp;verdue</source>
        <translation>O&amp;verdue</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="58"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Database: %1 · signed in: %2 (%3)</source>
        <translation>Database: %1 · signed in: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="118"/>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>The case %1 no longer exists.</source>
        <translation>The case %1 no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>Read the figures and lists from the database again (F5)</source>
        <translation>Read the figures and lists from the database again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>Search residents, households, apartments… (Ctrl+F)</source>
        <translation>Search residents, households, apartments… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Overdue cases</source>
        <translation>&amp;Overdue cases</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>Cases past the decision or contract deadline</source>
        <translation>Cases past the decision or contract deadline</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="187"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="188"/>
        <source>The language changes when Novoselye starts next time.</source>
        <translation>The language changes when Novoselye starts next time.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>&amp;About Novoselye</source>
        <translation>&amp;About Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="207"/>
        <source>About Novoselye</source>
        <translation>About Novoselye</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</source>
        <translation>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="237"/>
        <source>Okrugs</source>
        <translation>Okrugs</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="238"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="239"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="240"/>
        <source>Apartments</source>
        <translation>Apartments</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="242"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>Contracts</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>Key handovers</source>
        <translation>Key handovers</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="246"/>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="247"/>
        <source>Gift vehicles</source>
        <translation>Gift vehicles</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="248"/>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="251"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="253"/>
        <source>Case history entries</source>
        <translation>Case history entries</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="268"/>
        <source>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="294"/>
        <source>%1 residents · %2 households</source>
        <translation>%1 residents · %2 households</translation>
    </message>
</context>
<context>
    <name>nov::MembersTab</name>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="44"/>
        <source>&amp;Add resident…</source>
        <translation>&amp;Add resident…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="45"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="46"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneTracker::Change</name>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="149"/>
        <source>Milestone «%1» reached: %2 (case %3) is resident number %4.</source>
        <translation>Milestone «%1» reached: %2 (case %3) is resident number %4.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="152"/>
        <source>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</source>
        <translation>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="158"/>
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
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
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
        <location filename="../../app/domain/OfficeSettings.cpp" line="39"/>
        <source>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</source>
        <translation>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</translation>
    </message>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="45"/>
        <source>An administrator can correct it in the settings (default: %1).</source>
        <translation>An administrator can correct it in the settings (default: %1).</translation>
    </message>
</context>
<context>
    <name>nov::OverduePage</name>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="46"/>
        <source>Overdue &amp;as of:</source>
        <translation>Overdue &amp;as of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="52"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="118"/>
        <source>decision on the offer</source>
        <translation>decision on the offer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="118"/>
        <source>signed contract</source>
        <translation>signed contract</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/OverduePage.cpp" line="128"/>
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
        <location filename="../../app/domain/RelocationHandover.cpp" line="32"/>
        <source>The contract number is missing.</source>
        <translation>The contract number is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="33"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="37"/>
        <source>Enter the number printed on the contract.</source>
        <translation>Enter the number printed on the contract.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="36"/>
        <source>The contract number is longer than %1 characters.</source>
        <translation>The contract number is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="40"/>
        <source>The contract type “%1” is unknown.</source>
        <translation>The contract type “%1” is unknown.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="41"/>
        <source>Choose one of: %1.</source>
        <translation>Choose one of: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="47"/>
        <source>The contract number %1 is already used in case %2.</source>
        <translation>The contract number %1 is already used in case %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="48"/>
        <source>Check the number on the contract.</source>
        <translation>Check the number on the contract.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="55"/>
        <source>Drafting a contract</source>
        <translation>Drafting a contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="67"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="104"/>
        <source>the contract draft</source>
        <translation>the contract draft</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="67"/>
        <location filename="../../app/domain/RelocationService.cpp" line="217"/>
        <source>the consent</source>
        <translation>the consent</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="88"/>
        <source>The case has no contract, although its status needs one.</source>
        <translation>The case has no contract, although its status needs one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="128"/>
        <source>Ask an administrator to check the case&apos;s history.</source>
        <translation>Ask an administrator to check the case&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="94"/>
        <source>Recording a signed contract</source>
        <translation>Recording a signed contract</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="103"/>
        <source>the signature</source>
        <translation>the signature</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="115"/>
        <source>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</source>
        <translation>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="118"/>
        <source>Enter the number of key sets from the handover act.</source>
        <translation>Enter the number of key sets from the handover act.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="139"/>
        <source>Scheduling a key handover</source>
        <translation>Scheduling a key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="149"/>
        <source>the key handover appointment</source>
        <translation>the key handover appointment</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="150"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="214"/>
        <source>the contract signature</source>
        <translation>the contract signature</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="128"/>
        <source>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</source>
        <translation>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="133"/>
        <source>Enter the household&apos;s residents first, or correct the number.</source>
        <translation>Enter the household&apos;s residents first, or correct the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="196"/>
        <source>Key handover scheduled for %1.</source>
        <translation>Key handover scheduled for %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="203"/>
        <source>Recording a key handover</source>
        <translation>Recording a key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="213"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="279"/>
        <source>the key handover</source>
        <translation>the key handover</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="267"/>
        <source>Marking the old apartment vacated</source>
        <translation>Marking the old apartment vacated</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="278"/>
        <source>the vacating of the old apartment</source>
        <translation>the vacating of the old apartment</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="41"/>
        <source>Recording the notification</source>
        <translation>Recording the notification</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="47"/>
        <location filename="../../app/domain/RelocationService.cpp" line="67"/>
        <source>the notification</source>
        <translation>the notification</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="49"/>
        <source>the inclusion in the programme</source>
        <translation>the inclusion in the programme</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="60"/>
        <source>Sending an offer</source>
        <translation>Sending an offer</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="66"/>
        <location filename="../../app/domain/RelocationService.cpp" line="175"/>
        <location filename="../../app/domain/RelocationService.cpp" line="219"/>
        <source>the offer letter</source>
        <translation>the offer letter</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="113"/>
        <source>Choose an apartment from the list of free equivalent apartments.</source>
        <translation>Choose an apartment from the list of free equivalent apartments.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="116"/>
        <source>%1 is in an old building; only apartments of new buildings can be offered.</source>
        <translation>%1 is in an old building; only apartments of new buildings can be offered.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="121"/>
        <source>%1 is in a building still under construction.</source>
        <translation>%1 is in a building still under construction.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="129"/>
        <source>%1 is already offered to case %2.</source>
        <translation>%1 is already offered to case %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="130"/>
        <source>Choose another apartment; this one becomes free again if that household refuses.</source>
        <translation>Choose another apartment; this one becomes free again if that household refuses.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="132"/>
        <source>%1 is not free (it is %2).</source>
        <translation>%1 is not free (it is %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="145"/>
        <source>%1 is not equivalent to the old apartment: %2.</source>
        <translation>%1 is not equivalent to the old apartment: %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="147"/>
        <source>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</source>
        <translation>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="150"/>
        <source>Overriding the equivalence rule</source>
        <translation>Overriding the equivalence rule</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="152"/>
        <source>An override of the equivalence rule needs a signed-in manager.</source>
        <translation>An override of the equivalence rule needs a signed-in manager.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="153"/>
        <source>Sign in with a manager&apos;s account.</source>
        <translation>Sign in with a manager&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="160"/>
        <source>The case has no open offer, although its status needs one.</source>
        <translation>The case has no open offer, although its status needs one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="165"/>
        <source>Recording a viewing</source>
        <translation>Recording a viewing</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="175"/>
        <location filename="../../app/domain/RelocationService.cpp" line="219"/>
        <source>the viewing</source>
        <translation>the viewing</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="184"/>
        <source>Recording a consent</source>
        <translation>Recording a consent</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="190"/>
        <source>Recording a refusal</source>
        <translation>Recording a refusal</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="205"/>
        <source>The refusal reason “%1” is not one of the programme&apos;s reasons.</source>
        <translation>The refusal reason “%1” is not one of the programme&apos;s reasons.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="206"/>
        <source>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</source>
        <translation>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="211"/>
        <source>The refusal reason “%1” needs a note.</source>
        <translation>The refusal reason “%1” needs a note.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="212"/>
        <source>Describe in the note why the household refused.</source>
        <translation>Describe in the note why the household refused.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="217"/>
        <source>the refusal</source>
        <translation>the refusal</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="301"/>
        <source>technical condition</source>
        <translation>technical condition</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="302"/>
        <source>layout</source>
        <translation>layout</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="304"/>
        <source>wants more area</source>
        <translation>wants more area</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="306"/>
        <source>wants several apartments</source>
        <translation>wants several apartments</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="308"/>
        <source>wants another building</source>
        <translation>wants another building</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="310"/>
        <source>wants another district</source>
        <translation>wants another district</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="311"/>
        <source>floor</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="312"/>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>nov::RescheduleCommand</name>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="20"/>
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
        <location filename="../../ui/household/ResidentDialog.cpp" line="42"/>
        <source>Correct resident — %1</source>
        <translation>Correct resident — %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="43"/>
        <source>Add a resident</source>
        <translation>Add a resident</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="49"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="50"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="52"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Patronymic:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="55"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="56"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="58"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="59"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="60"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="66"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="67"/>
        <source>S&amp;NILS:</source>
        <translation>S&amp;NILS:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="68"/>
        <source>112-233-445 95</source>
        <translation>112-233-445 95</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="69"/>
        <source>P&amp;assport:</source>
        <translation>P&amp;assport:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="70"/>
        <source>45 12 345678</source>
        <translation>45 12 345678</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="71"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="72"/>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="135"/>
        <source>Enter the last name.</source>
        <translation>Enter the last name.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="136"/>
        <source>Enter the first name.</source>
        <translation>Enter the first name.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="137"/>
        <source>Enter the birth date (dd.mm.yyyy).</source>
        <translation>Enter the birth date (dd.mm.yyyy).</translation>
    </message>
</context>
<context>
    <name>nov::ResidentService</name>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="52"/>
        <source>The resident does not exist (any more).</source>
        <translation>The resident does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="53"/>
        <location filename="../../app/domain/ResidentService.cpp" line="187"/>
        <source>resident %1</source>
        <translation>resident %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="54"/>
        <source>Reopen the household card to see its current members.</source>
        <translation>Reopen the household card to see its current members.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>The last name is missing.</source>
        <translation>The last name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="65"/>
        <source>Enter the last name as in the passport.</source>
        <translation>Enter the last name as in the passport.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="67"/>
        <source>The first name is missing.</source>
        <translation>The first name is missing.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="67"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>Enter the first name as in the passport.</source>
        <translation>Enter the first name as in the passport.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>The sex is not set.</source>
        <translation>The sex is not set.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>Choose male or female.</source>
        <translation>Choose male or female.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="72"/>
        <source>The relation “%1” is unknown.</source>
        <translation>The relation “%1” is unknown.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="72"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="73"/>
        <source>Choose the relation to the head of the household.</source>
        <translation>Choose the relation to the head of the household.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="92"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="93"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="101"/>
        <source>This %1 already belongs to %2 (case %3).</source>
        <translation>This %1 already belongs to %2 (case %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="104"/>
        <source>Check the number on the document; one person is entered once.</source>
        <translation>Check the number on the document; one person is entered once.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="110"/>
        <source>Adding a resident</source>
        <translation>Adding a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="141"/>
        <source>Correcting a resident</source>
        <translation>Correcting a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="172"/>
        <source>Removing a resident</source>
        <translation>Removing a resident</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="185"/>
        <source>%1 is named by a milestone of the programme and cannot be removed.</source>
        <translation>%1 is named by a milestone of the programme and cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="187"/>
        <source>Correct the resident&apos;s data instead.</source>
        <translation>Correct the resident&apos;s data instead.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="228"/>
        <source>head of household</source>
        <translation>head of household</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="229"/>
        <source>spouse</source>
        <translation>spouse</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="230"/>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="231"/>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="232"/>
        <source>brother or sister</source>
        <translation>brother or sister</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="233"/>
        <source>grandchild</source>
        <translation>grandchild</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="234"/>
        <source>other relation</source>
        <translation>other relation</translation>
    </message>
</context>
<context>
    <name>nov::ScreenshotCommand</name>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="41"/>
        <source>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</source>
        <translation>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="83"/>
        <source>Renders the main window with PAGE selected and its rows loaded to a PNG file.
Pages: %1.</source>
        <translation>Renders the main window with PAGE selected and its rows loaded to a PNG file.
Pages: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="86"/>
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="86"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="87"/>
        <source>Window size (default: 1280x800).</source>
        <translation>Window size (default: 1280x800).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="87"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="89"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="89"/>
        <source>The page to render.</source>
        <translation>The page to render.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="96"/>
        <source>which page? Name one of: %1.</source>
        <translation>which page? Name one of: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="98"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unexpected argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="103"/>
        <source>unknown page &apos;%1&apos;; the pages are: %2.</source>
        <translation>unknown page &apos;%1&apos;; the pages are: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="107"/>
        <source>--out FILE.png is needed.</source>
        <translation>--out FILE.png is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="111"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</source>
        <translation>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="114"/>
        <source>Screenshots need the windowed program&apos;s libraries.</source>
        <translation>Screenshots need the windowed program&apos;s libraries.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="115"/>
        <source>Run it as: novoselye screenshot …</source>
        <translation>Run it as: novoselye screenshot …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="133"/>
        <source>The page&apos;s rows did not arrive within %1 seconds.</source>
        <translation>The page&apos;s rows did not arrive within %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="134"/>
        <source>Check the database with: novoselye stats</source>
        <translation>Check the database with: novoselye stats</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="141"/>
        <source>The picture cannot be written.</source>
        <translation>The picture cannot be written.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="143"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="146"/>
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
    <name>nov::Validators</name>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="40"/>
        <source>SNILS</source>
        <translation>SNILS</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="43"/>
        <source>SNILS must have 11 digits, written like 112-233-445 95.</source>
        <translation>SNILS must have 11 digits, written like 112-233-445 95.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="44"/>
        <source>Check the number on the SNILS card.</source>
        <translation>Check the number on the SNILS card.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="48"/>
        <source>The SNILS check digits are wrong (%1 expected, %2 given).</source>
        <translation>The SNILS check digits are wrong (%1 expected, %2 given).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="50"/>
        <source>A digit was probably mistyped; check the number on the card.</source>
        <translation>A digit was probably mistyped; check the number on the card.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="57"/>
        <source>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</source>
        <translation>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Check the passport&apos;s series and number.</source>
        <translation>Check the passport&apos;s series and number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="65"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="67"/>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>A VIN has 17 characters; this one has %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="68"/>
        <location filename="../../app/domain/Validators.cpp" line="74"/>
        <source>Copy the VIN from the vehicle passport (ЭПТС).</source>
        <translation>Copy the VIN from the vehicle passport (ЭПТС).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="73"/>
        <source>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</source>
        <translation>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="76"/>
        <source>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</source>
        <translation>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="79"/>
        <source>Probably 1 or 0 was meant.</source>
        <translation>Probably 1 or 0 was meant.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="91"/>
        <source>A phone number has 10 digits after +7, like +7 495 123-45-67.</source>
        <translation>A phone number has 10 digits after +7, like +7 495 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Check the number.</source>
        <translation>Check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="110"/>
        <source>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</source>
        <translation>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="115"/>
        <source>&apos;%1&apos; is not a real calendar date.</source>
        <translation>&apos;%1&apos; is not a real calendar date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="116"/>
        <source>Check the day and the month.</source>
        <translation>Check the day and the month.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="121"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="126"/>
        <source>The birth date %1 is in the future.</source>
        <translation>The birth date %1 is in the future.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="127"/>
        <location filename="../../app/domain/Validators.cpp" line="130"/>
        <source>Check the year.</source>
        <translation>Check the year.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="129"/>
        <source>The birth date %1 is before 1900.</source>
        <translation>The birth date %1 is before 1900.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="142"/>
        <source>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</source>
        <translation>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="145"/>
        <source>An area must be above 0 and below 1000 m²; %1 given.</source>
        <translation>An area must be above 0 and below 1000 m²; %1 given.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>The total area must be above 0 m².</source>
        <translation>The total area must be above 0 m².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>Total area</source>
        <translation>Total area</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <source>The living area must be above 0 m².</source>
        <translation>The living area must be above 0 m².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>Living area</source>
        <translation>Living area</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="156"/>
        <source>The living area (%1 m²) is larger than the total area (%2 m²).</source>
        <translation>The living area (%1 m²) is larger than the total area (%2 m²).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>The living area is a part of the total area.</source>
        <translation>The living area is a part of the total area.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>An apartment has 1 to 7 rooms; %1 given.</source>
        <translation>An apartment has 1 to 7 rooms; %1 given.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
</context>
<context>
    <name>nov::WorkflowStepDialog</name>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="27"/>
        <source>&amp;Notified on:</source>
        <translation>&amp;Notified on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="29"/>
        <source>Offer &amp;letter of:</source>
        <translation>Offer &amp;letter of:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="31"/>
        <source>&amp;Viewed on:</source>
        <translation>&amp;Viewed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="33"/>
        <source>&amp;Consent given on:</source>
        <translation>&amp;Consent given on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="35"/>
        <source>&amp;Refused on:</source>
        <translation>&amp;Refused on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="37"/>
        <source>&amp;Drafted on:</source>
        <translation>&amp;Drafted on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="39"/>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="41"/>
        <source>&amp;Appointment on:</source>
        <translation>&amp;Appointment on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="43"/>
        <source>Keys &amp;handed over on:</source>
        <translation>Keys &amp;handed over on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="45"/>
        <source>&amp;Vacated on:</source>
        <translation>&amp;Vacated on:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="47"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="69"/>
        <source>%1 — case %2</source>
        <translation>%1 — case %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="97"/>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="151"/>
        <source>Re&amp;ason:</source>
        <translation>Re&amp;ason:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="154"/>
        <source>Required for “other”</source>
        <translation>Required for “other”</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="155"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="165"/>
        <source>as printed on the contract</source>
        <translation>as printed on the contract</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="166"/>
        <source>Contract &amp;number:</source>
        <translation>Contract &amp;number:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="171"/>
        <source>Contract &amp;type:</source>
        <translation>Contract &amp;type:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="182"/>
        <source>&amp;Key sets:</source>
        <translation>&amp;Key sets:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="191"/>
        <source>Residents &amp;moving in:</source>
        <translation>Residents &amp;moving in:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="197"/>
        <source>%n resident(s) move in and count toward the programme.</source>
        <translation>
            <numerusform>%n resident moves in and counts toward the programme.</numerusform>
            <numerusform>%n residents move in and count toward the programme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="199"/>
        <source>Residents:</source>
        <translation>Residents:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="204"/>
        <source>exchange contract</source>
        <translation>exchange contract</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="206"/>
        <source>with purchase of extra space</source>
        <translation>with purchase of extra space</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="208"/>
        <source>monetary compensation</source>
        <translation>monetary compensation</translation>
    </message>
</context>
<context>
    <name>nov::db</name>
    <message>
        <location filename="../../db/Database.cpp" line="52"/>
        <source>The database file cannot be opened.</source>
        <translation>The database file cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="53"/>
        <source>Check the file&apos;s permissions, or restore it from a backup.</source>
        <translation>Check the file&apos;s permissions, or restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="59"/>
        <source>The file is damaged or is not a Novoselye database.</source>
        <translation>The file is damaged or is not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="60"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Restore the database from a backup or choose another file.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="66"/>
        <source>The file is an SQLite database of another program, not a Novoselye database.</source>
        <translation>The file is an SQLite database of another program, not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="68"/>
        <source>Choose a Novoselye database or a new file name.</source>
        <translation>Choose a Novoselye database or a new file name.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="72"/>
        <source>The database&apos;s version record cannot be read; the file is damaged.</source>
        <translation>The database&apos;s version record cannot be read; the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="74"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="78"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="82"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Install the newer version of Novoselye to open it.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="205"/>
        <source>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="206"/>
        <source>Choose another database name.</source>
        <translation>Choose another database name.</translation>
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
    <name>nov::db::Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="133"/>
        <source>The database file does not exist.</source>
        <translation>The database file does not exist.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="135"/>
        <source>Check the path, or create a database with: novoselye demo --db PATH --scale small</source>
        <translation>Check the path, or create a database with: novoselye demo --db PATH --scale small</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="138"/>
        <source>The folder for the database cannot be created.</source>
        <translation>The folder for the database cannot be created.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="140"/>
        <source>Check that you may write there.</source>
        <translation>Check that you may write there.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="151"/>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="234"/>
        <source>The PostgreSQL address is not understood.</source>
        <translation>The PostgreSQL address is not understood.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="235"/>
        <source>Write it as postgresql://user@host:port/database.</source>
        <translation>Write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="256"/>
        <source>The database does not exist on the server.</source>
        <translation>The database does not exist on the server.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="257"/>
        <source>Check the name, or create it with: novoselye demo --db URL</source>
        <translation>Check the name, or create it with: novoselye demo --db URL</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="259"/>
        <source>The server did not accept the user name or password.</source>
        <translation>The server did not accept the user name or password.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="260"/>
        <source>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="261"/>
        <source>The database server cannot be reached.</source>
        <translation>The database server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="262"/>
        <source>Check the address and that the server is running, or ask the administrator.</source>
        <translation>Check the address and that the server is running, or ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="292"/>
        <source>The database holds tables of another program, not a Novoselye database.</source>
        <translation>The database holds tables of another program, not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="294"/>
        <source>Choose a Novoselye database or a new database name.</source>
        <translation>Choose a Novoselye database or a new database name.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="296"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="300"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Install the newer version of Novoselye to open it.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="386"/>
        <source>The database is busy: another clerk is saving a change.</source>
        <translation>The database is busy: another clerk is saving a change.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="387"/>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="392"/>
        <source>The database file is damaged.</source>
        <translation>The database file is damaged.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="393"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="395"/>
        <source>The database is read-only.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="396"/>
        <source>Check that you may write the database file and its folder.</source>
        <translation>Check that you may write the database file and its folder.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="397"/>
        <source>The database refused the operation: %1</source>
        <translation>The database refused the operation: %1</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseFile</name>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="23"/>
        <source>The path is a folder, not a database file.</source>
        <translation>The path is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="24"/>
        <source>Choose a file name, for example novoselye.db.</source>
        <translation>Choose a file name, for example novoselye.db.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="27"/>
        <source>The database file cannot be read.</source>
        <translation>The database file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="28"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Check that the file exists and that you may read and write it.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="32"/>
        <source>The file is empty: it is not a Novoselye database, or it was truncated.</source>
        <translation>The file is empty: it is not a Novoselye database, or it was truncated.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="34"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Restore the database from a backup or choose another file.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="37"/>
        <source>The file is not a Novoselye database.</source>
        <translation>The file is not a Novoselye database.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="38"/>
        <source>Choose a database file created by Novoselye, or a new file name.</source>
        <translation>Choose a database file created by Novoselye, or a new file name.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="52"/>
        <source>The database file is damaged (its size does not match its page structure).</source>
        <translation>The database file is damaged (its size does not match its page structure).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="54"/>
        <location filename="../../db/DatabaseFile.cpp" line="59"/>
        <source>Restore the database from a backup.</source>
        <translation>Restore the database from a backup.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="56"/>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>The database file is truncated: %1 of %2 bytes are there.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="66"/>
        <source>The database file cannot be created.</source>
        <translation>The database file cannot be created.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="67"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Check that the folder exists and that you may write there.</translation>
    </message>
</context>
<context>
    <name>nov::db::HouseholdRepository</name>
    <message>
        <location filename="../../db/HouseholdRepository.cpp" line="72"/>
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
        <location filename="../../db/MilestoneRepository.cpp" line="112"/>
        <source>The household has fewer residents than its key handover counts (no member number %1).</source>
        <translation>The household has fewer residents than its key handover counts (no member number %1).</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="115"/>
        <source>Enter the household&apos;s residents, then record the handover.</source>
        <translation>Enter the household&apos;s residents, then record the handover.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="131"/>
        <source>The resident does not exist.</source>
        <translation>The resident does not exist.</translation>
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
</TS>
