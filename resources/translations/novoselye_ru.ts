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
        <location filename="../../app/cli/AccountCommands.cpp" line="48"/>
        <source>write: novoselye user add LOGIN --role ROLE</source>
        <translation>укажите: novoselye user add LOGIN --role ROLE</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="52"/>
        <source>--role must be clerk, manager, admin or auditor.</source>
        <translation>значение --role должно быть clerk, manager, admin или auditor.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="67"/>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="71"/>
        <source>The same again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="75"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="75"/>
        <source>Try again.</source>
        <translation>Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="79"/>
        <source>The first account of a database must be an admin.</source>
        <translation>Первая учётная запись в базе данных должна быть администраторской.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="80"/>
        <source>Add --role admin.</source>
        <translation>Добавьте --role admin.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="92"/>
        <source>Account %1 (%2) created.
</source>
        <translation>Учётная запись %1 (%2) создана.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="98"/>
        <source>Checks that no audit log row was changed or deleted outside the program; names the first broken row.</source>
        <translation>Проверяет, что ни одна строка журнала аудита не была изменена или удалена в обход программы; называет первую нарушенную строку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="103"/>
        <source>write: novoselye audit verify --db PATH</source>
        <translation>укажите: novoselye audit verify --db PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="116"/>
        <source>The audit log was changed outside Novoselye: %1.</source>
        <translation>Журнал аудита изменён в обход программы «Новоселье»: %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="117"/>
        <source>audit_log row %1</source>
        <translation>строка %1 таблицы audit_log</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="118"/>
        <source>Restore the database from a backup made before that row&apos;s time and report the incident.</source>
        <translation>Восстановите базу данных из резервной копии, сделанной до времени этой строки, и сообщите об инциденте.</translation>
    </message>
    <message>
        <location filename="../../app/cli/AccountCommands.cpp" line="120"/>
        <source>The audit log is intact.
</source>
        <translation>Журнал аудита не нарушен.
</translation>
    </message>
</context>
<context>
    <name>BrowseFilterBar</name>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="45"/>
        <source>&amp;Search by:</source>
        <translation>&amp;Искать по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="52"/>
        <source>Results update as you type (Ctrl+F)</source>
        <translation>Результаты обновляются по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="71"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="90"/>
        <source>All okrugs</source>
        <translation>Все округа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="98"/>
        <source>&amp;Okrug:</source>
        <translation>&amp;Округ:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="99"/>
        <source>&amp;District:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="103"/>
        <source>Any</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="110"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="113"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="118"/>
        <source>%1 from:</source>
        <translation>%1 с:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="120"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowseFilterBar.cpp" line="134"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="121"/>
        <source>The list cannot be read: %1</source>
        <translation>Не удаётся прочитать список: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="123"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="125"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Ничего не найдено по заданному поиску и фильтрам.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/BrowsePage.cpp" line="155"/>
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
        <location filename="../../app/cli/BuiltinCommands.cpp" line="99"/>
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
        <location filename="../../app/cli/BuiltinCommands.cpp" line="115"/>
        <source>Prints rows per table, the programme counter (relocated residents) and reached milestones.</source>
        <translation>Выводит число строк в таблицах, счётчик программы (переселённые жители) и достигнутые юбилейные рубежи.</translation>
    </message>
    <message>
        <location filename="../../app/cli/BuiltinCommands.cpp" line="117"/>
        <source>Print JSON for scripts.</source>
        <translation>Вывести JSON для скриптов.</translation>
    </message>
