// Binding and type-checking expressions: names, attributes, columns, calls and operators.
#include <algorithm>

#include "ast/ast_dump.h"
#include "check/file_checker.h"
#include "check/target_attributes.h"
#include "ir/build.h"
#include "support/suggest.h"

namespace custos::check {


namespace {

ir::ExprPtr node(ir::node::Payload payload, Type type, Span span) { return ir::make_node(std::move(payload), std::move(type), span); }

Type literal_type(const ast::LiteralValue& v) {
  switch (v.index()) {
    case 0: return Type::of(TypeKind::Null);
    case 1: return Type::of(TypeKind::Bool);
    case 2: return Type::of(TypeKind::Int);
    case 3: return Type::of(TypeKind::Float);
    case 4: return Type::of(TypeKind::String);
    case 5: return Type::of(TypeKind::Date);
    default: return Type::of(TypeKind::Timestamp);
  }
}

}  // namespace

bool fits(stdlib::Pattern p, const Type& t) {
  using stdlib::Pattern;
  if (t.is_error() || t.kind == TypeKind::Null) return true;
  switch (p) {
    case Pattern::Any: return !t.is_collection() && t.kind != TypeKind::Opaque;
    case Pattern::Bool: return t.kind == TypeKind::Bool;
    case Pattern::Int: return t.kind == TypeKind::Int;
    case Pattern::Float: return t.kind == TypeKind::Float;
    case Pattern::Number: return t.is_numeric();
    case Pattern::String: return t.is_stringlike();
    case Pattern::Date: return t.kind == TypeKind::Date;
    case Pattern::Timestamp: return t.kind == TypeKind::Timestamp;
    case Pattern::Temporal: return t.kind == TypeKind::Date || t.kind == TypeKind::Timestamp;
  }
  return false;
}

namespace {

Type result_type(stdlib::Result r, const Type& first) {
  switch (r) {
    case stdlib::Result::SameAsFirst: return first;
    case stdlib::Result::Bool: return Type::of(TypeKind::Bool);
    case stdlib::Result::Int: return Type::of(TypeKind::Int);
    case stdlib::Result::Float: return Type::of(TypeKind::Float);
    case stdlib::Result::String: return Type::of(TypeKind::String);
    case stdlib::Result::Date: return Type::of(TypeKind::Date);
  }
  return Type::of(TypeKind::Error);
}

std::string quote_type(const Type& t) { return "`" + to_string(t) + "`"; }

}  // namespace

ir::ExprPtr FileChecker::error(const ast::Expr& e) { return node(ir::node::Const{}, Type::of(TypeKind::Error), e.span); }

ir::ExprPtr FileChecker::column(const ast::Expr& e, const std::string& name, const Scope& scope) {
  std::vector<std::string> missing;
  const Column* first = nullptr;
  for (const Product* p : scope.products) {
    const Column* c = p->find_column(name);
    if (!c) {
      missing.push_back(p->qualified());
      continue;
    }
    if (!first) {
      first = c;
    } else if (!comparable(first->type, c->type, false) || first->type.kind != c->type.kind) {
      diags_.report(DiagCode::E0420, e.span,
                    "column `" + name + "` has different types in the products this rule targets")
          .note("it is " + quote_type(first->type) + " in one and " + quote_type(c->type) + " in `" + p->qualified() + "`");
      return error(e);
    }
  }
  if (!first) return nullptr;
  if (!missing.empty()) {
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 5; ++i) list += (i ? ", `" : "`") + missing[i] + "`";
    if (missing.size() > 5) list += " and " + std::to_string(missing.size() - 5) + " more";
    diags_.report(DiagCode::E0420, e.span, "column `" + name + "` is not in every product this rule targets")
        .note("missing from " + list);
    return error(e);
  }
  if (!scope.columns) {
    diags_.report(DiagCode::E0411, e.span, "column `" + name + "` cannot be used in `" + scope.clause + "`")
        .with_help("conditions on rows belong in a `rows where` clause");
    return error(e);
  }
  auto b = node(ir::node::Column{name}, first->type, e.span);
  b->uses_rows = true;
  // Any product where the column may be null makes the reference nullable.
  for (const Product* p : scope.products) b->nullable |= p->find_column(name)->nullable();
  return b;
}

