#include "ir/verify.h"

#include <fmt/format.h>

#include <algorithm>

#include "ir/build.h"
#include "ir/policy_set.h"

namespace custos::ir {

namespace {

struct Verifier {
  const Mesh& mesh;
  const Product* product;
  Stage stage;
  std::vector<std::string> problems;

  void fail(const std::string& path, const std::string& what) { problems.push_back(path + ": " + what); }

  static bool is_bool(const Type& t) { return t.kind == TypeKind::Bool || t.kind == TypeKind::Null; }

  bool value_fits(const Scalar& v, const Type& t) {
    if (is_null(v)) return true;
    switch (t.kind) {
      case TypeKind::Bool: return std::holds_alternative<bool>(v);
      case TypeKind::Int: return std::holds_alternative<int64_t>(v);
      case TypeKind::Float: return std::holds_alternative<double>(v);
      case TypeKind::String: return std::holds_alternative<std::string>(v);
      case TypeKind::Enum: {
        const auto* s = std::get_if<std::string>(&v);
        return s && (!t.enum_values || std::find(t.enum_values->begin(), t.enum_values->end(), *s) != t.enum_values->end());
      }
      case TypeKind::Date: return std::holds_alternative<Date>(v);
      case TypeKind::Timestamp: return std::holds_alternative<Timestamp>(v);
      default: return false;
    }
  }

  size_t arity(ExprKind k) const {
    switch (k) {
      case ExprKind::Const:
      case ExprKind::Principal:
      case ExprKind::Context:
      case ExprKind::Column: return 0;
      case ExprKind::Not:
      case ExprKind::Negate:
      case ExprKind::IsNull: return 1;
      case ExprKind::Arith:
      case ExprKind::Compare:
      case ExprKind::In: return 2;
      default: return SIZE_MAX;  // Call, And, Or, Collection: checked by kind
    }
  }

