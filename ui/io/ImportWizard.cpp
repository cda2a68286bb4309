#include "io/ImportWizard.h"

#include "Database.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace nov {

namespace {

QTableWidget *table(QWidget *parent) {
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void fill(QTableWidget *t, const QStringList &header, const QList<QStringList> &rows) {
    t->clear();
    t->setColumnCount(int(header.size()));
    t->setRowCount(int(rows.size()));
    t->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c)
            t->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    t->resizeColumnsToContents();
}

} // namespace

ImportWizard::ImportWizard(db::Database &db, const Actor &actor, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_actor(actor) {
    setWindowTitle(tr("Import from a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setPage(FilePage, createFilePage());
    setPage(FormatPage, createFormatPage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(ImportPage, createImportPage());
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    resize(Theme::scaled(this, 900, 600));
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportWizard::finished);
}

ImportWizard::~ImportWizard() {
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

QWizardPage *ImportWizard::createFilePage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("File"));
    page->setSubTitle(tr("A CSV file saved from Excel or sent by another office."));
    auto *form = new QFormLayout(page);
    m_kind = new QComboBox(page);
    m_kind->addItem(tr("Residents (registry of an old building)"), int(ImportKind::Residents));
    m_kind->addItem(tr("Apartments (old or new stock)"), int(ImportKind::Apartments));
    m_kind->addItem(tr("Gift vehicles (plant's shipment list)"), int(ImportKind::Vehicles));
    form->addRow(tr("The file &holds:"), m_kind);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    auto *browse = new QPushButton(tr("Ch&oose…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import from a spreadsheet"), m_path->text(),
                                         tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *fileLabel = new QLabel(tr("F&ile:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    return page;
}

QWizardPage *ImportWizard::createFormatPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Encoding and separator"));
    page->setSubTitle(tr("Detected from the file; change them if the preview looks wrong."));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_encoding = new QComboBox(page);
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("Windows-1251"), int(TextEncoding::Windows1251));
    m_encoding->addItem(QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LE));
    m_encoding->addItem(QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BE));
    m_separator = new QComboBox(page);
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_separator->addItem(tr("Comma ,"), QStringLiteral(","));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Separator:"), m_separator);
    layout->addLayout(form);
    m_detected = new QLabel(page);
    layout->addWidget(m_detected);
    m_preview = table(page);
    layout->addWidget(m_preview, 1);
    for (QComboBox *box : {m_encoding, m_separator})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            refreshPreview();
            fillMapping();
        });
    return page;
}

QWizardPage *ImportWizard::createMappingPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column of the file holds what. Found by the column names; "
                         "correct them where needed. Fields marked * are required."));
    auto *layout = new QVBoxLayout(page);
    m_mapping = new QTableWidget(page);
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping);
    return page;
}

QWizardPage *ImportWizard::createCheckPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check (nothing is stored yet)"));
    page->setSubTitle(tr("Every row is checked as if imported. Bad rows are listed with the "
                         "reason; the good ones can be imported now and the bad ones fixed "
                         "later from the error report."));
    auto *layout = new QVBoxLayout(page);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setWordWrap(true);
    layout->addWidget(m_checkSummary);
    layout->addWidget(new QLabel(tr("First rows as they will be stored:"), page));
    m_storedRows = table(page);
    layout->addWidget(m_storedRows, 1);
    layout->addWidget(new QLabel(tr("Bad rows:"), page));
    m_problems = table(page);
    layout->addWidget(m_problems, 1);
    auto *form = new QFormLayout;
    m_allOrNothing = new QCheckBox(tr("&Import nothing if any row is bad"), page);
    form->addRow(m_allOrNothing);
    m_errorReport = new QLineEdit(page);
    form->addRow(tr("Error &report (bad rows to fix):"), m_errorReport);
    layout->addLayout(form);
    return page;
}