ir::ExprPtr FileChecker::bind_name(const ast::Expr& e, const ast::NameRef& n, const Scope& scope) {
  if (auto it = lets_.find(n.name); it != lets_.end()) {
    if (std::find(let_stack_.begin(), let_stack_.end(), n.name) != let_stack_.end()) {
      diags_.report(DiagCode::E0416, e.span, "`" + n.name + "` is defined in terms of itself")
          .label(it->second->name.span, "`" + n.name + "` is defined here");
      return error(e);
    }
    used_lets_.insert(n.name);
    let_stack_.push_back(n.name);
    ir::ExprPtr b = bind(*it->second->value, scope);
    let_stack_.pop_back();
    return b;
  }
  if (ir::ExprPtr c = column(e, n.name, scope)) return c;
  if (n.name == "principal" || n.name == "context") {
    diags_.report(DiagCode::E0404, e.span, "`" + n.name + "` needs an attribute")
        .with_help("write `" + n.name + ".<attribute>`, for example `principal.roles`");
    return error(e);
  }
  if (imports_.count(n.name)) {
    diags_.report(DiagCode::E0404, e.span, "`" + n.name + "` is a module, not a value")
        .with_help("call one of its functions, for example `" + n.name + ".<function>(...)`");
    return error(e);
  }
  std::vector<std::string> candidates = {"principal", "context"};
  for (const auto& [name, let] : lets_) candidates.push_back(name);
  for (const Product* p : scope.products) {
    for (const auto& c : p->columns) candidates.push_back(c.name);
  }
  auto& d = diags_.report(DiagCode::E0404, e.span, "unknown name `" + n.name + "`");
  std::string hint = did_you_mean(n.name, candidates);
  if (!hint.empty()) {
    d.with_help(hint);
  } else if (!scope.columns) {
    d.with_help("`" + std::string(scope.clause) + "` conditions see `principal`, `context` and `let` names");
  }
  return error(e);
}

ir::ExprPtr FileChecker::bind_member(const ast::Expr& e, const ast::Member& m, const Scope& scope) {
  const auto* base = m.base->as<ast::NameRef>();
  if (base && (base->name == "principal" || base->name == "context") && !lets_.count(base->name)) {
    bool is_principal = base->name == "principal";
    const auto& attrs = is_principal ? mesh_.config.principal : mesh_.config.context;
    const Attribute* a = is_principal ? mesh_.config.find_principal(m.member) : mesh_.config.find_context(m.member);
    if (!a) {
      std::vector<std::string> names;
      for (const auto& x : attrs) names.push_back(x.name);
      auto& d = diags_.report(DiagCode::E0403, m.member_span, "unknown attribute `" + base->name + "." + m.member + "`");
      std::string hint = did_you_mean(m.member, names);
      d.with_help(hint.empty() ? "declare it under `" + base->name + "` in custos.yaml" : hint);
      return error(e);
    }
    auto b = is_principal ? node(ir::node::Principal{a->name}, a->type, e.span) : node(ir::node::Context{a->name}, a->type, e.span);
    b->nullable = a->optional;
    return b;
  }
  if (base && (base->name == "product" || base->name == "column") && !lets_.count(base->name)) {
    return bind_target(e, m, base->name == "column", scope);
  }
  if (base && imports_.count(base->name)) {
    diags_.report(DiagCode::E0405, e.span, "function `" + base->name + "." + m.member + "` must be called")
        .with_help("add its arguments: `" + base->name + "." + m.member + "(...)`");
    return error(e);
  }
  diags_.report(DiagCode::E0404, e.span, "only `principal`, `context`, `product`, `column` and imported modules have members")
      .with_help("columns are written by their bare name, e.g. `country`");
  return error(e);
}

