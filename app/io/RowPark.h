#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QTemporaryFile>
#include <vector>

namespace nov::exporting {

// Rows read in the table's stored order and written in the list's (PageQuery::prepareSplit):
// what a sink makes of each row goes into a temporary file as the rows come, with where it
// starts by the row's id; then the rows are copied out in the order of the ids.
class RowPark {
public:
    Status open();
    QIODevice *device() { return &m_file; }
    // The sink's own bytes (a header) end here; the rows follow.
    void startRows(qint64 end) { m_ends.assign(1, end); }
    // The row with this id ends at `end` (it starts where the last one ended).
    void endRow(qint64 id, qint64 end);
    // Maps the file, once every byte is in it.
    Status map();
    QByteArrayView head() const {
        return m_ends.empty() ? QByteArrayView() : QByteArrayView(m_data, m_ends.front());
    }
    // The parked bytes of the row with this id; empty when no row had it (a row the list's
    // joins leave out, as its pages do).
    QByteArrayView row(qint64 id) const {
        const quint32 index = indexOf(id);
        if (index == 0)
            return QByteArrayView();
        return QByteArrayView(m_data + m_ends[index - 1], m_ends[index] - m_ends[index - 1]);
    }

    bool has(qint64 id) const { return indexOf(id) != 0; }

private:
    quint32 indexOf(qint64 id) const {
        if (id >= 0 && size_t(id) < m_byId.size() && m_byId[size_t(id)] != 0)
            return m_byId[size_t(id)];
        return m_sparse.value(id, 0);
    }

    QTemporaryFile m_file;
    std::vector<qint64> m_ends;      // [0]: the head's end, then each row's end
    std::vector<quint32> m_byId;     // row index by id, for the dense ids
    QHash<qint64, quint32> m_sparse; // the rest
    const char *m_data = nullptr;
};

} // namespace nov::exporting
