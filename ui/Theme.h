#pragma once

#include <QColor>
#include <QString>

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
    // An error box: text, background and border.
    static QString errorBoxStyle();
};

} // namespace nov
