// The LLVM ORC LLJIT instance behind a compiled policy set: optimises generated modules for this
// CPU, links them against the host functions, and looks up compiled functions. No LLVM types here.
#pragma once

#include <memory>
#include <string>

#include "codegen.h"

namespace custos::jit {

class JitRuntime {
 public:
  // nullptr (with the reason) when the JIT cannot start on this machine.
  static std::unique_ptr<JitRuntime> create(int opt_level, std::string& error);
  ~JitRuntime();
  // Optimises and adds a module; false (with the reason) on failure. `max_opt_level` caps the
  // runtime's optimisation level for this module (plan functions run once per plan: O1 is plenty);
  // at 0 or 1 the module is also compiled with the fast instruction selector.
  bool add(ModulePtr module, std::string& error, int max_opt_level = 3);
  // The address of a compiled function, or nullptr (with the reason).
  void* lookup(const std::string& symbol, std::string& error);

 private:
  JitRuntime();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace custos::jit
