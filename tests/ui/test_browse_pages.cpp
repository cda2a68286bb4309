// The clerk's browsing pages over a small demo database: what the residents page shows, and
// that search, filters and sorting give the rows an independent SQL query gives.
#include "BrowseTestSupport.h"
#include "MainWindow.h"
#include "Records.h"
#include "TestSupport.h"
#include "browse/BrowseDefinition.h"
#include "i18n/Translator.h"
#include "models/LazyTableModel.h"
#include "pages/BrowseFilterBar.h"
#include "pages/BrowsePage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace nov;

namespace {

class ResidentsPage : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::isolateSettings();
        QSettings().remove(QStringLiteral("browse"));
        s_dir = new test::TempDir;
        s_path = test::smallDemo(*s_dir);
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override {
        m_window = std::make_unique<MainWindow>(test::openDatabase(s_path));
        ASSERT_TRUE(m_window->showPage(QStringLiteral("residents")));
        m_window->show();
        m_page = m_window->browsePage(QStringLiteral("residents"));
        ASSERT_TRUE(m_page);
        m_model = m_page->model();
        ASSERT_TRUE(test::waitSettled(*m_model));
        m_page->filters()->setDebounce(10);
    }

    qint64 sqlCount(const QString &sql) {
        return test::scalar(m_window->database(), sql).toLongLong();
    }
    // The residents whose 'LAST FIRST' starts with `prefix`, counted here rather than in SQL.
    qint64 countByName(const QString &prefix) {
        QSqlQuery q(m_window->database().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT last_name, first_name FROM resident")));
        qint64 n = 0;
        while (q.next())
            n += db::ResidentRecord::nameKey(q.value(0).toString(), q.value(1).toString())
                     .startsWith(prefix);
        return n;
    }
    int column(const char *key) {
        return m_model->definition().columnIndex(QString::fromLatin1(key));
    }
    QString cell(int row, const char *key) {
        return m_model->data(m_model->index(row, column(key))).toString();
    }
    // Asks for every row, block by block, as scrolling through the table would.
    void loadAll() {
        for (int row = 0; row < m_model->rowCount(); row += m_model->blockSize()) {
            m_model->data(m_model->index(row, 0));
            ASSERT_TRUE(test::waitSettled(*m_model));
        }
    }
    // The first letters of a surname with Ё (or of any surname) typed as a clerk would:
    // lower case, Е for Ё.
    QString typedSurnamePrefix() {
        const QString surname =
            test::scalar(m_window->database(),
                         QStringLiteral("SELECT COALESCE((SELECT last_name FROM resident WHERE "
                                        "last_name LIKE '%ё%' LIMIT 1), (SELECT last_name FROM "
                                        "resident LIMIT 1))"))
                .toString();
        return surname.left(5).toLower().replace(QChar(0x0451), QChar(0x0435));
    }
    void type(const QString &text) {
        QLineEdit *box = m_page->searchBox();
        box->clear();
        for (QChar c : text) // keyClicks() knows ASCII only
            QTest::sendKeyEvent(QTest::Click, box, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(30); // the debounce
        ASSERT_TRUE(test::waitSettled(*m_model));
    }
    void clickHeader(int section) {
        QHeaderView *header = m_page->view()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        ASSERT_TRUE(test::waitSettled(*m_model));
    }

    static test::TempDir *s_dir;
    static QString s_path;
    std::unique_ptr<MainWindow> m_window;
    BrowsePage *m_page = nullptr;
    LazyTableModel *m_model = nullptr;
};

test::TempDir *ResidentsPage::s_dir = nullptr;
QString ResidentsPage::s_path;

} // namespace

TEST_F(ResidentsPage, ShowsEveryResidentWithTheirHousehold) {
    const qint64 residents = sqlCount(QStringLiteral("SELECT COUNT(*) FROM resident"));
    ASSERT_GT(residents, 1000);
    EXPECT_EQ(m_model->totalRows(), residents);
    EXPECT_EQ(m_model->rowCount(), residents);
    EXPECT_NE(cell(0, "last_name"), LazyTableModel::placeholder());
    EXPECT_FALSE(cell(0, "case_number").isEmpty());
    EXPECT_FALSE(cell(0, "district").isEmpty());
    EXPECT_EQ(m_model->headerData(column("birth_date"), Qt::Horizontal).toString(),
              QStringLiteral("Born"));
    const QString count = QLocale().toString(residents);
    EXPECT_TRUE(m_page->rowCountText().contains(count)) << m_page->rowCountText().toStdString();
    EXPECT_TRUE(m_window->statusBar()->findChildren<QLabel *>().size() >= 2);
    bool statusShowsCount = false;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        statusShowsCount = statusShowsCount || label->text().contains(count);
    EXPECT_TRUE(statusShowsCount);
}

TEST_F(ResidentsPage, RowsFarDownArriveWhenScrolledTo) {
    const int last = m_model->rowCount() - 1;
    m_page->view()->scrollToBottom();
    ASSERT_TRUE(test::waitSettled(*m_model));
    EXPECT_TRUE(m_model->isLoaded(last));
    EXPECT_NE(cell(last, "last_name"), LazyTableModel::placeholder());
}

TEST_F(ResidentsPage, SurnamePrefixFindsTheSameResidentsAsCountingByHand) {
    const QString typed = typedSurnamePrefix();
    const QString key = typed.toUpper();
    type(typed);
    const qint64 expected = countByName(key);
    ASSERT_GT(expected, 0) << typed.toStdString();
    EXPECT_EQ(m_model->totalRows(), expected);
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        EXPECT_TRUE(
            cell(row, "last_name").toUpper().replace(QChar(0x0401), QChar(0x0415)).startsWith(key));

    // the surname and the first letter of the first name
    const QString fullKey =
        db::ResidentRecord::nameKey(cell(0, "last_name"), cell(0, "first_name"));
    const QString surnameAndInitial = fullKey.left(fullKey.indexOf(QLatin1Char(' ')) + 2);
    type(surnameAndInitial.toLower());
    EXPECT_EQ(m_model->totalRows(), countByName(surnameAndInitial));

    type(QStringLiteral("Щщщщ"));
    EXPECT_EQ(m_model->totalRows(), 0);
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST_F(ResidentsPage, OkrugAndDistrictFiltersNarrowTheRows) {
    QComboBox *okrug = m_page->filters()->okrugFilter();
    okrug->setCurrentIndex(okrug->findData(QStringLiteral("ЮАО")));
    ASSERT_TRUE(test::waitSettled(*m_model));
    const QString joins = QStringLiteral(
        "SELECT COUNT(*) FROM resident r JOIN household h ON h.id = r.household_id "
        "JOIN apartment a ON a.id = h.old_apartment_id JOIN building b ON b.id = a.building_id "
        "JOIN district d ON d.id = b.district_id WHERE ");
    const qint64 inOkrug = sqlCount(joins + QStringLiteral("d.okrug_code = 'ЮАО'"));
    ASSERT_GT(inOkrug, 0);
    EXPECT_EQ(m_model->totalRows(), inOkrug);
    for (int row = 0; row < qMin(m_model->rowCount(), 50); ++row)
        EXPECT_EQ(cell(row, "okrug"), QStringLiteral("ЮАО"));

    QComboBox *district = m_page->filters()->districtFilter();
    ASSERT_GT(district->count(), 1);
    for (int i = 1; i < district->count(); ++i) {
        const qint64 id = district->itemData(i).toLongLong();
        const qint64 expected = sqlCount(joins + QStringLiteral("d.id = %1").arg(id));
        if (expected == 0)
            continue;
        district->setCurrentIndex(i);
        ASSERT_TRUE(test::waitSettled(*m_model));
        EXPECT_EQ(m_model->totalRows(), expected) << district->itemText(i).toStdString();
        EXPECT_EQ(cell(0, "district"), district->itemText(i));
        break;
    }

    okrug->setCurrentIndex(0);
    ASSERT_TRUE(test::waitSettled(*m_model));
    type(QStringLiteral("А"));
    okrug->setCurrentIndex(okrug->findData(QStringLiteral("ЮАО")));
    ASSERT_TRUE(test::waitSettled(*m_model));
    EXPECT_EQ(m_model->totalRows(),
              sqlCount(joins + QStringLiteral("d.okrug_code = 'ЮАО' AND r.name_key LIKE 'А%'")));
}

TEST_F(ResidentsPage, ClickingBornSortsByBirthDateBothWays) {
    const int born = column("birth_date");
    clickHeader(born);
    EXPECT_EQ(m_model->sortColumn(), born);
    EXPECT_EQ(m_page->view()->horizontalHeader()->sortIndicatorSection(), born);
    auto raw = [&](int row) {
        return m_model->data(m_model->index(row, born), LazyTableModel::RawValueRole).toString();
    };
    EXPECT_EQ(raw(0), test::scalar(m_window->database(),
                                   QStringLiteral("SELECT MIN(birth_date) FROM resident"))
                          .toString());
    for (int row = 1; row < m_model->blockSize(); ++row)
        ASSERT_LE(raw(row - 1), raw(row)) << row;

    clickHeader(born);
    EXPECT_EQ(m_model->sortOrder(), Qt::DescendingOrder);
    EXPECT_EQ(raw(0), test::scalar(m_window->database(),
                                   QStringLiteral("SELECT MAX(birth_date) FROM resident"))
                          .toString());
    for (int row = 1; row < m_model->blockSize(); ++row)
        ASSERT_GE(raw(row - 1), raw(row)) << row;

    // Columns without an index to sort on keep the order and the indicator where they are.
    clickHeader(column("district"));
    EXPECT_EQ(m_model->sortColumn(), born);
    EXPECT_EQ(m_page->view()->horizontalHeader()->sortIndicatorSection(), born);
}

// The count is never made on the GUI thread: right after a new search the page says it is
// counting (the answer comes from the worker's thread through the event loop), then shows it.
TEST_F(ResidentsPage, TheCountComesFromTheWorkerNotTheGuiThread) {
    QList<qint64> announced;
    QObject::connect(m_model, &LazyTableModel::totalRowsChanged,
                     [&](qint64 rows) { announced << rows; });
    BrowseRequest request = m_model->request();
    request.searchText = QStringLiteral("Б");
    m_model->setRequest(request);
    EXPECT_EQ(m_model->totalRows(), -1) << "counted while the GUI thread waited";
    ASSERT_TRUE(test::waitSettled(*m_model));
    const qint64 expected = countByName(QStringLiteral("Б"));
    EXPECT_EQ(m_model->totalRows(), expected);
    ASSERT_FALSE(announced.isEmpty());
    EXPECT_EQ(announced.first(), -1);
    EXPECT_EQ(announced.last(), expected);
}

TEST_F(ResidentsPage, AQuickSecondSearchWinsOverTheFirst) {
    QList<qint64> counts;
    QObject::connect(m_model, &LazyTableModel::totalRowsChanged,
                     [&](qint64 rows) { counts << rows; });
    BrowseRequest first = m_model->request();
    first.searchText = QStringLiteral("А");
    BrowseRequest second = m_model->request();
    second.searchText = QStringLiteral("Б");
    m_model->setRequest(first);
    // The worker answers the first search while this thread is busy; the answers wait in
    // the queue and arrive after the second search was asked for.
    QThread::msleep(300);
    m_model->setRequest(second);
    counts.clear();
    ASSERT_TRUE(test::waitSettled(*m_model));
    const qint64 expected = countByName(QStringLiteral("Б"));
    EXPECT_EQ(m_model->totalRows(), expected);
    EXPECT_EQ(counts, QList<qint64>({expected})) << "an answer to the first search got through";
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        ASSERT_TRUE(cell(row, "last_name").startsWith(QStringLiteral("Б"))) << row;
}

TEST_F(ResidentsPage, KeyboardSwitchesPagesAndFocusesSearch) {
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(m_window->pages()->currentWidget()->objectName(), QStringLiteral("households"));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->pages()->currentWidget()->objectName(), QStringLiteral("overview"));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    m_page->view()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_page->searchBox()->hasFocus());
}

