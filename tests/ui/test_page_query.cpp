// Paged reading of big tables: whichever way a window of rows is reached (from the start,
// from the end, from rows read before), it holds the rows plain SQL gives; searches and
// sorts run on indexes.
#include "PageQuery.h"
#include "PageSources.h"
#include "TestSupport.h"
#include "browse/BrowseCatalog.h"
#include "browse/SearchText.h"

#include <QSqlQuery>

using namespace nov;

namespace {

class PageQueryTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_dir = new test::TempDir;
        s_path = test::smallDemo(*s_dir);
    }
    static void TearDownTestSuite() {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override {
        m_db = test::openDatabase(s_path);
        ASSERT_TRUE(m_db);
    }

    QList<qint64> ids(const QString &sql) {
        QList<qint64> list;
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(sql));
        while (q.next())
            list << q.value(0).toLongLong();
        return list;
    }
    db::PageQuery residentsBy(const char *column, Qt::SortOrder order) {
        db::PageQuery q(db::PageSources::residents());
        EXPECT_TRUE(q.orderBy(QString::fromLatin1(column), order).ok());
        return q;
    }
    QString plan(const db::PageQuery::Statement &statement) {
        auto lines = db::PageQuery::explain(*m_db, statement);
        EXPECT_TRUE(lines.ok());
        return lines ? lines->join(QLatin1Char('\n')) : QString();
    }
    // The plan of the key query inside a page statement: how the window of ids is found
    // (the outer query then sorts those few rows again).
    QString keyPlan(const db::PageQuery::Statement &statement) {
        const QString all = plan(statement);
        qsizetype from = all.indexOf(QLatin1String("MATERIALIZE k"));
        if (from < 0)
            from = all.indexOf(QLatin1String("CO-ROUTINE k"));
        const qsizetype to = all.indexOf(QLatin1String("SCAN k"));
        EXPECT_TRUE(from >= 0 && to > from) << all.toStdString();
        return all.mid(from, to - from);
    }

    static test::TempDir *s_dir;
    static QString s_path;
    std::unique_ptr<db::Database> m_db;
};

test::TempDir *PageQueryTest::s_dir = nullptr;
QString PageQueryTest::s_path;

} // namespace

TEST(SearchText, NormalisesTypedNamesLikeTheStoredKey) {
    EXPECT_EQ(SearchText::nameKey(QStringLiteral("  иванов   ив")), QStringLiteral("ИВАНОВ ИВ"));
    EXPECT_EQ(SearchText::nameKey(QStringLiteral("Иванов ")), QStringLiteral("ИВАНОВ "));
    EXPECT_EQ(SearchText::nameKey(QStringLiteral("Иванов")), QStringLiteral("ИВАНОВ"));
    EXPECT_EQ(SearchText::nameKey(QStringLiteral("Ёлкина Алёна")), QStringLiteral("ЕЛКИНА АЛЕНА"));
    EXPECT_EQ(SearchText::nameKey(QStringLiteral("   ")), QString());
    const auto [lower, upper] = SearchText::prefixRange(QStringLiteral("ИВАН"));
    EXPECT_EQ(lower, QStringLiteral("ИВАН"));
    EXPECT_EQ(upper, QStringLiteral("ИВАО"));
    EXPECT_EQ(SearchText::digits(QStringLiteral("123-456-789 01")), QStringLiteral("12345678901"));
    EXPECT_EQ(SearchText::containsPattern(QStringLiteral("50% _x")),
              QStringLiteral("%50\\% \\_x%"));
    EXPECT_EQ(SearchText::capitalised(QStringLiteral("ул. маршала соколовского, д. 1")),
              QStringLiteral("ул. Маршала Соколовского, д. 1"));
}

