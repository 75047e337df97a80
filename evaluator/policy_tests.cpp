// The policy test runner: build the request from the test, decide, compare with expectations.
#include "policy_tests.h"

#include <algorithm>

#include "decision_inputs.h"
#include "test_inputs.h"
#include "plan.h"

namespace custos::eval {

size_t TestRun::passed() const {
  return static_cast<size_t>(std::count_if(results.begin(), results.end(), [](const TestResult& r) { return r.passed(); }));
}
size_t TestRun::failed() const { return results.size() - passed(); }

namespace {

std::string show(const Scalar& v) {
  if (is_null(v)) return "null";
  if (std::holds_alternative<std::string>(v)) return "\"" + std::get<std::string>(v) + "\"";
  return to_text(v);
}

std::string rows_text(const std::vector<int64_t>& rows) {
  std::string s = "[";
  for (size_t i = 0; i < rows.size(); ++i) s += (i ? ", " : "") + std::to_string(rows[i]);
  return s + "]";
}

// The module a `m.fn` reference names, through the file's imports.
std::string module_of(const ast::File& file, const std::string& alias) {
  for (const auto& imp : file.imports) {
    if (imp.alias == alias) return imp.path.parts.back().text;
  }
  return "";
}

TestResult run_one(const ir::PolicySet& set, const ast::File& file, const ast::Test& t, const SourceMap& sources,
                   const stdlib::NativeContext& natives, const Decider& decide) {
  TestResult r;
  r.name = t.name;
  r.file = sources.file(file.file).path();
  r.span = t.name_span;
  if (!t.product) {
    r.failures.push_back("the test names no product");
    return r;
  }
  const Product* p = set.mesh->find_product(t.product->str());
  if (!p) {
    r.failures.push_back("unknown product `" + t.product->str() + "`");
    return r;
  }
  size_t index = static_cast<size_t>(p - set.mesh->products.data());
  Attributes principal = attributes_from_record(t.principal, set.mesh->config.principal);
  Attributes context = attributes_from_record(t.context, set.mesh->config.context);
  std::vector<std::string> row_errors;
  std::vector<Row> rows = test_rows(t, *p, r.file, row_errors);
  if (!row_errors.empty()) {
    r.failures.insert(r.failures.end(), row_errors.begin(), row_errors.end());
    return r;
  }
  RowsDecision decision = decide(index, principal, context, {}, rows);
  const Plan& plan = decision.plan;
  for (const auto& tr : plan.trace) {
    if (tr.holds) r.rules_held.insert(tr.id);
  }
  std::vector<int64_t> visible;
  for (size_t i : decision.visible) visible.push_back(static_cast<int64_t>(i + 1));
  auto column = [&](const std::string& name) -> const ColumnPlan* {
    for (const auto& c : plan.columns) {
      if (c.name == name) return &c;
    }
    return nullptr;
  };
  for (const auto& x : t.expectations) {
    std::string at = "line " + std::to_string(x.span.line) + ": ";
    switch (x.kind) {
      case ast::ExpectKind::Allow:
      case ast::ExpectKind::Deny: {
        bool want = x.kind == ast::ExpectKind::Allow;
        if (plan.allowed != want) {
          r.failures.push_back(at + "expected " + (want ? "allow" : "deny") + ", but access is " +
                               (plan.allowed ? "allowed" : "denied") + " (" + plan.access_why + ")");
        }
        break;
      }
      case ast::ExpectKind::ColumnClear:
      case ast::ExpectKind::ColumnMasked:
      case ast::ExpectKind::ColumnDenied: {
        const ColumnPlan* c = column(x.column.text);
        if (!c) {
          r.failures.push_back(at + "no column `" + x.column.text + "`");
          break;
        }
        ColumnOutcome want = x.kind == ast::ExpectKind::ColumnClear    ? ColumnOutcome::Clear
                             : x.kind == ast::ExpectKind::ColumnMasked ? ColumnOutcome::Masked
                                                                       : ColumnOutcome::Denied;
        std::string actual = to_string(c->outcome);
        if (c->mask()) actual += " with " + std::string(c->mask()->module) + "." + std::string(c->mask()->name);
        if (c->outcome != want) {
          r.failures.push_back(at + "expected column `" + c->name + "` " + to_string(want) + ", but it is " + actual);
        } else if (x.mask && x.mask->parts.size() == 2) {
          std::string mod = module_of(file, x.mask->parts[0].text);
          if (c->mask()->module != mod || c->mask()->name != x.mask->parts[1].text) {
            r.failures.push_back(at + "expected column `" + c->name + "` masked with " + mod + "." + x.mask->parts[1].text +
                                 ", but it is " + actual);
          }
        }
        break;
      }
      case ast::ExpectKind::VisibleRows:
        if (visible != x.rows) {
          r.failures.push_back(at + "expected visible rows " + rows_text(x.rows) + ", but they are " + rows_text(visible));
        }
        break;
      case ast::ExpectKind::RowValues: {
        size_t n = static_cast<size_t>(x.row);
        if (n > rows.size()) {
          r.failures.push_back(at + "the test has only " + std::to_string(rows.size()) + " rows");
          break;
        }
        if (std::find(visible.begin(), visible.end(), x.row) == visible.end()) {
          r.failures.push_back(at + "row " + std::to_string(n) + " is not visible");
          break;
        }
        for (const auto& f : x.values.fields) {
          const ColumnPlan* c = column(f.name.text);
          auto want = literal_value(*f.value);
          if (!c || !want || want->kind != Val::Kind::Atom) continue;
          if (c->outcome == ColumnOutcome::Denied) {
            r.failures.push_back(at + "column `" + c->name + "` is denied, so row " + std::to_string(n) + " has no value for it");
            continue;
          }
          size_t at_row = static_cast<size_t>(std::find(visible.begin(), visible.end(), x.row) - visible.begin());
          Scalar got = decision.values.at(at_row).at(static_cast<size_t>(c - plan.columns.data()));
          Scalar expected = coerce(want->scalar, p->columns[c->index].type).value_or(want->scalar);
          bool same = (is_null(got) && is_null(expected)) || compare_scalars(got, expected) == std::optional<int>(0);
          if (!same) {
            r.failures.push_back(at + "row " + std::to_string(n) + " column `" + c->name + "`: expected " + show(expected) +
                                 ", got " + show(got));
          }
        }
        break;
      }
    }
  }
  return r;
}

}  // namespace

TestRun run_policy_tests(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources,
                         const stdlib::NativeContext& natives, const Decider& decide,
                         const std::function<void(size_t, size_t)>& progress) {
  TestRun run;
  const Decider engine = decide ? decide : interpreter_decider(set, natives);
  std::set<std::string> held;
  size_t total = 0;
  for (const auto& f : files) total += f.tests.size();
  for (const auto& f : files) {
    for (const auto& t : f.tests) {
      if (progress) progress(run.results.size(), total);
      run.results.push_back(run_one(set, f, t, sources, natives, engine));
      held.insert(run.results.back().rules_held.begin(), run.results.back().rules_held.end());
    }
  }
  if (progress) progress(total, total);
  std::set<std::string> all;
  for (const auto& r : set.program.rules) all.insert(r.id);
  for (const auto& id : all) {
    if (!held.count(id)) run.rules_not_exercised.push_back(id);
  }
  return run;
}

}  // namespace custos::eval