TEST_F(ResidentsPage, HiddenColumnsAndWidthsAreRememberedNextTime) {
    QHeaderView *header = m_page->view()->horizontalHeader();
    const int patronymic = column("patronymic");
    const int snils = column("snils");
    header->setSectionHidden(patronymic, true);
    header->resizeSection(snils, 177);
    m_window->close(); // saves on the way out
    m_window.reset();

    MainWindow again(test::openDatabase(s_path));
    BrowsePage *page = again.browsePage(QStringLiteral("residents"));
    EXPECT_TRUE(page->view()->horizontalHeader()->isSectionHidden(patronymic));
    EXPECT_EQ(page->view()->horizontalHeader()->sectionSize(snils), 177);
    QSettings().remove(QStringLiteral("browse"));
}

// The other searches and filters of the residents page, typed and chosen as a clerk would,
// against counts made here from the plain rows: SNILS digits, a case number, part of the old
// address; the household's status; a range of birth dates.
TEST_F(ResidentsPage, SnilsCaseAddressStatusAndBirthDatesFilterLikeTheRows) {
    struct Row {
        QString snils, caseNumber, address, status;
        QDate born;
    };
    QList<Row> rows;
    QSqlQuery q(m_window->database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT r.snils, h.case_number, b.address, h.status, r.birth_date FROM resident r "
        "JOIN household h ON h.id = r.household_id JOIN apartment a ON a.id = "
        "h.old_apartment_id JOIN building b ON b.id = a.building_id")));
    while (q.next())
        rows << Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate)};
    ASSERT_GT(rows.size(), 1000);
    auto count = [&](auto matches) {
        return qint64(std::count_if(rows.begin(), rows.end(), matches));
    };
    auto searchBy = [&](const char *mode) {
        QComboBox *modes = m_page->filters()->searchMode();
        modes->setCurrentIndex(modes->findData(QString::fromLatin1(mode)));
        ASSERT_GE(modes->currentIndex(), 0) << mode;
    };

    // SNILS: the first five digits of someone's, typed with the dash
    const QString snils = rows.at(rows.size() / 2).snils;
    ASSERT_EQ(snils.size(), 11);
    searchBy("snils");
    type(snils.left(3) + QLatin1Char('-') + snils.mid(3, 2));
    const qint64 bySnils = count([&](const Row &r) { return r.snils.startsWith(snils.left(5)); });
    EXPECT_EQ(m_model->totalRows(), bySnils);
    type(snils);
    EXPECT_EQ(m_model->totalRows(), 1);
    EXPECT_EQ(
        m_model->data(m_model->index(0, column("snils")), LazyTableModel::RawValueRole).toString(),
        snils);

    // a case number, whole and as its first characters
    const QString caseNumber = rows.at(rows.size() / 3).caseNumber;
    searchBy("case");
    type(caseNumber);
    const qint64 members = count([&](const Row &r) { return r.caseNumber == caseNumber; });
    ASSERT_GT(members, 0);
    EXPECT_EQ(m_model->totalRows(), members);
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row)
        EXPECT_EQ(cell(row, "case_number"), caseNumber);
    const QString casePrefix = caseNumber.left(caseNumber.size() - 1);
    type(casePrefix);
    EXPECT_EQ(m_model->totalRows(),
              count([&](const Row &r) { return r.caseNumber.startsWith(casePrefix); }));

    // part of the old address, in lower case
    const QString street = rows.first().address.section(QLatin1Char(' '), 1, 1).left(6).toLower();
    ASSERT_GE(street.size(), 4) << rows.first().address.toStdString();
    searchBy("address");
    type(street);
    // (Ё and Е are one letter to the search)
    auto plain = [](QString text) {
        return text.toLower().replace(QChar(0x0451), QChar(0x0435));
    };
    const qint64 onStreet =
        count([&](const Row &r) { return plain(r.address).contains(plain(street)); });
    ASSERT_GT(onStreet, 0);
    EXPECT_EQ(m_model->totalRows(), onStreet) << street.toStdString();
    m_page->searchBox()->clear();
    QTest::qWait(30);
    ASSERT_TRUE(test::waitSettled(*m_model));
    EXPECT_EQ(m_model->totalRows(), rows.size());

    // the household's status
    QComboBox *status = m_page->filters()->statusFilter();
    status->setCurrentIndex(status->findData(QStringLiteral("keys_handed_over")));
    ASSERT_GT(status->currentIndex(), 0);
    ASSERT_TRUE(test::waitSettled(*m_model));
    const qint64 movedIn =
        count([](const Row &r) { return r.status == QLatin1String("keys_handed_over"); });
    ASSERT_GT(movedIn, 0);
    EXPECT_EQ(m_model->totalRows(), movedIn);
    EXPECT_EQ(cell(0, "status"), status->currentText());
    status->setCurrentIndex(0);
    ASSERT_TRUE(test::waitSettled(*m_model));

    // born in the 1960s, both ends included
    QDateEdit *from = m_page->filters()->dateFromFilter();
    QDateEdit *to = m_page->filters()->dateToFilter();
    ASSERT_TRUE(from && to);
    const QDate first(1960, 1, 1), last(1969, 12, 31);
    from->setDate(first);
    to->setDate(last);
    QTest::qWait(30);
    ASSERT_TRUE(test::waitSettled(*m_model));
    const qint64 sixties = count([&](const Row &r) { return r.born >= first && r.born <= last; });
    ASSERT_GT(sixties, 0);
    EXPECT_EQ(m_model->totalRows(), sixties);
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate born = QDate::fromString(
            m_model->data(m_model->index(row, column("birth_date")), LazyTableModel::RawValueRole)
                .toString(),
            Qt::ISODate);
        ASSERT_TRUE(born >= first && born <= last) << row;
    }
    from->setDate(from->minimumDate());
    to->setDate(to->minimumDate());
    ASSERT_TRUE(test::waitSettled(*m_model));
}

