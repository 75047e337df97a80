// File-level checks: the domain header, imports, lets, unused names and policy tests.
#include <algorithm>
#include <filesystem>

#include "check/file_checker.h"
#include "support/suggest.h"

namespace custos::check {

FileChecker::FileChecker(const Mesh& mesh, const ast::File& file, Diagnostics& diags)
    : mesh_(mesh), file_(file), diags_(diags) {
  if (file.header) {
    domain_ = file.header->domain;
    global_ = file.header->is_global;
  }
}

void FileChecker::check_header() {
  if (!file_.header || global_ || mesh_.has_domain(domain_)) return;
  auto& d = diags_.report(DiagCode::E0417, file_.header->name_span, "no data contract belongs to domain `" + domain_ + "`");
  std::string hint = did_you_mean(domain_, mesh_.domains());
  d.with_help(hint.empty() ? "a domain's name comes from the `domain` field of its contracts" : hint);
}

void FileChecker::check_imports() {
  std::map<std::string, const ast::Import*> seen;
  for (const auto& imp : file_.imports) {
    std::string path = imp.path.str();
    bool known = imp.path.parts.size() == 2 && imp.path.parts[0].text == "stdlib";
    if (known) {
      auto mods = stdlib::module_names();
      known = std::find(mods.begin(), mods.end(), imp.path.parts[1].text) != mods.end();
    }
    if (!known) {
      std::vector<std::string> all;
      for (const auto& m : stdlib::module_names()) all.push_back("stdlib." + m);
      auto& d = diags_.report(DiagCode::E0405, imp.path.span, "unknown module `" + path + "`");
      std::string hint = did_you_mean(path, all);
      d.with_help(hint.empty() ? "the modules are `stdlib.masks`, `stdlib.strings` and `stdlib.time`" : hint);
      continue;
    }
    if (auto it = seen.find(imp.alias); it != seen.end()) {
      diags_.report(DiagCode::E0418, imp.alias_span, "`" + imp.alias + "` is imported twice")
          .label(it->second->alias_span, "first imported here");
      continue;
    }
    seen[imp.alias] = &imp;
    imports_[imp.alias] = &imp;
  }
}

void FileChecker::check_lets() {
  for (const auto& let : file_.lets) {
    if (auto it = lets_.find(let.name.text); it != lets_.end()) {
      diags_.report(DiagCode::E0418, let.name.span, "`" + let.name.text + "` is defined twice")
          .label(it->second->name.span, "first defined here");
      continue;
    }
    if (imports_.count(let.name.text) || let.name.text == "principal" || let.name.text == "context" ||
        let.name.text == "product" || let.name.text == "column") {
      diags_.report(DiagCode::E0418, let.name.span, "`" + let.name.text + "` is already the name of " +
                                                       (imports_.count(let.name.text) ? "an imported module" : "an attribute root"));
      continue;
    }
    lets_[let.name.text] = &let;
  }
}

void FileChecker::report_unused() {
  for (const auto& let : file_.lets) {
    if (lets_.count(let.name.text) && lets_[let.name.text] == &let && !used_lets_.count(let.name.text)) {
      diags_.report(DiagCode::W0403, let.name.span, "`" + let.name.text + "` is never used")
          .with_help("remove it, or use it in a rule");
      // A `let` is checked where it is used; one used nowhere is still checked once, so that its
      // mistakes (an unknown attribute, a wrong type) are reported rather than kept for later.
      // Columns of every product are visible: the rule that will use it is not known.
      if (let.value) {
        Scope scope;
        for (const auto& p : mesh_.products) scope.products.push_back(&p);
        scope.columns = true;
        scope.column_rule = true;
        scope.clause = "let";
        used_lets_.insert(let.name.text);
        let_stack_.push_back(let.name.text);
        const size_t before = diags_.size();
        bind(*let.value, scope);
        // Which products the rule will target is unknown: a column of some of them is fine.
        diags_.erase_after(before, DiagCode::E0420);
        let_stack_.pop_back();
      }
    }
  }
  for (const auto& [alias, imp] : imports_) {
    if (!used_imports_.count(alias)) {
      diags_.report(DiagCode::W0404, imp->span, "import `" + imp->path.str() + "` is never used").with_help("remove it");
    }
  }
}

void FileChecker::check_test(const ast::Test& t) {
  if (!t.product) return;
  const Product* p = t.product->parts.size() == 2 ? mesh_.find_product(t.product->str()) : nullptr;
  if (!p) {
    auto& d = diags_.report(DiagCode::E0401, t.product->span, "unknown product `" + t.product->str() + "`");
    std::string hint = did_you_mean(t.product->str(), mesh_.product_names());
    if (!hint.empty()) d.with_help(hint);
  }
  Scope none;
  none.clause = "test value";
  auto check_record = [&](const ast::Record& rec, const char* root, const std::vector<Attribute>& attrs) {
    for (const auto& f : rec.fields) {
      const Attribute* a = nullptr;
      for (const auto& x : attrs) {
        if (x.name == f.name.text) a = &x;
      }
      if (!a) {
        std::vector<std::string> names;
        for (const auto& x : attrs) names.push_back(x.name);
        auto& d = diags_.report(DiagCode::E0403, f.name.span, std::string("unknown attribute `") + root + "." + f.name.text + "`");
        std::string hint = did_you_mean(f.name.text, names);
        if (!hint.empty()) d.with_help(hint);
        continue;
      }
      ir::ExprPtr v = bind(*f.value, none);
      if (!v->type.is_error() && v->type.kind != TypeKind::Null && !comparable(a->type, v->type, false)) {
        diags_.report(DiagCode::E0419, f.value->span,
                      std::string("`") + root + "." + a->name + "` is `" + to_string(a->type) + "`, but this value is `" +
                          to_string(v->type) + "`");
      } else if (v->type.kind == TypeKind::Null && !a->optional) {
        diags_.report(DiagCode::E0419, f.value->span, std::string("`") + root + "." + a->name + "` is not optional and cannot be null");
      } else if (v->kind() == ir::ExprKind::Const || v->kind() == ir::ExprKind::Collection) {
        // Enum attributes accept only their declared values.
        const auto* values = a->type.enum_values.get();
        auto check_value = [&](const ir::Expr& x) {
          const auto* s = x.is<ir::node::Const>() ? std::get_if<std::string>(&x.value()) : nullptr;
          if (values && s && std::find(values->begin(), values->end(), *s) == values->end()) {
            diags_.report(DiagCode::E0419, x.span, "`\"" + *s + "\"` is not one of the values of `" + to_string(a->type) + "`");
          }
        };
        if (v->kind() == ir::ExprKind::Const) check_value(*v);
        for (const auto& k : v->kids) check_value(*k);
      }
    }
  };
  if (t.principal) check_record(*t.principal, "principal", mesh_.config.principal);
  if (t.context) check_record(*t.context, "context", mesh_.config.context);
  if (!p) return;
  auto check_column = [&](const ast::Ident& col) {
    if (p->find_column(col.text)) return true;
    std::vector<std::string> names;
    for (const auto& c : p->columns) names.push_back(c.name);
    auto& d = diags_.report(DiagCode::E0402, col.span, "product `" + p->qualified() + "` has no column `" + col.text + "`");
    std::string hint = did_you_mean(col.text, names);
    if (!hint.empty()) d.with_help(hint);
    return false;
  };
  auto check_row = [&](const ast::Record& rec) {
    for (const auto& f : rec.fields) {
      if (!check_column(f.name)) continue;
      const Column* c = p->find_column(f.name.text);
      ir::ExprPtr v = bind(*f.value, none);
      if (!v->type.is_error() && v->type.kind != TypeKind::Null && !comparable(c->type, v->type, false)) {
        diags_.report(DiagCode::E0419, f.value->span,
                      "column `" + c->name + "` is `" + to_string(c->type) + "`, but this value is `" + to_string(v->type) + "`");
      }
    }
  };
  if (t.rows) {
    for (const auto& row : *t.rows) check_row(row);
  }
  for (const auto& x : t.expectations) {
    switch (x.kind) {
      case ast::ExpectKind::ColumnClear:
      case ast::ExpectKind::ColumnDenied: check_column(x.column); break;
      case ast::ExpectKind::ColumnMasked:
        check_column(x.column);
        if (x.mask && x.mask->parts.size() == 2) {
          // `expect column c masked with m.round_to;` names the function without arguments.
          auto it = imports_.find(x.mask->parts[0].text);
          if (it == imports_.end() || !stdlib::find_function(it->second->path.parts.back().text, x.mask->parts[1].text)) {
            resolve_function(*x.mask, true);
          } else {
            used_imports_.insert(x.mask->parts[0].text);
          }
        } else if (x.mask) {
          resolve_function(*x.mask, true);
        }
        break;
      case ast::ExpectKind::RowValues: check_row(x.values); break;
      default: break;
    }
  }
}

}  // namespace custos::check
