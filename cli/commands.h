// The subcommands' entry points, each implemented in its own cmd_*.cpp.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "hash_key_source.h"
#include "options.h"
#include "pipeline.h"
#include "request.h"

namespace custos::cli {

struct CheckArgs {
  CheckInputs inputs;
  DiagnosticOutput output;
  bool require_coverage = false;
  std::string now;          // --now DATE|TIMESTAMP: warn about expired and expiring rules
  int expiring_within = 30;  // days
  unsigned prove_timeout_ms = 30000;  // per solver question an `assert` asks
};
int run_check(const CheckArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct CoverageArgs {
  CheckInputs inputs;
  bool json = false;
  bool fail_on_gaps = false;
};
int run_coverage(const CoverageArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct DecideArgs {
  RequestArgs request;
  std::string rows_file;
  bool json = false;
  std::string engine = "jit";  // jit | interp
  std::string jit = "lazy";    // lazy: compile only the product decided | eager: every product
  HashKeyArgs hash_key;        // needed with --rows when a mask of the product is `hash`
};
// `eval` (explain = false) and `explain`.
int run_decide(const DecideArgs& args, bool explain, std::ostream& out, std::ostream& err, const Terminal& term);

struct TestArgs {
  CheckInputs inputs;
  std::function<void(size_t, size_t)> progress;  // tests run of all; set for a terminal
  std::string junit;
  bool json = false;
  std::string engine = "jit";  // jit | interp
  std::string jit = "lazy";    // lazy: compile only the products the tests decide | eager: every product
};
int run_test(const TestArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct FmtArgs {
  std::vector<std::string> paths;
  bool write = false, check = false, diff = false;
};
int run_fmt(const FmtArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct ReportArgs {
  CheckInputs inputs;
  std::string output;
  bool access_review = true;  // prove each product's access section with the solver (custos who-can)
};
int run_report(const ReportArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct BuildArgs {
  CheckInputs inputs;
  std::string output = "custos.bundle";
  std::string revision;  // default: the content hash's first 12 hex digits
  std::string sign_key;  // PEM Ed25519 private key
  HashKeyArgs hash_key;  // its id is recorded; needed when a mask is `hash`
};
int run_build(const BuildArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct InspectArgs {
  std::string bundle;
  std::optional<std::string> public_key;  // given: bundles must be signed by this key
};
int run_inspect(const InspectArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct KeygenArgs {
  std::string out;
  bool force = false;
};
int run_keygen(const KeygenArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct SqlArgs {
  RequestArgs request;
  std::string dialect = "postgres";
  std::string table;  // default: "domain"."name" (SQLite: "domain_name")
  bool json = false;
  HashKeyArgs hash_key;
};
int run_sql(const SqlArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct IrArgs {
  RequestArgs request;            // paths and --mesh; --product narrows; residual: the request
  std::string stage = "lowered";  // lowered | residual
};
int run_ir(const IrArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct CompileArgs {
  CheckInputs inputs;
  std::string target = "postgres";
  std::string output;  // empty or "-": standard output
  std::string schema = "custos";
  std::string view_schema = "governed";
  std::string enforcer = "custos_enforcer";
  std::vector<std::string> grant_to;  // default PUBLIC
  std::vector<std::string> products;  // default: all
  std::vector<std::string> tables;    // PRODUCT=SCHEMA.TABLE
  std::string clock;
  std::string revision;
  HashKeyArgs hash_key;
};
int run_compile(const CompileArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct DiffArgs {
  CheckInputs inputs;  // limits and --mesh; the paths are these two
  std::vector<std::string> paths;  // OLD NEW, or one path with --base
  std::string base;                // a git revision: OLD is `paths[0]` as committed there
  std::string format = "human";    // human | json
  std::string fail_on = "widen";   // widen | any | none
  unsigned timeout_ms = 30000;     // per solver query
};
int run_diff(const DiffArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct WhoCanArgs {
  CheckInputs inputs;
  std::vector<std::string> products;  // empty: every product
  std::vector<std::string> columns;   // empty: every governed or sensitive column
  bool rows = false;
  std::string format = "human";  // human | json
  unsigned timeout_ms = 30000;   // per solver query
};
int run_who_can(const WhoCanArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct ServeArgs {
  std::string bundle;
  std::string principals;
  std::optional<std::string> public_key;  // given: bundles must be signed by this key
  std::string listen = "127.0.0.1:8181";
  std::string catalog;
  std::vector<std::string> system_users;
  std::string audit_log;
  size_t max_request_bytes = 4u << 20;
  int threads = 0;  // 0: one per core
  unsigned request_timeout = 10;
  unsigned max_connections = 1000;
  unsigned max_connections_per_client = 64;
  HashKeyArgs hash_key;
};
int run_serve(const ServeArgs& args, std::ostream& out, std::ostream& err, const Terminal& term);

struct LspArgs {
  std::string docs_dir;              // holds stdlib.md; empty: the docs of this build
  unsigned debounce_ms = 200;
  unsigned prove_timeout_ms = 5000;  // per solver question, on open and save; 0: never prove
  bool stdio = true;                 // `--stdio`, which editors pass: the only transport
};
// `custos lsp`: the language server on standard input and output until the client says `exit`.
int run_lsp(const LspArgs& args, std::ostream& out, std::ostream& err);

}  // namespace custos::cli
