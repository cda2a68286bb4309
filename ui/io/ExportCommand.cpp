#include "io/ExportCommand.h"

#include "Database.h"
#include "io/TableExporter.h"
#include "pages/BrowsePage.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace nov {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("nov::ExportCommand", text);
}
} // namespace

void ExportCommand::run(QWidget *parent, db::Database &db, const Actor &actor, BrowsePage *page) {
    if (!page)
        return;
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csvUtf8 = tr("CSV, UTF-8 (*.csv)");
    const QString csv1251 = tr("CSV, Windows-1251 for old Excel (*.csv)");
    QString filter = xlsx;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export"), page->definition().key + QStringLiteral(".xlsx"),
        xlsx + QStringLiteral(";;") + csvUtf8 + QStringLiteral(";;") + csv1251, &filter);
    if (path.isEmpty())
        return;
    TableExporter::Options options;
    options.format = filter == xlsx ? TableExporter::Format::Xlsx : TableExporter::Format::Csv;
    options.encoding = filter == csv1251 ? TextEncoding::Windows1251 : TextEncoding::Utf8;
    const QString suffix = options.format == TableExporter::Format::Xlsx ? QStringLiteral(".xlsx")
                                                                         : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    options.request = page->currentRequest();
    options.columns = page->visibleColumns();

    auto connection = db.reconnect();
    if (!connection) {
        QMessageBox::warning(parent, tr("Export"), connection.error().toText());
        return;
    }
    auto shared = std::shared_ptr<db::Database>(std::move(connection.value()));
    auto progress = new QProgressDialog(tr("Exporting %1…").arg(page->definition().title),
                                        tr("Cancel"), 0, 1000, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto permille = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<Result<qint64>>(qint64(0));
    auto *watcher = new QFutureWatcher<void>(progress);
    auto *timer = new QTimer(progress);
    QObject::connect(timer, &QTimer::timeout, progress,
                     [progress, permille] { progress->setValue(*permille); });
    QObject::connect(progress, &QProgressDialog::canceled, progress,
                     [cancelled] { *cancelled = true; });
    const BrowseDefinition *definition = &page->definition();
    QObject::connect(
        watcher, &QFutureWatcher<void>::finished, parent,
        [parent, progress, result, path, cancelled] {
            progress->hide();
            if (!result->ok() && !*cancelled)
                QMessageBox::warning(parent, tr("Export"), result->error().toText());
            else if (result->ok())
                QMessageBox::information(
                    parent, tr("Export"),
                    tr("%1 rows written to %2.").arg(QLocale().toString(result->value()), path));
            progress->deleteLater();
        });
    timer->start(100);
    watcher->setFuture(QtConcurrent::run([=] {
        *result = TableExporter(*shared).exportTo(
            actor, *definition, options, path, [permille, cancelled](qint64 done, qint64 total) {
                *permille = total > 0 ? int(done * 1000 / total) : 1000;
                return !cancelled->load();
            });
    }));
}

} // namespace nov
