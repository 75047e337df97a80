// The table of plans one principal-and-context content shares across sessions (jit/content_plans.h):
// lock-free reads of memoized plans, plans with their own reference kept under the lock, the bound,
// and many threads adding and reading at once.
#include <catch2/catch.hpp>

#include <deque>
#include <thread>

#include "content_plans.h"

using namespace custos;

namespace {

struct Plans {
  std::deque<jit::CompiledPlan> kept;  // stand-ins for the compiled set's memoized plans
  jit::PlanRef memoized(size_t product) {
    kept.emplace_back().product = product;
    return jit::PlanRef(&kept.back());
  }
  static jit::PlanRef own(size_t product) {
    auto p = std::make_shared<jit::CompiledPlan>();
    p->product = product;
    return jit::PlanRef(std::shared_ptr<const jit::CompiledPlan>(std::move(p)));
  }
};

}  // namespace

TEST_CASE("a content's plans are found per product, past the lock-free slots too", "[jit]") {
  Plans plans;
  auto t = std::make_unique<jit::ContentPlans>(nullptr, 0, std::make_shared<const std::string>("key"));
  CHECK(!t->find(0));
  std::vector<jit::PlanRef> added;
  for (size_t p = 0; p < 3 * jit::ContentPlans::kSlots; ++p) {
    added.push_back(p % 5 == 4 ? Plans::own(p) : plans.memoized(p));
    t->add(added.back());
  }
  for (size_t p = 0; p < added.size(); ++p) {
    jit::PlanRef found = t->find(p);
    REQUIRE(found);
    CHECK(found.get() == added[p].get());
    CHECK(found->product == p);
  }
  CHECK(!t->find(added.size()));
  // The first plan kept for a product wins (both are exact: the same rule states).
  t->add(plans.memoized(2));
  CHECK(t->find(2).get() == added[2].get());
}

TEST_CASE("a plan with its own reference outlives the caller's PlanRef in the table", "[jit]") {
  auto t = std::make_unique<jit::ContentPlans>(nullptr, 0, std::make_shared<const std::string>("key"));
  const jit::CompiledPlan* raw = nullptr;
  {
    jit::PlanRef owned = Plans::own(7);
    raw = owned.get();
    t->add(owned);
  }
  jit::PlanRef found = t->find(7);
  REQUIRE(found);
  CHECK(found.get() == raw);
  CHECK(!found.kept());  // it holds its own reference, so it survives the table too
  t.reset();
  CHECK(found->product == 7);
}

TEST_CASE("a content keeps at most kMaxProducts plans", "[jit]") {
  Plans plans;
  auto t = std::make_unique<jit::ContentPlans>(nullptr, 0, std::make_shared<const std::string>("key"));
  for (size_t p = 0; p < jit::ContentPlans::kMaxProducts + 10; ++p) t->add(plans.memoized(p));
  CHECK(t->find(jit::ContentPlans::kMaxProducts - 1));
  CHECK(!t->find(jit::ContentPlans::kMaxProducts + 5));
}

TEST_CASE("threads add and read one content's plans at once", "[jit][concurrency]") {
  Plans plans;
  constexpr size_t kProducts = 40;
  std::vector<jit::PlanRef> refs;
  for (size_t p = 0; p < kProducts; ++p) refs.push_back(p % 3 == 0 ? Plans::own(p) : plans.memoized(p));
  auto t = std::make_unique<jit::ContentPlans>(nullptr, 0, std::make_shared<const std::string>("key"));
  std::atomic<int> wrong{0};
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < kProducts; ++i) {
          size_t p = (i * 7 + static_cast<size_t>(k) * 13 + static_cast<size_t>(round)) % kProducts;
          if (jit::PlanRef found = t->find(p)) {
            if (found->product != p) ++wrong;
          } else {
            t->add(refs[p]);
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(wrong == 0);
  for (size_t p = 0; p < kProducts; ++p) CHECK(t->find(p).get() == refs[p].get());
}
