#include "DialogChecks.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTextEdit>
#include <algorithm>

namespace nov::test {

namespace {

// Shown in this window, and not part of a composite (a combo box's line edit, an item
// view's editor) or of a scrolled area, where running past the edge is what scrolling is for.
bool own(QWidget *widget, QWidget *dialog) {
    if (widget->window() != dialog || !widget->isVisibleTo(dialog))
        return false;
    for (QWidget *p = widget->parentWidget(); p && p != dialog; p = p->parentWidget()) {
        if (qobject_cast<QAbstractScrollArea *>(p) || qobject_cast<QComboBox *>(p) ||
            qobject_cast<QAbstractSpinBox *>(p))
            return false;
    }
    return true;
}

QString plain(QString text) {
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QRect placeIn(const QWidget *widget, const QWidget *dialog) {
    return QRect(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
}

// A reader sees `a` before `b`: above it, or on its row (their heights overlap) and left of it.
bool seenBefore(const QWidget *a, const QWidget *b, const QWidget *dialog) {
    const QRect ra = placeIn(a, dialog);
    const QRect rb = placeIn(b, dialog);
    const bool sameRow = ra.top() < rb.bottom() && rb.top() < ra.bottom();
    return sameRow ? ra.center().x() < rb.center().x() : ra.bottom() <= rb.top();
}

// The editor a label names: a date edit or combo box rather than the line edit inside it
// (which takes the focus for it).
QWidget *editorOf(QWidget *widget) {
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p))
            return p;
        if (p->isWindow())
            break;
    }
    return widget;
}

} // namespace

QString describe(const QWidget *widget) {
    QString text;
    if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *box = qobject_cast<const QGroupBox *>(widget))
        text = box->title();
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    if (!text.isEmpty())
        name += QStringLiteral(" \"%1\"").arg(text.left(60));
    return name;
}

QStringList clippedTexts(QWidget *dialog) {
    QStringList found;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!own(label, dialog) || label->text().isEmpty() ||
            label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                found << QStringLiteral("%1: %2 px high, its text needs %3")
                             .arg(describe(label))
                             .arg(label->height())
                             .arg(needed);
            continue;
        }
        const QSize needed = label->minimumSizeHint();
        if (label->width() < needed.width() || label->height() < needed.height())
            found << QStringLiteral("%1: %2×%3 px, its text needs %4×%5")
                         .arg(describe(label))
                         .arg(label->width())
                         .arg(label->height())
                         .arg(needed.width())
                         .arg(needed.height());
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (!own(button, dialog) || button->text().isEmpty())
            continue;
        // What the style needs around the text: the button's size hint without the minimum
        // width a push button gets beyond its text.
        const QSize hint = button->sizeHint();
        const int textWidth = button->fontMetrics().horizontalAdvance(plain(button->text()));
        if (button->width() < textWidth || button->height() < hint.height() ||
            (!qobject_cast<QPushButton *>(button) && button->width() < hint.width()))
            found << QStringLiteral("%1: %2×%3 px, it needs %4×%5")
                         .arg(describe(button))
                         .arg(button->width())
                         .arg(button->height())
                         .arg(qMax(textWidth,
                                   qobject_cast<QPushButton *>(button) ? textWidth : hint.width()))
                         .arg(hint.height());
    }
    for (QTabBar *bar : dialog->findChildren<QTabBar *>()) {
        if (bar->window() != dialog || !bar->isVisibleTo(dialog))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const int textWidth = bar->fontMetrics().horizontalAdvance(plain(bar->tabText(i)));
            if (bar->tabRect(i).width() < textWidth)
                found << QStringLiteral("tab \"%1\": %2 px for %3 px of text")
                             .arg(bar->tabText(i))
                             .arg(bar->tabRect(i).width())
                             .arg(textWidth);
        }
    }
    for (QHeaderView *header : dialog->findChildren<QHeaderView *>()) {
        if (header->orientation() != Qt::Horizontal || header->window() != dialog ||
            !header->isVisibleTo(dialog) || !header->model())
            continue;
        const int margins =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString title =
                header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
            const int textWidth = header->fontMetrics().horizontalAdvance(title);
            if (header->sectionSize(i) < textWidth + margins)
                found << QStringLiteral("column \"%1\": %2 px for %3 px of title")
                             .arg(title)
                             .arg(header->sectionSize(i))
                             .arg(textWidth + margins);
        }
    }
    return found;
}

