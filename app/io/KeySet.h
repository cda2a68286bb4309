#pragma once

#include <QtGlobal>
#include <vector>

namespace nov {

// A set of 64-bit keys for an import's per-row checks (SNILS, passports, people already
// stored): open addressing with linear probing in one flat array, so a look-up is one probe
// sequence and an insert allocates nothing. QSet allocated and rehashed its way to a tenth of
// a million-row import's CPU. Never shrinks; at most half full.
class KeySet {
public:
    bool contains(quint64 key) const {
        if (key == 0)
            return m_zero;
        if (m_slots.empty())
            return false;
        for (size_t i = slot(key);; i = (i + 1) & m_mask) {
            const quint64 k = m_slots[i];
            if (k == key)
                return true;
            if (k == 0)
                return false;
        }
    }
    void insert(quint64 key) {
        if (key == 0) {
            m_zero = true;
            return;
        }
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        for (size_t i = slot(key);; i = (i + 1) & m_mask) {
            quint64 &k = m_slots[i];
            if (k == key)
                return;
            if (k == 0) {
                k = key;
                ++m_size;
                return;
            }
        }
    }
    size_t size() const { return m_size + (m_zero ? 1 : 0); }

private:
    size_t slot(quint64 key) const {
        // the finaliser of MurmurHash3: neighbouring numbers land far apart
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key) & m_mask;
    }
    void grow() {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? size_t(1024) : old.size() * 2, 0);
        m_mask = m_slots.size() - 1;
        m_size = 0;
        for (const quint64 k : old)
            if (k != 0)
                insert(k);
    }

    std::vector<quint64> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
    bool m_zero = false;
};

} // namespace nov
