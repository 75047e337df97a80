// The JIT's serving behaviour: background compilation with the interpreter answering meanwhile,
// many threads at once, fallbacks that never grant, and masked Arrow output.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <thread>

#include "support/test_keys.h"
#include "arrow_builder.h"
#include "check/check.h"
#include "compiled_policy_set.h"
#include "content_plans.h"
#include "host_calls.h"
#include "parse/parse.h"
#include "support/golden_mesh.h"

using namespace custos;

namespace {

const char* kPolicy = R"(domain global;
import stdlib.masks as m;
@id("all") permit select on sales.orders when principal.clearance >= 1 rows where amount > 100.0 or country == "DE";
@id("eu") forbid select on sales.orders when principal.region == "US" rows where country == "FR";
@id("mail") mask column sales.orders.customer_email with m.email_domain unless "fraud" in context.purposes;
@id("notes") mask column sales.orders.notes with m.redact rows where country != "DE";
@id("secret") deny column sales.orders.notes when principal.clearance < 2;
)";

struct Fixture {
  testing::GoldenMesh golden;
  SourceMap sources;
  Diagnostics diags;
  ir::PolicySet set;
  size_t product;
  eval::ArrowBatchBuilder batch;
  std::optional<eval::BatchView> view;
  std::vector<eval::Row> rows;

  Fixture() {
    std::vector<ast::File> files;
    files.push_back(parse::parse_file(sources.add("jit.custos", kPolicy), sources, diags));
    set = ir::lower(*golden.mesh, check::check_program(*golden.mesh, files, sources, diags));
    product = golden.index("sales.orders");
    const char* countries[] = {"DE", "FR", "AT", ""};
    for (int i = 0; i < 200; ++i) {
      eval::Row r(6, Scalar{Null{}});
      r[0] = int64_t{i};
      if (i % 7) r[1] = std::string("user") + std::to_string(i) + "@example.com";
      if (i % 5) r[2] = static_cast<double>(i * 3 % 250);
      if (i % 11) r[3] = std::string(countries[i % 4]);
      r[5] = std::string("note ") + std::to_string(i);
      rows.push_back(std::move(r));
    }
    REQUIRE(eval::add_rows(batch, golden.mesh->products[product], rows, {"country"}));
    std::string error;
    view = eval::BatchView::make(batch.schema(), batch.array(), golden.mesh->products[product], error);
    REQUIRE(view);
  }

  eval::Attributes principal(int clearance, const char* region) const {
    eval::Attributes a;
    a.values["id"] = eval::Val::of(std::string("p") + std::to_string(clearance));
    a.values["roles"] = eval::Val::collection({});
    a.values["region"] = eval::Val::of(std::string(region));
    a.values["clearance"] = eval::Val::of(int64_t{clearance});
    return a;
  }
  eval::Attributes context(bool fraud) const {
    eval::Attributes c;
    c.values["purposes"] = fraud ? eval::Val::collection({std::string("fraud")}) : eval::Val::collection({});
    c.values["now"] = eval::Val::of(Timestamp{0});
    return c;
  }

  // What the interpreter answers: visible rows and every column's values on them.
  std::pair<std::vector<uint32_t>, std::vector<std::vector<Scalar>>> reference(const eval::Attributes& p,
                                                                               const eval::Attributes& c) const {
    stdlib::NativeContext natives = testing::test_natives();
    auto plan = eval::make_plan(set, product, p, c, {}, natives);
    std::vector<uint32_t> visible;
    std::vector<std::vector<Scalar>> values;
    for (size_t r = 0; r < rows.size(); ++r) {
      if (!eval::row_visible(plan, rows[r], natives)) continue;
      visible.push_back(static_cast<uint32_t>(r));
      std::vector<Scalar> v;
      for (const auto& col : plan.columns) {
        v.push_back(col.outcome == eval::ColumnOutcome::Denied ? Scalar{Null{}} : eval::column_value(plan, col, rows[r], natives));
      }
      values.push_back(std::move(v));
    }
    return {visible, values};
  }

