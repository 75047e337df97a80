// The embedding API (custos.hpp) on bundles of the example mesh: answers equal the interpreter's,
// bundles are verified (hash, Ed25519), bad bundles never replace a good one, batches that do
// not match the contract are refused, the decision log is complete or counts what it dropped,
// and many threads decide while bundles reload.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/test_keys.h"
#include "arrow_builder.h"
#include "cli.h"
#include "custos/custos.hpp"
#include "decide_rows.h"
#include "hash_key.h"
#include "engine_state.h"
#include "load_bundle.h"
#include "support/arrow_read.h"

using namespace custos;
namespace fs = std::filesystem;

namespace {

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

// Engine options with some fields set (designated initializers would warn about the rest).
template <typename F>
EngineOptions options(F&& set) {
  EngineOptions o;
  o.hash_key = testing::kTestHashKey;
  set(o);
  return o;
}

// Bundles of the example mesh built once with the real `custos build`.
struct Bundles {
  fs::path dir;
  std::string unsigned_path, signed_path, other_path, key_pub, other_pub;
  Bundles() {
    dir = fs::temp_directory_path() / ("custos-embed-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto run = [](std::vector<std::string> args) {
      std::ostringstream out, err;
      int code = cli::run(args, out, err);
      if (code != 0) throw std::runtime_error("custos " + args[0] + " failed: " + err.str());
    };
    unsigned_path = (dir / "r1.bundle").string();
    signed_path = (dir / "signed.bundle").string();
    other_path = (dir / "r2.bundle").string();
    run({"keygen", "--out", (dir / "k").string(), "--force"});
    run({"keygen", "--out", (dir / "other").string(), "--force"});
    key_pub = slurp((dir / "k.pub").string());
    other_pub = slurp((dir / "other.pub").string());
    run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", unsigned_path, "--revision", "r1"});
    run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", other_path, "--revision", "r2"});
    run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", signed_path, "--revision", "s1", "--sign", (dir / "k.key").string()});
  }
  ~Bundles() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

const Bundles& bundles() {
  static Bundles b;
  return b;
}

std::string request(const std::string& name) { return slurp(kExamples + "/requests/" + name + ".json"); }
const std::string kContext = slurp(kExamples + "/requests/reporting.json");

// The customers of the example data as an Arrow batch.
struct CustomerBatch {
  std::unique_ptr<bundle::LoadedBundle> ref;
  size_t product = 0;
  std::vector<eval::Row> rows;
  eval::ArrowBatchBuilder batch;
  CustomerBatch() {
    std::string error;
    ref = bundle::load_file(bundles().unsigned_path, {}, error);
    if (!ref) throw std::runtime_error(error);
    product = ref->mesh->index.at("crm.customers");
    std::vector<std::string> errors;
    rows = eval::rows_from_file(kExamples + "/data/customers.csv", ref->mesh->products[product], errors);
    if (!errors.empty() || !eval::add_rows(batch, ref->mesh->products[product], rows)) throw std::runtime_error("rows");
  }
};

}  // namespace

TEST_CASE("an engine decides exactly as the interpreter on every example request and product", "[embed]") {
  Engine engine(options([](EngineOptions&) {}));
  BundleInfo info = engine.load_bundle_file(bundles().unsigned_path);
  CHECK(info.revision == "r1");
  CHECK(info.mesh == "automotive");
  CHECK(info.products == 4);
  CHECK(info.jit_status.empty());
  CustomerBatch cb;
  const ir::PolicySet& set = *cb.ref->set;
  stdlib::NativeContext natives = testing::test_natives();
  for (const char* who : {"analyst", "agent_fr", "partner"}) {
    Session s = engine.session(request(who), kContext);
    CHECK(s.revision() == "r1");
    std::vector<std::string> errors;
    const MeshConfig& config = cb.ref->mesh->config;
    auto principal = eval::attributes_from_json(request(who), config.principal, "principal", errors);
    auto context = eval::attributes_from_json(kContext, config.context, "context", errors);
    REQUIRE(errors.empty());
    for (size_t p = 0; p < cb.ref->mesh->products.size(); ++p) {
      const Product& product = cb.ref->mesh->products[p];
      INFO(who << " on " << product.qualified());
      Plan plan = s.plan(product.qualified());
      eval::Plan ref = eval::make_plan(set, p, principal, context, {}, natives);
      CHECK(plan.allowed() == ref.allowed);
      CHECK(plan.access_rules() == ref.access_rules);
      CHECK(plan.product() == product.qualified());
      REQUIRE(plan.columns().size() == ref.columns.size());
      for (size_t c = 0; c < ref.columns.size(); ++c) {
        CHECK(plan.columns()[c].name == ref.columns[c].name);
        CHECK(static_cast<int>(plan.columns()[c].outcome) == static_cast<int>(ref.columns[c].outcome));
      }
    }
    // Rows and masked values of the customers, through apply(), equal the interpreter's.
    Plan plan = s.plan("crm.customers");
    ArrowSchema out_schema{};
    ArrowArray out{};
    plan.apply(cb.batch.schema(), cb.batch.array(), &out_schema, &out);
    auto got = testing::read_struct(out_schema, out);
    out.release(&out);
    out_schema.release(&out_schema);
    auto want = eval::interpret_rows(set, cb.product, principal, context, {}, cb.rows, natives);
    REQUIRE(got.size() == want.visible.size());
    for (size_t r = 0; r < got.size(); ++r) {
      for (size_t c = 0; c < got[r].size(); ++c) {
        INFO("row " << want.visible[r] << " column " << c);
        CHECK(got[r][c] == want.values[r][c]);
      }
    }
    std::vector<uint32_t> visible = plan.filter(cb.batch.schema(), cb.batch.array());
    CHECK(std::vector<size_t>(visible.begin(), visible.end()) == want.visible);
  }
}

TEST_CASE("the analyst of the example policy tests sees rows 1, 2, 4 and 5 through the engine", "[embed]") {
  Engine engine(options([&](EngineOptions& o) { o.jit = false; }));
  engine.load_bundle_file(bundles().unsigned_path);
  Plan plan = engine.session(request("analyst"), kContext).plan("crm.customers", {"customer_id", "email", "tax_id"});
  CHECK(plan.allowed());
  CHECK(std::string(plan.engine()) == "interp");
  REQUIRE(plan.columns().size() == 3);
  CHECK(plan.columns()[0].outcome == ColumnOutcome::Clear);
  CHECK(plan.columns()[1].outcome == ColumnOutcome::Masked);
  CHECK(plan.columns()[1].masks.front() == "hash");
  CHECK(plan.columns()[2].outcome == ColumnOutcome::Denied);
  CustomerBatch cb;
  auto visible = plan.filter(cb.batch.schema(), cb.batch.array());
  CHECK(visible == std::vector<uint32_t>{0, 1, 3, 4});  // customer ids 1, 2, 4, 5
}

TEST_CASE("has_product and declares_context answer from the bundle in use, and false without one", "[embed]") {
  Engine engine(options([&](EngineOptions& o) { o.jit = false; }));
  CHECK_FALSE(engine.has_product("crm.customers"));
  CHECK_FALSE(engine.declares_context("now"));
  engine.load_bundle_file(bundles().unsigned_path);
  CHECK(engine.has_product("crm.customers"));
  CHECK_FALSE(engine.has_product("crm.customer"));
  CHECK_FALSE(engine.has_product("crm"));
  CHECK(engine.declares_context("now"));
  CHECK(engine.declares_context("purposes"));
  CHECK_FALSE(engine.declares_context("region"));  // a principal attribute, not a context one
  for (const auto& name : engine.products()) CHECK(engine.has_product(name));
}

TEST_CASE("signed bundles: a configured key refuses unsigned, tampered and foreign bundles", "[embed]") {
  const Bundles& b = bundles();
  Engine engine(options([&](EngineOptions& o) { o.public_key_pem = b.key_pub; }));
  BundleInfo info = engine.load_bundle_file(b.signed_path);
  CHECK(info.signature_verified);
  CHECK(info.revision == "s1");

  auto code_of = [&](auto&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.code();
    }
    return ErrorCode::Internal;  // no error: the test fails below
  };
  CHECK(code_of([&] { engine.load_bundle_file(b.unsigned_path); }) == ErrorCode::Signature);
  Engine other(options([&](EngineOptions& o) { o.public_key_pem = b.other_pub; }));
  CHECK(code_of([&] { other.load_bundle_file(b.signed_path); }) == ErrorCode::Signature);
  CHECK(!other.bundle());

