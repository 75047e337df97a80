// Admission for caches of things that may be seen only once (a principal's first and only query):
// a direct-mapped table of recent hashes that answers whether a hash was seen before, so a cache
// keeps an entry from its second sighting on. One-off keys then cost one atomic store instead of
// an entry allocated, later evicted and freed. A collision in the table only delays or advances an
// admission; it never changes what the cache answers. Thread-safe, lock-free.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>

namespace custos {

template <size_t Slots = 4096>
class SecondSighting {
 public:
  // True when `hash` was recorded before (and is still in its slot); records it otherwise.
  bool seen_before(uint64_t hash) {
    std::atomic<uint64_t>& slot = slots_[(hash ^ (hash >> 32)) % Slots];
    if (slot.load(std::memory_order_relaxed) == hash) return true;
    slot.store(hash, std::memory_order_relaxed);
    return false;
  }

 private:
  std::array<std::atomic<uint64_t>, Slots> slots_{};
};

}  // namespace custos
