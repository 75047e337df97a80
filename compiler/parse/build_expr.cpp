// Expressions and literals: concrete tree to AST.
#include <algorithm>
#include <limits>

#include "parse/literals.h"
#include "parse/ast_builder.h"
#include "parse/token_span.h"
#include "calendar.h"

namespace custos::parse {

using namespace custos::ast;

Span AstBuilder::span(antlr4::ParserRuleContext* ctx) const { return context_span(file_, ctx); }
Span AstBuilder::span(antlr4::Token* tok) const { return token_span(file_, tok); }

ExprPtr AstBuilder::too_deep(antlr4::ParserRuleContext* ctx) {
  if (!reported_depth_) {
    reported_depth_ = true;
    error(DiagCode::E0106, span(ctx),
          "expression is nested more than " + std::to_string(limits_.max_nesting) + " levels deep")
        .with_help("split it into named `let` definitions");
  }
  return make_expr(span(ctx), ErrorExpr{});
}

std::optional<std::string> AstBuilder::string_token(antlr4::Token* tok) {
  StringDecode d = decode_string(tok->getText());
  if (d.ok) return std::move(d.value);
  Span s = span(tok);
  std::string text = tok->getText();
  s.col += count_code_points(std::string_view(text).substr(0, d.error_offset));
  s.end_line = s.line;
  s.end_col = s.col + count_code_points(std::string_view(text).substr(d.error_offset, d.error_length));
  error(DiagCode::E0104, s, d.error).with_help("valid escapes are `\\\"`, `\\\\`, `\\n`, `\\t`, `\\r`, `\\0` and `\\u{...}`");
  return std::nullopt;
}

ExprPtr AstBuilder::literal(P::LiteralContext* ctx) {
  Span s = span(ctx);
  if (auto* c = as<P::IntLiteralContext>(ctx)) {
    auto v = decode_int(c->INT()->getText());
    if (!v) {
      error(DiagCode::E0107, s, "integer literal `" + c->INT()->getText() + "` does not fit in 64 bits")
          .with_help("integers range from -9223372036854775808 to 9223372036854775807; for larger magnitudes use a float (`9.3e18`)");
      return make_expr(s, ErrorExpr{});
    }
    return make_expr(s, Literal{*v});
  }
  if (auto* c = as<P::FloatLiteralContext>(ctx)) return make_expr(s, Literal{decode_float(c->FLOAT()->getText())});
  if (auto* c = as<P::StringLiteralContext>(ctx)) {
    auto v = string_token(c->STRING()->getSymbol());
    return v ? make_expr(s, Literal{std::move(*v)}) : make_expr(s, ErrorExpr{});
  }
  if (auto* c = as<P::BoolLiteralContext>(ctx)) return make_expr(s, Literal{c->K_TRUE() != nullptr});
  if (as<P::NullLiteralContext>(ctx)) return make_expr(s, Literal{Null{}});
  auto calendar = [&](antlr4::tree::TerminalNode* str, bool is_date) -> ExprPtr {
    if (!str) return make_expr(s, ErrorExpr{});
    auto text = string_token(str->getSymbol());
    if (!text) return make_expr(s, ErrorExpr{});
    std::string why;
    if (is_date) {
      if (auto d = cal::parse_date(*text, &why)) return make_expr(s, Literal{Date{*d}});
    } else if (auto t = cal::parse_timestamp(*text, &why)) {
      return make_expr(s, Literal{Timestamp{*t}});
    }
    error(DiagCode::E0108, span(str), std::string("invalid ") + (is_date ? "date" : "timestamp") + " `" + *text + "`: " + why)
        .with_help(is_date ? "write dates as `date \"2024-02-29\"`" : "write timestamps as `timestamp \"2024-02-29T13:45:00Z\"`");
    return make_expr(s, ErrorExpr{});
  };
  if (auto* c = as<P::DateLiteralContext>(ctx)) return calendar(c->STRING(), true);
  if (auto* c = as<P::TimestampLiteralContext>(ctx)) return calendar(c->STRING(), false);
  return make_expr(s, ErrorExpr{});
}

ExprPtr AstBuilder::primary(P::PrimaryContext* ctx, uint32_t depth) {
  Span s = span(ctx);
  if (auto* c = as<P::LiteralPrimaryContext>(ctx)) return c->literal() ? literal(c->literal()) : make_expr(s, ErrorExpr{});
  if (auto* c = as<P::NamePrimaryContext>(ctx)) {
    if (!c->name()) return make_expr(s, ErrorExpr{});
    return make_expr(s, NameRef{ident(c->name()).text});
  }
  if (auto* c = as<P::ParenPrimaryContext>(ctx)) {
    if (!c->expr()) return make_expr(s, ErrorExpr{});
    ExprPtr inner = expr(c->expr(), depth + 1);
    inner->span = s;
    return inner;
  }
  auto collection = [&](const std::vector<P::ExprContext*>& items, bool is_set) {
    Collection col{is_set, {}};
    for (auto* e : items) col.items.push_back(expr(e, depth + 1));
    return make_expr(s, std::move(col));
  };
  if (auto* c = as<P::ListPrimaryContext>(ctx)) return collection(c->expr(), false);
  if (auto* c = as<P::SetPrimaryContext>(ctx)) return collection(c->expr(), true);
  return make_expr(s, ErrorExpr{});
}

// `and` / `or` chains are gathered iteratively into one n-ary node.
ExprPtr AstBuilder::binary_chain(P::ExprContext* ctx, uint32_t depth) {
  bool is_and = as<P::AndExprContext>(ctx) != nullptr;
  std::vector<P::ExprContext*> rights;
  P::ExprContext* cur = ctx;
  while (true) {
    std::vector<P::ExprContext*> kids;
    if (is_and) {
      auto* a = as<P::AndExprContext>(cur);
      if (!a) break;
      kids = a->expr();
    } else {
      auto* o = as<P::OrExprContext>(cur);
      if (!o) break;
      kids = o->expr();
    }
    if (kids.size() != 2) return make_expr(span(ctx), ErrorExpr{});
    rights.push_back(kids[1]);
    cur = kids[0];
  }
  Logical node{is_and ? LogicalOp::And : LogicalOp::Or, {}};
  node.operands.push_back(expr(cur, depth + 1));
  for (auto it = rights.rbegin(); it != rights.rend(); ++it) node.operands.push_back(expr(*it, depth + 1));
  return make_expr(span(ctx), std::move(node));
}

ExprPtr AstBuilder::expr(P::ExprContext* ctx, uint32_t depth) {
  if (!ctx) return make_expr(Span{}, ErrorExpr{});
  if (depth > limits_.max_nesting) return too_deep(ctx);
  Span s = span(ctx);
  auto sub = [&](P::ExprContext* e) { return expr(e, depth + 1); };
  auto err = [&] { return make_expr(s, ErrorExpr{}); };

  if (auto* c = as<P::PrimaryExprContext>(ctx)) return c->primary() ? primary(c->primary(), depth + 1) : err();
  if (as<P::AndExprContext>(ctx) || as<P::OrExprContext>(ctx)) return binary_chain(ctx, depth);
  if (auto* c = as<P::MemberExprContext>(ctx)) {
    if (!c->expr() || !c->name()) return err();
    Ident m = ident(c->name());
    return make_expr(s, Member{sub(c->expr()), m.text, m.span});
  }
  if (auto* c = as<P::CallExprContext>(ctx)) {
    auto kids = c->expr();
    if (kids.empty()) return err();
    Call call{sub(kids[0]), {}};
    for (size_t i = 1; i < kids.size(); ++i) call.args.push_back(sub(kids[i]));
    return make_expr(s, std::move(call));
  }
  if (auto* c = as<P::NegateExprContext>(ctx)) {
    if (!c->expr()) return err();
    // The smallest integer has no positive counterpart: `-9223372036854775808` is one literal.
    std::string digits = c->expr()->getText();
    digits.erase(std::remove(digits.begin(), digits.end(), '_'), digits.end());
    if (digits == "9223372036854775808") return make_expr(s, Literal{std::numeric_limits<int64_t>::min()});
    return make_expr(s, Unary{UnaryOp::Negate, sub(c->expr())});
  }
  if (auto* c = as<P::NotExprContext>(ctx)) return c->expr() ? make_expr(s, Unary{UnaryOp::Not, sub(c->expr())}) : err();
  auto binary = [&](std::vector<P::ExprContext*> kids, antlr4::Token* op) -> ExprPtr {
    if (kids.size() != 2 || !op) return err();
    static const std::pair<const char*, BinaryOp> kOps[] = {
        {"+", BinaryOp::Add}, {"-", BinaryOp::Sub}, {"*", BinaryOp::Mul}, {"/", BinaryOp::Div},
        {"%", BinaryOp::Mod}, {"==", BinaryOp::Eq}, {"!=", BinaryOp::Ne}, {"<", BinaryOp::Lt},
        {"<=", BinaryOp::Le}, {">", BinaryOp::Gt}, {">=", BinaryOp::Ge}};
    std::string text = op->getText();
    for (const auto& [sym, bop] : kOps) {
      if (text == sym) return make_expr(s, Binary{bop, sub(kids[0]), sub(kids[1]), span(op)});
    }
    return err();
  };
  if (auto* c = as<P::MulExprContext>(ctx)) return binary(c->expr(), c->op);
  if (auto* c = as<P::AddExprContext>(ctx)) return binary(c->expr(), c->op);
  if (auto* c = as<P::CompareExprContext>(ctx)) return binary(c->expr(), c->op);
  if (auto* c = as<P::InExprContext>(ctx)) {
    auto kids = c->expr();
    if (kids.size() != 2) return err();
    return make_expr(s, In{sub(kids[0]), sub(kids[1]), c->K_NOT() != nullptr});
  }
  if (auto* c = as<P::IsNullExprContext>(ctx)) {
    if (!c->expr()) return err();
    return make_expr(s, IsNull{sub(c->expr()), c->K_NOT() != nullptr});
  }
  return err();
}

}  // namespace custos::parse
