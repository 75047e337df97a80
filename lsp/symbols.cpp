// Walking a policy file's AST for the names it uses, each resolved against the mesh.
#include "symbols.h"

#include <map>
#include <set>

namespace custos::lsp {

bool contains(const Span& s, uint32_t line, uint32_t col) {
  if (!s.valid()) return false;
  uint32_t end_line = s.end_line ? s.end_line : s.line;
  if (line < s.line || line > end_line) return false;
  if (line == s.line && col < s.col) return false;
  if (line == end_line && col > s.end_col) return false;  // the end is inclusive: a cursor after a word
  return true;
}

std::string module_of_alias(const ast::File& file, const std::string& alias) {
  for (const auto& imp : file.imports) {
    if (imp.alias == alias && !imp.path.parts.empty()) return imp.path.parts.back().text;
  }
  return "";
}

std::vector<const Product*> target_products(const Mesh& mesh, const ast::ProductTarget& t) {
  std::vector<const Product*> out;
  if (!t.by_tag) {
    if (const Product* p = mesh.find_product(t.name.str())) out.push_back(p);
    return out;
  }
  std::string tag = t.name.str();
  for (const auto& p : mesh.products) {
    if (p.has_tag(tag)) out.push_back(&p);
  }
  return out;
}

std::vector<const Product*> column_target_products(const Mesh& mesh, const ast::ColumnTarget& t) {
  std::vector<const Product*> out;
  if (!t.by_tag) {
    if (t.name.parts.size() == 3) {
      if (const Product* p = mesh.find_product(t.name.parts[0].text + "." + t.name.parts[1].text)) out.push_back(p);
    }
    return out;
  }
  std::string tag = t.name.str();
  std::vector<const Product*> scope;
  if (t.scope) {
    scope = target_products(mesh, *t.scope);
  } else {
    for (const auto& p : mesh.products) scope.push_back(&p);
  }
  for (const Product* p : scope) {
    for (const auto& c : p->columns) {
      if (column_has_tag(c, tag)) {
        out.push_back(p);
        break;
      }
    }
  }
  return out;
}

namespace {

class Collector {
 public:
  Collector(const Analysis& a, const ast::File& f) : a_(a), f_(f) {
    for (const auto& imp : f.imports) aliases_[imp.alias] = imp.path.parts.empty() ? "" : imp.path.parts.back().text;
    for (const auto& l : f.lets) lets_[l.name.text] = &l;
  }

  std::vector<Symbol> run() {
    for (const auto& imp : f_.imports) {
      if (imp.path.parts.size() >= 2) add({SymbolKind::Module, imp.path.parts.back().span, imp.path.parts.back().text});
      if (imp.explicit_alias) add({SymbolKind::Module, imp.alias_span, aliases_[imp.alias]});
    }
    for (const auto& l : f_.lets) {
      Symbol s{SymbolKind::Let, l.name.span, l.name.text};
      s.let = &l;
      add(s);
      if (l.value) expr(*l.value, {});
    }
    for (const auto& r : f_.rules) {
      Symbol s{SymbolKind::Rule, r.keyword_span, ""};
      s.rule = &r;
      add(s);
      std::vector<const Product*> products;
      if (r.kind == ast::RuleKind::Permit || r.kind == ast::RuleKind::Forbid) {
        products = product_target(r.product);
      } else {
        products = column_target(r.column);
      }
      if (r.mask) function_name(r.mask->function);
      if (r.mask) {
        for (const auto& arg : r.mask->args) expr(*arg, {});
      }
      for (const auto& c : r.clauses) {
        if (c.condition) expr(*c.condition, products);
      }
    }
    for (const auto& as : f_.assertions) {
      Symbol s{SymbolKind::Assertion, as.keyword_span, ""};
      s.assertion = &as;
      add(s);
      std::vector<const Product*> products = ir::is_column(as.kind) ? column_target(as.column) : product_target(as.product);
      if (as.rows) expr(*as.rows, products);
      for (const auto& c : as.clauses) {
        if (c.condition) expr(*c.condition, products);
      }
    }
    for (const auto& t : f_.tests) test(t);
    return std::move(out_);
  }

