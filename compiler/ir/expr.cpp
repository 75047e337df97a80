#include "ir/expr.h"

#include <stdexcept>

namespace custos::ir {

namespace {
[[noreturn]] void wrong_kind(const char* field, ExprKind k) {
  throw std::logic_error(std::string("IR: a `") + to_string(k) + "` node has no " + field);
}
}  // namespace

const std::string& Expr::name() const {
  if (const auto* p = std::get_if<node::Principal>(&payload)) return p->name;
  if (const auto* c = std::get_if<node::Context>(&payload)) return c->name;
  if (const auto* c = std::get_if<node::Column>(&payload)) return c->name;
  wrong_kind("name", kind());
}

BinaryOp Expr::op() const {
  if (const auto* a = std::get_if<node::Arith>(&payload)) return a->op;
  if (const auto* c = std::get_if<node::Compare>(&payload)) return c->op;
  wrong_kind("operator", kind());
}

bool Expr::negated() const {
  if (const auto* i = std::get_if<node::In>(&payload)) return i->negated;
  if (const auto* n = std::get_if<node::IsNull>(&payload)) return n->negated;
  wrong_kind("negation", kind());
}

ExprPtr make_node(node::Payload payload, Type type, Span span) {
  auto e = std::make_unique<Expr>();
  e->payload = std::move(payload);
  e->type = std::move(type);
  e->span = span;
  return e;
}

}  // namespace custos::ir
