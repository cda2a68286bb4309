#include "io/RowPark.h"

#include <QCoreApplication>
#include <algorithm>

namespace nov::exporting {

Status RowPark::open() {
    if (!m_file.open())
        return Error{QCoreApplication::translate("nov::TableExporter",
                                                 "The export's temporary file cannot be written."),
                     m_file.fileName(), m_file.errorString()};
    return {};
}

void RowPark::endRow(qint64 id, qint64 end) {
    const quint32 index = quint32(m_ends.size()); // 1-based: 0 means none
    m_ends.push_back(end);
    // ids as SQLite gives them are dense: a slot per id up to a few times the rows so far
    if (id >= 0 && size_t(id) < 4 * m_ends.size() + 65536) {
        if (size_t(id) >= m_byId.size())
            m_byId.resize(std::max(size_t(id) + 1, m_byId.size() * 2), 0);
        m_byId[size_t(id)] = index;
    } else {
        m_sparse.insert(id, index);
    }
}

Status RowPark::map() {
    const qint64 size = m_file.size();
    if (size == 0)
        return {};
    m_data = reinterpret_cast<const char *>(m_file.map(0, size));
    if (!m_data)
        return Error{QCoreApplication::translate("nov::TableExporter",
                                                 "The export's temporary file cannot be read."),
                     m_file.fileName(), m_file.errorString()};
    return {};
}

} // namespace nov::exporting
