// The engine's cache of inputs read from JSON (embed/inputs_cache.h): exact bytes, the bound, the
// admission of documents seen before when full, and documents too large to keep.
#include <catch2/catch.hpp>

#include "inputs_cache.h"
#include "support/golden_mesh.h"

using namespace custos;

namespace {

std::shared_ptr<const jit::Inputs> inputs_for(const MeshConfig& config, const std::string& id) {
  eval::Attributes p;
  p.values["id"] = eval::Val::of(id);
  return std::make_shared<const jit::Inputs>(config, p, eval::Attributes{});
}

std::string doc(int i) { return "{\"id\": \"u" + std::to_string(i) + "\"}"; }

}  // namespace

TEST_CASE("the inputs cache answers only for the exact bytes of both documents", "[embed]") {
  testing::GoldenMesh golden;
  embed::InputsCache cache;
  auto a = inputs_for(golden.mesh->config, "a");
  CHECK(!cache.find(doc(1), "{}"));
  cache.add(doc(1), "{}", a);
  CHECK(cache.find(doc(1), "{}") == a);
  CHECK(!cache.find(doc(1), "{ }"));
  CHECK(!cache.find(doc(1) + " ", "{}"));
  CHECK(!cache.find(doc(2), "{}"));
  // The principal and the context are not interchangeable halves of one string.
  cache.add("{\"id\": ", "\"x\"}", a);
  CHECK(!cache.find("{\"id\": \"x\"}", ""));
}

TEST_CASE("a full inputs cache admits only documents seen before, and never keeps huge ones", "[embed]") {
  testing::GoldenMesh golden;
  embed::InputsCache cache;
  auto a = inputs_for(golden.mesh->config, "a");
  const int capacity = static_cast<int>(embed::InputsCache::kShards * embed::InputsCache::kEntriesPerShard);
  for (int i = 0; i < 4 * capacity; ++i) cache.add(doc(i), "{}", a);
  int kept = 0;
  for (int i = 0; i < 4 * capacity; ++i) kept += cache.find(doc(i), "{}") != nullptr;
  CHECK(kept <= capacity);
  CHECK(kept >= capacity / 2);  // the first ones, until their shards filled
  // A document seen before (offered twice) gets in even when its shard is full.
  const std::string late = doc(10 * capacity);
  cache.add(late, "{}", a);
  cache.add(late, "{}", a);
  CHECK(cache.find(late, "{}") == a);
  const std::string huge = "{\"id\": \"" + std::string(embed::InputsCache::kMaxBytes, 'x') + "\"}";
  cache.add(huge, "{}", a);
  cache.add(huge, "{}", a);
  CHECK(!cache.find(huge, "{}"));
}
