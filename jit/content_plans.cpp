#include "content_plans.h"

namespace custos::jit {

ContentPlans::ContentPlans(const void* owner, uint64_t generation, std::shared_ptr<const std::string> key)
    : owner_(owner), generation_(generation), key_(std::move(key)) {}

PlanRef ContentPlans::find_more(size_t product) const {
  std::lock_guard lock(mutex_);
  auto it = more_.find(product);
  return it == more_.end() ? PlanRef() : it->second;
}

void ContentPlans::add(const PlanRef& plan) {
  if (!plan) return;
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < used_; ++i) {
    if (plans_[i].load(std::memory_order_relaxed)->product == plan->product) return;
  }
  if (more_.count(plan->product)) return;
  if (plan.kept() && used_ < kSlots) {
    plans_[used_++].store(plan.get(), std::memory_order_release);
  } else if (used_ + more_.size() < kMaxProducts) {
    if (more_.emplace(plan->product, plan).second) has_more_.store(true, std::memory_order_release);
  }
}

}  // namespace custos::jit