 private:
  void add(Symbol s) {
    if (s.span.valid()) out_.push_back(std::move(s));
  }

  const Mesh* mesh() const { return a_.mesh.get(); }

  std::vector<const Product*> product_target(const ast::ProductTarget& t) {
    if (t.name.parts.empty()) return {};
    if (t.by_tag) {
      add({SymbolKind::Tag, t.name.span, t.name.str()});
    } else if (t.name.parts.size() == 2) {
      add({SymbolKind::Product, t.name.span, t.name.str()});
    }
    return mesh() ? target_products(*mesh(), t) : std::vector<const Product*>{};
  }

  std::vector<const Product*> column_target(const ast::ColumnTarget& t) {
    if (t.name.parts.empty()) return {};
    if (t.by_tag) {
      add({SymbolKind::Tag, t.name.span, t.name.str()});
      if (t.scope) product_target(*t.scope);
    } else if (t.name.parts.size() == 3) {
      std::string q = t.name.parts[0].text + "." + t.name.parts[1].text;
      add({SymbolKind::Product, Span::cover(t.name.parts[0].span, t.name.parts[1].span), q});
      Symbol c{SymbolKind::Column, t.name.parts[2].span, t.name.parts[2].text};
      c.product = q;
      add(c);
    }
    return mesh() ? column_target_products(*mesh(), t) : std::vector<const Product*>{};
  }

  void function_name(const ast::QualifiedName& fn) {
    if (fn.parts.size() != 2) return;
    auto it = aliases_.find(fn.parts[0].text);
    if (it == aliases_.end()) return;
    add({SymbolKind::Module, fn.parts[0].span, it->second});
    Symbol s{SymbolKind::Function, fn.parts[1].span, fn.parts[1].text};
    s.module = it->second;
    add(s);
  }

  void column(const std::string& name, Span span, const std::vector<const Product*>& products) {
    for (const Product* p : products) {
      if (p->find_column(name)) {
        Symbol s{SymbolKind::Column, span, name};
        s.product = p->qualified();
        add(s);
        return;
      }
    }
  }

  void expr(const ast::Expr& e, const std::vector<const Product*>& products) {
    std::visit(
        [&](const auto& n) {
          using T = std::decay_t<decltype(n)>;
          if constexpr (std::is_same_v<T, ast::NameRef>) {
            if (auto it = lets_.find(n.name); it != lets_.end()) {
              Symbol s{SymbolKind::Let, e.span, n.name};
              s.let = it->second;
              add(s);
            } else if (auto al = aliases_.find(n.name); al != aliases_.end()) {
              add({SymbolKind::Module, e.span, al->second});
            } else if (n.name != "principal" && n.name != "context" && n.name != "product" && n.name != "column") {
              column(n.name, e.span, products);
            }
          } else if constexpr (std::is_same_v<T, ast::Member>) {
            const auto* base = n.base ? n.base->template as<ast::NameRef>() : nullptr;
            bool shadowed = base && lets_.count(base->name);
            if (base && !shadowed && (base->name == "principal" || base->name == "context")) {
              add({base->name == "principal" ? SymbolKind::Principal : SymbolKind::Context, n.member_span, n.member});
            } else if (base && !shadowed && (base->name == "product" || base->name == "column")) {
              add({SymbolKind::TargetAttribute, n.member_span, base->name + "." + n.member});
            } else if (base && aliases_.count(base->name)) {
              add({SymbolKind::Module, n.base->span, aliases_[base->name]});
              Symbol s{SymbolKind::Function, n.member_span, n.member};
              s.module = aliases_[base->name];
              add(s);
            } else if (n.base) {
              expr(*n.base, products);
            }
          } else if constexpr (std::is_same_v<T, ast::Call>) {
            if (n.callee) expr(*n.callee, products);
            for (const auto& arg : n.args) expr(*arg, products);
          } else if constexpr (std::is_same_v<T, ast::Unary>) {
            if (n.operand) expr(*n.operand, products);
          } else if constexpr (std::is_same_v<T, ast::Binary>) {
            if (n.lhs) expr(*n.lhs, products);
            if (n.rhs) expr(*n.rhs, products);
          } else if constexpr (std::is_same_v<T, ast::Logical>) {
            for (const auto& o : n.operands) expr(*o, products);
          } else if constexpr (std::is_same_v<T, ast::In>) {
            if (n.item) expr(*n.item, products);
            if (n.collection) expr(*n.collection, products);
          } else if constexpr (std::is_same_v<T, ast::IsNull>) {
            if (n.operand) expr(*n.operand, products);
          } else if constexpr (std::is_same_v<T, ast::Collection>) {
            for (const auto& i : n.items) expr(*i, products);
          }
        },
        e.node);
  }