// `product.<attribute>` / `column.<attribute>`: the value for the target this binding decides, as
// a constant. Which were read (and their values) go to `scope.reads`, so that the rule is bound
// again for each other target.
ir::ExprPtr FileChecker::bind_target(const ast::Expr& e, const ast::Member& m, bool column_root, const Scope& scope) {
  const TargetRoot root = column_root ? TargetRoot::Column : TargetRoot::Product;
  const std::string whole = std::string(root_name(root)) + "." + m.member;
  if (column_root && !scope.column_rule) {
    diags_.report(DiagCode::E0423, e.span, "`" + whole + "` is only known where a rule decides columns")
        .note("a `permit` or `forbid` decides a whole product; `mask` and `deny columns` rules (and column assertions) decide one column at a time")
        .with_help("test the product with `product.<attribute>`, or move the condition to a `mask`/`deny columns` rule");
    return error(e);
  }
  std::optional<Type> type = target_attribute_type(mesh_, root, m.member);
  if (!type) {
    auto& d = diags_.report(DiagCode::E0403, m.member_span, "unknown attribute `" + whole + "`");
    std::string hint = did_you_mean(m.member, target_attribute_names(root));
    std::string all;
    for (const auto& n : target_attribute_names(root)) all += (all.empty() ? "" : ", ") + std::string("`") + n + "`";
    d.with_help(hint.empty() ? std::string("`") + root_name(root) + "` has " + all : hint);
    return error(e);
  }
  if (!scope.product || (column_root && !scope.column)) {
    // A target that matches nothing (reported as such): any value of the type will do.
    auto n = ir::make_const(Null{}, *type, e.span);
    n->nullable = true;
    return n;
  }
  ir::ExprPtr value = target_attribute_value(root, m.member, *type, *scope.product, scope.column, e.span);
  if (scope.reads) {
    (column_root ? scope.reads->column : scope.reads->product) = true;
    std::string shown = whole + " = " + shown_value(*value);
    auto& values = scope.reads->values;
    if (std::find(values.begin(), values.end(), shown) == values.end()) values.push_back(shown);
  }
  return value;
}

const stdlib::FunctionInfo* FileChecker::resolve_function(const ast::QualifiedName& name, bool want_mask) {
  if (name.parts.size() != 2) {
    diags_.report(DiagCode::E0405, name.span, "expected `<module alias>.<function>`, found `" + name.str() + "`")
        .with_help(want_mask ? "import the masks first: `import stdlib.masks as m;` then `with m.hash`" : "");
    return nullptr;
  }
  const std::string& alias = name.parts[0].text;
  auto it = imports_.find(alias);
  if (it == imports_.end()) {
    std::vector<std::string> aliases;
    for (const auto& [a, imp] : imports_) aliases.push_back(a);
    auto& d = diags_.report(DiagCode::E0405, name.parts[0].span, "`" + alias + "` is not an imported module");
    std::string hint = did_you_mean(alias, aliases);
    d.with_help(hint.empty() ? "add `import stdlib." + std::string(want_mask ? "masks" : "strings") + " as " + alias + ";`" : hint);
    return nullptr;
  }
  used_imports_.insert(alias);
  std::string module = it->second->path.parts.back().text;
  const std::string& fname = name.parts[1].text;
  const stdlib::FunctionInfo* fn = stdlib::find_function(module, fname);
  if (!fn) {
    auto& d = diags_.report(DiagCode::E0405, name.parts[1].span, "module `stdlib." + module + "` has no function `" + fname + "`");
    std::string hint = did_you_mean(fname, stdlib::function_names(module));
    if (!hint.empty()) d.with_help(hint);
    return nullptr;
  }
  if (want_mask && fn->kind != stdlib::FnKind::Mask) {
    diags_.report(DiagCode::E0412, name.span, "`" + name.str() + "` is not a mask function")
        .with_help("masks live in `stdlib.masks`, e.g. `m.hash`, `m.redact`, `m.show_last(4)`");
    return nullptr;
  }
  if (!want_mask && fn->kind == stdlib::FnKind::Mask) {
    diags_.report(DiagCode::E0412, name.span, "`" + name.str() + "` is a mask and cannot be called in a condition")
        .with_help("apply masks with `mask column ... with " + name.str() + "`");
    return nullptr;
  }
  return fn;
}

