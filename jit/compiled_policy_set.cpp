// The compiled policy set: background compilation, the interpreter until code is ready, the plan
// cache, and row selection through compiled kernels.
#include "compiled_policy_set.h"

#include <array>
#include <condition_variable>
#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "codegen.h"
#include "content_plans.h"
#include "support/second_sighting.h"
#include "host_calls.h"
#include "llvm_jit.h"

namespace custos::jit {

const char* to_string(Engine e) { return e == Engine::Jit ? "jit" : "interp"; }

namespace {

void encode(const std::vector<Attribute>& decl, const eval::Attributes& values, std::vector<Slot>& out, bool& typed,
            std::string& key) {
  out.resize(decl.size());
  for (size_t i = 0; i < decl.size(); ++i) {
    const Attribute& a = decl[i];
    auto kind = vkind_of(a.type);
    const eval::Val* v = values.find(a.name);
    Slot s;
    if (!v) {
      s.state = a.optional ? kNull : kError;
    } else if (!kind) {
      typed = false;
    } else {
      s = slot_of(*v, *kind, nullptr);
      // A value of another type than declared: the interpreter decides (it reports it exactly).
      if (s.state == kError && !v->is_error()) typed = false;
      if (*kind == VKind::Collection && v->kind == eval::Val::Kind::Collection) {
        for (const auto& item : *v->items) {
          if (!vkind_of(a.type.element()) || is_null(item)) typed = false;
        }
      }
    }
    out[i] = s;
    key.push_back(static_cast<char>(s.state));
    if (s.state != kValue) continue;
    if (*kind == VKind::String) {
      key.append(reinterpret_cast<const char*>(&s.len), 8);
      key.append(s.str, static_cast<size_t>(s.len));
    } else if (*kind == VKind::Collection) {
      for (const auto& item : *v->items) {
        std::string t = to_text(item);
        uint64_t n = t.size();
        key.append(reinterpret_cast<const char*>(&n), 8);
        key += t;
      }
      key.push_back('\x1f');
    } else {
      key.append(reinterpret_cast<const char*>(&s.word), 8);
    }
  }
  key.push_back('\x1e');
}

// The batch's columns as row kernels read them.
std::vector<ColumnDesc> descriptors(const eval::BatchView& batch) {
  std::vector<ColumnDesc> cols(batch.product().columns.size());
  for (size_t i = 0; i < cols.size(); ++i) {
    const eval::ArrowColumn* c = batch.column(i);
    if (!c) continue;
    cols[i].validity = c->array->null_count != 0 ? static_cast<const uint8_t*>(c->array->buffers[0]) : nullptr;
    cols[i].offset = c->array->offset;
    cols[i].values = c->array->buffers[1];
    cols[i].data = c->array->n_buffers > 2 ? static_cast<const char*>(c->array->buffers[2]) : nullptr;
    if (c->dictionary) {
      const ArrowArray* d = c->array->dictionary;
      cols[i].dict_validity = d->null_count != 0 ? static_cast<const uint8_t*>(d->buffers[0]) : nullptr;
      cols[i].dict_offset = d->offset;
      cols[i].dict_values = d->buffers[1];
      cols[i].dict_data = d->n_buffers > 2 ? static_cast<const char*>(d->buffers[2]) : nullptr;
      cols[i].dict_length = d->length;
    }
  }
  return cols;
}

// The key's hash (libstdc++'s, which reads eight bytes at a time; FNV-1a read one).
uint64_t key_hash(const std::string& s) { return std::hash<std::string_view>{}(s); }

}  // namespace

Inputs::Inputs(const MeshConfig& config, eval::Attributes principal, eval::Attributes context)
    : principal_(std::move(principal)), context_(std::move(context)) {
  std::string key;
  encode(config.principal, principal_, principal_slots_, typed_, key);
  encode(config.context, context_, context_slots_, typed_, key);
  hash_ = key_hash(key);
  key_ = std::make_shared<const std::string>(std::move(key));
}

MaskedColumn::MaskedColumn(MaskedColumn&& o) noexcept : schema(o.schema), array(o.array) {
  o.schema.release = nullptr;
  o.array.release = nullptr;
}
MaskedColumn::~MaskedColumn() {
  if (array.release) array.release(&array);
  if (schema.release) schema.release(&schema);
}

// What one compiled function is for.
struct KernelKey {
  size_t product;
  int rule;  // -1: the row filter; else the rule state index of a mask's predicate
  LayoutSignature layout;
  bool operator<(const KernelKey& o) const {
    if (product != o.product) return product < o.product;
    if (rule != o.rule) return rule < o.rule;
    if (layout.size() != o.layout.size()) return layout.size() < o.layout.size();
    for (size_t i = 0; i < layout.size(); ++i) {
      const auto& a = layout[i];
      const auto& b = o.layout[i];
      auto t = [](const ColumnLayout& l) {
        return std::tuple(l.present, l.nullable, l.dictionary, l.layout, l.value_layout, l.scale);
      };
      if (t(a) != t(b)) return t(a) < t(b);
    }
    return false;
  }
};

struct Kernel {
  enum class Status : uint8_t { Queued, Ready, Interpreted } status = Status::Queued;
  void* fn = nullptr;
  std::string why;
};

// How many row kernels (product × layout × purpose) one policy set compiles at most.
constexpr size_t kMaxKernels = 4096;

struct CompiledPolicySet::Impl {
  const ir::PolicySet& set;
  Options options;
  stdlib::NativeContext natives;
  std::unique_ptr<JitRuntime> runtime;
  // The host-call sites of each compilation (one per job, so parallel jobs do not share one; they
  // live as long as the code that names them).
  std::mutex sites_mutex;
  std::deque<Sites> sites;
  Sites& new_sites() {
    std::lock_guard lock(sites_mutex);
    return sites.emplace_back();
  }
  std::atomic<int> module_count{0};

