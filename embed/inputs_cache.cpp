#include "inputs_cache.h"

#include <functional>

namespace custos::embed {

uint64_t InputsCache::hash(std::string_view principal_json, std::string_view context_json) {
  const uint64_t p = std::hash<std::string_view>{}(principal_json);
  const uint64_t c = std::hash<std::string_view>{}(context_json);
  return p ^ (c + 0x9e3779b97f4a7c15ull + (p << 6) + (p >> 2));
}

std::shared_ptr<const jit::Inputs> InputsCache::find(std::string_view principal_json, std::string_view context_json) const {
  if (principal_json.size() + context_json.size() > kMaxBytes) return nullptr;
  const uint64_t h = hash(principal_json, context_json);
  Shard& s = shard(h);
  std::lock_guard lock(s.mutex);
  auto it = s.entries.find(h);
  if (it == s.entries.end() || it->second.principal != principal_json || it->second.context != context_json) return nullptr;
  return it->second.inputs;
}

void InputsCache::add(std::string_view principal_json, std::string_view context_json,
                      std::shared_ptr<const jit::Inputs> inputs) const {
  if (principal_json.size() + context_json.size() > kMaxBytes) return;
  const uint64_t h = hash(principal_json, context_json);
  Shard& s = shard(h);
  std::lock_guard lock(s.mutex);
  if (s.entries.size() >= kEntriesPerShard) {
    // Full: only a document seen before is worth starting the shard over (one-off principals
    // streaming past would otherwise evict the ones that come back).
    if (!sightings_.seen_before(h)) return;
    s.entries.clear();
  }
  // On a hash collision the newer document takes the slot (the older one is read again when next seen).
  s.entries[h] = Entry{std::string(principal_json), std::string(context_json), std::move(inputs)};
}

}  // namespace custos::embed
