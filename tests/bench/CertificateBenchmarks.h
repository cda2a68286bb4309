#pragma once

#include <QString>
#include <QTextStream>

// Key-handover acts to PDF at programme scale: one act (issue + render + write), and a batch
// of 1,000 acts in one file, each beside a baseline measured in the same run (a QPdfWriter
// page of plain text through QTextDocument: the floor of any Qt-rendered page). Issues acts
// in the database at `dbPath` (the benchmark's own copy). Needs a QGuiApplication.
void runCertificateBenchmarks(const QString &dbPath, QTextStream &out);
// The batch's baseline: `pages` pages of as much plain text as an act through QTextDocument
// and QPdfWriter, written to `path` and removed; the wall seconds it took.
double plainActPages(const QString &path, int pages);