  std::vector<std::atomic<PlanFn>> plans;
  std::vector<std::atomic<uint8_t>> requested;  // lazily: 1 once a product's compilation is queued
  std::atomic<size_t> compiled{0};
  std::atomic<bool> plans_ready{false};  // eagerly: every plan compiled; lazily: the JIT is up
  mutable std::mutex mutex;  // guards everything below
  std::string error;
  std::map<KernelKey, Kernel> kernels;
  std::deque<std::function<void()>> jobs;
  bool stopping = false;
  int busy = 0;
  mutable std::condition_variable work, idle;
  std::vector<std::thread> workers;  // background compilation: as many as compile_threads()

  // The tables of plans per principal-and-context content (content_plans.h), interned by the
  // Inputs' key in shards, each with its own lock, so that threads binding different principals do
  // not queue behind one mutex. Bounded: a full shard starts over (its tables live on with the
  // sessions that hold them). `generation` changes with the natives, which plans depend on.
  static constexpr size_t kCacheShards = 32;
  struct alignas(64) ContentShard {
    std::mutex mutex;
    std::unordered_map<uint64_t, std::shared_ptr<ContentPlans>> entries;
  };
  mutable std::array<ContentShard, kCacheShards> contents;
  mutable SecondSighting<> sightings;
  std::atomic<uint64_t> generation{0};

  std::shared_ptr<ContentPlans> intern(const Inputs& in) const {
    const uint64_t hash = in.hash();
    const uint64_t current = generation.load(std::memory_order_acquire);
    ContentShard& shard = contents[(hash ^ (hash >> 29)) % kCacheShards];
    std::lock_guard lock(shard.mutex);
    auto it = shard.entries.find(hash);
    if (it != shard.entries.end()) {
      const ContentPlans& c = *it->second;
      if (c.generation() == current && (c.key().data() == in.key().data() || c.key() == in.key())) return it->second;
      // A hash collision (or a table of the previous natives): a table of its own, not interned.
      if (c.generation() == current) return std::make_shared<ContentPlans>(this, current, in.shared_key());
    }
    auto made = std::make_shared<ContentPlans>(this, current, in.shared_key());
    if (shard.entries.size() >= std::max<size_t>(1, options.plan_cache_entries / kCacheShards)) {
      // Full: only a content seen before starts the shard over; a first sighting keeps a table of
      // its own (for its session's next queries), so one-off principals evict nothing.
      if (!sightings.seen_before(hash)) return made;
      shard.entries.clear();
    }
    shard.entries[hash] = made;
    return made;
  }

