// A policy set compiled with LLVM ORC: per product a plan function (principal and context in,
// which rules hold out) and row kernels over Arrow batches, specialised to each batch layout.
//
// Compilation runs on a pool of background threads (one per core); until a function is ready the
// interpreter answers, so callers never wait. Eagerly, the products are compiled in batches spread
// over the pool. Lazily (Options::lazy), a product's plan function is compiled when it is first
// decided, and a row kernel when a batch first needs it, so a caller pays only for the products it
// uses. Any JIT failure (LLVM unavailable, an expression the generator does not
// handle, a host call that failed) falls back to the interpreter, never to an allow. Plans are
// cached per (principal-and-context content, product): sessions with the same content share one
// table of plans (content_plans.h), interned in a bounded table. Thread-safe. No LLVM types here.
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "abi.h"
#include "arrow_batch.h"
#include "ir/policy_set.h"
#include "plan.h"

namespace custos::jit {

enum class Engine : uint8_t { Jit, Interpreter };
class ContentPlans;
class CompiledPolicySet;
const char* to_string(Engine e);

struct Options {
  bool background = true;      // false: compile everything before start() returns
  int opt_level = 2;           // LLVM optimisation level 0..3
  size_t plan_cache_entries = 4096;
  // Also compile, at load, each product's row filter for batches in the contract's canonical Arrow
  // types without nulls (other layouts are compiled when first seen).
  bool precompile_kernels = true;
  // False: compile nothing; the interpreter answers every decision (same answers, slower).
  bool enabled = true;
  // True: compile a product when it is first decided (without a background thread: inside that
  // first call). False: compile every product at start.
  bool lazy = false;
  // How many threads compile at once (background workers, or helpers of an eager compile without
  // them); 0: one per core.
  size_t compile_threads = 0;
};

// A principal and a context encoded once for the fixed slot layout of the mesh configuration.
class Inputs {
 public:
  Inputs(const MeshConfig& config, eval::Attributes principal, eval::Attributes context);
  Inputs(const Inputs&) = delete;  // the slots point into this object's attributes
  Inputs& operator=(const Inputs&) = delete;
  const eval::Attributes& principal() const { return principal_; }
  const eval::Attributes& context() const { return context_; }
  // False when an attribute's runtime value does not have its declared type: such requests are
  // decided by the interpreter, which reports the error values exactly.
  bool typed() const { return typed_; }
  const Slot* principal_slots() const { return principal_slots_.data(); }
  const Slot* context_slots() const { return context_slots_.data(); }
  const std::string& key() const { return *key_; }
  // The same bytes, shared: the plan cache keeps this instead of a copy (and compares the pointer
  // before the bytes), without keeping the session's attributes alive.
  const std::shared_ptr<const std::string>& shared_key() const { return key_; }
  uint64_t hash() const { return hash_; }
  // The plans of this content, once a compiled set bound these inputs (CompiledPolicySet::bind),
  // else nullptr.
  ContentPlans* plans() const {
    return bound_.load(std::memory_order_acquire) == kBound ? plans_.get() : nullptr;
  }

 private:
  friend class CompiledPolicySet;
  eval::Attributes principal_, context_;
  std::vector<Slot> principal_slots_, context_slots_;
  bool typed_ = true;
  std::shared_ptr<const std::string> key_;  // canonical bytes of both, for the plan cache
  uint64_t hash_ = 0;
  // Bound once: the thread that moves kUnbound -> kBinding sets plans_, then publishes kBound.
  // Others meanwhile decide without the cache (they never wait).
  static constexpr uint8_t kUnbound = 0, kBinding = 1, kBound = 2;
  mutable std::atomic<uint8_t> bound_{kUnbound};
  mutable std::shared_ptr<ContentPlans> plans_;
};

// A mask that may apply to a column, strongest first.
struct MaskChoice {
  const ir::Rule* rule = nullptr;
  uint32_t state_index = 0;  // the rule's position in the product's rule states
  bool by_row = false;       // applies only on rows where its `rows where` is not false
};

struct ColumnDecision {
  size_t index = 0;  // the product column
  eval::ColumnOutcome outcome = eval::ColumnOutcome::Clear;
  std::vector<const ir::Rule*> rules;
  std::vector<MaskChoice> masks;
  bool unorderable = false;  // denied: masks that cannot be ordered both hold
};

// Stage 1 of a decision, from the plan function (or the interpreter). A plan is a function of the
// product, the requested columns and its rules' states alone: sessions whose principals make the
// same rules hold share one (CompiledPolicySet::plan memoizes them), and what a decision needs of
// the session itself (row filters, row-dependent masks) takes the session's Inputs beside it.
struct CompiledPlan {
  size_t product = 0;
  Engine engine = Engine::Interpreter;
  bool allowed = false;
  std::vector<const ir::Rule*> access_rules;  // holding permits, or the blocking forbids
  size_t permits_holding = 0;
  std::vector<const ir::Rule*> row_rules;
  std::vector<const ir::Rule*> break_glass;  // holding @break_glass permits that granted access
  std::vector<ColumnDecision> columns;
  std::vector<uint8_t> rule_states;  // per rule of the product (rules_in_order)
};

// A plan and what keeps it alive: nothing of its own when the CompiledPolicySet keeps it (a
// memoized plan, which lives as long as the set), or its own reference otherwise. Copying one of
// the first kind touches no reference count, so threads deciding with the same memoized plan do
// not contend on one counter.
class PlanRef {
 public:
  PlanRef() = default;
  explicit PlanRef(const CompiledPlan* kept) : plan_(kept) {}
  explicit PlanRef(std::shared_ptr<const CompiledPlan> owned) : plan_(owned.get()), owned_(std::move(owned)) {}
  const CompiledPlan& operator*() const { return *plan_; }
  const CompiledPlan* operator->() const { return plan_; }
  const CompiledPlan* get() const { return plan_; }
  explicit operator bool() const { return plan_ != nullptr; }
  // Whether the compiled set keeps the plan (for as long as it lives), rather than this reference.
  bool kept() const { return plan_ && !owned_; }

