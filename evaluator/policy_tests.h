// Running the policy tests written next to the policies (`test "..." { ... }`).
#pragma once

#include <functional>

#include <set>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "ir/policy_set.h"
#include "decide_rows.h"
#include "natives.h"

namespace custos::eval {

struct TestResult {
  std::string name;
  std::string file;
  Span span;
  std::vector<std::string> failures;  // empty when the test passed
  std::set<std::string> rules_held;   // rule ids that held in this test's decision
  bool passed() const { return failures.empty(); }
};

struct TestRun {
  std::vector<TestResult> results;
  std::vector<std::string> rules_not_exercised;  // rule ids that held in no test
  size_t passed() const;
  size_t failed() const;
};

// `decide` is the engine under test (default: the interpreter); `progress` (when set) is called
// with (tests run, tests in all) as they run.
TestRun run_policy_tests(const ir::PolicySet& set, const std::vector<ast::File>& files, const SourceMap& sources,
                         const stdlib::NativeContext& natives, const Decider& decide = {},
                         const std::function<void(size_t, size_t)>& progress = {});

}  // namespace custos::eval