  Impl(const ir::PolicySet& s, Options o) : set(s), options(o), plans(s.mesh->products.size()), requested(s.mesh->products.size()) {
    rule_counts.reserve(s.products.size());
    for (const auto& rules : s.products) rule_counts.push_back(ir::rules_in_order(rules).size());
  }

  std::string next_name(const char* what) { return std::string("custos_") + what + "_" + std::to_string(module_count++); }

  // How many threads compile at once: Options::compile_threads, or one per core.
  size_t compile_threads() const {
    if (options.compile_threads > 0) return options.compile_threads;
    return std::max(1u, std::thread::hardware_concurrency());
  }

  // Runs on a worker thread (or the caller's, without background compilation): starts the JIT,
  // then compiles every product (eagerly) or none yet (lazily: see request()).
  void compile_plans() {
    std::string err;
    if (!options.enabled) {
      std::lock_guard lock(mutex);
      error = "the JIT is turned off; the interpreter serves every decision";
      return;
    }
    runtime = JitRuntime::create(options.opt_level, err);
    if (!runtime) {
      std::lock_guard lock(mutex);
      error = "the JIT is unavailable (" + err + "); the interpreter serves every decision";
      return;
    }
    if (options.lazy) {
      plans_ready = true;
      return;
    }
    compile_all();
  }

  // Eagerly: every product, in batches taken in turn by compile_threads() threads (pool workers in
  // the background, helper threads of the caller's otherwise), one pair of modules per batch. The
  // last thread to finish marks the set ready if no batch failed.
  struct EagerRun {
    size_t batch = 1;  // products per batch
    std::atomic<size_t> next{0};
    std::atomic<size_t> running{0};
    std::atomic<bool> ok{true};
  };
  void compile_batches(EagerRun& run) {
    const size_t n = set.products.size();
    for (;;) {
      const size_t start = run.next.fetch_add(run.batch);
      if (start >= n) break;
      std::vector<size_t> batch;
      for (size_t p = start; p < std::min(n, start + run.batch); ++p) batch.push_back(p);
      if (!compile_products(batch)) run.ok = false;
    }
    if (run.running.fetch_sub(1) == 1 && run.ok) plans_ready = true;
  }
  // Batches of at most 32 products (a module of a few hundred functions compiles slower per
  // function than several small ones), and at least four per thread so that threads finish together.
  void compile_all() {
    const size_t n = set.products.size();
    auto run = std::make_shared<EagerRun>();
    run->batch = std::clamp<size_t>((n + compile_threads() * 4 - 1) / (compile_threads() * 4), 1, 32);
    const size_t batches = (n + run->batch - 1) / run->batch;
    const size_t threads = std::max<size_t>(1, std::min(compile_threads(), batches));
    run->running = threads;
    if (options.background) {
      for (size_t i = 1; i < threads; ++i) submit([this, run] { compile_batches(*run); });
      compile_batches(*run);
      return;
    }
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < threads; ++i) helpers.emplace_back([this, run] { compile_batches(*run); });
    compile_batches(*run);
    for (auto& t : helpers) t.join();
  }

