// Subcommand table and argument parsing (CLI11). Each subcommand lives in its own cmd_*.cpp.
#include "cli.h"

#include <CLI/CLI.hpp>

#include <ostream>

#include "commands.h"
#include "usage_errors.h"

#ifndef CUSTOS_VERSION
#define CUSTOS_VERSION "0.0.0"
#endif

namespace custos::cli {

namespace {
void add_diagnostic_options(CLI::App* cmd, DiagnosticOutput& opts) {
  cmd->add_option_function<std::string>(
         "--format",
         [&opts](const std::string& v) { opts.format = v == "json" ? Format::Json : v == "sarif" ? Format::Sarif : Format::Human; },
         "Output format: human (default), json or sarif")
      ->check(CLI::IsMember({"human", "json", "sarif"}));
  cmd->add_option_function<std::string>(
         "--color",
         [&opts](const std::string& v) { opts.color = v == "always" ? Color::Always : v == "never" ? Color::Never : Color::Auto; },
         "Colour in human output: auto (default), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_flag("--werror", opts.werror, "Treat warnings as errors");
}
void add_input_options(CLI::App* cmd, CheckInputs& in) {
  cmd->add_option("paths", in.paths, "Policy files, folders, or a mesh root")->required();
  cmd->add_option("--mesh", in.mesh_config, "The mesh configuration (default: the nearest custos.yaml above the first path)");
  cmd->add_option("--max-file-bytes", in.max_file_bytes, "Refuse policy files larger than this (default 8 MiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--max-rules", in.max_rules, "Refuse meshes with more rules than this (default 100000)")
      ->check(CLI::PositiveNumber);
}
void add_hash_key_options(CLI::App* cmd, HashKeyArgs& k, const char* when) {
  cmd->add_option("--hash-key-file", k.file,
                  std::string("The `hash` mask's secret key, at least 32 bytes (default: $CUSTOS_HASH_KEY_FILE, then "
                              "$CUSTOS_HASH_KEY); ") + when);
  cmd->add_flag("--demo-hash-key", k.demo, "Use the public demo key for `hash`: for trying Custos on example data only");
}
// The options of commands that decide one request (eval, explain, sql).
void add_request_options(CLI::App* cmd, RequestArgs& r) {
  cmd->add_option("paths", r.inputs.paths, "A mesh root, policy folder or file (default: the current folder)");
  cmd->add_option("--mesh", r.inputs.mesh_config, "The mesh configuration (default: the nearest custos.yaml)");
  cmd->add_option("--principal", r.principal_file, "JSON file with the principal's attributes")->required();
  cmd->add_option("--context", r.context_file, "JSON file with the request context's attributes");
  cmd->add_option("--product", r.product, "The product, as <domain>.<name>")->required();
  cmd->add_option("--columns", r.columns, "Columns asked for (default: all)")->delimiter(',');
}
}  // namespace

namespace {
int run_unguarded(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Terminal& term);
}  // namespace

// No exception ever escapes: an internal error is reported and exits with its own code.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  try {
    return run_unguarded(args, out, err, term);
  } catch (const std::exception& e) {
    err << "error: internal error: " << e.what() << "\n";
  } catch (...) {
    err << "error: internal error\n";
  }
  return kExitInternal;
}

