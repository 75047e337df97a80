// A loadable SQLite extension that enforces Custos policies inside SQLite: a virtual table over a
// real table returns only the rows, and the (masked) values, the connection's principal may see.
//
//   .load ./custos_sqlite
//   SELECT custos_hash_key_file('/run/secrets/hash.key');       -- or CUSTOS_HASH_KEY_FILE in the environment
//   SELECT custos_load('mesh.bundle');                          -- or custos_load(path, public_key_pem)
//   SELECT custos_session('{"id":"ana","roles":["analyst"],...}', '{"purposes":["reporting"]}');
//   CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers);
//   SELECT * FROM governed;
//
// Each scan asks the embedded engine for a plan (custos.hpp), turns the source rows into Arrow
// batches of 1,024 rows, applies the plan and returns the governed batch. Access denied, a value
// that does not fit the contract's type, or no session: the query fails; it never returns data
// the principal may not see.
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <cerrno>
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "arrow_builder.h"
#include "calendar.h"
#include "custos/custos.hpp"
#include "dialect.h"
#include "hash_key.h"
#include "natives.h"

namespace {

constexpr int kBatchRows = 1024;

// Per connection: the engine and the principal bound with custos_session().
struct Connection {
  sqlite3* db = nullptr;
  std::unique_ptr<custos::Engine> engine;
  std::mutex mutex;  // guards session (SQLite may be used from several threads in serialized mode)
  std::shared_ptr<custos::Session> session;
  std::string principal_id;
  // Once a bundle was verified with a key, every later load is verified with that same key.
  std::optional<std::string> public_key;
  // The `hash` key given with custos_hash_key_file() (else the environment's, read at the first
  // load); fixed once a bundle is loaded.
  std::string hash_key;
  // After custos_lock(): no custos_load or custos_session, and the governed tables' sources
  // cannot be read by SQL on this connection. Nothing in SQL undoes it.
  bool locked = false;
  std::vector<std::string> sources;  // source tables of this connection's governed tables

  std::shared_ptr<custos::Session> current() {
    std::lock_guard lock(mutex);
    return session;
  }
};

using custos::sql::quote_identifier;

bool same_name(const std::string& a, const std::string& b) { return sqlite3_stricmp(a.c_str(), b.c_str()) == 0; }

// While the extension prepares its own read of a source, the lock's authorizer lets it through.
thread_local bool t_reading_source = false;

const char* sql_type_of(const custos::ColumnInfo& c) {
  if (c.arrow_format == "l" || c.arrow_format == "b") return "INTEGER";
  if (c.arrow_format == "g") return "REAL";
  return "TEXT";
}

// ---- SQL functions ---------------------------------------------------------------------------

std::string text_arg(sqlite3_value* v) {
  const unsigned char* t = sqlite3_value_text(v);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_value_bytes(v))) : std::string();
}

// Connections locked with custos_lock(): loading the extension again on one of them (which
// would register fresh, unlocked functions) is refused.
std::mutex g_locked_mutex;
std::vector<sqlite3*> g_locked;

bool is_locked_db(sqlite3* db) {
  std::lock_guard lock(g_locked_mutex);
  return std::find(g_locked.begin(), g_locked.end(), db) != g_locked.end();
}

constexpr const char* kLocked =
    "custos: this connection is locked (custos_lock): its bundle and principal are fixed by the host application";

