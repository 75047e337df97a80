// The SQLite extension, loaded into a real SQLite database through the library's own API: what
// `SELECT * FROM governed` returns equals the interpreter's visible rows and masked values, for
// the example principals and random ones, on the example data and on random rows (NULLs, empty
// strings, unicode, a source table whose name needs quoting).
#include <catch2/catch.hpp>

// g++ 12 reports a false -Wmaybe-uninitialized inside std::variant when rows are built below.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "support/test_keys.h"
#include "hash_key.h"
#include "calendar.h"
#include "cli.h"
#include "decide_rows.h"
#include "load_bundle.h"

using namespace custos;

namespace {

const std::string kExamples = std::string(CUSTOS_SOURCE_DIR) + "/policies/examples";

std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

struct Db {
  sqlite3* db = nullptr;
  Db() {
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    sqlite3_enable_load_extension(db, 1);
  }
  ~Db() { sqlite3_close(db); }
  void exec(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
    std::string msg = err ? err : "";
    sqlite3_free(err);
    INFO(sql << "\n-> " << msg);
    REQUIRE(rc == SQLITE_OK);
  }
  // The first column of the first row as text, or the error.
  std::string scalar(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) return std::string("error: ") + sqlite3_errmsg(db);
    std::string out;
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(st, 0);
      out = t ? reinterpret_cast<const char*>(t) : "NULL";
    } else if (rc != SQLITE_DONE) {
      out = std::string("error: ") + sqlite3_errmsg(db);
    }
    sqlite3_finalize(st);
    return out;
  }
};

struct Fixture {
  std::string bundle_path;
  std::unique_ptr<bundle::LoadedBundle> ref;
  size_t product = 0;
  Fixture() {
    bundle_path = (std::filesystem::temp_directory_path() / ("custos-sqlite-" + std::to_string(::getpid()) + ".bundle")).string();
    std::ostringstream out, err;
    REQUIRE(cli::run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", bundle_path, "--revision", "sqlite"}, out, err) == 0);
    std::string error;
    ref = bundle::load_file(bundle_path, {}, error);
    REQUIRE(ref);
    product = ref->mesh->index.at("crm.customers");
  }
  ~Fixture() { std::filesystem::remove(bundle_path); }
  const Product& customers() const { return ref->mesh->products[product]; }
};

void load(Db& db, const Fixture& f) {
  char* err = nullptr;
  int rc = sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  REQUIRE(rc == SQLITE_OK);
  REQUIRE(db.scalar("SELECT custos_hash_key_file('" + testing::kTestHashKeyFile + "')").rfind("hk-", 0) == 0);
  REQUIRE(db.scalar("SELECT custos_load('" + f.bundle_path + "')") == "sqlite");
}

std::string sql_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

// Writes rows into `table` with SQLite's own types (dates as text, booleans as 0/1).
void insert(Db& db, const std::string& table, const Product& p, const std::vector<eval::Row>& rows) {
  std::string cols, marks;
  for (size_t i = 0; i < p.columns.size(); ++i) {
    cols += (i ? ", \"" : "\"") + p.columns[i].name + "\"";
    marks += i ? ", ?" : "?";
  }
  std::string quoted = "\"";
  for (char c : table) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  quoted += "\"";
  db.exec("CREATE TABLE " + quoted + " (" + cols + ")");
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.db, ("INSERT INTO " + quoted + " VALUES (" + marks + ")").c_str(), -1, &st, nullptr) == SQLITE_OK);
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      int k = static_cast<int>(i) + 1;
      const Scalar& v = row[i];
      if (is_null(v)) sqlite3_bind_null(st, k);
      else if (auto* b = std::get_if<bool>(&v)) sqlite3_bind_int(st, k, *b);
      else if (auto* n = std::get_if<int64_t>(&v)) sqlite3_bind_int64(st, k, *n);
      else if (auto* d = std::get_if<double>(&v)) sqlite3_bind_double(st, k, *d);
      else if (auto* s = std::get_if<std::string>(&v)) sqlite3_bind_text(st, k, s->c_str(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
      else if (auto* dt = std::get_if<Date>(&v)) sqlite3_bind_text(st, k, cal::format_date(dt->days).c_str(), -1, SQLITE_TRANSIENT);
      else if (auto* ts = std::get_if<Timestamp>(&v)) sqlite3_bind_text(st, k, cal::format_timestamp(ts->micros).c_str(), -1, SQLITE_TRANSIENT);
    }
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
}

