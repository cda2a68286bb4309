#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace nov {

namespace {

const QString kKey = QStringLiteral("ui/theme");

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x46, 0x49));
    return p;
}

} // namespace

Theme::Choice Theme::stored() {
    Choice choice = Choice::System;
    fromName(QSettings().value(kKey).toString(), &choice);
    return choice;
}

void Theme::store(Choice choice) {
    QSettings().setValue(kKey, name(choice));
}

void Theme::apply(Choice choice) {
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QApplication::setStyle(fusion);
    switch (choice) {
    case Choice::System:
        QApplication::setPalette(fusion->standardPalette());
        // the platform theme's palette, when there is one, is what "system" means
        QApplication::setPalette(QPalette());
        break;
    case Choice::Light:
        QApplication::setPalette(fusion->standardPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

QString Theme::name(Choice choice) {
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

bool Theme::fromName(const QString &text, Choice *choice) {
    for (Choice c : {Choice::System, Choice::Light, Choice::Dark}) {
        if (name(c) == text) {
            *choice = c;
            return true;
        }
    }
    return false;
}

bool Theme::isDark() {
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor Theme::alertText() {
    return isDark() ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QColor Theme::okText() {
    return isDark() ? QColor(0x8c, 0xd9, 0x8c) : QColor(0x00, 0x60, 0x00);
}

QColor Theme::mutedText() {
    return isDark() ? QColor(0xb4, 0xb4, 0xb4) : QColor(0x50, 0x50, 0x50);
}

double Theme::fontScale(const QWidget *widget) {
    return qMax(1.0, widget->fontMetrics().height() / 17.0);
}

QSize Theme::scaled(const QWidget *widget, int width, int height) {
    const double scale = fontScale(widget);
    return QSize(qRound(width * scale), qRound(height * scale));
}

void Theme::initialWidth(QWidget *window, int width) {
    if (window->testAttribute(Qt::WA_Resized))
        return;
    window->adjustSize();
    const int wanted = scaled(window, width, 0).width();
    if (window->width() < wanted)
        window->resize(wanted, window->height());
}

QString Theme::errorBoxStyle() {
    return isDark() ? QStringLiteral("QLabel { color: #ffb4ab; background: #3d1d1b; "
                                     "border: 1px solid #8c3b35; border-radius: 3px; "
                                     "padding: 6px; }")
                    : QStringLiteral("QLabel { color: #8a1010; background: #fdecea; "
                                     "border: 1px solid #e6a5a0; border-radius: 3px; "
                                     "padding: 6px; }");
}

} // namespace nov