void custos_load_fn(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* conn = static_cast<Connection*>(sqlite3_user_data(ctx));
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_error(ctx, "custos_load(bundle_path [, public_key_pem]): the path is NULL", -1);
    return;
  }
  try {
    std::lock_guard lock(conn->mutex);
    if (conn->locked) return sqlite3_result_error(ctx, kLocked, -1);
    std::optional<std::string> key;
    if (argc > 1) {
      if (sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        return sqlite3_result_error(ctx, "custos_load: the public key is NULL; leave the argument out to load unsigned bundles", -1);
      }
      key = text_arg(argv[1]);
      if (key->find_first_not_of(" \t\r\n") == std::string::npos) {
        return sqlite3_result_error(ctx, "custos_load: the public key is empty: give the PEM text of an Ed25519 public key", -1);
      }
    }
    // A connection that verified signatures once never loads an unverified (or otherwise
    // verified) bundle again: without a key argument it reloads through its keyed engine.
    if (conn->public_key && key && *key != *conn->public_key) {
      return sqlite3_result_error(
          ctx, "custos_load: this connection verifies bundles with a public key; load with that same key", -1);
    }
    // A new key or the first load makes a new engine; otherwise this is a hot reload.
    if (!conn->engine || (key && !conn->public_key)) {
      custos::EngineOptions options;
      if (key) options.public_key_pem = *key;
      if (conn->hash_key.empty()) {
        std::string source, error;
        auto env_key = custos::stdlib::hash_key_from_environment(source, error);
        if (!env_key) return sqlite3_result_error(ctx, ("custos_load: " + error).c_str(), -1);
        conn->hash_key = *env_key;
      }
      options.hash_key = conn->hash_key;
      auto engine = std::make_unique<custos::Engine>(options);
      custos::BundleInfo info = engine->load_bundle_file(text_arg(argv[0]));
      conn->engine = std::move(engine);
      conn->public_key = key;
      conn->session.reset();  // a principal is bound to one engine's bundles: bind it again
      sqlite3_result_text(ctx, info.revision.c_str(), -1, SQLITE_TRANSIENT);
    } else {
      custos::BundleInfo info = conn->engine->load_bundle_file(text_arg(argv[0]));
      sqlite3_result_text(ctx, info.revision.c_str(), -1, SQLITE_TRANSIENT);
    }
  } catch (const std::exception& e) {
    sqlite3_result_error(ctx, e.what(), -1);
  }
}

// custos_hash_key_file(path): the `hash` mask's key for this connection's engine, read from a
// file (at least 32 bytes); before the first custos_load only, so the key of a loaded bundle
// never changes under it. Returns the key's id.
void custos_hash_key_file_fn(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto* conn = static_cast<Connection*>(sqlite3_user_data(ctx));
  std::lock_guard lock(conn->mutex);
  if (conn->locked) return sqlite3_result_error(ctx, kLocked, -1);
  if (conn->engine) {
    return sqlite3_result_error(ctx, "custos_hash_key_file: give the key before the first custos_load", -1);
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    return sqlite3_result_error(ctx, "custos_hash_key_file(path): the path is NULL", -1);
  }
  std::string error;
  auto key = custos::stdlib::read_hash_key_file(text_arg(argv[0]), error);
  if (!key) return sqlite3_result_error(ctx, ("custos_hash_key_file: " + error).c_str(), -1);
  conn->hash_key = *key;
  std::string id = custos::stdlib::hash_key_id(*key);
  sqlite3_result_text(ctx, id.c_str(), -1, SQLITE_TRANSIENT);
}

// custos_lock(): from now on this connection's bundle and principal are fixed, and the source
// tables of its governed tables cannot be read directly. For hosts that hand the connection to
// SQL they do not trust; see docs/embedding.md.
int authorize(void* p, int action, const char* a, const char* b, const char*, const char*) {
  auto* conn = static_cast<Connection*>(p);
  if (action == SQLITE_FUNCTION && b && sqlite3_stricmp(b, "load_extension") == 0) return SQLITE_DENY;
  if (action == SQLITE_READ && a && !t_reading_source) {
    for (const auto& source : conn->sources) {
      if (same_name(source, a)) return SQLITE_DENY;
    }
  }
  return SQLITE_OK;
}

void custos_lock_fn(sqlite3_context* ctx, int, sqlite3_value**) {
  auto* conn = static_cast<Connection*>(sqlite3_user_data(ctx));
  std::lock_guard lock(conn->mutex);
  if (!conn->engine || !conn->session) {
    return sqlite3_result_error(ctx, "custos_lock: load a bundle and bind a principal (custos_session) first", -1);
  }
  conn->locked = true;
  {
    std::lock_guard registry(g_locked_mutex);
    g_locked.push_back(conn->db);
  }
  sqlite3_set_authorizer(conn->db, authorize, conn);
  sqlite3_result_int(ctx, 1);
}

