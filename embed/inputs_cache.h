// Sessions' inputs already read, by the exact bytes of the principal's and the context's JSON.
// An engine binds the same principal for query after query (Trino sends the identity with each
// request), so Engine::session reads, checks and encodes a document once and later sessions with
// the same bytes share the result (jit::Inputs is immutable once made). Exact: the same bytes read
// against the same bundle's declarations give the same inputs; documents that differ in a space or
// in key order are simply different entries. Bounded, per loaded bundle: a full shard starts over,
// but only for a document seen before, so a stream of one-off principals evicts nothing.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "compiled_policy_set.h"
#include "support/second_sighting.h"

namespace custos::embed {

class InputsCache {
 public:
  // Documents longer than this together are not kept (they are rare, and would crowd the cache).
  static constexpr size_t kMaxBytes = 4096;
  static constexpr size_t kShards = 16;
  static constexpr size_t kEntriesPerShard = 256;

  std::shared_ptr<const jit::Inputs> find(std::string_view principal_json, std::string_view context_json) const;
  void add(std::string_view principal_json, std::string_view context_json, std::shared_ptr<const jit::Inputs> inputs) const;

 private:
  struct Entry {
    std::string principal, context;
    std::shared_ptr<const jit::Inputs> inputs;
  };
  struct alignas(64) Shard {
    std::mutex mutex;
    std::unordered_map<uint64_t, Entry> entries;
  };
  static uint64_t hash(std::string_view principal_json, std::string_view context_json);
  Shard& shard(uint64_t hash) const { return shards_[(hash ^ (hash >> 31)) % kShards]; }
  mutable std::array<Shard, kShards> shards_;
  mutable SecondSighting<> sightings_;
};

}  // namespace custos::embed
