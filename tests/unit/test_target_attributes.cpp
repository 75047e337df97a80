// `product.*` and `column.*` over the example mesh: a policy that reads them must decide exactly
// like the same policy written out by hand for each product and column, with the contract's values
// typed in. The hand-written form is made here, by text substitution from the mesh model, sharing
// nothing with the checker's binding (check/target_attributes.cpp, check_rules.cpp).
#include <catch2/catch.hpp>

#include <stdexcept>

#include "check/check.h"
#include "diag/render.h"
#include "parse/parse.h"
#include "plan.h"
#include "support/example_mesh.h"

using namespace custos;

namespace {

ir::PolicySet lower_text(const Mesh& mesh, const std::string& text) {
  SourceMap sources;
  Diagnostics diags;
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add("policy.custos", text), sources, diags));
  auto program = check::check_program(mesh, files, sources, diags);
  if (diags.has_errors()) throw std::runtime_error("policy:\n" + text + render_human(diags, sources));
  return ir::lower(mesh, std::move(program));
}

std::string literal(const std::string& s) { return s.empty() ? "null" : "\"" + s + "\""; }

bool has_tag(const std::vector<std::string>& tags, const std::string& tag) {
  for (const auto& t : tags) {
    if (TagTaxonomy::is_under(t, tag)) return true;
  }
  return false;
}

const char* kHeader = "domain global;\nimport stdlib.masks as m;\n";

// Read through the target's attributes.
const char* kGeneric =
    "permit select on products tagged internal when principal.domain == product.domain and product.status == \"active\";\n"
    "permit select on products tagged restricted when \"restricted\" in product.tags and principal.clearance >= 2;\n"
    "forbid select on products tagged eu when product.owner is null and principal.region == \"US\";\n"
    "mask columns tagged pii with m.nullify unless column.classification == \"confidential\" or "
    "(product.domain == \"crm\" and principal.clearance >= 2);\n"
    "deny columns tagged vehicle unless column.primary_key or column.required and principal.region == \"EU\";\n"
    "mask columns tagged pii.quasi with m.nullify when \"pii\" in column.tags and column.name != \"x\";\n";

// The same rules, one per product (and column) with the values typed in.
std::string by_hand(const Mesh& mesh) {
  std::string out;
  for (const auto& p : mesh.products) {
    const std::string q = p.qualified();
    if (p.has_tag("internal")) {
      out += "permit select on " + q + " when principal.domain == \"" + p.domain + "\" and " + literal(p.status) + " == \"active\";\n";
    }
    if (p.has_tag("restricted")) out += "permit select on " + q + " when principal.clearance >= 2;\n";
    if (p.has_tag("eu")) {
      out += "forbid select on " + q + " when " + std::string(p.owner.empty() ? "true" : "false") + " and principal.region == \"US\";\n";
    }
    for (const auto& c : p.columns) {
      const std::string col = q + "." + c.name;
      if (has_tag(c.tags, "pii")) {
        out += "mask column " + col + " with m.nullify unless " + literal(c.classification) + " == \"confidential\" or (\"" +
               p.domain + "\" == \"crm\" and principal.clearance >= 2);\n";
      }
      if (has_tag(c.tags, "vehicle")) {
        out += "deny column " + col + " unless " + (c.primary_key ? "true" : "false") + " or " + (c.required ? "true" : "false") +
               " and principal.region == \"EU\";\n";
      }
      if (has_tag(c.tags, "pii.quasi")) out += "mask column " + col + " with m.nullify when true and " + literal(c.name) + " != \"x\";\n";
    }
  }
  return out;
}

}  // namespace

TEST_CASE("product and column attributes decide like the rules written out per target", "[check][eval]") {
  testing::ExampleMesh example;
  const Mesh& mesh = *example.mesh;
  const auto generic = lower_text(mesh, std::string(kHeader) + kGeneric);
  const std::string written = by_hand(mesh);
  INFO("written out:\n" << written);
  const auto manual = lower_text(mesh, std::string(kHeader) + written);
  const stdlib::NativeContext natives;
  int decisions = 0, allowed = 0, masked = 0, denied = 0;
  for (const char* domain : {"crm", "after_sales", "vehicle_rnd", "elsewhere", ""}) {
    for (int clearance = -1; clearance <= 3; ++clearance) {
      for (const char* region : {"EU", "US", ""}) {
        eval::Attributes principal, context;
        if (*domain) principal.values["domain"] = eval::Val::of(std::string(domain));
        if (clearance >= 0) principal.values["clearance"] = eval::Val::of(int64_t{clearance});
        if (*region) principal.values["region"] = eval::Val::of(std::string(region));
        principal.values["roles"] = eval::Val::collection({});
        for (size_t p = 0; p < mesh.products.size(); ++p) {
          INFO(mesh.products[p].qualified() << " domain=" << domain << " clearance=" << clearance << " region=" << region);
          auto a = eval::make_plan(generic, p, principal, context, {}, natives);
          auto b = eval::make_plan(manual, p, principal, context, {}, natives);
          ++decisions;
          REQUIRE(a.allowed == b.allowed);
          allowed += a.allowed;
          REQUIRE(a.columns.size() == b.columns.size());
          for (size_t c = 0; c < a.columns.size(); ++c) {
            INFO("column " << a.columns[c].name);
            REQUIRE(a.columns[c].outcome == b.columns[c].outcome);
            REQUIRE(a.columns[c].mask() == b.columns[c].mask());
            masked += a.columns[c].outcome == eval::ColumnOutcome::Masked;
            denied += a.columns[c].outcome == eval::ColumnOutcome::Denied;
          }
        }
      }
    }
  }
  // Every kind of outcome was reached, so the comparison was not vacuous.
  CHECK(allowed > 0);
  CHECK(allowed < decisions);
  CHECK(masked > 0);
  CHECK(denied > 0);
}

TEST_CASE("a rule that reads product attributes is bound once per target and explains the values", "[check][eval]") {
  testing::ExampleMesh example;
  const Mesh& mesh = *example.mesh;
  const auto set = lower_text(mesh, std::string(kHeader) + kGeneric);
  size_t permits = 0;
  for (const auto& r : set.program.rules) {
    if (r.kind != ir::RuleKind::Permit || r.span.line != 3) continue;
    REQUIRE(r.targets.size() == 1);
    const Product& p = mesh.products[r.targets[0].product];
    CHECK(r.copy == permits);
    ++permits;
    REQUIRE(!r.bound.empty());
    CHECK(r.bound[0] == "product.domain = \"" + p.domain + "\"");
    eval::Attributes principal, context;
    principal.values["domain"] = eval::Val::of(p.domain);
    eval::Env env{&principal, &context};
    auto trace = eval::decide_rule(r, env);
    CHECK(trace.holds == (p.status == "active"));
    CHECK(trace.why.find("where product.domain = \"" + p.domain + "\"") != std::string::npos);
  }
  size_t internal = 0;
  for (const auto& p : mesh.products) internal += p.has_tag("internal");
  CHECK(permits == internal);
  CHECK(set.program.rules_as_written() == 6);
}