</context>
<context>
    <name>CliSignIn</name>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="24"/>
        <source>Your login; the password comes from NOVOSELYE_PASSWORD or is asked.</source>
        <translation>Ваш логин; пароль берётся из NOVOSELYE_PASSWORD или запрашивается.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="25"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="32"/>
        <source>No password: there is no terminal to ask on.</source>
        <translation>Пароль не указан, а терминала для его запроса нет.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="34"/>
        <source>Set %1 for scripts.</source>
        <translation>Для скриптов задайте %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="51"/>
        <source>This command changes data and needs your account.</source>
        <translation>Эта команда изменяет данные, и для неё нужна ваша учётная запись.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="53"/>
        <source>Add --user LOGIN (the password from NOVOSELYE_PASSWORD or the terminal).</source>
        <translation>Добавьте --user LOGIN (пароль — из NOVOSELYE_PASSWORD или с терминала).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliSignIn.cpp" line="55"/>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <location filename="../../ui/models/LazyTableModel.cpp" line="145"/>
        <source>%1: click to sort</source>
        <translation>%1: нажмите, чтобы отсортировать</translation>
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
        <location filename="../../app/browse/BrowseCatalog.cpp" line="51"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="133"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="189"/>
        <source>Included</source>
        <translation>Включено в программу</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="52"/>
        <source>Notified</source>
        <translation>Уведомлено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="53"/>
        <source>Offer sent</source>
        <translation>Предложение направлено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="54"/>
        <source>Apartment viewed</source>
        <translation>Квартира осмотрена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="55"/>
        <source>Consented</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="56"/>
        <source>Refused</source>
        <translation>Отказ от предложения</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="57"/>
        <source>Contract drafted</source>
        <translation>Договор подготовлен</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="58"/>
        <source>Contract signed</source>
        <translation>Договор подписан</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="59"/>
        <source>Keys handed over</source>
        <translation>Ключи выданы</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="60"/>
        <source>Old apartment vacated</source>
        <translation>Старая квартира освобождена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="61"/>
        <source>Extra space purchase</source>
        <translation>Докупка площади</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="62"/>
        <source>Monetary compensation</source>
        <translation>Денежная компенсация</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="63"/>
        <source>Court</source>
        <translation>Судебное разбирательство</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="67"/>
        <source>Old (to vacate)</source>
        <translation>Старый (под отселение)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="67"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="71"/>
        <source>Okrug</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="74"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="83"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <source>Head</source>
        <translation>Глава</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="86"/>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="87"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="87"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="88"/>
        <source>Sibling</source>
        <translation>Брат/сестра</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="88"/>
        <source>Grandchild</source>
        <translation>Внук/внучка</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="89"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="92"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="107"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="93"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="94"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="95"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="116"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>M</source>
        <translation>М</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="96"/>
        <source>F</source>
        <translation>Ж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="97"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="98"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="99"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="100"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="101"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="128"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="102"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="103"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="134"/>
        <source>Old address</source>
        <translation>Старый адрес</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="104"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="135"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="164"/>
        <source>Apt.</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="108"/>
        <source>Surname, then first name: Иванов Ив</source>
        <translation>Фамилия, затем имя: Иванов Ив</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="109"/>
        <source>SNILS digits: 123-456-789</source>
        <translation>Цифры СНИЛС: 123-456-789</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="140"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="111"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="140"/>
        <source>Case number: 2019-00012</source>
        <translation>Номер дела: 2019-00012</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="113"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="144"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="163"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="173"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="198"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="206"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="114"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="145"/>
        <source>Part of the old address: Перовская</source>
        <translation>Часть старого адреса: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="125"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="129"/>
        <source>Head of household</source>
        <translation>Глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="130"/>
        <source>Members</source>
        <translation>Членов семьи</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="131"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="170"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="204"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="238"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="132"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="147"/>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="136"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="166"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="137"/>
        <source>Area, m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="142"/>
        <source>Member&apos;s surname</source>
        <translation>Фамилия члена семьи</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="143"/>
        <source>Surname of a member: Иванов</source>
        <translation>Фамилия члена семьи: Иванов</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="156"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="205"/>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="159"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="188"/>
        <source>Stock:</source>
        <translation>Фонд:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="160"/>
        <source>Free</source>
        <translation>Свободна</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="160"/>
        <source>Reserved (offer)</source>
        <translation>Забронирована (предложение)</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="161"/>
        <source>Occupied</source>
        <translation>Занята</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="161"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="191"/>
        <source>Vacated</source>
        <translation>Освобождена</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="162"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="197"/>
        <source>Stock</source>
        <translation>Фонд</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="165"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="167"/>
        <source>Total, m²</source>
        <translation>Общая, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="168"/>
        <source>Living, m²</source>
        <translation>Жилая, м²</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="169"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="175"/>
        <source>Cadastral number</source>
        <translation>Кадастровый номер</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="174"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="207"/>
        <source>Part of the address: Перовская</source>
        <translation>Часть адреса: Перовская</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="176"/>
        <source>Cadastral number: 77:03:0001</source>
        <translation>Кадастровый номер: 77:03:0001</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="185"/>
        <source>Buildings</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="190"/>
        <source>Being vacated</source>
        <translation>Отселяется</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="192"/>
        <source>Demolished</source>
        <translation>Снесён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="193"/>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="194"/>
        <source>Commissioned</source>
        <translation>Введён в эксплуатацию</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="195"/>
        <source>Settling</source>
        <translation>Заселяется</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="196"/>
        <source>Settled</source>
        <translation>Заселён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="199"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="208"/>
        <source>UNOM</source>
        <translation>УНОМ</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="202"/>
        <source>Floors</source>
        <translation>Этажность</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="203"/>
        <source>Built</source>
        <translation>Год постройки</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="208"/>
        <source>UNOM: 10020</source>
        <translation>УНОМ: 10020</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="218"/>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="220"/>
        <source>Moskvich 3</source>
        <translation>Москвич 3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="220"/>
        <source>Moskvich 3e</source>
        <translation>Москвич 3e</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="221"/>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="222"/>
        <source>In stock</source>
        <translation>На складе</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="222"/>
        <source>Reserved</source>
        <translation>Зарезервирован</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="223"/>
        <source>Handed over</source>
        <translation>Вручён</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="224"/>
        <source>Petrol, CVT</source>
        <translation>Бензин, вариатор</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="225"/>
        <source>Petrol, manual</source>
        <translation>Бензин, механика</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="226"/>
        <source>Electric</source>
        <translation>Электро</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="227"/>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="227"/>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="228"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="229"/>
        <source>Blue</source>
        <translation>Синий</translation>
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
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="232"/>
        <source>Powertrain</source>
        <translation>Силовая установка</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="233"/>
        <source>Engine</source>
        <translation>Двигатель</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="234"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="235"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <source>Production no.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="236"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <source>EPTS no.</source>
        <translation>№ ЭПТС</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="237"/>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="245"/>
        <source>Produced</source>
        <translation>Дата выпуска</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="239"/>
        <source>Milestone</source>
        <translation>Юбилейный рубеж</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="241"/>
        <source>Part of the VIN: XMSM3</source>
        <translation>Часть VIN: XMSM3</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="242"/>
        <source>Production number: 2000</source>
        <translation>Заводской номер: 2000</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="244"/>
        <source>EPTS digits: 1643</source>
        <translation>Цифры ЭПТС: 1643</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="30"/>
        <source>Apartment %1 at %2</source>
        <translation>Квартира %1 по адресу %2</translation>
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
        <location filename="../../app/auth/Actor.cpp" line="86"/>
        <source>clerk</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="88"/>
        <source>manager</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="90"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../app/auth/Actor.cpp" line="92"/>
        <source>auditor</source>
        <translation>аудитор</translation>
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
    <name>nov::BrowseCatalog</name>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="118"/>
        <source>Residents: %1</source>
        <translation>Жителей: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="149"/>
        <source>Households: %1</source>
        <translation>Домохозяйств: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="178"/>
        <source>Apartments: %1</source>
        <translation>Квартир: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="211"/>
        <source>Buildings: %1</source>
        <translation>Домов: %1</translation>
    </message>
    <message>
        <location filename="../../app/browse/BrowseCatalog.cpp" line="247"/>
        <source>Vehicles: %1</source>
        <translation>Автомобилей: %1</translation>
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
    <name>nov::CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="76"/>
        <source>novoselye: error: %1</source>
        <translation>novoselye: ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="78"/>
        <source>where: %1</source>
        <translation>где: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="80"/>
        <source>what to do: %1</source>
        <translation>что делать: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="82"/>
        <source>details: %1</source>
        <translation>подробности: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="88"/>
        <source>novoselye: %1</source>
        <translation>novoselye: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="89"/>
        <source>Run &apos;novoselye --help&apos; for the list of commands.</source>
        <translation>Список команд: novoselye --help</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="90"/>
        <source>Run &apos;novoselye %1 --help&apos; for its options.</source>
        <translation>Параметры команды: novoselye %1 --help</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="97"/>
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
        <location filename="../../app/cli/CommandLine.cpp" line="102"/>
        <source>
Every command takes --db PATH (default: %1) and --help.
</source>
        <translation>
Каждая команда принимает --db PATH (по умолчанию: %1) и --help.
</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="110"/>
        <source>Database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="111"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="112"/>
        <source>Language of messages: ru or en.</source>
        <translation>Язык сообщений: ru или en.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="112"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="114"/>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="116"/>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="141"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>неизвестная команда «%1».</translation>
    </message>
</context>
<context>
    <name>nov::DemoBuilder</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="618"/>
        <source>Okrugs and districts</source>
        <translation>Округа и районы</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="619"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="666"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="676"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="665"/>
        <source>Households and residents</source>
        <translation>Домохозяйства и жители</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="675"/>
        <source>Milestones and gift vehicles</source>
        <translation>Юбилейные рубежи и подарочные автомобили</translation>
    </message>
