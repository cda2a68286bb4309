#pragma once

#include <QtGlobal>
#include <cstdint>
#include <iterator>

namespace nov {

// Deterministic pseudo-random numbers for demo data (SplitMix64): the same seed gives the
// same database on every machine and compiler, unlike std:: distributions.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : m_state(seed) {}

    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    // Uniform in [lo, hi].
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }
    // Index into cumulative weights (ascending, last = total).
    template <typename Container> int weighted(const Container &cumulative) {
        const double x =
            unit() * double(std::size(cumulative) ? cumulative[std::size(cumulative) - 1] : 0);
        int lo = 0, hi = int(std::size(cumulative)) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (double(cumulative[mid]) > x)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    quint64 m_state;
};

} // namespace nov
