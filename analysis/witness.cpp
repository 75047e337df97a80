// Witnesses: solving with tidy models, and models as the JSON `custos eval` reads.
#include "witness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <nlohmann/json.hpp>

#include "calendar.h"

namespace custos::analysis {

namespace {

using nlohmann::json;

// A model's value of a scalar term of kind `kind` as JSON, as `custos eval` reads it.
json value_json(const z3::model& m, const z3::expr& val, TypeKind kind) {
  z3::expr v = m.eval(val, true);
  switch (kind) {
    case TypeKind::Bool: return v.is_true();
    case TypeKind::Int: return static_cast<int64_t>(v.get_numeral_uint64());  // two's complement
    case TypeKind::Date: return cal::format_date(static_cast<int32_t>(static_cast<int64_t>(v.get_numeral_uint64())));
    case TypeKind::Timestamp: return cal::format_timestamp(static_cast<int64_t>(v.get_numeral_uint64()));
    case TypeKind::String:
    case TypeKind::Enum: return string_value(v).value_or("");
    case TypeKind::Float: {
      z3::context& z = val.ctx();
      z3::expr bits = m.eval(z3::expr(z, Z3_mk_fpa_to_ieee_bv(z, val)), true);
      uint64_t raw = bits.get_numeral_uint64();
      double d;
      std::memcpy(&d, &raw, sizeof d);
      return d;
    }
    default: return nullptr;
  }
}

// A value of `type` for attributes no rule reads (required ones must still be given).
json placeholder(const Type& type) {
  switch (type.kind) {
    case TypeKind::Bool: return false;
    case TypeKind::Int: return 0;
    case TypeKind::Float: return 0.0;
    case TypeKind::Date: return "2026-01-01";
    case TypeKind::Timestamp: return "2026-01-01T00:00:00Z";
    case TypeKind::Time: return "00:00:00";
    case TypeKind::Enum: return type.enum_values->front();
    case TypeKind::Set:
    case TypeKind::List: return json::array();
    default: return "";
  }
}

json var_json(const z3::model& m, const World::Var& var) {
  if (m.eval(var.sym.err, true).is_true()) return json();  // missing: left out by the caller
  if (m.eval(var.sym.null, true).is_true()) return nullptr;
  if (!var.type.is_collection()) return value_json(m, var.sym.val, var.type.kind);
  json items = json::array();
  for (const auto& probe : var.probes) {
    if (!m.eval((*var.sym.member)(probe), true).is_true()) continue;
    json item = value_json(m, probe, var.type.elem);
    if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
  }
  return items;
}

std::string attributes_json(const z3::model& m, const std::map<std::string, World::Var>& vars,
                            const std::vector<const std::vector<Attribute>*>& declarations) {
  json out = json::object();
  for (const auto* decls : declarations) {
    for (const auto& a : *decls) {
      if (out.contains(a.name)) continue;
      auto it = vars.find(a.name);
      if (it == vars.end()) {
        if (!a.optional) out[a.name] = placeholder(a.type);
        continue;
      }
      json v = var_json(m, it->second);
      if (!v.is_null()) out[a.name] = v;  // null: missing (an error) or absent (optional)
    }
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string row_json(const z3::model& m, const World& world, const std::string& product, const std::vector<const Product*>& products) {
  json out = json::object();
  auto rows = world.rows().find(product);
  for (const Product* p : products) {
    if (!p) continue;
    for (const Column& c : p->columns) {
      if (out.contains(c.name)) continue;
      const World::Var* var = nullptr;
      if (rows != world.rows().end()) {
        auto it = rows->second.find(c.name);
        if (it != rows->second.end()) var = &it->second;
      }
      if (!var || c.type.kind == TypeKind::Opaque) {
        out[c.name] = c.type.kind != TypeKind::Opaque ? placeholder(c.type) : json(nullptr);  // no rule reads it: any value
        if (var && c.type.kind == TypeKind::Opaque && !m.eval(var->sym.null, true).is_true()) out[c.name] = json::object();
        continue;
      }
      out[c.name] = var_json(m, *var);
    }
  }
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace

WitnessSolver::WitnessSolver(World& world, unsigned timeout_ms) : world_(world), solver_(world.z()) {
  z3::params params(world.z());
  params.set("timeout", timeout_ms);
  solver_.set(params);
  for (const auto& d : world_.domains()) solver_.add(d);
}

std::optional<z3::model> WitnessSolver::solve(const z3::expr& query, const std::string& product, std::string& unknown,
                                              const std::string& what) {
  z3::solver& s = solver_;
  s.push();
  s.add(query);
  if (std::getenv("CUSTOS_DIFF_DEBUG")) std::fprintf(stderr, "%s: %s\n%s\n", product.c_str(), what.c_str(), s.to_smt2().c_str());
  std::optional<z3::model> model;
  switch (s.check()) {
    case z3::sat:
      tidy(product);
      model = s.get_model();
      break;
    case z3::unsat: break;
    case z3::unknown: unknown = s.reason_unknown(); break;
  }
  s.pop(Z3_solver_get_num_scopes(world_.z(), s));
  return model;
}

// Makes a witness readable: every attribute present, optional ones absent, and small, plain
// values where the finding allows them (0, "", "x", the first enum value, ...).
void WitnessSolver::tidy(const std::string& product) {
  z3::solver& s = solver_;
  z3::context& z = world_.z();
  auto keep_if_sat = [&](const z3::expr& preference) {
    s.push();
    s.add(preference);
    if (s.check() == z3::sat) return true;
    s.pop();
    return false;
  };
  auto prefer = [&](const World::Var& var, bool present) {
    const Sym& sym = var.sym;
    keep_if_sat(!sym.err);
    if (var.type.is_collection()) {
      for (const auto& probe : var.probes) keep_if_sat(!(*sym.member)(probe));  // as few members as possible
      return;
    }
    keep_if_sat(present || var.required ? !sym.null : sym.null) || keep_if_sat(!sym.null);
    switch (var.type.kind) {
      case TypeKind::Int:
        for (int v : {0, 1, 2, 3, 4, 5, -1, 10, 100}) {
          if (keep_if_sat(sym.val == z.bv_val(v, 64))) break;
        }
        break;
      case TypeKind::String:
        for (const char* v : {"", "x", "y", "z", "DE", "FR"}) {
          if (keep_if_sat(sym.val == string_term(z, v))) break;
        }
        break;
      case TypeKind::Enum:
        for (const auto& v : *var.type.enum_values) {
          if (keep_if_sat(sym.val == string_term(z, v))) break;
        }
        break;
      case TypeKind::Bool: keep_if_sat(!sym.val) || keep_if_sat(sym.val); break;
      case TypeKind::Date: keep_if_sat(sym.val == z.bv_val(cal::days_from_civil(2026, 1, 1), 64)); break;
      case TypeKind::Timestamp:
        keep_if_sat(sym.val == z.bv_val(int64_t{cal::days_from_civil(2026, 1, 1)} * cal::kMicrosPerDay, 64));
        break;
      default: break;
    }
  };
  // Optional attributes absent; the row's columns with values.
  for (const auto& [name, var] : world_.principal()) prefer(var, false);
  for (const auto& [name, var] : world_.context()) prefer(var, false);
  if (auto rows = world_.rows().find(product); rows != world_.rows().end()) {
    for (const auto& [name, var] : rows->second) prefer(var, true);
  }
  s.check();
}

Witness make_witness(const z3::model& m, const World& world, const std::vector<const MeshConfig*>& configs,
                     const std::string& product, const std::vector<const Product*>& products, bool with_row) {
  std::vector<const std::vector<Attribute>*> principal, context;
  for (const MeshConfig* c : configs) {
    principal.push_back(&c->principal);
    context.push_back(&c->context);
  }
  Witness w;
  w.principal = attributes_json(m, world.principal(), principal);
  w.context = attributes_json(m, world.context(), context);
  if (with_row) w.row = row_json(m, world, product, products);
  return w;
}

}  // namespace custos::analysis
