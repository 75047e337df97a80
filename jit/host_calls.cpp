// Host functions for JIT-compiled code.
#include "host_calls.h"

#include <atomic>
#include <cstring>

namespace custos::jit {

std::optional<VKind> vkind_of(const Type& t) {
  switch (t.kind) {
    case TypeKind::Bool: return VKind::Bool;
    case TypeKind::Int: return VKind::Int;
    case TypeKind::Float: return VKind::Float;
    case TypeKind::String:
    case TypeKind::Enum: return VKind::String;
    case TypeKind::Date: return VKind::Date;
    case TypeKind::Timestamp: return VKind::Timestamp;
    case TypeKind::Set:
    case TypeKind::List: return VKind::Collection;
    default: return std::nullopt;
  }
}

Slot slot_of(const eval::Val& v, VKind kind, std::string* storage) {
  Slot s;
  if (v.is_error()) return s;
  if (kind == VKind::Collection) {
    if (v.kind == eval::Val::Kind::Collection) {
      s.state = kValue;
      s.str = reinterpret_cast<const char*>(v.items.get());
    } else if (v.is_null()) {
      s.state = kNull;
    }
    return s;
  }
  if (v.kind != eval::Val::Kind::Atom) return s;
  const Scalar& x = v.scalar;
  if (is_null(x)) {
    s.state = kNull;
    return s;
  }
  bool ok = true;
  switch (kind) {
    case VKind::Bool: ok = std::holds_alternative<bool>(x); if (ok) s.word = std::get<bool>(x); break;
    case VKind::Int: ok = std::holds_alternative<int64_t>(x); if (ok) s.word = std::get<int64_t>(x); break;
    case VKind::Float: ok = std::holds_alternative<double>(x); if (ok) std::memcpy(&s.word, &std::get<double>(x), 8); break;
    case VKind::Date: ok = std::holds_alternative<Date>(x); if (ok) s.word = std::get<Date>(x).days; break;
    case VKind::Timestamp: ok = std::holds_alternative<Timestamp>(x); if (ok) s.word = std::get<Timestamp>(x).micros; break;
    case VKind::String:
      ok = std::holds_alternative<std::string>(x);
      if (ok) {
        const std::string* text = &std::get<std::string>(x);
        if (storage) {
          *storage = *text;
          text = storage;
        }
        s.str = text->data();
        s.len = static_cast<int64_t>(text->size());
      }
      break;
    case VKind::Collection: ok = false; break;
  }
  s.state = ok ? kValue : kError;
  return s;
}

eval::Val val_of(const Slot& s, VKind kind) {
  if (s.state == kNull) return eval::Val::null();
  if (s.state != kValue) return eval::Val::error();
  switch (kind) {
    case VKind::Bool: return eval::Val::of(s.word != 0);
    case VKind::Int: return eval::Val::of(s.word);
    case VKind::Float: {
      double d;
      std::memcpy(&d, &s.word, 8);
      return eval::Val::of(d);
    }
    case VKind::String: return eval::Val::of(std::string(s.str, static_cast<size_t>(s.len)));
    case VKind::Date: return eval::Val::of(Date{static_cast<int32_t>(s.word)});
    case VKind::Timestamp: return eval::Val::of(Timestamp{s.word});
    case VKind::Collection:
      return eval::Val::collection(*reinterpret_cast<const std::vector<Scalar>*>(s.str));
  }
  return eval::Val::error();
}

namespace {
std::atomic<int64_t> g_fail_countdown{0};
std::atomic<int64_t> g_failures{0};

// The fault-injection hook: a relaxed load when disarmed.
void maybe_inject_failure() {
  if (g_fail_countdown.load(std::memory_order_relaxed) > 0 && g_fail_countdown.fetch_sub(1) == 1) {
    g_failures.fetch_add(1);
    throw std::bad_alloc();
  }
}

template <class T>
T& grow(std::deque<T>& d, int32_t i) {
  maybe_inject_failure();
  if (i < 0) throw std::out_of_range("scratch index");
  if (d.size() <= static_cast<size_t>(i)) d.resize(static_cast<size_t>(i) + 1);
  return d[static_cast<size_t>(i)];
}
}  // namespace

void fail_scratch_allocation_after(int64_t n) { g_fail_countdown.store(n); }
int64_t injected_scratch_failures() { return g_failures.load(); }

std::string& HostContext::string_at(int32_t i) {
  if (!scratch) scratch = std::make_unique<Scratch>();
  return grow(scratch->strings, i);
}
eval::Val& HostContext::value_at(int32_t i) {
  if (!scratch) scratch = std::make_unique<Scratch>();
  return grow(scratch->values, i);
}
std::vector<uint8_t>& HostContext::buffer_at(int32_t i) {
  if (!scratch) scratch = std::make_unique<Scratch>();
  return grow(scratch->buffers, i);
}

}  // namespace custos::jit