ir::ExprPtr FileChecker::bind_call(const ast::Expr& e, const ast::Call& c, const Scope& scope) {
  const auto* m = c.callee->as<ast::Member>();
  const auto* base = m ? m->base->as<ast::NameRef>() : nullptr;
  if (!base) {
    diags_.report(DiagCode::E0405, c.callee->span, "only stdlib functions can be called")
        .with_help("call functions through an import, e.g. `import stdlib.strings as s;` then `s.lower(x)`");
    return error(e);
  }
  ast::QualifiedName qn;
  qn.parts = {ast::Ident{base->name, m->base->span}, ast::Ident{m->member, m->member_span}};
  qn.span = c.callee->span;
  const stdlib::FunctionInfo* fn = resolve_function(qn, false);
  std::vector<ir::ExprPtr> args;
  for (const auto& a : c.args) args.push_back(bind(*a, scope));
  if (!fn) return error(e);
  if (args.size() != fn->params.size()) {
    diags_.report(DiagCode::E0409, e.span,
                  "`" + qn.str() + "` takes " + std::to_string(fn->params.size()) + " argument" +
                      (fn->params.size() == 1 ? "" : "s") + ", found " + std::to_string(args.size()))
        .with_help(std::string("for example: ") + std::string(fn->example));
    return error(e);
  }
  auto b = node(ir::node::Call{fn}, result_type(fn->result, args.empty() ? Type{} : args[0]->type), e.span);
  for (size_t i = 0; i < args.size(); ++i) {
    if (!fits(fn->params[i].pattern, args[i]->type)) {
      diags_.report(DiagCode::E0409, args[i]->span,
                    "argument `" + std::string(fn->params[i].name) + "` of `" + qn.str() + "` must be " +
                        std::string(stdlib::pattern_name(fn->params[i].pattern)) + ", found " + quote_type(args[i]->type));
      b->type = Type::of(TypeKind::Error);
    }
    b->nullable |= args[i]->nullable || args[i]->type.kind == TypeKind::Null;
    b->uses_rows |= args[i]->uses_rows;
    b->kids.push_back(std::move(args[i]));
  }
  return b;
}

void FileChecker::check_enum_literal(const ir::Expr& maybe_enum, const ir::Expr& maybe_literal) {
  const Type& t = maybe_enum.type;
  const std::vector<std::string>* values = nullptr;
  if ((t.kind == TypeKind::Enum || (t.is_collection() && t.elem == TypeKind::Enum)) && t.enum_values) values = t.enum_values.get();
  if (!values) return;
  auto check_one = [&](const ir::Expr& lit) {
    if (!lit.is<ir::node::Const>()) return;
    const auto* s = std::get_if<std::string>(&lit.value());
    if (!s || std::find(values->begin(), values->end(), *s) != values->end()) return;
    auto& d = diags_.report(DiagCode::E0407, lit.span, "`\"" + *s + "\"` is not one of the values of " + quote_type(t));
    std::string hint = did_you_mean(*s, *values);
    if (!hint.empty()) d.with_help(hint);
  };
  if (maybe_literal.is<ir::node::Collection>()) {
    for (const auto& k : maybe_literal.kids) check_one(*k);
  } else {
    check_one(maybe_literal);
  }
}

