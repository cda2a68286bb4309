#pragma once

#include <QColor>
#include <QSize>
#include <QString>

class QWidget;

namespace nov {

// The window's colours: Fusion with the system's palette, or a light or dark one of our own
// (View ▸ Theme, kept in QSettings under ui/theme, applied at start). Colours the code sets
// itself — overdue deadlines, errors — come from here so that they stay readable on both.
class Theme {
public:
    enum class Choice { System, Light, Dark };

    static Choice stored();
    static void store(Choice choice);
    // Sets the Fusion style and the palette of the choice on the running application.
    static void apply(Choice choice);
    static QString name(Choice choice); // system, light, dark
    static bool fromName(const QString &name, Choice *choice);

    // The application's palette is a dark one (light text on a dark window).
    static bool isDark();
    // Text that asks for attention (overdue, errors) on the view's base colour.
    static QColor alertText();
    // Text that says all is well (a genuine act) on the view's base colour.
    static QColor okText();
    // Secondary text (captions, notes) on the window's colour.
    static QColor mutedText();
    // How much larger than the 9-point font the program's pixel sizes were chosen for (16–17
    // px high) the widget's font is: 1 at the usual size, 2 at 200 % scaling through the
    // font's DPI (QT_SCALE_FACTOR scales pixels themselves and leaves this at 1).
    static double fontScale(const QWidget *widget);
    // A window size chosen at the usual font, grown with the font.
    static QSize scaled(const QWidget *widget, int width, int height);
    // A window's first size, unless it was given one: what its layout asks for, at least
    // `width` (at the usual font, grown with the font) wide. Not a minimum width, which would
    // replace the layout's own minimum and let a small screen cut the labels off.
    static void initialWidth(QWidget *window, int width);
    // An error box: text, background and border.
    static QString errorBoxStyle();
};

} // namespace nov
