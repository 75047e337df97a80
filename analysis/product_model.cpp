// A product's decision as SMT terms, composed by the decision core.
#include "product_model.h"

#include <algorithm>

#include "decision_core.h"
#include "ir/print.h"
#include "support/names.h"

namespace custos::analysis {

int MaskTable::id(const ir::Rule& rule) {
  for (size_t i = 0; i < masks_.size(); ++i) {
    if (masks_[i].first == rule.mask && masks_[i].second == rule.mask_args) return static_cast<int>(i) + 1;
  }
  masks_.emplace_back(rule.mask, rule.mask_args);
  return static_cast<int>(masks_.size());
}

std::string MaskTable::describe(int id) const {
  if (id <= 0 || static_cast<size_t>(id) > masks_.size()) return "none";
  const auto& [fn, args] = masks_[static_cast<size_t>(id) - 1];
  std::string s(fn->name);
  if (!args.empty()) {
    s += "(";
    // Literals from policy files: no control character reaches a terminal or a log.
    for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + printable(to_text(args[i]));
    s += ")";
  }
  return s;
}

const ColumnModel* ProductModel::column(const std::string& name) const {
  for (const auto& c : columns) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

namespace {
z3::expr any_expr(z3::context& z, std::vector<z3::expr> xs) {
  z3::expr r = z.bool_val(false);
  for (auto& x : xs) r = r || x;
  return r;
}
z3::expr all_expr(z3::context& z, std::vector<z3::expr> xs) {
  z3::expr r = z.bool_val(true);
  for (auto& x : xs) r = r && x;
  return r;
}

// Several `rows where` clauses of one rule are one `and`.
Sym rows_of(const ir::Rule& rule, World& w, const Product& p) {
  std::vector<Sym> parts;
  for (const auto& r : rule.rows) parts.push_back(encode(*r, w, &p));
  return parts.size() == 1 ? parts[0] : sym_and(w.z(), parts);
}
}  // namespace

ProductModel model_product(const ir::PolicySet& set, size_t product, World& w, MaskTable& masks) {
  z3::context& z = w.z();
  const Product& p = set.mesh->products.at(product);
  const ir::ProductRules& rules = set.rules_for(product);
  const auto order = ir::rules_in_order(rules);

  // Stage 1: when each rule holds, two-valued.
  std::vector<z3::expr> holds;
  std::vector<std::optional<Sym>> rows;  // each rule's `rows where`, when it has one
  for (const ir::RuleRef* ref : order) {
    const ir::Rule& rule = *ref->rule;
    auto is = [&](const ir::Expr& e, bool want) {
      Sym s = encode(e, w, &p);
      return want ? s.is_true() : s.is_false();
    };
    auto any = [&](std::vector<z3::expr> xs) { return any_expr(z, std::move(xs)); };
    auto all = [&](std::vector<z3::expr> xs) { return all_expr(z, std::move(xs)); };
    auto negate = [](z3::expr x) { return !x; };
    holds.push_back(eval::compose_rule_holds<z3::expr>(rule, is, any, all, negate));
    rows.push_back(rule.rows.empty() ? std::nullopt : std::optional<Sym>(rows_of(rule, w, p)));
  }

  ProductModel m(z);
  m.exists = true;
  auto holds_at = [&](size_t i) { return holds.at(i); };
  m.access = eval::compose_access<z3::expr>(eval::access_parts(rules), holds_at,
                                            [&](std::vector<z3::expr> xs) { return any_expr(z, std::move(xs)); },
                                            [&](std::vector<z3::expr> xs) { return all_expr(z, std::move(xs)); },
                                            [](z3::expr x) { return !x; });

  // The row filter, three-valued: a permit's term is its rows where it holds (all rows without
  // `rows where`), false where it does not; a row is visible where the filter is true.
  auto term = [&](const eval::FilterPart& part) {
    Sym pred = rows[part.rule] ? *rows[part.rule] : sym_bool(z, z.bool_val(true));
    return sym_and(z, {sym_bool(z, holds[part.rule]), pred});
  };
  Sym filter = eval::compose_row_filter<Sym>(eval::filter_parts(rules), term, [&](std::vector<Sym> xs) { return sym_or(z, xs); },
                                             [&](std::vector<Sym> xs) { return sym_and(z, xs); },
                                             [](Sym x) { return sym_not(x); });
  m.filter = filter.is_true();
  m.visible = m.access && m.filter;

  // Columns: denied (stage 1), else the strictest mask that applies on the row: one without
  // `rows where` wherever it holds, one with it where its predicate is not false.
  for (const Column& c : p.columns) {
    const eval::ColumnRules cr = eval::column_rules(order, c.name);
    z3::expr denied = eval::compose_column_denied<z3::expr>(cr, holds_at, [&](std::vector<z3::expr> xs) { return any_expr(z, std::move(xs)); },
                                                            [&](std::vector<z3::expr> xs) { return all_expr(z, std::move(xs)); });
    const auto ordered = eval::mask_order(order, cr.masks, [&](size_t i) { return rows[i].has_value(); });
    // The places where each mask is the one that masks are disjoint: one `ite` per mask.
    z3::expr level = z.int_val(kClearLevel), mask = z.int_val(0);
    auto applies = [&](size_t i) { return rows[i] ? holds[i] && !rows[i]->is_false() : holds[i]; };
    eval::compose_mask_choice<z3::expr>(
        ordered, applies, [&](std::vector<z3::expr> xs) { return any_expr(z, std::move(xs)); },
        [&](std::vector<z3::expr> xs) { return all_expr(z, std::move(xs)); }, [](const z3::expr& x) { return !x; },
        [&](size_t i, const z3::expr& where) {
          const ir::Rule& rule = *order[i]->rule;
          level = z3::ite(where, z.int_val(rule.mask->strength), level);
          mask = z3::ite(where, z.int_val(masks.id(rule)), mask);
        });
    z3::expr open_level = z3::ite(denied, z.int_val(kDeniedLevel), level), open_mask = z3::ite(denied, z.int_val(0), mask);
    level = z3::ite(!m.access || denied, z.int_val(kDeniedLevel), level);
    mask = z3::ite(!m.access || denied, z.int_val(0), mask);
    m.columns.push_back({c.name, level.simplify(), mask.simplify(), open_level.simplify(), open_mask.simplify()});
  }
  return m;
}

std::string decision_fingerprint(const ir::PolicySet& set, size_t product) {
  const Product& p = set.mesh->products.at(product);
  std::string f;
  for (const auto* attrs : {&set.mesh->config.principal, &set.mesh->config.context}) {
    for (const auto& a : *attrs) f += "attr " + a.name + " " + to_string(a.type) + (a.optional ? "?" : "") + "\n";
  }
  for (const Column& c : p.columns) f += "column " + c.name + " " + to_string(c.type) + (c.required ? " required" : "") + "\n";
  for (const ir::RuleRef* ref : ir::rules_in_order(set.rules_for(product))) f += rule_fingerprint(*ref);
  return f;
}

std::string rule_fingerprint(const ir::RuleRef& ref) {
  const ir::Rule& r = *ref.rule;
  std::string f = std::string("rule ") + ir::to_string(r.kind);
  if (r.mask) {
    f += " mask " + std::string(r.mask->name);
    for (const auto& a : r.mask_args) f += " " + to_text(a) + "#" + std::to_string(a.index());
  }
  for (const auto& c : *ref.columns) f += " column " + c;
  f += "\n";
  for (const auto* list : {&r.when, &r.unless, &r.rows}) {
    f += "--\n";
    for (const auto& e : *list) f += ir::dump_tree(*e);
  }
  return f;
}

}  // namespace custos::analysis
