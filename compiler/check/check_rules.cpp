// Rules: targets and federation, clauses and their scopes, mask functions and their fit.
#include <algorithm>

#include "ast/ast_dump.h"
#include "check/expiry.h"
#include "ir/build.h"
#include "check/file_checker.h"
#include "support/suggest.h"

namespace custos::check {


namespace {
std::string rule_words(ast::RuleKind k) {
  switch (k) {
    case ast::RuleKind::Permit: return "permit";
    case ast::RuleKind::Forbid: return "forbid";
    case ast::RuleKind::Mask: return "mask";
    case ast::RuleKind::Deny: return "deny";
  }
  return "rule";
}

bool literal_fits(stdlib::Pattern p, const ast::LiteralValue& v) {
  using stdlib::Pattern;
  switch (p) {
    case Pattern::Int: return std::holds_alternative<int64_t>(v);
    case Pattern::Float:
    case Pattern::Number: return std::holds_alternative<int64_t>(v) || std::holds_alternative<double>(v);
    case Pattern::String: return std::holds_alternative<std::string>(v);
    case Pattern::Bool: return std::holds_alternative<bool>(v);
    case Pattern::Date: return std::holds_alternative<ast::Date>(v);
    case Pattern::Timestamp: return std::holds_alternative<ast::Timestamp>(v);
    case Pattern::Temporal: return std::holds_alternative<ast::Date>(v) || std::holds_alternative<ast::Timestamp>(v);
    case Pattern::Any: return v.index() != 0;
  }
  return false;
}
}  // namespace

// The products (and for a column target, the columns of each) a target names; nullopt after an
// error. `anywhere`: the whole mesh (an assertion), not only the products this file may govern.
std::optional<std::vector<ir::RuleTarget>> FileChecker::resolve_targets(bool columns, const ast::ProductTarget& product,
                                                                      const ast::ColumnTarget& column, bool anywhere) {
  // A domain file owns only its own products; `global` owns the whole mesh. An assertion may
  // speak of any product: it grants nothing.
  auto owned = [&](const Product& p) { return anywhere || global_ || p.domain == domain_; };
  const std::string never = anywhere ? "this assertion covers nothing" : "this rule never applies";
  std::vector<ir::RuleTarget> out_targets;
  auto check_tag = [&](const ast::QualifiedName& tag) {
    std::string t = tag.str();
    if (mesh_.config.tags.contains(t)) return true;
    auto& d = diags_.report(DiagCode::E0406, tag.span, "unknown tag `" + t + "`");
    std::string hint = did_you_mean(t, mesh_.config.tags.all());
    d.with_help(hint.empty() ? "tags are declared under `tags` in custos.yaml" : hint);
    return false;
  };
  auto named_product = [&](const ast::QualifiedName& name, bool report_owner) -> const Product* {
    std::string q = name.str();
    const Product* p = name.parts.size() == 2 ? mesh_.find_product(q) : nullptr;
    if (!p) {
      auto& d = diags_.report(DiagCode::E0401, name.span, "unknown product `" + q + "`");
      std::string hint = did_you_mean(q, mesh_.product_names());
      d.with_help(hint.empty() ? "products are named `<domain>.<schema object>` after their data contracts" : hint);
      return nullptr;
    }
    if (report_owner && !owned(*p)) {
      diags_.report(DiagCode::E0413, name.span,
                    "domain `" + domain_ + "` cannot write rules for `" + q + "`, which belongs to domain `" + p->domain + "`")
          .note("only the owning domain or the governance layer (`domain global;`) may govern a product")
          .with_help("ask the `" + p->domain + "` team, or move this rule to a `domain global;` file");
      return nullptr;
    }
    return p;
  };
  // Products matched by a product target, or nullopt after an error.
  auto products_of = [&](const ast::ProductTarget& t) -> std::optional<std::vector<size_t>> {
    std::vector<size_t> out_products;
    if (!t.by_tag) {
      const Product* p = named_product(t.name, !anywhere);
      if (!p) return std::nullopt;
      out_products.push_back(static_cast<size_t>(p - mesh_.products.data()));
      return out_products;
    }
    if (!check_tag(t.name)) return std::nullopt;
    std::string tag = t.name.str();
    for (size_t i = 0; i < mesh_.products.size(); ++i) {
      if (owned(mesh_.products[i]) && mesh_.products[i].has_tag(tag)) out_products.push_back(i);
    }
    return out_products;
  };

  if (!columns) {
    auto ps = products_of(product);
    if (!ps) return std::nullopt;
    for (size_t p : *ps) out_targets.push_back({p, {}});
    if (ps->empty()) {
      diags_.report(DiagCode::W0402, product.span,
                    never + ": no product" + std::string(global_ || anywhere ? "" : " of domain `" + domain_ + "`") +
                        " is tagged `" + product.name.str() + "`");
    }
  } else {
    const ast::ColumnTarget& ct = column;
    if (!ct.by_tag) {
      if (ct.name.parts.size() != 3) {
        diags_.report(DiagCode::E0402, ct.name.span, "expected a column as `<domain>.<product>.<column>`, found `" + ct.name.str() + "`");
        return std::nullopt;
      }
      ast::QualifiedName pn;
      pn.parts = {ct.name.parts[0], ct.name.parts[1]};
      pn.span = Span::cover(ct.name.parts[0].span, ct.name.parts[1].span);
      const Product* p = named_product(pn, !anywhere);
      if (!p) return std::nullopt;
      const std::string& col = ct.name.parts[2].text;
      if (!p->find_column(col)) {
        std::vector<std::string> names;
        for (const auto& c : p->columns) names.push_back(c.name);
        auto& d = diags_.report(DiagCode::E0402, ct.name.parts[2].span, "product `" + p->qualified() + "` has no column `" + col + "`");
        std::string hint = did_you_mean(col, names);
        if (!hint.empty()) d.with_help(hint);
        return std::nullopt;
      }
      out_targets.push_back({static_cast<size_t>(p - mesh_.products.data()), {col}});
    } else {
      if (!check_tag(ct.name)) return std::nullopt;
      std::vector<size_t> scope;
      if (ct.scope) {
        auto ps = products_of(*ct.scope);
        if (!ps) return std::nullopt;
        scope = *ps;
      } else {
        for (size_t i = 0; i < mesh_.products.size(); ++i) {
          if (owned(mesh_.products[i])) scope.push_back(i);
        }
      }
      std::string tag = ct.name.str();
      for (size_t i : scope) {
        ir::RuleTarget pc{i, {}};
        for (const auto& c : mesh_.products[i].columns) {
          if (column_has_tag(c, tag)) pc.columns.push_back(c.name);
        }
        if (!pc.columns.empty()) out_targets.push_back(std::move(pc));
      }
      if (out_targets.empty()) {
        diags_.report(DiagCode::W0402, ct.name.span, never + ": no column it can target is tagged `" + tag + "`");
      }
    }
  }
  return out_targets;
}

// Binds `when`, `unless` and `rows where` into `out` (whose targets are set): `when`/`unless` see
// principal and context; `rows where` also sees the columns; all see the target's attributes
// when `target` names one. False after an error.
bool FileChecker::bind_clauses(const std::vector<const ast::Clause*>& clauses, ir::Rule& out, const std::string& never,
                               const TargetBinding& target) {
  bool ok = true;
  std::vector<const Product*> products;
  for (const auto& t : out.targets) products.push_back(&mesh_.products[t.product]);
  for (const ast::Clause* clause : clauses) {
    const ast::Clause& cl = *clause;
    Scope scope;
    scope.products = products;
    scope.product = target.product;
    scope.column = target.column;
    scope.column_rule = target.column_rule;
    scope.reads = target.reads;
    switch (cl.kind) {
      case ast::ClauseKind::When: scope.clause = "when"; break;
      case ast::ClauseKind::Unless: scope.clause = "unless"; break;
      case ast::ClauseKind::RowsWhere:
        scope.clause = "rows where";
        scope.columns = true;
        break;
    }
    ir::ExprPtr b = bind_condition(*cl.condition, scope);
    if (auto v = fold_constant(*b)) {
      bool truth = std::holds_alternative<bool>(*v) && std::get<bool>(*v);
      bool constant_never = cl.kind == ast::ClauseKind::Unless ? truth : !truth;
      if (constant_never && target.never) {
        *target.never = true;
      } else if (constant_never) {
        diags_.report(DiagCode::W0401, cl.condition->span,
                      std::string("this condition is always ") + (cl.kind == ast::ClauseKind::Unless ? "true" : "false or unknown") +
                          ", so " + never);
      }
    }
    if (b->type.is_error()) ok = false;
    switch (cl.kind) {
      case ast::ClauseKind::When: out.when.push_back(std::move(b)); break;
      case ast::ClauseKind::Unless: out.unless.push_back(std::move(b)); break;
      case ast::ClauseKind::RowsWhere: out.rows.push_back(std::move(b)); break;
    }
  }
  return ok;
}

std::vector<ir::RuleTarget> FileChecker::split_targets(const std::vector<ir::RuleTarget>& targets, bool per_column) const {
  std::vector<ir::RuleTarget> out;
  for (const auto& t : targets) {
    if (!per_column || t.columns.empty()) {
      out.push_back(t);
      continue;
    }
    for (const auto& c : t.columns) out.push_back({t.product, {c}});
  }
  return out;
}

// A declaration's id (`@id`, else `<domain>:<line>`) and `@reason`.
void FileChecker::name_declaration(const std::vector<ast::Annotation>& annotations, const Span& span, std::string& id,
                                   std::string& reason) const {
  if (const auto* given = ast::find_annotation(annotations, "id"); given && given->value) {
    id = *given->value;
  } else {
    id = domain_ + ":" + std::to_string(span.line);
  }
  if (const auto* why = ast::find_annotation(annotations, "reason"); why && why->value) reason = *why->value;
}

std::vector<ir::Rule> FileChecker::rule(const ast::Rule& r) {
  ir::Rule out;
  out.kind = r.kind;
  out.span = r.span;
  out.domain = domain_;
  name_declaration(r.annotations, r.span, out.id, out.reason);

  bool ok = true;
  {
    auto targets = resolve_targets(r.kind == ast::RuleKind::Mask || r.kind == ast::RuleKind::Deny, r.product, r.column, false);
    if (!targets) return {};
    out.targets = std::move(*targets);
  }

  // Mask function and its fit with every targeted column.
  if (r.kind == ast::RuleKind::Mask && r.mask) {
    out.mask = resolve_function(r.mask->function, true);
    if (!out.mask) return {};
    const auto& params = out.mask->params;
    if (r.mask->args.size() + 1 != params.size()) {
      diags_.report(DiagCode::E0409, r.mask->span,
                    "mask `" + r.mask->function.str() + "` takes " + std::to_string(params.size() - 1) + " argument" +
                        (params.size() == 2 ? "" : "s") + ", found " + std::to_string(r.mask->args.size()))
          .with_help(std::string("for example: ") + std::string(out.mask->example));
      ok = false;
    } else {
      for (size_t i = 0; i < r.mask->args.size(); ++i) {
        const ast::Expr& a = *r.mask->args[i];
        const ast::Literal* lit = a.as<ast::Literal>();
        std::optional<ast::LiteralValue> v;
        if (lit) {
          v = lit->value;
        } else if (const auto* u = a.as<ast::Unary>(); u && u->op == ast::UnaryOp::Negate) {
          if (const auto* inner = u->operand->as<ast::Literal>()) {
            if (auto iv = std::get_if<int64_t>(&inner->value)) v = ast::LiteralValue{-*iv};
            if (auto dv = std::get_if<double>(&inner->value)) v = ast::LiteralValue{-*dv};
          }
        }
        if (!v) {
          diags_.report(DiagCode::E0409, a.span, "mask arguments must be constants")
              .with_help("write a literal such as `4` or `\"XX\"`");
          ok = false;
          continue;
        }
        if (!literal_fits(params[i + 1].pattern, *v)) {
          diags_.report(DiagCode::E0409, a.span,
                        "argument `" + std::string(params[i + 1].name) + "` of `" + r.mask->function.str() + "` must be " +
                            std::string(stdlib::pattern_name(params[i + 1].pattern)));
          ok = false;
          continue;
        }
        out.mask_args.push_back(*v);
      }
    }
    for (const auto& t : out.targets) {
      const Product& p = mesh_.products[t.product];
      for (const auto& cname : t.columns) {
        const Column* c = p.find_column(cname);
        bool ok_type = fits(params[0].pattern, c->type);
        // replace_with's constant must have the column's type.
        if (ok_type && out.mask->name == "replace_with" && !out.mask_args.empty()) {
          const auto& v = out.mask_args[0];
          bool same = (c->type.is_stringlike() && std::holds_alternative<std::string>(v)) ||
                      (c->type.kind == TypeKind::Int && std::holds_alternative<int64_t>(v)) ||
                      (c->type.kind == TypeKind::Float && (std::holds_alternative<double>(v) || std::holds_alternative<int64_t>(v))) ||
                      (c->type.kind == TypeKind::Bool && std::holds_alternative<bool>(v)) ||
                      (c->type.kind == TypeKind::Date && std::holds_alternative<ast::Date>(v)) ||
                      (c->type.kind == TypeKind::Timestamp && std::holds_alternative<ast::Timestamp>(v));
          if (!same) {
            diags_.report(DiagCode::E0410, r.mask->span,
                          "the replacement does not have the type of column `" + p.qualified() + "." + cname + "` (`" +
                              to_string(c->type) + "`)");
            ok = false;
          }
          continue;
        }
        if (!ok_type) {
          diags_.report(DiagCode::E0410, r.mask->span,
                        "mask `" + r.mask->function.str() + "` needs a " + std::string(stdlib::pattern_name(params[0].pattern)) +
                            " column, but `" + p.qualified() + "." + cname + "` is `" + to_string(c->type) + "`")
              .label(c->span, "the column is declared here")
              .with_help(c->type.is_stringlike() ? "" : "`m.nullify` fits every column");
          ok = false;
        }
      }
    }
  }

  std::vector<const ast::Clause*> clauses;
  for (const auto& cl : r.clauses) {
    if (cl.kind == ast::ClauseKind::RowsWhere && r.kind == ast::RuleKind::Deny) {
      diags_.report(DiagCode::E0421, cl.span, "`deny` removes whole columns and cannot have `rows where`")
          .with_help("to hide values on some rows only, use `mask ... with m.nullify rows where ...`");
      ok = false;
      continue;
    }
    clauses.push_back(&cl);
  }
  const std::string never = "the " + rule_words(r.kind) + " rule never applies";
  const bool column_rule = r.kind == ast::RuleKind::Mask || r.kind == ast::RuleKind::Deny;
  ir::ExprPtr until;
  if (const auto* expires = ast::find_annotation(r.annotations, "expires"); expires && expires->value) {
    until = expiry_condition(*expires);
    if (!until) ok = false;
  }
  ir::ExprPtr justified;
  if (const auto* glass = ast::find_annotation(r.annotations, "break_glass")) {
    justified = break_glass_condition(*glass, r.kind);
    if (!justified) ok = false;
    out.break_glass = true;
  }
  // Bound once for the first target; a rule that reads `product.*` / `column.*` is then bound
  // again for each target (each column), every copy with its own values in place. Problems are
  // reported by the first binding only: every copy has the same types.
  auto first_of = [&](const std::vector<ir::RuleTarget>& ts, const Column** column) -> const Product* {
    *column = nullptr;
    if (ts.empty()) return nullptr;
    const Product& p = mesh_.products[ts.front().product];
    if (!ts.front().columns.empty()) *column = p.find_column(ts.front().columns.front());
    return &p;
  };
  TargetReads reads;
  const Column* first_column = nullptr;
  const Product* first_product = first_of(out.targets, &first_column);
  ir::Rule proto = ir::clone(out);  // no conditions yet: what every copy shares
  const size_t mark = diags_.size();
  const size_t errors = diags_.error_count();
  if (!bind_clauses(clauses, out, never, {first_product, first_column, column_rule, &reads, nullptr})) ok = false;
  // A condition constant for the first target may not be for the others: judged over all copies.
  if (reads.any()) diags_.erase_after(mark, DiagCode::W0401);
  if (!ok || diags_.error_count() != errors) return {};
  if (!reads.any()) {
    if (until) out.when.push_back(std::move(until));
    if (justified) out.when.push_back(std::move(justified));
    std::vector<ir::Rule> one;
    one.push_back(std::move(out));
    return one;
  }
  std::vector<ir::Rule> copies;
  bool every_copy_never = true;
  for (auto& target : split_targets(proto.targets, reads.column)) {
    ir::Rule copy = ir::clone(proto);
    copy.targets = {target};
    copy.copy = static_cast<uint32_t>(copies.size());
    TargetReads values;
    const Column* column = nullptr;
    const Product* product = first_of(copy.targets, &column);
    bool copy_never = false;
    const size_t before = diags_.size();
    bind_clauses(clauses, copy, never, {product, column, column_rule, &values, &copy_never});
    diags_.truncate(before);
    every_copy_never = every_copy_never && copy_never;
    copy.bound = std::move(values.values);
    // A copy per column says which column it decides, even when it does not read the name.
    if (reads.column && column) {
      std::string name = "column.name = \"" + column->name + "\"";
      if (std::find(copy.bound.begin(), copy.bound.end(), name) == copy.bound.end()) copy.bound.insert(copy.bound.begin(), name);
    }
    if (until) copy.when.push_back(ir::clone(*until));
    if (justified) copy.when.push_back(ir::clone(*justified));
    copies.push_back(std::move(copy));
  }
  if (every_copy_never) {
    diags_.report(DiagCode::W0401, r.span,
                  "with each target's attributes in place, a condition is constant for every target, so " + never)
        .note("`product.*` and `column.*` take the values of the product (or column) the rule decides");
  }
  return copies;
}

// `@break_glass` on a permit: the condition `context.justification != ""`, added to its `when`. A
// missing or null justification leaves it unknown, so the permit does not hold (fail closed); an
// empty one makes it false. Every backend decides it as any `when`; the decision log and the
// report say when it was used (docs/language.md, break-glass access).
ir::ExprPtr FileChecker::break_glass_condition(const ast::Annotation& annotation, ast::RuleKind kind) {
  if (kind != ast::RuleKind::Permit) {
    diags_.report(DiagCode::E0204, annotation.span, "`@break_glass` applies to `permit` rules only")
        .with_help("break-glass grants emergency access; restrictions (`forbid`, `mask`, `deny`) always apply");
    return nullptr;
  }
  if (annotation.value) {
    diags_.report(DiagCode::E0204, annotation.span, "`@break_glass` takes no value")
        .with_help("write `@break_glass`; the justification comes with each request as `context.justification`");
    return nullptr;
  }
  const Attribute* why = mesh_.config.find_context("justification");
  if (!why || why->type.kind != TypeKind::String) {
    diags_.report(why ? DiagCode::E0407 : DiagCode::E0403, annotation.span,
                  why ? "`@break_glass` reads `context.justification` as text, but it is `" + to_string(why->type) + "`"
                      : "`@break_glass` reads the request's `context.justification`, which the mesh does not declare")
        .with_help("declare `justification: string?` under `context` in custos.yaml");
    return nullptr;
  }
  auto lhs = ir::make_node(ir::node::Context{why->name}, why->type, annotation.span);
  lhs->nullable = why->optional;
  auto rhs = ir::make_const(std::string(), Type::of(TypeKind::String), annotation.span);
  auto cmp = ir::make_node(ir::node::Compare{ir::BinaryOp::Ne}, Type::of(TypeKind::Bool), annotation.span);
  cmp->nullable = why->optional;
  cmp->kids.push_back(std::move(lhs));
  cmp->kids.push_back(std::move(rhs));
  return cmp;
}

// `@expires("2027-03-31")` (the rule applies through that day, UTC) or `@expires("2027-03-31T18:00:00Z")`
// (until that instant): the condition `context.now < <end>`, added to the rule's `when` clauses. The
// decision core then gives it the usual meaning: an expired permit does not hold and an expired
// restriction no longer applies; when `now` is missing or unknown, the permit does not hold and the
// restriction does (fail closed). Every backend decides it as it decides any `when`.
ir::ExprPtr FileChecker::expiry_condition(const ast::Annotation& expires) {
  const std::string& text = *expires.value;
  std::optional<int64_t> end = expiry_end(text);
  if (!end) {
    diags_.report(DiagCode::E0204, expires.span, "`@expires` takes a date or a timestamp, found `" + text + "`")
        .with_help("for example `@expires(\"2027-03-31\")` (through that day, UTC) or `@expires(\"2027-03-31T18:00:00Z\")`");
    return nullptr;
  }
  const Attribute* now = mesh_.config.find_context("now");
  if (!now) {
    diags_.report(DiagCode::E0403, expires.span, "`@expires` compares the request time `context.now`, which the mesh does not declare")
        .with_help("declare `now: timestamp` under `context` in custos.yaml");
    return nullptr;
  }
  if (now->type.kind != TypeKind::Timestamp) {
    diags_.report(DiagCode::E0407, expires.span, "`@expires` compares `context.now` with a timestamp, but `now` is `" + to_string(now->type) + "`")
        .with_help("declare `now: timestamp` under `context` in custos.yaml");
    return nullptr;
  }
  auto lhs = ir::make_node(ir::node::Context{now->name}, now->type, expires.span);
  lhs->nullable = now->optional;
  auto rhs = ir::make_const(Timestamp{*end}, Type::of(TypeKind::Timestamp), expires.span);
  auto cmp = ir::make_node(ir::node::Compare{ir::BinaryOp::Lt}, Type::of(TypeKind::Bool), expires.span);
  cmp->nullable = now->optional;
  cmp->kids.push_back(std::move(lhs));
  cmp->kids.push_back(std::move(rhs));
  return cmp;
}

}  // namespace custos::check