void custos_session_fn(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  auto* conn = static_cast<Connection*>(sqlite3_user_data(ctx));
  std::lock_guard lock(conn->mutex);
  if (conn->locked) return sqlite3_result_error(ctx, kLocked, -1);
  if (!conn->engine) {
    sqlite3_result_error(ctx, "no bundle loaded: call custos_load('path/to/mesh.bundle') first", -1);
    return;
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    conn->session.reset();  // custos_session(NULL) unbinds
    sqlite3_result_null(ctx);
    return;
  }
  try {
    std::string context = argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL ? text_arg(argv[1]) : "{}";
    conn->session = std::make_shared<custos::Session>(conn->engine->session(text_arg(argv[0]), context));
    sqlite3_result_text(ctx, conn->session->revision().c_str(), -1, SQLITE_TRANSIENT);
  } catch (const std::exception& e) {
    conn->session.reset();  // never keep a previous principal after a failed switch
    sqlite3_result_error(ctx, e.what(), -1);
  }
}

// custos_hmac_sha256(text, key): the `hash` mask, for SQL that `custos sql --dialect sqlite` emits.
void hmac_fn(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  custos::stdlib::NativeContext natives;
  natives.hash_key = text_arg(argv[1]);
  if (auto problem = custos::stdlib::hash_key_problem(natives.hash_key)) {
    return sqlite3_result_error(ctx, ("custos_hmac_sha256: " + *problem).c_str(), -1);  // no guessable keys
  }
  std::vector<custos::Scalar> args{custos::Scalar{text_arg(argv[0])}};
  auto r = custos::stdlib::native::hash(args, natives);
  if (!r) {
    sqlite3_result_error(ctx, "custos_hmac_sha256 failed", -1);
    return;
  }
  const auto& hex = std::get<std::string>(*r);
  sqlite3_result_text(ctx, hex.c_str(), static_cast<int>(hex.size()), SQLITE_TRANSIENT);
}

// ---- Arrow in: source rows to a batch in the contract's canonical formats -----------------------

struct ColumnBuffer {
  std::vector<std::optional<int64_t>> ints;  // l, b (0/1), tdD (days), tsu (micros)
  std::vector<std::optional<double>> floats;
  std::vector<std::optional<std::string>> texts;
};

// Converts one SQLite value to the column's Arrow type; false with `why` when it does not fit.
// `why` never quotes the value: the row may be one the principal may not see.
bool convert(sqlite3_stmt* stmt, int i, const custos::ColumnInfo& c, ColumnBuffer& buf, std::string& why) {
  int type = sqlite3_column_type(stmt, i);
  const std::string& f = c.arrow_format;
  if (type == SQLITE_NULL) {
    if (f == "g") buf.floats.emplace_back();
    else if (f == "u") buf.texts.emplace_back();
    else buf.ints.emplace_back();
    return true;
  }
  std::string text(reinterpret_cast<const char*>(sqlite3_column_text(stmt, i)), static_cast<size_t>(sqlite3_column_bytes(stmt, i)));
  if (f == "u") {
    buf.texts.emplace_back(std::move(text));
    return true;
  }
  // SQLite's CSV import cannot write NULL: an empty text in a non-text column is NULL.
  if (type == SQLITE_TEXT && text.empty()) {
    if (f == "g") buf.floats.emplace_back();
    else buf.ints.emplace_back();
    return true;
  }
  if (f == "g") {
    if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
      buf.floats.emplace_back(sqlite3_column_double(stmt, i));
      return true;
    }
    char* end = nullptr;
    double d = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size()) return why = "a value is not a number", false;
    buf.floats.emplace_back(d);
    return true;
  }
  if (f == "l") {
    if (type == SQLITE_INTEGER) {
      buf.ints.emplace_back(sqlite3_column_int64(stmt, i));
      return true;
    }
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(text.c_str(), &end, 10);
    if (text.empty() || errno != 0 || end != text.c_str() + text.size()) return why = "a value is not an integer", false;
    buf.ints.emplace_back(v);
    return true;
  }
  if (f == "b") {
    if (type == SQLITE_INTEGER && (sqlite3_column_int64(stmt, i) == 0 || sqlite3_column_int64(stmt, i) == 1)) {
      buf.ints.emplace_back(sqlite3_column_int64(stmt, i));
      return true;
    }
    if (text == "true" || text == "false") {
      buf.ints.emplace_back(text == "true" ? 1 : 0);
      return true;
    }
    return why = "a value is not a boolean (0, 1, true or false)", false;
  }
  if (f == "tdD") {
    std::string error;
    auto d = custos::cal::parse_date(text, &error);
    if (!d) return why = "a value is not a date (YYYY-MM-DD)", false;
    buf.ints.emplace_back(*d);
    return true;
  }
  std::string error;
  auto t = custos::cal::parse_timestamp(text, &error);
  if (!t) return why = "a value is not a timestamp (RFC 3339)", false;
  buf.ints.emplace_back(*t);
  return true;
}