  std::pair<std::vector<uint32_t>, std::vector<std::vector<Scalar>>> decide(const jit::CompiledPolicySet& cps,
                                                                            const std::shared_ptr<const jit::Inputs>& in,
                                                                            jit::Engine* plan_engine = nullptr) const {
    auto plan = cps.plan(product, in);
    if (plan_engine) *plan_engine = plan->engine;
    auto visible = cps.select(*plan, *in, *view);
    std::vector<std::vector<Scalar>> values(visible.size());
    for (const auto& col : plan->columns) {
      auto v = cps.masked_values(*plan, *in, col, *view, visible);
      for (size_t k = 0; k < v.size(); ++k) values[k].push_back(v[k]);
    }
    return {visible, values};
  }
};

bool same(const std::vector<std::vector<Scalar>>& a, const std::vector<std::vector<Scalar>>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].size() != b[i].size()) return false;
    for (size_t j = 0; j < a[i].size(); ++j) {
      bool both_null = is_null(a[i][j]) && is_null(b[i][j]);
      if (!both_null && !(a[i][j] == b[i][j])) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("many threads decide while the JIT compiles in the background", "[jit][concurrency]") {
  Fixture f;
  struct Request {
    std::shared_ptr<jit::Inputs> inputs;
    std::pair<std::vector<uint32_t>, std::vector<std::vector<Scalar>>> want;
  };
  std::vector<Request> requests;
  for (int clearance : {0, 1, 2, 3}) {
    for (const char* region : {"EU", "US"}) {
      for (bool fraud : {false, true}) {
        auto p = f.principal(clearance, region);
        auto c = f.context(fraud);
        requests.push_back({std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c), f.reference(p, c)});
      }
    }
  }
  auto cps = jit::CompiledPolicySet::start(f.set);  // background compilation
  std::atomic<int> mismatches{0}, jit_answers{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        const Request& r = requests[static_cast<size_t>(i + t) % requests.size()];
        jit::Engine engine;
        auto got = f.decide(*cps, r.inputs, &engine);
        if (got.first != r.want.first || !same(got.second, r.want.second)) ++mismatches;
        jit_answers += engine == jit::Engine::Jit;
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
  cps->wait();
  REQUIRE(cps->ready());
  CHECK(cps->error() == "");
  jit::Engine engine;
  auto got = f.decide(*cps, requests[0].inputs, &engine);
  CHECK(engine == jit::Engine::Jit);
  CHECK(got.first == requests[0].want.first);
}

TEST_CASE("lazily, only the products decided are compiled, on their first decision", "[jit]") {
  Fixture f;
  REQUIRE(f.golden.mesh->products.size() > 1);
  jit::Options lazy;
  lazy.background = false;
  lazy.lazy = true;
  auto cps = jit::CompiledPolicySet::start(f.set, lazy);
  REQUIRE(cps->ready());
  CHECK(cps->compiled_products() == 0);
  auto p = f.principal(2, "EU");
  auto c = f.context(false);
  auto want = f.reference(p, c);
  jit::Engine engine;
  auto got = f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c), &engine);
  CHECK(engine == jit::Engine::Jit);  // compiled inside the first decision (no background thread)
  CHECK(cps->compiled_products() == 1);
  CHECK(got.first == want.first);
  CHECK(same(got.second, want.second));
  f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, f.principal(0, "US"), c));
  CHECK(cps->compiled_products() == 1);  // the same product is not compiled again
  CHECK(cps->error() == "");
}

TEST_CASE("eagerly, every product is compiled by several threads at once, batch by batch", "[jit][concurrency]") {
  Fixture f;
  const size_t products = f.golden.mesh->products.size();
  REQUIRE(products >= 3);  // several batches: one product each on a mesh this small
  for (bool background : {false, true}) {
    jit::Options eager;
    eager.background = background;
    eager.compile_threads = 3;
    auto cps = jit::CompiledPolicySet::start(f.set, eager);
    cps->wait();
    REQUIRE(cps->ready());
    CHECK(cps->error() == "");
    CHECK(cps->compiled_products() == products);
    auto c = f.context(false);
    for (int clearance : {0, 1, 2}) {
      auto p = f.principal(clearance, clearance == 1 ? "US" : "EU");
      auto in = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
      for (size_t product = 0; product < products; ++product) {
        CHECK(cps->plan(product, in)->engine == jit::Engine::Jit);
      }
      auto want = f.reference(p, c);
      jit::Engine engine;
      auto got = f.decide(*cps, in, &engine);
      CHECK(engine == jit::Engine::Jit);
      CHECK(got.first == want.first);
      CHECK(same(got.second, want.second));
    }
  }
}

