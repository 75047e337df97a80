// The decision log: one JSON line per decision, written by a background thread. Deciding threads
// only push a small record (two shared pointers, a sequence number, a time) into a bounded
// lock-free queue; when it is full the record is dropped and counted, never waited for.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace custos::embed {

struct AuditRecord {
  uint64_t sequence = 0;
  int64_t unix_micros = 0;
  std::shared_ptr<const void> decision;  // formatted by the log's formatter, off the query path
  bool refusal = false;                  // `decision` is a Refusal, not a plan
};

// A request refused before any plan (see Engine::log_refusal).
struct Refusal {
  std::string principal, action, product, reason;
  uint64_t id_prefix = 0;  // the engine's, for the decision id
};

// Bounded multi-producer multi-consumer queue (D. Vyukov's array queue): each cell carries a
// sequence number that says whose turn it is; no locks, no allocation after construction.
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity);
  bool try_push(AuditRecord&& r);
  bool try_pop(AuditRecord& r);

 private:
  struct Cell {
    std::atomic<size_t> turn;
    AuditRecord record;
  };
  std::vector<Cell> cells_;
  size_t mask_;
  alignas(64) std::atomic<size_t> head_{0};
  alignas(64) std::atomic<size_t> tail_{0};
};

class AuditLog {
 public:
  using Formatter = std::function<std::string(const AuditRecord&)>;
  // Appends to `path`; throws std::runtime_error when it cannot be opened.
  AuditLog(const std::string& path, size_t capacity, Formatter format);
  ~AuditLog();  // close()
  // Drains the queue, stops the writer and closes the file; later records are dropped. Idempotent.
  void close();

  // Never blocks; false (and counted as dropped) when the queue is full or the log is closed.
  // A record that `must_write` (a break-glass decision) is never dropped for a full queue: the
  // deciding thread then formats and writes it itself, in order with the writer's lines.
  bool log(AuditRecord&& r, bool must_write = false);
  void flush();  // waits until everything logged so far is written and flushed

  uint64_t written() const { return written_.load(); }
  uint64_t dropped() const { return dropped_.load(); }
  uint64_t failed() const { return failed_.load(); }

 private:
  void run();
  size_t drain();
  bool write_line(const AuditRecord& r);  // formats and appends one line (under file_mutex_)

  BoundedQueue queue_;
  Formatter format_;
  std::FILE* file_ = nullptr;
  bool closed_ = false;  // guarded by close_mutex_
  std::mutex close_mutex_;
  std::atomic<uint64_t> pushed_{0}, written_{0}, dropped_{0}, failed_{0};
  std::atomic<uint64_t> direct_{0};  // must-write records written by the deciding thread
  uint64_t drops_reported_ = 0;
  std::atomic<bool> closing_{false};
  std::mutex mutex_;
  std::mutex file_mutex_;  // one writer of `file_` at a time: the writer thread, or a must-write record
  std::condition_variable wake_, drained_;
  std::thread writer_;
};

}  // namespace custos::embed
