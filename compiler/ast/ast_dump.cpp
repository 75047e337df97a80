// S-expression dump of the AST. Output is deterministic and independent of spans.
#include "ast/ast_dump.h"

#include <fmt/format.h>

#include "calendar.h"

namespace custos::ast {

namespace {
template <class... Ts>
struct overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
overloaded(Ts...) -> overloaded<Ts...>;

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}
}  // namespace

std::string literal_text(const LiteralValue& v) {
  return std::visit(overloaded{
                        [](Null) -> std::string { return "null"; },
                        [](bool b) -> std::string { return b ? "true" : "false"; },
                        [](int64_t i) -> std::string { return std::to_string(i); },
                        [](double d) -> std::string { return fmt::format("{}", d); },
                        [](const std::string& s) -> std::string { return quote(s); },
                        [](Date d) -> std::string { return "date " + quote(cal::format_date(d.days)); },
                        [](Timestamp t) -> std::string { return "timestamp " + quote(cal::format_timestamp(t.micros)); },
                    },
                    v);
}

std::string dump(const Expr& e) {
  return std::visit(
      overloaded{
          [](const Literal& l) { return literal_text(l.value); },
          [](const NameRef& n) { return n.name; },
          [](const Member& m) { return "(. " + dump(*m.base) + " " + m.member + ")"; },
          [](const Call& c) {
            std::string s = "(call " + dump(*c.callee);
            for (const auto& a : c.args) s += " " + dump(*a);
            return s + ")";
          },
          [](const Unary& u) { return std::string(u.op == UnaryOp::Not ? "(not " : "(neg ") + dump(*u.operand) + ")"; },
          [](const Binary& b) { return std::string("(") + ir::spelling(b.op) + " " + dump(*b.lhs) + " " + dump(*b.rhs) + ")"; },
          [](const Logical& l) {
            std::string s = std::string("(") + to_string(l.op);
            for (const auto& o : l.operands) s += " " + dump(*o);
            return s + ")";
          },
          [](const In& i) { return std::string(i.negated ? "(not-in " : "(in ") + dump(*i.item) + " " + dump(*i.collection) + ")"; },
          [](const IsNull& n) { return std::string(n.negated ? "(is-not-null " : "(is-null ") + dump(*n.operand) + ")"; },
          [](const Collection& c) {
            std::string s = c.is_set ? "{" : "[";
            for (size_t i = 0; i < c.items.size(); ++i) s += (i ? " " : "") + dump(*c.items[i]);
            return s + (c.is_set ? "}" : "]");
          },
          [](const ErrorExpr&) { return std::string("<error>"); },
      },
      e.node);
}

namespace {
std::string annotations(const std::vector<Annotation>& list) {
  std::string s;
  for (const auto& a : list) s += "@" + a.name + (a.value ? "(" + quote(*a.value) + ")" : "") + " ";
  return s;
}
std::string product(const ProductTarget& p) { return (p.by_tag ? "products-tagged " : "") + p.name.str(); }
std::string clauses(const std::vector<Clause>& list) {
  std::string out;
  for (const auto& c : list) {
    out += c.kind == ClauseKind::When ? " when " : c.kind == ClauseKind::Unless ? " unless " : " rows-where ";
    out += dump(*c.condition);
  }
  return out;
}
std::string record(const Record& r) {
  std::string s = "{";
  for (size_t i = 0; i < r.fields.size(); ++i) s += (i ? ", " : "") + r.fields[i].name.text + ": " + dump(*r.fields[i].value);
  return s + "}";
}
}  // namespace

std::string dump(const File& f) {
  std::string out;
  if (f.header) out += annotations(f.header->annotations) + "domain " + f.header->domain + "\n";
  for (const auto& i : f.imports) out += "import " + i.path.str() + " as " + i.alias + "\n";
  for (const auto& l : f.lets) out += annotations(l.annotations) + "let " + l.name.text + " = " + dump(*l.value) + "\n";
  for (const auto& r : f.rules) {
    out += annotations(r.annotations) + to_string(r.kind);
    if (r.kind == RuleKind::Permit || r.kind == RuleKind::Forbid) {
      for (size_t i = 0; i < r.actions.size(); ++i) out += (i ? "," : " ") + r.actions[i].text;
      out += " on " + product(r.product);
    } else {
      out += r.column.by_tag ? " columns-tagged " + r.column.name.str() : " column " + r.column.name.str();
      if (r.column.scope) out += " on " + product(*r.column.scope);
      if (r.mask) {
        out += " with " + r.mask->function.str();
        for (const auto& a : r.mask->args) out += " " + dump(*a);
      }
    }
    out += clauses(r.clauses) + "\n";
  }
  for (const auto& a : f.assertions) {
    out += annotations(a.annotations) + "assert";
    if (ir::is_column(a.kind)) {
      out += a.column.by_tag ? " columns-tagged " + a.column.name.str() : " column " + a.column.name.str();
      if (a.column.scope) out += " on " + product(*a.column.scope);
    } else {
      out += " " + product(a.product);
    }
    out += std::string(" ") + ir::to_string(a.kind);
    if (a.rows) out += " " + dump(*a.rows);
    out += clauses(a.clauses) + "\n";
  }
  for (const auto& t : f.tests) {
    out += annotations(t.annotations) + "test " + quote(t.name) + "\n";
    if (t.principal) out += "  principal " + record(*t.principal) + "\n";
    if (t.context) out += "  context " + record(*t.context) + "\n";
    if (t.action) out += "  " + t.action->text + " " + t.product->str() + "\n";
    if (t.rows) {
      out += "  rows";
      for (const auto& r : *t.rows) out += " " + record(r);
      out += "\n";
    }
    if (t.rows_file) out += "  rows from " + quote(*t.rows_file) + "\n";
    for (const auto& x : t.expectations) {
      out += "  expect ";
      switch (x.kind) {
        case ExpectKind::Allow: out += "allow"; break;
        case ExpectKind::Deny: out += "deny"; break;
        case ExpectKind::ColumnClear: out += "column " + x.column.text + " clear"; break;
        case ExpectKind::ColumnMasked:
          out += "column " + x.column.text + " masked" + (x.mask ? " with " + x.mask->str() : "");
          break;
        case ExpectKind::ColumnDenied: out += "column " + x.column.text + " denied"; break;
        case ExpectKind::VisibleRows:
          out += "rows [";
          for (size_t i = 0; i < x.rows.size(); ++i) out += (i ? " " : "") + std::to_string(x.rows[i]);
          out += "]";
          break;
        case ExpectKind::RowValues: out += "row " + std::to_string(x.row) + " " + record(x.values); break;
      }
      out += "\n";
    }
  }
  return out;
}

}  // namespace custos::ast
