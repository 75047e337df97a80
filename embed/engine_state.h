// What the public classes of custos.hpp hold: a loaded bundle with its compiled policy set, the
// engine's current bundle, and the decision log. Internal to the embedding library.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "audit_log.h"
#include "compiled_policy_set.h"
#include "inputs_cache.h"
#include "custos/custos.hpp"
#include "load_bundle.h"

namespace custos {

// One bundle made ready to decide with. Immutable once published; shared by every session and
// plan made with it, so a reload never pulls it from under them.
struct LoadedState {
  std::unique_ptr<bundle::LoadedBundle> bundle;
  std::unique_ptr<jit::CompiledPolicySet> compiled;
  BundleInfo info;
  // Qualified product name -> position, hashed (the mesh's ordered index walks ~log2(products)
  // string comparisons per decision, a cache miss each at thousands of products). The keys view
  // the mesh index's strings, which live as long as the bundle.
  std::unordered_map<std::string_view, size_t> products;
  // Inputs already read from JSON, shared by later sessions with the same bytes.
  embed::InputsCache inputs;
  // The position of `product`, or nullptr.
  const size_t* product(std::string_view product) const {
    auto it = products.find(product);
    return it == products.end() ? nullptr : &it->second;
  }
};

struct EngineState {
  EngineOptions options;
  uint64_t id_prefix = 0;  // random per engine: decision ids are unique across processes
  uint64_t generation = 0;  // distinguishes engines in per-thread state
  std::atomic<uint64_t> next_decision{1};
  // A decision's sequence number: threads take blocks of numbers, so deciding threads do not
  // contend on one counter. Unique per engine; ordered within a thread.
  uint64_t next_sequence();
  std::unique_ptr<embed::AuditLog> audit;

  mutable std::mutex mutex;  // guards `current` (held only to copy or swap the pointer)
  std::shared_ptr<const LoadedState> current;
  std::mutex load_mutex;  // one load at a time

  std::shared_ptr<const LoadedState> snapshot() const {
    std::lock_guard lock(mutex);
    return current;
  }
};

struct Session::Impl {
  std::shared_ptr<EngineState> engine;
  std::shared_ptr<const LoadedState> state;
  std::shared_ptr<const jit::Inputs> inputs;
};

// The public form of a compiled plan. Rule ids and column outcomes are turned into strings on
// first use only: a caller that needs just allowed() and apply() pays for none of it.
struct Plan::Impl {
  // User-provided, so that make_shared does not zero the whole object (value-initialisation of a
  // class without one zero-fills it first: a `rep stos` of ~300 bytes per decision).
  Impl() {}

  // The session keeps the bundle alive; holding it (not the bundle) keeps threads that decide
  // with their own sessions off one shared reference count.
  std::shared_ptr<const Session::Impl> session;
  const LoadedState* state = nullptr;
  jit::PlanRef plan;
  uint64_t sequence = 0;
  uint64_t id_prefix = 0;
  int64_t unix_micros = 0;

  struct Described {
    std::string product, decision_id;
    std::vector<std::string> access_rules, row_rules;
    std::vector<ColumnPlan> columns;
  };
  const Described& described() const;
  // The decision id alone (what a service returns with every answer), without describing the rest.
  const std::string& decision_id() const;

 private:
  // Filled on first use. A double-checked flag and a mutex rather than std::call_once, whose
  // glibc implementation makes a futex system call on every first call: one per decision.
  mutable std::atomic<bool> described_ready_{false}, id_ready_{false};
  mutable std::mutex fill_;
  mutable Described described_;
  mutable std::string decision_id_;
};

}  // namespace custos
