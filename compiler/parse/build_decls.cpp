// Files, headers, imports, lets, annotations and rules: concrete tree to AST.
#include <algorithm>

#include "parse/ast_builder.h"
#include "support/suggest.h"

namespace custos::parse {

using namespace custos::ast;

namespace {
// Actions a rule may name. Only reads are governed today.
const std::vector<std::string> kActions = {"select"};
}  // namespace

Ident AstBuilder::ident(P::NameContext* ctx) {
  Ident id{ctx->getText(), span(ctx)};
  if (ctx->QUOTED_IDENT()) id.text = id.text.substr(1, id.text.size() - 2);
  return id;
}

QualifiedName AstBuilder::qualified(P::QualifiedNameContext* ctx) {
  QualifiedName q;
  if (!ctx) return q;
  for (auto* n : ctx->name()) q.parts.push_back(ident(n));
  q.span = span(ctx);
  return q;
}

QualifiedName AstBuilder::tag_path(P::TagPathContext* ctx) {
  QualifiedName q;
  if (!ctx) return q;
  for (auto* n : ctx->name()) q.parts.push_back(ident(n));
  q.span = span(ctx);
  return q;
}

std::vector<Annotation> AstBuilder::annotations(const std::vector<P::AnnotationContext*>& list) {
  std::vector<Annotation> out;
  for (auto* a : list) {
    if (!a->name()) continue;
    Annotation ann{ident(a->name()).text, std::nullopt, span(a)};
    if (auto* lit = a->literal()) {
      if (auto* s = as<P::StringLiteralContext>(lit)) {
        ann.value = string_token(s->STRING()->getSymbol());
        if (!ann.value) continue;
      } else {
        error(DiagCode::E0204, span(lit), "annotation values are strings")
            .with_help("write `@" + ann.name + "(\"" + lit->getText() + "\")`");
        continue;
      }
    }
    if (auto* prev = find_annotation(out, ann.name)) {
      error(DiagCode::E0205, ann.span, "annotation `@" + ann.name + "` appears twice").label(prev->span, "first given here");
      continue;
    }
    bool needs_value = ann.name == "id" || ann.name == "reason" || ann.name == "owner" || ann.name == "expires";
    if (needs_value && (!ann.value || ann.value->empty())) {
      error(DiagCode::E0204, ann.span, "`@" + ann.name + "` needs a non-empty string value")
          .with_help("for example `@" + ann.name + "(\"" +
                     (ann.name == "id" ? "crm-analysts" : ann.name == "expires" ? "2027-03-31" : "...") + "\")`");
      continue;
    }
    if (ann.name == "id") {
      const std::string& v = *ann.value;
      bool ok = std::all_of(v.begin(), v.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':' || c == '/';
      });
      if (!ok) {
        error(DiagCode::E0204, ann.span, "rule id `" + v + "` may only contain letters, digits, `-`, `_`, `.`, `:` and `/`");
        continue;
      }
    }
    out.push_back(std::move(ann));
  }
  return out;
}

std::optional<ProductTarget> AstBuilder::product_target(P::ProductTargetContext* ctx) {
  if (auto* c = as<P::ProductsTaggedContext>(ctx)) {
    if (!c->tagPath()) return std::nullopt;
    return ProductTarget{true, tag_path(c->tagPath()), span(ctx)};
  }
  if (auto* c = as<P::ProductNamedContext>(ctx)) {
    if (!c->qualifiedName()) return std::nullopt;
    return ProductTarget{false, qualified(c->qualifiedName()), span(ctx)};
  }
  return std::nullopt;
}

std::vector<Clause> AstBuilder::clauses(const std::vector<P::ClauseContext*>& list) {
  std::vector<Clause> out;
  for (auto* c : list) {
    Clause cl;
    cl.span = span(c);
    P::ExprContext* e = nullptr;
    if (auto* w = as<P::WhenClauseContext>(c)) {
      cl.kind = ClauseKind::When;
      e = w->expr();
    } else if (auto* u = as<P::UnlessClauseContext>(c)) {
      cl.kind = ClauseKind::Unless;
      e = u->expr();
    } else if (auto* rw = as<P::RowsClauseContext>(c)) {
      cl.kind = ClauseKind::RowsWhere;
      e = rw->expr();
    }
    if (!e) continue;
    cl.condition = expr(e);
    out.push_back(std::move(cl));
  }
  return out;
}

std::optional<ColumnTarget> AstBuilder::column_target(P::ColumnTargetContext* c) {
  if (auto* t = as<P::ColumnsTaggedContext>(c)) {
    if (!t->tagPath()) return std::nullopt;
    ColumnTarget ct{true, tag_path(t->tagPath()), std::nullopt, span(c)};
    if (t->productTarget()) {
      ct.scope = product_target(t->productTarget());
      if (!ct.scope) return std::nullopt;
    }
    return ct;
  }
  if (auto* n = as<P::ColumnNamedContext>(c)) {
    if (!n->qualifiedName()) return std::nullopt;
    return ColumnTarget{false, qualified(n->qualifiedName()), std::nullopt, span(c)};
  }
  return std::nullopt;
}

