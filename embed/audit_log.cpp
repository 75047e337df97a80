// The decision log's queue and writer thread.
#include "audit_log.h"

#include <chrono>
#include <stdexcept>

namespace custos::embed {

BoundedQueue::BoundedQueue(size_t capacity) {
  size_t n = 2;
  while (n < capacity) n <<= 1;
  cells_ = std::vector<Cell>(n);
  for (size_t i = 0; i < n; ++i) cells_[i].turn.store(i, std::memory_order_relaxed);
  mask_ = n - 1;
}

bool BoundedQueue::try_push(AuditRecord&& r) {
  size_t pos = tail_.load(std::memory_order_relaxed);
  for (;;) {
    Cell& c = cells_[pos & mask_];
    size_t turn = c.turn.load(std::memory_order_acquire);
    auto diff = static_cast<intptr_t>(turn) - static_cast<intptr_t>(pos);
    if (diff == 0) {
      if (tail_.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
        c.record = std::move(r);
        c.turn.store(pos + 1, std::memory_order_release);
        return true;
      }
    } else if (diff < 0) {
      return false;  // full
    } else {
      pos = tail_.load(std::memory_order_relaxed);
    }
  }
}

bool BoundedQueue::try_pop(AuditRecord& r) {
  size_t pos = head_.load(std::memory_order_relaxed);
  for (;;) {
    Cell& c = cells_[pos & mask_];
    size_t turn = c.turn.load(std::memory_order_acquire);
    auto diff = static_cast<intptr_t>(turn) - static_cast<intptr_t>(pos + 1);
    if (diff == 0) {
      if (head_.compare_exchange_weak(pos, pos + 1, std::memory_order_relaxed)) {
        r = std::move(c.record);
        c.record = {};
        c.turn.store(pos + mask_ + 1, std::memory_order_release);
        return true;
      }
    } else if (diff < 0) {
      return false;  // empty
    } else {
      pos = head_.load(std::memory_order_relaxed);
    }
  }
}

AuditLog::AuditLog(const std::string& path, size_t capacity, Formatter format)
    : queue_(capacity), format_(std::move(format)) {
  file_ = std::fopen(path.c_str(), "a");
  if (!file_) throw std::runtime_error("cannot open the decision log `" + path + "` for appending");
  writer_ = std::thread([this] { run(); });
}

AuditLog::~AuditLog() { close(); }

void AuditLog::close() {
  std::lock_guard once(close_mutex_);
  if (closed_) return;
  closed_ = true;
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
  }
  wake_.notify_all();
  writer_.join();
  std::fclose(file_);
  file_ = nullptr;
}

bool AuditLog::log(AuditRecord&& r, bool must_write) {
  if (!closing_.load(std::memory_order_relaxed) && queue_.try_push(std::move(r))) {
    pushed_.fetch_add(1, std::memory_order_release);
    return true;
  }
  if (must_write) {
    // try_push leaves `r` intact when it fails. Written here, unless the log is already closed.
    std::lock_guard open(close_mutex_);
    if (!closed_) {
      direct_.fetch_add(1, std::memory_order_release);  // written or failed, it is accounted for
      return write_line(r);
    }
  }
  dropped_.fetch_add(1, std::memory_order_relaxed);
  return false;
}

bool AuditLog::write_line(const AuditRecord& r) {
  std::string line;
  try {
    line = format_(r) + "\n";
  } catch (...) {
    failed_.fetch_add(1);
    return false;
  }
  std::lock_guard lock(file_mutex_);
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) {
    failed_.fetch_add(1);
    return false;
  }
  std::fflush(file_);
  written_.fetch_add(1);
  return true;
}

size_t AuditLog::drain() {
  size_t n = 0;
  AuditRecord r;
  while (queue_.try_pop(r)) {
    std::string line;
    try {
      line = format_(r) + "\n";
    } catch (...) {
      failed_.fetch_add(1);
      continue;
    }
    r = {};
    std::lock_guard lock(file_mutex_);
    if (std::fwrite(line.data(), 1, line.size(), file_) != line.size()) {
      failed_.fetch_add(1);
    } else {
      written_.fetch_add(1);
    }
    ++n;
  }
  std::lock_guard lock(file_mutex_);
  uint64_t drops = dropped_.load();
  if (drops != drops_reported_) {
    // The log itself says that it is incomplete, and by how much.
    std::string line = "{\"type\":\"audit_drops\",\"dropped_total\":" + std::to_string(drops) + "}\n";
    std::fwrite(line.data(), 1, line.size(), file_);
    drops_reported_ = drops;
  }
  if (n != 0) std::fflush(file_);
  return n;
}

void AuditLog::run() {
  for (;;) {
    drain();
    std::unique_lock lock(mutex_);
    drained_.notify_all();
    if (closing_) break;
    // Producers never notify (that would cost them a syscall): the writer polls.
    wake_.wait_for(lock, std::chrono::milliseconds(5));
  }
  drain();
  std::fflush(file_);
}

void AuditLog::flush() {
  uint64_t target = pushed_.load(std::memory_order_acquire) + direct_.load(std::memory_order_acquire);
  std::unique_lock lock(mutex_);
  while (written_.load() + failed_.load() < target && !closing_) {
    wake_.notify_all();
    drained_.wait_for(lock, std::chrono::milliseconds(5));
  }
}

}  // namespace custos::embed
