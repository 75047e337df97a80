// Custos embedding API for C++ query engines.
//
//   custos::Engine engine({.public_key_pem = key});   // one per process
//   engine.load_bundle_file("mesh.bundle");            // again at any time: hot reload
//   custos::Session s = engine.session(R"({"id":"ana","role":"analyst"})");
//   custos::Plan p = s.plan("crm.customers", {"id", "email"});
//   if (p.allowed()) p.apply(&schema, &batch, &out_schema, &out_batch);
//
// Every object is safe to use from many threads at once. Decisions fail closed: a request that
// cannot be decided exactly (unknown product, mistyped attribute, a batch whose schema does not
// match the contract) throws custos::Error or yields a denial, never access. This header exposes
// neither ANTLR nor LLVM; the C ABI for other languages is custos/custos.h.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "custos/arrow_c_data.h"

namespace custos {

// The same codes as the C ABI's custos_status.
enum class ErrorCode : int {
  InvalidArgument = 1,  // a null pointer, malformed JSON, an attribute of the wrong type
  Bundle = 2,           // a bundle that cannot be read, is truncated or corrupt, or no longer checks
  Signature = 3,        // unsigned or tampered bundle where a public key is configured
  NoBundle = 4,         // no bundle has been loaded yet
  UnknownProduct = 5,   // a product or column the bundle does not know
  SchemaMismatch = 6,   // a batch whose Arrow schema does not match the product's contract
  Jit = 7,              // require_jit is set and the JIT could not compile the bundle
  Internal = 8,         // anything else (out of memory, I/O)
  Key = 10,             // the `hash` key is missing, too short, or not the one the bundle was built for
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ErrorCode code() const { return code_; }

 private:
  ErrorCode code_;
};

struct EngineOptions {
  // PEM Ed25519 public key. When set, unsigned bundles and bad signatures are refused.
  std::string public_key_pem;
  // Decide with compiled code (LLVM ORC); false: the interpreter only.
  bool jit = true;
  // Refuse a bundle the JIT cannot compile (default: the interpreter serves it, same answers).
  bool require_jit = false;
  // Compile a bundle completely before it replaces the current one (false: swap at once and
  // compile lazily, each product when it is first decided; the interpreter answers until then).
  bool compile_before_swap = true;
  // Decision log: JSON lines appended to this file (empty: none), written by a background thread
  // through a bounded queue of this many records; a full queue drops (and counts) records.
  std::string audit_log_path;
  size_t audit_queue_capacity = 1u << 16;
  // The principal attribute the decision log records as the principal's id.
  std::string principal_id_attribute = "id";
  // Key of the `hash` mask (HMAC-SHA-256), at least 32 bytes. There is no default: a bundle whose
  // policies mask with `hash` is refused without a key, and with a key other than the one it was
  // built for (`custos build` records the key's id, never the key). Keep it secret.
  std::string hash_key;
  // Asked for the key at every load, with the id the bundle records ("" when none), for keys
  // held in a secret manager or rotated; returns the key ("" for none). Takes precedence over
  // hash_key when set.
  std::function<std::string(const std::string& key_id)> hash_key_provider;
};

struct BundleInfo {
  std::string revision;
  std::string mesh;
  std::string content_sha256;
  bool signature_verified = false;
  size_t products = 0;
  size_t rules = 0;
  std::string jit_status;  // empty when compiled code serves; otherwise why the interpreter does
  std::string hash_key_id;  // the id of the `hash` key in use ("" when none)
};

enum class ColumnOutcome { Clear, Masked, Denied };
const char* to_string(ColumnOutcome o);

struct ColumnPlan {
  std::string name;
  ColumnOutcome outcome = ColumnOutcome::Clear;
  std::vector<std::string> masks;  // Masked: the masks that may apply, strongest first
  bool masked_by_row = false;      // the strongest mask applies only to some rows
  std::vector<std::string> rules;  // the rules behind the outcome
};

// A product column as the contract declares it, and the Arrow format batches must carry it in.
struct ColumnInfo {
  std::string name;
  std::string type;          // the Custos type: int, float, string, bool, date, timestamp, enum(...)
  std::string arrow_format;  // the canonical Arrow format: l, g, u, b, tdD, tsu:UTC
  bool nullable = true;
};

struct AuditStats {
  uint64_t logged = 0;   // records written
  uint64_t dropped = 0;  // records dropped because the queue was full
  uint64_t failed = 0;   // records lost to write errors
};

class Plan;
class Session;
struct EngineState;

class Engine {
 public:
  explicit Engine(EngineOptions options = {});
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Loads, verifies and compiles a bundle, then swaps it in atomically: sessions already open
  // finish on the bundle they started with. On any failure the current bundle stays and Error
  // says why. `name` is used in messages.
  BundleInfo load_bundle_file(const std::string& path);
  BundleInfo load_bundle(std::string_view bytes, const std::string& name = "bundle");
  // The bundle in use, if any.
  std::optional<BundleInfo> bundle() const;

