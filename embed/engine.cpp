// Engine, Session and Plan: the embedding API on top of bundles and the compiled policy set.
#include <chrono>
#include <cstring>
#include <random>

#include <nlohmann/json.hpp>

#include "arrow_batch.h"
#include "arrow_export.h"
#include "decision_inputs.h"
#include "engine_state.h"
#include "hash_key.h"
#include "ir/policy_set.h"
#include "signing.h"

namespace custos {

namespace {

std::string hex64(uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) s[static_cast<size_t>(i)] = digits[v & 15];
  return s;
}

int64_t now_micros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string utc_time(int64_t micros) {
  time_t secs = static_cast<time_t>(micros / 1000000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(micros % 1000000));
  return buf;
}

std::vector<std::string> rule_ids(const std::vector<const ir::Rule*>& rules) {
  std::vector<std::string> out;
  out.reserve(rules.size());
  for (const auto* r : rules) out.push_back(r->id);
  return out;
}

ColumnOutcome public_outcome(eval::ColumnOutcome o) {
  switch (o) {
    case eval::ColumnOutcome::Clear: return ColumnOutcome::Clear;
    case eval::ColumnOutcome::Masked: return ColumnOutcome::Masked;
    default: return ColumnOutcome::Denied;
  }
}

// The principal's id for the log: the configured attribute when it is a string or an integer.
nlohmann::json principal_id(const jit::Inputs& inputs, const std::string& attribute) {
  const eval::Val* v = inputs.principal().find(attribute);
  if (v && v->kind == eval::Val::Kind::Atom) {
    if (auto* s = std::get_if<std::string>(&v->scalar)) return *s;
    if (auto* i = std::get_if<int64_t>(&v->scalar)) return *i;
  }
  return nullptr;
}


}  // namespace

const char* to_string(ColumnOutcome o) {
  switch (o) {
    case ColumnOutcome::Clear: return "clear";
    case ColumnOutcome::Masked: return "masked";
    case ColumnOutcome::Denied: return "denied";
  }
  return "?";
}

const std::string& Plan::Impl::decision_id() const {
  if (!id_ready_.load(std::memory_order_acquire)) {
    std::lock_guard lock(fill_);
    if (!id_ready_.load(std::memory_order_relaxed)) {
      decision_id_ = hex64(id_prefix) + "-" + hex64(sequence);
      id_ready_.store(true, std::memory_order_release);
    }
  }
  return decision_id_;
}

const Plan::Impl::Described& Plan::Impl::described() const {
  if (described_ready_.load(std::memory_order_acquire)) return described_;
  std::lock_guard lock(fill_);
  if (!described_ready_.load(std::memory_order_relaxed)) {
    const jit::CompiledPlan& cp = *plan;
    const Product& p = state->bundle->mesh->products.at(cp.product);
    described_.product = p.qualified();
    described_.decision_id = hex64(id_prefix) + "-" + hex64(sequence);  // as decision_id()
    described_.access_rules = rule_ids(cp.access_rules);
    described_.row_rules = rule_ids(cp.row_rules);
    for (const auto& cd : cp.columns) {
      ColumnPlan c;
      c.name = p.columns.at(cd.index).name;
      c.outcome = public_outcome(cd.outcome);
      c.rules = rule_ids(cd.rules);
      for (const auto& m : cd.masks) c.masks.emplace_back(m.rule->mask->name);
      c.masked_by_row = !cd.masks.empty() && cd.masks.front().by_row;
      described_.columns.push_back(std::move(c));
    }
    described_ready_.store(true, std::memory_order_release);
  }
  return described_;
}

// ---- Engine ----------------------------------------------------------------------------------

uint64_t EngineState::next_sequence() {
  constexpr uint64_t kBlock = 256;
  thread_local uint64_t owner = 0, next = 0, end = 0;
  if (owner != generation || next == end) {
    next = next_decision.fetch_add(kBlock, std::memory_order_relaxed);
    end = next + kBlock;
    owner = generation;
  }
  return next++;
}