TEST_CASE("lazily in the background, the interpreter answers until the product is compiled", "[jit][concurrency]") {
  Fixture f;
  jit::Options lazy;
  lazy.lazy = true;
  auto cps = jit::CompiledPolicySet::start(f.set, lazy);
  auto p = f.principal(3, "EU");
  auto c = f.context(true);
  auto want = f.reference(p, c);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 100; ++i) {
        auto got = f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c));
        if (got.first != want.first || !same(got.second, want.second)) ++mismatches;
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
  cps->wait();
  CHECK(cps->compiled_products() == 1);
  jit::Engine engine;
  auto got = f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c), &engine);
  CHECK(engine == jit::Engine::Jit);
  CHECK(got.first == want.first);
}

TEST_CASE("sessions whose principals make the same rules hold share one assembled plan", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto c = f.context(false);
  auto first = f.principal(3, "EU"), second = f.principal(3, "EU"), lower = f.principal(1, "EU");
  second.values["id"] = eval::Val::of(std::string("someone else"));  // another key: not the same cache entry
  auto in_first = std::make_shared<jit::Inputs>(f.golden.mesh->config, first, c);
  auto in_second = std::make_shared<jit::Inputs>(f.golden.mesh->config, second, c);
  auto in_lower = std::make_shared<jit::Inputs>(f.golden.mesh->config, lower, c);
  REQUIRE(in_first->key() != in_second->key());
  auto a = cps->plan(f.product, in_first), b = cps->plan(f.product, in_second), l = cps->plan(f.product, in_lower);
  REQUIRE(a->engine == jit::Engine::Jit);
  CHECK(a.get() == b.get());  // the same rule states: one plan for both sessions
  CHECK(a.get() != l.get());  // `secret` holds for clearance 1 only: another plan
  // Each session's decision is still its own, and the interpreter's.
  for (const auto& [p, in] : {std::pair{first, in_first}, std::pair{second, in_second}, std::pair{lower, in_lower}}) {
    auto want = f.reference(p, c);
    auto got = f.decide(*cps, in);
    CHECK(got.first == want.first);
    CHECK(same(got.second, want.second));
  }
  // Asked for some columns only, a plan is the session's own (not memoized).
  auto some = cps->plan(f.product, in_first, {"order_id"});
  CHECK(some.get() != a.get());
  CHECK(some->columns.size() == 1);
}

TEST_CASE("sessions with the same principal and context share one table of plans, found when bound", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto c = f.context(false);
  auto p = f.principal(3, "EU");
  auto in_a = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
  auto in_b = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
  auto other = p;
  other.values["id"] = eval::Val::of(std::string("someone else"));
  auto in_other = std::make_shared<jit::Inputs>(f.golden.mesh->config, other, c);
  CHECK(!in_a->plans());
  cps->bind(*in_a);
  cps->bind(*in_a);  // idempotent
  cps->bind(*in_b);
  REQUIRE(in_a->plans());
  CHECK(in_a->plans() == in_b->plans());
  auto a = cps->plan(f.product, in_a);
  REQUIRE(a->engine == jit::Engine::Jit);
  CHECK(in_a->plans()->find(f.product).get() == a.get());  // kept for every session of this content
  CHECK(cps->plan(f.product, in_b).get() == a.get());
  // Unbound inputs are bound by their first plan; another content has its own table.
  auto o = cps->plan(f.product, in_other);
  REQUIRE(in_other->plans());
  CHECK(in_other->plans() != in_a->plans());
  CHECK(o.get() == a.get());  // the same rules hold: the same memoized plan
  for (const auto& in : {in_a, in_b, in_other}) {
    auto want = f.reference(in->principal(), c);
    auto got = f.decide(*cps, in);
    CHECK(got.first == want.first);
    CHECK(same(got.second, want.second));
  }
}

