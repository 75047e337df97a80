// `custos compile --target postgres`: the mesh's policies as a SQL script that PostgreSQL enforces
// by itself (row-level security, governed views, attribute tables keyed by database role).
#include <fstream>
#include <ostream>

#include "commands.h"
#include "deploy_postgres.h"
#include "dialect.h"
#include "support/suggest.h"

namespace custos::cli {

int run_compile(const CompileArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  if (args.target != "postgres") {
    err << "error: unknown target `" << args.target << "`: `custos compile` targets postgres";
    std::string hint = did_you_mean(args.target, {"postgres"});
    if (!hint.empty()) err << "; " << hint;
    err << "\n  = help: for SQLite and Trino, `custos sql --dialect sqlite|trino` gives one decision as SQL\n";
    return kExitUsage;
  }
  sql::PostgresDeployment opts;
  opts.schema = args.schema;
  opts.view_schema = args.view_schema;
  opts.enforcer = args.enforcer;
  if (!args.grant_to.empty()) opts.grantees = args.grant_to;
  opts.products = args.products;
  opts.clock = args.clock;
  opts.revision = args.revision;
  for (const auto& spec : args.tables) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq == 0) {
      err << "error: --table takes PRODUCT=SCHEMA.TABLE, not `" << spec << "`\n";
      return kExitUsage;
    }
    opts.tables[spec.substr(0, eq)] = spec.substr(eq + 1);
  }
  auto loaded = load_policies(args.inputs, "compiling to SQL", err, term);
  if (!loaded) return kExitFailure;
  auto key = resolve_hash_key(args.hash_key, ir::first_keyed_rule(*loaded->set), loaded->sources, err);
  if (!key) return kExitFailure;
  opts.hash_key = *key;
  std::string script;
  try {
    script = sql::compile_postgres(*loaded->set, opts);
  } catch (const sql::DeployError& e) {
    err << "error: " << e.what() << "\n";
    return kExitUsage;
  } catch (const sql::Unsupported& e) {
    err << "error: the policies cannot be enforced natively by PostgreSQL: " << e.what() << "\n"
        << "  = help: `custos sql` still gives each decision as SQL, and engines can embed the evaluator\n";
    return kExitFailure;
  }
  if (args.output.empty() || args.output == "-") {
    out << script;
    return kExitOk;
  }
  std::ofstream f(args.output, std::ios::binary | std::ios::trunc);
  f << script;
  f.close();
  if (!f) {
    err << "error: cannot write `" << args.output << "`\n";
    return kExitFailure;
  }
  err << "wrote " << args.output << " (run it with: psql -v ON_ERROR_STOP=1 -f " << args.output << ")\n";
  return kExitOk;
}

}  // namespace custos::cli
