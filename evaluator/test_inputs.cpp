// Policy-test values to runtime values.
#include "test_inputs.h"

#include <filesystem>

namespace custos::eval {

std::optional<Val> literal_value(const ast::Expr& e) {
  if (const auto* l = e.as<ast::Literal>()) return Val::of(l->value);
  if (const auto* u = e.as<ast::Unary>(); u && u->op == ast::UnaryOp::Negate) {
    if (const auto* l = u->operand->as<ast::Literal>()) {
      if (auto i = std::get_if<int64_t>(&l->value)) return Val::of(-*i);
      if (auto d = std::get_if<double>(&l->value)) return Val::of(-*d);
    }
  }
  if (const auto* c = e.as<ast::Collection>()) {
    std::vector<Scalar> items;
    for (const auto& i : c->items) {
      auto v = literal_value(*i);
      if (!v || v->kind != Val::Kind::Atom) return std::nullopt;
      items.push_back(v->scalar);
    }
    return Val::collection(std::move(items));
  }
  return std::nullopt;
}

Attributes attributes_from_record(const std::optional<ast::Record>& rec, const std::vector<Attribute>& decls) {
  Attributes out;
  if (!rec) return out;
  for (const auto& f : rec->fields) {
    auto v = literal_value(*f.value);
    if (!v) continue;
    for (const auto& d : decls) {
      if (d.name == f.name.text && v->kind == Val::Kind::Atom) {
        if (auto c = coerce(v->scalar, d.type)) v = Val::of(*c);
      }
    }
    out.values[f.name.text] = *v;
  }
  return out;
}

Row row_from_record(const ast::Record& rec, const Product& p) {
  Row row(p.columns.size(), Scalar{Null{}});
  for (const auto& f : rec.fields) {
    const Column* c = p.find_column(f.name.text);
    auto v = literal_value(*f.value);
    if (!c || !v || v->kind != Val::Kind::Atom) continue;
    row[static_cast<size_t>(c - p.columns.data())] = coerce(v->scalar, c->type).value_or(Scalar{Null{}});
  }
  return row;
}

std::vector<Row> test_rows(const ast::Test& t, const Product& p, const std::string& policy_path, std::vector<std::string>& errors) {
  std::vector<Row> rows;
  if (t.rows) {
    for (const auto& rec : *t.rows) rows.push_back(row_from_record(rec, p));
  } else if (t.rows_file) {
    rows = rows_from_file((std::filesystem::path(policy_path).parent_path() / *t.rows_file).string(), p, errors);
  }
  return rows;
}

}  // namespace custos::eval
