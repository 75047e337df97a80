// The random policy generator.
#include "support/random_policy.h"

#include <limits>

#include <stdexcept>

#include "calendar.h"
#include "check/check.h"
#include "diag/render.h"
#include "parse/parse.h"

namespace custos::testing {

std::string RandomPolicies::condition(int depth) {
  if (depth > 0 && chance(35)) {
    switch (pick(3)) {
      case 0: return "(" + condition(depth - 1) + " and " + condition(depth - 1) + ")";
      case 1: return "(" + condition(depth - 1) + " or " + condition(depth - 1) + ")";
      default: return "not (" + condition(depth - 1) + ")";
    }
  }
  static const std::vector<std::string> ops = {"==", "!=", "<", "<=", ">", ">="};
  switch (pick(10)) {
    case 0: return "principal.clearance " + one_of(ops) + " " + std::to_string(pick(5));
    case 1: return "\"" + one_of<std::string>({"staff", "analyst", "admin"}) + "\" in principal.roles";
    case 2: return std::string("principal.region ") + (chance(50) ? "==" : "!=") + " \"" + (chance(50) ? "EU" : "US") + "\"";
    case 3: return std::string("principal.department ") + (chance(50) ? "is null" : "== \"ops\"");
    case 4: return "\"" + one_of<std::string>({"audit", "fraud"}) + "\" in context.purposes";
    case 5: return "context.now " + one_of(ops) + " timestamp \"2025-06-01T00:00:00Z\"";
    case 6: return "principal.id in [\"a\", \"b\", \"Zoë\"]";
    case 7: return "principal.clearance * 2 - 1 > " + std::to_string(pick(7));
    // The target's metadata, bound when the policy is compiled (sales.orders: domain `sales`,
    // tags {finance}, no owner).
    case 8:
      return one_of<std::string>({"principal.department == product.domain", "(\"finance\" in product.tags and principal.clearance >= 2)",
                                  "(product.owner is null and principal.region == \"EU\")"});
    case 9:
    default: return "s.length(principal.id) " + one_of(ops) + " " + std::to_string(pick(4));
  }
}

std::string RandomPolicies::row_predicate(int depth) {
  if (depth > 0 && chance(40)) {
    switch (pick(3)) {
      case 0: return "(" + row_predicate(depth - 1) + " and " + row_predicate(depth - 1) + ")";
      case 1: return "(" + row_predicate(depth - 1) + " or " + row_predicate(depth - 1) + ")";
      default: return "not (" + row_predicate(depth - 1) + ")";
    }
  }
  static const std::vector<std::string> ops = {"==", "!=", "<", "<=", ">", ">="};
  switch (pick(24)) {
    case 0: return "country == \"" + one_of<std::string>({"DE", "FR", "", "Zoë"}) + "\"";
    case 1: return "country in [\"DE\", \"AT\"]";
    case 2: return std::string("country is ") + (chance(50) ? "" : "not ") + "null";
    case 3: return "amount " + one_of(ops) + " " + one_of<std::string>({"100.5", "0.0", "-3.25", "250"});
    case 4: return "amount * 2 " + one_of(ops) + " 300";
    case 5: return "amount / 2.0 >= 10.0";
    case 6: return "order_id % 3 == " + std::to_string(pick(3));
    case 7: return "order_id + 1 > " + std::to_string(pick(5));
    case 8: return "order_id > principal.clearance";
    case 9: return std::string("notes is ") + (chance(50) ? "" : "not ") + "null";
    case 10: return "s.starts_with(notes, \"" + one_of<std::string>({"a", "h", ""}) + "\")";
    case 11: return "s.lower(notes) == \"hold\"";
    case 12: return "placed_on " + one_of(ops) + " date \"2024-06-01\"";
    case 13: return "placed_on < t.today(context.now)";
    case 14: return "country == principal.id";
    // The edges: % by -1 and by a principal's value (0: an error), int against float exactly
    // (near 2^53 and 2^63), strings holding NUL and astral-plane characters.
    case 16: return "order_id % " + one_of<std::string>({"-1", "principal.clearance", "7"}) + " " + one_of(ops) + " 0";
    case 17: return "(order_id % " + one_of<std::string>({"-1", "principal.clearance"}) + ") is " + (chance(50) ? "" : "not ") + "null";
    case 18:
      return "order_id " + one_of(ops) + " " +
             one_of<std::string>({"9223372036854775807.0", "-9223372036854775808.0", "9007199254740993.0", "0.5", "-7.0", "41.0"});
    case 19: return "amount " + one_of(ops) + " " + one_of<std::string>({"order_id", "9007199254740993", "9223372036854775807"});
    case 20: return "s.length(notes) " + one_of(ops) + " " + std::to_string(pick(4));
    case 21: return "order_id " + std::string(chance(50) ? "in" : "not in") + " [1.5, 2.0, 41, 9223372036854775807]";
    case 22: return "(order_id * principal.clearance " + one_of(ops) + " 3) or (order_id - 1 is null)";
    case 23: return "s.contains(notes, \"" + one_of<std::string>({"b", nul_strings ? "\\0" : "a", "\\u{1D11E}"}) + "\")";
    default: return "s.ends_with(customer_email, \"@x.com\") " + std::string(chance(50) ? "and" : "or") + " -amount < 0";
  }
}

std::string RandomPolicies::clauses(bool rows) {
  std::string s;
  if (chance(50)) s += " when " + condition(2);
  if (chance(40)) s += " unless " + condition(2);
  if (rows && chance(60)) s += " rows where " + row_predicate(3);
  return s;
}

std::string RandomPolicies::policy(int max_rules) {
  std::string p = "domain global;\nimport stdlib.masks as m;\nimport stdlib.strings as s;\nimport stdlib.time as t;\n";
  int n = 1 + pick(max_rules);
  // Masks per column have distinct strengths, so no two can conflict.
  static const std::vector<std::string> string_masks = {"m.nullify", "m.redact", "m.hash", "m.email_domain", "m.show_last(2)"};
  bool tie = false;  // at most one pair of masks that cannot be ordered (more would conflict: E0414)
  for (int i = 0; i < n; ++i) {
    p += "@id(\"r" + std::to_string(i) + "\") ";
    if (!tie && chance(8)) {
      // Equal strength, exclusive only while C is known (W0406): where C is unknown or an
      // error both hold, and the column is denied.
      tie = true;
      std::string col = one_of<std::string>({"customer_email", "notes", "country"});
      std::string c = condition(1);
      auto rows = [&] { return chance(30) ? " rows where " + row_predicate(1) : std::string(); };
      p += "mask column sales.orders." + col + " with m.replace_with(\"x\") when " + c + rows() + ";\n";
      p += "@id(\"r" + std::to_string(i) + "b\") mask column sales.orders." + col + " with m.replace_with(\"y\") unless " + c + rows() + ";\n";
      continue;
    }
    switch (pick(6)) {
      case 0:
      case 1: p += "permit select on sales.orders" + clauses(true) + ";\n"; break;
      case 2: p += "forbid select on sales.orders" + clauses(true) + ";\n"; break;
      case 3: {
        std::string col = one_of<std::string>({"customer_email", "notes", "country", "amount", "placed_on"});
        std::string mask = col == "amount"      ? one_of<std::string>({"m.nullify", "m.round_to(0)", "m.replace_with(1.5)"})
                           : col == "placed_on" ? one_of<std::string>({"m.nullify", "m.year_only"})
                                                : one_of(string_masks);
        p += "mask column sales.orders." + col + " with " + mask + clauses(true) + ";\n";
        break;
      }
      case 4: p += "deny column sales.orders." + one_of<std::string>({"notes", "amount", "customer_email"}) + clauses(false) + ";\n"; break;
      default: p += "permit select on sales.orders;\n";
    }
  }
  // Every import is used, so the checker reports no warnings that tests would have to filter.
  p += "@id(\"uses\") permit select on sales.orders when false or s.length(\"x\") == 0 or t.year(date \"2020-01-01\") == 1 "
       "rows where not s.contains(\"\", \"x\");\n@id(\"usem\") mask column sales.orders.notes with m.nullify when s.length(\"\") > 5;\n";
  return p;
}

eval::Attributes RandomPolicies::principal() {
  eval::Attributes a;
  if (chance(95)) a.values["id"] = eval::Val::of(one_of<std::string>({"a", "b", "DE", "Zoë", ""}));
  if (chance(90)) a.values["clearance"] = eval::Val::of(int64_t{pick(6) - 1});
  if (chance(5)) a.values["clearance"] = eval::Val::error();
  std::vector<Scalar> roles;
  for (const char* r : {"staff", "analyst", "admin"}) {
    if (chance(50)) roles.push_back(std::string(r));
  }
  a.values["roles"] = eval::Val::collection(roles);
  if (chance(95)) a.values["region"] = eval::Val::of(std::string(chance(50) ? "EU" : "US"));
  if (chance(50)) a.values["department"] = eval::Val::of(one_of<std::string>({"ops", "legal", "sales"}));
  return a;
}

eval::Attributes RandomPolicies::context() {
  eval::Attributes c;
  std::vector<Scalar> purposes;
  for (const char* p : {"audit", "fraud"}) {
    if (chance(40)) purposes.push_back(std::string(p));
  }
  c.values["purposes"] = eval::Val::collection(purposes);
  if (chance(90)) c.values["now"] = eval::Val::of(Timestamp{*cal::parse_timestamp(chance(50) ? "2024-01-01T12:00:00Z" : "2026-03-01T00:00:00Z")});
  return c;
}

std::vector<eval::Row> RandomPolicies::rows(int max_rows) {
  std::vector<eval::Row> out;
  int n = pick(max_rows + 1);
  for (int i = 0; i < n; ++i) {
    eval::Row r(6, Scalar{Null{}});
    if (chance(90)) {
      r[0] = one_of<int64_t>({0, 1, 2, 3, -7, 41, 9007199254740993, std::numeric_limits<int64_t>::max(),
                              std::numeric_limits<int64_t>::min()});
    }
    if (chance(80)) r[1] = one_of<std::string>({"a@x.com", "no-at", "", "Zoë@x.com", "b@y.org"});
    if (chance(80)) {
      r[2] = one_of<double>({0.0, -0.0, 100.5, 150.0, -3.25, 1e308, 250.0, 9007199254740992.0, 9223372036854775808.0,
                             -9223372036854775808.0, 41.0});
      if (nan_floats && chance(10)) r[2] = std::numeric_limits<double>::quiet_NaN();
    }
    if (chance(85)) r[3] = one_of<std::string>({"DE", "FR", "AT", "", "Zoë", "a"});
    if (chance(85)) r[4] = Date{*cal::parse_date(one_of<std::string>({"2024-06-01", "2023-12-31", "2026-02-28", "0001-01-01"}))};
    if (chance(75)) {
      r[5] = one_of<std::string>({"", "abc", "Hold", "hold", "a", "h\xC3\xBCt", nul_strings ? std::string("a\0b", 3) : std::string("a b"), "\xF0\x9D\x84\x9Ex"});
    }
    out.push_back(std::move(r));
  }
  return out;
}

ir::PolicySet lower_policy(const Mesh& mesh, const std::string& text) {
  SourceMap sources;
  Diagnostics diags;
  std::vector<ast::File> files;
  files.push_back(parse::parse_file(sources.add("random.custos", text), sources, diags));
  auto program = check::check_program(mesh, files, sources, diags);
  // W0406 is expected: the generator writes masks that tie when their condition is unknown.
  bool only_ties = true;
  for (const auto& d : diags.all()) only_ties &= d.code == DiagCode::W0406;
  if (!only_ties) throw std::runtime_error("policy:\n" + text + render_human(diags, sources));
  return ir::lower(mesh, std::move(program));
}

}  // namespace custos::testing
