// A bounded soak of `custos serve` on loopback: 16 keep-alive connections send Trino's requests
// (table access, row filters, column masks, a metadata batch) while the bundle and the principals
// are hot-reloaded every second. No request may fail, no answer may differ from the one given
// before any reload, and the process must not grow from reload to reload (old bundles and their
// JIT code are freed). CUSTOS_SOAK_SECONDS sets the length (default 8; docs/trino.md gives the
// longer run).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "support/example_service.h"
#include "support/http_load.h"
#include "support/test_keys.h"
#include "support/trino_requests.h"

using namespace custos;
using nlohmann::json;
namespace trino = custos::testing::trino;

namespace {

// Resident set size of this process in bytes.
size_t resident_bytes() {
  std::ifstream f("/proc/self/statm");
  size_t pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * static_cast<size_t>(::sysconf(_SC_PAGESIZE));
}

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;  // sanitizers keep freed memory in quarantine: RSS says nothing
#else
constexpr bool kSanitized = false;
#endif

}  // namespace

TEST_CASE("serve: a soak with a hot reload every second fails no request, changes no answer, does not grow", "[serve][soak][concurrency]") {
  testing::ExampleService service(testing::kTestHashKey);
  json metadata = json::array();
  for (const char* t : {"customers", "staging", "orders"}) metadata.push_back(trino::table("lake", "crm", t));
  std::vector<testing::LoadRequest> mix = {
      {"/v1/data/trino/allow", trino::select("ana", "crm", "customers", {"customer_id", "email"}).dump()},
      {"/v1/data/trino/allow", trino::select("zed", "crm", "customers", {"customer_id"}).dump()},
      {"/v1/data/trino/rowFilters", trino::row_filters("bo", "crm", "customers").dump()},
      {"/v1/data/trino/batchColumnMasks",
       trino::masks("ana", {trino::column("crm", "customers", "email", "varchar"), trino::column("crm", "customers", "tax_id", "varchar")}).dump()},
      {"/v1/data/trino/batch", trino::filter("ana", "FilterTables", metadata).dump()},
      {"/v1/data/trino/allow", trino::select("mallory", "crm", "customers", {"customer_id"}).dump()},
  };
  // The answers before any reload, without their decision ids (fresh for every decision).
  auto before = service.expected_answers(mix);
  const std::vector<json>& expected = before.answers;
  for (const auto& e : expected) REQUIRE_FALSE(e.contains("http_status"));
  CHECK(expected[0]["result"] == true);
  CHECK(expected[1]["result"] == false);
  CHECK(expected[5]["result"] == false);

  const char* env = std::getenv("CUSTOS_SOAK_SECONDS");
  const double seconds = env && std::atof(env) > 0 ? std::atof(env) : 8.0;
  testing::LoadOptions options;
  options.port = service.port();
  options.connections = 16;
  options.duration = std::chrono::milliseconds(static_cast<long>(seconds * 1000));
  options.check = before.check;
  // Every second: reload the bundle (verify, check, compile, swap) and the principals. The size of
  // the process after the second reload is the baseline; later reloads must not add to it.
  int reloads = 0;
  size_t baseline = 0, peak = 0;
  std::string reload_error;
  options.on_tick = [&] {
    try {
      service.engine().load_bundle_file(service.bundle_path());
      service.server().set_principals(serve::Principals::from_json(testing::ExampleService::principals(), "soak"));
    } catch (const std::exception& e) {
      if (reload_error.empty()) reload_error = e.what();
    }
    ++reloads;
    size_t now = resident_bytes();
    if (reloads == 2) baseline = now;
    if (reloads > 2) peak = std::max(peak, now);
  };
  testing::LoadResult r = testing::run_load(options, mix);
  INFO(r.first_problem);
  INFO("requests " << r.requests << ", reloads " << reloads << ", " << r.per_second() << " requests/s");
  CHECK(reload_error.empty());
  CHECK(r.failures == 0);
  CHECK(r.wrong == 0);
  CHECK(r.requests > 1000);
  // A reload takes its own time (seconds under ASan), and the next is due a second after it ends:
  // ask only for enough reloads to compare the process's size across them.
  CHECK(reloads >= 3);
  if (!kSanitized && reloads > 3) {
    INFO("resident after the 2nd reload " << baseline / 1024 << " KiB, peak after " << peak / 1024 << " KiB");
    // Allocator slack is bounded; a leak of one bundle per reload (its mesh, plans, JIT code) is not.
    CHECK(peak <= baseline + (8u << 20));
  }
}
