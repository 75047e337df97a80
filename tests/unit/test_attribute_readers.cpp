// The two readers of attributes from JSON: the fast one (simdjson, evaluator/attributes_fast.h)
// reads only what the reference (nlohmann-json) reads without a complaint, and reads it the same.
#include <catch2/catch.hpp>

#include "attributes_fast.h"
#include "decision_inputs.h"

using namespace custos;
using namespace custos::eval;

namespace {

std::vector<Attribute> declarations() {
  auto attr = [](std::string name, Type type, bool optional = false) {
    Attribute a;
    a.name = std::move(name);
    a.type = std::move(type);
    a.optional = optional;
    return a;
  };
  return {attr("id", Type::of(TypeKind::String)),
          attr("roles", Type::collection(TypeKind::Set, TypeKind::String)),
          attr("region", Type::enumeration({"EU", "US"})),
          attr("regions", Type::collection(TypeKind::Set, TypeKind::Enum, std::make_shared<const std::vector<std::string>>(std::vector<std::string>{"EU", "US"}))),
          attr("clearance", Type::of(TypeKind::Int)),
          attr("score", Type::of(TypeKind::Float)),
          attr("active", Type::of(TypeKind::Bool)),
          attr("born", Type::of(TypeKind::Date)),
          attr("now", Type::of(TypeKind::Timestamp)),
          attr("department", Type::of(TypeKind::String), true)};
}

bool same_scalar(const Scalar& a, const Scalar& b) {
  if (a.index() != b.index()) return false;
  if (is_null(a)) return true;
  if (auto x = std::get_if<double>(&a)) return *x == std::get<double>(b) || (*x != *x && std::get<double>(b) != std::get<double>(b));
  return compare_scalars(a, b) == std::optional<int>(0);
}

bool same(const Attributes& a, const Attributes& b) {
  if (a.values.size() != b.values.size()) return false;
  for (const auto& [name, v] : a.values) {
    auto it = b.values.find(name);
    if (it == b.values.end() || it->second.kind != v.kind) return false;
    if (v.kind == Val::Kind::Atom && !same_scalar(v.scalar, it->second.scalar)) return false;
    if (v.kind == Val::Kind::Collection) {
      if (v.items->size() != it->second.items->size()) return false;
      for (size_t i = 0; i < v.items->size(); ++i) {
        if (!same_scalar((*v.items)[i], (*it->second.items)[i])) return false;
      }
    }
  }
  return true;
}

}  // namespace

TEST_CASE("attributes: the fast reader reads what the reference reads cleanly, and nothing else", "[inputs]") {
  const auto decls = declarations();
  // Read by both, the same.
  const std::vector<std::string> clean = {
      "{}",
      R"({"id": "ana", "roles": ["analyst", "staff"], "region": "EU", "clearance": 2})",
      R"({"id": "\u0061na \u00e9\ud83d\ude00", "roles": [], "regions": ["US", "EU"], "clearance": -0})",
      R"({"clearance": 9223372036854775807, "score": 9223372036854775808, "active": false})",
      R"({"clearance": -9223372036854775808, "score": -0.5e-3, "active": true})",
      R"({"score": 3, "born": "2026-02-28", "now": "2026-03-01T09:00:00Z"})",
      R"({"department": null, "id": ""})",
      "  {\"id\" : \"tabs\\tand\\nnewlines\"}\n",
      R"({"score": 1.7976931348623157e308, "clearance": 0})",
  };
  // The reference complains (or repeats a name): the fast reader leaves them to it.
  const std::vector<std::string> left = {
      "",
      "[]",
      "\"ana\"",
      "{",
      R"({"id": "ana",})",
      R"({"id": "a", "id": "b"})",
      R"({"idd": "ana"})",
      R"({"clearance": 1.0})",
      R"({"clearance": "2"})",
      R"({"clearance": 9223372036854775808})",
      R"({"clearance": 123456789012345678901234567890})",
      R"({"score": 1e400})",
      R"({"region": "EMEA"})",
      R"({"regions": ["EU", "APAC"]})",
      R"({"roles": "analyst"})",
      R"({"roles": ["analyst", 3]})",
      R"({"roles": [["nested"]]})",
      R"({"active": 1})",
      R"({"born": "2026-02-30"})",
      R"({"now": "yesterday"})",
      R"({"id": null})",
      R"({"id": {"first": "ana"}})",
      "{\"id\": \"\xff\xfe\"}",
      "{\"id\": \"a\"} trailing",
      "{\"id\": \"" + std::string(kMaxAttributeBytes + 1, 'x') + "\"}",
  };
  for (const auto& text : clean) {
    INFO(text);
    std::vector<std::string> errors;
    Attributes reference = attributes_from_json_reference(text, decls, "principal", errors);
    REQUIRE(errors.empty());
    auto fast = attributes_fast(text, decls);
    REQUIRE(fast);
    CHECK(same(*fast, reference));
    std::vector<std::string> none;
    CHECK(same(attributes_from_json(text, decls, "principal", none), reference));
    CHECK(none.empty());
  }
  for (const auto& text : left) {
    INFO(text);
    CHECK_FALSE(attributes_fast(text, decls));
    // Through the public reader, exactly the reference's values and messages.
    std::vector<std::string> want, got;
    Attributes reference = attributes_from_json_reference(text, decls, "principal", want, "p.json");
    Attributes read = attributes_from_json(text, decls, "principal", got, "p.json");
    CHECK(same(read, reference));
    CHECK(got == want);
  }
  // A repeated name is no complaint for the reference: it keeps the last value.
  std::vector<std::string> errors;
  auto last = attributes_from_json(R"({"id": "a", "id": "b"})", decls, "principal", errors);
  CHECK(errors.empty());
  CHECK(std::get<std::string>(last.values.at("id").scalar) == "b");
}