  // A policy edited after signing, with the content hash recomputed to match: only the signature
  // can tell, and it does.
  std::string error;
  auto parsed = bundle::parse(slurp(b.signed_path), error);
  REQUIRE(parsed);
  bundle::Bundle edited = parsed->bundle;
  for (auto& f : edited.files) {
    if (f.kind == bundle::FileKind::Policy) f.text += "\n// harmless-looking comment\n";
  }
  edited.content_sha256 = bundle::content_hash(edited.files);
  std::string tampered = bundle::serialize(edited);
  CHECK(code_of([&] { engine.load_bundle(tampered, "tampered"); }) == ErrorCode::Signature);
  // The same edit without recomputing the hash is caught as corruption before any key is used.
  edited.content_sha256 = parsed->bundle.content_sha256;
  CHECK(code_of([&] { engine.load_bundle(bundle::serialize(edited), "edited"); }) == ErrorCode::Bundle);
  // The engine still serves the good bundle.
  CHECK(engine.bundle()->revision == "s1");
  CHECK(engine.session(request("analyst"), kContext).plan("crm.customers").allowed());
}

TEST_CASE("truncated and corrupt bundles are refused and never replace the bundle in use", "[embed]") {
  const std::string good = slurp(bundles().unsigned_path);
  Engine engine(options([](EngineOptions&) {}));
  engine.load_bundle(good, "good");
  for (size_t len = 0; len < good.size(); len += 1 + len / 8) {
    INFO("truncated to " << len << " bytes");
    CHECK_THROWS_AS(engine.load_bundle(good.substr(0, len), "cut"), Error);
  }
  for (size_t at = 0; at < good.size(); at += 97) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5a);
    INFO("byte " << at << " flipped");
    try {
      engine.load_bundle(bad, "flipped");
      FAIL("a corrupt bundle loaded");
    } catch (const Error& e) {
      CHECK((e.code() == ErrorCode::Bundle || e.code() == ErrorCode::Signature));
      CHECK(std::string(e.what()).find("flipped") == 0);
    }
  }
  CHECK_THROWS_AS(engine.load_bundle_file("/nonexistent/x.bundle"), Error);
  CHECK(engine.bundle()->revision == "r1");
}