  // Compiles the plan functions (and, eagerly with precompile_kernels, the canonical row filters) of
  // `products`: one module for the plan functions (no IR passes, fast instruction selection: each
  // runs once per plan, so compiling it fast beats compiling it well), one for the
  // filters (the runtime's level: they run per row). False (with the error kept) on failure; the
  // interpreter then serves those products.
  bool compile_products(const std::vector<size_t>& products) {
    std::string err;
    try {
      Sites& job_sites = new_sites();
      ModuleBuilder mb(next_name("plans"), set.mesh->config, job_sites);
      ModuleBuilder fb(next_name("filters"), set.mesh->config, job_sites);
      std::vector<std::string> names;
      std::vector<std::pair<KernelKey, Kernel>> filters;
      for (size_t p : products) {
        names.push_back("custos_plan_" + std::to_string(p));
        mb.add_plan(names.back(), set.rules_for(p));
        // Lazily, a row filter is compiled when a batch first needs it (kernel()), not with the plan.
        if (!options.precompile_kernels || options.lazy) continue;
        KernelKey key{p, -1, canonical_layout(set.mesh->products[p])};
        Kernel k;
        k.why = "custos_filter_canonical_" + std::to_string(p);
        if (fb.add_filter(k.why, set.rules_for(p), set.mesh->products[p], key.layout, k.why)) {
          k.status = Kernel::Status::Ready;
        } else {
          k.status = Kernel::Status::Interpreted;
        }
        filters.emplace_back(std::move(key), std::move(k));
      }
      if (!runtime->add(mb.take(), err, 0)) throw std::runtime_error(err);
      if (!filters.empty() && !runtime->add(fb.take(), err)) throw std::runtime_error(err);
      std::vector<PlanFn> fns;
      for (const auto& n : names) {
        void* f = runtime->lookup(n, err);
        if (!f) throw std::runtime_error(err);
        fns.push_back(reinterpret_cast<PlanFn>(f));
      }
      for (auto& [key, k] : filters) {
        if (k.status == Kernel::Status::Ready) {
          k.fn = runtime->lookup(k.why, err);
          if (!k.fn) throw std::runtime_error(err);
          k.why.clear();
        }
        std::lock_guard lock(mutex);
        kernels[key] = std::move(k);
      }
      for (size_t i = 0; i < products.size(); ++i) plans[products[i]].store(fns[i], std::memory_order_release);
      compiled += products.size();
      return true;
    } catch (const std::exception& e) {
      std::lock_guard lock(mutex);
      error = std::string("compiling the plan functions failed: ") + e.what() +
              "; the interpreter serves the products concerned";
      return false;
    }
  }

  // Lazily: the first request for `product` queues its compilation (inline without a worker);
  // later ones find it queued or done.
  void request(size_t product) {
    if (!options.lazy || !plans_ready.load(std::memory_order_acquire)) return;
    uint8_t expected = 0;
    if (!requested[product].compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) return;
    submit([this, product] { compile_products({product}); });
  }

  void compile_kernel(const KernelKey& key) {
    Kernel result;
    result.status = Kernel::Status::Interpreted;
    if (!runtime) {
      result.why = "the JIT is unavailable";
    } else {
      try {
        std::string name = next_name(key.rule < 0 ? "filter" : "predicate");
        ModuleBuilder mb(name, set.mesh->config, new_sites());
        const Product& product = set.mesh->products.at(key.product);
        bool ok;
        if (key.rule < 0) {
          ok = mb.add_filter(name, set.rules_for(key.product), product, key.layout, result.why);
        } else {
          const auto* ref = ir::rules_in_order(set.rules_for(key.product)).at(static_cast<size_t>(key.rule));
          ok = mb.add_predicate(name, *ref->rule, product, key.layout, result.why);
        }
        if (ok) {
          std::string err;
              if (!runtime->add(mb.take(), err)) throw std::runtime_error(err);
          result.fn = runtime->lookup(name, err);
          if (!result.fn) throw std::runtime_error(err);
          result.status = Kernel::Status::Ready;
          result.why.clear();
        }
      } catch (const std::exception& e) {
        result.status = Kernel::Status::Interpreted;
        result.why = std::string("compilation failed: ") + e.what();
      }
    }
    std::lock_guard lock(mutex);
    kernels[key] = std::move(result);
  }

  void run_worker() {
    std::unique_lock lock(mutex);
    for (;;) {
      work.wait(lock, [&] { return stopping || !jobs.empty(); });
      if (jobs.empty()) return;  // stopping
      auto job = std::move(jobs.front());
      jobs.pop_front();
      ++busy;
      lock.unlock();
      job();
      lock.lock();
      --busy;
      if (jobs.empty() && busy == 0) idle.notify_all();
    }
  }

