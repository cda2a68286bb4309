#pragma once

#include <QStringList>

class QWidget;

namespace nov::test {

// What a user of a dialog would notice, as readable findings (empty: all is well). The dialog
// must be shown (offscreen is enough) so that its layout has run.

// Labels and buttons whose text does not fit the space the layout gave them (cut off or
// elided), tab texts elided, table headers whose title is cut. Only what is visible now.
QStringList clippedTexts(QWidget *dialog);

// The Tab chain as focusNextChild() follows it: visible, enabled widgets taking Tab focus, in
// the dialog's own focus chain order, starting from the one seen first (top, then left).
QList<QWidget *> tabChain(QWidget *dialog);
// Steps of the chain that go back up or to the left (visual order is top to bottom, left to
// right; a widget beside a taller one counts as on its row).
QStringList tabOrderProblems(QWidget *dialog);

// The letter after a single '&' (lower case), or an empty string.
QString mnemonic(const QString &text);
// Mnemonics used twice among what is visible now (labels with buddies, buttons, group boxes,
// tabs, the dialog's menu bar), and visible inputs without a label carrying a mnemonic that
// names them as its buddy (check boxes and radio buttons carry their own).
QStringList mnemonicProblems(QWidget *dialog);

// A short name for a widget in a finding: class, object name, text.
QString describe(const QWidget *widget);

} // namespace nov::test