TEST_CASE("policies that no longer check make a bundle fail to load, with file:line:col", "[embed]") {
  std::string error;
  auto parsed = bundle::parse(slurp(bundles().unsigned_path), error);
  REQUIRE(parsed);
  bundle::Bundle b = parsed->bundle;
  for (auto& f : b.files) {
    if (f.path == "policies/crm.custos") f.text += "\npermit select on crm.customers when principal.regoin == \"EU\";\n";
  }
  b.content_sha256 = bundle::content_hash(b.files);
  Engine engine(options([](EngineOptions&) {}));
  try {
    engine.load_bundle(bundle::serialize(b), "broken.bundle");
    FAIL("a bundle with a type error loaded");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::Bundle);
    std::string what = e.what();
    INFO(what);
    CHECK(what.find("broken.bundle:policies/crm.custos:") != std::string::npos);
    CHECK(what.find("region") != std::string::npos);  // the hint
  }
  CHECK(!engine.bundle());
  CHECK_THROWS_AS(engine.session(request("analyst")), Error);
}

TEST_CASE("bad requests and mismatched batches are refused, never answered with access", "[embed]") {
  Engine engine(options([](EngineOptions&) {}));
  auto code_of = [&](auto&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.code();
    }
    return ErrorCode::Internal;
  };
  CHECK(code_of([&] { engine.session("{}"); }) == ErrorCode::NoBundle);
  engine.load_bundle_file(bundles().unsigned_path);
  CHECK(code_of([&] { engine.session("{not json"); }) == ErrorCode::InvalidArgument);
  CHECK(code_of([&] { engine.session(R"({"id": "x", "clearance": "high"})"); }) == ErrorCode::InvalidArgument);
  CHECK(code_of([&] { engine.session(R"({"id": "x", "regoin": "EU"})"); }) == ErrorCode::InvalidArgument);
  // Bounded attribute values: a 64 KiB string, 10,000 items.
  CHECK(code_of([&] { engine.session(R"({"id": ")" + std::string(64 * 1024 + 1, 'x') + R"("})"); }) == ErrorCode::InvalidArgument);
  CHECK(code_of([&] { engine.session(R"({"roles": [")" + std::string(64 * 1024 + 1, 'x') + R"("]})"); }) == ErrorCode::InvalidArgument);
  std::string many = R"({"id": "x", "roles": [)";
  for (int i = 0; i <= 10000; ++i) many += (i ? ",\"r" : "\"r") + std::to_string(i) + "\"";
  CHECK(code_of([&] { engine.session(many + "]}"); }) == ErrorCode::InvalidArgument);
  CHECK_NOTHROW(engine.session(R"({"id": ")" + std::string(64 * 1024, 'x') + R"("})"));
  Session s = engine.session(request("analyst"), kContext);
  CHECK(code_of([&] { s.plan("crm.customer"); }) == ErrorCode::UnknownProduct);
  CHECK(code_of([&] { s.plan("crm.customers", {"emial"}); }) == ErrorCode::UnknownProduct);

  // A principal without the attributes the permit reads is denied (fail closed), not an error.
  Plan anonymous = engine.session(R"({"id": "nobody"})").plan("crm.customers");
  CHECK(!anonymous.allowed());

  Plan plan = s.plan("crm.customers");
  // Schema drift: `customer_id` arrives as text instead of int64.
  eval::ArrowBatchBuilder drift;
  drift.add_utf8("customer_id", {std::string("1")});
  CHECK(code_of([&] { plan.filter(drift.schema(), drift.array()); }) == ErrorCode::SchemaMismatch);
  ArrowSchema os{};
  ArrowArray oa{};
  CHECK(code_of([&] { plan.apply(drift.schema(), drift.array(), &os, &oa); }) == ErrorCode::SchemaMismatch);
  CHECK(oa.release == nullptr);
  // A column the contract does not have.
  eval::ArrowBatchBuilder unknown;
  unknown.add_int64("customer_id", {1});
  unknown.add_utf8("ssn", {std::string("123")});
  CHECK(code_of([&] { plan.filter(unknown.schema(), unknown.array()); }) == ErrorCode::SchemaMismatch);
  CHECK(code_of([&] { plan.filter(nullptr, nullptr); }) == ErrorCode::InvalidArgument);
}