 private:
  const CompiledPlan* plan_ = nullptr;
  std::shared_ptr<const CompiledPlan> owned_;
};

// Masked output of one column for the selected rows: an Arrow array the caller owns
// (release it with its release callback), plus its schema.
struct MaskedColumn {
  ArrowSchema schema{};
  ArrowArray array{};
  MaskedColumn() = default;
  MaskedColumn(MaskedColumn&&) noexcept;
  MaskedColumn& operator=(MaskedColumn&&) = delete;
  ~MaskedColumn();
};

class CompiledPolicySet {
 public:
  // Starts compiling `set` (which must outlive this object).
  static std::unique_ptr<CompiledPolicySet> start(const ir::PolicySet& set, Options options = {});
  ~CompiledPolicySet();

  // Whether the plan functions are compiled (lazily: whether the JIT is up to compile them), and
  // the error if compilation failed.
  bool ready() const;
  // How many products have a compiled plan function.
  size_t compiled_products() const;
  std::string error() const;
  // Blocks until everything queued so far is compiled (tests, command-line use).
  void wait() const;

  // Finds (or starts) the table of plans shared by every Inputs with the same content and binds
  // `inputs` to it. Done by plan() on first use; a caller that binds a session before deciding
  // (Engine::session) moves that lookup off the decision. Idempotent and thread-safe.
  void bind(const Inputs& inputs) const;
  // Stage 1. `columns` empty means every column of the product.
  PlanRef plan(size_t product, const std::shared_ptr<const Inputs>& inputs,
                                           const std::vector<std::string>& columns = {}) const;
  // Stage 2, with the Inputs the plan was made for: indices of the visible rows of a batch of the
  // plan's product, ascending.
  std::vector<uint32_t> select(const CompiledPlan& plan, const Inputs& inputs, const eval::BatchView& batch,
                               Engine* used = nullptr) const;
  // The same into a caller's buffer with room for batch.length() indices (no allocation on the
  // compiled path); returns the number of visible rows.
  size_t select_into(const CompiledPlan& plan, const Inputs& inputs, const eval::BatchView& batch, uint32_t* out,
                     Engine* used = nullptr) const;
  // The values of one column for `rows`, masked as the plan says (denied columns are all null).
  MaskedColumn mask(const CompiledPlan& plan, const Inputs& inputs, const ColumnDecision& column, const eval::BatchView& batch,
                    const std::vector<uint32_t>& rows) const;
  // The same values as scalars (for the command line and tests).
  std::vector<Scalar> masked_values(const CompiledPlan& plan, const Inputs& inputs, const ColumnDecision& column,
                                    const eval::BatchView& batch, const std::vector<uint32_t>& rows) const;

  // Why a product's row kernel for this batch layout is interpreted (empty if it is compiled or queued).
  std::string kernel_status(size_t product, const eval::BatchView& batch) const;
  const stdlib::NativeContext& natives() const;
  void set_natives(const stdlib::NativeContext& natives);

  struct Impl;

 private:
  explicit CompiledPolicySet(std::unique_ptr<Impl> impl);
  // The truth (kTrue..kErrorTruth) of a row-dependent mask's `rows where` on each of `rows`.
  std::vector<uint8_t> predicate_truths(const CompiledPlan& plan, const Inputs& inputs, const MaskChoice& mask,
                                        const eval::BatchView& batch, const std::vector<uint32_t>& rows) const;
  std::unique_ptr<Impl> impl_;
};

// The interpreter's plan in the same form (the JIT's reference, and its fallback).
CompiledPlan interpreted_plan(const ir::PolicySet& set, size_t product, const std::shared_ptr<const Inputs>& inputs,
                              const std::vector<std::string>& columns, const stdlib::NativeContext& natives);
// Assembles a plan from rule states (shared by both engines, so they cannot disagree on it).
CompiledPlan assemble_plan(const ir::PolicySet& set, size_t product, std::vector<uint8_t> rule_states,
                           const std::vector<std::string>& columns);

}  // namespace custos::jit