TEST_CASE("inputs bound by one compiled set, or before the natives changed, are decided exactly by another", "[jit]") {
  Fixture f;
  auto first = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto second = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto c = f.context(false);
  for (int clearance : {1, 3}) {
    auto p = f.principal(clearance, "US");
    auto in = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
    auto from_first = first->plan(f.product, in);  // binds to `first`
    REQUIRE(in->plans());
    auto from_second = second->plan(f.product, in);  // not `second`'s table: made, not kept in it
    CHECK(from_second->engine == jit::Engine::Jit);
    CHECK(from_second->rule_states == from_first->rule_states);
    CHECK(in->plans()->find(f.product).get() == from_first.get());
    auto want = f.reference(p, c);
    auto got = f.decide(*second, in);
    CHECK(got.first == want.first);
    CHECK(same(got.second, want.second));
    // New natives: tables of the earlier ones are no longer used (a fresh binding is).
    stdlib::NativeContext natives = first->natives();
    natives.hash_key = "another key of at least thirty-two bytes";
    first->set_natives(natives);
    auto again = first->plan(f.product, in);
    CHECK(again->rule_states == from_first->rule_states);
    auto fresh = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
    first->bind(*fresh);
    REQUIRE(fresh->plans());
    CHECK(fresh->plans() != in->plans());
    auto kept = first->plan(f.product, fresh);
    CHECK(kept.get() == fresh->plans()->find(f.product).get());
  }
}

TEST_CASE("compiled row kernels read dictionary indices outside the dictionary as null, as the interpreter does", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  // Hostile indices: negative, one past the end, the int32 extremes; valid ones around them.
  const std::vector<std::optional<int32_t>> indices = {0, 1, 2, -1, 3, INT32_MIN, INT32_MAX, 1, std::nullopt, 0, 2, 4};
  std::vector<std::optional<int64_t>> ids;
  std::vector<std::optional<double>> amounts;
  for (size_t i = 0; i < indices.size(); ++i) {
    ids.push_back(static_cast<int64_t>(i));
    amounts.push_back(static_cast<double>(i % 3 == 0 ? 500 : 10));
  }
  eval::ArrowBatchBuilder batch;
  batch.add_int64("order_id", ids);
  batch.add_float64("amount", amounts);
  batch.add_dict_utf8("country", {"DE", "FR", "AT"}, indices);
  std::string error;
  auto view = eval::BatchView::make(batch.schema(), batch.array(), f.golden.mesh->products[f.product], error);
  REQUIRE(view);
  stdlib::NativeContext natives = testing::test_natives();
  for (const char* region : {"EU", "US"}) {  // US: the forbid's `rows where country == "FR"` applies too
    auto p = f.principal(3, region);
    auto c = f.context(false);
    auto in = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c);
    auto plan = cps->plan(f.product, in);
    REQUIRE(plan->engine == jit::Engine::Jit);
    cps->select(*plan, *in, *view);
    cps->wait();  // this layout's kernel is compiled now
    jit::Engine used = jit::Engine::Interpreter;
    auto got = cps->select(*plan, *in, *view, &used);
    CHECK(used == jit::Engine::Jit);
    auto want = eval::select_rows(eval::make_plan(f.set, f.product, p, c, {}, natives), *view, natives);
    INFO("region " << region);
    CHECK(got == want);
  }
}

TEST_CASE("without the JIT every decision is the interpreter's", "[jit]") {
  Fixture f;
  ::setenv("CUSTOS_JIT_DISABLE", "1", 1);
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  ::unsetenv("CUSTOS_JIT_DISABLE");
  CHECK(!cps->ready());
  CHECK(cps->error().find("CUSTOS_JIT_DISABLE") != std::string::npos);
  auto p = f.principal(3, "EU");
  auto c = f.context(false);
  jit::Engine engine;
  auto got = f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c), &engine);
  CHECK(engine == jit::Engine::Interpreter);
  auto want = f.reference(p, c);
  CHECK(got.first == want.first);
  CHECK(same(got.second, want.second));
}

