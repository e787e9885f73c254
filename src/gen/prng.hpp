#pragma once
// The synthetic generators' random numbers: splitmix64, tiny, fast and the
// same bytes on every platform (std:: distributions are not), so that a seed
// always gives the same books.

#include <array>
#include <cstddef>
#include <cstdint>

namespace jixiao::gen {

class prng {
public:
    explicit prng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(int percent) { return next() % 100 < static_cast<std::uint64_t>(percent); }
    template <class T, std::size_t N>
    const T& pick(const std::array<T, N>& items) { return items[next() % N]; }

private:
    std::uint64_t state_;
};

}  // namespace jixiao::gen