void add_column(custos::eval::ArrowBatchBuilder& b, const custos::ColumnInfo& c, ColumnBuffer& buf) {
  const std::string& f = c.arrow_format;
  if (f == "u") return b.add_utf8(c.name, buf.texts);
  if (f == "g") return b.add_float64(c.name, buf.floats);
  if (f == "l") return b.add_int64(c.name, buf.ints);
  if (f == "tdD") {
    std::vector<std::optional<int32_t>> days;
    for (auto& v : buf.ints) days.push_back(v ? std::optional<int32_t>(static_cast<int32_t>(*v)) : std::nullopt);
    return b.add_date32(c.name, days);
  }
  if (f == "b") {
    std::vector<std::optional<bool>> bits;
    for (auto& v : buf.ints) bits.push_back(v ? std::optional<bool>(*v != 0) : std::nullopt);
    return b.add_bool(c.name, bits);
  }
  b.add_timestamp(c.name, buf.ints);
}

// ---- Arrow out: one value of the governed batch to SQLite -------------------------------------

bool is_valid(const ArrowArray& a, int64_t row) {
  if (a.null_count == 0 || !a.buffers[0]) return true;
  int64_t i = a.offset + row;
  return (static_cast<const uint8_t*>(a.buffers[0])[i / 8] >> (i % 8)) & 1;
}