TEST_CASE("sessions read from the same JSON bytes share their inputs, and decide as if read anew", "[embed]") {
  Engine engine(options([](EngineOptions&) {}));
  engine.load_bundle_file(bundles().unsigned_path);
  Session first = engine.session(request("analyst"), kContext);
  Session again = engine.session(request("analyst"), kContext);
  CHECK(again.impl().inputs.get() == first.impl().inputs.get());
  // Other bytes (a space) are read anew: other inputs, the same content, the same decision.
  Session spaced = engine.session(" " + request("analyst"), kContext);
  CHECK(spaced.impl().inputs.get() != first.impl().inputs.get());
  CHECK(spaced.impl().inputs->key() == first.impl().inputs->key());
  CHECK(spaced.impl().inputs->plans() == first.impl().inputs->plans());  // one table of plans per content
  // Another context is another session's inputs.
  Session other = engine.session(request("analyst"), R"({"purposes": ["fraud"], "now": "2026-03-01T09:00:00Z"})");
  CHECK(other.impl().inputs.get() != first.impl().inputs.get());
  auto decided = [](const Session& s) {
    Plan p = s.plan("crm.customers");
    std::string out = p.allowed() ? "allow" : "deny";
    for (const auto& c : p.columns()) out += " " + c.name + ":" + std::to_string(static_cast<int>(c.outcome));
    return out;
  };
  CHECK(decided(again) == decided(first));
  CHECK(decided(spaced) == decided(first));
  // Documents that are refused are refused every time (nothing refused is kept).
  for (int i = 0; i < 3; ++i) CHECK_THROWS_AS(engine.session(R"({"id": "x", "clearance": "high"})"), Error);
  // A stream of one-off principals past the cache's size evicts nothing it would not read again,
  // and every session still decides as the first one did.
  const std::string analyst = request("analyst");
  const size_t id_at = analyst.find("\"ana\"");
  REQUIRE(id_at != std::string::npos);
  for (int i = 0; i < 6000; ++i) {
    std::string one_off = analyst;
    one_off.replace(id_at, 5, "\"one-off-" + std::to_string(i) + "\"");
    CHECK(decided(engine.session(one_off, kContext)) == decided(first));  // no rule reads `id`
  }
  CHECK(decided(engine.session(request("analyst"), kContext)) == decided(first));
  // A reload reads documents anew against the new bundle.
  engine.load_bundle_file(bundles().other_path);
  Session reloaded = engine.session(request("analyst"), kContext);
  CHECK(reloaded.impl().inputs.get() != first.impl().inputs.get());
  CHECK(reloaded.revision() == "r2");
  CHECK(decided(reloaded) == decided(first));
}