ir::ExprPtr FileChecker::bind_binary(const ast::Expr& e, const ast::Binary& bin, const Scope& scope) {
  ir::ExprPtr l = bind(*bin.lhs, scope);
  ir::ExprPtr r = bind(*bin.rhs, scope);
  bool compare = bin.op >= ast::BinaryOp::Eq;
  std::string op = ir::spelling(bin.op);
  ir::ExprPtr b;
  if (compare) {
    bool ordered = bin.op != ast::BinaryOp::Eq && bin.op != ast::BinaryOp::Ne;
    b = node(ir::node::Compare{bin.op}, Type::of(TypeKind::Bool), e.span);
    if ((l->type.kind == TypeKind::Null || r->type.kind == TypeKind::Null) && !ordered) {
      diags_.report(DiagCode::W0405, e.span, "comparing with `null` is never true")
          .with_help(std::string("write `is ") + (bin.op == ast::BinaryOp::Ne ? "not " : "") + "null` instead");
    } else if (!comparable(l->type, r->type, ordered)) {
      diags_.report(DiagCode::E0407, bin.op_span,
                    "cannot compare " + quote_type(l->type) + " with " + quote_type(r->type) + " using `" + op + "`")
          .label(l->span, "this is " + quote_type(l->type))
          .label(r->span, "this is " + quote_type(r->type));
      b->type = Type::of(TypeKind::Error);
    }
    check_enum_literal(*l, *r);
    check_enum_literal(*r, *l);
  } else {
    b = node(ir::node::Arith{bin.op}, Type::of(TypeKind::Int), e.span);
    bool ok = (l->type.is_numeric() || l->type.is_error() || l->type.kind == TypeKind::Null) &&
              (r->type.is_numeric() || r->type.is_error() || r->type.kind == TypeKind::Null);
    if (!ok) {
      const ir::Expr& bad = l->type.is_numeric() || l->type.is_error() ? *r : *l;
      diags_.report(DiagCode::E0407, bin.op_span, "`" + op + "` needs numbers, found " + quote_type(bad.type))
          .label(bad.span, "this is " + quote_type(bad.type));
      b->type = Type::of(TypeKind::Error);
    } else if (bin.op == ast::BinaryOp::Mod && (l->type.kind == TypeKind::Float || r->type.kind == TypeKind::Float)) {
      diags_.report(DiagCode::E0407, bin.op_span, "`%` needs integers");
      b->type = Type::of(TypeKind::Error);
    } else if (l->type.is_error() || r->type.is_error()) {
      b->type = Type::of(TypeKind::Error);
    } else if (bin.op == ast::BinaryOp::Div || l->type.kind == TypeKind::Float || r->type.kind == TypeKind::Float) {
      // `/` always divides exactly, so every backend agrees (no integer division).
      b->type = Type::of(TypeKind::Float);
    }
  }
  b->nullable = l->nullable || r->nullable || l->type.kind == TypeKind::Null || r->type.kind == TypeKind::Null ||
                bin.op == ast::BinaryOp::Div || bin.op == ast::BinaryOp::Mod;
  b->uses_rows = l->uses_rows || r->uses_rows;
  b->kids.push_back(std::move(l));
  b->kids.push_back(std::move(r));
  return b;
}

ir::ExprPtr FileChecker::bind_in(const ast::Expr& e, const ast::In& in, const Scope& scope) {
  ir::ExprPtr item = bind(*in.item, scope);
  ir::ExprPtr coll = bind(*in.collection, scope);
  auto b = node(ir::node::In{in.negated}, Type::of(TypeKind::Bool), e.span);
  if (!coll->type.is_error() && !coll->type.is_collection()) {
    diags_.report(DiagCode::E0407, coll->span, "`in` needs a list or a set on its right, found " + quote_type(coll->type))
        .with_help("write `x in [\"a\", \"b\"]`, or compare with `==`");
    b->type = Type::of(TypeKind::Error);
  } else if (coll->type.is_collection() && coll->type.elem != TypeKind::Error &&
             !comparable(item->type, coll->type.element(), false)) {
    diags_.report(DiagCode::E0407, e.span,
                  "cannot look for " + quote_type(item->type) + " in " + quote_type(coll->type))
        .label(item->span, "this is " + quote_type(item->type));
    b->type = Type::of(TypeKind::Error);
  }
  check_enum_literal(*coll, *item);
  check_enum_literal(*item, *coll);
  b->nullable = item->nullable || coll->nullable || item->type.kind == TypeKind::Null;
  b->uses_rows = item->uses_rows || coll->uses_rows;
  b->kids.push_back(std::move(item));
  b->kids.push_back(std::move(coll));
  return b;
}