void result_value(sqlite3_context* ctx, const ArrowSchema& s, const ArrowArray& a, int64_t row) {
  if (!is_valid(a, row)) return sqlite3_result_null(ctx);
  std::string f = s.format;
  int64_t i = a.offset + row;
  if (f == "l") return sqlite3_result_int64(ctx, static_cast<const int64_t*>(a.buffers[1])[i]);
  if (f == "g") return sqlite3_result_double(ctx, static_cast<const double*>(a.buffers[1])[i]);
  if (f == "b") return sqlite3_result_int(ctx, (static_cast<const uint8_t*>(a.buffers[1])[i / 8] >> (i % 8)) & 1);
  if (f == "tdD") {
    std::string d = custos::cal::format_date(static_cast<const int32_t*>(a.buffers[1])[i]);
    return sqlite3_result_text(ctx, d.c_str(), static_cast<int>(d.size()), SQLITE_TRANSIENT);
  }
  if (f.rfind("ts", 0) == 0) {
    std::string t = custos::cal::format_timestamp(static_cast<const int64_t*>(a.buffers[1])[i]);
    return sqlite3_result_text(ctx, t.c_str(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
  }
  const auto* offsets = static_cast<const int32_t*>(a.buffers[1]);
  const char* data = static_cast<const char*>(a.buffers[2]);
  sqlite3_result_text(ctx, data + offsets[i], offsets[i + 1] - offsets[i], SQLITE_TRANSIENT);
}

// ---- the virtual table -----------------------------------------------------------------------

struct GovernedTable {
  sqlite3_vtab base{};
  sqlite3* db = nullptr;
  Connection* conn = nullptr;
  std::string product, source;
  std::vector<custos::ColumnInfo> columns;
};

struct Cursor {
  sqlite3_vtab_cursor base{};
  sqlite3_stmt* stmt = nullptr;
  bool source_done = false;
  int64_t source_row = 0;
  std::optional<custos::Plan> plan;
  ArrowSchema schema{};  // the current governed batch
  ArrowArray batch{};
  int64_t row = 0;
  int64_t rowid = 0;

  void release_batch() {
    if (batch.release) batch.release(&batch);
    if (schema.release) schema.release(&schema);
    batch = {};
    schema = {};
    row = 0;
  }
  ~Cursor() {
    release_batch();
    if (stmt) sqlite3_finalize(stmt);
  }
};

GovernedTable* table_of(sqlite3_vtab_cursor* c) { return reinterpret_cast<GovernedTable*>(c->pVtab); }
Cursor* cursor_of(sqlite3_vtab_cursor* c) { return reinterpret_cast<Cursor*>(c); }

int fail(sqlite3_vtab* vtab, const std::string& message, int code = SQLITE_ERROR) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%s", message.c_str());
  return code;
}

// The governed tables being scanned on this thread, innermost last: a source that leads back to
// a table already being scanned (directly, through a view or another governed table) would
// recurse until the stack overflows.
thread_local std::vector<const GovernedTable*> t_scanning;

struct ScanGuard {
  explicit ScanGuard(const GovernedTable* t) { t_scanning.push_back(t); }
  ~ScanGuard() { t_scanning.pop_back(); }
};

// `key=value`; the value may be quoted with '...' or "..." (a doubled quote inside stands for one).
std::string arg_value(const std::string& arg, const std::string& key) {
  size_t eq = arg.find('=');
  if (eq == std::string::npos) return {};
  auto trim = [](std::string v) {
    while (!v.empty() && v.front() == ' ') v.erase(v.begin());
    while (!v.empty() && v.back() == ' ') v.pop_back();
    if (v.size() >= 2 && (v.front() == '\'' || v.front() == '"') && v.back() == v.front()) {
      char q = v.front();
      std::string inner;
      for (size_t i = 1; i + 1 < v.size(); ++i) {
        inner += v[i];
        if (v[i] == q && i + 2 < v.size() && v[i + 1] == q) ++i;
      }
      v = inner;
    }
    return v;
  };
  return trim(arg.substr(0, eq)) == key ? trim(arg.substr(eq + 1)) : std::string();
}

int open_table(sqlite3* db, void* aux, int argc, const char* const* argv, sqlite3_vtab** out, char** err, bool creating) {
  auto* conn = static_cast<Connection*>(aux);
  auto table = std::make_unique<GovernedTable>();
  table->db = db;
  table->conn = conn;
  for (int i = 3; i < argc; ++i) {
    std::string p = arg_value(argv[i], "product"), s = arg_value(argv[i], "source");
    if (!p.empty()) {
      table->product = p;
    } else if (!s.empty()) {
      table->source = s;
    } else {
      *err = sqlite3_mprintf("custos: unknown argument `%s` (expected product=<domain>.<name>, source=<table>)", argv[i]);
      return SQLITE_ERROR;
    }
  }
  if (table->product.empty() || table->source.empty()) {
    *err = sqlite3_mprintf("custos: use CREATE VIRTUAL TABLE t USING custos(product=<domain>.<name>, source=<table>)");
    return SQLITE_ERROR;
  }
  if (argc > 2 && same_name(table->source, argv[2])) {
    *err = sqlite3_mprintf("custos: the governed table `%s` cannot be its own source", argv[2]);
    return SQLITE_ERROR;
  }
  {
    std::lock_guard lock(conn->mutex);
    if (conn->locked && creating) {
      *err = sqlite3_mprintf("custos: this connection is locked (custos_lock): no new governed tables");
      return SQLITE_AUTH;
    }
    if (!conn->engine) {
      *err = sqlite3_mprintf("custos: no bundle loaded: call custos_load('path/to/mesh.bundle') first");
      return SQLITE_ERROR;
    }
    try {
      table->columns = conn->engine->product_columns(table->product);
    } catch (const std::exception& e) {
      *err = sqlite3_mprintf("custos: %s", e.what());
      return SQLITE_ERROR;
    }
  }
  std::string ddl = "CREATE TABLE x(";
  for (size_t i = 0; i < table->columns.size(); ++i) {
    ddl += (i ? ", " : "") + quote_identifier(table->columns[i].name) + " " + sql_type_of(table->columns[i]);
  }
  ddl += ")";
  int rc = sqlite3_declare_vtab(db, ddl.c_str());
  if (rc != SQLITE_OK) {
    *err = sqlite3_mprintf("custos: %s", sqlite3_errmsg(db));
    return rc;
  }
  {
    std::lock_guard lock(conn->mutex);
    auto known = std::find_if(conn->sources.begin(), conn->sources.end(),
                              [&](const std::string& s) { return same_name(s, table->source); });
    if (known == conn->sources.end()) conn->sources.push_back(table->source);
  }
  *out = &table.release()->base;
  return SQLITE_OK;
}

int create(sqlite3* db, void* aux, int argc, const char* const* argv, sqlite3_vtab** out, char** err) {
  return open_table(db, aux, argc, argv, out, err, true);
}
int connect(sqlite3* db, void* aux, int argc, const char* const* argv, sqlite3_vtab** out, char** err) {
  return open_table(db, aux, argc, argv, out, err, false);
}

int disconnect(sqlite3_vtab* vtab) {
  delete reinterpret_cast<GovernedTable*>(vtab);
  return SQLITE_OK;
}

int best_index(sqlite3_vtab*, sqlite3_index_info* info) {
  // Every scan reads the whole source; SQLite applies the query's own WHERE afterwards.
  info->estimatedCost = 1e6;
  return SQLITE_OK;
}

int open_cursor(sqlite3_vtab*, sqlite3_vtab_cursor** out) {
  *out = &(new Cursor)->base;
  return SQLITE_OK;
}

int close_cursor(sqlite3_vtab_cursor* c) {
  delete cursor_of(c);
  return SQLITE_OK;
}

// Reads up to kBatchRows source rows and governs them; loops past batches with no visible row.
int next_batch(sqlite3_vtab_cursor* vc) {
  Cursor& c = *cursor_of(vc);
  GovernedTable& t = *table_of(vc);
  c.release_batch();
  while (!c.source_done) {
    std::vector<ColumnBuffer> buffers(t.columns.size());
    int64_t n = 0;
    while (n < kBatchRows) {
      int rc;
      {
        ScanGuard scanning(&t);
        rc = sqlite3_step(c.stmt);
      }
      if (rc == SQLITE_DONE) {
        c.source_done = true;
        break;
      }
      if (rc != SQLITE_ROW) return fail(vc->pVtab, std::string("custos: reading `") + t.source + "`: " + sqlite3_errmsg(t.db));
      for (size_t i = 0; i < t.columns.size(); ++i) {
        std::string why;
        if (!convert(c.stmt, static_cast<int>(i), t.columns[i], buffers[i], why)) {
          return fail(vc->pVtab, "custos: `" + t.source + "` row " + std::to_string(c.source_row + 1) + ", column `" +
                                     t.columns[i].name + "`: " + why + "; the contract of `" + t.product + "` declares " +
                                     t.columns[i].type);
        }
      }
      ++c.source_row;
      ++n;
    }
    if (n == 0) break;
    custos::eval::ArrowBatchBuilder builder;
    for (size_t i = 0; i < t.columns.size(); ++i) add_column(builder, t.columns[i], buffers[i]);
    try {
      c.plan->apply(builder.schema(), builder.array(), &c.schema, &c.batch);
    } catch (const std::exception& e) {
      return fail(vc->pVtab, std::string("custos: ") + e.what());
    }
    if (c.batch.length > 0) return SQLITE_OK;
    c.release_batch();
  }
  return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* vc, int, const char*, int, sqlite3_value**) {
  Cursor& c = *cursor_of(vc);
  GovernedTable& t = *table_of(vc);
  c.release_batch();
  if (c.stmt) sqlite3_finalize(c.stmt);
  c.stmt = nullptr;
  c.source_done = false;
  c.source_row = 0;
  c.rowid = 0;
  std::shared_ptr<custos::Session> session = t.conn->current();
  if (!session) {
    return fail(vc->pVtab, "custos: no principal: call custos_session('{\"id\": ...}') on this connection first", SQLITE_AUTH);
  }
  try {
    c.plan = session->plan(t.product);
  } catch (const std::exception& e) {
    return fail(vc->pVtab, std::string("custos: ") + e.what());
  }
  if (std::find(t_scanning.begin(), t_scanning.end(), &t) != t_scanning.end()) {
    return fail(vc->pVtab, "custos: `" + t.source + "` leads back to the governed table reading it (a cycle of sources)");
  }
  if (!c.plan->allowed()) {
    return fail(vc->pVtab, "custos: access to `" + t.product + "` denied (decision " + c.plan->decision_id() + ")", SQLITE_AUTH);
  }
  std::string sql = "SELECT ";
  for (size_t i = 0; i < t.columns.size(); ++i) sql += (i ? ", " : "") + quote_identifier(t.columns[i].name);
  sql += " FROM " + quote_identifier(t.source);
  t_reading_source = true;
  int prepared = sqlite3_prepare_v2(t.db, sql.c_str(), -1, &c.stmt, nullptr);
  t_reading_source = false;
  if (prepared != SQLITE_OK) {
    return fail(vc->pVtab, "custos: cannot read source table `" + t.source + "`: " + sqlite3_errmsg(t.db));
  }
  return next_batch(vc);
}

int next(sqlite3_vtab_cursor* vc) {
  Cursor& c = *cursor_of(vc);
  ++c.rowid;
  if (++c.row < c.batch.length) return SQLITE_OK;
  return next_batch(vc);
}

int eof(sqlite3_vtab_cursor* vc) {
  Cursor& c = *cursor_of(vc);
  return c.batch.release == nullptr || c.row >= c.batch.length;
}

int column(sqlite3_vtab_cursor* vc, sqlite3_context* ctx, int i) {
  Cursor& c = *cursor_of(vc);
  if (i < 0 || i >= c.batch.n_children) {
    sqlite3_result_null(ctx);
    return SQLITE_OK;
  }
  result_value(ctx, *c.schema.children[i], *c.batch.children[i], c.row);
  return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* vc, sqlite3_int64* out) {
  *out = cursor_of(vc)->rowid;
  return SQLITE_OK;
}

sqlite3_module governed_module() {
  sqlite3_module m{};
  m.iVersion = 1;
  m.xCreate = create;
  m.xConnect = connect;
  m.xBestIndex = best_index;
  m.xDisconnect = disconnect;
  m.xDestroy = disconnect;
  m.xOpen = open_cursor;
  m.xClose = close_cursor;
  m.xFilter = filter;
  m.xNext = next;
  m.xEof = eof;
  m.xColumn = column;
  m.xRowid = rowid;
  return m;
}

const sqlite3_module kModule = governed_module();

}  // namespace

