<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>audit verify: проверить цепочку хешей журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="38"/>
        <source>Creates an account. On a database without accounts the first one must be an admin and needs no --user. The new password comes from NOVOSELYE_NEW_PASSWORD or is asked twice.</source>
        <translation>Создаёт учётную запись. В базе данных без учётных записей первая запись должна быть администраторской и создаётся без --user. Новый пароль берётся из NOVOSELYE_NEW_PASSWORD или запрашивается дважды.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="41"/>
        <source>clerk, manager, admin or auditor.</source>
        <translation>clerk (специалист), manager (руководитель), admin (администратор) или auditor (аудитор).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="41"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="42"/>
        <source>Full name (default: the login).</source>
        <translation>ФИО (по умолчанию — логин).</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="42"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="44"/>
        <source>add LOGIN</source>
        <translation>add ЛОГИН</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="49"/>
        <source>write: novoselye user add LOGIN --role ROLE</source>
        <translation>укажите: novoselye user add LOGIN --role ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="53"/>
        <source>--role must be clerk, manager, admin or auditor.</source>
        <translation>значение --role должно быть clerk, manager, admin или auditor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="68"/>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="72"/>
        <source>The same again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="76"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="76"/>
        <source>Try again.</source>
        <translation>Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="80"/>
        <source>The first account of a database must be an admin.</source>
        <translation>Первая учётная запись в базе данных должна быть администраторской.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="81"/>
        <source>Add --role admin.</source>
        <translation>Добавьте --role admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="93"/>
        <source>Account %1 (%2) created.
</source>
        <translation>Учётная запись %1 (%2) создана.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="99"/>
        <source>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</source>
        <translation>Проверяет, что ни одна строка журнала аудита не была изменена или удалена в обход программы; называет первую нарушенную строку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="106"/>
        <source>write: novoselye audit verify --db PATH</source>
        <translation>укажите: novoselye audit verify --db PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="119"/>
        <source>The audit log was changed outside Novoselye: %1.</source>
        <translation>Журнал аудита изменён в обход программы «Новоселье»: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="120"/>
        <source>audit_log row %1</source>
        <translation>строка %1 таблицы audit_log</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="121"/>
        <source>Restore the database from a backup made before that row&apos;s time and report the incident.</source>
        <translation>Восстановите базу данных из резервной копии, сделанной до времени этой строки, и сообщите об инциденте.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="123"/>
        <source>The audit log is intact.
</source>
        <translation>Журнал аудита не нарушен.
</translation>
    </message>