QWizardPage *ImportWizard::createImportPage() {
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("All rows are stored in one transaction: a cancel leaves the database "
                         "as it was."));
    auto *layout = new QVBoxLayout(page);
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel the import"), page);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelRequested = true; });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_importSummary = new QLabel(page);
    m_importSummary->setWordWrap(true);
    layout->addWidget(m_importSummary);
    layout->addStretch();
    auto *timer = new QTimer(page);
    connect(timer, &QTimer::timeout, this, [this] { m_progress->setValue(m_permille); });
    timer->start(100);
    return page;
}

void ImportWizard::setFile(const QString &path, ImportKind kind) {
    m_path->setText(path);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportKind ImportWizard::kind() const {
    return ImportKind(m_kind->currentData().toInt());
}

ImportOptions ImportWizard::options(bool dryRun) const {
    ImportOptions o;
    o.kind = kind();
    o.encoding = TextEncoding(m_encoding->currentData().toInt());
    const QString separator = m_separator->currentData().toString();
    o.separator = separator.isEmpty() ? QChar() : separator.at(0);
    o.dryRun = dryRun;
    o.allOrNothing = m_allOrNothing->isChecked();
    o.errorReportPath = dryRun ? QString() : m_errorReport->text();
    o.previewRows = 50;
    const QList<ImportField> fields = ImportService::fields(kind());
    for (int r = 0; r < m_mapping->rowCount() && r < fields.size(); ++r)
        if (auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1)))
            o.mapping.insert(fields.at(r).key, box->currentData().toInt());
    return o;
}

void ImportWizard::refreshPreview() {
    const QString separator = m_separator->currentData().toString();
    auto sample = ImportService::sample(m_path->text(), kind(),
                                        TextEncoding(m_encoding->currentData().toInt()),
                                        separator.isEmpty() ? QChar() : separator.at(0));
    if (!sample) {
        m_detected->setText(sample.error().toText());
        m_sample = {};
        fill(m_preview, {}, {});
        return;
    }
    m_sample = sample.value();
    const QString sep =
        m_sample.separator == QLatin1Char('\t') ? tr("Tab") : QString(m_sample.separator);
    m_detected->setText(tr("Read as %1, fields separated by “%2”.")
                            .arg(TextEncodings::name(m_sample.encoding), sep));
    fill(m_preview, m_sample.header, m_sample.rows);
}

void ImportWizard::fillMapping() {
    const QList<ImportField> fields = ImportService::fields(kind());
    m_mapping->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const ImportField &f = fields.at(r);
        m_mapping->setItem(
            r, 0, new QTableWidgetItem(f.required ? f.title + QStringLiteral(" *") : f.title));
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < m_sample.header.size(); ++c)
            box->addItem(m_sample.header.at(c), c);
        box->setCurrentIndex(box->findData(m_sample.mapping.value(f.key, -1)));
        m_mapping->setCellWidget(r, 1, box);
    }
}

void ImportWizard::initializePage(int id) {
    switch (id) {
    case FormatPage:
        refreshPreview();
        fillMapping();
        break;
    case CheckPage:
        m_checked = false;
        m_errorReport->setText(QFileInfo(m_path->text())
                                   .dir()
                                   .filePath(QFileInfo(m_path->text()).completeBaseName() +
                                             tr("-errors") + QStringLiteral(".csv")));
        start(true);
        break;
    case ImportPage:
        m_imported = false;
        start(false);
        break;
    default:
        break;
    }
}