// One SQLite result value against the interpreter's scalar.
bool same(sqlite3_stmt* st, int i, const Scalar& want) {
  int t = sqlite3_column_type(st, i);
  if (is_null(want)) return t == SQLITE_NULL;
  if (auto* b = std::get_if<bool>(&want)) return t == SQLITE_INTEGER && sqlite3_column_int64(st, i) == (*b ? 1 : 0);
  if (auto* n = std::get_if<int64_t>(&want)) return t == SQLITE_INTEGER && sqlite3_column_int64(st, i) == *n;
  if (auto* d = std::get_if<double>(&want)) return t == SQLITE_FLOAT && sqlite3_column_double(st, i) == *d;
  if (t != SQLITE_TEXT) return false;
  std::string got(reinterpret_cast<const char*>(sqlite3_column_text(st, i)), static_cast<size_t>(sqlite3_column_bytes(st, i)));
  if (auto* s = std::get_if<std::string>(&want)) return got == *s;
  if (auto* dt = std::get_if<Date>(&want)) return got == cal::format_date(dt->days);
  if (auto* ts = std::get_if<Timestamp>(&want)) return got == cal::format_timestamp(ts->micros);
  return false;
}

// `SELECT * FROM governed` for `principal` equals the interpreter on `rows`.
void check_principal(Db& db, const Fixture& f, const std::vector<eval::Row>& rows, const std::string& principal,
                     const std::string& context) {
  INFO("principal " << principal);
  std::string bound = db.scalar("SELECT custos_session(" + sql_quote(principal) + ", " + sql_quote(context) + ")");
  REQUIRE(bound == "sqlite");
  std::vector<std::string> errors;
  auto p = eval::attributes_from_json(principal, f.ref->mesh->config.principal, "principal", errors);
  auto c = eval::attributes_from_json(context, f.ref->mesh->config.context, "context", errors);
  REQUIRE(errors.empty());
  stdlib::NativeContext natives = testing::test_natives();
  auto want = eval::interpret_rows(*f.ref->set, f.product, p, c, {}, rows, natives);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db.db, "SELECT * FROM governed", -1, &st, nullptr) == SQLITE_OK);
  size_t n = 0;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    REQUIRE(n < want.visible.size());
    for (int i = 0; i < sqlite3_column_count(st); ++i) {
      INFO("visible row " << n << " (source row " << want.visible[n] << "), column " << sqlite3_column_name(st, i));
      CHECK(same(st, i, want.values[n][static_cast<size_t>(i)]));
    }
    ++n;
  }
  INFO("sqlite: " << sqlite3_errmsg(db.db));
  if (want.plan.allowed) {
    CHECK(rc == SQLITE_DONE);
    CHECK(n == want.visible.size());
  } else {
    // Denied access is an error, never an empty (or any) result.
    CHECK(rc == SQLITE_AUTH);
    CHECK(n == 0);
    CHECK(std::string(sqlite3_errmsg(db.db)).find("denied") != std::string::npos);
  }
  sqlite3_finalize(st);
}

const std::vector<std::string> kPrincipals = {
    slurp(kExamples + "/requests/analyst.json"), slurp(kExamples + "/requests/agent_fr.json"),
    slurp(kExamples + "/requests/partner.json"),
    R"({"id": "cleo", "roles": ["analyst", "fraud"], "region": "EU", "domain": "crm", "country": "DE", "clearance": 4})",
    R"({"id": "dee", "roles": ["agent"], "region": "US", "domain": "after_sales", "country": "DE", "clearance": 3})"};
const std::string kContext = slurp(kExamples + "/requests/reporting.json");

}  // namespace

TEST_CASE("the SQLite virtual table returns what the interpreter decides, on the example data", "[sqlite]") {
  Fixture f;
  Db db;
  load(db, f);
  std::vector<std::string> errors;
  auto rows = eval::rows_from_file(kExamples + "/data/customers.csv", f.customers(), errors);
  REQUIRE(errors.empty());
  insert(db, "customers", f.customers(), rows);
  db.exec("CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers)");
  for (const auto& p : kPrincipals) check_principal(db, f, rows, p, kContext);
}

