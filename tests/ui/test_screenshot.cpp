// `novoselye screenshot`: a PNG of the requested page and size, with the page's rows in it.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>

namespace {

struct CliRun {
    int code;
    QString err;
};

CliRun novoselye(const QStringList &arguments) {
    QProcess p;
    p.setProgram(QStringLiteral(NOVOSELYE_BINARY));
    p.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/nov-test"));
    p.setProcessEnvironment(env);
    p.start();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(ScreenshotCommand, WritesAPngOfTheRequestedSizeForEveryPage) {
    nov::test::TempDir dir;
    const QString db = nov::test::smallDemo(dir);
    for (const char *page :
         {"residents", "overview", "households", "relocations", "apartments", "buildings",
          "vehicles", "audit", "milestones", "overdue", "dashboard"}) {
        const QString out = dir.path(QStringLiteral("%1.png").arg(QLatin1String(page)));
        const CliRun r = novoselye({QStringLiteral("screenshot"), QString::fromLatin1(page),
                                    QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                                    QStringLiteral("--size"), QStringLiteral("900x640")});
        ASSERT_EQ(r.code, 0) << page << ": " << r.err.toStdString();
        const QImage image(out);
        ASSERT_FALSE(image.isNull()) << page;
        EXPECT_EQ(image.size(), QSize(900, 640)) << page;
        // not a blank picture: many colours (text, grid, header)
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        EXPECT_GT(colours.size(), 20) << page;
    }
}

TEST(ScreenshotCommand, UnknownPagesAndBadSizesAreUsageErrors) {
    nov::test::TempDir dir;
    const QString db = nov::test::smallDemo(dir);
    const QString out = dir.path(QStringLiteral("x.png"));
    CliRun r = novoselye({QStringLiteral("screenshot"), QStringLiteral("kitchen"),
                          QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("kitchen"))) << r.err.toStdString();
    // every page once, in the order of the tabs
    EXPECT_TRUE(r.err.contains(QLatin1String("the pages are: overview, residents, households, "
                                             "relocations, apartments, buildings, vehicles, "
                                             "audit, milestones, overdue, dashboard.")))
        << r.err.toStdString();
    r = novoselye({QStringLiteral("screenshot"), QStringLiteral("residents"),
                   QStringLiteral("--db"), db, QStringLiteral("--out"), out,
                   QStringLiteral("--size"), QStringLiteral("big")});
    EXPECT_EQ(r.code, 2);
    EXPECT_FALSE(QFile::exists(out));
    r = novoselye({QStringLiteral("screenshot"), QStringLiteral("residents"),
                   QStringLiteral("--db"), dir.path(QStringLiteral("missing.db")),
                   QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("missing.db"))));
}