bool ImportWizard::validateCurrentPage() {
    switch (currentId()) {
    case FilePage:
        if (!QFileInfo::exists(m_path->text())) {
            m_path->setFocus();
            m_path->setPlaceholderText(tr("Choose a file first"));
            return false;
        }
        return true;
    case MappingPage: {
        QStringList missing;
        const QList<ImportField> fields = ImportService::fields(kind());
        const ImportOptions o = options(true);
        for (const ImportField &f : fields)
            if (f.required && o.mapping.value(f.key, -1) < 0)
                missing << f.title;
        if (!missing.isEmpty()) {
            page(MappingPage)
                ->setSubTitle(
                    tr("Choose the columns of: %1.").arg(missing.join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }
    case CheckPage:
        return m_checked && !isRunning() && m_report.added > 0;
    case ImportPage:
        return !isRunning();
    default:
        return true;
    }
}

void ImportWizard::start(bool dryRun) {
    if (isRunning())
        return;
    m_dryRun = dryRun;
    m_permille = 0;
    m_cancelRequested = false;
    m_error.clear();
    m_cancel->setEnabled(!dryRun);
    m_importSummary->clear();
    m_checkSummary->setText(dryRun ? tr("Checking…") : m_checkSummary->text());
    button(QWizard::NextButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    const ImportOptions o = options(dryRun);
    const QString path = m_path->text();
    auto connection = m_db.reconnect();
    if (!connection) {
        m_error = connection.error().toText();
        finished();
        return;
    }
    auto shared = std::shared_ptr<db::Database>(std::move(connection.value()));
    m_watcher.setFuture(QtConcurrent::run([this, shared, o, path] {
        auto report =
            ImportService(*shared).run(m_actor, path, o, [this](qint64 done, qint64 total) {
                m_permille = total > 0 ? int(done * 1000 / total) : 0;
                return !m_cancelRequested.load();
            });
        if (report)
            m_report = report.value();
        else
            m_error = report.error().toText();
    }));
}

void ImportWizard::finished() {
    button(QWizard::BackButton)->setEnabled(true);
    m_cancel->setEnabled(false);
    const QLocale l;
    if (!m_error.isEmpty()) {
        (m_dryRun ? m_checkSummary : m_importSummary)->setText(m_error);
        return;
    }
    if (m_dryRun) {
        m_checked = true;
        showReport();
        button(QWizard::NextButton)->setEnabled(m_report.added > 0);
        return;
    }
    m_imported = true;
    m_progress->setValue(m_report.cancelled ? m_progress->value() : 1000);
    QString text;
    if (m_report.cancelled)
        text = tr("Cancelled. Nothing was stored.");
    else if (!m_report.committed)
        text = tr("Nothing was stored: %n row(s) are bad and “Import nothing if any row is bad” "
                  "is on.",
                  nullptr, int(m_report.rejected));
    else
        text = tr("Stored: %1 rows. Already stored before: %2. Bad: %3.")
                   .arg(l.toString(m_report.added), l.toString(m_report.alreadyPresent),
                        l.toString(m_report.rejected));
    if (!m_report.errorReportPath.isEmpty())
        text += QLatin1Char('\n') + tr("The bad rows with their reasons are in %1: fix them "
                                       "there and import that file again.")
                                        .arg(m_report.errorReportPath);
    m_importSummary->setText(text);
    button(QWizard::BackButton)->setEnabled(false);
}

void ImportWizard::showReport() {
    const QLocale l;
    m_checkSummary->setText(tr("Rows: %1. Good, to be stored: %2. Already stored: %3. Bad: %4.")
                                .arg(l.toString(m_report.rows), l.toString(m_report.added),
                                     l.toString(m_report.alreadyPresent),
                                     l.toString(m_report.rejected)));
    fill(m_storedRows, m_report.previewHeader, m_report.preview);
    QList<QStringList> problems;
    for (const RowProblem &p : m_report.problems)
        problems.append({QString::number(p.row), QString::number(p.line),
                         p.column.isEmpty() ? tr("whole row") : p.column, p.reason});
    fill(m_problems, {tr("Row"), tr("Line"), tr("Column"), tr("Reason")}, problems);
}

void ImportWizard::reject() {
    if (isRunning()) {
        m_cancelRequested = true; // the transaction rolls back; close when it has
        return;
    }
    QWizard::reject();
}

} // namespace nov
