// `custos ir`: the decision IR as every backend receives it, for one stage of the pipeline:
//   lowered   the checked rules, per product in the order the engines index them (default);
//   residual  one request's plan after partial evaluation: the row filter and mask predicates.
// Both stages are verified (`ir/verify.h`) before they are printed; a finding is an internal error.
#include <fmt/format.h>

#include <ostream>

#include "commands.h"
#include "ir/print.h"
#include "ir/verify.h"
#include "plan.h"

namespace custos::cli {

namespace {
int report_problems(const std::vector<std::string>& problems, const char* stage, std::ostream& err) {
  err << "error: internal error: the " << stage << " IR is malformed (please report this):\n";
  for (const auto& p : problems) err << "  " << p << "\n";
  return kExitInternal;
}

int print_lowered(const IrArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  auto loaded = load_policies(args.request.inputs, "the IR", err, term);
  if (!loaded) return kExitFailure;
  const ir::PolicySet& set = *loaded->set;
  if (auto problems = ir::verify(set); !problems.empty()) return report_problems(problems, "lowered", err);
  std::optional<size_t> only;
  if (!args.request.product.empty()) {
    const Product* p = find_product(*set.mesh, args.request.product, err);
    if (!p) return kExitFailure;
    only = static_cast<size_t>(p - set.mesh->products.data());
  }
  out << ir::dump(set, &loaded->sources, only);
  return kExitOk;
}

int print_residual(const IrArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  if (args.request.principal_file.empty() || args.request.product.empty()) {
    err << "error: `--stage residual` needs a request: --principal FILE and --product DOMAIN.NAME\n";
    return kExitUsage;
  }
  auto request = load_request(args.request, "the IR", err, term);
  if (!request) return kExitFailure;
  stdlib::NativeContext natives;  // masks are not applied here, so no key is needed
  eval::Plan plan = eval::make_plan(*request->loaded->set, request->index, request->principal, request->context,
                                    args.request.columns, natives);
  if (auto problems = eval::verify_residuals(plan, *request->loaded->set->mesh); !problems.empty()) {
    return report_problems(problems, "residual", err);
  }
  out << fmt::format("product {}: {}", request->product->qualified(), plan.allowed ? "allowed" : "denied");
  out << (plan.access_rules.empty() ? std::string() : " by " + fmt::format("{}", fmt::join(plan.access_rules, ", ")));
  out << (plan.access_why.empty() ? std::string() : " (" + plan.access_why + ")") << "\n";
  out << "row filter\n" << ir::dump_tree(*plan.row_filter, 1);
  for (const auto& c : plan.columns) {
    out << fmt::format("column {}: {}", c.name, eval::to_string(c.outcome));
    if (!c.rules.empty()) out << fmt::format(" by {}", fmt::join(c.rules, ", "));
    out << "\n";
    for (const auto& m : c.masks) {
      out << fmt::format("  mask {}.{} ({}){}\n", m.fn->module, m.fn->name, m.rule_id, m.predicate ? " where" : "");
      if (m.predicate) out << ir::dump_tree(*m.predicate, 2);
    }
  }
  return kExitOk;
}
}  // namespace

int run_ir(const IrArgs& args, std::ostream& out, std::ostream& err, const Terminal& term) {
  if (args.stage == "residual") return print_residual(args, out, err, term);
  if (!args.request.principal_file.empty() || !args.request.context_file.empty()) {
    err << "error: --principal and --context belong to `--stage residual`; the lowered IR does not depend on a request\n";
    return kExitUsage;
  }
  return print_lowered(args, out, err, term);
}

}  // namespace custos::cli