  void record(const ast::Record& r, SymbolKind kind, const std::string& product) {
    for (const auto& f : r.fields) {
      Symbol s{kind, f.name.span, f.name.text};
      s.product = product;
      if (kind != SymbolKind::Column || (mesh() && mesh()->find_product(product) &&
                                         mesh()->find_product(product)->find_column(f.name.text))) {
        add(s);
      }
      if (f.value) expr(*f.value, {});
    }
  }

  void test(const ast::Test& t) {
    std::string q;
    if (t.product) {
      q = t.product->str();
      add({SymbolKind::Product, t.product->span, q});
    }
    if (t.principal) record(*t.principal, SymbolKind::Principal, "");
    if (t.context) record(*t.context, SymbolKind::Context, "");
    if (t.rows) {
      for (const auto& r : *t.rows) record(r, SymbolKind::Column, q);
    }
    for (const auto& ex : t.expectations) {
      if (!ex.column.text.empty() && mesh() && mesh()->find_product(q) && mesh()->find_product(q)->find_column(ex.column.text)) {
        Symbol s{SymbolKind::Column, ex.column.span, ex.column.text};
        s.product = q;
        add(s);
      }
      if (ex.mask) function_name(*ex.mask);
      record(ex.values, SymbolKind::Column, q);
    }
  }

  const Analysis& a_;
  const ast::File& f_;
  std::map<std::string, std::string> aliases_;
  std::map<std::string, const ast::Let*> lets_;
  std::vector<Symbol> out_;
};

bool same(const Symbol& a, const Symbol& b) {
  if (a.kind != b.kind || a.name != b.name) return false;
  if (a.kind == SymbolKind::Column) return a.product == b.product;
  if (a.kind == SymbolKind::Function) return a.module == b.module;
  return a.kind != SymbolKind::Rule && a.kind != SymbolKind::Assertion;
}

}  // namespace

std::vector<Symbol> all_symbols(const Analysis& a, const ast::File& file) { return Collector(a, file).run(); }

std::optional<Symbol> symbol_at(const Analysis& a, const ast::File& file, uint32_t line, uint32_t col) {
  std::optional<Symbol> best;
  auto width = [](const Span& s) { return (uint64_t(s.end_line - s.line) << 32) + (s.end_col - s.col); };
  for (Symbol& s : all_symbols(a, file)) {
    if (!contains(s.span, line, col)) continue;
    if (!best || width(s.span) < width(best->span)) best = std::move(s);
  }
  return best;
}

std::vector<Span> occurrences(const Analysis& a, const ast::File& file, const Symbol& target) {
  std::vector<Span> out;
  for (const Symbol& s : all_symbols(a, file)) {
    if (same(s, target)) out.push_back(s.span);
  }
  return out;
}

}  // namespace custos::lsp
