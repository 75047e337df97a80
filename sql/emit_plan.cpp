#include "emit_plan.h"

#include "emit_expr.h"

namespace custos::sql {

SqlPlan emit_plan(const eval::Plan& plan, Dialect dialect, const stdlib::NativeContext& natives) {
  const Product& product = *plan.product;
  ExprEmitter emitter(dialect, product, natives);
  SqlPlan out;
  out.dialect = dialect;
  out.product = product.qualified();
  out.allowed = plan.allowed;
  out.access_rules = plan.access_rules;
  out.row_rules = plan.row_rules;
  if (!plan.allowed || !plan.row_filter) {
    out.row_filter = "FALSE";  // as eval::row_visible: no filter, no rows
  } else if (plan.row_filter->kind() == ir::ExprKind::Const && plan.row_filter->value() == Scalar{true}) {
    out.row_filter = "TRUE";
  } else {
    // Only rows where the filter is true are visible; NULL (unknown or an error) hides the row.
    out.row_filter = "COALESCE(" + emitter.predicate(*plan.row_filter) + ", FALSE)";
    if (dialect == Dialect::Sqlite) out.row_filter = "COALESCE(" + emitter.predicate(*plan.row_filter) + ", 0)";
  }
  for (const eval::ColumnPlan& c : plan.columns) {
    const Column& col = product.columns.at(c.index);
    SqlColumn sc;
    sc.name = c.name;
    sc.outcome = c.outcome;
    sc.rules = c.rules;
    TypeKind kind = col.type.kind;
    std::string value = emitter.column(c.index);
    if (c.outcome == eval::ColumnOutcome::Denied || !plan.allowed) {
      sc.outcome = eval::ColumnOutcome::Denied;
      sc.expression = null_of(dialect, kind);
    } else if (c.outcome == eval::ColumnOutcome::Clear || c.masks.empty()) {
      sc.expression = value;
    } else {
      sc.mask = std::string(c.masks.front().fn->name);
      // Strongest first: a row-dependent mask applies where its predicate is not false (true,
      // unknown or an error: fail closed); the first one that applies wins. A row-independent
      // mask (no predicate) applies everywhere and ends the chain.
      std::string chain = "CASE";
      bool closed = false, any_when = false;
      std::string last;
      for (const eval::MaskUse& m : c.masks) {
        std::string masked = emitter.mask(*m.fn, [&] {
          std::vector<Scalar> args{Scalar{Null{}}};
          args.insert(args.end(), m.args.begin(), m.args.end());
          return args;
        }(), value, kind);
        if (!m.predicate) {
          last = masked;
          chain += " ELSE " + masked;
          closed = true;
          break;
        }
        chain += " WHEN " + is_not_false(dialect, "(" + emitter.predicate(*m.predicate) + ")") + " THEN " + masked;
        any_when = true;
      }
      if (!closed) chain += " ELSE " + value;
      sc.expression = any_when ? chain + " END" : closed ? last : value;
    }
    out.columns.push_back(std::move(sc));
  }
  return out;
}

std::string select_statement(const SqlPlan& plan, const std::string& table_sql) {
  std::string sql = "SELECT ";
  for (size_t i = 0; i < plan.columns.size(); ++i) {
    sql += (i ? ",\n       " : "") + plan.columns[i].expression + " AS " + quote_identifier(plan.columns[i].name);
  }
  if (plan.columns.empty()) sql += "1";
  return sql + "\nFROM " + table_sql + "\nWHERE " + plan.row_filter;
}

namespace {
std::string join(const std::vector<std::string>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) s += (i ? ", " : "") + xs[i];
  return s;
}
}  // namespace

std::string decision_script(const SqlPlan& sp, const std::string& table_sql) {
  std::string out = line_comment(sp.product + " in " + to_string(sp.dialect) + " SQL, principal and context folded in");
  out += line_comment("access: " + (sp.allowed ? "allowed by " + join(sp.access_rules)
                                    : sp.access_rules.empty() ? std::string("denied (no permit holds)")
                                                              : "denied by " + join(sp.access_rules)));
  if (!sp.row_rules.empty()) out += line_comment("row filter from: " + join(sp.row_rules));
  for (const auto& c : sp.columns) {
    if (c.outcome == eval::ColumnOutcome::Clear) continue;
    out += line_comment(c.name + ": " + eval::to_string(c.outcome) + (c.mask.empty() ? "" : " with " + c.mask) +
                        (c.rules.empty() ? "" : " by " + join(c.rules)));
  }
  return out + select_statement(sp, table_sql) + ";\n";
}

std::string default_table(const Product& product, Dialect dialect) {
  if (dialect == Dialect::Sqlite) return quote_identifier(product.domain + "_" + product.name);
  return quote_identifier(product.domain) + "." + quote_identifier(product.name);
}

}  // namespace custos::sql