  std::mutex inline_compile;  // without a worker, callers compile one at a time
  void submit(std::function<void()> job) {
    if (!options.background) {
      std::lock_guard lock(inline_compile);
      job();
      return;
    }
    std::lock_guard lock(mutex);
    jobs.push_back(std::move(job));
    work.notify_one();
  }

  // The compiled kernel for `key`, or nullptr while it is queued or when it is interpreted.
  void* kernel(const KernelKey& key) {
    {
      std::lock_guard lock(mutex);
      auto it = kernels.find(key);
      if (it != kernels.end()) return it->second.status == Kernel::Status::Ready ? it->second.fn : nullptr;
      if (!plans_ready.load()) return nullptr;  // the JIT is not up (yet, or at all)
      // Bounded: a stream of ever-new batch layouts is served by the interpreter past this point.
      if (kernels.size() >= kMaxKernels) return nullptr;
      kernels[key];  // queued
    }
    submit([this, key] { compile_kernel(key); });
    std::lock_guard lock(mutex);
    auto it = kernels.find(key);
    return it->second.status == Kernel::Status::Ready ? it->second.fn : nullptr;
  }

  // How many rules a product has (the length of its rule states).
  std::vector<size_t> rule_counts;
  size_t rule_count(size_t product) const { return rule_counts.at(product); }

  // Assembled plans of every column by (product, rule states): the plan is a function of them
  // alone, so sessions whose principals make the same rules hold share it, and a fresh session
  // costs the plan function and a lookup. Memoized plans live as long as this set (PlanRef hands
  // them out without reference counting), so the memo is bounded by size instead of evicted: a
  // shard that is full (a plan of a 9,000-column product weighs 9,000 units) memoizes no more, and
  // plans past it are made per call. A hash collision is detected (the states are compared).
  static constexpr size_t kAssembledUnitsPerShard = size_t{1} << 12;
  struct alignas(64) AssembledShard {
    std::mutex mutex;
    std::unordered_map<uint64_t, std::unique_ptr<const CompiledPlan>> entries;
    size_t units = 0;
  };
  mutable std::array<AssembledShard, kCacheShards> assembled_plans;

  PlanRef assembled(size_t product, const uint8_t* states, size_t n) const {
    const uint64_t hash = std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(states), n)) * 31 + product;
    auto same = [&](const CompiledPlan& p) {
      return p.product == product && p.rule_states.size() == n && std::equal(states, states + n, p.rule_states.begin());
    };
    AssembledShard& shard = assembled_plans[(hash ^ (hash >> 29)) % kCacheShards];
    {
      std::lock_guard lock(shard.mutex);
      auto it = shard.entries.find(hash);
      if (it != shard.entries.end() && same(*it->second)) return PlanRef(it->second.get());
    }
    auto plan = std::make_unique<CompiledPlan>(assemble_plan(set, product, std::vector<uint8_t>(states, states + n), {}));
    plan->engine = Engine::Jit;
    const size_t units = 1 + plan->columns.size() + n;
    std::lock_guard lock(shard.mutex);
    auto it = shard.entries.find(hash);
    if (it != shard.entries.end() && same(*it->second)) return PlanRef(it->second.get());  // another thread's
    if (it != shard.entries.end() || shard.units + units > kAssembledUnitsPerShard) {
      return PlanRef(std::shared_ptr<const CompiledPlan>(std::move(plan)));  // a collision, or full
    }
    shard.units += units;
    return PlanRef(shard.entries.emplace(hash, std::move(plan)).first->second.get());
  }

  HostContext host_for(const Inputs& in) const {
    HostContext h;
    h.principal = &in.principal();
    h.context = &in.context();
    h.natives = &natives;
    return h;
  }
};

CompiledPolicySet::CompiledPolicySet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