namespace {
int run_unguarded(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  CLI::App app{"Custos: policy-as-code for federated data-mesh governance", "custos"};
  app.set_version_flag("--version", std::string("custos ") + CUSTOS_VERSION);
  app.require_subcommand(1);
  app.fallthrough(false);

  CheckArgs check;
  auto* check_cmd = app.add_subcommand("check", "Parse and check policy files and directories (recursively)");
  add_input_options(check_cmd, check.inputs);
  add_diagnostic_options(check_cmd, check.output);
  check_cmd->add_flag("--require-coverage", check.require_coverage,
                      "Fail when a sensitive column has no mask or deny rule that could apply to it");
  check_cmd->add_flag("--syntax-only", check.inputs.syntax_only,
                      "Parse only: look for no mesh and type-check nothing (without it, a missing custos.yaml is an error)");
  check_cmd->add_option("--now", check.now,
                        "Warn about rules whose @expires is past at this date or timestamp (W0407) or within --expiring-within days (W0408)");
  check_cmd->add_option("--expiring-within", check.expiring_within, "Days before an expiry that --now warns about (default 30)")
      ->check(CLI::Range(0, 36500));
  check_cmd->add_option("--prove-timeout", check.prove_timeout_ms,
                        "Milliseconds the solver may spend on each question an `assert` asks (default 30000; past it: E0602)")
      ->check(CLI::Range(1u, 3600000u));

  CoverageArgs cov;
  auto* cov_cmd = app.add_subcommand("coverage", "Report which sensitive columns are governed, and by which rules");
  add_input_options(cov_cmd, cov.inputs);
  cov_cmd->add_option_function<std::string>(
         "--format", [&cov](const std::string& v) { cov.json = v == "json"; }, "Output format: human (default) or json")
      ->check(CLI::IsMember({"human", "json"}));
  cov_cmd->add_flag("--fail-on-gaps", cov.fail_on_gaps, "Exit 1 when any sensitive column is uncovered");

  DecideArgs decide;
  CLI::App* decide_cmds[2];
  const char* decide_names[2] = {"eval", "explain"};
  const char* decide_help[2] = {"Decide one request: table access, column outcomes, row filter (and rows with --rows)",
                                "Like eval, and say which rule produced each part and why each other rule did not"};
  for (int i = 0; i < 2; ++i) {
    auto* cmd = app.add_subcommand(decide_names[i], decide_help[i]);
    add_request_options(cmd, decide.request);
    cmd->add_option("--rows", decide.rows_file, "Rows to filter and mask: CSV with a header, or JSON lines (.jsonl)");
    add_hash_key_options(cmd, decide.hash_key, "needed with --rows when a column is masked with `hash`");
    cmd->add_option("--engine", decide.engine, "Decide with compiled code (jit, default) or the interpreter (interp)")
        ->check(CLI::IsMember({"jit", "interp"}));
    cmd->add_option("--jit", decide.jit, "Compile only the product decided (lazy, default) or every product first (eager)")
        ->check(CLI::IsMember({"lazy", "eager"}));
    cmd->add_option_function<std::string>(
           "--format", [&decide](const std::string& v) { decide.json = v == "json"; }, "Output format: human (default) or json")
        ->check(CLI::IsMember({"human", "json"}));
    decide_cmds[i] = cmd;
  }

  TestArgs test;
  auto* test_cmd = app.add_subcommand("test", "Run the policy tests written next to the policies");
  add_input_options(test_cmd, test.inputs);
  test_cmd->add_option("--junit", test.junit, "Also write a JUnit XML report to this file");
  test_cmd->add_option("--engine", test.engine, "Run the tests with compiled code (jit, default) or the interpreter (interp)")
      ->check(CLI::IsMember({"jit", "interp"}));
  test_cmd->add_option("--jit", test.jit, "Compile only the products the tests decide (lazy, default) or every product first (eager)")
      ->check(CLI::IsMember({"lazy", "eager"}));
  test_cmd->add_option_function<std::string>(
              "--format", [&test](const std::string& v) { test.json = v == "json"; }, "Output format: human (default) or json")
      ->check(CLI::IsMember({"human", "json"}));

  FmtArgs fmt_args;
  auto* fmt_cmd = app.add_subcommand("fmt", "Format policy files in the one canonical layout (comments kept)");
  fmt_cmd->add_option("paths", fmt_args.paths, "Policy files or folders")->required();
  fmt_cmd->add_flag("--write", fmt_args.write, "Rewrite the files in place");
  fmt_cmd->add_flag("--check", fmt_args.check, "List files that are not formatted; exit 1 if any");
  fmt_cmd->add_flag("--diff", fmt_args.diff, "Show what formatting would change, as a unified diff");

  ReportArgs report;
  auto* report_cmd = app.add_subcommand("report", "Write the governance report: one self-contained HTML file");
  add_input_options(report_cmd, report.inputs);
  report_cmd->add_option("-o,--output", report.output, "The HTML file to write (default: standard output)");
  report_cmd->add_flag("!--no-access-review", report.access_review,
                       "Leave out the proven access section (who may read each product, which rows, who sees each column in clear)");

  SqlArgs sql_args;
  auto* sql_cmd = app.add_subcommand("sql", "One decision as SQL: the row filter and each column's expression, as a SELECT");
  add_request_options(sql_cmd, sql_args.request);
  sql_cmd->add_option("--dialect", sql_args.dialect, "postgres (default), sqlite or trino")
      ->check(CLI::IsMember({"postgres", "sqlite", "trino"}));
  sql_cmd->add_option("--table", sql_args.table, "The table to select from (default: \"domain\".\"name\"; SQLite: domain_name)");
  sql_cmd->add_option_function<std::string>(
         "--format", [&sql_args](const std::string& v) { sql_args.json = v == "json"; }, "Output format: human (default) or json")
      ->check(CLI::IsMember({"human", "json"}));
  add_hash_key_options(sql_cmd, sql_args.hash_key, "needed when a column is masked with `hash` (the SQL then holds the key)");

  IrArgs ir_args;
  auto* ir_cmd = app.add_subcommand("ir", "Print the decision IR the engines receive: the lowered rules, or one request's residuals");
  ir_cmd->add_option("paths", ir_args.request.inputs.paths, "A mesh root, policy folder or file (default: the current folder)");
  ir_cmd->add_option("--mesh", ir_args.request.inputs.mesh_config, "The mesh configuration (default: the nearest custos.yaml)");
  ir_cmd->add_option("--stage", ir_args.stage, "lowered (default): the checked rules; residual: one request after partial evaluation")
      ->check(CLI::IsMember({"lowered", "residual"}));
  ir_cmd->add_option("--product", ir_args.request.product, "Only this product, as <domain>.<name> (required with --stage residual)");
  ir_cmd->add_option("--principal", ir_args.request.principal_file, "JSON file with the principal's attributes (--stage residual)");
  ir_cmd->add_option("--context", ir_args.request.context_file, "JSON file with the request context's attributes (--stage residual)");
  ir_cmd->add_option("--columns", ir_args.request.columns, "Columns asked for (default: all)")->delimiter(',');

  ServeArgs serve_args;
  auto* serve_cmd = app.add_subcommand("serve", "Answer Trino's OPA access-control plugin over HTTP from a bundle");
  serve_cmd->add_option("--bundle", serve_args.bundle, "The bundle to serve (SIGHUP reloads it)")->required();
  serve_cmd->add_option("--principals", serve_args.principals, "JSON file: {\"users\": {\"<trino user>\": {<attributes>}}}")->required();
  serve_cmd->add_option("--public-key", serve_args.public_key, "Require bundles signed by this Ed25519 public key (PEM)");
  serve_cmd->add_option("--listen", serve_args.listen, "HOST:PORT to listen on (default 127.0.0.1:8181; port 0 picks one)");
  serve_cmd->add_option("--catalog", serve_args.catalog, "Only tables of this Trino catalog are products (default: any)");
  serve_cmd->add_option("--system-users", serve_args.system_users,
                        "Trino users who may read system information, set system session properties and view or kill "
                        "other users' queries (default: none; everyone acts on their own queries)")
      ->delimiter(',');
  serve_cmd->add_option("--audit-log", serve_args.audit_log, "Append a JSON line per decision to this file");
  serve_cmd->add_option("--max-request-bytes", serve_args.max_request_bytes, "Refuse larger request bodies with 413 (default 4 MiB: a batch of column masks for about 27,000 columns)")
      ->check(CLI::PositiveNumber);
  serve_cmd->add_option("--threads", serve_args.threads, "Event-loop threads, each serving many connections (default: one per core)")
      ->check(CLI::Range(1, 256));
  serve_cmd->add_option("--request-timeout", serve_args.request_timeout,
                        "Seconds of silence that close a connection; a request must complete within twice this (default 10)")
      ->check(CLI::Range(1, 3600));
  serve_cmd->add_option("--max-connections", serve_args.max_connections, "Connections open at once, all clients (default 1000)")
      ->check(CLI::Range(1, 100000));
  serve_cmd->add_option("--max-connections-per-client", serve_args.max_connections_per_client,
                        "Connections open at once from one IP address (default 64)")
      ->check(CLI::Range(1, 100000));
  add_hash_key_options(serve_cmd, serve_args.hash_key,
                       "needed when a mask is `hash` (Trino's mask expressions then hold the key)");

  LspArgs lsp_args;
  auto* lsp_cmd = app.add_subcommand("lsp", "Answer an editor over the Language Server Protocol (stdio): diagnostics, completion, hover, navigation, formatting");
  lsp_cmd->add_flag("--stdio", lsp_args.stdio, "Speak over standard input and output (the default and only transport)");
  lsp_cmd->add_option("--debounce", lsp_args.debounce_ms, "Milliseconds after the last keystroke before a re-check (default 200)");
  lsp_cmd->add_option("--prove-timeout", lsp_args.prove_timeout_ms, "Per solver question when assertions are proven on open and save, in ms (default 5000; 0: never)");
  lsp_cmd->add_option("--docs", lsp_args.docs_dir, "The folder holding stdlib.md, for go to definition on stdlib names");

  BuildArgs build;
  auto* build_cmd = app.add_subcommand("build", "Check a mesh and write it as one bundle file for engines to load");
  add_input_options(build_cmd, build.inputs);
  build_cmd->add_option("-o,--output", build.output, "The bundle file to write (default: custos.bundle)");
  build_cmd->add_option("--revision", build.revision, "The bundle's revision (default: the content hash's first 12 hex digits)");
  build_cmd->add_option("--sign", build.sign_key, "Sign with this Ed25519 private key (PEM)");
  add_hash_key_options(build_cmd, build.hash_key, "needed when a mask is `hash`: the bundle records its id, never the key");

  CompileArgs compile;
  auto* compile_cmd = app.add_subcommand("compile", "Compile the policies for an engine to enforce natively: a PostgreSQL deployment script");
  add_input_options(compile_cmd, compile.inputs);
  compile_cmd->add_option("--target", compile.target, "The engine: postgres (row-level security and governed views)")->required();
  compile_cmd->add_option("-o,--output", compile.output, "Write the script to this file (default: standard output)");
  compile_cmd->add_option("--schema", compile.schema, "Schema of Custos' own tables and functions (default: custos)");
  compile_cmd->add_option("--view-schema", compile.view_schema, "Schema of the governed views <domain>_<name> (default: governed)");
  compile_cmd->add_option("--enforcer", compile.enforcer, "The NOLOGIN role that owns the views (default: custos_enforcer)");
  compile_cmd->add_option("--grant-to", compile.grant_to, "Roles that may query the governed views (default: PUBLIC)")->delimiter(',');
  compile_cmd->add_option("--product", compile.products, "Deploy only these products (default: all)")->delimiter(',');
  compile_cmd->add_option("--table", compile.tables, "Where a product's rows are: PRODUCT=SCHEMA.TABLE (default: \"domain\".\"name\")");
  compile_cmd->add_option("--clock", compile.clock, "A timestamp context attribute read as the statement's start time (UTC)");
  compile_cmd->add_option("--revision", compile.revision, "A revision recorded with the deployment");
  add_hash_key_options(compile_cmd, compile.hash_key, "needed when a mask is `hash` (the script then holds the key)");

  DiffArgs diff_args;
  auto* diff_cmd = app.add_subcommand("diff", "Prove who gains or loses access between two versions of a mesh (exit 1 when access widens)");
  diff_cmd->add_option("meshes", diff_args.paths, "OLD NEW: the mesh before and after the change (folders with custos.yaml); with --base, only NEW")
      ->required()
      ->expected(1, 2);
  diff_cmd->add_option("--base", diff_args.base, "Compare NEW with the same folder at this git revision (a branch, tag or commit)");
  diff_cmd->add_option("--format", diff_args.format, "Output format: human (default), json, markdown (a pull-request comment) or sarif")
      ->check(CLI::IsMember({"human", "json", "markdown", "sarif"}));
  diff_cmd->add_option("--fail-on", diff_args.fail_on,
                       "Exit 1 when access widens (widen, default; also when a product cannot be decided), on any change (any), or never (none)")
      ->check(CLI::IsMember({"widen", "any", "none"}));
  diff_cmd->add_option("--timeout", diff_args.timeout_ms, "Milliseconds the solver may spend on one question (default 30000)")
      ->check(CLI::Range(100u, 3600000u));

  WhoCanArgs who_args;
  auto* who_cmd = app.add_subcommand("who-can", "Show the exact condition under which a product is readable, its rows visible, each column clear or masked");
  add_input_options(who_cmd, who_args.inputs);
  who_cmd->add_option("--product", who_args.products, "The product (domain.name); repeat or separate with commas (default: all)")->delimiter(',');
  who_cmd->add_option("--column", who_args.columns, "Only these columns (default: every column a rule governs, and every sensitive one)")
      ->delimiter(',');
  who_cmd->add_flag("--rows", who_args.rows, "Also show which rows are visible");
  who_cmd->add_option("--format", who_args.format, "Output format: human (default) or json")->check(CLI::IsMember({"human", "json"}));
  who_cmd->add_option("--timeout", who_args.timeout_ms, "Milliseconds the solver may spend on one question (default 30000)")
      ->check(CLI::Range(100u, 3600000u));

  InspectArgs inspect;
  auto* inspect_cmd = app.add_subcommand("inspect", "Verify a bundle (hash, signature, policies) and describe it");
  inspect_cmd->add_option("bundle", inspect.bundle, "The bundle file")->required();
  inspect_cmd->add_option("--public-key", inspect.public_key, "Require a valid signature by this Ed25519 public key (PEM)");

  KeygenArgs keygen;
  auto* keygen_cmd = app.add_subcommand("keygen", "Make an Ed25519 key pair for signing bundles: NAME.key and NAME.pub");
  keygen_cmd->add_option("--out", keygen.out, "The key files' name without extension")->required();
  keygen_cmd->add_flag("--force", keygen.force, "Replace existing key files");

  // Every subcommand's --help ends with examples.
  const std::pair<CLI::App*, const char*> examples[] = {
      {check_cmd, "custos check policies/examples\n  custos check --require-coverage --format sarif policies/examples > custos.sarif"},
      {cov_cmd, "custos coverage policies/examples\n  custos coverage --format json --fail-on-gaps policies/examples"},
      {decide_cmds[0], "custos eval policies/examples --principal policies/examples/requests/analyst.json --product crm.customers\n"
                       "  custos eval policies/examples --principal p.json --context c.json --product crm.customers \\\n"
                       "      --rows customers.csv --hash-key-file hash.key"},
      {decide_cmds[1], "custos explain policies/examples --principal policies/examples/requests/partner.json \\\n"
                       "      --product vehicle_rnd.telemetry"},
      {test_cmd, "custos test policies/examples\n  custos test policies/examples --junit custos-tests.xml"},
      {fmt_cmd, "custos fmt --check policies/\n  custos fmt --write policies/"},
      {report_cmd, "custos report policies/examples -o report.html"},
      {sql_cmd, "custos sql policies/examples --principal p.json --product crm.customers --dialect trino --hash-key-file hash.key"},
      {ir_cmd, "custos ir policies/examples --product crm.customers\n"
               "  custos ir policies/examples --stage residual --principal policies/examples/requests/analyst.json --product crm.customers"},
      {serve_cmd, "custos serve --bundle mesh.bundle --principals users.json --public-key governance.pub --hash-key-file hash.key"},
      {build_cmd, "custos build policies/examples -o mesh.bundle --sign governance.key --hash-key-file hash.key"},
      {compile_cmd, "custos compile policies/examples --target postgres -o custos.sql --hash-key-file hash.key"},
      {diff_cmd, "custos diff --base origin/main policies/examples\n"
                 "  custos diff main-checkout/policies/examples policies/examples\n"
                 "  custos diff --format json --fail-on any old/ new/ > access-changes.json"},
      {who_cmd, "custos who-can policies/examples --product crm.customers\n"
                "  custos who-can policies/examples --product crm.customers --column tax_id --rows\n"
                "  custos who-can policies/examples --format json > access-review.json"},
      {inspect_cmd, "custos inspect mesh.bundle --public-key governance.pub"},
      {keygen_cmd, "custos keygen --out governance"},
      {lsp_cmd, "custos lsp --stdio   (started by the editor: see editors/README.md)"},
  };
  for (const auto& [cmd, text] : examples) cmd->footer(std::string("\nExamples:\n  ") + text + "\n");

  // `custos help [SUB]`, unknown subcommands and options: answered before CLI11 parses.
  if (!args.empty() && args[0] == "help") {
    if (args.size() == 1) {
      out << app.help();
      return kExitOk;
    }
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
      if (sub->get_name() == args[1]) {
        out << sub->help();
        return kExitOk;
      }
    }
  }
  if (auto problem = find_usage_error(app, args.empty() || args[0] != "help" ? args : std::vector<std::string>(args.begin() + 1, args.end()))) {
    err << "error: " << *problem << "\n";
    return kExitUsage;
  }

