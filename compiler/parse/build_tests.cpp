// Policy tests: concrete tree to AST.
#include "parse/ast_builder.h"
#include "parse/literals.h"
#include "support/suggest.h"

namespace custos::parse {

using namespace custos::ast;

Record AstBuilder::record(P::RecordContext* ctx) {
  Record r;
  r.span = span(ctx);
  for (auto* f : ctx->field()) {
    if (!f->name() || !f->expr()) continue;
    Ident name = ident(f->name());
    bool dup = false;
    for (const Field& prev : r.fields) {
      if (prev.name.text == name.text) {
        error(DiagCode::E0208, name.span, "field `" + name.text + "` is given twice").label(prev.name.span, "first given here");
        dup = true;
      }
    }
    if (!dup) r.fields.push_back(Field{name, expr(f->expr())});
  }
  return r;
}

std::optional<Test> AstBuilder::test(P::TestDeclContext* ctx) {
  if (!ctx->STRING()) return std::nullopt;
  Test t;
  t.span = span(ctx);
  t.name_span = span(ctx->STRING());
  t.annotations = annotations(ctx->annotation());
  auto name = string_token(ctx->STRING()->getSymbol());
  if (!name) return std::nullopt;
  t.name = *name;
  Span request_span;
  auto duplicate = [&](Span at, const std::string& what, Span first) {
    error(DiagCode::E0208, at, "this test sets " + what + " twice").label(first, "first set here");
  };
  for (auto* stmt : ctx->testStmt()) {
    Span s = span(stmt);
    if (auto* a = as<P::TestAttributesContext>(stmt)) {
      if (!a->name() || !a->record()) continue;
      Ident which = ident(a->name());
      if (which.text != "principal" && which.text != "context") {
        std::string hint = did_you_mean(which.text, {"principal", "context"});
        error(DiagCode::E0206, which.span, "a test gives attributes for `principal` or `context`, not `" + which.text + "`")
            .with_help(hint.empty() ? "write `principal { ... };` or `context { ... };`" : hint);
        continue;
      }
      auto& slot = which.text == "principal" ? t.principal : t.context;
      if (slot) {
        duplicate(s, "`" + which.text + "`", slot->span);
        continue;
      }
      slot = record(a->record());
    } else if (auto* r = as<P::TestRowsContext>(stmt)) {
      if (t.rows || t.rows_file) {
        duplicate(s, "its rows", t.rows_span);
        continue;
      }
      t.rows.emplace();
      t.rows_span = s;
      if (r->rowList()) {
        for (auto* rec : r->rowList()->record()) t.rows->push_back(record(rec));
      }
    } else if (auto* rf = as<P::TestRowsFromContext>(stmt)) {
      if (t.rows || t.rows_file) {
        duplicate(s, "its rows", t.rows_span);
        continue;
      }
      if (!rf->STRING()) continue;
      auto path = string_token(rf->STRING()->getSymbol());
      if (!path) continue;
      t.rows_file = *path;
      t.rows_span = s;
    } else if (auto* req = as<P::TestRequestContext>(stmt)) {
      if (!req->name() || !req->qualifiedName()) continue;
      if (t.action) {
        duplicate(s, "its request", request_span);
        continue;
      }
      Ident action = ident(req->name());
      if (action.text != "select") {
        std::string hint = did_you_mean(action.text, {"select"});
        error(DiagCode::E0206, action.span, "unknown test statement `" + action.text + "`")
            .with_help(hint.empty() ? "a test says `principal {...};`, `context {...};`, `select <product>;`, `rows [...];` or `expect ...;`"
                                    : hint);
        continue;
      }
      t.action = action;
      t.product = qualified(req->qualifiedName());
      request_span = s;
    } else if (auto* ex = as<P::TestExpectContext>(stmt)) {
      auto* e = ex->expectation();
      if (!e) continue;
      Expectation x;
      x.span = s;
      if (as<P::ExpectAllowContext>(e)) {
        x.kind = ExpectKind::Allow;
      } else if (as<P::ExpectDenyContext>(e)) {
        x.kind = ExpectKind::Deny;
      } else if (auto* c = as<P::ExpectClearContext>(e)) {
        if (!c->name()) continue;
        x.kind = ExpectKind::ColumnClear;
        x.column = ident(c->name());
      } else if (auto* m = as<P::ExpectMaskedContext>(e)) {
        if (!m->name()) continue;
        x.kind = ExpectKind::ColumnMasked;
        x.column = ident(m->name());
        if (m->qualifiedName()) x.mask = qualified(m->qualifiedName());
      } else if (auto* d = as<P::ExpectDeniedContext>(e)) {
        if (!d->name()) continue;
        x.kind = ExpectKind::ColumnDenied;
        x.column = ident(d->name());
      } else if (auto* rows = as<P::ExpectRowsContext>(e)) {
        x.kind = ExpectKind::VisibleRows;
        bool ok = true;
        for (auto* n : rows->INT()) {
          auto v = decode_int(n->getText());
          if (!v || *v < 1) {
            error(DiagCode::E0206, span(n), "row numbers start at 1 and count the rows given to the test");
            ok = false;
            break;
          }
          x.rows.push_back(*v);
        }
        if (!ok) continue;
      } else if (auto* row = as<P::ExpectRowContext>(e)) {
        if (!row->INT() || !row->record()) continue;
        auto v = decode_int(row->INT()->getText());
        if (!v || *v < 1) {
          error(DiagCode::E0206, span(row->INT()), "row numbers start at 1 and count the rows given to the test");
          continue;
        }
        x.kind = ExpectKind::RowValues;
        x.row = *v;
        x.values = record(row->record());
      } else {
        continue;
      }
      t.expectations.push_back(std::move(x));
    }
  }
  if (!t.action) {
    error(DiagCode::E0207, t.name_span, "test `" + t.name + "` does not say which product it reads")
        .with_help("add a request such as `select crm.customers;`");
  } else if (t.expectations.empty()) {
    error(DiagCode::E0207, t.name_span, "test `" + t.name + "` expects nothing")
        .with_help("add expectations such as `expect allow;` or `expect column email masked;`");
  }
  return t;
}

}  // namespace custos::parse
