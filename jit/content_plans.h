// The plans already made for one principal-and-context content (an Inputs' key), per product.
// Every session whose inputs have the same bytes shares one table, found once when the session is
// bound (CompiledPolicySet::bind), so a decision for a fresh session whose principal was seen
// before costs a scan of a few pointers: no hash of the inputs, no comparison of their bytes, no
// lock. A plan depends on the product and the rule states only, and the states on the content, so
// sharing by content is exact.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "compiled_policy_set.h"

namespace custos::jit {

class ContentPlans {
 public:
  // `owner` is the compiled set whose plans these are, `generation` its natives' generation: a
  // table of another set or generation is not used (see CompiledPolicySet::plan).
  ContentPlans(const void* owner, uint64_t generation, std::shared_ptr<const std::string> key);
  ContentPlans(const ContentPlans&) = delete;
  ContentPlans& operator=(const ContentPlans&) = delete;
  ~ContentPlans() = default;

  const void* owner() const { return owner_; }
  uint64_t generation() const { return generation_; }
  const std::string& key() const { return *key_; }

  // The plan made for `product`, or an empty PlanRef. The first kSlots memoized plans are read
  // without a lock; the rest are looked up under one.
  PlanRef find(size_t product) const {
    for (size_t i = 0; i < kSlots; ++i) {
      const CompiledPlan* plan = plans_[i].load(std::memory_order_acquire);
      if (!plan) break;  // slots fill in order: the rest are empty
      if (plan->product == product) return PlanRef(plan);
    }
    return has_more_.load(std::memory_order_acquire) ? find_more(product) : PlanRef();
  }
  // Keeps `plan` for its product: the first one kept wins, and past kMaxProducts nothing more is
  // kept. Memoized plans (PlanRef::kept(), alive as long as the compiled set) go to the lock-free
  // slots; plans with their own reference (too large to memoize) are kept under the lock.
  void add(const PlanRef& plan);

  static constexpr size_t kSlots = 14;
  static constexpr size_t kMaxProducts = 4096;

 private:
  PlanRef find_more(size_t product) const;

  // Published once each, in order (release); the plans belong to the compiled set.
  std::array<std::atomic<const CompiledPlan*>, kSlots> plans_{};
  const void* owner_;
  uint64_t generation_;
  std::shared_ptr<const std::string> key_;
  mutable std::mutex mutex_;  // writers, and `more_`
  size_t used_ = 0;           // slots taken (under mutex_)
  std::atomic<bool> has_more_{false};
  std::unordered_map<size_t, PlanRef> more_;
};

}  // namespace custos::jit