QList<QWidget *> tabChain(QWidget *dialog) {
    QList<QWidget *> chain;
    for (QWidget *w = dialog->nextInFocusChain(); w && w != dialog; w = w->nextInFocusChain()) {
        if (w->window() == dialog && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dialog) &&
            w->isEnabled() && !w->focusProxy())
            chain << w;
    }
    // Tab goes round: the walk starts at the widget a reader sees first.
    auto first = chain.begin();
    for (auto it = chain.begin(); it != chain.end(); ++it) {
        if (seenBefore(*it, *first, dialog))
            first = it;
    }
    std::rotate(chain.begin(), first, chain.end());
    return chain;
}

QStringList tabOrderProblems(QWidget *dialog) {
    QStringList found;
    const QList<QWidget *> chain = tabChain(dialog);
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a = placeIn(chain.at(i - 1), dialog);
        const QRect b = placeIn(chain.at(i), dialog);
        if (seenBefore(chain.at(i), chain.at(i - 1), dialog))
            found << QStringLiteral("Tab goes from %1 (%2,%3) back to %4 (%5,%6)")
                         .arg(describe(chain.at(i - 1)))
                         .arg(a.x())
                         .arg(a.y())
                         .arg(describe(chain.at(i)))
                         .arg(b.x())
                         .arg(b.y());
    }
    return found;
}

QString mnemonic(const QString &text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QString();
}

QStringList mnemonicProblems(QWidget *dialog) {
    QStringList found;
    QHash<QString, QStringList> users;
    const auto use = [&](const QString &text, const QString &who) {
        if (const QString m = mnemonic(text); !m.isEmpty())
            users[m] << who;
    };
    QHash<QWidget *, QString> labelled; // buddy → the label's mnemonic
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->buddy() || label->window() != dialog || !label->isVisibleTo(dialog))
            continue;
        use(label->text(), describe(label));
        labelled.insert(label->buddy(), mnemonic(label->text()));
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->window() == dialog && button->isVisibleTo(dialog))
            use(button->text(), describe(button));
    }
    for (QGroupBox *box : dialog->findChildren<QGroupBox *>()) {
        if (box->window() == dialog && box->isVisibleTo(dialog))
            use(box->title(), describe(box));
    }
    for (QTabBar *bar : dialog->findChildren<QTabBar *>()) {
        if (bar->window() != dialog || !bar->isVisibleTo(dialog))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            use(bar->tabText(i), QStringLiteral("tab \"%1\"").arg(bar->tabText(i)));
    }
    for (QMenuBar *bar : dialog->findChildren<QMenuBar *>()) {
        if (bar->window() != dialog || !bar->isVisibleTo(dialog))
            continue;
        for (QAction *action : bar->actions())
            use(action->text(), QStringLiteral("menu \"%1\"").arg(action->text()));
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            found << QStringLiteral("Alt+%1 is used by %2")
                         .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    }
    QList<QWidget *> inputs;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        const bool input =
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            (qobject_cast<QLineEdit *>(w) && !qobject_cast<QLineEdit *>(w)->isReadOnly()) ||
            (qobject_cast<QPlainTextEdit *>(w) &&
             !qobject_cast<QPlainTextEdit *>(w)->isReadOnly()) ||
            (qobject_cast<QTextEdit *>(w) && !qobject_cast<QTextEdit *>(w)->isReadOnly());
        if (input && own(w, dialog) && w->isEnabled())
            inputs << w;
    }
    // A radio button or check box with a mnemonic right before an input in the Tab chain
    // labels it ("All acts of the &day [date]").
    const QList<QWidget *> chain = tabChain(dialog);
    for (int i = 1; i < chain.size(); ++i) {
        auto *button = qobject_cast<QAbstractButton *>(chain.at(i - 1));
        if ((qobject_cast<QRadioButton *>(button) || qobject_cast<QCheckBox *>(button)) &&
            !mnemonic(button->text()).isEmpty() && !labelled.contains(editorOf(chain.at(i))))
            labelled.insert(editorOf(chain.at(i)), mnemonic(button->text()));
    }
    for (QWidget *input : inputs) {
        if (labelled.value(input).isEmpty())
            found << QStringLiteral("%1 has no label with a mnemonic (QLabel::setBuddy)")
                         .arg(describe(input));
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if ((qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button)) &&
            own(button, dialog) && mnemonic(button->text()).isEmpty())
            found << QStringLiteral("%1 has no mnemonic").arg(describe(button));
    }
    return found;
}

} // namespace nov::test