TEST_CASE("a reload swaps bundles atomically: open sessions finish on the bundle they started with", "[embed]") {
  Engine engine(options([](EngineOptions&) {}));
  engine.load_bundle_file(bundles().unsigned_path);
  Session before = engine.session(request("analyst"), kContext);
  engine.load_bundle_file(bundles().other_path);
  Session after = engine.session(request("analyst"), kContext);
  CHECK(before.revision() == "r1");
  CHECK(after.revision() == "r2");
  CHECK(before.plan("crm.customers").revision() == "r1");
  CHECK(after.plan("crm.customers").revision() == "r2");
  CHECK(engine.bundle()->revision == "r2");
}

TEST_CASE("require_jit refuses a bundle the JIT cannot compile and keeps the one in use", "[embed]") {
  Engine engine(options([&](EngineOptions& o) { o.require_jit = true; }));
  engine.load_bundle_file(bundles().unsigned_path);
  ::setenv("CUSTOS_JIT_DISABLE", "1", 1);
  try {
    engine.load_bundle_file(bundles().other_path);
    FAIL("loaded without the JIT");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::Jit);
  }
  ::unsetenv("CUSTOS_JIT_DISABLE");
  CHECK(engine.bundle()->revision == "r1");
  Engine lenient(options([](EngineOptions&) {}));  // default: the interpreter serves, and says so
  ::setenv("CUSTOS_JIT_DISABLE", "1", 1);
  BundleInfo info = lenient.load_bundle_file(bundles().other_path);
  ::unsetenv("CUSTOS_JIT_DISABLE");
  CHECK(!info.jit_status.empty());
  CHECK(lenient.session(request("analyst"), kContext).plan("crm.customers").allowed());
}

TEST_CASE("the decision log has one JSON line per decision with its id, revision and rules", "[embed]") {
  std::string log = (bundles().dir / "audit.jsonl").string();
  fs::remove(log);
  std::vector<std::string> ids;
  {
    Engine engine(options([&](EngineOptions& o) { o.audit_log_path = log; }));
    engine.load_bundle_file(bundles().unsigned_path);
    Session s = engine.session(request("analyst"), kContext);
    for (int i = 0; i < 50; ++i) ids.push_back(s.plan(i % 2 ? "crm.customers" : "after_sales.warranty_claims").decision_id());
    engine.flush_audit();
    AuditStats st = engine.audit_stats();
    CHECK(st.logged == 50);
    CHECK(st.dropped == 0);
  }
  std::ifstream in(log);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    REQUIRE(n < ids.size());
    CHECK(j["type"] == "decision");
    CHECK(j["decision_id"] == ids[n]);
    CHECK(j["revision"] == "r1");
    CHECK(j["principal"] == "ana");
    CHECK(j["time"].get<std::string>().size() == 27);
    if (n % 2) {
      CHECK(j["product"] == "crm.customers");
      CHECK(j["outcome"] == "allow");
      CHECK(j["rules"] == nlohmann::json::array({"crm-analysts", "domain-members-read-internal"}));
      CHECK(j["denied"] == nlohmann::json::array({"tax_id"}));
    }
    ++n;
  }
  CHECK(n == 50);
}