</context>
<context>
    <name>ApartmentImporter</name>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="38"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Stock</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="40"/>
        <source>Okrug</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="42"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="44"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="46"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="49"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="50"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="70"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="52"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="57"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="60"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="62"/>
        <location filename="../../app/io/ApartmentImporter.cpp" line="71"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="64"/>
        <source>Floors</source>
        <translation>Этажность</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="86"/>
        <source>Required field is empty.</source>
        <translation>Обязательное поле не заполнено.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="98"/>
        <source>&apos;%1&apos; is neither old nor new stock.</source>
        <translation>«%1» — ни старый, ни новый фонд.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="113"/>
        <source>&apos;%1&apos; is not an apartment status (free, reserved, occupied, vacated).</source>
        <translation>«%1» — не статус квартиры (свободна, в резерве, занята, освобождена).</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="126"/>
        <source>%1 is stored as %2 stock.</source>
        <translation>Дом %1 уже записан как %2 фонд.</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="127"/>
        <source>old</source>
        <translation>старый</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="127"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../app/io/ApartmentImporter.cpp" line="136"/>
        <source>Cadastral number %1 belongs to another apartment.</source>
        <translation>Кадастровый номер %1 принадлежит другой квартире.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="31"/>
        <source>backup OUT: a verified copy of the database (admin)</source>
        <translation>backup OUT: проверенная копия базы данных (администратор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="34"/>
        <source>restore FILE: put a backup in place of the database (admin)</source>
        <translation>restore FILE: восстановить базу данных из резервной копии (администратор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="36"/>
        <source>check: integrity, foreign keys and the office&apos;s rules</source>
        <translation>check: целостность, внешние ключи и правила отдела</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="44"/>
        <source>Copies the database to OUT (a new file) while clerks keep working, checks the copy and records the backup in the audit log. Needs an administrator&apos;s --user.</source>
        <translation>Копирует базу данных в OUT (новый файл), не мешая работе сотрудников, проверяет копию и записывает резервное копирование в журнал аудита. Нужен --user администратора.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="47"/>
        <location filename="../../app/cli/BackupCommands.cpp" line="78"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="52"/>
        <source>write: novoselye backup OUT --db PATH --user LOGIN</source>
        <translation>пишите: novoselye backup OUT --db PATH --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="65"/>
        <source>Backup written and verified: %1 (%2).
</source>
        <translation>Резервная копия записана и проверена: %1 (%2).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="74"/>
        <source>Replaces the database with the backup FILE. The file is checked first; the current database stays until the copy is verified and is kept as PATH.before-restore. Close Novoselye everywhere else first. Needs an administrator&apos;s --user.</source>
        <translation>Заменяет базу данных резервной копией FILE. Сначала файл проверяется; текущая база остаётся на месте, пока копия не проверена, и сохраняется как PATH.before-restore. Сначала закройте Новоселье на всех остальных компьютерах. Нужен --user администратора.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="83"/>
        <source>write: novoselye restore FILE --db PATH --user LOGIN</source>
        <translation>пишите: novoselye restore FILE --db PATH --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="106"/>
        <source>Database restored from %1 (%2). The previous database is kept as %3.
</source>
        <translation>База данных восстановлена из %1 (%2). Прежняя база сохранена как %3.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="116"/>
        <source>Checks the database without changing it: SQLite&apos;s integrity and foreign key checks (a server database keeps these itself) and the office&apos;s rules (one head per household, key handovers and statuses, milestones against a recount). Exit code 1 when something is wrong.</source>
        <translation>Проверяет базу данных, не изменяя её: проверки целостности и внешних ключей SQLite (база данных на сервере обеспечивает их сама) и правила отдела (один глава в каждой семье, выдача ключей и статусы, рубежи по независимому пересчёту). Код выхода 1, если что-то не так.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="141"/>
        <source>The database is sound: %1.
</source>
        <translation>База данных в порядке: %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="145"/>
        <source>%1: %2 (for example %3)
</source>
        <translation>%1: %2 (например, %3)
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BackupCommands.cpp" line="153"/>
        <source>Restore a backup taken before the damage, or correct the rows named above.</source>
        <translation>Восстановите резервную копию, сделанную до повреждения, или исправьте названные выше строки.</translation>
    </message>
</context>
<context>
    <name>BrowseFilterBar</name>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="46"/>
        <source>&amp;Search by:</source>
        <translation>&amp;Искать по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="53"/>
        <source>Results update as you type (Ctrl+F)</source>
        <translation>Результаты обновляются по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="72"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="91"/>
        <source>All okrugs</source>
        <translation>Все округа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="99"/>
        <source>&amp;Okrug:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="100"/>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="104"/>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="112"/>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="120"/>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="112"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="115"/>
        <source>Stat&amp;us:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="128"/>
        <source>%1 f&amp;rom:</source>
        <translation>&amp;%1 с:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="130"/>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="148"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="148"/>
        <source>The list cannot be read: %1</source>
        <translation>Не удаётся прочитать список: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="150"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="152"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Ничего не найдено по заданному поиску и фильтрам.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="182"/>
        <source>&amp;Reset columns</source>
        <translation>&amp;Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>BuiltinCommands</name>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="24"/>
        <source>create a demo database (--scale small|district|moscow)</source>
        <translation>создать демонстрационную базу данных (--scale small|district|moscow)</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="26"/>
        <source>rows per table, relocated residents, milestones [--json]</source>
        <translation>число строк в таблицах, переселённые жители, юбилейные рубежи [--json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="28"/>
        <source>this overview</source>
        <translation>эта справка</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="39"/>
        <source>Creates a new database filled with deterministic, realistic demo data.</source>
        <translation>Создаёт новую базу данных и заполняет её воспроизводимыми реалистичными демонстрационными данными.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="41"/>
        <source>small (≈2,000 residents), district (≈50,000) or moscow (1,000,000).</source>
        <translation>small (≈2 000 жителей), district (≈50 000) или moscow (1 000 000).</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="42"/>
        <source>SCALE</source>
        <translation>SCALE</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="43"/>
        <source>Seed: the same seed gives the same data.</source>
        <translation>Начальное значение генератора: при одном и том же значении получаются одни и те же данные.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="44"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="46"/>
        <source>Date the data ends at (default: today), for reproducible files.</source>
        <translation>Дата, которой заканчиваются данные (по умолчанию — сегодня), для воспроизводимых файлов.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="47"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="49"/>
        <source>Skip the status history of households (smaller, faster).</source>
        <translation>Не создавать историю статусов домохозяйств (файл меньше, создание быстрее).</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="54"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="61"/>
        <source>unknown scale &apos;%1&apos;; use small, district or moscow.</source>
        <translation>неизвестный масштаб «%1»; укажите small, district или moscow.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="66"/>
        <source>--seed needs a whole number.</source>
        <translation>для --seed нужно целое число.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="70"/>
        <source>--today needs a date after 2018-06-01 written as YYYY-MM-DD.</source>
        <translation>для --today нужна дата позже 2018-06-01 в формате ГГГГ-ММ-ДД.</translation>
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
        <translation>Создана база %1 (масштаб %2, начальное значение %3):
  жителей: %4, домохозяйств: %5, старых домов: %6, новых домов: %7, квартир: %8
  переселено жителей: %9, выдач ключей: %10; достигнуто рубежей: %11; автомобилей: %12
  строк: %13 за %14 с (%15 строк/с)
</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="118"/>
        <source>Prints rows per table, the programme counter (relocated residents) and reached milestones.</source>
        <translation>Выводит число строк в таблицах, счётчик программы (переселённые жители) и достигнутые юбилейные рубежи.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="120"/>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
</context>
<context>
    <name>CertificateCommands</name>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="43"/>
        <source>print acts to PDF: (--handover ID | --gift ID | --date D | --building ID) --pdf OUT</source>
        <translation>акты в PDF: (--handover ID | --gift ID | --date Д | --building ID) --pdf ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="46"/>
        <source>verify-certificate CODE: is an act genuine, and what it certified</source>
        <translation>verify-certificate КОД: подлинен ли акт и что он удостоверяет</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="55"/>
        <source>Writes key-handover or gift acts to a PDF file, one act per page. An act not yet issued gets its number now; an act printed before is marked as a copy.</source>
        <translation>Записывает акты передачи ключей или подарочного автомобиля в файл PDF, по акту на страницу. Акт, ещё не выданный, получает номер сейчас; уже печатавшийся акт помечается как копия.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="57"/>
        <source>The act of this key handover.</source>
        <translation>Акт этой передачи ключей.</translation>
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
        <translation>Акт передачи подарка по этому рубежу.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="59"/>
        <source>Every act of this day.</source>
        <translation>Все акты этого дня.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="59"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="61"/>
        <source>Every key act of this new building.</source>
        <translation>Все акты передачи ключей этого нового дома.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="62"/>
        <source>The PDF file to write.</source>
        <translation>Файл PDF для записи.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="62"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="71"/>
        <source>give exactly one of --handover, --gift, --date and --building.</source>
        <translation>укажите ровно один из параметров --handover, --gift, --date и --building.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="74"/>
        <source>--pdf FILE is missing.</source>
        <translation>не указан --pdf ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="88"/>
        <source>--date needs YYYY-MM-DD, the others a record id.</source>
        <translation>--date требует дату ГГГГ-ММ-ДД, остальные — номер записи.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="109"/>
        <source>There is no handover to print an act for.</source>
        <translation>Нет передачи, по которой можно напечатать акт.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="110"/>
        <source>Check the date or the building.</source>
        <translation>Проверьте дату или дом.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="120"/>
        <source>Act %1 written to %2 (verification code %3).
</source>
        <translation>Акт %1 записан в %2 (код проверки %3).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="123"/>
        <source>%1 acts written to %2.
</source>
        <translation>Актов записано в %2: %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="131"/>
        <source>Says whether an act with this verification code (or QR text) was issued by this office and is unchanged, and shows what it certified.</source>
        <translation>Сообщает, выдан ли акт с этим кодом проверки (или текстом QR-кода) этим офисом и не изменён ли он, и показывает, что он удостоверяет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="133"/>
        <source>Print the act&apos;s content as JSON.</source>
        <translation>Вывести содержание акта в формате JSON.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="134"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="138"/>
        <source>write: novoselye verify-certificate CODE</source>
        <translation>пишите: novoselye verify-certificate КОД</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="146"/>
        <source>The act is NOT genuine.</source>
        <translation>Акт НЕ подлинный.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="152"/>
        <source>Genuine: act %1 of %2, verification code %3.
</source>
        <translation>Подлинный: акт %1 от %2, код проверки %3.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="159"/>
        <source>Keys to %1, apt. %2 (%3 rooms, %4 m²), %5 key sets, case %6; residents: %7.
</source>
        <translation>Ключи: %1, кв. %2 (комнат: %3, %4 м²), комплектов ключей: %5, дело %6; жители: %7.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CertificateCommands.cpp" line="173"/>
        <source>Gift car %1, VIN %2, to %3 (milestone %4).
</source>
        <translation>Подарочный автомобиль %1, VIN %2, получатель %3 (рубеж %4).
</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/CertificateCommands.cpp" line="182"/>
        <source>Printed %n time(s).
</source>
        <translation>
            <numerusform>Напечатан %n раз.
</numerusform>
            <numerusform>Напечатан %n раза.
</numerusform>
            <numerusform>Напечатан %n раз.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="25"/>
        <source>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</source>
        <translation>Ваш логин; пароль берётся из NOVOSELYE_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="26"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="33"/>
        <source>No password: there is no terminal to ask on.</source>
        <translation>Пароль не указан, а терминала для его запроса нет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="35"/>
        <source>Set %1 for scripts.</source>
        <translation>Для скриптов задайте %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="67"/>
        <source>This command changes data and needs your account.</source>
        <translation>Эта команда изменяет данные, и для неё нужна ваша учётная запись.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="69"/>
        <source>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</source>
        <translation>Добавьте --user LOGIN (пароль — из NOVOSELYE_PASSWORD или с терминала).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="60"/>
        <location filename="../../app/cli/CliSignIn.cpp" line="71"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="26"/>
        <source>The file is not open for reading.</source>
        <translation>Файл не открыт для чтения.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="32"/>
        <source>This system cannot decode %1 text.</source>
        <translation>Эта система не умеет читать текст в кодировке %1.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvReader.cpp" line="33"/>
        <source>Save the file as UTF-8 and import it again.</source>
        <translation>Сохраните файл в UTF-8 и загрузите его снова.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="28"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="29"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="30"/>
        <source>CSV, Windows-1251 for old Excel (*.csv)</source>
        <translation>CSV, Windows-1251 для старого Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="33"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="49"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="72"/>
        <location filename="../../ui/io/ExportCommand.cpp" line="75"/>
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="53"/>
        <source>Exporting %1…</source>
        <translation>Выгрузка: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/io/ExportCommand.cpp" line="76"/>
        <source>%1 rows written to %2.</source>
        <translation>Записано строк: %1, файл %2.</translation>
    </message>
</context>
<context>
    <name>GiftDialog</name>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="34"/>
        <source>Reserve a gift vehicle</source>
        <translation>Закрепить подарочный автомобиль</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="35"/>
        <source>Record the gift handover</source>
        <translation>Оформить вручение подарка</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="39"/>
        <source>Milestone:</source>
        <translation>Рубеж:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="41"/>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Автомобиль:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="47"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="48"/>
        <source>Handed over &amp;on:</source>
        <translation>&amp;Дата вручения:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="75"/>
        <source>%1 no. %2 · %3 · VIN %4</source>
        <translation>%1 № %2 · %3 · VIN %4</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="83"/>
        <source>%1 (proposed)</source>
        <translation>%1 (предложен)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="84"/>
        <source>Proposed: the vehicle whose production number is the milestone&apos;s ordinal, otherwise the one produced first.</source>
        <translation>Предлагается автомобиль, заводской номер которого равен порядковому номеру рубежа, иначе — выпущенный раньше других.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="87"/>
        <source>No vehicle is in stock. Add vehicles on the Vehicles page.</source>
        <translation>На складе нет автомобилей. Добавьте их на вкладке «Автомобили».</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="102"/>
        <source>%1 (head of household)</source>
        <translation>%1 (глава домохозяйства)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/GiftDialog.cpp" line="105"/>
        <source>By default the head of household receives the car; another member of the household may be chosen.</source>
        <translation>По умолчанию автомобиль получает глава домохозяйства; можно выбрать другого члена домохозяйства.</translation>
    </message>
</context>
<context>
    <name>HousingLookup</name>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="107"/>
        <source>Required field is empty.</source>
        <translation>Обязательное поле не заполнено.</translation>
    </message>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="112"/>
        <source>Unknown okrug &apos;%1&apos;.</source>
        <translation>Неизвестный округ «%1».</translation>
    </message>
    <message>
        <location filename="../../app/io/HousingLookup.cpp" line="120"/>
        <source>Unknown district &apos;%1&apos; in %2.</source>
        <translation>Неизвестный район «%1» в %2.</translation>
    </message>
</context>
<context>
    <name>ImportExportCommands</name>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="41"/>
        <source>import residents|apartments|vehicles FILE [--dry-run] [--all-or-nothing]</source>
        <translation>import residents|apartments|vehicles ФАЙЛ [--dry-run] [--all-or-nothing]: загрузка из CSV</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="43"/>
        <source>export TABLE --format csv|xlsx --out FILE</source>
        <translation>export ТАБЛИЦА --format csv|xlsx --out ФАЙЛ: выгрузка списка</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="51"/>
        <source>Imports a CSV file (Excel&apos;s &quot;CSV&quot;, any of UTF-8, UTF-16, Windows-1251; &apos;;&apos;, &apos;,&apos; or Tab between fields). Good rows are stored in one transaction; bad rows are listed with row, column and reason and written to the error report.</source>
        <translation>Загружает файл CSV (формат «CSV» из Excel; UTF-8, UTF-16 или Windows-1251; поля через «;», «,» или табуляцию). Правильные строки записываются одной транзакцией; ошибочные перечисляются с номером строки, столбцом и причиной и попадают в отчёт об ошибках.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="54"/>
        <source>Check every row, store nothing.</source>
        <translation>Проверить все строки, ничего не записывать.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="55"/>
        <source>Store nothing if any row is bad.</source>
        <translation>Ничего не записывать, если есть хоть одна ошибочная строка.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="57"/>
        <source>auto (default), utf-8, utf-16le, utf-16be or windows-1251.</source>
        <translation>auto (по умолчанию), utf-8, utf-16le, utf-16be или windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="58"/>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="153"/>
        <source>ENCODING</source>
        <translation>КОДИРОВКА</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="60"/>
        <source>&apos;;&apos;, &apos;,&apos; or &apos;tab&apos; (default: detected).</source>
        <translation>«;», «,» или «tab» (по умолчанию определяется по файлу).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="60"/>
        <source>CHAR</source>
        <translation>СИМВОЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="62"/>
        <source>Write the bad rows with their reasons to this CSV file.</source>
        <translation>Записать ошибочные строки с причинами в этот файл CSV.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="63"/>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="150"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="66"/>
        <source>residents|apartments|vehicles FILE</source>
        <translation>residents|apartments|vehicles ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="73"/>
        <source>write: novoselye import residents|apartments|vehicles FILE</source>
        <translation>пишите: novoselye import residents|apartments|vehicles ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="83"/>
        <source>--encoding must be auto, utf-8, utf-16le, utf-16be or windows-1251.</source>
        <translation>--encoding: auto, utf-8, utf-16le, utf-16be или windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="93"/>
        <source>--separator must be &apos;;&apos;, &apos;,&apos; or &apos;tab&apos;.</source>
        <translation>--separator: «;», «,» или «tab».</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="107"/>
        <source>%1: %2, separator &apos;%3&apos;. Rows: %4; good: %5; already stored: %6; bad: %7.
</source>
        <translation>%1: %2, разделитель «%3». Строк: %4; правильных: %5; уже есть в базе: %6; ошибочных: %7.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="113"/>
        <source>row %1 (line %2), %3: %4
</source>
        <translation>строка %1 (строка файла %2), %3: %4
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="116"/>
        <source>whole row</source>
        <translation>вся строка</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="118"/>
        <source>… and more; see the error report.
</source>
        <translation>… и другие; см. отчёт об ошибках.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="120"/>
        <source>Bad rows with their reasons: %1 (fix them and import that file again).
</source>
        <translation>Ошибочные строки с причинами: %1 (исправьте их и загрузите этот файл снова).
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="127"/>
        <source>Stored %1 rows%2.
</source>
        <translation>Записано строк: %1%2.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="134"/>
        <source>Dry run: nothing was stored.
</source>
        <translation>Пробный прогон: ничего не записано.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="137"/>
        <source>Nothing was stored: --all-or-nothing and %1 bad rows.
</source>
        <translation>Ничего не записано: задан --all-or-nothing, ошибочных строк: %1.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="145"/>
        <source>Writes a list (residents, households, apartments, buildings, vehicles) to CSV or XLSX with the columns the list shows by default. Personal data is masked unless your role may see it in full; the export is recorded in the audit log.</source>
        <translation>Выгружает список (жители, семьи, квартиры, дома, автомобили) в CSV или XLSX со столбцами, которые список показывает по умолчанию. Персональные данные скрыты, если ваша роль не видит их полностью; выгрузка записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="149"/>
        <source>csv or xlsx.</source>
        <translation>csv или xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="149"/>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="150"/>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="152"/>
        <source>CSV: utf-8 (default, with BOM) or windows-1251 (old Excel).</source>
        <translation>CSV: utf-8 (по умолчанию, с BOM) или windows-1251 (старый Excel).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="155"/>
        <source>Comma-separated column keys (default: the list&apos;s visible ones).</source>
        <translation>Ключи столбцов через запятую (по умолчанию — видимые в списке).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="156"/>
        <source>KEYS</source>
        <translation>КЛЮЧИ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="158"/>
        <source>Only this okrug (code, e.g. ВАО).</source>
        <translation>Только этот округ (код, например ВАО).</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="158"/>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="159"/>
        <source>Only rows with this status.</source>
        <translation>Только строки с этим статусом.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="159"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="161"/>
        <source>PAGE</source>
        <translation>СТРАНИЦА</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="169"/>
        <source>write: novoselye export residents|households|apartments|buildings|vehicles --format csv|xlsx --out FILE</source>
        <translation>пишите: novoselye export residents|households|apartments|buildings|vehicles --format csv|xlsx --out ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="176"/>
        <source>--encoding must be utf-8 or windows-1251.</source>
        <translation>--encoding: utf-8 или windows-1251.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="186"/>
        <source>%1 has no column &apos;%2&apos;.</source>
        <translation>В списке %1 нет столбца «%2».</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportExportCommands.cpp" line="199"/>
        <source>%1 rows written to %2.
</source>
        <translation>Записано строк: %1, файл %2.
</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="167"/>
        <source>import data</source>
        <translation>загрузка данных</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="180"/>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="180"/>
        <source>Choose the file with the data.</source>
        <translation>Выберите файл с данными.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="195"/>
        <source>The file lacks required columns: %1.</source>
        <translation>В файле нет обязательных столбцов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="197"/>
        <source>Name the columns in the first row (e.g. Фамилия, Дата рождения) or map them by hand.</source>
        <translation>Назовите столбцы в первой строке (например, Фамилия, Дата рождения) или сопоставьте их вручную.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="248"/>
        <location filename="../../app/io/ImportService.cpp" line="301"/>
        <source>Row %1 of the file could not be stored: %2</source>
        <translation>Строку %1 файла не удалось сохранить: %2</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="250"/>
        <location filename="../../app/io/ImportService.cpp" line="304"/>
        <source>Nothing was imported. Correct or remove that row and import the file again.</source>
        <translation>Ничего не импортировано. Исправьте или удалите эту строку и импортируйте файл снова.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="263"/>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>Поле в кавычках не закрыто до конца файла.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="265"/>
        <source>The row has %1 columns, the header has %2.</source>
        <translation>В строке столбцов: %1, в заголовке: %2.</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="21"/>
        <location filename="../../app/io/ImportValues.cpp" line="55"/>
        <location filename="../../app/io/ImportValues.cpp" line="61"/>
        <source>Required field is empty.</source>
        <translation>Обязательное поле не заполнено.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="28"/>
        <source>&apos;%1&apos; is not a whole number from %2 to %3.</source>
        <translation>«%1» — не целое число от %2 до %3.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportValues.cpp" line="43"/>
        <source>The apartment is not stored yet and the file has no floor, rooms and areas to create it; import the apartments first or add these columns.</source>
        <translation>Квартиры ещё нет в базе, а в файле нет этажа, числа комнат и площадей, чтобы её создать; сначала загрузите квартиры или добавьте эти столбцы.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="52"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="87"/>
        <source>Import from a spreadsheet</source>
        <translation>Загрузка из таблицы</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="59"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="60"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="61"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="74"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="75"/>
        <source>A CSV file saved from Excel or sent by another office.</source>
        <translation>Файл CSV, сохранённый из Excel или присланный другой службой.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="78"/>
        <source>Residents (registry of an old building)</source>
        <translation>Жители (реестр старого дома)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="79"/>
        <source>Apartments (old or new stock)</source>
        <translation>Квартиры (старый или новый фонд)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="80"/>
        <source>Gift vehicles (plant&apos;s shipment list)</source>
        <translation>Подарочные автомобили (отгрузочный список завода)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="88"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="102"/>
        <source>Encoding and separator</source>
        <translation>Кодировка и разделитель</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="103"/>
        <source>Detected from the file; change them if the preview looks wrong.</source>
        <translation>Определены по файлу; измените, если образец выглядит неправильно.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="107"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="113"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="114"/>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="115"/>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="116"/>
        <location filename="../../ui/io/ImportWizard.cpp" line="237"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="134"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="135"/>
        <source>Which column of the file holds what. Found by the column names; correct them where needed. Fields marked * are required.</source>
        <translation>Какой столбец файла что содержит. Найдено по названиям столбцов; исправьте, где нужно. Поля со звёздочкой * обязательны.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="140"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="140"/>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="150"/>
        <source>Check (nothing is stored yet)</source>
        <translation>Проверка (пока ничего не записано)</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="151"/>
        <source>Every row is checked as if imported. Bad rows are listed with the reason; the good ones can be imported now and the bad ones fixed later from the error report.</source>
        <translation>Каждая строка проверяется так, как при загрузке. Ошибочные строки перечислены с причиной; правильные можно загрузить сейчас, а ошибочные исправить позже по отчёту об ошибках.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="158"/>
        <source>First rows as they will be stored:</source>
        <translation>Первые строки в том виде, в каком они будут записаны:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="161"/>
        <source>Bad rows:</source>
        <translation>Ошибочные строки:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="81"/>
        <source>The file &amp;holds:</source>
        <translation>&amp;Содержимое файла:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="84"/>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="94"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="117"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="118"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="165"/>
        <source>&amp;Import nothing if any row is bad</source>
        <translation>Ничего не импортировать при &amp;любой ошибочной строке</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="168"/>
        <source>Error &amp;report (bad rows to fix):</source>
        <translation>&amp;Отчёт об ошибках (строки для исправления):</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="175"/>
        <source>Import</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="176"/>
        <source>All rows are stored in one transaction: a cancel leaves the database as it was.</source>
        <translation>Все строки записываются одной транзакцией: отмена оставляет базу такой, какой она была.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="182"/>
        <source>Cancel the import</source>
        <translation>Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="238"/>
        <source>Read as %1, fields separated by “%2”.</source>
        <translation>Прочитано как %1, поля разделены «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="251"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="270"/>
        <source>-errors</source>
        <translation>-ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="287"/>
        <source>Choose a file first</source>
        <translation>Сначала выберите файл</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="301"/>
        <source>Choose the columns of: %1.</source>
        <translation>Выберите столбцы для: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="324"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="367"/>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/io/ImportWizard.cpp" line="369"/>
        <source>Nothing was stored: %n row(s) are bad and “Import nothing if any row is bad” is on.</source>
        <translation>
            <numerusform>Ничего не записано: %n ошибочная строка, а включено «Ничего не загружать, если есть ошибочные строки».</numerusform>
            <numerusform>Ничего не записано: %n ошибочные строки, а включено «Ничего не загружать, если есть ошибочные строки».</numerusform>
            <numerusform>Ничего не записано: %n ошибочных строк, а включено «Ничего не загружать, если есть ошибочные строки».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="373"/>
        <source>Stored: %1 rows. Already stored before: %2. Bad: %3.</source>
        <translation>Записано строк: %1. Уже были в базе: %2. Ошибочных: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="377"/>
        <source>The bad rows with their reasons are in %1: fix them there and import that file again.</source>
        <translation>Ошибочные строки с причинами — в файле %1: исправьте их там и загрузите этот файл снова.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="386"/>
        <source>Rows: %1. Good, to be stored: %2. Already stored: %3. Bad: %4.</source>
        <translation>Строк: %1. Правильных, к записи: %2. Уже есть в базе: %3. Ошибочных: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="394"/>
        <source>whole row</source>
        <translation>вся строка</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Line</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/io/ImportWizard.cpp" line="395"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/models/LazyTableModel.cpp" line="149"/>
        <source>%1: click to sort</source>
        <translation>%1: нажмите, чтобы отсортировать</translation>
    </message>
</context>
<context>
    <name>MilestoneCommands</name>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="81"/>
        <source>milestone targets, who reached them, gift vehicles, the plan [--json]</source>
        <translation>юбилейные рубежи, кто их достиг, подарочные автомобили, прогноз [--json]</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="88"/>
        <source>Prints each milestone target with the date it was reached, the household&apos;s case number, the resident, the gift vehicle&apos;s VIN, and the planner&apos;s look ahead.</source>
        <translation>Выводит каждый рубеж с датой достижения, номером дела домохозяйства, жителем, VIN подарочного автомобиля и прогноз следующих рубежей.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="90"/>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="92"/>
        <source>The planner&apos;s today (default: today).</source>
        <translation>Дата «сегодня» для прогноза (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="99"/>
        <source>--today needs a date written as YYYY-MM-DD.</source>
        <translation>--today требует дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="133"/>
        <source>Relocated residents: %1
</source>
        <translation>Переселено жителей: %1
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
        <translation>рубеж</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="136"/>
        <source>reached</source>
        <translation>достигнут</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="137"/>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="138"/>
        <source>resident</source>
        <translation>житель</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="139"/>
        <source>vehicle VIN</source>
        <translation>VIN автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="140"/>
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="152"/>
        <source>Next milestones:
</source>
        <translation>Следующие рубежи:
</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Target</source>
        <translation>Рубеж</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <source>Reached</source>
        <translation>Достигнут</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="66"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Case no.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Resident number N</source>
        <translation>N-й житель</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Vehicle VIN</source>
        <translation>VIN автомобиля</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Prod. no.</source>
        <translation>Зав. №</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="68"/>
        <source>Gift handed over</source>
        <translation>Подарок вручён</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>To go</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="70"/>
        <source>How</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="71"/>
        <source>Expected resident</source>
        <translation>Ожидаемый житель</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="85"/>
        <source>&amp;Add targets…</source>
        <translation>&amp;Добавить рубежи…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="86"/>
        <source>A new milestone target, or a series every N up to M (Ctrl+N)</source>
        <translation>Новый рубеж или серия «каждые N до M» (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="88"/>
        <source>Change a target not yet reached</source>
        <translation>Изменить ещё не достигнутый рубеж</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="90"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="90"/>
        <source>Remove a target not yet reached</source>
        <translation>Удалить ещё не достигнутый рубеж</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="92"/>
        <source>&amp;Reserve vehicle…</source>
        <translation>&amp;Закрепить автомобиль…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="93"/>
        <source>Reserve a vehicle in stock for the reached milestone</source>
        <translation>Закрепить автомобиль со склада за достигнутым рубежом</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="95"/>
        <source>Re&amp;lease vehicle</source>
        <translation>Вер&amp;нуть автомобиль</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="96"/>
        <source>Return the reserved vehicle to stock</source>
        <translation>Вернуть закреплённый автомобиль на склад</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="97"/>
        <source>Record &amp;gift handover…</source>
        <translation>Оформить вру&amp;чение…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="98"/>
        <source>The car was handed over to the resident</source>
        <translation>Автомобиль вручён жителю</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="99"/>
        <source>H&amp;ousehold card</source>
        <translation>&amp;Карточка домохозяйства</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="100"/>
        <source>Open the recipient household&apos;s card (Enter)</source>
        <translation>Открыть карточку домохозяйства-получателя (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="105"/>
        <source>Planner: the next milestones</source>
        <translation>Прогноз: следующие рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="108"/>
        <source>Notices: back-dated handovers</source>
        <translation>Уведомления: передачи ключей задним числом</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="175"/>
        <source>&lt;b&gt;%1&lt;/b&gt; residents relocated · milestones reached: &lt;b&gt;%2&lt;/b&gt; of %3</source>
        <translation>Переселено жителей: &lt;b&gt;%1&lt;/b&gt; · достигнуто рубежей: &lt;b&gt;%2&lt;/b&gt; из %3</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="204"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="227"/>
        <source>key handover appointment</source>
        <translation>по записи на передачу ключей</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="229"/>
        <source>no recent handovers: no forecast</source>
        <translation>нет недавних передач — прогноза нет</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="231"/>
        <source>forecast, %1 – %2</source>
        <translation>прогноз, %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="232"/>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="252"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="258"/>
        <source>No back-dated handover has moved a milestone.</source>
        <translation>Передачи задним числом рубежей не сдвигали.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="295"/>
        <source>%1 — %2 (case %3)</source>
        <translation>%1 — %2 (дело %3)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="305"/>
        <source>Milestones</source>
        <translation>Юбилейные рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="339"/>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="344"/>
        <source>Remove milestone</source>
        <translation>Удаление рубежа</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="340"/>
        <source>Remove the milestone for resident number %1?</source>
        <translation>Удалить рубеж «%1-й житель»?</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/MilestonesPage.cpp" line="365"/>
        <source>Release vehicle</source>
        <translation>Возврат автомобиля</translation>
    </message>
</context>
<context>
    <name>ResidentImporter</name>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="52"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="54"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="56"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="58"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="94"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="59"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="62"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="65"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="66"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="95"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="69"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="71"/>
        <source>Okrug</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="73"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="75"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Old address</source>
        <translation>Старый адрес</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="77"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="79"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="80"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="82"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="84"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="86"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="88"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="296"/>
        <source>Included on</source>
        <translation>Дата включения</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="96"/>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="245"/>
        <source>Required field is empty.</source>
        <translation>Обязательное поле не заполнено.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="254"/>
        <source>&apos;%1&apos; is not a sex; write М or Ж (M or F).</source>
        <translation>«%1» — не пол; пишите М или Ж.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="258"/>
        <source>Sex is missing and the patronymic does not tell it.</source>
        <translation>Пол не указан, и по отчеству его не определить.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="271"/>
        <source>&apos;%1&apos; is not a known relation (head, spouse, child, parent, sibling, grandchild, other).</source>
        <translation>«%1» — неизвестное родство (глава, супруг(а), ребёнок, родитель, брат/сестра, внук/внучка, другое).</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="299"/>
        <source>The programme started in 2017; &apos;%1&apos; is earlier.</source>
        <translation>Программа началась в 2017 году; «%1» — раньше.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="312"/>
        <source>%1 is a new building; residents are imported at their old address.</source>
        <translation>%1 — новый дом; жителей загружают по старому адресу.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="330"/>
        <source>Another person with this SNILS is already stored.</source>
        <translation>В базе уже есть другой человек с этим СНИЛС.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="332"/>
        <source>Another person with this passport is already stored.</source>
        <translation>В базе уже есть другой человек с этим паспортом.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="336"/>
        <location filename="../../app/io/ResidentImporter.cpp" line="382"/>
        <source>Case number %1 belongs to another household.</source>
        <translation>Номер дела %1 принадлежит другой семье.</translation>
    </message>
    <message>
        <location filename="../../app/io/ResidentImporter.cpp" line="401"/>
        <source>Imported</source>
        <translation>Загружено из файла</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="30"/>
        <source>migrate-to URL: copy the database to a new PostgreSQL database (admin)</source>
        <translation>migrate-to URL: скопировать базу данных в новую базу PostgreSQL (администратор)</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="38"/>
        <source>Copies the whole database (--db, an SQLite file) to a new PostgreSQL database postgresql://user@host:port/name in one transaction: the database is created when missing and must be empty. The rows of every table are counted on both sides before the copy is committed. Needs an administrator&apos;s --user.</source>
        <translation>Копирует всю базу данных (--db, файл SQLite) в новую базу PostgreSQL postgresql://пользователь@сервер:порт/имя одной транзакцией: база создаётся, если её нет, и должна быть пустой. Перед фиксацией копии строки каждой таблицы подсчитываются с обеих сторон. Нужен --user администратора.</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="44"/>
        <source>postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="50"/>
        <source>write: novoselye migrate-to postgresql://user@host:port/name --db PATH --user LOGIN</source>
        <translation>напишите: novoselye migrate-to postgresql://пользователь@сервер:порт/имя --db ПУТЬ --user ЛОГИН</translation>
    </message>
    <message>
        <location filename="../../app/cli/ServerCommands.cpp" line="62"/>
        <source>Copying the database to a PostgreSQL server</source>
        <translation>Копирование базы данных на сервер PostgreSQL</translation>
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
        <translation>таблица</translation>
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
        <translation>Скопировано строк: %1, таблиц: %2, в %3 за %4 с; все количества совпадают.
</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="81"/>
        <source>No columns to export.</source>
        <translation>Нет столбцов для выгрузки.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="81"/>
        <source>Show at least one column.</source>
        <translation>Покажите хотя бы один столбец.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="90"/>
        <source>%1 rows do not fit on an Excel sheet (at most %2).</source>
        <translation>%1 строк не помещаются на лист Excel (не более %2).</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="93"/>
        <source>Narrow the list with a filter, or export to CSV.</source>
        <translation>Сузьте список фильтром или выгрузите в CSV.</translation>
    </message>
    <message>
        <location filename="../../app/io/TableExporter.cpp" line="160"/>
        <source>The export was cancelled.</source>
        <translation>Выгрузка отменена.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="27"/>
        <source>A &amp;series: every so many residents up to</source>
        <translation>&amp;Серия: каждые столько жителей до</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="31"/>
        <source>Edit milestone</source>
        <translation>Изменение рубежа</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="31"/>
        <source>Add milestones</source>
        <translation>Новые рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="40"/>
        <source>e.g. 300 000-й переселённый житель</source>
        <translation>например, 300 000-й переселённый житель</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="42"/>
        <source>&amp;Resident number:</source>
        <translation>&amp;Номер жителя:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="43"/>
        <source>&amp;Title:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/TargetDialog.cpp" line="46"/>
        <source>&amp;Last target:</source>
        <translation>&amp;Последний рубеж:</translation>
    </message>
</context>
<context>
    <name>VehicleActions</name>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="22"/>
        <source>&amp;Add vehicle…</source>
        <translation>Д&amp;обавить автомобиль…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="23"/>
        <source>&amp;Edit vehicle…</source>
        <translation>Изм&amp;енить автомобиль…</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="33"/>
        <source>Only managers change the vehicle inventory.</source>
        <translation>Изменять парк автомобилей могут только руководители.</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="34"/>
        <source>A new gift vehicle in stock (Ctrl+N)</source>
        <translation>Новый подарочный автомобиль на складе (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="35"/>
        <source>Correct the selected vehicle (Enter, F2)</source>
        <translation>Исправить выбранный автомобиль (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="71"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleActions.cpp" line="72"/>
        <source>The vehicle %1 no longer exists.</source>
        <translation>Автомобиля %1 больше нет.</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="24"/>
        <source>Petrol, CVT</source>
        <translation>Бензин, вариатор</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="26"/>
        <source>Petrol, manual</source>
        <translation>Бензин, механика</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="27"/>
        <source>Electric</source>
        <translation>Электро</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="31"/>
        <source>Moskvich 3e</source>
        <translation>Москвич 3e</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="31"/>
        <source>Moskvich 3</source>
        <translation>Москвич 3</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="61"/>
        <source>Edit vehicle %1</source>
        <translation>Автомобиль %1</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="61"/>
        <source>Add vehicle</source>
        <translation>Новый автомобиль</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="68"/>
        <source>17 characters, no I, O, Q</source>
        <translation>17 знаков, без I, O, Q</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="82"/>
        <source>15 digits</source>
        <translation>15 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="87"/>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="88"/>
        <source>&amp;Powertrain:</source>
        <translation>&amp;Силовая установка:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="89"/>
        <source>&amp;Engine or motor:</source>
        <translation>&amp;Двигатель:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="90"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="91"/>
        <source>Production &amp;no.:</source>
        <translation>&amp;Заводской №:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="92"/>
        <source>&amp;VIN:</source>
        <translation>&amp;VIN:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="94"/>
        <source>EP&amp;TS no.:</source>
        <translation>Номер ЭП&amp;ТС:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="95"/>
        <source>Produced &amp;on:</source>
        <translation>Дата &amp;выпуска:</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="97"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="97"/>
        <source>Add</source>
        <translation>Добавить</translation>
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
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="33"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>Powertrain</source>
        <translation>Силовая установка</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="36"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="52"/>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="38"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="40"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>Production no.</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="43"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <source>EPTS no.</source>
        <translation>Номер ЭПТС</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="45"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="53"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="128"/>
        <source>Produced</source>
        <translation>Дата производства</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="77"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="83"/>
        <location filename="../../app/io/VehicleImporter.cpp" line="107"/>
        <source>Required field is empty.</source>
        <translation>Обязательное поле не заполнено.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="89"/>
        <source>&apos;%1&apos; is not a gift model (Moskvich 3 or Moskvich 3e).</source>
        <translation>«%1» — не подарочная модель (Москвич 3 или Москвич 3e).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="97"/>
        <source>&apos;%1&apos; is not a powertrain (petrol CVT, petrol manual, electric).</source>
        <translation>«%1» — не силовая установка (бензин, вариатор; бензин, механика; электро).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="101"/>
        <source>%1 does not come with this powertrain.</source>
        <translation>%1 не выпускается с такой силовой установкой.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="113"/>
        <source>&apos;%1&apos; is not a gift colour (white, black, red, grey, blue).</source>
        <translation>«%1» — не цвет подарочного автомобиля (белый, чёрный, красный, серый, синий).</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="125"/>
        <source>An EPTS number has 15 digits; &apos;%1&apos; given.</source>
        <translation>В номере ЭПТС 15 цифр; указано «%1».</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="139"/>
        <source>%1 number %2 is already stored with another VIN.</source>
        <translation>%1 с заводским номером %2 уже есть в базе с другим VIN.</translation>
    </message>
    <message>
        <location filename="../../app/io/VehicleImporter.cpp" line="143"/>
        <source>EPTS %1 belongs to another vehicle.</source>
        <translation>ЭПТС %1 принадлежит другому автомобилю.</translation>
    </message>
</context>
<context>
    <name>nov</name>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="18"/>
        <source>The demo data list %1 is missing from the program.</source>
        <translation>В программе отсутствует список демонстрационных данных %1.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="19"/>
        <location filename="../../app/demo/DemoCatalog.cpp" line="28"/>
        <source>Reinstall Novoselye.</source>
        <translation>Переустановите программу «Новоселье».</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoCatalog.cpp" line="27"/>
        <source>The demo data list %1 has a malformed line.</source>
        <translation>В списке демонстрационных данных %1 есть строка с ошибкой.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="22"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="23"/>
        <source>Check the keyboard layout and Caps Lock. After %1 wrong attempts the account is locked for %2 minutes.</source>
        <translation>Проверьте раскладку клавиатуры и Caps Lock. Допустимое число неудачных попыток: %1, после этого учётная запись блокируется на %2 мин.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="54"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="146"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="197"/>
        <source>Included</source>
        <translation>Включено в программу</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="55"/>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="56"/>
        <source>Offer sent</source>
        <translation>Предложение направлено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="57"/>
        <source>Apartment viewed</source>
        <translation>Квартира осмотрена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="58"/>
        <source>Consented</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="59"/>
        <source>Refused</source>
        <translation>Отказ от предложения</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="60"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="314"/>
        <source>Contract drafted</source>
        <translation>Договор подготовлен</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="61"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="315"/>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="62"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="317"/>
        <source>Keys handed over</source>
        <translation>Ключи выданы</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="63"/>
        <source>Old apartment vacated</source>
        <translation>Старая квартира освобождена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="64"/>
        <source>Extra space purchase</source>
        <translation>Докупка площади</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="65"/>
        <source>Monetary compensation</source>
        <translation>Денежная компенсация</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="66"/>
        <source>Court</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="70"/>
        <source>Old (to vacate)</source>
        <translation>Старый (под отселение)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="70"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="74"/>
        <source>Okrug</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="77"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <source>Sibling</source>
        <translation>Брат/сестра</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <source>Grandchild</source>
        <translation>Внук/внучка</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="102"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="105"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="120"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="106"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="107"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="108"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="129"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="110"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="122"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="112"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="113"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="114"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="141"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="299"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="115"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="116"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="147"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="318"/>
        <source>Old address</source>
        <translation>Старый адрес</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="117"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="148"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="172"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="309"/>
        <source>Apt.</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="121"/>
        <source>Surname, then first name: Иванов Ив</source>
        <translation>Фамилия, затем имя: Иванов Ив</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="122"/>
        <source>SNILS digits: 123-456-789</source>
        <translation>Цифры СНИЛС: 123-456-789</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="82"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="124"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="82"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="124"/>
        <source>Case number: 2019-00012</source>
        <translation>Номер дела: 2019-00012</translation>
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
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="127"/>
        <source>Part of the old address: Перовская</source>
        <translation>Часть старого адреса: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="138"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="142"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="300"/>
        <source>Head of household</source>
        <translation>Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="143"/>
        <source>Members</source>
        <translation>Членов семьи</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="144"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="178"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="212"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="248"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="145"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="155"/>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="149"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="174"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="310"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="158"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="150"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="311"/>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="84"/>
        <source>Member&apos;s surname</source>
        <translation>Фамилия члена семьи</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="84"/>
        <source>Surname of a member: Иванов</source>
        <translation>Фамилия члена семьи: Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="164"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="213"/>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="167"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="196"/>
        <source>Stock:</source>
        <translation>Фонд:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Free</source>
        <translation>Свободна</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Reserved (offer)</source>
        <translation>Забронирована (предложение)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <source>Occupied</source>
        <translation>Занята</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="199"/>
        <source>Vacated</source>
        <translation>Освобождена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="170"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="205"/>
        <source>Stock</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="173"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="157"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="175"/>
        <source>Total, m²</source>
        <translation>Общая, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="176"/>
        <source>Living, m²</source>
        <translation>Жилая, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="177"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="183"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="165"/>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="182"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="215"/>
        <source>Part of the address: Перовская</source>
        <translation>Часть адреса: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="184"/>
        <source>Cadastral number: 77:03:0001</source>
        <translation>Кадастровый номер: 77:03:0001</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="193"/>
        <source>Buildings</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="198"/>
        <source>Being vacated</source>
        <translation>Отселяется</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="200"/>
        <source>Demolished</source>
        <translation>Снесён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="201"/>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="202"/>
        <source>Commissioned</source>
        <translation>Введён в эксплуатацию</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="203"/>
        <source>Settling</source>
        <translation>Заселяется</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="204"/>
        <source>Settled</source>
        <translation>Заселён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="207"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="216"/>
        <source>UNOM</source>
        <translation>УНОМ</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="210"/>
        <source>Floors</source>
        <translation>Этажность</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="211"/>
        <source>Built</source>
        <translation>Год постройки</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="216"/>
        <source>UNOM: 10020</source>
        <translation>УНОМ: 10020</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="226"/>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Moskvich 3</source>
        <translation>Москвич 3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Moskvich 3e</source>
        <translation>Москвич 3e</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="229"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="230"/>
        <source>In stock</source>
        <translation>На складе</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="230"/>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="231"/>
        <source>Handed over</source>
        <translation>Вручён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="232"/>
        <source>Petrol, CVT</source>
        <translation>Бензин, вариатор</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="233"/>
        <source>Petrol, manual</source>
        <translation>Бензин, механика</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="234"/>
        <source>Electric</source>
        <translation>Электро</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="237"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="238"/>
        <source>Colour:</source>
        <translation>Цвет:</translation>
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
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="211"/>
        <source>Powertrain</source>
        <translation>Силовая установка</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="243"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="212"/>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="213"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="245"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="252"/>
        <source>Production no.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="246"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="254"/>
        <source>EPTS no.</source>
        <translation>№ ЭПТС</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="247"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="255"/>
        <source>Produced</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="249"/>
        <source>Milestone</source>
        <translation>Юбилейный рубеж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="251"/>
        <source>Part of the VIN: XMSM3</source>
        <translation>Часть VIN: XMSM3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="252"/>
        <source>Production number: 2000</source>
        <translation>Заводской номер: 2000</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="254"/>
        <source>EPTS digits: 1643</source>
        <translation>Цифры ЭПТС: 1643</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="280"/>
        <source>Relocations</source>
        <translation>Переселение</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="283"/>
        <source>Due on</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="287"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="301"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="302"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="324"/>
        <source>Step date</source>
        <translation>Дата шага</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="303"/>
        <source>Deadline for</source>
        <translation>Срок на</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="304"/>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="304"/>
        <source>signed contract</source>
        <translation>подписание договора</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="308"/>
        <source>New address</source>
        <translation>Новый адрес</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="312"/>
        <source>Offer letter</source>
        <translation>Письмо-предложение</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="313"/>
        <source>Contract no.</source>
        <translation>№ договора</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="316"/>
        <source>Keys on</source>
        <translation>Выдача ключей</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="323"/>
        <source>S&amp;tep:</source>
        <translation>&amp;Шаг:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="341"/>
        <source>in full</source>
        <translation>полностью</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="341"/>
        <source>masked</source>
        <translation>скрыты</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="343"/>
        <source>key handover act</source>
        <translation>акт передачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="343"/>
        <source>gift car act</source>
        <translation>акт передачи автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="376"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="381"/>
        <source>A&amp;ction:</source>
        <translation>Де&amp;йствие:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="384"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Объект:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="389"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="398"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="399"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="409"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="400"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="401"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="402"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="403"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="404"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="410"/>
        <source>Entity no.</source>
        <translation>№ объекта</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="406"/>
        <source>Entry no.</source>
        <translation>№ записи</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="407"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="408"/>
        <source>Text in the details: 2019-00012, Иванов</source>
        <translation>Текст в подробностях: 2019-00012, Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="409"/>
        <source>Login: clerk</source>
        <translation>Логин: clerk</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="410"/>
        <source>Record number: 1234</source>
        <translation>Номер записи: 1234</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="412"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="26"/>
        <source>Apartment %1 at %2</source>
        <translation>Квартира %1 по адресу %2</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="233"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="233"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="66"/>
        <source>  %1: expected on %2 with case %3 (%4), by appointment
</source>
        <translation>  %1: ожидается %2, дело %3 (%4), по записи
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="70"/>
        <source>  %1: %2 residents to go; no recent handovers to forecast from
</source>
        <translation>  %1: осталось %2 жителей; недавних передач для прогноза нет
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="72"/>
        <source>  %1: forecast %2 (between %3 and %4) at the recent pace
</source>
        <translation>  %1: прогноз %2 (между %3 и %4) при нынешнем темпе
</translation>
    </message>
    <message>
        <location filename="../../app/cli/MilestoneCommands.cpp" line="75"/>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="43"/>
        <source>MMMM d, yyyy</source>
        <comment>date format of acts</comment>
        <translation>«d» MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="47"/>
        <source>MM/dd/yyyy</source>
        <comment>short date format of acts</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="52"/>
        <source>exchange contract with purchase of extra space</source>
        <comment>in an act: under the …</comment>
        <translation>договора мены с докупкой площади</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="54"/>
        <source>compensation contract</source>
        <comment>in an act: under the …</comment>
        <translation>договора о денежной компенсации</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="55"/>
        <source>exchange contract</source>
        <comment>in an act: under the …</comment>
        <translation>договора мены</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="60"/>
        <source>white</source>
        <comment>car colour</comment>
        <translation>белый</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="62"/>
        <source>black</source>
        <comment>car colour</comment>
        <translation>чёрный</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="64"/>
        <source>red</source>
        <comment>car colour</comment>
        <translation>красный</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="66"/>
        <source>grey</source>
        <comment>car colour</comment>
        <translation>серый</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="67"/>
        <source>blue</source>
        <comment>car colour</comment>
        <translation>синий</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="72"/>
        <source>electric</source>
        <translation>электрический</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="74"/>
        <source>petrol, manual gearbox</source>
        <translation>бензиновый, механическая коробка передач</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="75"/>
        <source>petrol, CVT</source>
        <translation>бензиновый, вариатор</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="94"/>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="101"/>
        <source>Stamp here (М.П.)</source>
        <translation>М.П.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="110"/>
        <source>reprinted on %1</source>
        <translation>повторная печать %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="118"/>
        <source>Moscow</source>
        <comment>city line of an act</comment>
        <translation>г. Москва</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="132"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="197"/>
        <source>ACT</source>
        <translation>АКТ</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="132"/>
        <source>of handover of the keys to a dwelling</source>
        <translation>приёма-передачи ключей от жилого помещения</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="134"/>
        <source>The Moscow Fund for the Renovation of Residential Development (the Fund), represented by its officer %1, and %2 (the Recipient), acting for the household of case No. %3, have drawn up this act: under the %4 No. %5 of %6 the Fund has handed over and the Recipient has received the keys to the dwelling described below.</source>
        <translation>Московский фонд реновации жилой застройки (далее — Фонд) в лице специалиста %1, с одной стороны, и %2 (далее — Получатель), действующий(-ая) от имени семьи по учётному делу № %3, с другой стороны, составили настоящий акт о том, что на основании %4 № %5 от %6 Фонд передал, а Получатель принял ключи от жилого помещения, указанного ниже.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="139"/>
        <source>on duty</source>
        <translation>дежурного отдела</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="144"/>
        <source>1. The dwelling</source>
        <translation>1. Жилое помещение</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="147"/>
        <source>Apartment No.</source>
        <translation>Квартира №</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="148"/>
        <source>District, okrug</source>
        <translation>Район, округ</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="159"/>
        <source>Total area, m²</source>
        <translation>Общая площадь, м²</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="162"/>
        <source>Living area, m²</source>
        <translation>Жилая площадь, м²</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="166"/>
        <source>Apartment vacated</source>
        <translation>Освобождаемое жилое помещение</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="168"/>
        <source>apt.</source>
        <translation>кв.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="172"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="224"/>
        <source>2. Keys.</source>
        <translation>2. Ключи.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="172"/>
        <source>Sets of keys handed over: %1.</source>
        <translation>Передано комплектов ключей: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="175"/>
        <source>3. Residents moving in: %1.</source>
        <translation>3. Вселяющиеся жители: %1 чел.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="184"/>
        <source>The Recipient has checked the dwelling and the keys; the parties have no claims against each other. This act is made in two copies, one for each party.</source>
        <translation>Получатель осмотрел жилое помещение и проверил ключи; стороны претензий друг к другу не имеют. Акт составлен в двух экземплярах, по одному для каждой из сторон.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="187"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="230"/>
        <source>Handed over, for the Fund:</source>
        <translation>Передал (от Фонда):</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="187"/>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="230"/>
        <source>Received:</source>
        <translation>Принял:</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="197"/>
        <source>of handover of a gift car</source>
        <translation>приёма-передачи подарочного автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="199"/>
        <source>The Moscow Fund for the Renovation of Residential Development (the Fund) and %1 (the Recipient, case No. %2), the %3th resident relocated under the renovation programme (milestone reached on %4), have drawn up this act: the Fund has handed over and the Recipient has received as a gift the car described below.</source>
        <translation>Московский фонд реновации жилой застройки (далее — Фонд), с одной стороны, и %1 (далее — Получатель, учётное дело № %2), %3-й житель, переселённый по программе реновации (рубеж достигнут %4), с другой стороны, составили настоящий акт о том, что Фонд передал, а Получатель принял в дар автомобиль, указанный ниже.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="207"/>
        <source>1. The car</source>
        <translation>1. Автомобиль</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="210"/>
        <source>Make and model</source>
        <translation>Марка, модель</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="215"/>
        <source>Production No.</source>
        <translation>Производственный №</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="217"/>
        <source>Electronic vehicle passport (ЭПТС) No.</source>
        <translation>Номер электронного паспорта (ЭПТС)</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="218"/>
        <source>Date of manufacture</source>
        <translation>Дата изготовления</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="224"/>
        <source>Keys handed over with the car: %1.</source>
        <translation>Вместе с автомобилем передано ключей: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="227"/>
        <source>The Recipient has inspected the car and received it with its documents; the parties have no claims against each other. This act is made in two copies, one for each party.</source>
        <translation>Получатель осмотрел автомобиль и принял его вместе с документами; стороны претензий друг к другу не имеют. Акт составлен в двух экземплярах, по одному для каждой из сторон.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="275"/>
        <source>Verification code: %1
Act %2. Check that the act is genuine: scan the QR code or enter the code in Novoselye (Acts → Verify act…, or novoselye verify-certificate).</source>
        <translation>Код проверки: %1
Акт %2. Подлинность акта: отсканируйте QR-код или введите код в программе «Новоселье» (Акты → Проверить акт… или novoselye verify-certificate).</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="280"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="156"/>
        <source>--out FILE.png is needed.</source>
        <translation>требуется --out FILE.png.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="132"/>
        <source>Screenshots need the windowed program&apos;s libraries.</source>
        <translation>Для снимков экрана нужны библиотеки оконной версии программы.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="133"/>
        <source>Run it as: novoselye screenshot …</source>
        <translation>Запускайте так: novoselye screenshot …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="138"/>
        <source>--theme is light, dark or system.</source>
        <translation>--theme принимает light, dark или system.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="168"/>
        <source>The folder cannot be created.</source>
        <translation>Не удаётся создать папку.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="168"/>
        <source>Check that you may write there.</source>
        <translation>Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="175"/>
        <source>The database has nothing this dialog could show.</source>
        <translation>В базе данных нет ничего, что мог бы показать этот диалог.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="176"/>
        <source>Use a demo database: novoselye demo …</source>
        <translation>Возьмите демонстрационную базу: novoselye demo …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="185"/>
        <source>The picture cannot be written.</source>
        <translation>Не удаётся записать изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="187"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
</context>
<context>
    <name>nov::ActBatchDialog</name>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="25"/>
        <source>Acts of a day or building</source>
        <translation>Акты за день или по дому</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="22"/>
        <source>All acts of the &amp;day</source>
        <translation>Все акты за &amp;день</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="26"/>
        <source>All key acts of the new &amp;building</source>
        <translation>Все акты выдачи ключей нового до&amp;ма</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="42"/>
        <source>&amp;Write PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="65"/>
        <source>There are no handovers to print.</source>
        <translation>Нет передач для печати.</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="69"/>
        <source>acts-%1.pdf</source>
        <translation>акты-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="70"/>
        <source>acts-building-%1.pdf</source>
        <translation>акты-дом-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="72"/>
        <source>Save acts as PDF</source>
        <translation>Сохранить акты в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="72"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActBatchDialog.cpp" line="78"/>
        <source>%n act(s) written to %1.</source>
        <translation>
            <numerusform>%n акт записан в %1.</numerusform>
            <numerusform>%n акта записано в %1.</numerusform>
            <numerusform>%n актов записано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::ActPrinting</name>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="29"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="42"/>
        <source>Print act</source>
        <translation>Печать акта</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="35"/>
        <source>Act %1</source>
        <translation>Акт %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="36"/>
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n акт</numerusform>
            <numerusform>%n акта</numerusform>
            <numerusform>%n актов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="52"/>
        <source>Preparing %n act(s)…</source>
        <translation>
            <numerusform>Подготовка %n акта…</numerusform>
            <numerusform>Подготовка %n актов…</numerusform>
            <numerusform>Подготовка %n актов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="52"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="60"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="73"/>
        <location filename="../../ui/certificates/ActPrinting.cpp" line="77"/>
        <source>Print acts</source>
        <translation>Печать актов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/certificates/ActPrinting.cpp" line="63"/>
        <source>Writing %n act(s) to PDF…</source>
        <translation>
            <numerusform>Запись %n акта в PDF…</numerusform>
            <numerusform>Запись %n актов в PDF…</numerusform>
            <numerusform>Запись %n актов в PDF…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::Actor</name>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="63"/>
        <source>%1 is not allowed for the role %2.</source>
        <translation>Действие «%1» недоступно для роли «%2».</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="64"/>
        <source>This needs the role %1 or higher; ask a colleague who has it or an administrator.</source>
        <translation>Требуется роль «%1» или выше; обратитесь к коллеге с такой ролью или к администратору.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="71"/>
        <source>Needs the role %1 or %2.</source>
        <translation>Нужна роль «%1» или «%2».</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="72"/>
        <source>Needs the role %1 or higher.</source>
        <translation>Нужна роль «%1» или выше.</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="92"/>
        <source>clerk</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="94"/>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="96"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="98"/>
        <source>auditor</source>
        <translation>аудитор</translation>
    </message>
</context>
<context>
    <name>nov::AuditReader</name>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="24"/>
        <source>Signed in</source>
        <translation>Вход в программу</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="25"/>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="26"/>
        <source>Account created</source>
        <translation>Учётная запись создана</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="28"/>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="30"/>
        <source>Account activated</source>
        <translation>Учётная запись включена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="32"/>
        <source>Account deactivated</source>
        <translation>Учётная запись отключена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="34"/>
        <source>Household notified</source>
        <translation>Семья уведомлена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="35"/>
        <source>Offer sent</source>
        <translation>Предложение направлено</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="37"/>
        <source>Equivalence overridden</source>
        <translation>Равнозначность обойдена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="39"/>
        <source>Viewing recorded</source>
        <translation>Осмотр записан</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="40"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="41"/>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="43"/>
        <source>Contract drafted</source>
        <translation>Договор подготовлен</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="44"/>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="46"/>
        <source>Key handover scheduled</source>
        <translation>Выдача ключей назначена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="48"/>
        <source>Keys handed over</source>
        <translation>Ключи выданы</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="50"/>
        <source>Old apartment vacated</source>
        <translation>Старая квартира освобождена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="51"/>
        <source>Resident added</source>
        <translation>Житель добавлен</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="53"/>
        <source>Resident changed</source>
        <translation>Житель изменён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="55"/>
        <source>Resident removed</source>
        <translation>Житель удалён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="57"/>
        <source>Personal data shown</source>
        <translation>Показаны персональные данные</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="59"/>
        <source>Milestone reached</source>
        <translation>Веха достигнута</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="61"/>
        <source>Milestone moved</source>
        <translation>Веха перенесена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="63"/>
        <source>Milestone conflict</source>
        <translation>Конфликт вехи</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="64"/>
        <source>Audit log opened</source>
        <translation>Журнал аудита открыт</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="66"/>
        <source>Audit chain checked</source>
        <translation>Цепочка журнала проверена</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="67"/>
        <source>Account locked</source>
        <translation>Учётная запись заблокирована</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="68"/>
        <source>Act issued</source>
        <translation>Акт выдан</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="69"/>
        <source>Act printed</source>
        <translation>Акт напечатан</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="71"/>
        <source>Act reprinted</source>
        <translation>Акт напечатан повторно</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="73"/>
        <source>Gift car reserved</source>
        <translation>Автомобиль зарезервирован</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="75"/>
        <source>Gift car reservation released</source>
        <translation>Резерв автомобиля снят</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="77"/>
        <source>Gift car handed over</source>
        <translation>Автомобиль вручён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="78"/>
        <source>Vehicle added</source>
        <translation>Автомобиль добавлен</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="79"/>
        <source>Vehicle changed</source>
        <translation>Автомобиль изменён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="81"/>
        <source>Milestone target added</source>
        <translation>Рубеж добавлен</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="83"/>
        <source>Milestone target changed</source>
        <translation>Рубеж изменён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="85"/>
        <source>Milestone target removed</source>
        <translation>Рубеж удалён</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="87"/>
        <source>Residents imported</source>
        <translation>Импорт жителей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="89"/>
        <source>Apartments imported</source>
        <translation>Импорт квартир</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="91"/>
        <source>Vehicles imported</source>
        <translation>Импорт автомобилей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="92"/>
        <source>List exported</source>
        <translation>Выгрузка списка</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="94"/>
        <source>Dashboard exported</source>
        <translation>Выгрузка панели руководителя</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="95"/>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="97"/>
        <source>Database restored from a backup</source>
        <translation>База восстановлена из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="104"/>
        <location filename="../../app/auth/AuditReader.cpp" line="171"/>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="105"/>
        <location filename="../../app/auth/AuditReader.cpp" line="172"/>
        <source>Resident</source>
        <translation>Житель</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="106"/>
        <location filename="../../app/auth/AuditReader.cpp" line="173"/>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="107"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="108"/>
        <location filename="../../app/auth/AuditReader.cpp" line="175"/>
        <source>Key handover</source>
        <translation>Выдача ключей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="109"/>
        <source>Milestone</source>
        <translation>Веха</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="110"/>
        <location filename="../../app/auth/AuditReader.cpp" line="174"/>
        <source>Vehicle</source>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="111"/>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="112"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="113"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="114"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="115"/>
        <source>Dashboard</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="116"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="117"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="118"/>
        <source>Relocations</source>
        <translation>Переселение</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="119"/>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="120"/>
        <source>Buildings</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="121"/>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="122"/>
        <source>Audit log page</source>
        <translation>Страница журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="131"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="133"/>
        <source>Apartment status</source>
        <translation>Статус квартиры</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="134"/>
        <location filename="../../app/auth/AuditReader.cpp" line="135"/>
        <source>Case no.</source>
        <translation>№ дела</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="136"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="138"/>
        <source>Old apartment status</source>
        <translation>Статус старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="139"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="140"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="141"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="142"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="143"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="144"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="145"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="146"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="147"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="148"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="149"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="150"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="151"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="152"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="153"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="154"/>
        <source>Key sets</source>
        <translation>Комплектов ключей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="156"/>
        <source>Residents moving</source>
        <translation>Вселяются жителей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="158"/>
        <source>Keys handed over on</source>
        <translation>Дата выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="159"/>
        <source>Scheduled for</source>
        <translation>Назначено на</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="160"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="161"/>
        <source>Drafted on</source>
        <translation>Дата подготовки</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="162"/>
        <source>Viewed on</source>
        <translation>Дата осмотра</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="163"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="164"/>
        <source>Notified on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="165"/>
        <source>Vacated on</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="166"/>
        <source>Letter on</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="167"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="168"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="170"/>
        <source>New apartment</source>
        <translation>Новая квартира</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="176"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="177"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="178"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="179"/>
        <source>Powertrain</source>
        <translation>Силовая установка</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="180"/>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="181"/>
        <source>Production no.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="182"/>
        <source>Produced on</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="183"/>
        <source>EPTS no.</source>
        <translation>Номер ЭПТС</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="184"/>
        <source>Target</source>
        <translation>Рубеж</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="185"/>
        <source>Reached on</source>
        <translation>Дата достижения</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="186"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="187"/>
        <source>Prints</source>
        <translation>Печатей</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="188"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="189"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="190"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="191"/>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="192"/>
        <source>Errors</source>
        <translation>Ошибок</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="193"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="194"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="195"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="196"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="197"/>
        <source>Okrug</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="198"/>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="199"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="200"/>
        <source>Record no.</source>
        <translation>№ записи</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="201"/>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="203"/>
        <source>Previous file kept as</source>
        <translation>Прежний файл сохранён как</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="204"/>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="205"/>
        <source>Series every</source>
        <translation>Серия каждые</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="206"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="207"/>
        <source>Attempt</source>
        <translation>Попытка</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="261"/>
        <source>Reading the audit log</source>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="272"/>
        <source>Checking the audit log&apos;s chain</source>
        <translation>Проверка цепочки журнала аудита</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuditReader.cpp" line="309"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
</context>
<context>
    <name>nov::AuthService</name>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="59"/>
        <source>The account %1 is deactivated.</source>
        <translation>Учётная запись %1 деактивирована.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="60"/>
        <source>Ask an administrator to reactivate it.</source>
        <translation>Обратитесь к администратору, чтобы её снова активировать.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="62"/>
        <source>The account %1 is locked after %2 wrong passwords.</source>
        <translation>Учётная запись %1 заблокирована после ввода неверного пароля (попыток: %2).</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="66"/>
        <source>Try again after %1, or ask an administrator to reset the password.</source>
        <translation>Повторите попытку после %1 или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="92"/>
        <source>A login is 2-64 small Latin letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Логин состоит из 2–64 строчных латинских букв, цифр, точек, дефисов или знаков подчёркивания и начинается с буквы.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="94"/>
        <source>For example: ivanova.ea</source>
        <translation>Например: ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="96"/>
        <source>The full name is required.</source>
        <translation>Укажите ФИО.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="96"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="106"/>
        <source>The login %1 is taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="107"/>
        <source>Choose another login; accounts are never deleted, only deactivated.</source>
        <translation>Выберите другой логин: учётные записи не удаляются, а только деактивируются.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="131"/>
        <source>The database already has accounts; the first administrator exists.</source>
        <translation>В базе данных уже есть учётные записи; первый администратор уже создан.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="132"/>
        <source>Sign in, or ask an administrator for an account.</source>
        <translation>Войдите в систему или попросите администратора создать вам учётную запись.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="143"/>
        <source>Creating an account</source>
        <translation>Создание учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="155"/>
        <source>Resetting a password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="174"/>
        <source>Reactivating an account</source>
        <translation>Повторная активация учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="174"/>
        <source>Deactivating an account</source>
        <translation>Деактивация учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="176"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Нельзя деактивировать собственную учётную запись.</translation>
    </message>
    <message>
        <location filename="../../app/auth/AuthService.cpp" line="177"/>
        <source>Ask another administrator.</source>
        <translation>Обратитесь к другому администратору.</translation>
    </message>
</context>
<context>
    <name>nov::BackupActions</name>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="31"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="33"/>
        <source>A verified copy of the database; clerks can keep working</source>
        <translation>Проверенная копия базы данных; сотрудники могут продолжать работу</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="35"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="39"/>
        <source>&amp;Check the database</source>
        <translation>&amp;Проверить базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="49"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="50"/>
        <source>Novoselye databases (*.db)</source>
        <translation>Базы данных Новоселья (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="54"/>
        <source>Copying the database…</source>
        <translation>Копирование базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="63"/>
        <location filename="../../ui/BackupActions.cpp" line="67"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="68"/>
        <source>The backup is written and verified:
%1

%2</source>
        <translation>Резервная копия записана и проверена:
%1

%2</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="79"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="81"/>
        <source>Novoselye databases (*.db);;All files (*)</source>
        <translation>Базы данных Новоселья (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="75"/>
        <location filename="../../ui/BackupActions.cpp" line="89"/>
        <location filename="../../ui/BackupActions.cpp" line="94"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="90"/>
        <source>This file cannot be restored.

%1</source>
        <translation>Этот файл нельзя восстановить.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="95"/>
        <source>Replace the database with this backup?
%1
%2

The current database is kept as %3. Novoselye closes the window, restores, and asks you to sign in again. Other clerks must close Novoselye first.</source>
        <translation>Заменить базу данных этой резервной копией?
%1
%2

Текущая база будет сохранена как %3. Новоселье закроет окно, восстановит базу и попросит войти снова. Остальные сотрудники должны сначала закрыть Новоселье.</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="131"/>
        <location filename="../../ui/BackupActions.cpp" line="133"/>
        <location filename="../../ui/BackupActions.cpp" line="143"/>
        <source>Check the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="134"/>
        <source>The database is sound: the integrity and foreign key checks pass and every office rule holds.</source>
        <translation>База данных в порядке: проверки целостности и внешних ключей пройдены, все правила отдела соблюдены.</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="139"/>
        <source>%1: %2 (for example %3)</source>
        <translation>%1: %2 (например, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/BackupActions.cpp" line="144"/>
        <source>The database has problems:

%1

Restore a backup taken before the damage or have the rows corrected.</source>
        <translation>В базе данных есть ошибки:

%1

Восстановите резервную копию, сделанную до повреждения, или поручите исправить эти строки.</translation>
    </message>
</context>
<context>
    <name>nov::BackupCommands</name>
    <message numerus="yes">
        <location filename="../../app/cli/BackupCommands.cpp" line="150"/>
        <source>The database breaks %n rule(s).</source>
        <translation>
            <numerusform>База данных нарушает %n правило.</numerusform>
            <numerusform>База данных нарушает %n правила.</numerusform>
            <numerusform>База данных нарушает %n правил.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::BackupService</name>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="35"/>
        <source>schema %1 · %2 households · %3 residents · %4 key handovers · %5</source>
        <translation>схема %1 · семей: %2 · жителей: %3 · выдач ключей: %4 · %5</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="66"/>
        <source>Backing up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="93"/>
        <source>The folder for automatic backups cannot be created.</source>
        <translation>Не удаётся создать папку для автоматических резервных копий.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="94"/>
        <source>Check that you may write there.</source>
        <translation>Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="111"/>
        <source>A server database is not replaced by a file.</source>
        <translation>Базу данных на сервере нельзя заменить файлом.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="113"/>
        <source>Copy the backup into a new server database with novoselye migrate-to postgresql://USER@HOST/NEW_NAME --db FILE --user LOGIN and give the clerks the new name.</source>
        <translation>Скопируйте резервную копию в новую базу данных на сервере командой novoselye migrate-to postgresql://USER@HOST/NEW_NAME --db FILE --user LOGIN и сообщите сотрудникам новое имя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="123"/>
        <source>Restoring the database from a backup</source>
        <translation>Восстановление базы данных из резервной копии</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="126"/>
        <source>The backup file is the database itself.</source>
        <translation>Выбранный файл — это сама база данных.</translation>
    </message>
    <message>
        <location filename="../../app/domain/BackupService.cpp" line="127"/>
        <source>Choose a backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
</context>
<context>
    <name>nov::BrowseCatalog</name>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="131"/>
        <source>Residents: %1</source>
        <translation>Жителей: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="157"/>
        <source>Households: %1</source>
        <translation>Домохозяйств: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="186"/>
        <source>Apartments: %1</source>
        <translation>Квартир: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="219"/>
        <source>Buildings: %1</source>
        <translation>Домов: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="257"/>
        <source>Vehicles: %1</source>
        <translation>Автомобилей: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="328"/>
        <source>Cases: %1</source>
        <translation>Дел: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="415"/>
        <source>Audit entries: %1</source>
        <translation>Записей журнала: %1</translation>
    </message>
</context>
<context>
    <name>nov::CaseStep</name>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="38"/>
        <source>The case is in the status «%1»; you cannot %2 now.</source>
        <translation>Дело находится в статусе «%1»: сейчас нельзя %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="45"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="57"/>
        <source>The date of %1 is missing or not a real date.</source>
        <translation>Дата %1 не указана или не является действительной датой.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="58"/>
        <source>Enter the date from the document.</source>
        <translation>Введите дату из документа.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="60"/>
        <source>The date of %1 (%2) is in the future.</source>
        <translation>Дата %1 (%2) ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="61"/>
        <source>Record a step once it has happened, with the date from the document.</source>
        <translation>Регистрируйте шаг после того, как он состоялся, с датой из документа.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="63"/>
        <source>The date of %1 (%2) is before %3 (%4).</source>
        <translation>Дата %1 (%2) раньше даты %3 (%4).</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="65"/>
        <location filename="../../app/domain/CaseStep.cpp" line="70"/>
        <source>Check the dates on the documents.</source>
        <translation>Проверьте даты в документах.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="67"/>
        <source>The date of %1 (%2) is before the case&apos;s last change on %3 (%4).</source>
        <translation>Дата %1 (%2) раньше последнего изменения дела %3 (%4).</translation>
    </message>
</context>
<context>
    <name>nov::CertificateService</name>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="174"/>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="175"/>
        <source>Reinstall Novoselye.</source>
        <translation>Переустановите «Новоселье».</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="225"/>
        <source>The keys have not been handed over yet, so there is no act to print.</source>
        <translation>Ключи ещё не переданы, поэтому печатать акт нечего.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="226"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="226"/>
        <source>Record the key handover first.</source>
        <translation>Сначала отметьте передачу ключей.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="266"/>
        <location filename="../../app/domain/CertificateService.cpp" line="290"/>
        <source>Printing acts</source>
        <translation>Печать актов</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="302"/>
        <source>The act is no longer stored.</source>
        <translation>Акт больше не хранится в базе.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="303"/>
        <source>Print it again.</source>
        <translation>Напечатайте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="349"/>
        <source>This is not a verification code: it has 16 letters and digits, like 7Q4M-2XHD-9KCF-T3PA.</source>
        <translation>Это не код проверки: он состоит из 16 латинских букв и цифр, например 7Q4M-2XHD-9KCF-T3PA.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="358"/>
        <source>No act was issued with the code %1: the act is not genuine or the code was misread.</source>
        <translation>Акт с кодом %1 не выдавался: акт не подлинный или код прочитан неверно.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="369"/>
        <source>The stored content of act %1 was changed after it was issued.</source>
        <translation>Хранимое содержание акта %1 изменено после его выдачи.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CertificateService.cpp" line="376"/>
        <source>The code belongs to act %1, not to the number in the QR code.</source>
        <translation>Код принадлежит акту %1, а не номеру, указанному в QR-коде.</translation>
    </message>
</context>
<context>
    <name>nov::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="84"/>
        <source>novoselye: error: %1</source>
        <translation>novoselye: ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="86"/>
        <source>where: %1</source>
        <translation>где: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="88"/>
        <source>what to do: %1</source>
        <translation>что делать: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="90"/>
        <source>details: %1</source>
        <translation>подробности: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="96"/>
        <source>novoselye: %1</source>
        <translation>novoselye: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="97"/>
        <source>Run &apos;novoselye --help&apos; for the list of commands.</source>
        <translation>Список команд: novoselye --help</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="98"/>
        <source>Run &apos;novoselye %1 --help&apos; for its options.</source>
        <translation>Параметры команды: novoselye %1 --help</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="105"/>
        <source>Usage: novoselye [--db PATH] [--lang ru|en]           start the program
       novoselye COMMAND [options]                     run a command

Commands:
</source>
        <translation>Использование: novoselye [--db PATH] [--lang ru|en]   запустить программу
               novoselye COMMAND [параметры]          выполнить команду

Команды:
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="117"/>
        <source>
Every command takes --db PATH (default: %1) and --help.
</source>
        <translation>
Каждая команда принимает --db PATH (по умолчанию: %1) и --help.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="125"/>
        <source>Database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="126"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="127"/>
        <source>Language of messages: ru or en.</source>
        <translation>Язык сообщений: ru или en.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="127"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="129"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="131"/>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="178"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="23"/>
        <source>unknown language &apos;%1&apos;: use --lang ru or --lang en.</source>
        <translation>неизвестный язык «%1»: укажите --lang ru или --lang en.</translation>
    </message>
</context>
<context>
    <name>nov::CsvWriter</name>
    <message>
        <location filename="../../app/io/CsvWriter.cpp" line="281"/>
        <source>The file could not be written.</source>
        <translation>Файл не удалось записать.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvWriter.cpp" line="283"/>
        <source>Check the free space and the folder&apos;s rights.</source>
        <translation>Проверьте свободное место и права на папку.</translation>
    </message>
</context>
<context>
    <name>nov::DashboardCharts</name>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="33"/>
        <source>TsAO</source>
        <translation>ЦАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="34"/>
        <source>SAO</source>
        <translation>САО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="35"/>
        <source>SVAO</source>
        <translation>СВАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="36"/>
        <source>VAO</source>
        <translation>ВАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="37"/>
        <source>YuVAO</source>
        <translation>ЮВАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="38"/>
        <source>YuAO</source>
        <translation>ЮАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="39"/>
        <source>YuZAO</source>
        <translation>ЮЗАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="40"/>
        <source>ZAO</source>
        <translation>ЗАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="41"/>
        <source>SZAO</source>
        <translation>СЗАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="42"/>
        <source>ZelAO</source>
        <translation>ЗелАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="43"/>
        <source>NAO</source>
        <translation>НАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="44"/>
        <source>TAO</source>
        <translation>ТАО</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="57"/>
        <source>thousand residents</source>
        <translation>тыс. жителей</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="58"/>
        <source>residents</source>
        <translation>жителей</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="67"/>
        <source>%1 k</source>
        <translation>%1 тыс.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="376"/>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="396"/>
        <source>Relocated residents, cumulative</source>
        <translation>Переселено жителей, нарастающим итогом</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="389"/>
        <source>Relocated residents: no key handovers in this range</source>
        <translation>Переселено жителей: в этом периоде ключи не выдавались</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="246"/>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="592"/>
        <source>Relocated</source>
        <translation>Переселено</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="261"/>
        <source>%1: %2 residents relocated</source>
        <translation>%1: переселено жителей — %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="269"/>
        <source>Forecast range</source>
        <translation>Диапазон прогноза</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="275"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="287"/>
        <source>Forecast for %1: %2 (from %3 to %4)</source>
        <translation>Прогноз на %1: %2 (от %3 до %4)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="299"/>
        <source>Milestone reached</source>
        <translation>Рубеж достигнут</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="442"/>
        <source>Milestone %1 reached on %2</source>
        <translation>Рубеж %1 достигнут %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="240"/>
        <source>milestones</source>
        <translation>рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="502"/>
        <source>Residents relocated per month (last %1 months)</source>
        <translation>Переселено жителей по месяцам (последние %1 мес.)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="503"/>
        <source>Residents relocated per month</source>
        <translation>Переселено жителей по месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="521"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="560"/>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2: %3 из %4</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="589"/>
        <source>By district: relocated and still to move</source>
        <translation>По районам: переселено и ещё предстоит</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="590"/>
        <source>By okrug: relocated and still to move</source>
        <translation>По округам: переселено и ещё предстоит</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="594"/>
        <source>Still to move</source>
        <translation>Ещё предстоит</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardCharts.cpp" line="618"/>
        <source>%1: %2 relocated, %3 still to move (%4 %)</source>
        <translation>%1: переселено %2, ещё предстоит %3 (%4 %)</translation>
    </message>
</context>
<context>
    <name>nov::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="146"/>
        <source>Whole programme</source>
        <translation>Вся программа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="147"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="148"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="149"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="150"/>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="151"/>
        <source>Which key handovers count: by the day the keys were handed over</source>
        <translation>Какие выдачи ключей учитывать: по дню выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="167"/>
        <source>All okrugs</source>
        <translation>Все округа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="172"/>
        <source>Months by okrug</source>
        <translation>Месяцы по округам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="174"/>
        <source>Stack each month&apos;s bar by okrug</source>
        <translation>Разбить столбец каждого месяца по округам</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="175"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="547"/>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="557"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="177"/>
        <source>Save as &amp;PNG…</source>
        <translation>Сохранить как &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="178"/>
        <source>Save as P&amp;DF report…</source>
        <translation>Сохранить отчёт в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="179"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Предварительный просмотр печати…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="183"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="189"/>
        <source>Okrug:</source>
        <translation>Округ:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="191"/>
        <source>District:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="248"/>
        <source>Residents relocated</source>
        <translation>Переселено жителей</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="250"/>
        <source>Households relocated</source>
        <translation>Переселено домохозяйств</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="251"/>
        <source>Next milestone</source>
        <translation>Следующий рубеж</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="253"/>
        <source>Forecast of the milestone</source>
        <translation>Прогноз рубежа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="254"/>
        <source>Gift vehicles in stock</source>
        <translation>Автомобили для подарков</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="255"/>
        <source>Overdue cases</source>
        <translation>Просроченные дела</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="294"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="377"/>
        <source>%1 in %2</source>
        <translation>%1 за %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="383"/>
        <source>%1 residents per household</source>
        <translation>%1 жителя на домохозяйство</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="391"/>
        <source>%1 of %2 since the milestone %3</source>
        <translation>%1 из %2 после рубежа %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="395"/>
        <source>%1 residents to go (whole programme)</source>
        <translation>осталось: %1 чел. (вся программа)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="398"/>
        <source>all reached</source>
        <translation>все достигнуты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="401"/>
        <source>every milestone target is reached</source>
        <translation>все целевые рубежи достигнуты</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="406"/>
        <source>%1 a week</source>
        <translation>%1 в неделю</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="413"/>
        <source>within a day · %1</source>
        <translation>точность до дня · %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="415"/>
        <source>between %1 and %2 · %3</source>
        <translation>между %1 и %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="416"/>
        <source>from %1, the latest cannot be told · %2</source>
        <translation>не раньше %1, позднюю дату не назвать · %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="419"/>
        <source>not in sight at the recent pace · %1</source>
        <translation>при нынешнем темпе не видно · %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="422"/>
        <source>A straight line through the weekly counts of the last %1 weeks, continued; the range is where the count will be with 95 % confidence.</source>
        <translation>Прямая по недельным числам за последние %1 недель, продолженная вперёд; диапазон — где счётчик окажется с вероятностью 95 %.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="427"/>
        <source>%1 reserved · %2 handed over</source>
        <translation>в резерве %1 · вручено %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="430"/>
        <source>past a deadline today</source>
        <translation>срок уже прошёл</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="457"/>
        <source>key handovers from %1 to %2</source>
        <translation>выдачи ключей с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="458"/>
        <source>key handovers up to %1</source>
        <translation>выдачи ключей по %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="459"/>
        <source>all okrugs</source>
        <translation>все округа</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="474"/>
        <source>The picture cannot be written to %1. Check that the folder exists and that you may write there.</source>
        <translation>Не удаётся записать изображение в %1. Проверьте, что папка существует и в неё можно писать.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="489"/>
        <source>Novoselye — relocation dashboard</source>
        <translation>Новоселье — ход переселения</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="496"/>
        <source>As of %1 · made %2</source>
        <translation>На %1 · составлено %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="500"/>
        <source>Filter: %1</source>
        <translation>Отбор: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="528"/>
        <source>Relocation dashboard</source>
        <translation>Ход переселения</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="532"/>
        <source>The PDF cannot be written to %1. Check that the folder exists and that you may write there.</source>
        <translation>Не удаётся записать PDF в %1. Проверьте, что папка существует и в неё можно писать.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="542"/>
        <source>Save the dashboard as a picture</source>
        <translation>Сохранить панель как изображение</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="543"/>
        <source>dashboard-%1.png</source>
        <translation>panel-%1.png</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="543"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="552"/>
        <source>Save the dashboard as a PDF report</source>
        <translation>Сохранить панель как отчёт PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="553"/>
        <source>dashboard-%1.pdf</source>
        <translation>panel-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="553"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="562"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/DashboardPage.cpp" line="569"/>
        <source>Print the dashboard</source>
        <translation>Печать панели</translation>
    </message>
</context>
<context>
    <name>nov::DashboardService</name>
    <message>
        <location filename="../../app/domain/DashboardService.cpp" line="150"/>
        <source>export the dashboard</source>
        <translation>Экспорт панели руководителя</translation>
    </message>
</context>
<context>
    <name>nov::DemoBuilder</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="621"/>
        <source>Okrugs and districts</source>
        <translation>Округа и районы</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="622"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="678"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="688"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="677"/>
        <source>Households and residents</source>
        <translation>Домохозяйства и жители</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="687"/>
        <source>Milestones and gift vehicles</source>
        <translation>Юбилейные рубежи и подарочные автомобили</translation>
    </message>
</context>
<context>
    <name>nov::DemoGenerator</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="732"/>
        <source>Unknown demo scale &apos;%1&apos;.</source>
        <translation>Неизвестный масштаб демонстрационных данных «%1».</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="733"/>
        <source>Use one of: %1.</source>
        <translation>Укажите один из вариантов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="799"/>
        <source>The database already holds data; demo data goes into a new database only.</source>
        <translation>В базе данных уже есть данные; демонстрационные данные создаются только в новой базе.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="801"/>
        <source>Choose a new database name.</source>
        <translation>Выберите новое имя базы данных.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="813"/>
        <source>The file already exists; demo data goes into a new database only.</source>
        <translation>Файл уже существует; демонстрационные данные записываются только в новую базу данных.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="814"/>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation>Укажите новое имя файла или переместите существующий файл.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="761"/>
        <source>Indexes</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="773"/>
        <source>Statistics for the query planner</source>
        <translation>Статистика для планировщика запросов</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="842"/>
        <source>The demo database could not be moved into place.</source>
        <translation>Не удалось переместить демонстрационную базу данных на место.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="843"/>
        <source>Check that you may write in that folder.</source>
        <translation>Проверьте, что у вас есть права на запись в эту папку.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="807"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="847"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>nov::Equivalence</name>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="37"/>
        <source>%1 rooms instead of at least %2</source>
        <translation>комнат: %1 вместо не менее %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="39"/>
        <source>total area %1 m² instead of at least %2 m²</source>
        <translation>общая площадь %1 м² вместо не менее %2 м²</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="43"/>
        <source>living area %1 m² instead of at least %2 m²</source>
        <translation>жилая площадь %1 м² вместо не менее %2 м²</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="49"/>
        <source>okrug %1 instead of %2</source>
        <translation>округ %1 вместо %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/Equivalence.cpp" line="50"/>
        <source>district %1 instead of %2</source>
        <translation>район %1 вместо %2</translation>
    </message>
</context>
<context>
    <name>nov::ErrorLabel</name>
    <message>
        <location filename="../../ui/household/ErrorLabel.cpp" line="34"/>
        <source>Concerns: %1</source>
        <translation>Относится к: %1</translation>
    </message>
</context>
<context>
    <name>nov::FirstRunDialog</name>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="25"/>
        <source>Welcome to Novoselye</source>
        <translation>Добро пожаловать в «Новоселье»</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="27"/>
        <source>&lt;b&gt;There is no database yet.&lt;/b&gt;&lt;br&gt;Novoselye will create it here:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Start with demo data to look around, or with an empty database for real work.</source>
        <translation>&lt;b&gt;База данных ещё не создана.&lt;/b&gt;&lt;br&gt;Программа «Новоселье» создаст её здесь:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Начните с демонстрационных данных, чтобы ознакомиться с программой, или с пустой базы данных для реальной работы.</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="36"/>
        <source>Demo data, s&amp;mall: about 2,000 residents (a few seconds)</source>
        <translation>Демонстрационные данные, &amp;малый объём: около 2 000 жителей (несколько секунд)</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="38"/>
        <source>Demo data, one &amp;district&apos;s worth: about 50,000 residents</source>
        <translation>Демонстрационные данные в объёме одного &amp;района: около 50 000 жителей</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="39"/>
        <source>&amp;Empty database</source>
        <translation>&amp;Пустая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="56"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="80"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>nov::GiftService</name>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="35"/>
        <source>%1: milestone %2 has not been reached yet.</source>
        <translation>%1: рубеж %2 ещё не достигнут.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="36"/>
        <source>A gift is prepared once the Nth resident has moved.</source>
        <translation>Подарок готовят, когда N-й житель переселён.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="38"/>
        <source>%1: the gift of milestone %2 was already handed over on %3; a milestone gets one vehicle.</source>
        <translation>%1: подарок рубежа %2 уже вручён %3; за рубеж дарят один автомобиль.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="41"/>
        <source>Nothing more to do for this milestone.</source>
        <translation>По этому рубежу больше ничего делать не нужно.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="60"/>
        <source>Reserving a gift vehicle</source>
        <translation>Закрепление подарочного автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="64"/>
        <source>Reserving a vehicle</source>
        <translation>Закрепление автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="68"/>
        <source>Milestone %1 already has a vehicle reserved; a milestone gets one vehicle.</source>
        <translation>За рубежом %1 уже закреплён автомобиль; за рубеж дарят один автомобиль.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="71"/>
        <source>Release the reserved vehicle first.</source>
        <translation>Сначала верните закреплённый автомобиль на склад.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="77"/>
        <source>The vehicle %1 is not in stock (it is %2); a vehicle is given once.</source>
        <translation>Автомобиля %1 нет на складе (он %2); автомобиль дарят один раз.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="78"/>
        <source>reserved</source>
        <translation>закреплён</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="79"/>
        <source>handed over</source>
        <translation>вручён</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="80"/>
        <source>Choose a vehicle in stock.</source>
        <translation>Выберите автомобиль со склада.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="92"/>
        <source>Releasing a gift vehicle</source>
        <translation>Возврат подарочного автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="96"/>
        <source>Releasing the vehicle</source>
        <translation>Возврат автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="100"/>
        <location filename="../../app/domain/GiftService.cpp" line="139"/>
        <source>Milestone %1 has no vehicle reserved.</source>
        <translation>За рубежом %1 автомобиль не закреплён.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="101"/>
        <location filename="../../app/domain/GiftService.cpp" line="140"/>
        <source>Reserve a vehicle first.</source>
        <translation>Сначала закрепите автомобиль.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="131"/>
        <source>Recording a gift vehicle handover</source>
        <translation>Оформление вручения подарочного автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="135"/>
        <source>Recording the gift handover</source>
        <translation>Оформление вручения</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="142"/>
        <source>The gift handover date must lie between the milestone&apos;s date (%1) and today (%2).</source>
        <translation>Дата вручения должна быть не раньше даты рубежа (%1) и не позже сегодняшней (%2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="145"/>
        <location filename="../../app/domain/GiftService.cpp" line="169"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="145"/>
        <source>Enter the date of the handover act.</source>
        <translation>Укажите дату акта приёма-передачи.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="150"/>
        <source>The household of milestone %1 has no residents.</source>
        <translation>В домохозяйстве рубежа %1 нет жителей.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="152"/>
        <source>Check the household&apos;s members.</source>
        <translation>Проверьте состав домохозяйства.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="158"/>
        <source>The chosen resident is not a member of the household that reached the milestone.</source>
        <translation>Выбранный житель не входит в домохозяйство, достигшее рубежа.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="161"/>
        <source>Choose a member of the household.</source>
        <translation>Выберите члена домохозяйства.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="167"/>
        <source>The car %1 was made on %2; it cannot be handed over before that.</source>
        <translation>Автомобиль %1 выпущен %2; передать его раньше этой даты нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/GiftService.cpp" line="170"/>
        <source>Enter the date of the handover act, or reserve a car made by then.</source>
        <translation>Укажите дату акта передачи или зарезервируйте автомобиль, выпущенный к этой дате.</translation>
    </message>
</context>
<context>
    <name>nov::GuiApplication</name>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="42"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="52"/>
        <source>Database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="53"/>
        <source>Password for %1:</source>
        <translation>Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="67"/>
        <source>Novoselye</source>
        <translation>Новоселье</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="82"/>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="105"/>
        <source>Restoring the database…</source>
        <translation>Восстановление базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="116"/>
        <location filename="../../ui/GuiApplication.cpp" line="123"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="117"/>
        <source>The database is restored from %1. The previous one is kept as %2. Please sign in again.</source>
        <translation>База данных восстановлена из %1. Прежняя сохранена как %2. Войдите, пожалуйста, снова.</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="124"/>
        <source>The database was not replaced.

%1</source>
        <translation>База данных не заменена.

%1</translation>
    </message>
</context>
<context>
    <name>nov::HandoverActPrinter</name>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="349"/>
        <source>Handover acts</source>
        <translation>Акты приёма-передачи</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="358"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>Печать отменена; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="361"/>
        <source>The PDF file could not be written.</source>
        <translation>Не удалось записать файл PDF.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HandoverActPrinter.cpp" line="362"/>
        <source>Choose a folder you may write to.</source>
        <translation>Выберите папку, в которую разрешена запись.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdCard</name>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="110"/>
        <location filename="../../ui/household/HouseholdCard.cpp" line="132"/>
        <source>&amp;Next step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="117"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="131"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="134"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="136"/>
        <source>&amp;Print key handover act…</source>
        <translation>&amp;Печать акта передачи ключей…</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="144"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="148"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="151"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="187"/>
        <source>Household %1</source>
        <translation>Домохозяйство %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="188"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="190"/>
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="192"/>
        <source>Old apartment: %1, apt. %2, floor %3 · %n room(s) · %4 m² total, %5 m² living</source>
        <translation>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комната · общая площадь %4 м², жилая %5 м²</numerusform>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комнаты · общая площадь %4 м², жилая %5 м²</numerusform>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комнат · общая площадь %4 м², жилая %5 м²</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="198"/>
        <source>District: %1 (%2) · included on %3</source>
        <translation>Район: %1 (%2) · включено в программу %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="206"/>
        <source>The decision on the offer is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>Решение по предложению просрочено на %n день (срок %1).</numerusform>
            <numerusform>Решение по предложению просрочено на %n дня (срок %1).</numerusform>
            <numerusform>Решение по предложению просрочено на %n дней (срок %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="208"/>
        <source>The signed contract is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>Подписание договора просрочено на %n день (срок %1).</numerusform>
            <numerusform>Подписание договора просрочено на %n дня (срок %1).</numerusform>
            <numerusform>Подписание договора просрочено на %n дней (срок %1).</numerusform>
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
        <translation>Ваша роль позволяет смотреть дело, но не записывать шаги. %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="268"/>
        <source>Recorded: %1. The case is now «%2».</source>
        <translation>Выполнен шаг «%1». Статус дела: «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="280"/>
        <source>This handover reached the %1th resident of the programme.</source>
        <translation>Эта выдача ключей достигла рубежа: %1-й переселённый житель программы.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="285"/>
        <source>This handover changed milestones of the programme.</source>
        <translation>Эта выдача ключей изменила юбилейные рубежи программы.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="286"/>
        <source>Milestone of the programme</source>
        <translation>Юбилейный рубеж программы</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="347"/>
        <source>%1 was removed from the household. Undo brings the resident back.</source>
        <translation>%1 — житель исключён из состава домохозяйства. Команда «Отменить» вернёт его.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdTabs</name>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="35"/>
        <source>&amp;Members</source>
        <translation>&amp;Члены семьи</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="36"/>
        <source>&amp;Offers</source>
        <translation>Пред&amp;ложения</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="37"/>
        <source>Total / living, m²</source>
        <translation>Общая / жилая, м²</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Viewed</source>
        <translation>Дата осмотра</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="38"/>
        <source>Refusal reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="39"/>
        <source>Override</source>
        <translation>Отступление от равнозначности</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="40"/>
        <source>Con&amp;tract</source>
        <translation>Дого&amp;вор</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Drafted on:</source>
        <translation>Дата подготовки:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="41"/>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="43"/>
        <source>&amp;Key handover</source>
        <translation>Выдача &amp;ключей</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Appointment:</source>
        <translation>Назначено на:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Handed over on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Key sets:</source>
        <translation>Комплектов ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="44"/>
        <source>Residents moving in:</source>
        <translation>Вселяется жителей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="45"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>From</source>
        <translation>Из статуса</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>To</source>
        <translation>В статус</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>&amp;Deadlines</source>
        <translation>С&amp;роки</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Since</source>
        <translation>Начало отсчёта</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Due</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="103"/>
        <source>%1, apt. %2, floor %3</source>
        <translation>%1, кв. %2, этаж %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="105"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="120"/>
        <source>No contract yet.</source>
        <translation>Договора пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="128"/>
        <source>No appointment yet.</source>
        <translation>Выдача ключей пока не назначена.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="157"/>
        <source>met on %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="159"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="161"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="162"/>
        <source>Decision on the offer</source>
        <translation>Решение по предложению</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="163"/>
        <source>Signed contract</source>
        <translation>Подписание договора</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdWorkflow</name>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="86"/>
        <source>Included</source>
        <translation>Включено в программу</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="87"/>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="88"/>
        <source>Offer sent</source>
        <translation>Предложение направлено</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="89"/>
        <source>Viewed</source>
        <translation>Квартира осмотрена</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="90"/>
        <source>Consented</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="91"/>
        <source>Refused</source>
        <translation>Отказ от предложения</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="93"/>
        <source>Contract drafted</source>
        <translation>Договор подготовлен</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="95"/>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="97"/>
        <source>Keys handed over</source>
        <translation>Ключи выданы</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="99"/>
        <source>Old apartment vacated</source>
        <translation>Старая квартира освобождена</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="101"/>
        <source>Extra space purchase</source>
        <translation>Докупка площади</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="103"/>
        <source>Monetary compensation</source>
        <translation>Денежная компенсация</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="104"/>
        <source>Court</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="113"/>
        <source>record the notification</source>
        <translation>зарегистрировать уведомление</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="115"/>
        <source>send an offer</source>
        <translation>направить предложение</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="117"/>
        <source>record the viewing</source>
        <translation>зарегистрировать осмотр квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="119"/>
        <source>record the consent</source>
        <translation>зарегистрировать согласие</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="121"/>
        <source>record a refusal</source>
        <translation>зарегистрировать отказ</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="123"/>
        <source>draft the contract</source>
        <translation>подготовить договор</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="125"/>
        <source>record the signed contract</source>
        <translation>зарегистрировать подписание договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="127"/>
        <source>schedule the key handover</source>
        <translation>назначить выдачу ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="129"/>
        <source>record the key handover</source>
        <translation>зарегистрировать выдачу ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="131"/>
        <source>mark the old apartment vacated</source>
        <translation>отметить освобождение старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="139"/>
        <source>No further step of the relocation workflow is possible in this status.</source>
        <translation>В этом статусе дальнейшие шаги процесса переселения невозможны.</translation>
    </message>
    <message>
        <location filename="../../app/domain/HouseholdWorkflow.cpp" line="143"/>
        <source>Possible next steps: %1.</source>
        <translation>Возможные следующие шаги: %1.</translation>
    </message>
</context>
<context>
    <name>nov::ImportService</name>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="79"/>
        <source>The file cannot be opened.</source>
        <translation>Файл не открывается.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="80"/>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Проверьте, что файл существует и у вас есть права на чтение.</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="104"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../app/io/ImportService.cpp" line="118"/>
        <source>The error report could not be written.</source>
        <translation>Отчёт об ошибках не удалось записать.</translation>
    </message>
</context>
<context>
    <name>nov::LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="23"/>
        <source>Create the administrator account</source>
        <translation>Создание учётной записи администратора</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="23"/>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="25"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</source>
        <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора; затем администратор создаст учётные записи сотрудников отдела.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="28"/>
        <source>Sign in with your Novoselye account.</source>
        <translation>Войдите с помощью своей учётной записи «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="35"/>
        <source>e.g. ivanova.ea</source>
        <translation>например, ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="36"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="40"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="43"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="48"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="62"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="62"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="74"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="97"/>
        <source>Novoselye</source>
        <translation>Новоселье</translation>
    </message>
</context>
<context>
    <name>nov::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="52"/>
        <source>Novoselye — relocation office</source>
        <translation>Новоселье — отдел переселения</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="91"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="100"/>
        <source>Database: %1 · signed in: %2 (%3)</source>
        <translation>База данных: %1 · вход: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="103"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="170"/>
        <source>The case %1 no longer exists.</source>
        <translation>Дела %1 больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="200"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="204"/>
        <source>Check that no audit entry was changed or deleted outside Novoselye</source>
        <translation>Проверить, что ни одна запись журнала не изменена и не удалена в обход Новоселья</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="220"/>
        <source>The audit log is intact: every entry matches its hash.</source>
        <translation>Журнал аудита цел: каждая запись совпадает со своим хешем.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="224"/>
        <source>The audit log was changed outside Novoselye from entry %1 on: %2.</source>
        <translation>Журнал аудита изменён в обход Новоселья начиная с записи %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="256"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="257"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="266"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="276"/>
        <source>&amp;Overdue cases</source>
        <translation>&amp;Просроченные дела</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="278"/>
        <source>Cases past the decision or contract deadline</source>
        <translation>Дела с истёкшим сроком решения или подписания договора</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="281"/>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Загрузить из таблицы…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="288"/>
        <source>Residents, apartments or gift vehicles from a CSV file (managers)</source>
        <translation>Жители, квартиры или подарочные автомобили из файла CSV (для руководителей)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="290"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="295"/>
        <source>Save this list, as filtered, to Excel or CSV</source>
        <translation>Сохранить этот список с текущим фильтром в Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="302"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="307"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="308"/>
        <source>The language changes when Novoselye starts next time.</source>
        <translation>Язык сменится при следующем запуске «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="320"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="331"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="334"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="339"/>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="340"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="352"/>
        <source>Acts of a &amp;day or building…</source>
        <translation>Акты за &amp;день или по дому…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="355"/>
        <source>&amp;Verify act…</source>
        <translation>&amp;Проверить акт…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="357"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="359"/>
        <source>&amp;About Novoselye</source>
        <translation>&amp;О программе «Новоселье»</translation>
    </message>
    <message>
        <location filename="../../ui/DialogGallery.cpp" line="162"/>
        <location filename="../../ui/MainWindow.cpp" line="360"/>
        <source>About Novoselye</source>
        <translation>О программе «Новоселье»</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="364"/>
        <source>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</source>
        <translation>&lt;b&gt;Новоселье %1&lt;/b&gt;&lt;br&gt;Отдел переселения по программе реновации жилищного фонда Москвы: домохозяйства, предложения квартир, договоры, выдача ключей, юбилейные рубежи и подарочные автомобили.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="379"/>
        <source>What</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="379"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="393"/>
        <source>Okrugs</source>
        <translation>Округа</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="394"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="395"/>
        <source>Buildings</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="396"/>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="397"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="398"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="399"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="400"/>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="401"/>
        <source>Key handovers</source>
        <translation>Выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="73"/>
        <location filename="../../ui/MainWindow.cpp" line="402"/>
        <source>Milestones</source>
        <translation>Юбилейные рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="54"/>
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="80"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="88"/>
        <source>Dashboard</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="202"/>
        <source>Verif&amp;y chain</source>
        <translation>Проверить &amp;цепочку</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="265"/>
        <source>Read the figures and lists from the database again</source>
        <translation>Заново прочитать сводку и списки из базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>Search residents, households, apartments…</source>
        <translation>Поиск жителей, домохозяйств, квартир…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="351"/>
        <source>A&amp;cts</source>
        <translation>&amp;Акты</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="403"/>
        <source>Gift vehicles</source>
        <translation>Подарочные автомобили</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="404"/>
        <source>Certificates</source>
        <translation>Акты</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="405"/>
        <source>User accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="406"/>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="407"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="409"/>
        <source>Case history entries</source>
        <translation>Записи истории дел</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="424"/>
        <source>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Переселено жителей: %1&lt;/h2&gt;&lt;p&gt;Домохозяйств: %2; достигнуто юбилейных рубежей: %3 из %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="431"/>
        <source>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Следующий рубеж: %1-й житель, осталось %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="450"/>
        <source>%1 residents · %2 households</source>
        <translation>Жителей: %1 · домохозяйств: %2</translation>
    </message>
</context>
<context>
    <name>nov::MembersTab</name>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="36"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="46"/>
        <source>&amp;Add resident…</source>
        <translation>Доб&amp;авить жителя…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="47"/>
        <source>Co&amp;rrect…</source>
        <translation>Исправи&amp;ть…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="48"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneService</name>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="42"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="44"/>
        <source>reached</source>
        <translation>достигнут</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="46"/>
        <source>vehicle reserved</source>
        <translation>автомобиль закреплён</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="48"/>
        <source>gift handed over</source>
        <translation>подарок вручён</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="74"/>
        <source>The title is longer than %1 characters.</source>
        <translation>Название длиннее %1 знаков.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="74"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="75"/>
        <source>Shorten the title.</source>
        <translation>Сократите название.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="80"/>
        <source>A milestone target is a number of relocated residents above zero.</source>
        <translation>Рубеж — это число переселённых жителей больше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="81"/>
        <location filename="../../app/domain/MilestoneService.cpp" line="89"/>
        <source>Target</source>
        <translation>Рубеж</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="81"/>
        <source>Enter, for example, 300000.</source>
        <translation>Например, 300000.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="87"/>
        <source>There already is a milestone for resident number %1.</source>
        <translation>Рубеж «%1-й житель» уже есть.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="89"/>
        <source>Choose another number.</source>
        <translation>Выберите другое число.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="107"/>
        <source>Adding a milestone</source>
        <translation>Добавление рубежа</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="130"/>
        <source>Adding a series of milestones</source>
        <translation>Добавление серии рубежей</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="132"/>
        <source>A series needs a step above zero and a last target not below the step.</source>
        <translation>Для серии нужен шаг больше нуля и последний рубеж не меньше шага.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="133"/>
        <location filename="../../app/domain/MilestoneService.cpp" line="136"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="133"/>
        <source>For example: every 50000 up to 1000000.</source>
        <translation>Например: каждые 50000 до 1000000.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="135"/>
        <source>The series would add more than %1 milestones.</source>
        <translation>Серия добавила бы больше %1 рубежей.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="136"/>
        <source>Choose a larger step or a smaller last target.</source>
        <translation>Выберите больший шаг или меньший последний рубеж.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="176"/>
        <source>%1 is not possible: milestone %2 was reached on %3 and is kept as it is.</source>
        <translation>%1 невозможно: рубеж %2 достигнут %3 и остаётся как есть.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="179"/>
        <source>Add a new milestone instead.</source>
        <translation>Добавьте вместо этого новый рубеж.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="187"/>
        <source>Editing a milestone</source>
        <translation>Изменение рубежа</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="193"/>
        <source>Editing</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="211"/>
        <source>Removing a milestone</source>
        <translation>Удаление рубежа</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneService.cpp" line="215"/>
        <source>Removing</source>
        <translation>Удаление</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneTracker::Change</name>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="151"/>
        <source>Milestone «%1» reached: %2 (case %3) is resident number %4.</source>
        <translation>Достигнут юбилейный рубеж «%1»: %2 (дело %3) — житель № %4.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="154"/>
        <source>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</source>
        <translation>Выдача ключей с более ранней датой изменила юбилейный рубеж «%1»: жителем № %2 теперь считается %3 (дело %4) вместо %5 (дело %6). Подарок ещё не был вручён; теперь рубеж относится к новому жителю.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="160"/>
        <source>A key handover dated earlier makes %1 (case %2) resident number %3, but the gift of milestone «%4» was already handed over to %5 (case %6). The record was kept; please review it.</source>
        <translation>Из-за выдачи ключей с более ранней датой жителем № %3 становится %1 (дело %2), однако подарок за юбилейный рубеж «%4» уже вручён жителю %5 (дело %6). Запись сохранена без изменений; проверьте её.</translation>
    </message>
</context>
<context>
    <name>nov::OfferPicker</name>
    <message numerus="yes">
        <location filename="../../ui/household/OfferPicker.cpp" line="41"/>
        <source>Equivalent to the old apartment: at least %n room(s), %1 m² total and %2 m² living area, in %3.</source>
        <translation>
            <numerusform>Равнозначность старой квартире: не менее %n комнаты, общая площадь не менее %1 м², жилая — не менее %2 м², район %3.</numerusform>
            <numerusform>Равнозначность старой квартире: не менее %n комнат, общая площадь не менее %1 м², жилая — не менее %2 м², район %3.</numerusform>
            <numerusform>Равнозначность старой квартире: не менее %n комнат, общая площадь не менее %1 м², жилая — не менее %2 м², район %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="48"/>
        <source>No such apartment is free at the moment.</source>
        <translation>Такой свободной квартиры сейчас нет.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Apt.</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="53"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>Total, m²</source>
        <translation>Общая, м²</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>Living, m²</source>
        <translation>Жилая, м²</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="54"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="55"/>
        <source>Not equivalent in</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="65"/>
        <source>&amp;Override equivalence: show every free apartment of the district</source>
        <translation>&amp;Без учёта равнозначности: показать все свободные квартиры района</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="70"/>
        <source>Required: why this apartment is offered anyway</source>
        <translation>Обязательно: почему предлагается именно эта квартира</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="74"/>
        <source>Rea&amp;son:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="78"/>
        <source>Only a manager may offer an apartment that is not equivalent.</source>
        <translation>Предложить неравнозначную квартиру может только руководитель.</translation>
    </message>
    <message>
        <location filename="../../ui/household/OfferPicker.cpp" line="80"/>
        <source>Only a manager may override the equivalence rule.</source>
        <translation>Отступить от правила равнозначности может только руководитель.</translation>
    </message>
</context>
<context>
    <name>nov::OfficeSettings</name>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="45"/>
        <source>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</source>
        <translation>Параметр имеет недопустимое значение «%1»; ожидается целое число от %2 до %3.</translation>
    </message>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="51"/>
        <source>An administrator can correct it in the settings (default: %1).</source>
        <translation>Администратор может исправить его в настройках (значение по умолчанию: %1).</translation>
    </message>
</context>
<context>
    <name>nov::OverduePage</name>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="48"/>
        <source>Overdue &amp;as of:</source>
        <translation>Просрочено &amp;на дату:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="54"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Since</source>
        <translation>Начало отсчёта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Due</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="69"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="120"/>
        <source>decision on the offer</source>
        <translation>решение по предложению</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="120"/>
        <source>signed contract</source>
        <translation>подписание договора</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/OverduePage.cpp" line="130"/>
        <source>%n overdue case(s)</source>
        <translation>
            <numerusform>%n просроченное дело</numerusform>
            <numerusform>%n просроченных дела</numerusform>
            <numerusform>%n просроченных дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nov::PasswordHasher</name>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="23"/>
        <source>The password library could not start.</source>
        <translation>Не удалось запустить библиотеку защиты паролей.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="24"/>
        <source>Reinstall Novoselye.</source>
        <translation>Переустановите программу «Новоселье».</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="31"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Недостаточно памяти для защиты пароля.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="32"/>
        <source>Close other programs and try again.</source>
        <translation>Закройте другие программы и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="47"/>
        <source>The password must have at least 8 characters.</source>
        <translation>Пароль должен содержать не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="47"/>
        <location filename="../../app/auth/PasswordHasher.cpp" line="55"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="48"/>
        <source>A short sentence is easy to remember and hard to guess.</source>
        <translation>Короткую фразу легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <location filename="../../app/auth/PasswordHasher.cpp" line="55"/>
        <source>The password must contain letters and digits.</source>
        <translation>Пароль должен содержать буквы и цифры.</translation>
    </message>
</context>
<context>
    <name>nov::PersonalData</name>
    <message>
        <location filename="../../app/domain/PersonalData.cpp" line="46"/>
        <source>Seeing passport, SNILS and phone</source>
        <translation>Просмотр паспорта, СНИЛС и телефона</translation>
    </message>
</context>
<context>
    <name>nov::RelocationService</name>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="30"/>
        <source>The contract number is missing.</source>
        <translation>Не указан номер договора.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="31"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="35"/>
        <source>Enter the number printed on the contract.</source>
        <translation>Введите номер, напечатанный на договоре.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="34"/>
        <source>The contract number is longer than %1 characters.</source>
        <translation>Номер договора длиннее допустимого (символов: не более %1).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="38"/>
        <source>The contract type “%1” is unknown.</source>
        <translation>Неизвестный вид договора «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="39"/>
        <source>Choose one of: %1.</source>
        <translation>Выберите один из вариантов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="45"/>
        <source>The contract number %1 is already used in case %2.</source>
        <translation>Номер договора %1 уже использован в деле %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="46"/>
        <source>Check the number on the contract.</source>
        <translation>Проверьте номер на договоре.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="53"/>
        <source>Drafting a contract</source>
        <translation>Подготовка договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="65"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="102"/>
        <source>the contract draft</source>
        <translation>подготовки договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="65"/>
        <location filename="../../app/domain/RelocationService.cpp" line="213"/>
        <source>the consent</source>
        <translation>согласия</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="86"/>
        <source>The case has no contract, although its status needs one.</source>
        <translation>В деле нет договора, хотя его статус этого требует.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="128"/>
        <source>Ask an administrator to check the case&apos;s history.</source>
        <translation>Попросите администратора проверить историю дела.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="92"/>
        <source>Recording a signed contract</source>
        <translation>Регистрация подписанного договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="101"/>
        <source>the signature</source>
        <translation>подписания</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="113"/>
        <source>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</source>
        <translation>Нельзя выдать такое число комплектов ключей: %1; допускается от 1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="116"/>
        <source>Enter the number of key sets from the handover act.</source>
        <translation>Введите число комплектов ключей из акта приёма-передачи.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="137"/>
        <source>Scheduling a key handover</source>
        <translation>Назначение выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="147"/>
        <source>the key handover appointment</source>
        <translation>назначенной выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="148"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="212"/>
        <source>the contract signature</source>
        <translation>подписания договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="126"/>
        <source>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</source>
        <translation>Число вселяющихся жителей (%1) недопустимо: в домохозяйстве внесено жителей: %2 (за одну выдачу ключей учитывается не более %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="131"/>
        <source>Enter the household&apos;s residents first, or correct the number.</source>
        <translation>Сначала внесите жителей домохозяйства или исправьте число.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="194"/>
        <source>Key handover scheduled for %1.</source>
        <translation>Выдача ключей назначена на %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="201"/>
        <source>Recording a key handover</source>
        <translation>Регистрация выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="211"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="282"/>
        <source>the key handover</source>
        <translation>выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="270"/>
        <source>Marking the old apartment vacated</source>
        <translation>Отметка об освобождении старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="281"/>
        <source>the vacating of the old apartment</source>
        <translation>освобождения старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="37"/>
        <source>Recording the notification</source>
        <translation>Регистрация уведомления</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="43"/>
        <location filename="../../app/domain/RelocationService.cpp" line="63"/>
        <source>the notification</source>
        <translation>уведомления</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="45"/>
        <source>the inclusion in the programme</source>
        <translation>включения в программу</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="56"/>
        <source>Sending an offer</source>
        <translation>Направление предложения</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="62"/>
        <location filename="../../app/domain/RelocationService.cpp" line="171"/>
        <location filename="../../app/domain/RelocationService.cpp" line="215"/>
        <source>the offer letter</source>
        <translation>письма с предложением</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="109"/>
        <source>Choose an apartment from the list of free equivalent apartments.</source>
        <translation>Выберите квартиру из списка свободных равнозначных квартир.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="112"/>
        <source>%1 is in an old building; only apartments of new buildings can be offered.</source>
        <translation>%1 находится в старом доме; предлагать можно только квартиры в новых домах.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="117"/>
        <source>%1 is in a building still under construction.</source>
        <translation>%1 находится в доме, который ещё строится.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="125"/>
        <source>%1 is already offered to case %2.</source>
        <translation>%1 уже предложена по делу %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="126"/>
        <source>Choose another apartment; this one becomes free again if that household refuses.</source>
        <translation>Выберите другую квартиру; эта снова станет свободной, если то домохозяйство откажется.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="128"/>
        <source>%1 is not free (it is %2).</source>
        <translation>%1 не свободна (статус: %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="141"/>
        <source>%1 is not equivalent to the old apartment: %2.</source>
        <translation>%1 не равнозначна старой квартире: %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="143"/>
        <source>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</source>
        <translation>Выберите равнозначную квартиру или попросите руководителя отступить от правила с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="146"/>
        <source>Overriding the equivalence rule</source>
        <translation>Отступление от правила равнозначности</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="148"/>
        <source>An override of the equivalence rule needs a signed-in manager.</source>
        <translation>Для отступления от правила равнозначности в системе должен быть руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="149"/>
        <source>Sign in with a manager&apos;s account.</source>
        <translation>Войдите с учётной записью руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="156"/>
        <source>The case has no open offer, although its status needs one.</source>
        <translation>В деле нет действующего предложения, хотя его статус этого требует.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="161"/>
        <source>Recording a viewing</source>
        <translation>Регистрация осмотра квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="171"/>
        <location filename="../../app/domain/RelocationService.cpp" line="215"/>
        <source>the viewing</source>
        <translation>осмотра</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="180"/>
        <source>Recording a consent</source>
        <translation>Регистрация согласия</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="186"/>
        <source>Recording a refusal</source>
        <translation>Регистрация отказа</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="201"/>
        <source>The refusal reason “%1” is not one of the programme&apos;s reasons.</source>
        <translation>Причины отказа «%1» нет среди причин, предусмотренных программой.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="202"/>
        <source>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</source>
        <translation>Выберите причину из списка; для любой другой выберите «%1» и опишите её в примечании.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="207"/>
        <source>The refusal reason “%1” needs a note.</source>
        <translation>Для причины отказа «%1» требуется примечание.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="208"/>
        <source>Describe in the note why the household refused.</source>
        <translation>Опишите в примечании, почему домохозяйство отказалось.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="213"/>
        <source>the refusal</source>
        <translation>отказа</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="297"/>
        <source>technical condition</source>
        <translation>техническое состояние</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="298"/>
        <source>layout</source>
        <translation>планировка</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="300"/>
        <source>wants more area</source>
        <translation>требуется бо́льшая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="302"/>
        <source>wants several apartments</source>
        <translation>требуется несколько квартир</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="304"/>
        <source>wants another building</source>
        <translation>требуется другой дом</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="306"/>
        <source>wants another district</source>
        <translation>требуется другой район</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="307"/>
        <source>floor</source>
        <translation>этаж</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="308"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="317"/>
        <source>awaiting decision</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="318"/>
        <source>consented</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="319"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="320"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
</context>
<context>
    <name>nov::RescheduleCommand</name>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="21"/>
        <source>move the key handover appointment to %1</source>
        <translation>перенос выдачи ключей на %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="61"/>
        <source>The key handover appointment changed since it was moved; the move cannot be undone or redone.</source>
        <translation>Назначенная выдача ключей изменилась после переноса; перенос нельзя отменить или повторить.</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="63"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="64"/>
        <source>Look at the Key handover tab and schedule the appointment by hand.</source>
        <translation>Откройте вкладку «Выдача ключей» и назначьте выдачу вручную.</translation>
    </message>
</context>
<context>
    <name>nov::ResidentCommand</name>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="20"/>
        <source>add resident %1</source>
        <translation>добавление жителя %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="22"/>
        <source>remove resident %1</source>
        <translation>удаление жителя %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="24"/>
        <source>correct resident %1</source>
        <translation>исправление данных жителя %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="60"/>
        <source>The resident was changed elsewhere since this edit; it cannot be undone or redone.</source>
        <translation>После этой правки данные жителя были изменены в другом месте; её нельзя отменить или повторить.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentCommand.cpp" line="62"/>
        <source>Look at the member&apos;s current data and correct it by hand.</source>
        <translation>Просмотрите текущие данные члена семьи и исправьте их вручную.</translation>
    </message>
</context>
<context>
    <name>nov::ResidentDialog</name>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="44"/>
        <source>Correct resident — %1</source>
        <translation>Исправление данных жителя — %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="45"/>
        <source>Add a resident</source>
        <translation>Добавление жителя</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="51"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="52"/>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="54"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="57"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="58"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="60"/>
        <source>S&amp;ex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="61"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="62"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="68"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Родство:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="69"/>
        <source>S&amp;NILS:</source>
        <translation>&amp;СНИЛС:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="70"/>
        <source>112-233-445 95</source>
        <translation>112-233-445 95</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="71"/>
        <source>P&amp;assport:</source>
        <translation>П&amp;аспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="72"/>
        <source>45 12 345678</source>
        <translation>45 12 345678</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="73"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="74"/>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="137"/>
        <source>Enter the last name.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="138"/>
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="139"/>
        <source>Enter the birth date (dd.mm.yyyy).</source>
        <translation>Введите дату рождения (дд.мм.гггг).</translation>
    </message>
</context>
<context>
    <name>nov::ResidentService</name>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="48"/>
        <source>The resident does not exist (any more).</source>
        <translation>Житель не найден (возможно, уже удалён).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="49"/>
        <location filename="../../app/domain/ResidentService.cpp" line="183"/>
        <source>resident %1</source>
        <translation>житель %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="50"/>
        <source>Reopen the household card to see its current members.</source>
        <translation>Откройте карточку домохозяйства заново, чтобы увидеть текущий состав.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="60"/>
        <source>The last name is missing.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="60"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="61"/>
        <source>Enter the last name as in the passport.</source>
        <translation>Введите фамилию как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="63"/>
        <source>The first name is missing.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="63"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>Enter the first name as in the passport.</source>
        <translation>Введите имя как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>The sex is not set.</source>
        <translation>Не указан пол.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="66"/>
        <source>Choose male or female.</source>
        <translation>Выберите мужской или женский.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>The relation “%1” is unknown.</source>
        <translation>Неизвестная степень родства «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="69"/>
        <source>Choose the relation to the head of the household.</source>
        <translation>Выберите степень родства по отношению к главе домохозяйства.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="88"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="89"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="97"/>
        <source>This %1 already belongs to %2 (case %3).</source>
        <translation>%1 с этим номером уже указан у жителя %2 (дело %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="100"/>
        <source>Check the number on the document; one person is entered once.</source>
        <translation>Проверьте номер в документе: каждый человек вносится только один раз.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="106"/>
        <source>Adding a resident</source>
        <translation>Добавление жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="137"/>
        <source>Correcting a resident</source>
        <translation>Исправление данных жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="168"/>
        <source>Removing a resident</source>
        <translation>Удаление жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="181"/>
        <source>%1 is named by a milestone of the programme and cannot be removed.</source>
        <translation>%1 — получатель по юбилейному рубежу программы; удалить этого жителя нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="183"/>
        <source>Correct the resident&apos;s data instead.</source>
        <translation>Вместо этого исправьте данные жителя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="224"/>
        <source>head of household</source>
        <translation>глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="225"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="226"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="227"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="228"/>
        <source>brother or sister</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="229"/>
        <source>grandchild</source>
        <translation>внук или внучка</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="230"/>
        <source>other relation</source>
        <translation>иная степень родства</translation>
    </message>
</context>
<context>
    <name>nov::ScreenshotCommand</name>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="48"/>
        <source>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</source>
        <translation>сохранить страницу в PNG: screenshot PAGE --out FILE.png [--size WxH]</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="103"/>
        <source>--out FILE.png and --file are needed.</source>
        <translation>Нужны --out ФАЙЛ.png и --file.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="201"/>
        <source>Renders the main window with PAGE selected and its rows loaded to a PNG file, or a dialog (&quot;dialogs&quot;: every dialog into the folder --out).
Pages: %1.
Dialogs: %2.</source>
        <translation>Рисует главное окно с выбранной страницей PAGE и загруженными строками в PNG-файл или диалог («dialogs» — все диалоги в папку --out).
Страницы: %1.
Диалоги: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="206"/>
        <source>The PNG file to write.</source>
        <translation>PNG-файл для записи.</translation>
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
        <translation>Размер окна (по умолчанию: 1280x800).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="207"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="209"/>
        <source>Colours: light (default), dark or system.</source>
        <translation>Цвета: light (по умолчанию), dark или system.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="210"/>
        <source>THEME</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="212"/>
        <source>Show only the rows with this status (a list page&apos;s status filter).</source>
        <translation>Показать только строки с этим статусом (фильтр статуса списка).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="213"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="214"/>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="214"/>
        <source>The page to render.</source>
        <translation>Сохраняемая страница.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="217"/>
        <source>import: the CSV file the import wizard checks (its dry-run page is shown).</source>
        <translation>import: файл CSV, который проверяет мастер загрузки (показывается страница проверки).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="220"/>
        <source>Dialogs: the office&apos;s today (step dates), YYYY-MM-DD.</source>
        <translation>Для диалогов: «сегодня» отдела (даты шагов), ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="220"/>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="227"/>
        <source>which page? Name one of: %1.</source>
        <translation>какая страница? Укажите одну из: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="229"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="238"/>
        <source>unknown page &apos;%1&apos;; the pages are: %2.</source>
        <translation>неизвестная страница «%1»; доступные страницы: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="242"/>
        <source>--out FILE.png is needed.</source>
        <translation>требуется --out FILE.png.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="246"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</source>
        <translation>для --size нужно значение ШИРИНАxВЫСОТА, например 1280x800 (от 200x150 до %1x%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="269"/>
        <source>The page&apos;s rows did not arrive within %1 seconds.</source>
        <translation>Строки страницы не загрузились за отведённое время (%1 с).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="270"/>
        <source>Check the database with: novoselye stats</source>
        <translation>Проверьте базу данных командой: novoselye stats</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="279"/>
        <source>The picture cannot be written.</source>
        <translation>Не удаётся записать изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="281"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="284"/>
        <source>%1: %2×%3 pixels
</source>
        <translation>%1: %2×%3 пикс.
</translation>
    </message>
</context>
<context>
    <name>nov::StatsService::Stats</name>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="67"/>
        <source>Database: %1 (schema version %2)
</source>
        <translation>База данных: %1 (версия схемы %2)
</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="74"/>
        <source>Relocated residents: %1 in %2 households
</source>
        <translation>Переселено жителей: %1 (домохозяйств: %2)
</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="76"/>
        <source>Milestones reached: %1 of %2</source>
        <translation>Достигнуто юбилейных рубежей: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/StatsService.cpp" line="79"/>
        <source>; next target %1, %2 residents to go</source>
        <translation>; следующая цель — %1, осталось жителей: %2</translation>
    </message>
</context>
<context>
    <name>nov::StepCommand</name>
    <message>
        <location filename="../../ui/household/StepCommand.cpp" line="29"/>
        <source>The step cannot be recorded again.</source>
        <translation>Шаг нельзя записать повторно.</translation>
    </message>
</context>
<context>
    <name>nov::StepUndo</name>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="36"/>
        <source>Undoing a step</source>
        <translation>Отмена шага</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="43"/>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="46"/>
        <source>“%1” cannot be undone: %2</source>
        <translation>«%1» нельзя отменить: %2</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="47"/>
        <source>Look at the case&apos;s history; record a new step if the case needs one.</source>
        <translation>Посмотрите историю дела; если нужно, запишите новый шаг.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="51"/>
        <source>this step is final.</source>
        <translation>этот шаг окончательный.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="59"/>
        <source>it is no longer the case&apos;s latest step.</source>
        <translation>это уже не последний шаг дела.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="77"/>
        <source>the case has no live offer.</source>
        <translation>у дела нет действующего предложения.</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="98"/>
        <source>the records moved on since (an appointment, a contract or a viewing was recorded).</source>
        <translation>с тех пор записаны другие данные (назначение, договор или осмотр).</translation>
    </message>
    <message>
        <location filename="../../app/domain/StepUndo.cpp" line="104"/>
        <source>undone: %1</source>
        <translation>отменено: %1</translation>
    </message>
</context>
<context>
    <name>nov::TableExporter</name>
    <message>
        <location filename="../../app/io/RowPark.cpp" line="10"/>
        <location filename="../../app/io/XlsxSink.cpp" line="106"/>
        <source>The export&apos;s temporary file cannot be written.</source>
        <translation>Не удалось записать временный файл выгрузки.</translation>
    </message>
    <message>
        <location filename="../../app/io/RowPark.cpp" line="35"/>
        <source>The export&apos;s temporary file cannot be read.</source>
        <translation>Не удалось прочитать временный файл выгрузки.</translation>
    </message>
    <message>
        <location filename="../../app/io/CsvSink.cpp" line="21"/>
        <location filename="../../app/io/CsvSink.cpp" line="71"/>
        <location filename="../../app/io/CsvSink.cpp" line="77"/>
        <source>The file cannot be written.</source>
        <translation>Файл не записывается.</translation>
    </message>
    <message>
        <location filename="../../app/io/XlsxSink.cpp" line="32"/>
        <source>The workbook cannot be created.</source>
        <translation>Книгу Excel не удаётся создать.</translation>
    </message>
    <message>
        <location filename="../../app/io/XlsxSink.cpp" line="118"/>
        <source>The workbook cannot be written.</source>
        <translation>Книгу Excel не удаётся записать.</translation>
    </message>
</context>
<context>
    <name>nov::Validators</name>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="78"/>
        <location filename="../../app/domain/Validators.cpp" line="87"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="78"/>
        <source>SNILS must have 11 digits, written like 112-233-445 95.</source>
        <translation>СНИЛС должен содержать 11 цифр в виде 112-233-445 95.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="79"/>
        <source>Check the number on the SNILS card.</source>
        <translation>Проверьте номер по документу СНИЛС.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="85"/>
        <source>The SNILS check digits are wrong (%1 expected, %2 given).</source>
        <translation>Неверное контрольное число СНИЛС (ожидается %1, указано %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="88"/>
        <source>A digit was probably mistyped; check the number on the card.</source>
        <translation>Вероятно, допущена опечатка в цифре; сверьте номер с документом.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="96"/>
        <source>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</source>
        <translation>Паспорт указывается как серия из 4 цифр и номер из 6 цифр, например 45 12 345678.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="98"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="98"/>
        <source>Check the passport&apos;s series and number.</source>
        <translation>Проверьте серию и номер паспорта.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="104"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="106"/>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>VIN состоит из 17 символов, а введено символов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="107"/>
        <location filename="../../app/domain/Validators.cpp" line="113"/>
        <source>Copy the VIN from the vehicle passport (ЭПТС).</source>
        <translation>Перепишите VIN из электронного паспорта транспортного средства (ЭПТС).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="112"/>
        <source>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</source>
        <translation>VIN содержит только латинские буквы и цифры; символ «%1» недопустим.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="115"/>
        <source>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</source>
        <translation>VIN никогда не содержит букв I, O и Q (их легко спутать с 1 и 0); найдено: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="118"/>
        <source>Probably 1 or 0 was meant.</source>
        <translation>Вероятно, имелась в виду цифра 1 или 0.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="130"/>
        <source>A phone number has 10 digits after +7, like +7 495 123-45-67.</source>
        <translation>Номер телефона содержит 10 цифр после +7, например +7 495 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="131"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="131"/>
        <source>Check the number.</source>
        <translation>Проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="139"/>
        <source>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</source>
        <translation>«%1» не является датой; введите её в виде ДД.ММ.ГГГГ, например 10.01.2023.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="144"/>
        <source>&apos;%1&apos; is not a real calendar date.</source>
        <translation>«%1» — несуществующая календарная дата.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="145"/>
        <source>Check the day and the month.</source>
        <translation>Проверьте день и месяц.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <location filename="../../app/domain/Validators.cpp" line="158"/>
        <location filename="../../app/domain/Validators.cpp" line="161"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="158"/>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <location filename="../../app/domain/Validators.cpp" line="162"/>
        <source>Check the year.</source>
        <translation>Проверьте год.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="161"/>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата рождения %1 раньше 1900 года.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="174"/>
        <source>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</source>
        <translation>«%1» не является площадью в квадратных метрах (например, 44,5).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="177"/>
        <source>An area must be above 0 and below 1000 m²; %1 given.</source>
        <translation>Площадь должна быть больше 0 и меньше 1000 м²; указано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="184"/>
        <source>The total area must be above 0 m².</source>
        <translation>Общая площадь должна быть больше 0 м².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="184"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="186"/>
        <source>The living area must be above 0 m².</source>
        <translation>Жилая площадь должна быть больше 0 м².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="186"/>
        <location filename="../../app/domain/Validators.cpp" line="191"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="188"/>
        <source>The living area (%1 m²) is larger than the total area (%2 m²).</source>
        <translation>Жилая площадь (%1 м²) больше общей площади (%2 м²).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="191"/>
        <source>The living area is a part of the total area.</source>
        <translation>Жилая площадь входит в состав общей площади.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="197"/>
        <source>An apartment has 1 to 7 rooms; %1 given.</source>
        <translation>В квартире может быть от 1 до 7 комнат; указано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="197"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
</context>
<context>
    <name>nov::VehicleDialog</name>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="36"/>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="37"/>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="38"/>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="39"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../ui/gifts/VehicleDialog.cpp" line="40"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
</context>
<context>
    <name>nov::VehicleService</name>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="70"/>
        <source>The model must be Moskvich 3 or Moskvich 3e.</source>
        <translation>Модель должна быть «Москвич 3» или «Москвич 3e».</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="70"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="72"/>
        <source>The powertrain is unknown.</source>
        <translation>Неизвестная силовая установка.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="72"/>
        <location filename="../../app/domain/VehicleService.cpp" line="75"/>
        <source>Powertrain</source>
        <translation>Силовая установка</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="74"/>
        <source>The Moskvich 3e is electric and the Moskvich 3 has a petrol engine.</source>
        <translation>«Москвич 3e» — электромобиль, у «Москвича 3» бензиновый двигатель.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="75"/>
        <source>Choose the powertrain that matches the model.</source>
        <translation>Выберите силовую установку, подходящую к модели.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="77"/>
        <source>The colour must be white, black, red, grey or blue.</source>
        <translation>Цвет: белый, чёрный, красный, серый или синий.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="77"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="79"/>
        <source>The production number is a whole number above zero.</source>
        <translation>Заводской номер — целое число больше нуля.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="80"/>
        <location filename="../../app/domain/VehicleService.cpp" line="109"/>
        <source>Production no.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="80"/>
        <source>Copy it from the factory documents.</source>
        <translation>Перепишите его из заводских документов.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="83"/>
        <source>Describe the engine or motor in up to %1 characters.</source>
        <translation>Опишите двигатель не длиннее %1 знаков.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="84"/>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="84"/>
        <source>For example: %1.</source>
        <translation>Например: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="89"/>
        <source>An ЭПТС number has %1 digits.</source>
        <translation>Номер ЭПТС состоит из %1 цифр.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="89"/>
        <location filename="../../app/domain/VehicleService.cpp" line="111"/>
        <source>ЭПТС no.</source>
        <translation>№ ЭПТС</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="90"/>
        <source>Copy it from the electronic vehicle passport, or leave it empty.</source>
        <translation>Перепишите его из электронного паспорта ТС или оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="102"/>
        <source>The VIN %1 is already in the inventory.</source>
        <translation>VIN %1 уже есть в парке.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="102"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="103"/>
        <source>Check the VIN; each vehicle is entered once.</source>
        <translation>Проверьте VIN: каждый автомобиль вносится один раз.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="105"/>
        <source>%1 number %2 is already in the inventory (VIN %3).</source>
        <translation>%1 с заводским № %2 уже есть в парке (VIN %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="109"/>
        <source>Check the production number.</source>
        <translation>Проверьте заводской номер.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="110"/>
        <source>The ЭПТС number %1 already belongs to VIN %2.</source>
        <translation>Номер ЭПТС %1 уже принадлежит VIN %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="111"/>
        <source>Check the ЭПТС number.</source>
        <translation>Проверьте номер ЭПТС.</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="115"/>
        <source>Adding a vehicle</source>
        <translation>Добавление автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="135"/>
        <source>Editing a vehicle</source>
        <translation>Изменение автомобиля</translation>
    </message>
    <message>
        <location filename="../../app/domain/VehicleService.cpp" line="147"/>
        <source>The vehicle %1 was handed over as a gift; its record is kept as it was.</source>
        <translation>Автомобиль %1 вручён в подарок; его запись не меняется.</translation>
    </message>
</context>
<context>
    <name>nov::VerifyActDialog</name>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="21"/>
        <source>Verify act</source>
        <translation>Проверка акта</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="22"/>
        <source>XXXX-XXXX-XXXX-XXXX, or the text of the QR code</source>
        <translation>XXXX-XXXX-XXXX-XXXX или текст QR-кода</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="26"/>
        <source>Verification &amp;code:</source>
        <translation>&amp;Код проверки:</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="28"/>
        <source>&amp;Verify</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="52"/>
        <source>NOT genuine</source>
        <translation>НЕ подлинный</translation>
    </message>
    <message>
        <location filename="../../ui/certificates/VerifyActDialog.cpp" line="59"/>
        <source>Genuine: act %1, issued by this office and unchanged.</source>
        <translation>Подлинный: акт %1 выдан этим офисом и не изменён.</translation>
    </message>
</context>
<context>
    <name>nov::WorkflowStepDialog</name>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="29"/>
        <source>&amp;Notified on:</source>
        <translation>Дата &amp;уведомления:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="31"/>
        <source>Offer &amp;letter of:</source>
        <translation>Дата &amp;письма с предложением:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="33"/>
        <source>&amp;Viewed on:</source>
        <translation>Дата &amp;осмотра:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="35"/>
        <source>&amp;Consent given on:</source>
        <translation>Дата &amp;согласия:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="37"/>
        <source>Re&amp;fused on:</source>
        <translation>Дата о&amp;тказа:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="39"/>
        <source>&amp;Drafted on:</source>
        <translation>Дата &amp;подготовки:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="41"/>
        <source>&amp;Signed on:</source>
        <translation>Дата по&amp;дписания:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="43"/>
        <source>&amp;Appointment on:</source>
        <translation>Выдача &amp;назначена на:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="45"/>
        <source>Keys &amp;handed over on:</source>
        <translation>Дата в&amp;ыдачи ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="47"/>
        <source>&amp;Vacated on:</source>
        <translation>Дата &amp;освобождения:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="49"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="71"/>
        <source>%1 — case %2</source>
        <translation>%1 — дело %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — дело %2, сейчас «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="101"/>
        <source>This step cannot be undone: the residents count toward the programme and its milestones at once. Check the date and the key sets before recording.</source>
        <translation>Этот шаг нельзя отменить: жители сразу засчитываются в программу и её вехи. Проверьте дату и число комплектов ключей перед записью.</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="103"/>
        <source>This step cannot be undone: the old apartment leaves the stock.</source>
        <translation>Этот шаг нельзя отменить: старая квартира выбывает из фонда.</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="116"/>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="170"/>
        <source>Re&amp;ason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="173"/>
        <source>Required for “other”</source>
        <translation>Обязательно для причины «другое»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="174"/>
        <source>N&amp;ote:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="184"/>
        <source>as printed on the contract</source>
        <translation>как напечатано на договоре</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="185"/>
        <source>Contract &amp;number:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="190"/>
        <source>Contract &amp;type:</source>
        <translation>&amp;Вид договора:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="201"/>
        <source>&amp;Key sets:</source>
        <translation>&amp;Комплектов ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="210"/>
        <source>Residents &amp;moving in:</source>
        <translation>Вселяется &amp;жителей:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="216"/>
        <source>%n resident(s) move in and count toward the programme.</source>
        <translation>
            <numerusform>%n житель вселяется и учитывается в программе.</numerusform>
            <numerusform>%n жителя вселяются и учитываются в программе.</numerusform>
            <numerusform>%n жителей вселяются и учитываются в программе.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="218"/>
        <source>Residents:</source>
        <translation>Жители:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="223"/>
        <source>exchange contract</source>
        <translation>договор мены</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="225"/>
        <source>with purchase of extra space</source>
        <translation>с докупкой площади</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="227"/>
        <source>monetary compensation</source>
        <translation>денежная компенсация</translation>
    </message>
</context>
<context>
    <name>nov::db</name>
    <message>
        <location filename="../../db/Database.cpp" line="96"/>
        <location filename="../../db/DatabaseBackup.cpp" line="68"/>
        <source>The database file cannot be opened.</source>
        <translation>Не удаётся открыть файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="97"/>
        <source>Check the file&apos;s permissions, or restore it from a backup.</source>
        <translation>Проверьте права доступа к файлу или восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="103"/>
        <location filename="../../db/DatabaseBackup.cpp" line="83"/>
        <location filename="../../db/DatabaseBackup.cpp" line="94"/>
        <source>The file is damaged or is not a Novoselye database.</source>
        <translation>Файл повреждён или не является базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="104"/>
        <location filename="../../db/DatabaseBackup.cpp" line="84"/>
        <location filename="../../db/DatabaseBackup.cpp" line="95"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Восстановите базу данных из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="110"/>
        <location filename="../../db/DatabaseBackup.cpp" line="122"/>
        <source>The file is an SQLite database of another program, not a Novoselye database.</source>
        <translation>Файл является базой данных SQLite другой программы, а не базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="112"/>
        <source>Choose a Novoselye database or a new file name.</source>
        <translation>Выберите базу данных «Новоселья» или укажите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="116"/>
        <location filename="../../db/DatabaseBackup.cpp" line="127"/>
        <source>The database&apos;s version record cannot be read; the file is damaged.</source>
        <translation>Не удаётся прочитать запись о версии базы данных; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="258"/>
        <source>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Имя базы данных может содержать только латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="259"/>
        <source>Choose another database name.</source>
        <translation>Выберите другое имя базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="68"/>
        <location filename="../../db/Database.cpp" line="72"/>
        <location filename="../../db/Database.cpp" line="118"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="67"/>
        <location filename="../../db/Database.cpp" line="71"/>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="122"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>База данных создана более новой версией «Новоселья» (схема %1; эта программа поддерживает версии до %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="126"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Чтобы открыть её, установите более новую версию «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="69"/>
        <source>Check the file&apos;s permissions and the free disk space.</source>
        <translation>Проверьте права доступа к файлу и свободное место на диске.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="106"/>
        <source>The database refused the operation: %1</source>
        <translation>База данных отказала в операции: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="120"/>
        <source>The file holds no tables: it is not a Novoselye database.</source>
        <translation>В файле нет таблиц: это не база данных Новоселья.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="124"/>
        <source>Choose a Novoselye database.</source>
        <translation>Выберите базу данных Новоселья.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="128"/>
        <source>Choose another backup.</source>
        <translation>Выберите другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="131"/>
        <source>The database has schema version %1; this program knows versions 1 to %2.</source>
        <translation>У базы данных версия схемы %1; эта программа знает версии с 1 по %2.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="135"/>
        <source>Use the Novoselye version that made the file.</source>
        <translation>Используйте ту версию Новоселья, которая создала этот файл.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="158"/>
        <source>A file cannot be removed.</source>
        <translation>Не удаётся удалить файл.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="159"/>
        <source>Check that you may write in the folder.</source>
        <translation>Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="181"/>
        <source>The database file does not exist.</source>
        <translation>Файл базы данных не существует.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="182"/>
        <location filename="../../db/DatabaseBackup.cpp" line="261"/>
        <source>Check the path.</source>
        <translation>Проверьте путь.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="184"/>
        <source>The backup file already exists.</source>
        <translation>Файл резервной копии уже существует.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="185"/>
        <source>Choose a new file name; an existing file is never overwritten.</source>
        <translation>Выберите новое имя файла: существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="209"/>
        <source>The backup cannot start.</source>
        <translation>Не удаётся начать резервное копирование.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="229"/>
        <source>The backup was cancelled.</source>
        <translation>Резервное копирование отменено.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="230"/>
        <source>The backup could not be written.</source>
        <translation>Не удалось записать резервную копию.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="231"/>
        <source>Check the free disk space and that you may write there.</source>
        <translation>Проверьте свободное место на диске и право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="248"/>
        <source>The copy failed its check: %1</source>
        <translation>Копия не прошла проверку: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="249"/>
        <source>Check the disk, then try again.</source>
        <translation>Проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="251"/>
        <source>The copy does not hold the same rows as the database.</source>
        <translation>В копии не те же строки, что в базе данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="252"/>
        <source>Try again; if it repeats, check the disk.</source>
        <translation>Повторите попытку; если ошибка повторится, проверьте диск.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="169"/>
        <source>The backup file cannot be put in place.</source>
        <translation>Не удаётся поместить файл резервной копии на место.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="170"/>
        <source>Check that you may write there.</source>
        <translation>Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="261"/>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="69"/>
        <source>A column name cannot be copied.</source>
        <translation>Имя столбца не позволяет скопировать таблицу.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="82"/>
        <source>The rows of a table cannot be counted.</source>
        <translation>Не удаётся подсчитать строки таблицы.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="130"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Копирование отменено; ничего не скопировано.</translation>
    </message>
</context>
<context>
    <name>nov::db::ApartmentStockRepository</name>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="51"/>
        <source>The apartment does not exist.</source>
        <translation>Квартира не найдена.</translation>
    </message>
    <message>
        <location filename="../../db/ApartmentStockRepository.cpp" line="52"/>
        <source>Choose the apartment again from the list.</source>
        <translation>Выберите квартиру из списка заново.</translation>
    </message>
</context>
<context>
    <name>nov::db::AuditRepository</name>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="79"/>
        <source>row %1 is missing (deleted?)</source>
        <translation>строка %1 отсутствует (удалена?)</translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="82"/>
        <source>row %1 does not link to the row before it</source>
        <translation>строка %1 не связана с предыдущей строкой</translation>
    </message>
    <message>
        <location filename="../../db/AuditRepository.cpp" line="88"/>
        <source>row %1 was changed after it was written</source>
        <translation>строка %1 изменена после записи</translation>
    </message>
</context>
<context>
    <name>nov::db::CertificateRepository</name>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="135"/>
        <source>No key handover has this number.</source>
        <translation>Передачи ключей с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="136"/>
        <source>Choose a household whose keys were handed over.</source>
        <translation>Выберите семью, которой переданы ключи.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="189"/>
        <source>This milestone&apos;s car has not been handed over.</source>
        <translation>Автомобиль этого рубежа ещё не передан.</translation>
    </message>
    <message>
        <location filename="../../db/CertificateRepository.cpp" line="190"/>
        <source>Record the gift handover first.</source>
        <translation>Сначала отметьте передачу подарка.</translation>
    </message>
</context>
<context>
    <name>nov::db::Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="186"/>
        <source>The database file does not exist.</source>
        <translation>Файл базы данных не существует.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="188"/>
        <source>Check the path, or create a database with: novoselye demo --db PATH --scale small</source>
        <translation>Проверьте путь или создайте базу данных командой: novoselye demo --db PATH --scale small</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="191"/>
        <source>The folder for the database cannot be created.</source>
        <translation>Не удаётся создать папку для базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="193"/>
        <source>Check that you may write there.</source>
        <translation>Проверьте, что у вас есть права на запись в это место.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="204"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="287"/>
        <source>The PostgreSQL address is not understood.</source>
        <translation>Адрес PostgreSQL не распознан.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="288"/>
        <source>Write it as postgresql://user@host:port/database.</source>
        <translation>Укажите его в виде postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="309"/>
        <source>The database does not exist on the server.</source>
        <translation>На сервере нет такой базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="310"/>
        <source>Check the name, or create it with: novoselye demo --db URL</source>
        <translation>Проверьте имя или создайте базу командой: novoselye demo --db URL</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="312"/>
        <source>The server wants a password and none was given.</source>
        <translation>Сервер требует пароль, а он не указан.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="313"/>
        <source>Set PGPASSWORD or put the password in ~/.pgpass (or start Novoselye in a terminal or the window, which ask for it).</source>
        <translation>Задайте PGPASSWORD или запишите пароль в ~/.pgpass (либо запустите Новоселье в терминале или в окне — там пароль будет запрошен).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="317"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="318"/>
        <source>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Введите пароль по запросу, в переменной PGPASSWORD или в файле ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="319"/>
        <source>The database server cannot be reached.</source>
        <translation>Нет связи с сервером базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="320"/>
        <source>Check the address and that the server is running, or ask the administrator.</source>
        <translation>Проверьте адрес и работу сервера или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="355"/>
        <source>The database holds tables of another program, not a Novoselye database.</source>
        <translation>В базе данных таблицы другой программы, это не база «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="357"/>
        <source>Choose a Novoselye database or a new database name.</source>
        <translation>Выберите базу данных «Новоселья» или новое имя базы.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="359"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>База данных создана более новой версией «Новоселья» (схема %1; эта программа знает версии до %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="363"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Установите более новую версию «Новоселья», чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="481"/>
        <source>The database is busy: another clerk is saving a change.</source>
        <translation>База данных занята: другой специалист сохраняет изменения.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="482"/>
        <source>Try again in a moment.</source>
        <translation>Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="487"/>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="488"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="490"/>
        <source>The database is read-only.</source>
        <translation>База данных доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="491"/>
        <source>Check that you may write the database file and its folder.</source>
        <translation>Проверьте, что у вас есть права на запись в файл базы данных и его папку.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="492"/>
        <source>The database refused the operation: %1</source>
        <translation>База данных отклонила операцию: %1</translation>
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
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="295"/>
        <location filename="../../db/DatabaseBackup.cpp" line="300"/>
        <location filename="../../db/DatabaseBackup.cpp" line="304"/>
        <location filename="../../db/DatabaseBackup.cpp" line="309"/>
        <source>Use another backup.</source>
        <translation>Используйте другую резервную копию.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="299"/>
        <source>The database file is damaged (integrity check: %1).</source>
        <translation>Файл базы данных повреждён (проверка целостности: %1).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="307"/>
        <source>The database has rows that point to records that do not exist (%1).</source>
        <translation>В базе данных есть строки, ссылающиеся на несуществующие записи (%1).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="342"/>
        <source>The database is in use by another program or clerk.</source>
        <translation>База данных используется другой программой или другим сотрудником.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="344"/>
        <source>Close Novoselye everywhere else, then try again.</source>
        <translation>Закройте Новоселье на всех остальных компьютерах и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="352"/>
        <location filename="../../db/DatabaseBackup.cpp" line="358"/>
        <source>The current database cannot be kept as %1.</source>
        <translation>Не удаётся сохранить текущую базу данных как %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="354"/>
        <source>Check the free disk space and that you may write in the folder.</source>
        <translation>Проверьте свободное место на диске и право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="359"/>
        <source>Check the free disk space.</source>
        <translation>Проверьте свободное место на диске.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="364"/>
        <source>The restored database cannot be put in place.</source>
        <translation>Не удаётся поместить восстановленную базу данных на место.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="365"/>
        <source>Check that you may write in the folder.</source>
        <translation>Проверьте, что у вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="383"/>
        <source>Households without exactly one head of household</source>
        <translation>Семьи, у которых не ровно один глава</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="387"/>
        <source>Households marked as relocated without a key handover</source>
        <translation>Семьи со статусом «переселена» без выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="392"/>
        <source>Key handovers whose household is not marked as relocated</source>
        <translation>Выдачи ключей, чья семья не отмечена как переселённая</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="397"/>
        <source>Key handovers whose new apartment is not marked as occupied</source>
        <translation>Выдачи ключей, чья новая квартира не отмечена как заселённая</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="401"/>
        <source>Key handovers counting a number of residents the household never had</source>
        <translation>Выдачи ключей, в которых жителей больше, чем когда-либо было в семье</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="405"/>
        <source>Milestones that disagree with a recount of relocated residents</source>
        <translation>Рубежи, расходящиеся с пересчётом переселённых жителей</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="425"/>
        <location filename="../../db/DatabaseBackup.cpp" line="434"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="427"/>
        <source>The database file is damaged or holds rows its constraints refuse (integrity check)</source>
        <translation>Файл базы данных повреждён или содержит строки, нарушающие ограничения (проверка целостности)</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="436"/>
        <source>Rows that point to records that do not exist (foreign keys)</source>
        <translation>Строки, ссылающиеся на несуществующие записи (внешние ключи)</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="469"/>
        <source>The backup file already exists.</source>
        <translation>Файл резервной копии уже существует.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="470"/>
        <source>Choose a new file name; an existing file is never overwritten.</source>
        <translation>Выберите новое имя файла: существующий файл никогда не перезаписывается.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="496"/>
        <source>The copy failed its check: %1</source>
        <translation>Копия не прошла проверку: %1</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseBackup.cpp" line="497"/>
        <source>Check the disk, then try again.</source>
        <translation>Проверьте диск и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseCopy</name>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="153"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>У двух баз данных разные версии схемы (%1 и %2).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="157"/>
        <source>Open the source once with this version of Novoselye so that it is migrated, then copy again.</source>
        <translation>Откройте исходную базу этой версией Новоселья, чтобы она обновилась, и повторите копирование.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="167"/>
        <source>The target database has no table %1.</source>
        <translation>В целевой базе данных нет таблицы %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="169"/>
        <location filename="../../db/DatabaseCopy.cpp" line="222"/>
        <source>Copy into a database made by this version of Novoselye.</source>
        <translation>Копируйте в базу данных, созданную этой версией Новоселья.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../db/DatabaseCopy.cpp" line="174"/>
        <source>The target database is not empty (table %1 holds %n row(s)).</source>
        <translation>
            <numerusform>Целевая база данных не пуста (в таблице %1 %n строка).</numerusform>
            <numerusform>Целевая база данных не пуста (в таблице %1 %n строки).</numerusform>
            <numerusform>Целевая база данных не пуста (в таблице %1 %n строк).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="180"/>
        <source>Copy into a new database: give a database name that does not exist yet, it is created.</source>
        <translation>Копируйте в новую базу: укажите имя базы, которой ещё нет, — она будет создана.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="205"/>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Копирование отменено; ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="221"/>
        <source>The target database has no column %1.</source>
        <translation>В целевой базе данных нет столбца %1.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="237"/>
        <source>The copy of table %1 holds %2 rows instead of %3; nothing was copied.</source>
        <translation>В копии таблицы %1 строк: %2 вместо %3; ничего не скопировано.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseCopy.cpp" line="243"/>
        <source>Make sure nobody writes to the new database during the copy and try again.</source>
        <translation>Убедитесь, что во время копирования никто не пишет в новую базу, и повторите.</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseFile</name>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="28"/>
        <source>The path is a folder, not a database file.</source>
        <translation>Указанный путь — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="29"/>
        <source>Choose a file name, for example novoselye.db.</source>
        <translation>Укажите имя файла, например novoselye.db.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="32"/>
        <source>The database file cannot be read.</source>
        <translation>Не удаётся прочитать файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="33"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Проверьте, что файл существует и у вас есть права на его чтение и запись.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="37"/>
        <source>The file is empty: it is not a Novoselye database, or it was truncated.</source>
        <translation>Файл пуст: это не база данных «Новоселья», или файл был усечён.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="39"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Восстановите базу данных из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="42"/>
        <source>The file is not a Novoselye database.</source>
        <translation>Файл не является базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="43"/>
        <source>Choose a database file created by Novoselye, or a new file name.</source>
        <translation>Выберите файл базы данных, созданный «Новосельем», или укажите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="57"/>
        <source>The database file is damaged (its size does not match its page structure).</source>
        <translation>Файл базы данных повреждён (его размер не соответствует структуре страниц).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="59"/>
        <location filename="../../db/DatabaseFile.cpp" line="71"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="68"/>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>Файл базы данных усечён: в наличии %1 из %2 байт.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="78"/>
        <source>The database file cannot be created.</source>
        <translation>Не удаётся создать файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="79"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
</context>
<context>
    <name>nov::db::HouseholdRepository</name>
    <message>
        <location filename="../../db/HouseholdRepository.cpp" line="80"/>
        <source>The household does not exist.</source>
        <translation>Домохозяйство не найдено.</translation>
    </message>
</context>
<context>
    <name>nov::db::HousingRepository</name>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="61"/>
        <source>The apartment does not exist.</source>
        <translation>Квартира не найдена.</translation>
    </message>
    <message>
        <location filename="../../db/HousingRepository.cpp" line="77"/>
        <source>The building does not exist.</source>
        <translation>Дом не найден.</translation>
    </message>
</context>
<context>
    <name>nov::db::Migrator</name>
    <message>
        <location filename="../../db/Migrator.cpp" line="58"/>
        <source>The database schema (version %1) is newer than this program&apos;s (%2).</source>
        <translation>Схема базы данных (версия %1) новее, чем поддерживает эта программа (%2).</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="61"/>
        <source>Install the newer version of Novoselye.</source>
        <translation>Установите более новую версию «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="85"/>
        <source>Updating the database to version %1 (%2) failed; nothing was changed.</source>
        <translation>Не удалось обновить базу данных до версии %1 (%2); изменения не внесены.</translation>
    </message>
    <message>
        <location filename="../../db/Migrator.cpp" line="89"/>
        <source>Report this to the administrator with the details below.</source>
        <translation>Сообщите об этом администратору, приложив подробности ниже.</translation>
    </message>
</context>
<context>
    <name>nov::db::MilestoneRepository</name>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="36"/>
        <source>The key handover has not been recorded.</source>
        <translation>Выдача ключей не зарегистрирована.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="37"/>
        <source>Record the key handover first.</source>
        <translation>Сначала зарегистрируйте выдачу ключей.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="115"/>
        <source>The household has fewer residents than its key handover counts (no member number %1).</source>
        <translation>В домохозяйстве меньше жителей, чем учтено при выдаче ключей (нет члена семьи № %1).</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="118"/>
        <source>Enter the household&apos;s residents, then record the handover.</source>
        <translation>Внесите жителей домохозяйства, затем зарегистрируйте выдачу ключей.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="134"/>
        <source>The resident does not exist.</source>
        <translation>Житель не найден.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="215"/>
        <source>The milestone does not exist.</source>
        <translation>Такого рубежа нет.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="216"/>
        <source>Refresh the list; another manager may have removed it.</source>
        <translation>Обновите список: возможно, другой руководитель удалил запись.</translation>
    </message>
</context>
<context>
    <name>nov::db::PageQuery</name>
    <message>
        <location filename="../../db/PageQuery.cpp" line="57"/>
        <source>The list cannot be filtered this way.</source>
        <translation>Список нельзя отфильтровать таким образом.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="59"/>
        <source>Report this to the program&apos;s maintainers.</source>
        <translation>Сообщите об этом разработчикам программы.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="70"/>
        <source>The list cannot be sorted by this column.</source>
        <translation>Список нельзя отсортировать по этому столбцу.</translation>
    </message>
    <message>
        <location filename="../../db/PageQuery.cpp" line="72"/>
        <source>Choose another column to sort by.</source>
        <translation>Выберите другой столбец для сортировки.</translation>
    </message>
</context>
<context>
    <name>nov::db::VehicleRepository</name>
    <message>
        <location filename="../../db/VehicleRepository.cpp" line="37"/>
        <source>The vehicle does not exist.</source>
        <translation>Такого автомобиля нет.</translation>
    </message>
    <message>
        <location filename="../../db/VehicleRepository.cpp" line="38"/>
        <source>Refresh the list; another manager may have removed it.</source>
        <translation>Обновите список: возможно, другой руководитель удалил запись.</translation>
    </message>
</context>
</TS>
