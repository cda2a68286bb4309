<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BuiltinCommands</name>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="24"/>
        <source>create a demo database (--scale small|district|moscow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="26"/>
        <source>rows per table, relocated residents, milestones [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="28"/>
        <source>this overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="39"/>
        <source>Creates a new database filled with deterministic, realistic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="41"/>
        <source>small (≈2,000 residents), district (≈50,000) or moscow (1,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="42"/>
        <source>SCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="43"/>
        <source>Seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="44"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="46"/>
        <source>Date the data ends at (default: today), for reproducible files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="49"/>
        <source>Skip the status history of households (smaller, faster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="54"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="61"/>
        <source>unknown scale &apos;%1&apos;; use small, district or moscow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="66"/>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="70"/>
        <source>--today needs a date after 2018-06-01 written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="82"/>
        <source>demo: %1% %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="99"/>
        <source>Created %1 (scale %2, seed %3):
  %4 residents in %5 households, %6 old and %7 new buildings, %8 apartments
  %9 residents relocated in %10 key handovers; %11 milestones reached; %12 vehicles
  %13 rows in %14 s (%15 rows/s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="114"/>
        <source>Prints rows per table, the programme counter (relocated residents) and reached milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="116"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov</name>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="18"/>
        <source>The demo data list %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="19"/>
        <location filename="../../app/demo/DemoCatalog.cpp" line="28"/>
        <source>Reinstall Novoselye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="27"/>
        <source>The demo data list %1 has a malformed line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::Actor</name>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="63"/>
        <source>%1 is not allowed for the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="64"/>
        <source>This needs the role %1 or higher; ask a colleague who has it or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="86"/>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="88"/>
        <source>manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="90"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="92"/>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="68"/>
        <source>novoselye: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="70"/>
        <source>where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="72"/>
        <source>what to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="74"/>
        <source>details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="80"/>
        <source>novoselye: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="81"/>
        <source>Run &apos;novoselye --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="82"/>
        <source>Run &apos;novoselye %1 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="89"/>
        <source>Usage: novoselye [--db PATH] [--lang ru|en]           start the program
       novoselye COMMAND [options]                     run a command

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="94"/>
        <source>
Every command takes --db PATH (default: %1) and --help.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="102"/>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="103"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="104"/>
        <source>Language of messages: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="104"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="106"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="108"/>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="133"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::DemoBuilder</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="593"/>
        <source>Okrugs and districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="594"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="641"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="651"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="640"/>
        <source>Households and residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="650"/>
        <source>Milestones and gift vehicles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::DemoGenerator</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="683"/>
        <source>Unknown demo scale &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="684"/>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="686"/>
        <source>The file already exists; demo data goes into a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="687"/>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="721"/>
        <source>Indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="733"/>
        <source>Statistics for the query planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="751"/>
        <source>The demo database could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="752"/>
        <source>Check that you may write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="756"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::FirstRunDialog</name>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="25"/>
        <source>Welcome to Novoselye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="27"/>
        <source>&lt;b&gt;There is no database yet.&lt;/b&gt;&lt;br&gt;Novoselye will create it here:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Start with demo data to look around, or with an empty database for real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="36"/>
        <source>Demo data, small: about 2,000 residents (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="37"/>
        <source>Demo data, one district&apos;s worth: about 50,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="38"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="55"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="79"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::GuiApplication</name>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="23"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="34"/>
        <source>Novoselye</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::HouseholdWorkflow</name>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="81"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="82"/>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="83"/>
        <source>Offer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="84"/>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="85"/>
        <source>Consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="86"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="88"/>
        <source>Contract drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="90"/>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="92"/>
        <source>Keys handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="94"/>
        <source>Old apartment vacated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="96"/>
        <source>Extra space purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="98"/>
        <source>Monetary compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="99"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="108"/>
        <source>record the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="110"/>
        <source>send an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="112"/>
        <source>record the viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="114"/>
        <source>record the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="116"/>
        <source>record a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="118"/>
        <source>draft the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="120"/>
        <source>record the signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="122"/>
        <source>schedule the key handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="124"/>
        <source>record the key handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="126"/>
        <source>mark the old apartment vacated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="134"/>
        <source>No further step of the relocation workflow is possible in this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="138"/>
        <source>Possible next steps: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="29"/>
        <source>Novoselye — relocation office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="31"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="36"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="49"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="51"/>
        <source>Read the figures from the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="56"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="57"/>
        <source>&amp;About Novoselye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="58"/>
        <source>About Novoselye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="59"/>
        <source>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="74"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="90"/>
        <source>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="97"/>
        <source>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="114"/>
        <source>%1 residents · %2 households</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::StatsService::Stats</name>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="67"/>
        <source>Database: %1 (schema version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="73"/>
        <source>Relocated residents: %1 in %2 households
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="75"/>
        <source>Milestones reached: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="78"/>
        <source>; next target %1, %2 residents to go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::Validators</name>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="40"/>
        <source>SNILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="43"/>
        <source>SNILS must have 11 digits, written like 112-233-445 95.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="44"/>
        <source>Check the number on the SNILS card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="48"/>
        <source>The SNILS check digits are wrong (%1 expected, %2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="50"/>
        <source>A digit was probably mistyped; check the number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="57"/>
        <source>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Check the passport&apos;s series and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="65"/>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="67"/>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="68"/>
        <location filename="../../app/domain/Validators.cpp" line="74"/>
        <source>Copy the VIN from the vehicle passport (ЭПТС).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="73"/>
        <source>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="76"/>
        <source>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="79"/>
        <source>Probably 1 or 0 was meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="91"/>
        <source>A phone number has 10 digits after +7, like +7 495 123-45-67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="110"/>
        <source>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="115"/>
        <source>&apos;%1&apos; is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="116"/>
        <source>Check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="121"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="126"/>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="127"/>
        <location filename="../../app/domain/Validators.cpp" line="130"/>
        <source>Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="129"/>
        <source>The birth date %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="142"/>
        <source>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="145"/>
        <source>An area must be above 0 and below 1000 m²; %1 given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>The total area must be above 0 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>Total area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <source>The living area must be above 0 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>Living area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="156"/>
        <source>The living area (%1 m²) is larger than the total area (%2 m²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>The living area is a part of the total area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>An apartment has 1 to 7 rooms; %1 given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db</name>
    <message>
        <location filename="../../db/Database.cpp" line="49"/>
        <source>The database file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="50"/>
        <source>Check the file&apos;s permissions, or restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="56"/>
        <source>The file is damaged or is not a Novoselye database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="57"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="63"/>
        <source>The file is an SQLite database of another program, not a Novoselye database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="65"/>
        <source>Choose a Novoselye database or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="69"/>
        <source>The database&apos;s version record cannot be read; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="71"/>
        <source>Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="75"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="79"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::ApartmentStockRepository</name>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="52"/>
        <source>The apartment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="53"/>
        <source>Choose the apartment again from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::AuditRepository</name>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="79"/>
        <source>row %1 is missing (deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="82"/>
        <source>row %1 does not link to the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="88"/>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="113"/>
        <source>This build of Novoselye opens SQLite database files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="114"/>
        <source>Give the path of a database file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="125"/>
        <source>The database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="127"/>
        <source>Check the path, or create a database with: novoselye demo --db PATH --scale small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="130"/>
        <source>The folder for the database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="132"/>
        <source>Check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="143"/>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="205"/>
        <source>The database is busy: another clerk is saving a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="206"/>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="208"/>
        <source>The database file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="209"/>
        <source>Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="211"/>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="212"/>
        <source>Check that you may write the database file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="213"/>
        <source>The database refused the operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseFile</name>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="23"/>
        <source>The path is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="24"/>
        <source>Choose a file name, for example novoselye.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="27"/>
        <source>The database file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="28"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="32"/>
        <source>The file is empty: it is not a Novoselye database, or it was truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="34"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="37"/>
        <source>The file is not a Novoselye database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="38"/>
        <source>Choose a database file created by Novoselye, or a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="52"/>
        <source>The database file is damaged (its size does not match its page structure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="54"/>
        <location filename="../../db/DatabaseFile.cpp" line="59"/>
        <source>Restore the database from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="56"/>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="66"/>
        <source>The database file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="67"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::HouseholdRepository</name>
    <message>
        <location filename="../../db/HouseholdRepository.cpp" line="72"/>
        <source>The household does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::HousingRepository</name>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="61"/>
        <source>The apartment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="77"/>
        <source>The building does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::Migrator</name>
    <message>
        <location filename="../../db/Migrator.cpp" line="61"/>
        <source>The database schema (version %1) is newer than this program&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="64"/>
        <source>Install the newer version of Novoselye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="84"/>
        <source>Updating the database to version %1 (%2) failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="88"/>
        <source>Report this to the administrator with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nov::db::MilestoneRepository</name>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="40"/>
        <source>The key handover has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="41"/>
        <source>Record the key handover first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="113"/>
        <source>The household has fewer residents than its key handover counts (no member number %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="116"/>
        <source>Enter the household&apos;s residents, then record the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="129"/>
        <source>The resident does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