TEST_CASE("the SQLite virtual table on random rows with NULLs, empty strings and unicode", "[sqlite]") {
  Fixture f;
  Db db;
  load(db, f);
  std::mt19937_64 rng(20261125);
  const std::vector<std::string> kCountries = {"DE", "FR", "AT", "IE", "", "ÖS"};
  const std::vector<std::string> kTexts = {"", "Zoë Ångström", "+49 800 1234", "+49 170 99", "a@b.c", "x'y\"z", "日本語"};
  auto pick = [&](const std::vector<std::string>& xs) { return xs[rng() % xs.size()]; };
  std::vector<eval::Row> rows;
  for (int64_t i = 0; i < 3000; ++i) {  // more than two of the extension's 1,024-row batches
    eval::Row r;
    for (const Column& c : f.customers().columns) {
      if (rng() % 7 == 0 && !c.primary_key) {
        r.push_back(Null{});
        continue;
      }
      switch (c.type.kind) {
        case TypeKind::Int: r.push_back(c.primary_key ? i : static_cast<int64_t>(rng() % 100) - 50); break;
        case TypeKind::Float: r.push_back(static_cast<double>(rng() % 1000000) / 100.0); break;
        case TypeKind::Bool: r.push_back(rng() % 2 == 0); break;
        case TypeKind::Date: r.push_back(Date{static_cast<int32_t>(rng() % 20000)}); break;
        default: {
          std::string text = c.name == "country" ? pick(kCountries) : pick(kTexts);
          r.emplace_back(std::in_place_type<std::string>, std::move(text));
        }
      }
    }
    rows.push_back(std::move(r));
  }
  insert(db, "raw \"customers\"", f.customers(), rows);
  db.exec("CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source='raw \"customers\"')");
  for (const auto& p : kPrincipals) check_principal(db, f, rows, p, kContext);
  check_principal(db, f, rows, kPrincipals[0], R"({"purposes": ["fraud"], "now": "2026-03-01T09:00:00Z"})");
}

TEST_CASE("the SQLite extension fails closed: no bundle, no session, bad values, wrong arguments", "[sqlite]") {
  Fixture f;
  Db db;
  char* err = nullptr;
  REQUIRE(sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err) == SQLITE_OK);
  REQUIRE(db.scalar("SELECT custos_hash_key_file('" + testing::kTestHashKeyFile + "')").rfind("hk-", 0) == 0);
  CHECK(db.scalar("SELECT custos_session('{}')").find("no bundle loaded") != std::string::npos);
  CHECK(db.scalar("SELECT custos_load('/nonexistent.bundle')").find("cannot read bundle") != std::string::npos);
  REQUIRE(db.scalar("SELECT custos_load('" + f.bundle_path + "')") == "sqlite");
  db.exec("CREATE TABLE customers (customer_id, full_name, email, phone, country, birth_date, is_minor, tax_id, lifetime_value)");
  db.exec("INSERT INTO customers VALUES (1, 'A', 'a@x', '1', 'DE', 'not a date', 0, 'T', 1.0)");
  CHECK(db.scalar("CREATE VIRTUAL TABLE bad USING custos(product=crm.nope, source=customers)").find("unknown product") != std::string::npos);
  CHECK(db.scalar("CREATE VIRTUAL TABLE bad USING custos(source=customers)").find("USING custos(") != std::string::npos);
  CHECK(db.scalar("CREATE VIRTUAL TABLE bad USING custos(product=crm.customers, source=customers, x=1)").find("unknown argument") != std::string::npos);
  db.exec("CREATE VIRTUAL TABLE governed USING custos(product=crm.customers, source=customers)");
  CHECK(db.scalar("SELECT count(*) FROM governed").find("no principal") != std::string::npos);
  REQUIRE(db.scalar("SELECT custos_session(" + sql_quote(kPrincipals[0]) + ", " + sql_quote(kContext) + ")") == "sqlite");
  std::string bad_date = db.scalar("SELECT count(*) FROM governed");
  CHECK(bad_date.find("row 1, column `birth_date`") != std::string::npos);
  CHECK(bad_date.find("not a date") != std::string::npos);
  // A failed switch of principal leaves none bound (never the previous one).
  CHECK(db.scalar("SELECT custos_session('{\"clearance\": \"x\"}')").find("clearance") != std::string::npos);
  CHECK(db.scalar("SELECT count(*) FROM governed").find("no principal") != std::string::npos);
}