</context>
<context>
    <name>nov::DemoGenerator</name>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="720"/>
        <source>Unknown demo scale &apos;%1&apos;.</source>
        <translation>Неизвестный масштаб демонстрационных данных «%1».</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="721"/>
        <source>Use one of: %1.</source>
        <translation>Укажите один из вариантов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="787"/>
        <source>The database already holds data; demo data goes into a new database only.</source>
        <translation>В базе данных уже есть данные; демонстрационные данные создаются только в новой базе.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="789"/>
        <source>Choose a new database name.</source>
        <translation>Выберите новое имя базы данных.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="801"/>
        <source>The file already exists; demo data goes into a new database only.</source>
        <translation>Файл уже существует; демонстрационные данные записываются только в новую базу данных.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="802"/>
        <source>Choose a new file name, or move the existing file away.</source>
        <translation>Укажите новое имя файла или переместите существующий файл.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="749"/>
        <source>Indexes</source>
        <translation>Индексы</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="761"/>
        <source>Statistics for the query planner</source>
        <translation>Статистика для планировщика запросов</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="825"/>
        <source>The demo database could not be moved into place.</source>
        <translation>Не удалось переместить демонстрационную базу данных на место.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="826"/>
        <source>Check that you may write in that folder.</source>
        <translation>Проверьте, что у вас есть права на запись в эту папку.</translation>
    </message>
    <message>
        <location filename="../../app/demo/DemoGenerator.cpp" line="795"/>
        <location filename="../../app/demo/DemoGenerator.cpp" line="830"/>
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
        <location filename="../../ui/household/ErrorLabel.cpp" line="33"/>
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
        <source>Demo data, small: about 2,000 residents (a few seconds)</source>
        <translation>Демонстрационные данные, малый объём: около 2 000 жителей (несколько секунд)</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="37"/>
        <source>Demo data, one district&apos;s worth: about 50,000 residents</source>
        <translation>Демонстрационные данные в объёме одного района: около 50 000 жителей</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="38"/>
        <source>Empty database</source>
        <translation>Пустая база данных</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="55"/>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <location filename="../../ui/FirstRunDialog.cpp" line="79"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>nov::GuiApplication</name>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="29"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/GuiApplication.cpp" line="40"/>
        <source>Novoselye</source>
        <translation>Новоселье</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdCard</name>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="104"/>
        <location filename="../../ui/household/HouseholdCard.cpp" line="126"/>
        <source>&amp;Next step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="111"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="125"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="128"/>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="131"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="134"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="170"/>
        <source>Household %1</source>
        <translation>Домохозяйство %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="171"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="173"/>
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="175"/>
        <source>Old apartment: %1, apt. %2, floor %3 · %n room(s) · %4 m² total, %5 m² living</source>
        <translation>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комната · общая площадь %4 м², жилая %5 м²</numerusform>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комнаты · общая площадь %4 м², жилая %5 м²</numerusform>
            <numerusform>Старая квартира: %1, кв. %2, этаж %3 · %n комнат · общая площадь %4 м², жилая %5 м²</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="181"/>
        <source>District: %1 (%2) · included on %3</source>
        <translation>Район: %1 (%2) · включено в программу %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="189"/>
        <source>The decision on the offer is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>Решение по предложению просрочено на %n день (срок %1).</numerusform>
            <numerusform>Решение по предложению просрочено на %n дня (срок %1).</numerusform>
            <numerusform>Решение по предложению просрочено на %n дней (срок %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdCard.cpp" line="191"/>
        <source>The signed contract is overdue by %n day(s) (due %1).</source>
        <translation>
            <numerusform>Подписание договора просрочено на %n день (срок %1).</numerusform>
            <numerusform>Подписание договора просрочено на %n дня (срок %1).</numerusform>
            <numerusform>Подписание договора просрочено на %n дней (срок %1).</numerusform>
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
        <translation>Ваша роль позволяет просматривать дело, но не регистрировать шаги.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="243"/>
        <source>Recorded: %1. The case is now «%2».</source>
        <translation>Выполнен шаг «%1». Статус дела: «%2».</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="255"/>
        <source>This handover reached the %1th resident of the programme.</source>
        <translation>Эта выдача ключей достигла рубежа: %1-й переселённый житель программы.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="260"/>
        <source>This handover changed milestones of the programme.</source>
        <translation>Эта выдача ключей изменила юбилейные рубежи программы.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="261"/>
        <source>Milestone of the programme</source>
        <translation>Юбилейный рубеж программы</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdCard.cpp" line="322"/>
        <source>%1 was removed from the household. Undo brings the resident back.</source>
        <translation>%1 — житель исключён из состава домохозяйства. Команда «Отменить» вернёт его.</translation>
    </message>
</context>
<context>
    <name>nov::HouseholdTabs</name>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="26"/>
        <source>awaiting decision</source>
        <translation>ожидает решения</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="28"/>
        <source>consented</source>
        <translation>согласие</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="30"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="32"/>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="45"/>
        <source>&amp;Members</source>
        <translation>&amp;Члены семьи</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="46"/>
        <source>&amp;Offers</source>
        <translation>Пред&amp;ложения</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Letter</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Apartment</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="47"/>
        <source>Total / living, m²</source>
        <translation>Общая / жилая, м²</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Viewed</source>
        <translation>Дата осмотра</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Decided</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="48"/>
        <source>Refusal reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="49"/>
        <source>Override</source>
        <translation>Отступление от равнозначности</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="50"/>
        <source>&amp;Contract</source>
        <translation>Дого&amp;вор</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Type:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Drafted on:</source>
        <translation>Дата подготовки:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="51"/>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="53"/>
        <source>&amp;Key handover</source>
        <translation>Выдача &amp;ключей</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Appointment:</source>
        <translation>Назначено на:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Handed over on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Key sets:</source>
        <translation>Комплектов ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="54"/>
        <source>Residents moving in:</source>
        <translation>Вселяется жителей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="55"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>From</source>
        <translation>Из статуса</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>To</source>
        <translation>В статус</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="56"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="57"/>
        <source>&amp;Deadlines</source>
        <translation>С&amp;роки</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Since</source>
        <translation>Начало отсчёта</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>Due</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="58"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="113"/>
        <source>%1, apt. %2, floor %3</source>
        <translation>%1, кв. %2, этаж %3</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="115"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="130"/>
        <source>No contract yet.</source>
        <translation>Договора пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="138"/>
        <source>No appointment yet.</source>
        <translation>Выдача ключей пока не назначена.</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="167"/>
        <source>met on %1</source>
        <translation>выполнено %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="169"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/HouseholdTabs.cpp" line="171"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="172"/>
        <source>Decision on the offer</source>
        <translation>Решение по предложению</translation>
    </message>
    <message>
        <location filename="../../ui/household/HouseholdTabs.cpp" line="173"/>
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
    <name>nov::LoginDialog</name>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="22"/>
        <source>Create the administrator account</source>
        <translation>Создание учётной записи администратора</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="22"/>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="24"/>
        <source>This database has no accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of the office&apos;s staff.</source>
        <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора; затем администратор создаст учётные записи сотрудников отдела.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="27"/>
        <source>Sign in with your Novoselye account.</source>
        <translation>Войдите с помощью своей учётной записи «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="34"/>
        <source>e.g. ivanova.ea</source>
        <translation>например, ivanova.ea</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="35"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="39"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="42"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="47"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="55"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="55"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="67"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/LoginDialog.cpp" line="90"/>
        <source>Novoselye</source>
        <translation>Новоселье</translation>
    </message>
</context>
<context>
    <name>nov::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="39"/>
        <source>Novoselye — relocation office</source>
        <translation>Новоселье — отдел переселения</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="41"/>
        <source>&amp;Overview</source>
        <translation>С&amp;водка</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="53"/>
        <source>O&amp;verdue</source>
        <translation>&amp;Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="58"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="66"/>
        <source>Database: %1 · signed in: %2 (%3)</source>
        <translation>База данных: %1 · вход: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="69"/>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="118"/>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="119"/>
        <source>The case %1 no longer exists.</source>
        <translation>Дела %1 больше нет.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="162"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="168"/>
        <source>Read the figures and lists from the database again (F5)</source>
        <translation>Заново прочитать сводку и списки из базы данных (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="169"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="177"/>
        <source>Search residents, households, apartments… (Ctrl+F)</source>
        <translation>Поиск жителей, домохозяйств, квартир… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="178"/>
        <source>&amp;Overdue cases</source>
        <translation>&amp;Просроченные дела</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="180"/>
        <source>Cases past the decision or contract deadline</source>
        <translation>Дела с истёкшим сроком решения или подписания договора</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="182"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="187"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="188"/>
        <source>The language changes when Novoselye starts next time.</source>
        <translation>Язык сменится при следующем запуске «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="198"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="206"/>
        <source>&amp;About Novoselye</source>
        <translation>&amp;О программе «Новоселье»</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="207"/>
        <source>About Novoselye</source>
        <translation>О программе «Новоселье»</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="208"/>
        <source>&lt;b&gt;Novoselye %1&lt;/b&gt;&lt;br&gt;Relocation office of Moscow&apos;s housing renovation programme: households, offers, contracts, key handovers, milestones and gift vehicles.</source>
        <translation>&lt;b&gt;Новоселье %1&lt;/b&gt;&lt;br&gt;Отдел переселения по программе реновации жилищного фонда Москвы: домохозяйства, предложения квартир, договоры, выдача ключей, юбилейные рубежи и подарочные автомобили.</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>What</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="223"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="237"/>
        <source>Okrugs</source>
        <translation>Округа</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="238"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="239"/>
        <source>Buildings</source>
        <translation>Дома</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="240"/>
        <source>Apartments</source>
        <translation>Квартиры</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="241"/>
        <source>Households</source>
        <translation>Домохозяйства</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="242"/>
        <source>Residents</source>
        <translation>Жители</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="243"/>
        <source>Offers</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="244"/>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="245"/>
        <source>Key handovers</source>
        <translation>Выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="246"/>
        <source>Milestones</source>
        <translation>Юбилейные рубежи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="247"/>
        <source>Gift vehicles</source>
        <translation>Подарочные автомобили</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="248"/>
        <source>Certificates</source>
        <translation>Акты</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="249"/>
        <source>User accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="250"/>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="251"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="253"/>
        <source>Case history entries</source>
        <translation>Записи истории дел</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="268"/>
        <source>&lt;h2&gt;%1 residents relocated&lt;/h2&gt;&lt;p&gt;in %2 households; milestones reached: %3 of %4.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Переселено жителей: %1&lt;/h2&gt;&lt;p&gt;Домохозяйств: %2; достигнуто юбилейных рубежей: %3 из %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="275"/>
        <source>&lt;p&gt;Next milestone: the %1th resident, %2 to go.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Следующий рубеж: %1-й житель, осталось %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="294"/>
        <source>%1 residents · %2 households</source>
        <translation>Жителей: %1 · домохозяйств: %2</translation>
    </message>
</context>
<context>
    <name>nov::MembersTab</name>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="34"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="44"/>
        <source>&amp;Add resident…</source>
        <translation>Доб&amp;авить жителя…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="45"/>
        <source>&amp;Correct…</source>
        <translation>Исправи&amp;ть…</translation>
    </message>
    <message>
        <location filename="../../ui/household/MembersTab.cpp" line="46"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>nov::MilestoneTracker::Change</name>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="149"/>
        <source>Milestone «%1» reached: %2 (case %3) is resident number %4.</source>
        <translation>Достигнут юбилейный рубеж «%1»: %2 (дело %3) — житель № %4.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="152"/>
        <source>A key handover dated earlier changed milestone «%1»: resident number %2 is now %3 (case %4) instead of %5 (case %6). The gift had not been handed over; the milestone now names the new resident.</source>
        <translation>Выдача ключей с более ранней датой изменила юбилейный рубеж «%1»: жителем № %2 теперь считается %3 (дело %4) вместо %5 (дело %6). Подарок ещё не был вручён; теперь рубеж относится к новому жителю.</translation>
    </message>
    <message>
        <location filename="../../app/domain/MilestoneTracker.cpp" line="158"/>
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
        <source>&amp;Reason:</source>
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
        <location filename="../../app/domain/OfficeSettings.cpp" line="39"/>
        <source>The setting has an invalid value “%1”; a whole number from %2 to %3 is expected.</source>
        <translation>Параметр имеет недопустимое значение «%1»; ожидается целое число от %2 до %3.</translation>
    </message>
    <message>
        <location filename="../../app/domain/OfficeSettings.cpp" line="45"/>
        <source>An administrator can correct it in the settings (default: %1).</source>
        <translation>Администратор может исправить его в настройках (значение по умолчанию: %1).</translation>
    </message>
</context>
<context>
    <name>nov::OverduePage</name>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="46"/>
        <source>Overdue &amp;as of:</source>
        <translation>Просрочено &amp;на дату:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="52"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Since</source>
        <translation>Начало отсчёта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Due</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="67"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="118"/>
        <source>decision on the offer</source>
        <translation>решение по предложению</translation>
    </message>
    <message>
        <location filename="../../ui/pages/OverduePage.cpp" line="118"/>
        <source>signed contract</source>
        <translation>подписание договора</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/OverduePage.cpp" line="128"/>
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
        <location filename="../../app/domain/RelocationHandover.cpp" line="32"/>
        <source>The contract number is missing.</source>
        <translation>Не указан номер договора.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="33"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="37"/>
        <source>Enter the number printed on the contract.</source>
        <translation>Введите номер, напечатанный на договоре.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="36"/>
        <source>The contract number is longer than %1 characters.</source>
        <translation>Номер договора длиннее допустимого (символов: не более %1).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="40"/>
        <source>The contract type “%1” is unknown.</source>
        <translation>Неизвестный вид договора «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="41"/>
        <source>Choose one of: %1.</source>
        <translation>Выберите один из вариантов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="47"/>
        <source>The contract number %1 is already used in case %2.</source>
        <translation>Номер договора %1 уже использован в деле %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="48"/>
        <source>Check the number on the contract.</source>
        <translation>Проверьте номер на договоре.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="55"/>
        <source>Drafting a contract</source>
        <translation>Подготовка договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="67"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="104"/>
        <source>the contract draft</source>
        <translation>подготовки договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="67"/>
        <location filename="../../app/domain/RelocationService.cpp" line="217"/>
        <source>the consent</source>
        <translation>согласия</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="88"/>
        <source>The case has no contract, although its status needs one.</source>
        <translation>В деле нет договора, хотя его статус этого требует.</translation>
    </message>
    <message>
        <location filename="../../app/domain/CaseStep.cpp" line="128"/>
        <source>Ask an administrator to check the case&apos;s history.</source>
        <translation>Попросите администратора проверить историю дела.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="94"/>
        <source>Recording a signed contract</source>
        <translation>Регистрация подписанного договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="103"/>
        <source>the signature</source>
        <translation>подписания</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="115"/>
        <source>%1 sets of keys cannot be handed over; from 1 to %2 are possible.</source>
        <translation>Нельзя выдать такое число комплектов ключей: %1; допускается от 1 до %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="118"/>
        <source>Enter the number of key sets from the handover act.</source>
        <translation>Введите число комплектов ключей из акта приёма-передачи.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="139"/>
        <source>Scheduling a key handover</source>
        <translation>Назначение выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="149"/>
        <source>the key handover appointment</source>
        <translation>назначенной выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="150"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="214"/>
        <source>the contract signature</source>
        <translation>подписания договора</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="128"/>
        <source>%1 residents cannot move in: the household has %2 residents entered (at most %3 are counted per handover).</source>
        <translation>Число вселяющихся жителей (%1) недопустимо: в домохозяйстве внесено жителей: %2 (за одну выдачу ключей учитывается не более %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="133"/>
        <source>Enter the household&apos;s residents first, or correct the number.</source>
        <translation>Сначала внесите жителей домохозяйства или исправьте число.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="196"/>
        <source>Key handover scheduled for %1.</source>
        <translation>Выдача ключей назначена на %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="203"/>
        <source>Recording a key handover</source>
        <translation>Регистрация выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="213"/>
        <location filename="../../app/domain/RelocationHandover.cpp" line="279"/>
        <source>the key handover</source>
        <translation>выдачи ключей</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="267"/>
        <source>Marking the old apartment vacated</source>
        <translation>Отметка об освобождении старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationHandover.cpp" line="278"/>
        <source>the vacating of the old apartment</source>
        <translation>освобождения старой квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="41"/>
        <source>Recording the notification</source>
        <translation>Регистрация уведомления</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="47"/>
        <location filename="../../app/domain/RelocationService.cpp" line="67"/>
        <source>the notification</source>
        <translation>уведомления</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="49"/>
        <source>the inclusion in the programme</source>
        <translation>включения в программу</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="60"/>
        <source>Sending an offer</source>
        <translation>Направление предложения</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="66"/>
        <location filename="../../app/domain/RelocationService.cpp" line="175"/>
        <location filename="../../app/domain/RelocationService.cpp" line="219"/>
        <source>the offer letter</source>
        <translation>письма с предложением</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="113"/>
        <source>Choose an apartment from the list of free equivalent apartments.</source>
        <translation>Выберите квартиру из списка свободных равнозначных квартир.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="116"/>
        <source>%1 is in an old building; only apartments of new buildings can be offered.</source>
        <translation>%1 находится в старом доме; предлагать можно только квартиры в новых домах.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="121"/>
        <source>%1 is in a building still under construction.</source>
        <translation>%1 находится в доме, который ещё строится.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="129"/>
        <source>%1 is already offered to case %2.</source>
        <translation>%1 уже предложена по делу %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="130"/>
        <source>Choose another apartment; this one becomes free again if that household refuses.</source>
        <translation>Выберите другую квартиру; эта снова станет свободной, если то домохозяйство откажется.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="132"/>
        <source>%1 is not free (it is %2).</source>
        <translation>%1 не свободна (статус: %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="145"/>
        <source>%1 is not equivalent to the old apartment: %2.</source>
        <translation>%1 не равнозначна старой квартире: %2.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="147"/>
        <source>Choose an equivalent apartment, or ask a manager to override the rule with a reason.</source>
        <translation>Выберите равнозначную квартиру или попросите руководителя отступить от правила с указанием причины.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="150"/>
        <source>Overriding the equivalence rule</source>
        <translation>Отступление от правила равнозначности</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="152"/>
        <source>An override of the equivalence rule needs a signed-in manager.</source>
        <translation>Для отступления от правила равнозначности в системе должен быть руководитель.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="153"/>
        <source>Sign in with a manager&apos;s account.</source>
        <translation>Войдите с учётной записью руководителя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="160"/>
        <source>The case has no open offer, although its status needs one.</source>
        <translation>В деле нет действующего предложения, хотя его статус этого требует.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="165"/>
        <source>Recording a viewing</source>
        <translation>Регистрация осмотра квартиры</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="175"/>
        <location filename="../../app/domain/RelocationService.cpp" line="219"/>
        <source>the viewing</source>
        <translation>осмотра</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="184"/>
        <source>Recording a consent</source>
        <translation>Регистрация согласия</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="190"/>
        <source>Recording a refusal</source>
        <translation>Регистрация отказа</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="205"/>
        <source>The refusal reason “%1” is not one of the programme&apos;s reasons.</source>
        <translation>Причины отказа «%1» нет среди причин, предусмотренных программой.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="206"/>
        <source>Choose a reason from the list; for any other, choose “%1” and describe it in the note.</source>
        <translation>Выберите причину из списка; для любой другой выберите «%1» и опишите её в примечании.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="211"/>
        <source>The refusal reason “%1” needs a note.</source>
        <translation>Для причины отказа «%1» требуется примечание.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="212"/>
        <source>Describe in the note why the household refused.</source>
        <translation>Опишите в примечании, почему домохозяйство отказалось.</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="217"/>
        <source>the refusal</source>
        <translation>отказа</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="301"/>
        <source>technical condition</source>
        <translation>техническое состояние</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="302"/>
        <source>layout</source>
        <translation>планировка</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="304"/>
        <source>wants more area</source>
        <translation>требуется бо́льшая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="306"/>
        <source>wants several apartments</source>
        <translation>требуется несколько квартир</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="308"/>
        <source>wants another building</source>
        <translation>требуется другой дом</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="310"/>
        <source>wants another district</source>
        <translation>требуется другой район</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="311"/>
        <source>floor</source>
        <translation>этаж</translation>
    </message>
    <message>
        <location filename="../../app/domain/RelocationService.cpp" line="312"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>nov::RescheduleCommand</name>
    <message>
        <location filename="../../ui/household/RescheduleCommand.cpp" line="20"/>
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
        <location filename="../../ui/household/ResidentDialog.cpp" line="42"/>
        <source>Correct resident — %1</source>
        <translation>Исправление данных жителя — %1</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="43"/>
        <source>Add a resident</source>
        <translation>Добавление жителя</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="49"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="50"/>
        <source>&amp;First name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="52"/>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="55"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="56"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="58"/>
        <source>&amp;Sex:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="59"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="60"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="66"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Родство:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="67"/>
        <source>S&amp;NILS:</source>
        <translation>&amp;СНИЛС:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="68"/>
        <source>112-233-445 95</source>
        <translation>112-233-445 95</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="69"/>
        <source>P&amp;assport:</source>
        <translation>П&amp;аспорт:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="70"/>
        <source>45 12 345678</source>
        <translation>45 12 345678</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="71"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="72"/>
        <source>+7 495 123-45-67</source>
        <translation>+7 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="135"/>
        <source>Enter the last name.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="136"/>
        <source>Enter the first name.</source>
        <translation>Введите имя.</translation>
    </message>
    <message>
        <location filename="../../ui/household/ResidentDialog.cpp" line="137"/>
        <source>Enter the birth date (dd.mm.yyyy).</source>
        <translation>Введите дату рождения (дд.мм.гггг).</translation>
    </message>
</context>
<context>
    <name>nov::ResidentService</name>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="52"/>
        <source>The resident does not exist (any more).</source>
        <translation>Житель не найден (возможно, уже удалён).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="53"/>
        <location filename="../../app/domain/ResidentService.cpp" line="187"/>
        <source>resident %1</source>
        <translation>житель %1</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="54"/>
        <source>Reopen the household card to see its current members.</source>
        <translation>Откройте карточку домохозяйства заново, чтобы увидеть текущий состав.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>The last name is missing.</source>
        <translation>Не указана фамилия.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="64"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="65"/>
        <source>Enter the last name as in the passport.</source>
        <translation>Введите фамилию как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="67"/>
        <source>The first name is missing.</source>
        <translation>Не указано имя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="67"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="68"/>
        <source>Enter the first name as in the passport.</source>
        <translation>Введите имя как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>The sex is not set.</source>
        <translation>Не указан пол.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="70"/>
        <source>Choose male or female.</source>
        <translation>Выберите мужской или женский.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="72"/>
        <source>The relation “%1” is unknown.</source>
        <translation>Неизвестная степень родства «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="72"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="73"/>
        <source>Choose the relation to the head of the household.</source>
        <translation>Выберите степень родства по отношению к главе домохозяйства.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="92"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="93"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="101"/>
        <source>This %1 already belongs to %2 (case %3).</source>
        <translation>%1 с этим номером уже указан у жителя %2 (дело %3).</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="104"/>
        <source>Check the number on the document; one person is entered once.</source>
        <translation>Проверьте номер в документе: каждый человек вносится только один раз.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="110"/>
        <source>Adding a resident</source>
        <translation>Добавление жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="141"/>
        <source>Correcting a resident</source>
        <translation>Исправление данных жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="172"/>
        <source>Removing a resident</source>
        <translation>Удаление жителя</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="185"/>
        <source>%1 is named by a milestone of the programme and cannot be removed.</source>
        <translation>%1 — получатель по юбилейному рубежу программы; удалить этого жителя нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="187"/>
        <source>Correct the resident&apos;s data instead.</source>
        <translation>Вместо этого исправьте данные жителя.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="228"/>
        <source>head of household</source>
        <translation>глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="229"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="230"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="231"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="232"/>
        <source>brother or sister</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="233"/>
        <source>grandchild</source>
        <translation>внук или внучка</translation>
    </message>
    <message>
        <location filename="../../app/domain/ResidentService.cpp" line="234"/>
        <source>other relation</source>
        <translation>иная степень родства</translation>
    </message>
</context>
<context>
    <name>nov::ScreenshotCommand</name>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="41"/>
        <source>render a page to a PNG: screenshot PAGE --out FILE.png [--size WxH]</source>
        <translation>сохранить страницу в PNG: screenshot PAGE --out FILE.png [--size WxH]</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="83"/>
        <source>Renders the main window with PAGE selected and its rows loaded to a PNG file.
Pages: %1.</source>
        <translation>Сохраняет в PNG-файл главное окно с выбранной страницей PAGE и загруженными строками.
Страницы: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="86"/>
        <source>The PNG file to write.</source>
        <translation>PNG-файл для записи.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="86"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="87"/>
        <source>Window size (default: 1280x800).</source>
        <translation>Размер окна (по умолчанию: 1280x800).</translation>
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
        <translation>Сохраняемая страница.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="96"/>
        <source>which page? Name one of: %1.</source>
        <translation>какая страница? Укажите одну из: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="98"/>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>лишний аргумент «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="103"/>
        <source>unknown page &apos;%1&apos;; the pages are: %2.</source>
        <translation>неизвестная страница «%1»; доступные страницы: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="107"/>
        <source>--out FILE.png is needed.</source>
        <translation>требуется --out FILE.png.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="111"/>
        <source>--size needs WIDTHxHEIGHT, e.g. 1280x800 (from 200x150 to %1x%1).</source>
        <translation>для --size нужно значение ШИРИНАxВЫСОТА, например 1280x800 (от 200x150 до %1x%1).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="114"/>
        <source>Screenshots need the windowed program&apos;s libraries.</source>
        <translation>Для снимков экрана нужны библиотеки оконной версии программы.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="115"/>
        <source>Run it as: novoselye screenshot …</source>
        <translation>Запускайте так: novoselye screenshot …</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="133"/>
        <source>The page&apos;s rows did not arrive within %1 seconds.</source>
        <translation>Строки страницы не загрузились за отведённое время (%1 с).</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="134"/>
        <source>Check the database with: novoselye stats</source>
        <translation>Проверьте базу данных командой: novoselye stats</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="141"/>
        <source>The picture cannot be written.</source>
        <translation>Не удаётся записать изображение.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="143"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <location filename="../../ui/ScreenshotCommand.cpp" line="146"/>
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
    <name>nov::Validators</name>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="40"/>
        <source>SNILS</source>
        <translation>СНИЛС</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="43"/>
        <source>SNILS must have 11 digits, written like 112-233-445 95.</source>
        <translation>СНИЛС должен содержать 11 цифр в виде 112-233-445 95.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="44"/>
        <source>Check the number on the SNILS card.</source>
        <translation>Проверьте номер по документу СНИЛС.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="48"/>
        <source>The SNILS check digits are wrong (%1 expected, %2 given).</source>
        <translation>Неверное контрольное число СНИЛС (ожидается %1, указано %2).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="50"/>
        <source>A digit was probably mistyped; check the number on the card.</source>
        <translation>Вероятно, допущена опечатка в цифре; сверьте номер с документом.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="57"/>
        <source>A passport number is a series of 4 digits and a number of 6 digits, like 45 12 345678.</source>
        <translation>Паспорт указывается как серия из 4 цифр и номер из 6 цифр, например 45 12 345678.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="59"/>
        <source>Check the passport&apos;s series and number.</source>
        <translation>Проверьте серию и номер паспорта.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="65"/>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="67"/>
        <source>A VIN has 17 characters; this one has %1.</source>
        <translation>VIN состоит из 17 символов, а введено символов: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="68"/>
        <location filename="../../app/domain/Validators.cpp" line="74"/>
        <source>Copy the VIN from the vehicle passport (ЭПТС).</source>
        <translation>Перепишите VIN из электронного паспорта транспортного средства (ЭПТС).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="73"/>
        <source>A VIN contains only Latin letters and digits; &apos;%1&apos; is not allowed.</source>
        <translation>VIN содержит только латинские буквы и цифры; символ «%1» недопустим.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="76"/>
        <source>A VIN never contains the letters I, O or Q (they look like 1 and 0); found &apos;%1&apos;.</source>
        <translation>VIN никогда не содержит букв I, O и Q (их легко спутать с 1 и 0); найдено: «%1».</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="79"/>
        <source>Probably 1 or 0 was meant.</source>
        <translation>Вероятно, имелась в виду цифра 1 или 0.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="91"/>
        <source>A phone number has 10 digits after +7, like +7 495 123-45-67.</source>
        <translation>Номер телефона содержит 10 цифр после +7, например +7 495 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="92"/>
        <source>Check the number.</source>
        <translation>Проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="110"/>
        <source>&apos;%1&apos; is not a date; write it as DD.MM.YYYY, e.g. 10.01.2023.</source>
        <translation>«%1» не является датой; введите её в виде ДД.ММ.ГГГГ, например 10.01.2023.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="115"/>
        <source>&apos;%1&apos; is not a real calendar date.</source>
        <translation>«%1» — несуществующая календарная дата.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="116"/>
        <source>Check the day and the month.</source>
        <translation>Проверьте день и месяц.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="121"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="126"/>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="127"/>
        <location filename="../../app/domain/Validators.cpp" line="130"/>
        <source>Check the year.</source>
        <translation>Проверьте год.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="129"/>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата рождения %1 раньше 1900 года.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="142"/>
        <source>&apos;%1&apos; is not an area in square metres (e.g. 44,5).</source>
        <translation>«%1» не является площадью в квадратных метрах (например, 44,5).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="145"/>
        <source>An area must be above 0 and below 1000 m²; %1 given.</source>
        <translation>Площадь должна быть больше 0 и меньше 1000 м²; указано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>The total area must be above 0 m².</source>
        <translation>Общая площадь должна быть больше 0 м².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="152"/>
        <source>Total area</source>
        <translation>Общая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <source>The living area must be above 0 m².</source>
        <translation>Жилая площадь должна быть больше 0 м².</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="154"/>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>Living area</source>
        <translation>Жилая площадь</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="156"/>
        <source>The living area (%1 m²) is larger than the total area (%2 m²).</source>
        <translation>Жилая площадь (%1 м²) больше общей площади (%2 м²).</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="159"/>
        <source>The living area is a part of the total area.</source>
        <translation>Жилая площадь входит в состав общей площади.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>An apartment has 1 to 7 rooms; %1 given.</source>
        <translation>В квартире может быть от 1 до 7 комнат; указано: %1.</translation>
    </message>
    <message>
        <location filename="../../app/domain/Validators.cpp" line="165"/>
        <source>Rooms</source>
        <translation>Комнат</translation>
    </message>
</context>
<context>
    <name>nov::WorkflowStepDialog</name>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="27"/>
        <source>&amp;Notified on:</source>
        <translation>Дата &amp;уведомления:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="29"/>
        <source>Offer &amp;letter of:</source>
        <translation>Дата &amp;письма с предложением:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="31"/>
        <source>&amp;Viewed on:</source>
        <translation>Дата &amp;осмотра:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="33"/>
        <source>&amp;Consent given on:</source>
        <translation>Дата &amp;согласия:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="35"/>
        <source>&amp;Refused on:</source>
        <translation>Дата о&amp;тказа:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="37"/>
        <source>&amp;Drafted on:</source>
        <translation>Дата &amp;подготовки:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="39"/>
        <source>&amp;Signed on:</source>
        <translation>Дата по&amp;дписания:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="41"/>
        <source>&amp;Appointment on:</source>
        <translation>Выдача &amp;назначена на:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="43"/>
        <source>Keys &amp;handed over on:</source>
        <translation>Дата в&amp;ыдачи ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="45"/>
        <source>&amp;Vacated on:</source>
        <translation>Дата &amp;освобождения:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="47"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="69"/>
        <source>%1 — case %2</source>
        <translation>%1 — дело %2</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2, now «%3»</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — дело %2, сейчас «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="97"/>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="151"/>
        <source>Re&amp;ason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="154"/>
        <source>Required for “other”</source>
        <translation>Обязательно для причины «другое»</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="155"/>
        <source>N&amp;ote:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="165"/>
        <source>as printed on the contract</source>
        <translation>как напечатано на договоре</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="166"/>
        <source>Contract &amp;number:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="171"/>
        <source>Contract &amp;type:</source>
        <translation>&amp;Вид договора:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="182"/>
        <source>&amp;Key sets:</source>
        <translation>&amp;Комплектов ключей:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="191"/>
        <source>Residents &amp;moving in:</source>
        <translation>Вселяется &amp;жителей:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="197"/>
        <source>%n resident(s) move in and count toward the programme.</source>
        <translation>
            <numerusform>%n житель вселяется и учитывается в программе.</numerusform>
            <numerusform>%n жителя вселяются и учитываются в программе.</numerusform>
            <numerusform>%n жителей вселяются и учитываются в программе.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="199"/>
        <source>Residents:</source>
        <translation>Жители:</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="204"/>
        <source>exchange contract</source>
        <translation>договор мены</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="206"/>
        <source>with purchase of extra space</source>
        <translation>с докупкой площади</translation>
    </message>
    <message>
        <location filename="../../ui/household/WorkflowStepDialog.cpp" line="208"/>
        <source>monetary compensation</source>
        <translation>денежная компенсация</translation>
    </message>
</context>
<context>
    <name>nov::db</name>
    <message>
        <location filename="../../db/Database.cpp" line="52"/>
        <source>The database file cannot be opened.</source>
        <translation>Не удаётся открыть файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="53"/>
        <source>Check the file&apos;s permissions, or restore it from a backup.</source>
        <translation>Проверьте права доступа к файлу или восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="59"/>
        <source>The file is damaged or is not a Novoselye database.</source>
        <translation>Файл повреждён или не является базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="60"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Восстановите базу данных из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="66"/>
        <source>The file is an SQLite database of another program, not a Novoselye database.</source>
        <translation>Файл является базой данных SQLite другой программы, а не базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="68"/>
        <source>Choose a Novoselye database or a new file name.</source>
        <translation>Выберите базу данных «Новоселья» или укажите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="72"/>
        <source>The database&apos;s version record cannot be read; the file is damaged.</source>
        <translation>Не удаётся прочитать запись о версии базы данных; файл повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="74"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="78"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>База данных создана более новой версией «Новоселья» (схема %1; эта программа поддерживает версии до %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="82"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Чтобы открыть её, установите более новую версию «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="205"/>
        <source>The database name may hold only Latin letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Имя базы данных может содержать только латинские буквы, цифры, «-» и «_».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="206"/>
        <source>Choose another database name.</source>
        <translation>Выберите другое имя базы данных.</translation>
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
    <name>nov::db::Database</name>
    <message>
        <location filename="../../db/Database.cpp" line="133"/>
        <source>The database file does not exist.</source>
        <translation>Файл базы данных не существует.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="135"/>
        <source>Check the path, or create a database with: novoselye demo --db PATH --scale small</source>
        <translation>Проверьте путь или создайте базу данных командой: novoselye demo --db PATH --scale small</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="138"/>
        <source>The folder for the database cannot be created.</source>
        <translation>Не удаётся создать папку для базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="140"/>
        <source>Check that you may write there.</source>
        <translation>Проверьте, что у вас есть права на запись в это место.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="151"/>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="234"/>
        <source>The PostgreSQL address is not understood.</source>
        <translation>Адрес PostgreSQL не распознан.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="235"/>
        <source>Write it as postgresql://user@host:port/database.</source>
        <translation>Укажите его в виде postgresql://пользователь@сервер:порт/база.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="256"/>
        <source>The database does not exist on the server.</source>
        <translation>На сервере нет такой базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="257"/>
        <source>Check the name, or create it with: novoselye demo --db URL</source>
        <translation>Проверьте имя или создайте базу командой: novoselye demo --db URL</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="259"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Сервер не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="260"/>
        <source>Give the password when asked, in PGPASSWORD or in ~/.pgpass.</source>
        <translation>Введите пароль по запросу, в переменной PGPASSWORD или в файле ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="261"/>
        <source>The database server cannot be reached.</source>
        <translation>Нет связи с сервером базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="262"/>
        <source>Check the address and that the server is running, or ask the administrator.</source>
        <translation>Проверьте адрес и работу сервера или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="292"/>
        <source>The database holds tables of another program, not a Novoselye database.</source>
        <translation>В базе данных таблицы другой программы, это не база «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="294"/>
        <source>Choose a Novoselye database or a new database name.</source>
        <translation>Выберите базу данных «Новоселья» или новое имя базы.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="296"/>
        <source>The database was created by a newer version of Novoselye (schema %1; this program knows up to %2).</source>
        <translation>База данных создана более новой версией «Новоселья» (схема %1; эта программа знает версии до %2).</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="300"/>
        <source>Install the newer version of Novoselye to open it.</source>
        <translation>Установите более новую версию «Новоселья», чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="386"/>
        <source>The database is busy: another clerk is saving a change.</source>
        <translation>База данных занята: другой специалист сохраняет изменения.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="387"/>
        <source>Try again in a moment.</source>
        <translation>Повторите попытку через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="392"/>
        <source>The database file is damaged.</source>
        <translation>Файл базы данных повреждён.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="393"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="395"/>
        <source>The database is read-only.</source>
        <translation>База данных доступна только для чтения.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="396"/>
        <source>Check that you may write the database file and its folder.</source>
        <translation>Проверьте, что у вас есть права на запись в файл базы данных и его папку.</translation>
    </message>
    <message>
        <location filename="../../db/Database.cpp" line="397"/>
        <source>The database refused the operation: %1</source>
        <translation>База данных отклонила операцию: %1</translation>
    </message>
</context>
<context>
    <name>nov::db::DatabaseFile</name>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="23"/>
        <source>The path is a folder, not a database file.</source>
        <translation>Указанный путь — папка, а не файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="24"/>
        <source>Choose a file name, for example novoselye.db.</source>
        <translation>Укажите имя файла, например novoselye.db.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="27"/>
        <source>The database file cannot be read.</source>
        <translation>Не удаётся прочитать файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="28"/>
        <source>Check that the file exists and that you may read and write it.</source>
        <translation>Проверьте, что файл существует и у вас есть права на его чтение и запись.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="32"/>
        <source>The file is empty: it is not a Novoselye database, or it was truncated.</source>
        <translation>Файл пуст: это не база данных «Новоселья», или файл был усечён.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="34"/>
        <source>Restore the database from a backup or choose another file.</source>
        <translation>Восстановите базу данных из резервной копии или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="37"/>
        <source>The file is not a Novoselye database.</source>
        <translation>Файл не является базой данных «Новоселья».</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="38"/>
        <source>Choose a database file created by Novoselye, or a new file name.</source>
        <translation>Выберите файл базы данных, созданный «Новосельем», или укажите новое имя файла.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="52"/>
        <source>The database file is damaged (its size does not match its page structure).</source>
        <translation>Файл базы данных повреждён (его размер не соответствует структуре страниц).</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="54"/>
        <location filename="../../db/DatabaseFile.cpp" line="59"/>
        <source>Restore the database from a backup.</source>
        <translation>Восстановите базу данных из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="56"/>
        <source>The database file is truncated: %1 of %2 bytes are there.</source>
        <translation>Файл базы данных усечён: в наличии %1 из %2 байт.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="66"/>
        <source>The database file cannot be created.</source>
        <translation>Не удаётся создать файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../db/DatabaseFile.cpp" line="67"/>
        <source>Check that the folder exists and that you may write there.</source>
        <translation>Проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
</context>
<context>
    <name>nov::db::HouseholdRepository</name>
    <message>
        <location filename="../../db/HouseholdRepository.cpp" line="72"/>
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
        <location filename="../../db/MilestoneRepository.cpp" line="112"/>
        <source>The household has fewer residents than its key handover counts (no member number %1).</source>
        <translation>В домохозяйстве меньше жителей, чем учтено при выдаче ключей (нет члена семьи № %1).</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="115"/>
        <source>Enter the household&apos;s residents, then record the handover.</source>
        <translation>Внесите жителей домохозяйства, затем зарегистрируйте выдачу ключей.</translation>
    </message>
    <message>
        <location filename="../../db/MilestoneRepository.cpp" line="131"/>
        <source>The resident does not exist.</source>
        <translation>Житель не найден.</translation>
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
</TS>