std::unique_ptr<CompiledPolicySet> CompiledPolicySet::start(const ir::PolicySet& set, Options options) {
  std::unique_ptr<CompiledPolicySet> cps(new CompiledPolicySet(std::make_unique<Impl>(set, options)));
  Impl* impl = cps->impl_.get();
  if (options.background) {
    for (size_t i = 0; i < impl->compile_threads(); ++i) impl->workers.emplace_back([impl] { impl->run_worker(); });
  }
  impl->submit([impl] { impl->compile_plans(); });
  return cps;
}

CompiledPolicySet::~CompiledPolicySet() {
  if (!impl_->workers.empty()) {
    {
      std::lock_guard lock(impl_->mutex);
      impl_->stopping = true;
      impl_->jobs.clear();
    }
    impl_->work.notify_all();
    for (auto& w : impl_->workers) w.join();
  }
}

bool CompiledPolicySet::ready() const { return impl_->plans_ready.load(); }
size_t CompiledPolicySet::compiled_products() const { return impl_->compiled.load(); }

std::string CompiledPolicySet::error() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->error;
}

void CompiledPolicySet::wait() const {
  if (!impl_->options.background) return;
  std::unique_lock lock(impl_->mutex);
  impl_->idle.wait(lock, [&] { return impl_->jobs.empty() && impl_->busy == 0; });
}

const stdlib::NativeContext& CompiledPolicySet::natives() const { return impl_->natives; }
void CompiledPolicySet::set_natives(const stdlib::NativeContext& natives) {
  impl_->natives = natives;
  impl_->generation.fetch_add(1, std::memory_order_acq_rel);
  for (auto& shard : impl_->contents) {
    std::lock_guard lock(shard.mutex);
    shard.entries.clear();
  }
}

void CompiledPolicySet::bind(const Inputs& inputs) const {
  uint8_t expected = Inputs::kUnbound;
  if (!inputs.bound_.compare_exchange_strong(expected, Inputs::kBinding, std::memory_order_acq_rel)) return;
  inputs.plans_ = impl_->intern(inputs);
  inputs.bound_.store(Inputs::kBound, std::memory_order_release);
}

PlanRef CompiledPolicySet::plan(size_t product, const std::shared_ptr<const Inputs>& inputs, const std::vector<std::string>& columns) const {
  Impl& m = *impl_;
  // Plans of every column are kept per content; a request for some columns is made each time.
  ContentPlans* content = nullptr;
  if (columns.empty()) {
    if (inputs->bound_.load(std::memory_order_acquire) == Inputs::kUnbound) bind(*inputs);
    content = inputs->plans();
    if (content && (content->owner() != &m || content->generation() != m.generation.load(std::memory_order_acquire))) {
      content = nullptr;  // bound by another set, or before the natives changed
    }
    if (content) {
      if (PlanRef kept = content->find(product)) return kept;
    }
  }
  PlanRef plan;
  PlanFn fn = inputs->typed() ? m.plans.at(product).load(std::memory_order_acquire) : nullptr;
  if (!fn && inputs->typed() && m.options.lazy) {
    m.request(product);
    fn = m.plans[product].load(std::memory_order_acquire);  // compiled inline without a worker
  }
  if (fn) {
    // The rule states, on the stack for products of up to kStackStates rules.
    constexpr size_t kStackStates = 256;
    const size_t n = m.rule_count(product);
    uint8_t stack[kStackStates];
    std::vector<uint8_t> heap(n > kStackStates ? n : 0);
    uint8_t* states = n > kStackStates ? heap.data() : stack;
    std::fill(states, states + n, uint8_t{0});
    HostContext host = m.host_for(*inputs);
    fn(inputs->principal_slots(), inputs->context_slots(), &host, states);
    if (!host.failed && columns.empty()) {
      plan = m.assembled(product, states, n);
    } else if (!host.failed) {
      auto made = std::make_shared<CompiledPlan>(assemble_plan(m.set, product, std::vector<uint8_t>(states, states + n), columns));
      made->engine = Engine::Jit;
      plan = PlanRef(std::move(made));
    }
  }
  if (!plan) plan = PlanRef(std::make_shared<const CompiledPlan>(interpreted_plan(m.set, product, inputs, columns, m.natives)));
  // Interpreted plans are not kept: the product may be compiled by the next call.
  if (content && plan->engine == Engine::Jit) content->add(plan);
  return plan;
}