extern "C" __attribute__((visibility("default"))) int sqlite3_custossqlite_init(sqlite3* db, char** err,
                                                                                 const sqlite3_api_routines* api) {
  SQLITE_EXTENSION_INIT2(api);
  if (is_locked_db(db)) {
    *err = sqlite3_mprintf("custos: this connection is locked (custos_lock): the extension cannot be loaded again");
    return SQLITE_ERROR;
  }
  auto* conn = new Connection;
  conn->db = db;
  auto destroy = [](void* p) {
    auto* c = static_cast<Connection*>(p);
    {
      std::lock_guard registry(g_locked_mutex);
      std::erase(g_locked, c->db);
    }
    delete c;
  };
  // The module owns the connection state; the functions borrow it.
  int rc = sqlite3_create_module_v2(db, "custos", &kModule, conn, destroy);
  if (rc != SQLITE_OK) {
    destroy(conn);
    *err = sqlite3_mprintf("custos: cannot register the virtual table module");
    return rc;
  }
  rc = sqlite3_create_function_v2(db, "custos_load", 1, SQLITE_UTF8, conn, custos_load_fn, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "custos_load", 2, SQLITE_UTF8, conn, custos_load_fn, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "custos_session", 1, SQLITE_UTF8, conn, custos_session_fn, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "custos_session", 2, SQLITE_UTF8, conn, custos_session_fn, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "custos_hash_key_file", 1, SQLITE_UTF8, conn, custos_hash_key_file_fn, nullptr,
                                    nullptr, nullptr);
  }
  if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "custos_lock", 0, SQLITE_UTF8, conn, custos_lock_fn, nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function_v2(db, "custos_hmac_sha256", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, hmac_fn,
                                    nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK) *err = sqlite3_mprintf("custos: cannot register its SQL functions");
  return rc;
}
