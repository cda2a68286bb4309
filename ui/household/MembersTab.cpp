#include "MembersTab.h"

#include "ResidentDialog.h"
#include "auth/Actor.h"
#include "domain/PersonalData.h"
#include "domain/ResidentService.h"
#include "i18n/Formats.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nov {

namespace {

enum Column { Name, Relation, Born, Snils, Passport, Phone, ColumnCount };

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

MembersTab::MembersTab(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("members"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Relation"), tr("Born"), tr("SNILS"), tr("Passport"), tr("Phone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add resident…"));
    m_edit = new QPushButton(tr("Co&rrect…"));
    m_remove = new QPushButton(tr("Remo&ve"));
    m_add->setObjectName(QStringLiteral("addResident"));
    m_edit->setObjectName(QStringLiteral("editResident"));
    m_remove->setObjectName(QStringLiteral("removeResident"));
    for (QPushButton *button : {m_add, m_edit, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MembersTab::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentResidentId())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentResidentId())
            emit removeRequested(id);
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersTab::updateButtons);
    updateButtons();
}

void MembersTab::setMembers(const QList<db::ResidentRecord> &members, bool editable, bool reveal) {
    const qint64 current = currentResidentId();
    m_editable = editable;
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const db::ResidentRecord &r = members.at(row);
        auto *name = cell(ResidentService::fullName(r));
        name->setData(Qt::UserRole, r.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Relation, cell(ResidentService::relationTitle(r.relation)));
        m_table->setItem(row, Born, cell(Formats::date(r.birthDate)));
        m_table->setItem(
            row, Snils,
            cell(reveal ? PersonalData::formatSnils(r.snils) : PersonalData::maskSnils(r.snils)));
        m_table->setItem(row, Passport,
                         cell(reveal ? PersonalData::formatPassport(r.passport)
                                     : PersonalData::maskPassport(r.passport)));
        m_table->setItem(
            row, Phone,
            cell(reveal ? PersonalData::formatPhone(r.phone) : PersonalData::maskPhone(r.phone)));
    }
    m_table->resizeColumnsToContents();
    if (!selectResident(current) && !members.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 MembersTab::currentResidentId() const {
    const auto rows = m_table->selectionModel()->selectedRows(Name);
    return rows.isEmpty() ? 0 : rows.first().data(Qt::UserRole).toLongLong();
}

bool MembersTab::selectResident(qint64 residentId) {
    for (int row = 0; residentId > 0 && row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == residentId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

bool MembersTab::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress && m_editable) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Insert:
            m_add->click();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            m_edit->click();
            return true;
        case Qt::Key_Delete:
            m_remove->click();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MembersTab::updateButtons() {
    const bool selected = currentResidentId() > 0;
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(m_editable && selected);
    m_remove->setEnabled(m_editable && selected);
    const QString needs =
        m_editable ? QString() : Actor::roleNeededText(Permission::EditHouseholds);
    for (QPushButton *button : {m_add, m_edit, m_remove})
        button->setToolTip(needs);
}

} // namespace nov
