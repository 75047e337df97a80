// What a step of a benchmark keeps in memory: heap in use and the resident set, before and after.
#pragma once

#include <algorithm>
#include <cstddef>
#include <fstream>

#include <malloc.h>
#include <unistd.h>

namespace custos::bench {

inline size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// Heap in use (malloc'ed, including its mmap'ed blocks, over every arena).
inline size_t heap_bytes() {
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

// Memory a step keeps: the larger of heap growth and resident-set growth (the JIT's code pages
// are mapped outside the heap; freed heap memory is reused without growing the resident set).
struct Footprint {
  size_t heap = heap_bytes(), rss = resident_bytes();
  double heap_grown() const { return static_cast<double>(heap_bytes()) - static_cast<double>(heap); }
  double resident_grown() const { return static_cast<double>(resident_bytes()) - static_cast<double>(rss); }
  double grown() const { return std::max({heap_grown(), resident_grown(), 0.0}); }
};

}  // namespace custos::bench
