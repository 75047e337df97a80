// The C ABI (custos/custos.h) over the C++ API: every entry point catches everything.
#include "custos/custos.h"

#include <cstring>
#include <mutex>
#include <new>

#include <nlohmann/json.hpp>

#include "custos/custos.hpp"

#ifndef CUSTOS_VERSION
#define CUSTOS_VERSION "0.0.0"
#endif

// The C key provider, settable after the engine exists; the engine asks through it at every load.
struct CKeyProvider {
  std::mutex mutex;
  custos_hash_key_provider fn = nullptr;
  void* user_data = nullptr;
  std::string fixed_key;  // options->hash_key, used while no provider is set
};
struct custos_engine {
  std::shared_ptr<CKeyProvider> keys;
  custos::Engine engine;
  custos_engine(custos::EngineOptions o, std::shared_ptr<CKeyProvider> k) : keys(std::move(k)), engine(std::move(o)) {}
};
struct custos_session {
  custos::Session session;
};
struct custos_plan {
  custos::Plan plan;
};

namespace {

thread_local std::string last_error;

custos_status fail(custos_status s, std::string message) {
  last_error = std::move(message);
  return s;
}

// Runs `body`, turning every exception into a status and a message.
template <typename F>
custos_status guarded(F&& body) {
  try {
    last_error.clear();
    body();
    return CUSTOS_OK;
  } catch (const custos::Error& e) {
    return fail(static_cast<custos_status>(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return fail(CUSTOS_ERR_INTERNAL, "out of memory");
  } catch (const std::exception& e) {
    return fail(CUSTOS_ERR_INTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(CUSTOS_ERR_INTERNAL, "internal error");
  }
}

#define CUSTOS_REQUIRE(cond, what) \
  if (!(cond)) return fail(CUSTOS_ERR_INVALID_ARGUMENT, std::string(__func__) + ": " + (what))

const custos::ColumnPlan* column(const custos_plan* p, size_t i) {
  if (!p) return nullptr;
  const auto& cols = p->plan.columns();
  return i < cols.size() ? &cols[i] : nullptr;
}

}  // namespace

extern "C" {

const char* custos_version(void) { return CUSTOS_VERSION; }
const char* custos_last_error(void) { return last_error.c_str(); }
void custos_string_free(char* s) { std::free(s); }

void custos_engine_options_init(custos_engine_options* o) {
  if (!o) return;
  std::memset(o, 0, sizeof *o);
  o->jit = 1;
  o->audit_queue_capacity = 1u << 16;
}

custos_status custos_engine_new(const custos_engine_options* o, custos_engine** out) {
  CUSTOS_REQUIRE(out, "`out` is NULL");
  *out = nullptr;
  return guarded([&] {
    custos::EngineOptions opts;
    if (o) {
      if (o->public_key_pem) {
        // A key that is given must be a key (the engine checks the rest): "" does not mean "none".
        if (!*o->public_key_pem) throw custos::Error(custos::ErrorCode::Signature, "the public key is empty");
        opts.public_key_pem = o->public_key_pem;
      }
      opts.jit = o->jit != 0;
      opts.require_jit = o->require_jit != 0;
      if (o->audit_log_path) opts.audit_log_path = o->audit_log_path;
      if (o->audit_queue_capacity) opts.audit_queue_capacity = o->audit_queue_capacity;
      if (o->principal_id_attribute) opts.principal_id_attribute = o->principal_id_attribute;
      if (o->hash_key) opts.hash_key = o->hash_key;
    }
    auto keys = std::make_shared<CKeyProvider>();
    keys->fixed_key = opts.hash_key;
    opts.hash_key_provider = [keys](const std::string& key_id) {
      std::lock_guard lock(keys->mutex);
      if (!keys->fn) return keys->fixed_key;
      std::string key(4096, '\0');
      size_t length = 0;
      int rc = keys->fn(keys->user_data, key_id.c_str(), reinterpret_cast<unsigned char*>(key.data()), key.size(), &length);
      if (rc != 0) {
        throw custos::Error(custos::ErrorCode::Key, "the hash key provider refused key `" + key_id + "` (returned " +
                                                        std::to_string(rc) + ")");
      }
      if (length > key.size()) throw custos::Error(custos::ErrorCode::Key, "the hash key provider wrote too long a key");
      key.resize(length);
      return key;
    };
    *out = new custos_engine(std::move(opts), std::move(keys));
  });
}

void custos_engine_free(custos_engine* e) { delete e; }

custos_status custos_engine_set_hash_key_provider(custos_engine* e, custos_hash_key_provider provider, void* user_data) {
  CUSTOS_REQUIRE(e, "`engine` is NULL");
  std::lock_guard lock(e->keys->mutex);
  e->keys->fn = provider;
  e->keys->user_data = user_data;
  return CUSTOS_OK;
}

custos_status custos_engine_load_bundle_file(custos_engine* e, const char* path) {
  CUSTOS_REQUIRE(e && path, "`engine` or `path` is NULL");
  return guarded([&] { e->engine.load_bundle_file(path); });
}

custos_status custos_engine_load_bundle(custos_engine* e, const void* bytes, size_t length, const char* name) {
  CUSTOS_REQUIRE(e && (bytes || length == 0), "`engine` or `bytes` is NULL");
  return guarded([&] {
    e->engine.load_bundle(std::string_view(static_cast<const char*>(bytes), length), name ? name : "bundle");
  });
}

custos_status custos_engine_revision(const custos_engine* e, char* buf, size_t capacity) {
  CUSTOS_REQUIRE(e && buf, "`engine` or `buf` is NULL");
  std::optional<custos::BundleInfo> info;
  custos_status s = guarded([&] { info = e->engine.bundle(); });
  if (s != CUSTOS_OK) return s;
  if (!info) return fail(CUSTOS_ERR_NO_BUNDLE, "no bundle is loaded");
  if (info->revision.size() + 1 > capacity) {
    return fail(CUSTOS_ERR_BUFFER_TOO_SMALL, "custos_engine_revision: the revision needs " +
                                                 std::to_string(info->revision.size() + 1) + " bytes");
  }
  std::memcpy(buf, info->revision.c_str(), info->revision.size() + 1);
  return CUSTOS_OK;
}

custos_status custos_engine_audit_stats(const custos_engine* e, uint64_t* logged, uint64_t* dropped, uint64_t* failed) {
  CUSTOS_REQUIRE(e, "`engine` is NULL");
  auto s = e->engine.audit_stats();
  if (logged) *logged = s.logged;
  if (dropped) *dropped = s.dropped;
  if (failed) *failed = s.failed;
  return CUSTOS_OK;
}

custos_status custos_engine_flush_audit(custos_engine* e) {
  CUSTOS_REQUIRE(e, "`engine` is NULL");
  return guarded([&] { e->engine.flush_audit(); });
}

custos_status custos_session_new(const custos_engine* e, const char* principal_json, const char* context_json,
                                 custos_session** out) {
  CUSTOS_REQUIRE(e && principal_json && out, "`engine`, `principal_json` or `out` is NULL");
  *out = nullptr;
  return guarded([&] {
    *out = new custos_session{e->engine.session(principal_json, context_json ? context_json : "{}")};
  });
}

void custos_session_free(custos_session* s) { delete s; }

custos_status custos_session_plan(const custos_session* s, const char* product, const char* const* columns,
                                  size_t n_columns, custos_plan** out) {
  CUSTOS_REQUIRE(s && product && out, "`session`, `product` or `out` is NULL");
  CUSTOS_REQUIRE(columns || n_columns == 0, "`columns` is NULL but `n_columns` is not 0");
  *out = nullptr;
  return guarded([&] {
    std::vector<std::string> cols;
    for (size_t i = 0; i < n_columns; ++i) {
      if (!columns[i]) throw custos::Error(custos::ErrorCode::InvalidArgument, "column name " + std::to_string(i) + " is NULL");
      cols.emplace_back(columns[i]);
    }
    *out = new custos_plan{s->session.plan(product, cols)};
  });
}

void custos_plan_free(custos_plan* p) { delete p; }

int custos_plan_allowed(const custos_plan* p) { return p && p->plan.allowed() ? 1 : 0; }

size_t custos_plan_column_count(const custos_plan* p) { return p ? p->plan.columns().size() : 0; }

const char* custos_plan_column_name(const custos_plan* p, size_t i) {
  const auto* c = column(p, i);
  return c ? c->name.c_str() : nullptr;
}

custos_column_outcome custos_plan_column_outcome(const custos_plan* p, size_t i) {
  const auto* c = column(p, i);
  if (!c) return CUSTOS_COLUMN_DENIED;  // fail closed
  switch (c->outcome) {
    case custos::ColumnOutcome::Clear: return CUSTOS_COLUMN_CLEAR;
    case custos::ColumnOutcome::Masked: return CUSTOS_COLUMN_MASKED;
    default: return CUSTOS_COLUMN_DENIED;
  }
}

const char* custos_plan_column_mask(const custos_plan* p, size_t i) {
  const auto* c = column(p, i);
  return c && c->outcome == custos::ColumnOutcome::Masked && !c->masks.empty() ? c->masks.front().c_str() : nullptr;
}

const char* custos_plan_decision_id(const custos_plan* p) { return p ? p->plan.decision_id().c_str() : nullptr; }
const char* custos_plan_revision(const custos_plan* p) { return p ? p->plan.revision().c_str() : nullptr; }

char* custos_plan_to_json(const custos_plan* p) {
  if (!p) {
    fail(CUSTOS_ERR_INVALID_ARGUMENT, "custos_plan_to_json: `plan` is NULL");
    return nullptr;
  }
  char* result = nullptr;
  guarded([&] {
    nlohmann::json cols = nlohmann::json::array();
    for (const auto& c : p->plan.columns()) {
      cols.push_back({{"name", c.name}, {"outcome", custos::to_string(c.outcome)}, {"masks", c.masks},
                      {"masked_by_row", c.masked_by_row}, {"rules", c.rules}});
    }
    nlohmann::json j = {{"decision_id", p->plan.decision_id()}, {"revision", p->plan.revision()},
                        {"product", p->plan.product()},         {"allowed", p->plan.allowed()},
                        {"access_rules", p->plan.access_rules()}, {"row_rules", p->plan.row_rules()},
                        {"columns", cols},                      {"engine", p->plan.engine()}};
    std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    result = static_cast<char*>(std::malloc(text.size() + 1));
    if (!result) throw std::bad_alloc();
    std::memcpy(result, text.c_str(), text.size() + 1);
  });
  return result;
}

custos_status custos_plan_filter(const custos_plan* p, const ArrowSchema* schema, const ArrowArray* batch,
                                 uint32_t* rows, size_t capacity, size_t* count) {
  CUSTOS_REQUIRE(p && schema && batch && count, "`plan`, `schema`, `batch` or `count` is NULL");
  *count = 0;
  std::vector<uint32_t> visible;
  custos_status s = guarded([&] { visible = p->plan.filter(schema, batch); });
  if (s != CUSTOS_OK) return s;
  if (visible.size() > capacity || (!rows && !visible.empty())) {
    *count = visible.size();
    return fail(CUSTOS_ERR_BUFFER_TOO_SMALL,
                "custos_plan_filter: " + std::to_string(visible.size()) + " visible rows, room for " + std::to_string(capacity));
  }
  if (!visible.empty()) std::memcpy(rows, visible.data(), visible.size() * sizeof(uint32_t));
  *count = visible.size();
  return CUSTOS_OK;
}

custos_status custos_plan_apply(const custos_plan* p, const ArrowSchema* schema, const ArrowArray* batch,
                                ArrowSchema* out_schema, ArrowArray* out_batch) {
  CUSTOS_REQUIRE(p && schema && batch && out_schema && out_batch, "an argument is NULL");
  return guarded([&] { p->plan.apply(schema, batch, out_schema, out_batch); });
}

}  // extern "C"
