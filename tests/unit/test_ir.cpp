// The IR as a contract: the verifier finds each kind of malformed tree (and accepts what the
// checker and partial evaluation produce), the constructors fold as documented, and the printer
// escapes whatever a policy's strings hold.
#include <catch2/catch.hpp>

#include "check/check.h"
#include "ir/build.h"
#include "parse/parse.h"
#include "ir/print.h"
#include "ir/verify.h"
#include "support/golden_mesh.h"
#include "support/random_policy.h"

namespace custos {
namespace {

ir::ExprPtr node(ir::node::Payload payload, Type t, std::vector<ir::ExprPtr> kids = {}) {
  auto e = ir::make_node(std::move(payload), std::move(t));
  for (auto& x : kids) {
    e->uses_rows = e->uses_rows || x->uses_rows;
    e->kids.push_back(std::move(x));
  }
  return e;
}
ir::ExprPtr column(const std::string& name, TypeKind k, int32_t slot = -1) {
  auto e = node(ir::node::Column{name, slot}, Type::of(k));
  e->uses_rows = true;
  return e;
}
ir::ExprPtr compare(ir::BinaryOp op, ir::ExprPtr a, ir::ExprPtr b) {
  std::vector<ir::ExprPtr> kids;
  kids.push_back(std::move(a));
  kids.push_back(std::move(b));
  return node(ir::node::Compare{op}, Type::of(TypeKind::Bool), std::move(kids));
}
ir::ExprPtr int_const(int64_t v) { return ir::make_const(v, Type::of(TypeKind::Int)); }

bool finds(const std::vector<std::string>& problems, const std::string& part) {
  for (const auto& p : problems) {
    if (p.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the IR verifier accepts well-formed trees and names what is wrong with malformed ones", "[ir]") {
  testing::GoldenMesh golden;
  const Mesh& mesh = *golden.mesh;
  const Product& orders = golden.product("sales.orders");
  using ir::Stage;

  auto good = compare(ir::BinaryOp::Gt, column("order_id", TypeKind::Int, 0), int_const(3));
  CHECK(ir::verify_expr(*good, mesh, &orders, Stage::Residual).empty());

  SECTION("arity") {
    good->kids.pop_back();
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Lowered), "compare has 1 operands, needs 2"));
  }
  SECTION("a comparison typed as a number") {
    good->type = Type::of(TypeKind::Int);
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Lowered), "compare is typed int, not bool"));
  }
  SECTION("an arithmetic operator on a comparison node") {
    good->as<ir::node::Compare>().op = ir::BinaryOp::Add;
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Lowered), "compare with the arithmetic operator +"));
  }
  SECTION("a constant that does not fit its type") {
    good->kids[1]->type = Type::of(TypeKind::Float);
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Lowered), "constant 3 does not fit its type float"));
  }
  SECTION("an enum constant outside its values") {
    auto e = ir::make_const(std::string("APAC"), Type::enumeration({"EU", "US"}));
    CHECK(finds(ir::verify_expr(*e, mesh, &orders, Stage::Lowered), "does not fit its type enum"));
  }
  SECTION("a column of another product, and a slot that is not the column's position") {
    auto bad = compare(ir::BinaryOp::Eq, column("salary", TypeKind::Float), ir::make_const(1.0, Type::of(TypeKind::Float)));
    CHECK(finds(ir::verify_expr(*bad, mesh, &orders, Stage::Lowered), "column `salary` is not a column of sales.orders"));
    good->kids[0]->as<ir::node::Column>().slot = 3;
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Residual), "has slot 3, which is not its position"));
  }
  SECTION("a residual column without a slot") {
    good->kids[0]->as<ir::node::Column>().slot = -1;
    CHECK(ir::verify_expr(*good, mesh, &orders, Stage::Lowered).empty());
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Residual), "has no slot after partial evaluation"));
  }
  SECTION("an undeclared or mistyped attribute") {
    auto a = node(ir::node::Principal{"clearence"}, Type::of(TypeKind::Int));
    CHECK(finds(ir::verify_expr(*a, mesh, &orders, Stage::Lowered), "principal.clearence is not declared"));
    a->as<ir::node::Principal>().name = "region";
    CHECK(finds(ir::verify_expr(*a, mesh, &orders, Stage::Lowered), "principal.region is typed int, declared enum"));
  }
  SECTION("row dependence that disagrees with the operands") {
    good->uses_rows = false;
    CHECK(finds(ir::verify_expr(*good, mesh, &orders, Stage::Lowered), "an operand reads rows, but the node is not marked"));
  }
  SECTION("error constants exist only after partial evaluation") {
    std::vector<ir::ExprPtr> parts;
    parts.push_back(std::move(good));
    parts.push_back(ir::make_error());
    auto both = ir::make_and(std::move(parts));
    CHECK(ir::verify_expr(*both, mesh, &orders, Stage::Residual).empty());
    CHECK(finds(ir::verify_expr(*both, mesh, &orders, Stage::Lowered), "has the error type"));
  }
  SECTION("a logical operator over a non-condition") {
    std::vector<ir::ExprPtr> parts;
    parts.push_back(std::move(good));
    parts.push_back(column("order_id", TypeKind::Int, 0));
    auto both = ir::make_or(std::move(parts));
    CHECK(finds(ir::verify_expr(*both, mesh, &orders, Stage::Residual), "operand 1 of or is int, not a condition"));
  }
}