TEST_CASE("SQLite extension: a connection that verified a signature never loads unverified bundles", "[sqlite][security]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("custos-sqlite-keys-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  auto run = [](std::vector<std::string> args) {
    std::ostringstream out, err;
    REQUIRE(cli::run(args, out, err) == 0);
  };
  run({"keygen", "--out", (dir / "k").string(), "--force"});
  run({"keygen", "--out", (dir / "other").string(), "--force"});
  const std::string signed_path = (dir / "signed.bundle").string(), unsigned_path = (dir / "plain.bundle").string();
  run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", signed_path, "--revision", "s1", "--sign", (dir / "k.key").string()});
  run({"build", kExamples, "--hash-key-file", testing::kTestHashKeyFile, "-o", unsigned_path, "--revision", "u1"});
  const std::string key = slurp((dir / "k.pub").string()), other = slurp((dir / "other.pub").string());

  Db db;
  char* err = nullptr;
  REQUIRE(sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err) == SQLITE_OK);
  REQUIRE(db.scalar("SELECT custos_hash_key_file('" + testing::kTestHashKeyFile + "')").rfind("hk-", 0) == 0);
  REQUIRE(db.scalar("SELECT custos_load(" + sql_quote(signed_path) + ", " + sql_quote(key) + ")") == "s1");
  // Neither without a key, nor with NULL, nor with another key: the signature check stays.
  CHECK(db.scalar("SELECT custos_load(" + sql_quote(unsigned_path) + ")").find("signed") != std::string::npos);
  CHECK(db.scalar("SELECT custos_load(" + sql_quote(unsigned_path) + ", NULL)").rfind("error:", 0) == 0);
  CHECK(db.scalar("SELECT custos_load(" + sql_quote(unsigned_path) + ", " + sql_quote(other) + ")")
            .find("load with that same key") != std::string::npos);
  // The same key reloads.
  CHECK(db.scalar("SELECT custos_load(" + sql_quote(signed_path) + ", " + sql_quote(key) + ")") == "s1");
  fs::remove_all(dir);
}

TEST_CASE("SQLite extension: no default hash key, short keys refused, the key fixed once loaded", "[sqlite][security]") {
  Fixture f;
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("custos-sqlite-hashkey-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string short_key = (dir / "short.key").string(), other_key = (dir / "other.key").string();
  std::ofstream(short_key) << "0123456789\n";
  std::ofstream(other_key) << "another key of more than thirty-two bytes, not the bundle's\n";
  char* err = nullptr;
  {
    // Without a key, a bundle that masks with `hash` does not load (no public default key).
    Db db;
    REQUIRE(sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err) == SQLITE_OK);
    std::string r = db.scalar("SELECT custos_load('" + f.bundle_path + "')");
    CHECK(r.find("masks with `hash`") != std::string::npos);
    CHECK(r.find("no hash key") != std::string::npos);
    CHECK(db.scalar("SELECT custos_hash_key_file('" + short_key + "')").find("at least 32") != std::string::npos);
    CHECK(db.scalar("SELECT custos_hash_key_file('/nonexistent.key')").find("cannot read") != std::string::npos);
    // custos_hmac_sha256, for the SQL `custos sql --dialect sqlite` emits, refuses short keys too.
    CHECK(db.scalar("SELECT custos_hmac_sha256('anna@example.com', 'custos')").find("at least 32") != std::string::npos);
  }
  {
    // A key other than the one the bundle was built for is refused: its pseudonyms would not match.
    Db db;
    REQUIRE(sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err) == SQLITE_OK);
    REQUIRE(db.scalar("SELECT custos_hash_key_file('" + other_key + "')").rfind("hk-", 0) == 0);
    CHECK(db.scalar("SELECT custos_load('" + f.bundle_path + "')").find("built for hash key") != std::string::npos);
  }
  {
    // The right key loads; after that the key cannot change, and after custos_lock nothing can.
    Db db;
    REQUIRE(sqlite3_load_extension(db.db, CUSTOS_SQLITE_EXTENSION, nullptr, &err) == SQLITE_OK);
    REQUIRE(db.scalar("SELECT custos_hash_key_file('" + testing::kTestHashKeyFile + "')") ==
            stdlib::hash_key_id(testing::kTestHashKey));
    REQUIRE(db.scalar("SELECT custos_load('" + f.bundle_path + "')") == "sqlite");
    CHECK(db.scalar("SELECT custos_hash_key_file('" + other_key + "')").find("before the first custos_load") != std::string::npos);
  }
  fs::remove_all(dir);
}