// A coded value (a status, the stock, a deadline) is read in its column without being cut,
// in English and in Russian, at the pages' first widths.
TEST(BrowsePages, CodedValuesFitTheirColumnsInBothLanguages) {
    test::isolateSettings();
    QSettings().remove(QStringLiteral("browse"));
    test::TempDir dir;
    MainWindow window(test::openDatabase(test::smallDemo(dir)));
    window.show();
    Translator russian;
    ASSERT_TRUE(russian.loadLanguage(QStringLiteral("ru")));
    QStringList cut;
    for (const char *key :
         {"residents", "households", "relocations", "apartments", "buildings", "vehicles"}) {
        BrowsePage *page = window.browsePage(QString::fromLatin1(key));
        ASSERT_TRUE(page) << key;
        const QFontMetrics metrics(page->view()->font());
        QHeaderView *header = page->view()->horizontalHeader();
        const BrowseDefinition &definition = page->definition();
        for (int c = 0; c < definition.columns.size(); ++c) {
            header->setSectionHidden(c, false); // hidden ones come back at their first width
            const BrowseDefinition::Column &column = definition.columns.at(c);
            // the labels are the English source texts of this run: ask for both languages
            for (const QString &english : column.labels) {
                const QString inRussian = russian.translate("nov::BrowseCatalog", english.toUtf8());
                ASSERT_FALSE(inRussian.isEmpty()) << english.toStdString();
                for (const QString &label : {english, inRussian}) {
                    const int needs = metrics.horizontalAdvance(label) + 12;
                    if (header->sectionSize(c) < needs)
                        cut << QStringLiteral("%1/%2: «%3» needs %4 px, has %5")
                                   .arg(QString::fromLatin1(key), column.key, label)
                                   .arg(needs)
                                   .arg(header->sectionSize(c));
                }
            }
        }
    }
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u'\n').toStdString();
}