TEST_F(PageQueryTest, EveryWayToAWindowGivesThePlainSqlOrder) {
    const QList<qint64> expected =
        ids(QStringLiteral("SELECT id FROM resident ORDER BY birth_date DESC, id DESC"));
    const qint64 total = expected.size();
    db::PageQuery reference = residentsBy("birth_date", Qt::DescendingOrder);
    ASSERT_EQ(reference.count(*m_db).value(), total);

    // The residents source shows no id; compare birth dates and surnames by position instead.
    auto window = [&](db::PageQuery &q, qint64 offset, int limit) {
        auto page = q.fetch(*m_db, offset, limit);
        EXPECT_TRUE(page.ok());
        QStringList keys;
        for (const QVariantList &row : page->rows)
            keys << row.at(3).toString() + row.at(0).toString() + row.at(6).toString();
        return keys;
    };
    QSqlQuery all(m_db->connection());
    ASSERT_TRUE(all.exec(QStringLiteral("SELECT birth_date || last_name || COALESCE(snils, '') "
                                        "FROM resident ORDER BY birth_date DESC, id DESC")));
    QStringList plain;
    while (all.next())
        plain << all.value(0).toString();

    // forwards page by page (keyset from the previous page)
    db::PageQuery forwards = residentsBy("birth_date", Qt::DescendingOrder);
    QStringList read;
    for (qint64 offset = 0; offset < total; offset += 37)
        read += window(forwards, offset, 37);
    EXPECT_EQ(read, plain);

    // backwards from the end (count known, then keyset backwards)
    db::PageQuery backwards = residentsBy("birth_date", Qt::DescendingOrder);
    ASSERT_TRUE(backwards.count(*m_db).ok());
    QStringList reversed;
    for (qint64 offset = total - 50; offset > -50; offset -= 50) {
        const qint64 from = qMax<qint64>(0, offset);
        reversed = window(backwards, from, int(offset + 50 - from)) + reversed;
    }
    EXPECT_EQ(reversed, plain);

    // jumps: the middle, the last rows, back near the start
    for (qint64 offset : {total / 2, total - 10, qint64(5), total / 3 + 1})
        EXPECT_EQ(window(backwards, offset, 10), plain.mid(offset, 10)) << offset;
}

TEST_F(PageQueryTest, SnilsSortWithEmptyValuesPagesByOffset) {
    db::PageQuery q = residentsBy("snils", Qt::AscendingOrder);
    ASSERT_TRUE(q.count(*m_db).ok());
    QSqlQuery all(m_db->connection());
    ASSERT_TRUE(all.exec(QStringLiteral("SELECT snils FROM resident ORDER BY snils, id")));
    QVariantList plain;
    while (all.next())
        plain << all.value(0);
    QVariantList read;
    for (qint64 offset = 0; offset < plain.size(); offset += 100) {
        const auto page = q.fetch(*m_db, offset, 100);
        ASSERT_TRUE(page.ok());
        for (const QVariantList &row : page->rows)
            read << row.at(6);
    }
    EXPECT_EQ(read, plain);
}

TEST_F(PageQueryTest, SearchAndSortStayOnIndexes) {
    const BrowseDefinition *residents = BrowseCatalog::find(QStringLiteral("residents"));
    ASSERT_TRUE(residents);
    BrowseRequest request = residents->defaultRequest();
    request.searchText = QStringLiteral("Иванов");
    auto byName = residents->query(request);
    ASSERT_TRUE(byName.ok());
    QString p = keyPlan(byName->pageStatement(0, 100));
    EXPECT_TRUE(p.contains(QLatin1String("resident_name_key (name_key>? AND name_key<?)")))
        << p.toStdString();
    EXPECT_FALSE(p.contains(QLatin1String("TEMP B-TREE"))) << p.toStdString();
    EXPECT_TRUE(plan(byName->countStatement()).contains(QLatin1String("resident_name_key")));

    request.searchText.clear();
    request.sortColumn = QStringLiteral("birth_date");
    auto byBirth = residents->query(request);
    p = keyPlan(byBirth->pageStatement(0, 100));
    EXPECT_TRUE(p.contains(QLatin1String("COVERING INDEX resident_birth"))) << p.toStdString();
    EXPECT_FALSE(p.contains(QLatin1String("TEMP B-TREE"))) << p.toStdString();

    request.okrug = QStringLiteral("ЮАО");
    auto inOkrug = residents->query(request);
    p = plan(inOkrug->countStatement());
    EXPECT_TRUE(p.contains(QLatin1String("resident_household (household_id=?)")))
        << p.toStdString();
    EXPECT_TRUE(p.contains(QLatin1String("district_okrug (okrug_code=?)"))) << p.toStdString();
}