TEST_CASE("a full decision log drops records without blocking and says how many", "[embed][concurrency]") {
  std::string log = (bundles().dir / "audit-small.jsonl").string();
  fs::remove(log);
  uint64_t total = 0;
  AuditStats st;
  {
    Engine engine(options([&](EngineOptions& o) { o.audit_log_path = log; o.audit_queue_capacity = 2; }));
    engine.load_bundle_file(bundles().unsigned_path);
    Session s = engine.session(request("analyst"), kContext);
    std::vector<std::thread> threads;
    std::atomic<uint64_t> made{0};
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&] {
        for (int i = 0; i < 5000; ++i) {
          s.plan("crm.customers");
          ++made;
        }
      });
    }
    for (auto& t : threads) t.join();
    total = made;
    engine.flush_audit();
    st = engine.audit_stats();
  }
  CHECK(st.logged + st.dropped == total);
  CHECK(st.dropped > 0);
  std::ifstream in(log);
  std::string line, last_drops;
  uint64_t decisions = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["type"] == "decision") ++decisions;
    if (j["type"] == "audit_drops") last_drops = line;
  }
  CHECK(decisions == st.logged);
  REQUIRE(!last_drops.empty());
  CHECK(nlohmann::json::parse(last_drops)["dropped_total"] == st.dropped);
}

TEST_CASE("break-glass decisions are always logged, with the justification, even from a full queue", "[embed][concurrency]") {
  // The break-glass mesh of the CLI golden files: `incident-response` lets on-call engineers in
  // with a justification; `finance-reads-invoices` is an ordinary permit.
  const std::string mesh = std::string(CUSTOS_SOURCE_DIR) + "/tests/golden/cli/inputs/break_glass";
  const std::string path = (bundles().dir / "break-glass.bundle").string();
  {
    std::ostringstream out, err;
    REQUIRE(cli::run({"build", mesh, "-o", path, "--revision", "bg"}, out, err) == 0);
  }
  const std::string log = (bundles().dir / "audit-break-glass.jsonl").string();
  std::filesystem::remove(log);
  const std::string oncall = R"({"id": "olga", "roles": ["oncall"]})", finance = R"({"id": "fin", "roles": ["finance"]})";
  const std::string incident = R"({"now": "2026-03-01T09:00:00Z", "justification": "INC-4711 payment outage"})";
  uint64_t glass_made = 0, total = 0;
  AuditStats st;
  {
    Engine engine(options([&](EngineOptions& o) { o.audit_log_path = log; o.audit_queue_capacity = 2; }));
    engine.load_bundle_file(path);
    Session glass = engine.session(oncall, incident);
    Session plain = engine.session(finance, incident);
    std::atomic<uint64_t> glass_count{0}, made{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 2000; ++i) {
          const bool use_glass = (i + t) % 4 == 0;
          Plan p = (use_glass ? glass : plain).plan("billing.invoices");
          if (!p.allowed()) continue;
          glass_count += use_glass;
          ++made;
        }
      });
    }
    for (auto& t : threads) t.join();
    glass_made = glass_count;
    total = made;
    engine.flush_audit();
    st = engine.audit_stats();
  }
  REQUIRE(total == 8000);
  CHECK(st.logged + st.dropped == total);
  CHECK(st.dropped > 0);  // ordinary decisions were dropped from the full queue...
  std::ifstream in(log);
  std::string line;
  uint64_t glass_lines = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    if (j["type"] != "decision" || !j.contains("break_glass")) continue;
    ++glass_lines;
    CHECK(j["break_glass"]["rules"] == nlohmann::json::array({"incident-response"}));
    CHECK(j["break_glass"]["justification"] == "INC-4711 payment outage");
    CHECK(j["principal"] == "olga");
  }
  CHECK(glass_lines == glass_made);  // ...break-glass ones never
}

