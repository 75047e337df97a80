// Fuzzes the whole compiler front to back on arbitrary policy text: parse, check against the test
// mesh, render diagnostics in every format; and for text that checks clean, decide random
// requests with plans and with the semantics oracle, trapping on any disagreement, and compile it
// for PostgreSQL (which may refuse a construct, never crash).
#include <cstdint>
#include <string>

#include "check/check.h"
#include "deploy_postgres.h"
#include "dialect.h"
#include "diag/render.h"
#include "diff/spec_oracle.h"
#include "ir/policy_set.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

using namespace custos;


extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static testing::GoldenMesh holder;
  std::string text(reinterpret_cast<const char*>(data), size);
  SourceMap sources;
  Diagnostics diags;
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add("fuzz.custos", text), sources, diags));
  auto program = check::check_program(*holder.mesh, files, sources, diags);
  diags.sort_stable(sources);
  volatile size_t sink = render_human(diags, sources).size() + render_json(diags, sources).size() +
                         render_sarif(diags, sources, "fuzz").size();
  (void)sink;
  if (diags.has_errors()) return 0;

  auto set = ir::lower(*holder.mesh, std::move(program));
  try {
    sql::PostgresDeployment deployment;
    deployment.hash_key = "a fuzzing and benchmarking key, 32+ bytes long";
    volatile size_t script = sql::compile_postgres(set, deployment).size();
    (void)script;
  } catch (const sql::Unsupported&) {
  } catch (const sql::DeployError&) {
    // a clear refusal (for example a name longer than PostgreSQL's identifiers)
  }
  testing::RandomPolicies gen(size);
  stdlib::NativeContext natives;
  natives.hash_key = "a fuzzing and benchmarking key, 32+ bytes long";
  for (size_t p = 0; p < holder.mesh->products.size(); ++p) {
    auto principal = gen.principal();
    auto context = gen.context();
    auto plan = eval::make_plan(set, p, principal, context, {}, natives);
    // Rows from the generator fit sales.orders only; other products are decided without rows.
    std::vector<eval::Row> rows;
    if (holder.mesh->products[p].qualified() == "sales.orders") rows = gen.rows();
    auto spec = testing::spec_decide(set, p, principal, context, rows, natives.hash_key);
    if (plan.allowed != spec.allowed) __builtin_trap();
    for (size_t r = 0; r < rows.size(); ++r) {
      if (eval::row_visible(plan, rows[r], natives) != spec.visible[r]) __builtin_trap();
    }
  }
  return 0;
}