  std::vector<const char*> argv;
  argv.push_back("custos");
  // CLI11 parses from the back of a reversed vector.
  std::vector<std::string> reversed(args.rbegin(), args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp& e) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "error: " << e.what() << "\n";
    err << usage_pointer(app, args) << "\n";
    return kExitUsage;
  }

  // Long runs show progress on a terminal, never in CI or when stderr is redirected.
  auto progress = [&err](size_t done, size_t total) {
    if (total < 100) return;
    if (done == total) {
      err << "\r\033[K" << std::flush;
    } else if (done % 25 == 0) {
      err << "\rchecking " << done << "/" << total << " files" << std::flush;
    }
  };
  if (term.stderr_is_tty && !term.ci) {
    test.progress = [&err](size_t done, size_t total) {
      if (total < 50) return;
      if (done == total) {
        err << "\r\033[K" << std::flush;
      } else if (done % 10 == 0) {
        err << "\rtesting " << done << "/" << total << std::flush;
      }
    };
    for (CheckInputs* in : {&check.inputs, &cov.inputs, &test.inputs, &report.inputs, &decide.request.inputs, &build.inputs, &sql_args.request.inputs, &compile.inputs, &ir_args.request.inputs, &who_args.inputs}) in->progress = progress;
  }
  if (check_cmd->parsed()) return run_check(check, out, err, term);
  if (ir_cmd->parsed()) return run_ir(ir_args, out, err, term);
  if (cov_cmd->parsed()) return run_coverage(cov, out, err, term);
  if (decide_cmds[0]->parsed()) return run_decide(decide, false, out, err, term);
  if (decide_cmds[1]->parsed()) return run_decide(decide, true, out, err, term);
  if (test_cmd->parsed()) return run_test(test, out, err, term);
  if (fmt_cmd->parsed()) return run_fmt(fmt_args, out, err, term);
  if (report_cmd->parsed()) return run_report(report, out, err, term);
  if (build_cmd->parsed()) return run_build(build, out, err, term);
  if (sql_cmd->parsed()) return run_sql(sql_args, out, err, term);
  if (compile_cmd->parsed()) return run_compile(compile, out, err, term);
  if (serve_cmd->parsed()) return run_serve(serve_args, out, err, term);
  if (diff_cmd->parsed()) return run_diff(diff_args, out, err, term);
  if (who_cmd->parsed()) return run_who_can(who_args, out, err, term);
  if (inspect_cmd->parsed()) return run_inspect(inspect, out, err, term);
  if (keygen_cmd->parsed()) return run_keygen(keygen, out, err, term);
  if (lsp_cmd->parsed()) return run_lsp(lsp_args, out, err);
  return kExitUsage;
}

}  // namespace

}  // namespace custos::cli