// `assert <target> <outcome> [when ...] [unless ...];`
std::optional<Assertion> AstBuilder::assertion(P::AssertDeclContext* ctx) {
  Assertion a;
  a.span = span(ctx);
  a.annotations = annotations(ctx->annotation());
  if (ctx->K_ASSERT()) a.keyword_span = span(ctx->K_ASSERT());
  auto* body = ctx->assertBody();
  if (auto* c = as<P::AssertColumnContext>(body)) {
    auto target = c->columnTarget() ? column_target(c->columnTarget()) : std::nullopt;
    if (!target || !c->outcome) return std::nullopt;
    a.column = std::move(*target);
    const size_t t = c->outcome->getType();
    a.kind = t == P::K_DENIED ? AssertKind::ColumnDenied : t == P::K_MASKED ? AssertKind::ColumnMasked : AssertKind::ColumnClear;
    a.outcome_span = span(c->outcome);
    a.clauses = clauses(c->clause());
    return a;
  }
  if (auto* c = as<P::AssertAccessContext>(body)) {
    auto target = c->productTarget() ? product_target(c->productTarget()) : std::nullopt;
    if (!target || !c->outcome) return std::nullopt;
    a.product = std::move(*target);
    a.kind = c->outcome->getType() == P::K_DENIED ? AssertKind::Denied : AssertKind::Readable;
    a.outcome_span = span(c->outcome);
    a.clauses = clauses(c->clause());
    return a;
  }
  if (auto* c = as<P::AssertRowsContext>(body)) {
    auto target = c->productTarget() ? product_target(c->productTarget()) : std::nullopt;
    if (!target || !c->expr() || !c->K_ROWS()) return std::nullopt;
    a.product = std::move(*target);
    a.kind = AssertKind::RowsWhere;
    a.outcome_span = Span::cover(span(c->K_ROWS()), span(c->K_WHERE()));
    a.rows = expr(c->expr());
    a.clauses = clauses(c->clause());
    return a;
  }
  return std::nullopt;
}

std::optional<Rule> AstBuilder::rule(P::RuleDeclContext* ctx) {
  Rule r;
  r.span = span(ctx);
  r.annotations = annotations(ctx->annotation());
  auto clauses = [&](const std::vector<P::ClauseContext*>& list) { r.clauses = this->clauses(list); };
  auto* body = ctx->ruleBody();
  if (auto* a = as<P::AccessRuleContext>(body)) {
    if (!a->effect || !a->actionList() || !a->productTarget()) return std::nullopt;
    r.kind = a->effect->getType() == P::K_PERMIT ? RuleKind::Permit : RuleKind::Forbid;
    r.keyword_span = span(a->effect);
    for (auto* n : a->actionList()->name()) {
      Ident act = ident(n);
      if (std::find(kActions.begin(), kActions.end(), act.text) == kActions.end()) {
        std::string hint = did_you_mean(act.text, kActions);
        error(DiagCode::E0203, act.span, "unknown action `" + act.text + "`")
            .with_help(hint.empty() ? "the actions Custos governs are: `select`" : hint);
      }
      r.actions.push_back(std::move(act));
    }
    auto target = product_target(a->productTarget());
    if (!target) return std::nullopt;
    r.product = std::move(*target);
    clauses(a->clause());
    return r;
  }
  if (auto* m = as<P::MaskRuleContext>(body)) {
    r.kind = RuleKind::Mask;
    r.keyword_span = span(m->K_MASK());
    auto target = m->columnTarget() ? column_target(m->columnTarget()) : std::nullopt;
    if (!target || !m->maskCall() || !m->maskCall()->qualifiedName()) return std::nullopt;
    r.column = std::move(*target);
    MaskCall call;
    call.function = qualified(m->maskCall()->qualifiedName());
    call.span = span(m->maskCall());
    for (auto* e : m->maskCall()->expr()) call.args.push_back(expr(e));
    r.mask = std::move(call);
    clauses(m->clause());
    return r;
  }
  if (auto* d = as<P::DenyRuleContext>(body)) {
    r.kind = RuleKind::Deny;
    r.keyword_span = span(d->K_DENY());
    auto target = d->columnTarget() ? column_target(d->columnTarget()) : std::nullopt;
    if (!target) return std::nullopt;
    r.column = std::move(*target);
    clauses(d->clause());
    return r;
  }
  return std::nullopt;
}

ast::File AstBuilder::build_file(P::FileContext* ctx) {
  ast::File f;
  f.file = file_;
  if (auto* h = ctx->header(); h && h->name()) {
    Header header;
    Ident name = ident(h->name());
    header.domain = name.text;
    header.is_global = name.text == "global";
    header.span = span(h);
    header.name_span = name.span;
    header.annotations = annotations(h->annotation());
    f.header = std::move(header);
  }
  for (auto* item : ctx->item()) {
    if (auto* s = item->strayHeader()) {
      if (!f.header) continue;
      error(DiagCode::E0202, span(s), "the domain of this file is already declared")
          .label(f.header->span, "declared here")
          .with_help("a file belongs to exactly one domain; move these rules to a file of their own");
    } else if (auto* i = item->importDecl()) {
      if (!i->qualifiedName()) continue;
      Import imp;
      imp.path = qualified(i->qualifiedName());
      imp.span = span(i);
      if (i->name()) {
        Ident alias = ident(i->name());
        imp.alias = alias.text;
        imp.alias_span = alias.span;
        imp.explicit_alias = true;
      } else if (!imp.path.parts.empty()) {
        imp.alias = imp.path.parts.back().text;
        imp.alias_span = imp.path.parts.back().span;
      }
      f.imports.push_back(std::move(imp));
    } else if (auto* l = item->letDecl()) {
      if (!l->name() || !l->expr()) continue;
      f.lets.push_back(Let{ident(l->name()), expr(l->expr()), annotations(l->annotation()), span(l)});
    } else if (auto* r = item->ruleDecl()) {
      if (auto built = rule(r)) f.rules.push_back(std::move(*built));
    } else if (auto* a = item->assertDecl()) {
      if (auto built = assertion(a)) f.assertions.push_back(std::move(*built));
    } else if (auto* t = item->testDecl()) {
      if (auto built = test(t)) f.tests.push_back(std::move(*built));
    }
  }
  return f;
}

}  // namespace custos::parse