  void expr(const Expr& e, const std::string& path) {
    const size_t want = arity(e.kind());
    if (want != SIZE_MAX && e.kids.size() != want) fail(path, fmt::format("{} has {} operands, needs {}", to_string(e.kind()), e.kids.size(), want));
    for (size_t i = 0; i < e.kids.size(); ++i) {
      if (!e.kids[i]) {
        fail(path, fmt::format("operand {} is missing", i));
        return;
      }
    }
    if (e.type.is_error() && !(stage == Stage::Residual && e.kind() == ExprKind::Const)) {
      fail(path, "has the error type (only a folded error constant may, and only after partial evaluation)");
    }
    bool rows = false;
    for (const auto& k : e.kids) rows = rows || k->uses_rows;

    switch (e.kind()) {
      case ExprKind::Const:
        if (!e.type.is_error() && !value_fits(e.value(), e.type)) fail(path, "constant " + to_text(e.value()) + " does not fit its type " + custos::to_string(e.type));
        if (is_null(e.value()) && !e.nullable && !e.type.is_error()) fail(path, "a null constant not marked nullable");
        break;
      case ExprKind::Principal:
      case ExprKind::Context: {
        const bool principal = e.kind() == ExprKind::Principal;
        const Attribute* a = principal ? mesh.config.find_principal(e.name()) : mesh.config.find_context(e.name());
        if (!a) {
          fail(path, fmt::format("{}.{} is not declared in the mesh", principal ? "principal" : "context", e.name()));
        } else if (a->type.kind != e.type.kind) {
          fail(path, fmt::format("{}.{} is typed {}, declared {}", principal ? "principal" : "context", e.name(),
                                 custos::to_string(e.type), custos::to_string(a->type)));
        }
        break;
      }
      case ExprKind::Column:
        if (!e.uses_rows) fail(path, "a column not marked as reading rows");
        if (product) {
          const Column* c = product->find_column(e.name());
          if (!c) {
            fail(path, fmt::format("column `{}` is not a column of {}", e.name(), product->qualified()));
          } else if (e.slot() >= 0 && (static_cast<size_t>(e.slot()) >= product->columns.size() || product->columns[static_cast<size_t>(e.slot())].name != e.name())) {
            fail(path, fmt::format("column `{}` has slot {}, which is not its position in {}", e.name(), e.slot(), product->qualified()));
          } else if (stage == Stage::Residual && e.slot() < 0) {
            fail(path, fmt::format("column `{}` has no slot after partial evaluation", e.name()));
          }
        }
        break;
      case ExprKind::Call:
        if (!e.fn()) {
          fail(path, "a call without a function");
        } else if (e.kids.size() != e.fn()->params.size()) {
          fail(path, fmt::format("{}.{} takes {} arguments, has {}", e.fn()->module, e.fn()->name, e.fn()->params.size(), e.kids.size()));
        }
        break;
      case ExprKind::Not:
      case ExprKind::And:
      case ExprKind::Or:
        if (e.kind() != ExprKind::Not && e.kids.size() < 2) fail(path, fmt::format("{} has {} operands, needs two or more", to_string(e.kind()), e.kids.size()));
        for (size_t i = 0; i < e.kids.size(); ++i) {
          if (!is_bool(e.kids[i]->type) && !is_error_const(*e.kids[i])) fail(path, fmt::format("operand {} of {} is {}, not a condition", i, to_string(e.kind()), custos::to_string(e.kids[i]->type)));
        }
        [[fallthrough]];
      case ExprKind::Compare:
      case ExprKind::In:
      case ExprKind::IsNull:
        if (e.type.kind != TypeKind::Bool) fail(path, fmt::format("{} is typed {}, not bool", to_string(e.kind()), custos::to_string(e.type)));
        if (e.kind() == ExprKind::Compare && !is_comparison(e.op())) fail(path, fmt::format("compare with the arithmetic operator {}", spelling(e.op())));
        if (e.kind() == ExprKind::In && e.kids.size() == 2 && !e.kids[1]->type.is_collection() && e.kids[1]->type.kind != TypeKind::Null &&
            !is_error_const(*e.kids[1])) {
          fail(path, "`in` over " + custos::to_string(e.kids[1]->type) + ", not a collection");
        }
        break;
      case ExprKind::Arith:
      case ExprKind::Negate:
        if (!e.type.is_numeric()) fail(path, fmt::format("{} is typed {}, not a number", to_string(e.kind()), custos::to_string(e.type)));
        if (e.kind() == ExprKind::Arith && is_comparison(e.op())) fail(path, fmt::format("arith with the comparison {}", spelling(e.op())));
        for (const auto& k : e.kids) {
          if (!k->type.is_numeric() && k->type.kind != TypeKind::Null && !is_error_const(*k)) fail(path, "an operand typed " + custos::to_string(k->type));
        }
        break;
      case ExprKind::Collection:
        if (!e.type.is_collection()) fail(path, "a collection typed " + custos::to_string(e.type));
        if (e.is_set() != (e.type.kind == TypeKind::Set)) fail(path, "is_set disagrees with its type " + custos::to_string(e.type));
        break;
    }
    if (e.kind() != ExprKind::Column && e.kind() != ExprKind::Const && e.uses_rows != rows) {
      fail(path, e.uses_rows ? "marked as reading rows, but no operand does" : "an operand reads rows, but the node is not marked");
    }
    for (size_t i = 0; i < e.kids.size(); ++i) expr(*e.kids[i], fmt::format("{}.kids[{}]", path, i));
  }
};

}  // namespace

std::vector<std::string> verify_expr(const Expr& e, const Mesh& mesh, const Product* product, Stage stage, const std::string& path) {
  Verifier v{mesh, product, stage, {}};
  v.expr(e, path);
  return std::move(v.problems);
}

std::vector<std::string> verify(const PolicySet& set) {
  std::vector<std::string> problems;
  auto add = [&](std::vector<std::string> more) { problems.insert(problems.end(), more.begin(), more.end()); };
  const Mesh& mesh = *set.mesh;
  if (set.products.size() != mesh.products.size()) problems.push_back("the rule index has another size than the mesh's products");
  for (const Rule& r : set.program.rules) {
    const std::string at = fmt::format("rule {}", r.id);
    const bool column_rule = r.kind == RuleKind::Mask || r.kind == RuleKind::Deny;
    if ((r.kind == RuleKind::Mask) != (r.mask != nullptr)) problems.push_back(at + ": a mask function on a non-mask rule, or a mask without one");
    if (r.mask && r.mask_args.size() + 1 != r.mask->params.size()) {
      problems.push_back(fmt::format("{}: {}.{} takes {} arguments after the value, has {}", at, r.mask->module, r.mask->name, r.mask->params.size() - 1, r.mask_args.size()));
    }
    if (r.kind == RuleKind::Deny && !r.rows.empty()) problems.push_back(at + ": a deny with `rows where`");
    // No target is legal: a rule on a tag nothing carries never applies (check warns, W0402).
    for (const RuleTarget& t : r.targets) {
      if (t.product >= mesh.products.size()) {
        problems.push_back(fmt::format("{}: targets product #{}, which does not exist", at, t.product));
        continue;
      }
      const Product& product = mesh.products[t.product];
      if (column_rule == t.columns.empty()) problems.push_back(at + ": " + (column_rule ? "a column rule without columns on " : "a table rule with columns on ") + product.qualified());
      for (const auto& c : t.columns) {
        if (!product.find_column(c)) problems.push_back(fmt::format("{}: targets column `{}`, which {} lacks", at, c, product.qualified()));
      }
      for (auto [word, conds] : {std::pair{"when", &r.when}, {"unless", &r.unless}, {"rows", &r.rows}}) {
        for (size_t i = 0; i < conds->size(); ++i) {
          const Expr& c = *(*conds)[i];
          const std::string path = fmt::format("{} on {}: {}[{}]", at, product.qualified(), word, i);
          if (!Verifier::is_bool(c.type)) problems.push_back(path + ": a condition typed " + custos::to_string(c.type));
          add(verify_expr(c, mesh, &product, Stage::Lowered, path));
        }
      }
      const auto& pr = set.products.at(t.product);
      size_t listed = 0;
      for (const auto* list : {&pr.permits, &pr.forbids, &pr.masks, &pr.denies}) {
        for (const auto& ref : *list) listed += ref.rule == &r && ref.columns == &t.columns;
      }
      if (listed != 1) problems.push_back(fmt::format("{}: listed {} times in {}'s rule index", at, listed, product.qualified()));
    }
  }
  return problems;
}

}  // namespace custos::ir