using namespace custos;
using namespace custos::jit;

extern "C" {

void custos_jit_call(const CallSite* site, const Slot* args, Slot* out, HostContext* host) noexcept {
  *out = Slot{};
  try {
    // The arguments, in a buffer each thread reuses (a stdlib function never calls back into
    // compiled code, so one call at a time uses it).
    thread_local std::vector<Scalar> values;
    values.clear();
    bool any_null = false;
    for (size_t i = 0; i < site->args.size(); ++i) {
      if (args[i].state == kError || site->args[i] == VKind::Collection) return;  // error
      eval::Val v = val_of(args[i], site->args[i]);
      any_null |= v.is_null();
      values.push_back(std::move(v.scalar));
    }
    if (any_null && site->fn->null_in_null_out) {
      out->state = kNull;
      return;
    }
    static const stdlib::NativeContext kDefault;
    auto r = site->fn->impl(values, host && host->natives ? *host->natives : kDefault);
    if (!r) return;
    // A string result is kept in the site's scratch, which compiled code reads it from.
    std::string* storage = nullptr;
    if (std::holds_alternative<std::string>(*r)) {
      if (!host) return;
      storage = &host->string_at(site->scratch);
    }
    *out = slot_of(eval::Val::of(std::move(*r)), site->result, storage);
  } catch (...) {
    *out = Slot{};
    if (host) host->failed = true;
  }
}

void custos_jit_fallback(const FallbackSite* site, HostContext* host, Slot* out) noexcept {
  *out = Slot{};
  try {
    eval::Env env{host->principal, host->context, nullptr, nullptr, host->natives};
    eval::Val& v = host->value_at(site->scratch);
    v = eval::evaluate(*site->expr, env);
    *out = slot_of(v, site->result, &host->string_at(site->scratch));
  } catch (...) {
    *out = Slot{};
    host->failed = true;
  }
}

int32_t custos_jit_contains(const void* collection, const Slot* item, int32_t kind) noexcept {
  try {
    const auto& items = *static_cast<const std::vector<Scalar>*>(collection);
    if (static_cast<VKind>(kind) == VKind::String && item->state == kValue) {
      // The text is read in place, not copied into a Val.
      const std::string_view text(item->str, static_cast<size_t>(item->len));
      for (const auto& i : items) {
        if (scalar_equals_text(i, text)) return 1;
      }
      return 0;
    }
    eval::Val v = val_of(*item, static_cast<VKind>(kind));
    for (const auto& i : items) {
      if (auto c = compare_scalars(i, v.scalar); c && *c == 0) return 1;
    }
    return 0;
  } catch (...) {
    return -1;  // the caller turns this into an error
  }
}

int32_t custos_jit_strcmp(const char* a, int64_t alen, const char* b, int64_t blen) noexcept {
  size_t n = static_cast<size_t>(alen < blen ? alen : blen);
  int c = n ? std::memcmp(a, b, n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return alen < blen ? -1 : (alen > blen ? 1 : 0);
}

uint8_t* custos_jit_scratch(HostContext* host, int32_t id, int64_t size) noexcept {
  try {
    auto& b = host->buffer_at(id);
    if (b.size() < static_cast<size_t>(size) + 1) b.resize(static_cast<size_t>(size) + 1);
    return b.data();
  } catch (...) {
    host->failed = true;
    return nullptr;
  }
}

}  // extern "C"