  // The products of the current bundle (<domain>.<name>) and one product's columns.
  std::vector<std::string> products() const;
  std::vector<ColumnInfo> product_columns(std::string_view product) const;
  // Whether the current bundle has the product `<domain>.<name>` (false without a bundle); and
  // whether its mesh declares the context attribute `name`. Neither copies anything: hosts that
  // ask on every request (custos serve) use them instead of products().
  bool has_product(std::string_view product) const;
  bool declares_context(std::string_view name) const;
  // The declared type of context attribute `name` as written in custos.yaml (`set<string>`,
  // `timestamp`, `date?`), or nullopt when the current bundle's mesh does not declare it.
  std::optional<std::string> context_type(std::string_view name) const;

  // Binds a principal (and request context) given as JSON objects of the mesh's attributes.
  // Unknown attributes and wrong types throw InvalidArgument; missing ones make every rule that
  // reads them fail closed.
  Session session(std::string_view principal_json, std::string_view context_json = "{}") const;

  AuditStats audit_stats() const;
  // Blocks until every decision made so far is in the log file.
  void flush_audit();
  // Records a request refused before any plan could be made (an unknown user, a principal that
  // does not fit the mesh) in the decision log, with the reason (nothing is written without a
  // log). Returns the refusal's decision id, as a plan's decision_id() is returned for a decision.
  std::string log_refusal(const std::string& principal, const std::string& action, const std::string& product,
                   const std::string& reason) const;

 private:
  std::shared_ptr<EngineState> state_;
};

class Session {
 public:
  // Stage 1: table access and column outcomes for `columns` (empty: every column).
  // Throws UnknownProduct for a product or column the bundle does not have.
  Plan plan(std::string_view product, const std::vector<std::string>& columns = {}) const;
  // The bundle revision this session decides with.
  const std::string& revision() const;
  // Whether it decides with the engine's current bundle (false once a reload swapped in another):
  // hosts that keep sessions across requests use it to drop stale ones.
  bool current() const;

  struct Impl;
  const Impl& impl() const { return *impl_; }  // for in-tree services; not a stable API

 private:
  friend class Engine;
  explicit Session(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

class Plan {
 public:
  bool allowed() const;
  const std::string& product() const;
  const std::string& revision() const;
  const std::string& decision_id() const;
  // Holding permits when allowed; the forbids (or nothing: default deny) when not.
  const std::vector<std::string>& access_rules() const;
  const std::vector<std::string>& row_rules() const;
  const std::vector<ColumnPlan>& columns() const;
  // Which engine made the plan: "jit" or "interp".
  const char* engine() const;

  // Stage 2. Visible rows of a batch (a struct array, one child per column, matched by name).
  // Throws SchemaMismatch for a batch that does not match the product's contract.
  std::vector<uint32_t> filter(const ArrowSchema* schema, const ArrowArray* batch) const;
  // The governed batch: the visible rows, the plan's columns in order, masked values, denied
  // columns all null. The caller owns `out_schema` and `out_batch` (call their release).
  void apply(const ArrowSchema* schema, const ArrowArray* batch, ArrowSchema* out_schema, ArrowArray* out_batch) const;

  struct Impl;

 private:
  friend class Session;
  explicit Plan(std::shared_ptr<const Impl> impl);
  std::shared_ptr<const Impl> impl_;
};

}  // namespace custos