TEST_CASE("many threads decide while bundles reload, each answer from one consistent bundle", "[embed][concurrency]") {
  // Two bundles with different answers: the edited one forbids analysts (turning their permit into
  // a forbid), so access flips with the revision and any answer mixing the two bundles shows.
  std::string error;
  auto parsed = bundle::parse(slurp(bundles().unsigned_path), error);
  REQUIRE(parsed);
  bundle::Bundle deny = parsed->bundle;
  for (auto& f : deny.files) {
    if (f.path == "policies/crm.custos") {
      auto at = f.text.find("permit select on crm.customers when analyst;");
      REQUIRE(at != std::string::npos);
      f.text.replace(at, std::strlen("permit select on crm.customers when analyst;"),
                     "forbid select on crm.customers when analyst;");
    }
  }
  deny.revision = "deny";
  deny.content_sha256 = bundle::content_hash(deny.files);
  const std::string allow_bytes = slurp(bundles().unsigned_path);
  const std::string deny_bytes = bundle::serialize(deny);

  Engine engine(options([&](EngineOptions& o) { o.audit_log_path = (bundles().dir / "audit-reload.jsonl").string(); }));
  engine.load_bundle(allow_bytes, "allow");
  CustomerBatch cb;
  std::atomic<bool> stop{false};
  std::atomic<int> wrong{0}, decided{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      while (!stop) {
        Session s = engine.session(request("analyst"), kContext);
        Plan p = s.plan("crm.customers");
        bool expect = s.revision() == "r1";
        if (p.allowed() != expect || p.revision() != s.revision()) ++wrong;
        auto rows = p.filter(cb.batch.schema(), cb.batch.array());
        if (rows.size() != (expect ? 4u : 0u)) ++wrong;
        ++decided;
      }
    });
  }
  for (int i = 0; i < 12; ++i) {
    engine.load_bundle(i % 2 ? allow_bytes : deny_bytes, "reload");
    // A bad bundle in between changes nothing.
    CHECK_THROWS_AS(engine.load_bundle(allow_bytes.substr(0, 100), "cut"), Error);
  }
  stop = true;
  for (auto& t : threads) t.join();
  CHECK(wrong == 0);
  CHECK(decided > 0);
  engine.flush_audit();
  CHECK(engine.audit_stats().logged + engine.audit_stats().dropped == static_cast<uint64_t>(decided));
}

TEST_CASE("the hash key: none by default, never short, and the one the bundle was built for", "[embed][security]") {
  const std::string other_key = "another key of more than thirty-two bytes, not the bundle's";
  // No key: a bundle that masks with `hash` is refused, naming the rule and the bundle's key id.
  Engine keyless;
  try {
    keyless.load_bundle_file(bundles().unsigned_path);
    FAIL("loaded a bundle that masks with hash without a key");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::Key);
    CHECK(std::string(e.what()).find("gdpr-direct-identifiers") != std::string::npos);
    CHECK(std::string(e.what()).find(stdlib::hash_key_id(testing::kTestHashKey)) != std::string::npos);
  }
  CHECK_FALSE(keyless.bundle());
  // A short key is refused when the engine is made.
  for (const char* weak : {"custos", "0123456789abcdef0123456789abcde"}) {
    try {
      Engine e(options([&](EngineOptions& o) { o.hash_key = weak; }));
      FAIL("accepted a short hash key");
    } catch (const Error& e) {
      CHECK(e.code() == ErrorCode::Key);
    }
  }
  // Another key than the bundle's: refused, and the bundle in use keeps serving.
  Engine engine(options([](EngineOptions&) {}));
  BundleInfo info = engine.load_bundle_file(bundles().unsigned_path);
  CHECK(info.hash_key_id == stdlib::hash_key_id(testing::kTestHashKey));
  Engine wrong(options([&](EngineOptions& o) { o.hash_key = other_key; }));
  try {
    wrong.load_bundle_file(bundles().unsigned_path);
    FAIL("loaded with another key than the bundle's");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::Key);
    CHECK(std::string(e.what()).find("built for hash key") != std::string::npos);
  }
  // A provider is asked at every load with the bundle's key id, and wins over hash_key.
  std::vector<std::string> asked;
  Engine provided(options([&](EngineOptions& o) {
    o.hash_key = other_key;
    o.hash_key_provider = [&](const std::string& id) {
      asked.push_back(id);
      return testing::kTestHashKey;
    };
  }));
  provided.load_bundle_file(bundles().unsigned_path);
  provided.load_bundle_file(bundles().other_path);
  REQUIRE(asked.size() == 2);
  CHECK(asked[0] == stdlib::hash_key_id(testing::kTestHashKey));
  CHECK(provided.session(request("analyst"), kContext).plan("crm.customers").allowed());
}