// Migration 0010 replaced resident_birth by resident_birth_date, birth_date alone, on SQLite
// (the rowid, the id, ends every index): paging by birth date still gives plain SQL's order,
// each next page continues from the last row read on the index, without sorting.
TEST_F(PageQueryTest, BirthDateSortPagesOnTheNarrowIndex) {
    EXPECT_EQ(
        test::scalar(
            *m_db, QStringLiteral("SELECT COUNT(*) FROM pragma_index_info('resident_birth_date')"))
            .toInt(),
        1);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        db::PageQuery q = residentsBy("birth_date", order);
        // birth date and SNILS (unique): ties on the date must come in id order
        QSqlQuery all(m_db->connection());
        ASSERT_TRUE(all.exec(
            order == Qt::AscendingOrder
                ? QStringLiteral("SELECT birth_date || ' ' || COALESCE(snils, '') FROM resident "
                                 "ORDER BY birth_date, id")
                : QStringLiteral("SELECT birth_date || ' ' || COALESCE(snils, '') FROM resident "
                                 "ORDER BY birth_date DESC, id DESC")));
        QStringList plain;
        while (all.next())
            plain << all.value(0).toString();
        QStringList read;
        for (qint64 offset = 0; offset < plain.size(); offset += 100) {
            const auto page = q.fetch(*m_db, offset, 100);
            ASSERT_TRUE(page.ok());
            for (const QVariantList &row : page->rows)
                read << row.at(3).toString() + QLatin1Char(' ') + row.at(6).toString();
            if (offset == 100) {
                const QString p = keyPlan(q.pageStatement(200, 100));
                EXPECT_TRUE(p.contains(QLatin1String("COVERING INDEX resident_birth_date")))
                    << p.toStdString();
                EXPECT_FALSE(p.contains(QLatin1String("TEMP B-TREE"))) << p.toStdString();
            }
        }
        EXPECT_EQ(read, plain);
    }
}

