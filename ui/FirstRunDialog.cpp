#include "FirstRunDialog.h"

#include "demo/DemoGenerator.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nov {

FirstRunDialog::FirstRunDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_location(location)
    , m_choice(new QButtonGroup(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    setWindowTitle(tr("Welcome to Novoselye"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>There is no database yet.</b><br>Novoselye will create it "
                                "here:<br><tt>%1</tt><br><br>Start with demo data to look "
                                "around, or with an empty database for real work.")
                                 .arg(QDir::toNativeSeparators(location).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("small"), tr("Demo data, s&mall: about 2,000 residents (a few seconds)")},
        {QStringLiteral("district"),
         tr("Demo data, one &district's worth: about 50,000 residents")},
        {QString(), tr("&Empty database")},
    };
    for (int i = 0; i < options.size(); ++i) {
        auto *button = new QRadioButton(options[i].second, this);
        button->setProperty("scale", options[i].first);
        m_choice->addButton(button, i);
        layout->addWidget(button);
    }
    m_choice->button(0)->setChecked(true);

    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_start = buttons->button(QDialogButtonBox::Ok);
    m_start->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    layout->addWidget(buttons);
}

QString FirstRunDialog::chosenScale() const {
    return m_choice->checkedButton()->property("scale").toString();
}

void FirstRunDialog::accept() {
    if (m_running)
        return;
    const QString scale = chosenScale();
    if (scale.isEmpty()) {
        QDialog::accept(); // the caller opens (and so creates) the empty database
        return;
    }
    generate(scale);
}

void FirstRunDialog::reject() {
    if (m_running) {
        m_cancel = true;
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void FirstRunDialog::onProgress(int percent, const QString &stage) {
    m_progress->setValue(percent);
    m_status->setText(stage);
}

void FirstRunDialog::generate(const QString &scale) {
    m_running = true;
    m_cancel = false;
    m_start->setEnabled(false);
    for (QAbstractButton *b : m_choice->buttons())
        b->setEnabled(false);
    m_progress->setVisible(true);

    DemoGenerator::Options options;
    options.scale = scale;
    auto progress = [this](int percent, const QString &stage) {
        QMetaObject::invokeMethod(
            this, [this, percent, stage] { onProgress(percent, stage); }, Qt::QueuedConnection);
        return !m_cancel.load();
    };
    auto *watcher = new QFutureWatcher<Result<DemoGenerator::Summary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const auto result = watcher->result();
        watcher->deleteLater();
        m_running = false;
        if (result) {
            QDialog::accept();
            return;
        }
        if (m_cancel) {
            QDialog::reject();
            return;
        }
        QMessageBox::critical(this, windowTitle(), result.error().toText());
        m_start->setEnabled(true);
        for (QAbstractButton *b : m_choice->buttons())
            b->setEnabled(true);
        m_progress->setVisible(false);
    });
    watcher->setFuture(QtConcurrent::run([location = m_location, options, progress] {
        return DemoGenerator::generate(location, options, progress);
    }));
}

} // namespace nov