TEST_CASE("the IR verifier checks a whole policy set: targets, masks and the per-product index", "[ir]") {
  testing::GoldenMesh golden;
  ir::PolicySet set = testing::lower_policy(*golden.mesh,
                                            "domain global;\nimport stdlib.masks as m;\n"
                                            "@id(\"p\") permit select on sales.orders when principal.clearance > 1;\n"
                                            "@id(\"k\") mask column sales.orders.notes with m.show_last(2);\n");
  CHECK(ir::verify(set).empty());
  const size_t orders = golden.index("sales.orders");
  SECTION("a rule missing from the index") {
    set.products[orders].permits.clear();
    CHECK(finds(ir::verify(set), "rule p: listed 0 times in sales.orders's rule index"));
  }
  SECTION("a mask with the wrong number of arguments") {
    set.program.rules[1].mask_args.clear();
    CHECK(finds(ir::verify(set), "rule k: masks.show_last takes 1 arguments after the value, has 0"));
  }
  SECTION("a column rule on a column the product lacks") {
    set.program.rules[1].targets[0].columns = {"nots"};
    CHECK(finds(ir::verify(set), "rule k: targets column `nots`, which sales.orders lacks"));
  }
}

// Found by fuzz_policy: a rule on a tag that nothing carries targets no product, which the checker
// only warns about (W0402); lowering must accept it.
TEST_CASE("a rule that targets nothing lowers and verifies", "[ir]") {
  testing::GoldenMesh golden;
  SourceMap sources;
  Diagnostics diags;
  const std::string text =
      "domain hr;\nimport stdlib.masks as m;\nmask columns tagged pii.quasi with m.year_only;\nforbid select on products tagged finance;\n";
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add("hr.custos", text), sources, diags));
  auto program = check::check_program(*golden.mesh, files, sources, diags);
  REQUIRE(diags.error_count() == 0);
  ir::PolicySet set = ir::lower(*golden.mesh, std::move(program));
  CHECK(ir::verify(set).empty());
  CHECK(set.program.rules.size() == 2);
}

TEST_CASE("IR constructors fold and/or/not in Kleene logic and keep constants typed", "[ir]") {
  auto parts = [](auto... xs) {
    std::vector<ir::ExprPtr> v;
    (v.push_back(std::move(xs)), ...);
    return v;
  };
  auto unknown = [] { return ir::make_const(Null{}, Type::of(TypeKind::Bool)); };
  auto row = [] { return compare(ir::BinaryOp::Gt, column("order_id", TypeKind::Int, 0), int_const(3)); };
  CHECK(ir::render(*ir::make_and(parts(ir::make_bool(true), row()))) == "order_id > 3");
  CHECK(ir::render(*ir::make_and(parts(row(), ir::make_bool(false)))) == "false");
  CHECK(ir::render(*ir::make_or(parts(ir::make_bool(true), row()))) == "true");
  CHECK(ir::render(*ir::make_or(parts(unknown(), row()))) == "(null or order_id > 3)");
  CHECK(ir::render(*ir::make_and(parts())) == "true");
  CHECK(ir::render(*ir::make_or(parts())) == "false");
  CHECK(ir::render(*ir::make_not(ir::make_bool(true))) == "false");
  CHECK(ir::render(*ir::make_not(unknown())) == "null");
  CHECK(ir::is_error_const(*ir::make_not(ir::make_error())));
  auto folded = ir::make_collection({int64_t{1}, 2.5}, Type::collection(TypeKind::List, TypeKind::Float));
  CHECK(folded->kids[0]->type.kind == TypeKind::Int);  // an exact integer stays one in a list<float>
  CHECK(folded->kids[1]->type.kind == TypeKind::Float);
  CHECK(ir::render(*folded) == "[1, 2.5]");
  CHECK(ir::render(*ir::make_const(1000.0, Type::of(TypeKind::Float))) == "1000.0");
  CHECK(ir::render(*ir::make_const(INT64_MIN, Type::of(TypeKind::Int))) == "-9223372036854775808");
}

TEST_CASE("the IR printer escapes what a string holds, so a value never breaks its line", "[ir]") {
  auto s = ir::make_const(std::string("a\"b\\c\nd\te\x01\x7f\0", 12), Type::of(TypeKind::String));
  CHECK(ir::render(*s) == "\"a\\\"b\\\\c\\nd\\te\\u{1}\\u{7f}\\0\"");
  CHECK(ir::render(*s).find('\n') == std::string::npos);
}

}  // namespace custos