ir::ExprPtr FileChecker::bind(const ast::Expr& e, const Scope& scope) {
  struct Visitor {
    FileChecker& c;
    const ast::Expr& e;
    const Scope& scope;

    ir::ExprPtr operator()(const ast::Literal& l) {
      auto b = node(ir::node::Const{l.value}, literal_type(l.value), e.span);
      b->nullable = l.value.index() == 0;
      return b;
    }
    ir::ExprPtr operator()(const ast::NameRef& n) { return c.bind_name(e, n, scope); }
    ir::ExprPtr operator()(const ast::Member& m) { return c.bind_member(e, m, scope); }
    ir::ExprPtr operator()(const ast::Call& call) { return c.bind_call(e, call, scope); }
    ir::ExprPtr operator()(const ast::Unary& u) {
      ir::ExprPtr x = c.bind(*u.operand, scope);
      bool is_not = u.op == ast::UnaryOp::Not;
      auto b = is_not ? node(ir::node::Not{}, Type::of(TypeKind::Bool), e.span) : node(ir::node::Negate{}, x->type, e.span);
      bool ok = x->type.is_error() || x->type.kind == TypeKind::Null ||
                (is_not ? x->type.kind == TypeKind::Bool : x->type.is_numeric());
      if (!ok) {
        c.diags_.report(DiagCode::E0407, x->span,
                        std::string(is_not ? "`not` needs a bool" : "`-` needs a number") + ", found " + quote_type(x->type));
        b->type = Type::of(TypeKind::Error);
      }
      b->nullable = x->nullable;
      b->uses_rows = x->uses_rows;
      b->kids.push_back(std::move(x));
      return b;
    }
    ir::ExprPtr operator()(const ast::Binary& bin) { return c.bind_binary(e, bin, scope); }
    ir::ExprPtr operator()(const ast::Logical& l) {
      auto b = l.op == ast::LogicalOp::And ? node(ir::node::And{}, Type::of(TypeKind::Bool), e.span) : node(ir::node::Or{}, Type::of(TypeKind::Bool), e.span);
      for (const auto& o : l.operands) {
        ir::ExprPtr x = c.bind(*o, scope);
        if (!x->type.is_error() && x->type.kind != TypeKind::Bool && x->type.kind != TypeKind::Null) {
          c.diags_.report(DiagCode::E0408, x->span,
                          std::string("`") + ast::to_string(l.op) + "` needs conditions, found " + quote_type(x->type));
          b->type = Type::of(TypeKind::Error);
        }
        b->nullable |= x->nullable;
        b->uses_rows |= x->uses_rows;
        b->kids.push_back(std::move(x));
      }
      return b;
    }
    ir::ExprPtr operator()(const ast::In& in) { return c.bind_in(e, in, scope); }
    ir::ExprPtr operator()(const ast::IsNull& n) {
      ir::ExprPtr x = c.bind(*n.operand, scope);
      auto b = node(ir::node::IsNull{n.negated}, Type::of(TypeKind::Bool), e.span);
      b->uses_rows = x->uses_rows;
      b->kids.push_back(std::move(x));
      return b;
    }
    ir::ExprPtr operator()(const ast::Collection& col) {
      auto b = node(ir::node::Collection{col.is_set}, Type::collection(col.is_set ? TypeKind::Set : TypeKind::List, TypeKind::Error), e.span);
      Type elem = Type::of(TypeKind::Error);
      for (const auto& item : col.items) {
        ir::ExprPtr x = c.bind(*item, scope);
        if (x->type.is_collection()) {
          c.diags_.report(DiagCode::E0407, x->span, "lists and sets cannot contain lists or sets");
        } else if (x->type.kind == TypeKind::Null) {
          c.diags_.report(DiagCode::E0407, x->span, "lists and sets cannot contain `null`");
        } else if (!x->type.is_error()) {
          if (elem.is_error()) {
            elem = x->type;
          } else if (elem.is_numeric() && x->type.is_numeric()) {
            if (x->type.kind == TypeKind::Float) elem = x->type;
          } else if (!comparable(elem, x->type, false)) {
            c.diags_.report(DiagCode::E0407, x->span,
                            "this " + quote_type(x->type) + " does not fit with the " + quote_type(elem) + " before it")
                .with_help("all items of a list or set have one type");
          }
        }
        b->uses_rows |= x->uses_rows;
        b->nullable |= x->nullable;
        b->kids.push_back(std::move(x));
      }
      b->type.elem = elem.kind == TypeKind::Enum ? TypeKind::String : elem.kind;
      return b;
    }
    ir::ExprPtr operator()(const ast::ErrorExpr&) { return c.error(e); }
  };
  return std::visit(Visitor{*this, e, scope}, e.node);
}

ir::ExprPtr FileChecker::bind_condition(const ast::Expr& e, const Scope& scope) {
  ir::ExprPtr b = bind(e, scope);
  if (!b->type.is_error() && b->type.kind != TypeKind::Bool) {
    diags_.report(DiagCode::E0408, e.span, "a `" + std::string(scope.clause) + "` condition must be a bool, found " + quote_type(b->type))
        .with_help("compare it with something, e.g. `principal.clearance >= 2`");
    b->type = Type::of(TypeKind::Error);
  }
  return b;
}

}  // namespace custos::check