namespace {

std::string format_decision(const EngineOptions& options, const embed::AuditRecord& r) {
  if (r.refusal) {
    const auto& x = *static_cast<const embed::Refusal*>(r.decision.get());
    nlohmann::json line = {{"type", "decision"}, {"decision_id", hex64(x.id_prefix) + "-" + hex64(r.sequence)},
                           {"time", utc_time(r.unix_micros)}, {"principal", x.principal},
                           {"action", x.action},  {"product", x.product},          {"outcome", "deny"},
                           {"reason", x.reason},  {"rules", nlohmann::json::array()}};
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  const auto& impl = *static_cast<const Plan::Impl*>(r.decision.get());
  const auto& d = impl.described();
  nlohmann::json masked = nlohmann::json::array(), denied = nlohmann::json::array();
  for (const auto& c : d.columns) {
    if (c.outcome == ColumnOutcome::Masked) masked.push_back(c.name);
    if (c.outcome == ColumnOutcome::Denied) denied.push_back(c.name);
  }
  nlohmann::json rules = d.access_rules;
  nlohmann::json line = {{"type", "decision"},
                         {"decision_id", d.decision_id},
                         {"time", utc_time(r.unix_micros)},
                         {"revision", impl.state->info.revision},
                         {"principal", principal_id(*impl.session->inputs, options.principal_id_attribute)},
                         {"product", d.product},
                         {"outcome", impl.plan->allowed ? "allow" : "deny"},
                         {"rules", rules},
                         {"row_rules", d.row_rules},
                         {"masked", masked},
                         {"denied", denied},
                         {"engine", jit::to_string(impl.plan->engine)}};
  if (!impl.plan->allowed) {
    line["reason"] = eval::access_why(false, impl.plan->permits_holding, d.access_rules);
  }
  // Break-glass access carries its marker and the justification given, on every such line.
  if (const auto& glass = impl.plan->break_glass; !glass.empty()) {
    nlohmann::json ids = nlohmann::json::array();
    for (const ir::Rule* g : glass) ids.push_back(g->id);
    const eval::Val* why = impl.session->inputs->context().find("justification");
    const std::string* text = why && why->kind == eval::Val::Kind::Atom ? std::get_if<std::string>(&why->scalar) : nullptr;
    line["break_glass"] = {{"rules", ids}, {"justification", text ? nlohmann::json(*text) : nlohmann::json(nullptr)}};
  }
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The `hash` key for `loaded`: from the provider or the options; "" when the policies need none.
// Throws ErrorCode::Key when they need one and there is none, when it is too short, or when the
// bundle was built for another key (its pseudonyms would not match the other systems').
std::string hash_key_for(const EngineOptions& opts, const bundle::LoadedBundle& loaded, const std::string& name) {
  std::string key = opts.hash_key_provider ? opts.hash_key_provider(loaded.hash_key_id) : opts.hash_key;
  if (key.empty()) {
    if (const ir::Rule* rule = ir::first_keyed_rule(*loaded.set)) {
      throw Error(ErrorCode::Key, name + ": rule `" + rule->id + "` masks with `hash`, and no hash key was given" +
                                      (loaded.hash_key_id.empty() ? "" : " (the bundle was built for key " + loaded.hash_key_id + ")") +
                                      "");
    }
    return key;
  }
  if (auto problem = stdlib::hash_key_problem(key)) throw Error(ErrorCode::Key, name + ": hash key: " + *problem);
  std::string id = stdlib::hash_key_id(key);
  if (!loaded.hash_key_id.empty() && id != loaded.hash_key_id) {
    throw Error(ErrorCode::Key, name + ": the bundle was built for hash key " + loaded.hash_key_id + ", and the engine's key is " +
                                    id + "; its pseudonyms would not match: give the engine the bundle's key or rebuild the bundle");
  }
  return key;
}

}  // namespace

Engine::Engine(EngineOptions options) : state_(std::make_shared<EngineState>()) {
  state_->options = std::move(options);
  // A key that is set must be a key: an empty or unreadable one never turns verification off.
  if (!state_->options.public_key_pem.empty()) {
    std::string error;
    if (!bundle::is_public_key(state_->options.public_key_pem, error)) throw Error(ErrorCode::Signature, error);
  }
  if (!state_->options.hash_key.empty()) {
    if (auto problem = stdlib::hash_key_problem(state_->options.hash_key)) throw Error(ErrorCode::Key, "hash key: " + *problem);
  }
  static std::atomic<uint64_t> generations{0};
  state_->generation = ++generations;
  std::random_device rd;
  state_->id_prefix = (static_cast<uint64_t>(rd()) << 32) ^ rd() ^ static_cast<uint64_t>(now_micros());
  if (!state_->options.audit_log_path.empty()) {
    const EngineOptions& opts = state_->options;
    try {
      state_->audit = std::make_unique<embed::AuditLog>(
          opts.audit_log_path, opts.audit_queue_capacity,
          [&opts](const embed::AuditRecord& r) { return format_decision(opts, r); });
    } catch (const std::exception& e) {
      throw Error(ErrorCode::InvalidArgument, e.what());
    }
  }
}

Engine::~Engine() {
  // Closing the log drains it; sessions still alive log nothing more (counted as dropped).
  if (state_->audit) state_->audit->close();
}

BundleInfo Engine::load_bundle_file(const std::string& path) {
  ReadResult r = read_file_limited(path, bundle::kMaxBundleBytes);
  if (!r.text) throw Error(ErrorCode::Bundle, "cannot read bundle `" + path + "`: " + r.error);
  return load_bundle(*r.text, path);
}

BundleInfo Engine::load_bundle(std::string_view bytes, const std::string& name) {
  std::lock_guard one_at_a_time(state_->load_mutex);
  const EngineOptions& opts = state_->options;
  bundle::VerifyOptions verify{opts.public_key_pem};
  std::string error;
  auto loaded = bundle::load(bytes, verify, name, error);
  if (!loaded) {
    bool signature = error.find("signature") != std::string::npos || error.find("not signed") != std::string::npos;
    throw Error(signature ? ErrorCode::Signature : ErrorCode::Bundle, name + ": " + error);
  }
  auto state = std::make_shared<LoadedState>();
  state->bundle = std::move(loaded);
  state->products.reserve(state->bundle->mesh->index.size());
  for (const auto& [qualified, position] : state->bundle->mesh->index) state->products.emplace(qualified, position);
  jit::Options jo;
  jo.enabled = opts.jit;
  jo.background = !opts.compile_before_swap;
  // A product is compiled when first decided, unless the caller needs to know at load that the
  // whole bundle compiles (require_jit) or wants it compiled before the swap.
  jo.lazy = !opts.compile_before_swap && !opts.require_jit;
  stdlib::NativeContext natives;
  natives.hash_key = hash_key_for(opts, *state->bundle, name);
  state->compiled = jit::CompiledPolicySet::start(*state->bundle->set, jo);
  state->compiled->set_natives(natives);
  if (opts.compile_before_swap) state->compiled->wait();
  BundleInfo& info = state->info;
  info.revision = state->bundle->revision;
  info.mesh = state->bundle->mesh_name;
  info.content_sha256 = state->bundle->content_sha256;
  info.signature_verified = state->bundle->signature_verified;
  info.products = state->bundle->mesh->products.size();
  info.rules = state->bundle->set->program.rules_as_written();
  info.hash_key_id = natives.hash_key.empty() ? std::string() : stdlib::hash_key_id(natives.hash_key);
  info.jit_status = opts.jit && !opts.compile_before_swap ? std::string() : state->compiled->error();
  if (opts.jit && opts.require_jit && !info.jit_status.empty()) {
    throw Error(ErrorCode::Jit, name + ": " + info.jit_status);
  }
  std::shared_ptr<const LoadedState> old;
  {
    std::lock_guard lock(state_->mutex);
    old = std::move(state_->current);
    state_->current = state;
  }
  // `old` is released here, outside the lock; sessions still holding it keep it alive.
  return info;
}

std::optional<BundleInfo> Engine::bundle() const {
  auto s = state_->snapshot();
  if (!s) return std::nullopt;
  return s->info;
}

Session Engine::session(std::string_view principal_json, std::string_view context_json) const {
  auto state = state_->snapshot();
  if (!state) throw Error(ErrorCode::NoBundle, "no bundle is loaded; call load_bundle_file first");
  auto impl = std::make_shared<Session::Impl>();
  impl->engine = state_;
  // The same documents as an earlier session's (the same principal's next query): its inputs.
  if (auto seen = state->inputs.find(principal_json, context_json)) {
    impl->inputs = std::move(seen);
    impl->state = std::move(state);
    return Session(std::move(impl));
  }
  const MeshConfig& config = state->bundle->mesh->config;
  std::vector<std::string> errors;
  auto principal = eval::attributes_from_json(principal_json, config.principal, "principal", errors);
  auto context = eval::attributes_from_json(context_json.empty() ? "{}" : context_json, config.context, "context", errors);
  if (!errors.empty()) {
    std::string msg = errors.front();
    for (size_t i = 1; i < errors.size() && i < 5; ++i) msg += "; " + errors[i];
    throw Error(ErrorCode::InvalidArgument, msg);
  }
  auto inputs = std::make_shared<const jit::Inputs>(config, std::move(principal), std::move(context));
  // Binding finds the plans already made for this content once, here, instead of per decision.
  state->compiled->bind(*inputs);
  state->inputs.add(principal_json, context_json, inputs);
  impl->state = std::move(state);
  impl->inputs = std::move(inputs);
  return Session(std::move(impl));
}

std::vector<std::string> Engine::products() const {
  auto state = state_->snapshot();
  if (!state) throw Error(ErrorCode::NoBundle, "no bundle is loaded; call load_bundle_file first");
  return state->bundle->mesh->product_names();
}

bool Engine::has_product(std::string_view product) const {
  auto state = state_->snapshot();
  return state && state->bundle->mesh->find_product(std::string(product)) != nullptr;
}

bool Engine::declares_context(std::string_view name) const {
  auto state = state_->snapshot();
  return state && state->bundle->mesh->config.find_context(std::string(name)) != nullptr;
}

std::optional<std::string> Engine::context_type(std::string_view name) const {
  auto state = state_->snapshot();
  const Attribute* a = state ? state->bundle->mesh->config.find_context(std::string(name)) : nullptr;
  if (!a) return std::nullopt;
  return to_string(a->type) + (a->optional ? "?" : "");
}

std::vector<ColumnInfo> Engine::product_columns(std::string_view product) const {
  auto state = state_->snapshot();
  if (!state) throw Error(ErrorCode::NoBundle, "no bundle is loaded; call load_bundle_file first");
  const Product* p = state->bundle->mesh->find_product(std::string(product));
  if (!p) throw Error(ErrorCode::UnknownProduct, "unknown product `" + std::string(product) + "`");
  std::vector<ColumnInfo> out;
  for (const Column& c : p->columns) {
    const char* format = "u";
    switch (c.type.kind) {
      case TypeKind::Bool: format = "b"; break;
      case TypeKind::Int: format = "l"; break;
      case TypeKind::Float: format = "g"; break;
      case TypeKind::Date: format = "tdD"; break;
      case TypeKind::Timestamp: format = "tsu:UTC"; break;
      default: break;
    }
    out.push_back({c.name, to_string(c.type), format, !c.required});
  }
  return out;
}

AuditStats Engine::audit_stats() const {
  AuditStats s;
  if (auto* a = state_->audit.get()) {
    s.logged = a->written();
    s.dropped = a->dropped();
    s.failed = a->failed();
  }
  return s;
}

void Engine::flush_audit() {
  if (state_->audit) state_->audit->flush();
}

// ---- Session ---------------------------------------------------------------------------------

Session::Session(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

const std::string& Session::revision() const { return impl_->state->info.revision; }

bool Session::current() const { return impl_->engine->snapshot().get() == impl_->state.get(); }

Plan Session::plan(std::string_view product, const std::vector<std::string>& columns) const {
  const LoadedState& st = *impl_->state;
  const Mesh& mesh = *st.bundle->mesh;
  const size_t* position = st.product(product);
  if (!position) {
    throw Error(ErrorCode::UnknownProduct, "unknown product `" + std::string(product) + "` in bundle revision `" +
                                               st.info.revision + "` (products are named <domain>.<name>)");
  }
  const Product& p = mesh.products[*position];
  for (const std::string& c : columns) {
    if (!p.find_column(c)) {
      throw Error(ErrorCode::UnknownProduct, "product `" + p.qualified() + "` has no column `" + c + "`");
    }
  }
  auto impl = std::make_shared<Plan::Impl>();
  impl->session = impl_;
  impl->state = impl_->state.get();
  impl->plan = st.compiled->plan(*position, impl_->inputs, columns);
  EngineState& engine = *impl_->engine;
  impl->id_prefix = engine.id_prefix;
  impl->sequence = engine.next_sequence();
  if (engine.audit) {
    impl->unix_micros = now_micros();
    // A break-glass decision is never dropped, even from a full queue.
    const bool must_write = !impl->plan->break_glass.empty();
    engine.audit->log({impl->sequence, impl->unix_micros, impl}, must_write);
  }
  return Plan(std::move(impl));
}

std::string Engine::log_refusal(const std::string& principal, const std::string& action, const std::string& product,
                                const std::string& reason) const {
  const uint64_t sequence = state_->next_sequence();
  if (state_->audit) {
    auto refusal = std::make_shared<const embed::Refusal>(embed::Refusal{principal, action, product, reason, state_->id_prefix});
    state_->audit->log({sequence, now_micros(), refusal, true});
  }
  return hex64(state_->id_prefix) + "-" + hex64(sequence);
}

// ---- Plan ------------------------------------------------------------------------------------

Plan::Plan(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

bool Plan::allowed() const { return impl_->plan->allowed; }
const std::string& Plan::product() const { return impl_->described().product; }
const std::string& Plan::revision() const { return impl_->state->info.revision; }
const std::string& Plan::decision_id() const { return impl_->decision_id(); }
const std::vector<std::string>& Plan::access_rules() const { return impl_->described().access_rules; }
const std::vector<std::string>& Plan::row_rules() const { return impl_->described().row_rules; }
const std::vector<ColumnPlan>& Plan::columns() const { return impl_->described().columns; }
const char* Plan::engine() const { return jit::to_string(impl_->plan->engine); }

namespace {
eval::BatchView view_of(const Plan::Impl& impl, const ArrowSchema* schema, const ArrowArray* batch) {
  if (!schema || !batch) throw Error(ErrorCode::InvalidArgument, "null Arrow schema or array");
  const Product& p = impl.state->bundle->mesh->products.at(impl.plan->product);
  std::string error;
  auto view = eval::BatchView::make(schema, batch, p, error);
  if (!view) throw Error(ErrorCode::SchemaMismatch, "batch refused for `" + p.qualified() + "`: " + error);
  return *view;
}
}  // namespace

std::vector<uint32_t> Plan::filter(const ArrowSchema* schema, const ArrowArray* batch) const {
  eval::BatchView view = view_of(*impl_, schema, batch);
  return impl_->state->compiled->select(*impl_->plan, *impl_->session->inputs, view);
}

void Plan::apply(const ArrowSchema* schema, const ArrowArray* batch, ArrowSchema* out_schema, ArrowArray* out_batch) const {
  if (!out_schema || !out_batch) throw Error(ErrorCode::InvalidArgument, "null output Arrow schema or array");
  eval::BatchView view = view_of(*impl_, schema, batch);
  const jit::CompiledPolicySet& compiled = *impl_->state->compiled;
  const jit::Inputs& inputs = *impl_->session->inputs;
  std::vector<uint32_t> rows = compiled.select(*impl_->plan, inputs, view);
  std::vector<jit::MaskedColumn> columns;
  columns.reserve(impl_->plan->columns.size());
  for (const auto& cd : impl_->plan->columns) columns.push_back(compiled.mask(*impl_->plan, inputs, cd, view, rows));
  embed::export_struct(columns, static_cast<int64_t>(rows.size()), out_schema, out_batch);
}

}  // namespace custos