// Migration 0012 narrowed resident_name to resident_name_key (name_key alone) and
// apartment_area to apartment_total_area (total_area alone) on SQLite: the rowid ends both,
// so sorting by surname or by area still pages in plain SQL's (column, id) order, each page
// read on the index without sorting.
TEST_F(PageQueryTest, NameAndAreaSortsPageOnTheNarrowIndexes) {
    NOV_SQLITE_ONLY("reads SQLite's index list and query plans");
    struct Case {
        const db::PageSource &source;
        const char *column;  // the page's sort column
        const char *ordered; // plain SQL over the same table
        const char *index;
        int shown; // the sort column's place in a fetched row
    };
    const QList<Case> cases = {{db::PageSources::residents(), "last_name",
                                "SELECT last_name FROM resident ORDER BY name_key %1, id %1",
                                "resident_name_key", 0},
                               {db::PageSources::apartments(), "total_area",
                                "SELECT total_area FROM apartment ORDER BY total_area %1, id %1",
                                "apartment_total_area", 5}};
    for (const Case &c : cases) {
        SCOPED_TRACE(c.index);
        EXPECT_EQ(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM pragma_index_info('%1')")
                                          .arg(QLatin1String(c.index)))
                      .toInt(),
                  1);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            db::PageQuery q(c.source);
            ASSERT_TRUE(q.orderBy(QString::fromLatin1(c.column), order).ok());
            QSqlQuery all(m_db->connection());
            // SQL-SAFE: the direction is one of two constants.
            ASSERT_TRUE(all.exec(QString::fromLatin1(c.ordered).arg(
                order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"))));
            QStringList plain;
            while (all.next())
                plain << all.value(0).toString();
            ASSERT_GT(plain.size(), 300);
            QStringList read;
            for (qint64 offset = 0; offset < plain.size(); offset += 100) {
                const auto page = q.fetch(*m_db, offset, 100);
                ASSERT_TRUE(page.ok());
                for (const QVariantList &row : page->rows)
                    read << row.at(c.shown).toString();
                if (offset == 100) {
                    const QString p = keyPlan(q.pageStatement(200, 100));
                    EXPECT_TRUE(p.contains(QLatin1String(c.index))) << p.toStdString();
                    EXPECT_FALSE(p.contains(QLatin1String("TEMP B-TREE"))) << p.toStdString();
                }
            }
            EXPECT_EQ(read, plain);
        }
    }
}

TEST_F(PageQueryTest, ConditionsAndSortsComeOnlyFromTheWhitelist) {
    db::PageQuery q(db::PageSources::residents());
    EXPECT_FALSE(q.where(QStringLiteral("1=1; DROP TABLE resident"), {}).ok());
    EXPECT_FALSE(q.where(QStringLiteral("okrug"), {}).ok()); // one value is needed
    EXPECT_FALSE(
        q.orderBy(QStringLiteral("name_key; DROP TABLE resident"), Qt::AscendingOrder).ok());
    EXPECT_FALSE(q.orderBy(QStringLiteral("district"), Qt::AscendingOrder).ok()); // no index
    EXPECT_TRUE(q.where(QStringLiteral("okrug"), {QStringLiteral("' OR 1=1 --")}).ok());
    EXPECT_EQ(q.count(*m_db).value(), 0);
}

TEST_F(PageQueryTest, EveryPageReadsItsFirstRowsAndCount) {
    for (const BrowseDefinition *d : BrowseCatalog::all()) {
        auto q = d->query(d->defaultRequest());
        ASSERT_TRUE(q.ok()) << d->key.toStdString();
        auto count = q->count(*m_db);
        ASSERT_TRUE(count.ok()) << d->key.toStdString() << count.error().toText().toStdString();
        if (d->key != QLatin1String("audit")) { // a demo's audit log is empty
            EXPECT_GT(count.value(), 0) << d->key.toStdString();
        }
        auto page = q->fetch(*m_db, 0, 20);
        ASSERT_TRUE(page.ok()) << d->key.toStdString();
        EXPECT_EQ(page->rows.size(), qMin<qint64>(20, count.value()));
        for (int c = 0; c < d->columns.size(); ++c) {
            if (!d->sortable(c))
                continue;
            BrowseRequest r = d->defaultRequest();
            r.sortColumn = d->columns.at(c).key;
            auto sorted = d->query(r);
            ASSERT_TRUE(sorted.ok());
            EXPECT_TRUE(sorted->fetch(*m_db, 0, 5).ok()) << r.sortColumn.toStdString();
        }
    }
}

TEST_F(PageQueryTest, FilteredWindowsHoldTheRowsOfAPlainJoin) {
    const QString joins = QStringLiteral(
        "SELECT r.birth_date || r.last_name FROM resident r "
        "JOIN household h ON h.id = r.household_id JOIN apartment a ON a.id = h.old_apartment_id "
        "JOIN building b ON b.id = a.building_id JOIN district d ON d.id = b.district_id WHERE ");
    // an okrug (a few of the rows) and a household status (most of them)
    const QList<QPair<QString, QString>> filters = {
        {QStringLiteral("okrug"), QStringLiteral("d.okrug_code = 'ЮАО'")},
        {QStringLiteral("status"), QStringLiteral("h.status = 'included'")}};
    for (const auto &[condition, sql] : filters) {
        const QVariant value = condition == QLatin1String("okrug") ? QStringLiteral("ЮАО")
                                                                   : QStringLiteral("included");
        QSqlQuery all(m_db->connection());
        ASSERT_TRUE(all.exec(joins + sql + QStringLiteral(" ORDER BY r.birth_date, r.id")));
        QStringList plain;
        while (all.next())
            plain << all.value(0).toString();
        ASSERT_GT(plain.size(), 100);

        db::PageQuery q = residentsBy("birth_date", Qt::AscendingOrder);
        ASSERT_TRUE(q.where(condition, {value}).ok());
        EXPECT_EQ(q.count(*m_db).value(), plain.size());
        QStringList read;
        for (qint64 offset = 0; offset < plain.size(); offset += 64) {
            const auto page = q.fetch(*m_db, offset, 64);
            ASSERT_TRUE(page.ok()) << page.error().toText().toStdString();
            for (const QVariantList &row : page->rows)
                read << row.at(3).toString() + row.at(0).toString();
        }
        EXPECT_EQ(read, plain) << condition.toStdString();
        const auto tail = q.fetch(*m_db, plain.size() - 5, 10);
        ASSERT_TRUE(tail.ok());
        EXPECT_EQ(tail->rows.size(), 5);
        q.dropScopeTable(*m_db);
    }
}