std::vector<uint32_t> CompiledPolicySet::select(const CompiledPlan& plan, const Inputs& inputs, const eval::BatchView& batch,
                                                Engine* used) const {
  std::vector<uint32_t> out(static_cast<size_t>(std::max<int64_t>(batch.length(), 0)));
  out.resize(select_into(plan, inputs, batch, out.data(), used));
  return out;
}

size_t CompiledPolicySet::select_into(const CompiledPlan& plan, const Inputs& inputs, const eval::BatchView& batch,
                                      uint32_t* out, Engine* used) const {
  Impl& m = *impl_;
  if (used) *used = Engine::Interpreter;
  if (!plan.allowed || batch.length() == 0) return 0;
  if (plan.engine == Engine::Jit && batch.length() <= int64_t{UINT32_MAX}) {
    if (void* fn = m.kernel(KernelKey{plan.product, -1, layout_of(batch)})) {
      std::vector<ColumnDesc> cols = descriptors(batch);
      HostContext host = m.host_for(inputs);
      int64_t n = reinterpret_cast<FilterFn>(fn)(cols.data(), batch.length(), inputs.principal_slots(), inputs.context_slots(),
                                                 plan.rule_states.data(), &host, out);
      if (n >= 0 && !host.failed) {
        if (used) *used = Engine::Jit;
        return static_cast<size_t>(n);
      }
    }
  }
  // The interpreter: the reference plan's residual filter, row by row.
  eval::Plan ref = eval::make_plan(m.set, plan.product, inputs.principal(), inputs.context(), {}, m.natives);
  auto rows = eval::select_rows(ref, batch, m.natives);
  std::copy(rows.begin(), rows.end(), out);
  return rows.size();
}

std::vector<uint8_t> CompiledPolicySet::predicate_truths(const CompiledPlan& plan, const Inputs& inputs, const MaskChoice& mask,
                                                         const eval::BatchView& batch,
                                                         const std::vector<uint32_t>& rows) const {
  Impl& m = *impl_;
  std::vector<uint8_t> truths(rows.size(), kErrorTruth);
  if (rows.empty()) return truths;
  if (plan.engine == Engine::Jit) {
    if (void* fn = m.kernel(KernelKey{plan.product, static_cast<int>(mask.state_index), layout_of(batch)})) {
      std::vector<ColumnDesc> cols = descriptors(batch);
      HostContext host = m.host_for(inputs);
      reinterpret_cast<PredicateFn>(fn)(cols.data(), rows.data(), static_cast<int64_t>(rows.size()), inputs.principal_slots(),
                                        inputs.context_slots(), &host, truths.data());
      if (!host.failed) return truths;
    }
  }
  // The interpreter: the predicate's conjuncts on each row.
  const Product& product = batch.product();
  for (size_t k = 0; k < rows.size(); ++k) {
    std::vector<Scalar> row = batch.row(rows[k]);
    eval::Env env{&inputs.principal(), &inputs.context(), &product, &row, &m.natives};
    bool any_false = false, any_error = false, any_unknown = false;
    for (const auto& e : mask.rule->rows) {
      eval::Truth t = eval::truth(eval::evaluate(*e, env));
      any_false |= t == eval::Truth::False;
      any_error |= t == eval::Truth::Error;
      any_unknown |= t == eval::Truth::Unknown;
    }
    truths[k] = any_false ? kFalse : any_error ? kErrorTruth : any_unknown ? kUnknown : kTrue;
  }
  return truths;
}

std::string CompiledPolicySet::kernel_status(size_t product, const eval::BatchView& batch) const {
  std::lock_guard lock(impl_->mutex);
  auto it = impl_->kernels.find(KernelKey{product, -1, layout_of(batch)});
  return it == impl_->kernels.end() ? "" : it->second.why;
}

}  // namespace custos::jit
