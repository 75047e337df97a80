#include "ir/print.h"

#include <fmt/format.h>

#include "ir/policy_set.h"

namespace custos::ir {

const char* to_string(ExprKind k) {
  switch (k) {
    case ExprKind::Const: return "const";
    case ExprKind::Principal: return "principal";
    case ExprKind::Context: return "context";
    case ExprKind::Column: return "column";
    case ExprKind::Call: return "call";
    case ExprKind::Not: return "not";
    case ExprKind::Negate: return "negate";
    case ExprKind::Arith: return "arith";
    case ExprKind::Compare: return "compare";
    case ExprKind::And: return "and";
    case ExprKind::Or: return "or";
    case ExprKind::In: return "in";
    case ExprKind::IsNull: return "is-null";
    case ExprKind::Collection: return "collection";
  }
  return "?";
}

namespace {
// A string as the policy language writes it: control characters, quotes and backslashes escaped,
// so that a hostile value can never break the line it is printed on.
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\0': out += "\\0"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          out += fmt::format("\\u{{{:x}}}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string literal(const Scalar& s) {
  if (is_null(s)) return "null";
  if (const auto* str = std::get_if<std::string>(&s)) return quote(*str);
  if (std::holds_alternative<Date>(s)) return "date \"" + to_text(s) + "\"";
  if (std::holds_alternative<Timestamp>(s)) return "timestamp \"" + to_text(s) + "\"";
  if (const auto* i = std::get_if<int64_t>(&s); i && *i == INT64_MIN) return "-9223372036854775808";
  if (std::holds_alternative<double>(s)) {
    std::string text = to_text(s);
    // A float literal keeps a decimal point, so that it never reads as an int.
    if (text.find_first_not_of("-0123456789") == std::string::npos) text += ".0";
    return text;
  }
  return to_text(s);
}
}  // namespace

std::string render(const Expr& e) {
  auto join = [&](const char* sep) {
    std::string s;
    for (size_t i = 0; i < e.kids.size(); ++i) s += (i ? sep : "") + render(*e.kids[i]);
    return s;
  };
  switch (e.kind()) {
    case ExprKind::Const: return e.type.is_error() ? "<error>" : literal(e.value());
    case ExprKind::Principal: return "principal." + e.name();
    case ExprKind::Context: return "context." + e.name();
    case ExprKind::Column: return e.name();
    case ExprKind::Call: return std::string(e.fn()->module) + "." + std::string(e.fn()->name) + "(" + join(", ") + ")";
    case ExprKind::Not: return "not (" + render(*e.kids[0]) + ")";
    case ExprKind::Negate: return "-" + render(*e.kids[0]);
    case ExprKind::Arith: {
      // An operand that is itself arithmetic keeps its parentheses: `(a + b) * c`, `a - (b - c)`.
      auto operand = [](const Expr& k) { return k.kind() == ExprKind::Arith ? "(" + render(k) + ")" : render(k); };
      return operand(*e.kids[0]) + " " + spelling(e.op()) + " " + operand(*e.kids[1]);
    }
    case ExprKind::Compare: return render(*e.kids[0]) + " " + spelling(e.op()) + " " + render(*e.kids[1]);
    case ExprKind::And: return "(" + join(" and ") + ")";
    case ExprKind::Or: return "(" + join(" or ") + ")";
    case ExprKind::In: return render(*e.kids[0]) + (e.negated() ? " not in " : " in ") + render(*e.kids[1]);
    case ExprKind::IsNull: return render(*e.kids[0]) + (e.negated() ? " is not null" : " is null");
    case ExprKind::Collection: return std::string(e.is_set() ? "{" : "[") + join(", ") + (e.is_set() ? "}" : "]");
  }
  return "?";
}

std::string dump_tree(const Expr& e, int depth) {
  std::string head = to_string(e.kind());
  switch (e.kind()) {
    case ExprKind::Const: head += " " + (e.type.is_error() ? std::string("<error>") : literal(e.value())); break;
    case ExprKind::Principal:
    case ExprKind::Context: head += " " + e.name(); break;
    case ExprKind::Column: head += " " + e.name() + (e.slot() >= 0 ? fmt::format(" #{}", e.slot()) : ""); break;
    case ExprKind::Call: head += fmt::format(" {}.{}", e.fn()->module, e.fn()->name); break;
    case ExprKind::Arith:
    case ExprKind::Compare: head += std::string(" ") + spelling(e.op()); break;
    case ExprKind::In: head += e.negated() ? " not-in" : ""; break;
    case ExprKind::IsNull: head += e.negated() ? " not" : ""; break;
    case ExprKind::Collection: head += e.is_set() ? " set" : " list"; break;
    default: break;
  }
  std::string flags = std::string(e.nullable ? " nullable" : "") + (e.uses_rows ? " rows" : "");
  std::string at = e.span.valid() ? fmt::format("  @{}:{}", e.span.line, e.span.col) : "";  // folding made it
  std::string out = fmt::format("{:{}}{} : {}{}{}\n", "", depth * 2, head, custos::to_string(e.type), flags, at);
  for (const auto& k : e.kids) out += dump_tree(*k, depth + 1);
  return out;
}

std::string dump(const PolicySet& set, const SourceMap* sources, std::optional<size_t> only) {
  std::string out;
  for (size_t p = 0; p < set.products.size(); ++p) {
    if (only && p != *only) continue;
    const auto order = rules_in_order(set.products[p]);
    if (order.empty()) continue;
    const Product& product = set.mesh->products[p];
    out += fmt::format("product {} ({} columns)\n", product.qualified(), product.columns.size());
    for (size_t i = 0; i < order.size(); ++i) {
      const Rule& r = *order[i]->rule;
      const std::string file = sources && r.span.file < sources->size() ? sources->file(r.span.file).path() + ":" : "";
      out += fmt::format("  [{}] {} {}{}  @{}{}:{}\n", i, to_string(r.kind), r.id, r.break_glass ? " (break-glass)" : "", file, r.span.line,
                         r.span.col);
      if (!order[i]->columns->empty()) {
        std::string cols;
        for (const auto& c : *order[i]->columns) cols += (cols.empty() ? "" : ", ") + c;
        out += "      columns " + cols + "\n";
      }
      if (!r.bound.empty()) {
        std::string values;
        for (const auto& b : r.bound) values += (values.empty() ? "" : ", ") + b;
        out += "      bound " + values + "\n";
      }
      if (r.mask) {
        std::string args;
        for (const auto& a : r.mask_args) args += ", " + literal(a);
        out += fmt::format("      with {}.{}(value{}) strength {}\n", r.mask->module, r.mask->name, args, r.mask->strength);
      }
      for (auto [word, conds] : {std::pair{"when", &r.when}, {"unless", &r.unless}, {"rows where", &r.rows}}) {
        for (const auto& c : *conds) out += "      " + std::string(word) + "\n" + dump_tree(*c, 4);
      }
    }
  }
  return out;
}

}  // namespace custos::ir