TEST_CASE("an allocation failure in compiled row code falls back to the interpreter", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  REQUIRE(cps->ready());
  auto p = f.principal(3, "US");  // the forbid's `rows where` holds: both filters read the dictionary column
  auto c = f.context(false);
  auto want = f.reference(p, c);
  f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c));
  cps->wait();  // the batch's layout is compiled: the faults below hit compiled code
  int64_t fired = jit::injected_scratch_failures();
  for (int64_t n = 1; n <= 6; ++n) {
    INFO("the allocation failing is number " << n);
    jit::fail_scratch_allocation_after(n);
    auto got = f.decide(*cps, std::make_shared<jit::Inputs>(f.golden.mesh->config, p, c));
    jit::fail_scratch_allocation_after(0);
    CHECK(got.first == want.first);
    CHECK(same(got.second, want.second));
  }
  CHECK(jit::injected_scratch_failures() > fired);  // the faults really hit compiled code
}

TEST_CASE("attributes of the wrong type are decided by the interpreter, and never grant", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto p = f.principal(3, "EU");
  p.values["clearance"] = eval::Val::of(std::string("3"));  // a string where the mesh says int
  auto in = std::make_shared<jit::Inputs>(f.golden.mesh->config, p, f.context(false));
  CHECK(!in->typed());
  auto plan = cps->plan(f.product, in);
  CHECK(plan->engine == jit::Engine::Interpreter);
  CHECK(!plan->allowed);  // `principal.clearance >= 1` is an error: the permit does not hold
  CHECK(cps->select(*plan, *in, *f.view).empty());
}

TEST_CASE("masked columns come out as Arrow arrays the caller releases", "[jit]") {
  Fixture f;
  auto cps = jit::CompiledPolicySet::start(f.set, jit::Options{false});
  auto in = std::make_shared<jit::Inputs>(f.golden.mesh->config, f.principal(3, "EU"), f.context(false));
  auto plan = cps->plan(f.product, in);
  REQUIRE(plan->engine == jit::Engine::Jit);
  auto visible = cps->select(*plan, *in, *f.view);
  REQUIRE(!visible.empty());
  for (const auto& col : plan->columns) {
    jit::MaskedColumn out = cps->mask(*plan, *in, col, *f.view, visible);
    REQUIRE(out.array.release != nullptr);
    REQUIRE(out.array.length == static_cast<int64_t>(visible.size()));
    // Read it back through the same validating reader the engines use.
    const Column& c = f.golden.mesh->products[f.product].columns[col.index];
    auto values = cps->masked_values(*plan, *in, col, *f.view, visible);
    Product one;
    one.domain = "x";
    one.name = "y";
    Column copy = c;
    copy.type = Type::of(std::string(out.schema.format) == "u" && c.type.kind != TypeKind::String ? TypeKind::String : c.type.kind);
    one.columns.push_back(copy);
    ArrowSchema* children[] = {&out.schema};
    ArrowArray* arrays[] = {&out.array};
    ArrowSchema s{};
    s.format = "+s";
    s.n_children = 1;
    s.children = children;
    ArrowArray a{};
    a.length = out.array.length;
    a.n_children = 1;
    a.children = arrays;
    const void* none[1] = {nullptr};
    a.buffers = none;
    a.n_buffers = 1;
    a.release = [](ArrowArray* x) { x->release = nullptr; };
    std::string error;
    auto view = eval::BatchView::make(&s, &a, one, error);
    INFO(c.name << ": " << error);
    REQUIRE(view);
    for (size_t k = 0; k < visible.size(); ++k) {
      Scalar back = view->value(0, static_cast<int64_t>(k));
      bool ok = (is_null(back) && is_null(values[k])) || back == values[k];
      CHECK(ok);
    }
  }
}
