// The code generator's interface (private to jit/): which functions to generate for a product and
// batch layout. Only codegen.cpp and llvm_jit.cpp see LLVM types; this header forward-declares them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "arrow_batch.h"
#include "host_calls.h"
#include "ir/policy_set.h"

namespace custos::jit {

// The physical layout of one product column in a batch; kernels are specialised to it.
struct ColumnLayout {
  bool present = false;
  bool nullable = false;  // the batch column has a validity bitmap (nulls)
  bool dictionary = false;
  eval::ArrowLayout layout = eval::ArrowLayout::Int64;
  eval::ArrowLayout value_layout = eval::ArrowLayout::Utf8;
  int64_t scale = 1;
  bool operator==(const ColumnLayout&) const = default;
};
using LayoutSignature = std::vector<ColumnLayout>;  // parallel to Product::columns

// The layout a contract's columns have when the batch uses the canonical Arrow type of each.
LayoutSignature canonical_layout(const Product& p);
// The layout of a validated batch.
LayoutSignature layout_of(const eval::BatchView& batch);

// A module being built: LLVM context + module, owned opaquely.
struct GeneratedModule;
struct GeneratedModuleDeleter {
  void operator()(GeneratedModule* m) const;
};
using ModulePtr = std::unique_ptr<GeneratedModule, GeneratedModuleDeleter>;

class ModuleBuilder {
 public:
  ModuleBuilder(const std::string& name, const MeshConfig& config, Sites& sites);
  ~ModuleBuilder();
  // void plan(const Slot* principal, const Slot* context, HostContext*, uint8_t* rule_states)
  void add_plan(const std::string& symbol, const ir::ProductRules& rules);
  // The row filter of a product; false (with the reason) when some expression cannot be compiled,
  // in which case the interpreter serves that product's rows.
  bool add_filter(const std::string& symbol, const ir::ProductRules& rules, const Product& product,
                  const LayoutSignature& layout, std::string& why);
  // The `rows where` predicate of one rule, over a list of row indices.
  bool add_predicate(const std::string& symbol, const ir::Rule& rule, const Product& product,
                     const LayoutSignature& layout, std::string& why);
  ModulePtr take();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};


}  // namespace custos::jit
